"""Technique recognition figures: per-technique precision and recall, confusions, macro-F1.

Run by `make eval` (through `bench/eval.py`) or on its own:
`python -m bench.eval_techniques [--lang nl] [--errors]`. It reports the tuning part and
the held-out part of `tests/data/techniques_*.tsv` separately. The tuning sentences are also
exemplars in content, so the tuning figure is 5-fold cross-validated (each fold classified
with its own sentences taken out of the exemplars); the held-out sentences are never
exemplars and never used for tuning.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from dialogues.normalize import normalize
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
    rows = list(rows)
    return score([(text, gold, recognizer.classify(text).label) for text, gold in rows], labels)


def without(data: dict[str, LabelData], texts: Iterable[str]) -> dict[str, LabelData]:
    """The same labels with every exemplar removed that equals one of `texts` after normalisation."""
    excluded = {normalize(text) for text in texts}
    return {tid: LabelData([e for e in d.exemplars if normalize(e) not in excluded], d.cues, d.exact)
            for tid, d in data.items()}


def cross_validate(rows: list[tuple[str, str]], lang: str = "nl", folds: int = 5, **options) -> Report:
    """Tuning sentences are exemplars too, so each fold is classified with its own sentences removed."""
    data = label_data(lang)
    predictions = []
    for fold in range(folds):
        part = rows[fold::folds]
        recognizer = Recognizer(without(data, (text for text, _ in part)), **options)
        predictions.extend((text, gold, recognizer.classify(text).label) for text, gold in part)
    return score(predictions)


def score(predictions: list[tuple[str, str, str]], labels=ALL_TECHNIQUES) -> Report:
    """Precision, recall and F1 per label from (text, gold, predicted) triples."""
    tp, fp, fn, support, confusions = Counter(), Counter(), Counter(), Counter(), Counter()
    errors = []
    correct = 0
    for text, gold, predicted in predictions:
        support[gold] += 1
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
    total = len(predictions)
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


def throughput(recognizer: Recognizer, texts: list[str], rounds: int = 3) -> tuple[float, float, float]:
    """Classifications per second, and the p99 of one classification in ms (wall clock and CPU).

    The CPU figure (this thread's time) is what the recognizer costs; the wall-clock p99 also
    holds whatever else the machine was doing (on a busy 2-core box, 5-10 ms preemptions).
    """
    wall, cpu = [], []
    for _ in range(rounds):
        for text in texts:
            start, start_cpu = time.perf_counter(), time.thread_time()
            recognizer.classify(text)
            cpu.append(time.thread_time() - start_cpu)
            wall.append(time.perf_counter() - start)
    wall.sort()
    cpu.sort()
    p99 = int(0.99 * (len(wall) - 1))
    return len(wall) / sum(cpu), wall[p99] * 1000, cpu[p99] * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--errors", action="store_true", help="list every misclassified tuning line")
    args = parser.parse_args(argv or [])
    recognizer = build_recognizer(args.lang)
    print("# technique recognition")
    results = {
        # the tuning sentences are also exemplars, so this part is scored by 5-fold cross-validation
        "tuning": cross_validate(load_rows(PARTS["tuning"]), args.lang),
        "held-out": evaluate(recognizer, load_rows(PARTS["held-out"])),
    }
    print_report("tuning (5-fold cross-validated)", results["tuning"], show_errors=args.errors)
    print()
    # held-out errors are never listed: reading them would turn the held-out part into tuning data
    print_report("held-out", results["held-out"])
    print()
    # timed on held-out lines only: tuning lines are exemplars and would hit the exact-match path
    texts = [text for text, _ in load_rows(PARTS["held-out"])]
    per_second, p99_wall, p99_cpu = throughput(recognizer, texts)
    print(f"speed: {per_second:,.0f} classifications/s (CPU), p99 {p99_cpu:.3f} ms CPU, "
          f"{p99_wall:.3f} ms wall clock")
    print(f"summary: macro-F1 tuning {results['tuning'].macro_f1:.3f}, held-out {results['held-out'].macro_f1:.3f}")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
