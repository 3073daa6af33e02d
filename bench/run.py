"""`make bench`: every benchmark, medians of several runs, a table and bench/results.json."""

from __future__ import annotations

import importlib
import json
import os
import platform
import statistics
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.json"
SUITES = ("bench.engine", "bench.store", "bench.pipeline", "bench.replicas")
REPEATS = 3
GOALS = {"cold_start_s": "<= 0.5", "engine_turn_p99_ms": "<= 1", "session_kib": "<= 8",
         "pipeline_vs_noop": ">= 0.5"}


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
    if results.get("pipeline_cpu_ms_per_update") and "noop_cpu_ms_per_update" in results:
        results["pipeline_vs_noop_cpu"] = round(results["noop_cpu_ms_per_update"] / results["pipeline_cpu_ms_per_update"], 3)
    results["repeats"] = REPEATS
    results["machine"] = (f"{platform.machine()}, {os.cpu_count()} cpus, python {platform.python_version()}, "
                          f"load average {os.getloadavg()[0]:.1f} at the end")
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    width = max(len(k) for k in results)
    for key, value in results.items():
        goal = f"   goal {GOALS[key]}" if key in GOALS else ""
        print(f"{key:<{width}}  {value}{goal}")
    print(f"\nwritten to {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")


if __name__ == "__main__":
    main()
