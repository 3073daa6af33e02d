"""Tune the technique recognizer's thresholds on the TUNING part only (never the held-out part).

`python -m bench.tune_techniques [--lang nl]` grid-searches the ratio weights, the cue bonus
and the decision thresholds (minimum score, margin) for the best macro-F1 on
`tests/data/techniques_tune.tsv`, and prints the best settings; copy them into the
`Recognizer` defaults. The tuning sentences are exemplars too, so scores are
cross-validated: each fold is scored with its own sentences removed from the exemplars.
Scores are computed once per weight setting; thresholds are swept over those scores.
"""

from __future__ import annotations

import argparse
import itertools

import numpy as np

from bench.eval_techniques import PARTS, label_data, load_rows, without
from dialogues.normalize import normalize
from dialogues.recognizer import Recognizer, Weights
from dialogues.vocabulary import ALL_TECHNIQUES, UNKNOWN


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    f1s = []
    for label in ALL_TECHNIQUES:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        if tp + fp + fn == 0:
            continue
        f1s.append(2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / len(f1s)


def decide(recognizer, scores: np.ndarray, exact: list[str | None], min_score: float, margin: float) -> list[str]:
    """The recognizer's decision rule, vectorised over all rows for a fast sweep."""
    labels = recognizer._labels
    order = np.argsort(-scores, axis=1, kind="stable")
    rows = np.arange(len(scores))
    best = order[:, 0]
    top = scores[rows, best]
    second = scores[rows, order[:, 1]]
    ok = (best != recognizer._unknown) & (top >= min_score) & (top - second >= margin) & (top > 0)
    return [hit if hit is not None else (labels[b] if good else UNKNOWN)
            for hit, b, good in zip(exact, best, ok, strict=True)]


def fold_scores(rows, lang: str, folds: int, **options):
    """Score matrices for every row, each fold scored without its own sentences as exemplars."""
    data = label_data(lang)
    gold, scores, exact, recognizer = [], [], [], None
    for fold in range(folds):
        part = rows[fold::folds]
        recognizer = Recognizer(without(data, (text for text, _ in part)), **options)
        for text, label in part:
            query = normalize(text)
            hit = recognizer._exact.get(query)
            short = len(query) < recognizer.min_length or " " not in query
            gold.append(label)
            exact.append(hit[0] if hit else (UNKNOWN if short else None))
            scores.append(np.zeros(len(recognizer._labels)) if hit or short else recognizer._scores(query)[0])
    return gold, np.array(scores), exact, recognizer


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="the two best ratio blends only")
    args = parser.parse_args(argv)
    rows = load_rows(PARTS["tuning"])
    results = []
    weight_grid = [Weights(0.6, 0.0, 0.4), Weights(0.5, 0.0, 0.5)] if args.quick else \
        [Weights(0.6, 0.0, 0.4), Weights(0.4, 0.3, 0.3), Weights(0.5, 0.2, 0.3), Weights(0.5, 0.0, 0.5)]
    grid = itertools.product(weight_grid, (10, 14, 18), (4, 8), (10, 14, 18, 22))
    for weights, cue_bonus, cue_step, word_weight in grid:
        gold, scores, exact, recognizer = fold_scores(rows, args.lang, args.folds, weights=weights,
                                                      cue_bonus=cue_bonus, cue_step=cue_step, word_weight=word_weight)
        for min_score, margin in itertools.product(range(44, 76, 2), (0, 0.5, 1, 2, 3)):
            f1 = macro_f1(gold, decide(recognizer, scores, exact, min_score, margin))
            results.append((f1, weights, cue_bonus, cue_step, word_weight, min_score, margin))
    results.sort(key=lambda r: r[0], reverse=True)
    for f1, weights, cue_bonus, cue_step, word_weight, min_score, margin in results[:15]:
        print(f"macro-F1 {f1:.3f}  {weights}  cue_bonus={cue_bonus} cue_step={cue_step} "
              f"word_weight={word_weight} min_score={min_score} margin={margin}")


if __name__ == "__main__":
    main()
