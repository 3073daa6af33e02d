"""Technique recognition figures: per-technique precision and recall, confusions, macro-F1.

Run by `make eval` (through `bench/eval.py`) or on its own:
`python -m bench.eval_techniques [--lang nl] [--errors]`. It reports the tuning part and
the held-out part of `tests/data/techniques_*.tsv` separately; only the held-out figure
says how recognition does on sentences it has never seen.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from dialogues.recognizer import LabelData, Recognizer
from dialogues.vocabulary import ALL_TECHNIQUES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
PARTS = {"tuning": DATA / "techniques_tune.tsv", "held-out": DATA / "techniques_heldout.tsv"}


def load_rows(path: Path) -> list[tuple[str, str]]:
    """`text<TAB>technique` lines; blank lines and lines starting with # are skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, label = line.rsplit("\t", 1)
        rows.append((text, label.strip()))
    return rows


def label_data(lang: str = "nl", root: Path = ROOT) -> dict[str, LabelData]:
    """The recognizer's input as the library builds it, read straight from techniques.yaml."""
    data = yaml.safe_load((root / "content" / lang / "techniques.yaml").read_text(encoding="utf-8"))
    return {tid: LabelData(spec.get("exemplars", []), spec.get("cues", [])) for tid, spec in data.items()}


def build_recognizer(lang: str = "nl", **options) -> Recognizer:
    return Recognizer(label_data(lang), **options)


@dataclass
class Report:
    precision: dict[str, float]
    recall: dict[str, float]
    f1: dict[str, float]
    support: Counter
    confusions: Counter  # (gold, predicted) -> count, gold != predicted
    accuracy: float
    macro_f1: float
    errors: list[tuple[str, str, str]]  # text, gold, predicted


def evaluate(recognizer: Recognizer, rows: Iterable[tuple[str, str]], labels=ALL_TECHNIQUES) -> Report:
    """Classify every row; macro-F1 averages over every label of the vocabulary (onbekend too)."""
    tp, fp, fn, support, confusions = Counter(), Counter(), Counter(), Counter(), Counter()
    errors = []
    total = correct = 0
    for text, gold in rows:
        predicted = recognizer.classify(text).label
        support[gold] += 1
        total += 1
        if predicted == gold:
            tp[gold] += 1
            correct += 1
        else:
            fp[predicted] += 1
            fn[gold] += 1
            confusions[(gold, predicted)] += 1
            errors.append((text, gold, predicted))
    precision, recall, f1 = {}, {}, {}
    for label in labels:
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        precision[label], recall[label] = p, r
        f1[label] = 2 * p * r / (p + r) if p + r else 0.0
    scored = [label for label in labels if support[label] or fp[label]]
    macro = sum(f1[label] for label in scored) / len(scored) if scored else 0.0
    return Report(precision, recall, f1, support, confusions, correct / total if total else 0.0, macro, errors)


def print_report(name: str, report: Report, *, show_errors: bool = False, top: int = 10) -> None:
    print(f"## {name}: {sum(report.support.values())} utterances")
    print(f"{'technique':<22}{'n':>4}{'precision':>11}{'recall':>8}{'F1':>7}")
    for label in ALL_TECHNIQUES:
        if report.support[label] or report.precision[label]:
            print(f"{label:<22}{report.support[label]:>4}{report.precision[label]:>11.2f}"
                  f"{report.recall[label]:>8.2f}{report.f1[label]:>7.2f}")
    print("main confusions (gold -> recognised: count):")
    for (gold, predicted), count in report.confusions.most_common(top):
        print(f"  {gold} -> {predicted}: {count}")
    if show_errors:
        for text, gold, predicted in report.errors:
            print(f"  ! {gold:<20} {predicted:<20} {text}")
    print(f"accuracy {report.accuracy:.3f}  macro-F1 {report.macro_f1:.3f}")


def throughput(recognizer: Recognizer, texts: list[str], rounds: int = 3) -> tuple[float, float]:
    """Classifications per second and the p99 of one classification in milliseconds."""
    timings = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            recognizer.classify(text)
            timings.append(time.perf_counter() - start)
    timings.sort()
    return len(timings) / sum(timings), timings[int(0.99 * (len(timings) - 1))] * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--errors", action="store_true", help="list every misclassified tuning line")
    args = parser.parse_args(argv or [])
    recognizer = build_recognizer(args.lang)
    print("# technique recognition")
    results = {}
    for name, path in PARTS.items():
        rows = load_rows(path)
        report = evaluate(recognizer, rows)
        results[name] = report
        # held-out errors are not listed: reading them would turn the held-out part into tuning data
        print_report(name, report, show_errors=args.errors and name == "tuning")
        print()
    texts = [text for path in PARTS.values() for text, _ in load_rows(path)]
    per_second, p99 = throughput(recognizer, texts)
    print(f"speed: {per_second:,.0f} classifications/s, p99 {p99:.3f} ms")
    print(f"summary: macro-F1 tuning {results['tuning'].macro_f1:.3f}, held-out {results['held-out'].macro_f1:.3f}")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
