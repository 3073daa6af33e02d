"""Word evidence for recognition: which label the words of a line point to, learnt from exemplars.

A whole-sentence fuzzy score is dominated by the small words every question shares ("wat",
"je", "dat"); a telling word ("dom", "verdrietig", "wonder") moves it little. This adds the
other view: a multinomial naive Bayes over the exemplars' words (the same word forms cue
phrases use), giving a posterior over labels. A word not seen in any exemplar is looked up
with rapidfuzz among the known words, so a typo still counts. Built once, at load time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from .normalize import cue_words

TYPO_CUTOFF = 85  # rapidfuzz ratio for "the same word, mistyped"
TYPO_MIN_LENGTH = 5  # shorter words are too easily another word
TYPO_CACHE_SIZE = 4096  # unknown words remembered; cleared when full (bounded memory)


class WordEvidence:
    """Posterior over labels from the words of a line (its `cue_words`)."""

    def __init__(self, exemplars: Mapping[str, Sequence[str]], labels: Sequence[str], smoothing: float = 0.5):
        """`exemplars` per label, already `normalize`d (the recognizer normalises them once for all its uses)."""
        index = {label: i for i, label in enumerate(labels)}
        counts: dict[str, list[int]] = {}  # plain lists while counting: a numpy scalar update costs 10x more
        totals = [0] * len(labels)
        for label, texts in exemplars.items():
            column = index[label]
            for text in texts:
                for word in set(cue_words(text)):
                    counts.setdefault(word, [0] * len(labels))[column] += 1
                    totals[column] += 1
        self._vocabulary = list(counts)
        self._row = {word: i for i, word in enumerate(self._vocabulary)}
        size = max(len(self._vocabulary), 1)
        matrix = np.array(list(counts.values()), dtype=float) if counts else np.zeros((0, len(labels)))
        totals = np.array(totals, dtype=float)
        self._log_p = np.log((matrix + smoothing) / (totals + smoothing * size))
        self._known = totals > 0
        self._typos: dict[str, int | None] = {}

    def _typo_row(self, word: str) -> int | None:
        """The known word `word` is a typo of (cached: the same typos come back, the lookup is costly)."""
        try:
            return self._typos[word]
        except KeyError:
            pass
        hit = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
        if len(self._typos) >= TYPO_CACHE_SIZE:
            self._typos.clear()
        row = self._typos[word] = hit[2] if hit else None
        return row

    def posterior(self, words: list[str]) -> np.ndarray:
        """P(label | words) for every label, given a line's `cue_words`; all zeros when none is known."""
        rows = []
        for word in words:
            row = self._row.get(word)
            if row is None and len(word) >= TYPO_MIN_LENGTH and self._vocabulary:
                row = self._typo_row(word)
            if row is not None:
                rows.append(row)
        if not rows or not self._known.any():
            return np.zeros(len(self._known))
        log_p = self._log_p[rows].sum(axis=0)
        log_p[~self._known] = -np.inf
        log_p -= log_p[self._known].max()
        p = np.exp(log_p)
        return p / p.sum()
