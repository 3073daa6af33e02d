"""Safety detector figures: recall on real distress, false alarms on everything else.

Run by `make eval` (through `bench/eval.py`) or on its own:
`python -m bench.eval_safety [--errors]`. It reports the tuning part
(`tests/data/safety_tune.tsv` and `safety_train_*.tsv`, which the rules were tuned on and the
model is trained on) and the held-out part (`safety_heldout.tsv`, written before the detector
and never used to tune or train it) separately (`text<TAB>label<TAB>group`, label 1 =
distress). How the check does on batches it never saw: `make train-safety` (each batch left
out of training in turn).

Targets (issue 5): recall >= 0.97 overall, 1.00 on explicit statements and on plans and
methods; false positives <= 5% on worker questions and on each other group.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from dialogues import safety

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
PARTS = {  # the tuning part is also what the safety model is trained on
    "tuning": [DATA / "safety_tune.tsv", *sorted(DATA.glob("safety_train_*.tsv"))],
    "held-out": [DATA / "safety_heldout.tsv"],
}
DISTRESS_GROUPS = ("explicit", "passive", "plan", "self_harm", "overdose", "danger")
OTHER_GROUPS = ("worker_question", "idiom", "ordinary")
TARGETS = {"recall": 0.97, "recall_explicit": 1.0, "recall_plan": 1.0, "fp_group": 0.05}


@dataclass(frozen=True)
class Row:
    text: str
    distress: bool
    group: str


def load_rows(path: Path) -> list[Row]:
    """The labelled lines of one part; the header line and lines starting with # are skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("text\t"):
            continue
        text, label, group = line.split("\t")
        rows.append(Row(text, label.strip() == "1", group.strip()))
    return rows


def load_part(name: str) -> list[Row]:
    return [row for path in PARTS[name] for row in load_rows(path)]


@dataclass
class Report:
    hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    totals: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[tuple[Row, str | None]] = field(default_factory=list)

    def rate(self, *groups: str) -> float:
        total = sum(self.totals[g] for g in groups)
        return sum(self.hits[g] for g in groups) / total if total else float("nan")

    @property
    def recall(self) -> float:
        return self.rate(*DISTRESS_GROUPS)

    def false_positive_rates(self) -> dict[str, float]:
        return {g: self.rate(g) for g in OTHER_GROUPS if self.totals[g]}

    def meets_targets(self) -> bool:
        return (self.recall >= TARGETS["recall"] and self.rate("explicit") >= TARGETS["recall_explicit"]
                and self.rate("plan") >= TARGETS["recall_plan"]
                and all(v <= TARGETS["fp_group"] for v in self.false_positive_rates().values()))


def evaluate(rows: list[Row]) -> Report:
    report = Report()
    for row in rows:
        alarm = safety.check(row.text)
        report.totals[row.group] += 1
        report.hits[row.group] += alarm.distress
        if alarm.distress != row.distress:
            report.errors.append((row, alarm.category))
    return report


def with_typo(text: str, rng: random.Random) -> str:
    """One typo in one word of five letters or more: a letter dropped, doubled or swapped."""
    words = text.split()
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    word, k = words[i], rng.randrange(1, len(words[i]) - 1)
    kind = rng.choice(("drop", "double", "swap"))
    if kind == "drop":
        word = word[:k] + word[k + 1:]
    elif kind == "double":
        word = word[:k] + word[k] + word[k:]
    else:
        word = word[:k - 1] + word[k] + word[k - 1] + word[k + 1:]
    words[i] = word
    return " ".join(words)


CHAT_STYLES = {
    "one typo": lambda text, rng: with_typo(text, rng),
    "lowercase, no punctuation": lambda text, rng: "".join(
        c for c in text.lower() if c.isalnum() or c.isspace() or ord(c) > 0x2000),
    "SHOUTING": lambda text, rng: text.upper(),
}


def robustness(rows: list[Row], seed: int = 1) -> dict[str, tuple[float, float]]:
    """(recall, false positive rate) with every message rewritten in each chat style."""
    figures = {}
    for name, rewrite in CHAT_STYLES.items():
        rng = random.Random(seed)
        report = evaluate([Row(rewrite(r.text, rng), r.distress, r.group) for r in rows])
        figures[name] = (report.recall, report.rate(*OTHER_GROUPS))
    return figures


def speed(rows: list[Row], repeat: int = 20) -> float:
    """CPU milliseconds per message, uncached (the detector's result cache is cleared).

    Process time, not wall time: other work on the machine does not inflate the figure. The
    per-word cache stays warm, as it is in a running bot.
    """
    texts = [r.text for r in rows]
    best = float("inf")
    for _ in range(repeat):
        safety._check.cache_clear()
        start = time.process_time()
        for text in texts:
            safety.check(text)
        best = min(best, (time.process_time() - start) / len(texts))
    return best * 1000


def format_report(name: str, report: Report) -> str:
    n_distress = sum(report.totals[g] for g in DISTRESS_GROUPS)
    n_other = sum(report.totals[g] for g in OTHER_GROUPS)
    lines = [f"{name}: {n_distress} distress, {n_other} other messages"]
    lines.append(f"  recall on distress      {report.recall:.3f}   (target >= {TARGETS['recall']:.2f})")
    lines.append(f"    explicit              {report.rate('explicit'):.3f}   (target 1.00)")
    lines.append(f"    plan / method         {report.rate('plan'):.3f}   (target 1.00)")
    for group in ("passive", "self_harm", "overdose", "danger"):
        lines.append(f"    {group:<21} {report.rate(group):.3f}")
    lines.append(f"  false positives on worker questions  {report.rate('worker_question'):.3f}   (target <= 0.05)")
    lines.append(f"  false positives on the rest          {report.rate('idiom', 'ordinary'):.3f}")
    for group in ("idiom", "ordinary"):
        lines.append(f"    {group:<21} {report.rate(group):.3f}   (target <= 0.05)")
    lines.append(f"  meets targets: {'yes' if report.meets_targets() else 'NO'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the misclassified messages")
    parser.add_argument("--file", type=Path, action="append", default=[],
                        help="measure only this labelled file (repeatable); e.g. a fresh batch")
    args = parser.parse_args(argv if argv is not None else [])
    if args.file:
        for path in args.file:
            report = evaluate(load_rows(path))
            print(format_report(path.name, report))
            for row, category in report.errors if args.errors else ():
                print(f"    {'MISSED' if row.distress else 'FALSE '} [{row.group}] {row.text}  -> {category}")
        return
    print("Safety detector (dialogues/safety.py)")
    all_rows = []
    for name, paths in PARTS.items():
        rows = load_part(name)
        all_rows += rows
        report = evaluate(rows)
        print(format_report(f"{name} ({', '.join(p.name for p in paths[:2])}{', ...' if len(paths) > 2 else ''})", report))
        if args.errors:
            for row, category in report.errors:
                print(f"    {'MISSED' if row.distress else 'FALSE '} [{row.group}] {row.text}  -> {category}")
    print("robustness (both parts rewritten; recall / false positives):")
    for name, (recall, false_positives) in robustness(all_rows).items():
        print(f"  {name:<27} {recall:.3f} / {false_positives:.3f}")
    print(f"speed: {speed(all_rows):.3f} ms per message (target < 0.2)")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
