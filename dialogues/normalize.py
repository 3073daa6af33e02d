"""Text normalisation for recognition: case, diacritics, punctuation and Dutch chat spelling."""

from __future__ import annotations

import re
import unicodedata

# Spelling variants that trainees type and that mean the same to the method. Forms of
# address collapse to "je" so that "u", "jij", Flemish "ge/gij" and "je" match one exemplar.
_WORD_VARIANTS: dict[str, str] = {
    "u": "je", "jij": "je", "jou": "je", "gij": "je", "ge": "je", "jullie": "je",
    "uw": "jouw", "je'": "je", "ur": "je", "you": "you",
    "wa": "wat", "da": "dat", "nie": "niet", "nt": "niet", "ni": "niet", "ff": "even",
    "idd": "inderdaad", "mss": "misschien", "misch": "misschien", "zn": "zijn", "z'n": "zijn",
    "m'n": "mijn", "mn": "mijn", "'t": "het", "t": "het", "k": "ik", "'k": "ik", "kan't": "kan het",
    "hoest": "hoe is het", "hoe's": "hoe is", "whats": "what is", "dont": "do not", "cant": "can not",
    "im": "i am", "youre": "you are", "u're": "you are", "ur'": "your",
    "thx": "thanks", "pls": "please", "plz": "please", "bv": "bijvoorbeeld", "bvb": "bijvoorbeeld",
    "zoudt": "zou", "hebt": "heb", "heeft": "heb", "zult": "zal", "kunt": "kan", "wilt": "wil",
    "bent": "ben", "denkt": "denk", "vindt": "vind", "doet": "doe", "weet": "weet",
}
_PUNCTUATION = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_REPEATS = re.compile(r"(\w)\1{2,}")  # "heeeel" -> "heel"


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(text: str) -> str:
    """Lowercase, ASCII-fold, drop punctuation and map spelling variants to one form."""
    text = strip_diacritics(text.casefold())
    text = text.replace("’", "'").replace("`", "'")
    text = _REPEATS.sub(r"\1\1", text)
    words = []
    for raw in text.split():
        word = raw.strip(".,!?;:\"()[]{}…-")
        mapped = _WORD_VARIANTS.get(word)
        if mapped is None:
            mapped = _PUNCTUATION.sub(" ", word)
        words.append(mapped)
    return _SPACES.sub(" ", " ".join(words)).strip()


def is_question(text: str) -> bool:
    """Whether a trainee line reads as a question (a question mark, or a question word first)."""
    stripped = text.strip()
    if stripped.endswith("?"):
        return True
    first = normalize(stripped).split(" ", 1)[0] if stripped else ""
    return first in _QUESTION_WORDS


_QUESTION_WORDS = frozenset(
    "wat wie hoe waar wanneer waarom welke welk waardoor waarmee waaraan stel zou kan kun mag "
    "heb ben is wil zijn vind denk what who how where when why which would could can do did is are".split()
)
