"""`make bench`: every benchmark, medians of several runs, a table and bench/results.json."""

from __future__ import annotations

import importlib
import json
import platform
import statistics
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.json"
SUITES = ("bench.engine", "bench.store", "bench.pipeline")
REPEATS = 3


def main() -> None:
    figures: dict[str, list[float]] = {}
    for name in SUITES:
        try:
            suite = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:
                raise
            continue
        for _ in range(REPEATS):
            for key, value in suite.run().items():
                figures.setdefault(key, []).append(value)
    results = {key: statistics.median(values) for key, values in figures.items()}
    if "pipeline_updates_per_s" in results and results.get("noop_updates_per_s"):
        results["pipeline_vs_noop"] = round(results["pipeline_updates_per_s"] / results["noop_updates_per_s"], 3)
    results["machine"] = f"{platform.machine()} {platform.processor() or ''} python {platform.python_version()}".strip()
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    print(f"\nwritten to {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")


if __name__ == "__main__":
    main()
