"""The safety check's second opinion: a linear model over character and word n-grams.

The rules in `safety_rules.py` are precise but only know the phrasings someone wrote down;
every new batch of real-sounding messages showed them missing a quarter of the distress.
This model generalises from the labelled sets instead: multinomial logistic regression over
the character 2-5-grams (inside words) and word 1-3-grams of the message as the rules read
it (canonical words, quotes and role-play frames dropped, idioms cut out, a sentence ending
in "." or "?"). The same `ngrams` function serves training (`bench/train_safety_model.py`,
which writes `safety_model_data.py`) and checking, so the two cannot drift apart.

Features are binary, scaled by one over the square root of their number per kind, so a
long message does not outweigh a short one and a weight pruned at export changes a score
by no more than that weight.
"""

from __future__ import annotations

import base64
import math
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

CHAR_SIZES = (2, 3, 4, 5)
WORD_SIZES = (1, 2, 3)
WORD = "w:"  # marks a word n-gram apart from a character n-gram
NONE = "none"
SCALE = 100  # weights are exported as whole hundredths


def ngrams(text: str) -> tuple[set[str], set[str]]:
    """The character n-grams inside words and the word n-grams of `text` (canonical words)."""
    words = text.split()
    chars: set[str] = set()
    for word in words:
        padded = f" {word} "
        for size in CHAR_SIZES:
            for start in range(len(padded) - size + 1):
                chars.add(padded[start:start + size])
    grams = {WORD + " ".join(words[start:start + size])
             for size in WORD_SIZES for start in range(len(words) - size + 1)}
    return chars, grams


def features(text: str) -> dict[str, float]:
    """Each n-gram of `text` with its value: one over the square root of the number of its kind."""
    values: dict[str, float] = {}
    for kind in ngrams(text):
        if kind:
            values.update(dict.fromkeys(kind, 1 / math.sqrt(len(kind))))
    return values


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, Sequence[int]]  # in hundredths, one per class
    threshold: float  # fire when the probability of distress (any class but "none") reaches this

    def probabilities(self, text: str) -> dict[str, float]:
        scores = list(self.intercepts)
        for kind in ngrams(text):
            rows = [row for gram in kind if (row := self.weights.get(gram)) is not None]
            if rows:
                value = 1 / math.sqrt(len(kind)) / SCALE
                for i, total in enumerate(map(sum, zip(*rows, strict=True))):
                    scores[i] += value * total
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def distress(self, text: str) -> str | None:
        """The most likely distress class when distress as a whole reaches the threshold."""
        probabilities = self.probabilities(text)
        if 1 - probabilities[NONE] < self.threshold:
            return None
        return max((p, c) for c, p in probabilities.items() if c != NONE)[1]


def pack(weights: dict[str, Sequence[int]]) -> tuple[str, str]:
    """The weights as text for a Python module: the n-grams one per line, the hundredths in base85."""
    names = sorted(weights)
    flat = array("h", (w for name in names for w in weights[name]))
    if sys.byteorder == "big":
        flat.byteswap()
    return "\n".join(names), base64.b85encode(flat.tobytes()).decode("ascii")


def unpack(names: str, packed: str, width: int) -> dict[str, Sequence[int]]:
    flat = array("h", base64.b85decode(packed))
    if sys.byteorder == "big":
        flat.byteswap()
    return {name: flat[i * width:(i + 1) * width] for i, name in enumerate(names.split("\n"))}


@cache
def model() -> Model:
    """The shipped model, unpacked on first use."""
    from . import safety_model_data as data

    weights = unpack(data.NGRAMS, data.WEIGHTS, len(data.CLASSES))
    return Model(data.CLASSES, data.INTERCEPTS, weights, data.THRESHOLD)
