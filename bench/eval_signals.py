"""Rondleiding signal recognition on the held-out set: accuracy overall and per signal.

`python -m bench.eval_signals` reads `tests/data/signals_heldout.tsv` and `..._en.tsv`
(written before measuring, never tuned on) and prints how often the answer's signal is
recognised, per language and per signal, with the misses.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from dialogues.library import PROJECT_ROOT, load_library
from dialogues.vocabulary import UNKNOWN

HELDOUT = {"nl": PROJECT_ROOT / "tests" / "data" / "signals_heldout.tsv",
           "en": PROJECT_ROOT / "tests" / "data" / "signals_heldout_en.tsv"}


def read(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            signal, text = line.split("\t", 1)
            rows.append((signal, text))
    return rows


def main() -> None:
    library = load_library()
    for lang, path in HELDOUT.items():
        report(lang, library.signals[lang], read(path))


def report(lang: str, recognizer, rows: list[tuple[str, str]]) -> None:
    right, total, misses = Counter(), Counter(), []
    for expected, text in rows:
        label = recognizer.classify(text).label
        heard = "answer" if label == UNKNOWN else label
        total[expected] += 1
        if heard == expected:
            right[expected] += 1
        else:
            misses.append((expected, heard, text))
    print(f"signals ({lang}, held-out): {sum(right.values())}/{len(rows)} = {sum(right.values()) / len(rows):.0%}")
    for signal in sorted(total):
        print(f"  {signal:24} {right[signal]}/{total[signal]}")
    for expected, heard, text in misses:
        print(f"  miss: {expected} heard as {heard}: {text}")


if __name__ == "__main__":
    main()
