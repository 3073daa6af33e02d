"""Recognising free text: which technique a trainee used, or what a user's answer signals.

rapidfuzz scores the normalised text against exemplars; cue phrases (whole-word, in
content) add evidence; exact short answers win outright. A label is only returned when it
scores above `min_score` and beats the best other label by `margin`, else `onbekend`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from .normalize import normalize
from .vocabulary import UNKNOWN


@dataclass(frozen=True)
class Recognition:
    label: str
    confidence: float  # 0..1
    exemplar: str | None = None


@dataclass(frozen=True)
class LabelData:
    """What identifies one label: example sentences, cue phrases, and exact short answers."""

    exemplars: Sequence[str]
    cues: Sequence[str] = ()
    exact: Sequence[str] = ()


def blended_score(query: str, choice: str, *, score_cutoff: float = 0, processor=None) -> float:
    """Blend of token_set, partial and token_sort ratios; token_set alone overrates subsets."""
    del processor
    score = (
        0.4 * fuzz.token_set_ratio(query, choice)
        + 0.3 * fuzz.partial_ratio(query, choice)
        + 0.3 * fuzz.token_sort_ratio(query, choice)
    )
    return score if score >= score_cutoff else 0.0


class Recognizer:
    """Classifies text into one of a fixed set of labels, or `onbekend`."""

    def __init__(
        self,
        labels: Mapping[str, LabelData],
        *,
        min_score: float = 62.0,
        margin: float = 3.0,
        cue_bonus: float = 18.0,
        min_length: int = 2,
    ):
        self.min_score = min_score
        self.margin = margin
        self.cue_bonus = cue_bonus
        self.min_length = min_length
        self._choices: list[str] = []
        self._owners: list[str] = []
        self._originals: list[str] = []
        self._cues: list[tuple[re.Pattern[str], str]] = []
        self._exact: dict[str, str] = {}
        for label, data in labels.items():
            for exemplar in data.exemplars:
                self._choices.append(normalize(exemplar))
                self._owners.append(label)
                self._originals.append(exemplar)
            for cue in data.cues:
                pattern = re.compile(rf"(?:^| ){re.escape(normalize(cue))}(?: |$)")
                self._cues.append((pattern, label))
            for answer in data.exact:
                self._exact[normalize(answer)] = label

    def classify(self, text: str) -> Recognition:
        query = normalize(text)
        if query in self._exact:
            return Recognition(self._exact[query], 1.0, None)
        if len(query) < self.min_length:
            return Recognition(UNKNOWN, 0.0)
        scores: dict[str, tuple[float, int]] = {}
        for _choice, score, index in process.extract(
            query, self._choices, scorer=blended_score, processor=utils.default_process,
            limit=24, score_cutoff=35,
        ):
            owner = self._owners[index]
            if owner not in scores or score > scores[owner][0]:
                scores[owner] = (score, index)
        for pattern, label in self._cues:
            if pattern.search(query):
                score, index = scores.get(label, (40.0, -1))
                scores[label] = (score + self.cue_bonus, index)
        if not scores:
            return Recognition(UNKNOWN, 0.0)
        ranked = sorted(scores.items(), key=lambda item: item[1][0], reverse=True)
        best_label, (best, index) = ranked[0]
        runner_up = ranked[1][1][0] if len(ranked) > 1 else 0.0
        if best < self.min_score or best - runner_up < self.margin:
            return Recognition(UNKNOWN, round(min(best, 100.0) / 100, 3))
        exemplar = self._originals[index] if index >= 0 else None
        return Recognition(best_label, round(min(best, 100.0) / 100, 3), exemplar)
