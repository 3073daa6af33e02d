"""Recognising free text: which technique a trainee used, or what a user's answer signals.

Order of decisions, each deliberate:
1. the normalised text equals an exact answer or an exemplar (a button label, "ja", "nee",
   "weet niet") -> that label, confidence 1; one-word exemplars are only matched this way;
2. shorter than `min_length` characters, or a single word -> `onbekend` (a fuzzy scorer
   finds "de" inside every exemplar);
3. otherwise each label's score is the sum of
   - its best exemplar under a blend of rapidfuzz ratios (token_set alone scores 100 for a
     one-word subset, so it is mixed with token_sort, and partial where it helps); only
     the `candidates` exemplars sharing the most idf-weighted words are scored at all, and
     the costly ratios run only on a shortlist of those picked by a cheap token-sorted ratio;
   - a bonus for its longest whole-word cue phrase in the text (fillers such as "echt" and
     inflection endings ignored); a cue inside a longer cue of another label does not
     count ("je moet" inside "je moet wel een goede reden");
   - `word_weight` times the naive-Bayes posterior of the line's words, learnt from the
     exemplars (`word_evidence.py`): on fresh sentences that lifted macro-F1 from 0.72 to
     0.78, because one telling word ("dom", "wonder") barely moves a whole-line ratio.
   A line of more than 2 * `tail_words` words is also scored on its last `tail_words` words.
   The best label wins if it reaches `min_score` and beats the runner-up by `margin`; a
   label named `onbekend` (exemplars of chatter) may win too. Anything else is `onbekend`.

Everything that does not depend on the text is computed once, in `__init__`.
The default thresholds are tuned on `tests/data/techniques_tune.tsv` (see
`bench/tune_techniques.py`); the held-out file is never used for that.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from .normalize import cue_words, expand_alternatives, normalize
from .vocabulary import UNKNOWN
from .word_evidence import WordEvidence

MAX_SCORED_CHARS = 300  # fuzzy scoring looks at the start of very long input only


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


@dataclass(frozen=True)
class Weights:
    """How the three rapidfuzz ratios are mixed into one exemplar score (0..100)."""

    token_set: float = 0.4
    partial: float = 0.3
    token_sort: float = 0.3


# Tuned by `python -m bench.tune_techniques` (5-fold cross-validated on the tuning set):
# macro-F1 is flat (0.906-0.911) for min_score 48..66 and margin 1..3; the defaults sit in the
# upper half of that plateau (min_score 62), where chatter is turned away more often.
# Retuned with 1,640 tuning lines (two fresh batches added): cue_bonus 14..18, word_weight
# 18..22 and margin 0..0.5 form a plateau at CV 0.936-0.938 (was 0.929 at 10/10/2); the
# defaults sit in its middle (14, 18, 0.5). A near tie now goes to the better label rather
# than to onbekend; min_score 66 (CV 0.936, 0.001 below 62) keeps off-topic chatter out,
# which the stronger word evidence would otherwise lift over the line.
# With 1,860 lines (five fresh batches): cue_bonus 18, word_weight 22, min_score 70, margin
# 0.5 is the top of that plateau (CV 0.940 against 0.937 for 14/18/66), and a sixth batch,
# written before and scored untouched, agrees (0.879 against 0.872).
# partial_ratio added nothing measurable (0.908 with weight 0.1, 0.907 without) and cost half
# the time of a long line, so its weight is 0; the blend keeps it available.
TUNED_WEIGHTS = Weights(token_set=0.6, partial=0.0, token_sort=0.4)


class Recognizer:
    """Classifies text into one of a fixed set of labels, or `onbekend`."""

    def __init__(
        self,
        labels: Mapping[str, LabelData],
        *,
        min_score: float = 70.0,
        margin: float = 0.5,
        cue_bonus: float = 18.0,
        cue_step: float = 4.0,
        min_length: int = 2,
        weights: Weights = TUNED_WEIGHTS,
        score_cutoff: float = 30.0,
        candidates: int = 200,
        shortlist: int = 16,
        word_weight: float = 22.0,
        word_smoothing: float = 0.5,
        tail_words: int = 16,
    ):
        self.min_score = min_score
        self.margin = margin
        self.cue_bonus = cue_bonus
        self.cue_step = cue_step
        self.min_length = min_length
        self.weights = weights
        self.score_cutoff = score_cutoff
        self.candidates = candidates
        self.shortlist = shortlist
        self.word_weight = word_weight
        self.tail_words = tail_words
        self._labels: list[str] = list(labels)
        self._exact: dict[str, tuple[str, str | None]] = {}
        choices: list[str] = []
        owners: list[int] = []
        self._originals: list[str] = []
        seen: set[str] = set()
        self._cues: dict[tuple[str, ...], set[int]] = {}
        normalized = {label: [normalize(exemplar) for exemplar in data.exemplars] for label, data in labels.items()}
        for index, (label, data) in enumerate(labels.items()):
            for answer in data.exact:
                self._exact.setdefault(normalize(answer), (label, None))
            for exemplar, norm in zip(data.exemplars, normalized[label], strict=True):
                if not norm or norm in seen:
                    continue
                seen.add(norm)
                self._exact.setdefault(norm, (label, exemplar))
                if len(norm.split()) < 2:  # one word: exact only, a fuzzy scorer finds it inside anything
                    continue
                choices.append(norm)
                owners.append(index)
                self._originals.append(exemplar)
            for cue in data.cues:
                for phrase in expand_alternatives(cue):
                    normal = normalize(phrase)
                    words = tuple(cue_words(normal))
                    if len(words) > 1 or (words and len(normal.split()) == 1):
                        self._cues.setdefault(words, set()).add(index)
                    # else: a phrase that shrinks to one word without its fillers ("en toch" -> "en",
                    # "niet erg" -> "niet") would fire on nearly every line; it is left out
        self._choices = choices
        self._sorted_choices = [" ".join(sorted(choice.split())) for choice in choices]
        self._postings = _word_index(choices)
        self._choice_array = np.array(choices, dtype=object)
        self._sorted_array = np.array(self._sorted_choices, dtype=object)
        self._owners = np.asarray(owners, dtype=np.int64)
        self._segments = [(label, owners.index(label), len(owners) - owners[::-1].index(label))
                          for label in sorted(set(owners))]
        self._segment_labels = np.array([label for label, _, _ in self._segments], dtype=np.int64)
        self._segment_starts = np.array([start for _, start, _ in self._segments], dtype=np.int64)
        self._max_cue_words = max((len(w) for w in self._cues), default=0)
        sizes: dict[str, set[int]] = {}
        for cue in self._cues:
            sizes.setdefault(cue[0], set()).add(len(cue))
        self._cue_sizes = {word: tuple(sorted(lengths)) for word, lengths in sizes.items()}
        self._unknown = self._labels.index(UNKNOWN) if UNKNOWN in self._labels else -1
        self._words = WordEvidence(normalized, self._labels, word_smoothing) if word_weight else None

    def classify(self, text: str) -> Recognition:
        query = normalize(text)
        hit = self._exact.get(query)
        if hit is not None:
            return Recognition(hit[0], 1.0, hit[1])
        if len(query) < self.min_length or " " not in query:
            return Recognition(UNKNOWN, 0.0)  # one word that is no exact answer: never a technique
        totals, exemplar_scores = self._scores(query)
        # a long rambling line mostly ends in its move ("..., hoe hou je dat vol?"): its last
        # `tail_words` words are scored too, each label keeping the better of the two scores
        # (CV unchanged at 0.950; a batch of 23 long lines 0.79 -> 0.88)
        words = query.split()
        if self.tail_words and len(words) > 2 * self.tail_words and totals.size:
            tail_totals, tail_scores = self._scores(" ".join(words[-self.tail_words:]))
            totals = np.maximum(totals, tail_totals)
            exemplar_scores = np.maximum(exemplar_scores, tail_scores)
        if not totals.size or totals.max() <= 0:
            return Recognition(UNKNOWN, 0.0)
        order = np.argsort(-totals, kind="stable")
        best = int(order[0])
        top = float(totals[best])
        runner_up = float(totals[order[1]]) if len(order) > 1 else 0.0
        confidence = round(min(top, 100.0) / 100, 3)
        if best == self._unknown or top < self.min_score or top - runner_up < self.margin:
            return Recognition(UNKNOWN, confidence if best == self._unknown else 0.0)
        exemplar = self._best_exemplar(best, exemplar_scores)
        return Recognition(self._labels[best], confidence, exemplar)

    def _best_exemplar(self, label: int, exemplar_scores: np.ndarray) -> str | None:
        for owner, start, end in self._segments:
            if owner == label and end > start:
                best = start + int(np.argmax(exemplar_scores[start:end]))
                return self._originals[best] if exemplar_scores[best] > 0 else None
        return None

    def scores(self, text: str) -> dict[str, float]:
        """Every label's total score for `text` (for tuning and for explaining a decision)."""
        totals, _ = self._scores(normalize(text))
        return {label: float(totals[i]) for i, label in enumerate(self._labels)}

    def _scores(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """Best exemplar score per label plus cue bonus plus word evidence; and every exemplar's score."""
        words = cue_words(query)
        total = self._cue_bonus(words)
        if self._words is not None:
            total += self.word_weight * self._words.posterior(words)
        if not self._choices:
            return total, np.zeros(0)
        scores = self._exemplar_scores(query[:MAX_SCORED_CHARS])
        # exemplars are stored label by label, so each label is one contiguous segment
        total[self._segment_labels] += np.maximum.reduceat(scores, self._segment_starts)
        return total, scores

    def _exemplar_scores(self, query: str) -> np.ndarray:
        """Blended score per exemplar; the costly ratios only for the most promising exemplars.

        Three stages, each on fewer exemplars: the idf-weighted count of shared words (one
        numpy bincount over posting lists built at load time) picks `candidates` exemplars;
        token_sort (a plain ratio over tokens sorted at load time) scores those; token_set
        and partial run on the top `shortlist` of them, the others keep their token_sort
        score. Exemplars that share no telling word with the line score 0: they would not
        have won (cross-validated on the tuning set, see `bench/tune_techniques.py`).
        """
        w = self.weights
        count = len(self._choices)
        words = query.split()
        if count > self.candidates:
            picked = self._candidates(words)
        else:
            picked = np.arange(count)
        sorted_query = " ".join(sorted(words))
        sort_scores = process.cdist([sorted_query], self._sorted_array[picked].tolist(),
                                    scorer=fuzz.ratio, dtype=np.float32, workers=1)[0].astype(np.float64)
        if len(picked) > self.shortlist:
            top = np.argpartition(-sort_scores, self.shortlist)[: self.shortlist]
        else:
            top = np.arange(len(picked))
        subset = self._choice_array[picked[top]].tolist()
        blend = w.token_sort * sort_scores[top]
        for weight, scorer in ((w.token_set, fuzz.token_set_ratio), (w.partial, fuzz.partial_ratio)):
            if weight:
                blend += weight * process.cdist([query], subset, scorer=scorer, dtype=np.float32,
                                                score_cutoff=self.score_cutoff, workers=1)[0]
        sort_scores[top] = blend
        scores = np.zeros(count)
        scores[picked] = sort_scores
        return scores

    def _candidates(self, words: list[str]) -> np.ndarray:
        """The `candidates` exemplars sharing the most (idf-weighted) words with the line."""
        postings = [self._postings[word] for word in set(words) if word in self._postings]
        if not postings:
            return np.arange(min(self.candidates, len(self._choices)))
        ids, weights = zip(*postings, strict=True)
        overlap = np.bincount(np.concatenate(ids), weights=np.concatenate(weights), minlength=len(self._choices))
        return np.argpartition(overlap, -self.candidates)[-self.candidates:]

    def _cue_bonus(self, words: list[str]) -> np.ndarray:
        """Bonus per label for its longest cue phrase, ignoring cues inside another label's longer cue."""
        bonus = np.zeros(len(self._labels))
        if not self._cues:
            return bonus
        found: list[tuple[int, int, int]] = []  # (start, end, label)
        for start, word in enumerate(words):
            for size in self._cue_sizes.get(word, ()):  # only the lengths of cues starting with this word
                if start + size > len(words):
                    break
                owners = self._cues.get(tuple(words[start:start + size]))
                if owners:
                    found.extend((start, start + size, label) for label in owners)
        for start, end, label in found:
            covered = any(s <= start and end <= e and (e - s) > (end - start) and other != label
                          for s, e, other in found)
            if not covered:
                size = end - start
                bonus[label] = max(bonus[label], self.cue_bonus + self.cue_step * (size - 1))
        return bonus


def _word_index(choices: Sequence[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per word: the exemplars containing it (a posting list) and its idf once per entry, for `_candidates`."""
    postings: dict[str, list[int]] = {}
    for i, choice in enumerate(choices):
        for word in set(choice.split()):
            postings.setdefault(word, []).append(i)
    total = max(len(choices), 1)
    return {word: (np.asarray(ids, dtype=np.int64), np.full(len(ids), np.log(total / len(ids)) + 0.1))
            for word, ids in postings.items()}

