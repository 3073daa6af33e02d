"""Text normalisation for recognition: case, diacritics, punctuation and Dutch chat spelling.

Both the exemplars (at load time) and every user line go through `normalize`, so a mapping
here is an equivalence: "u", "jij", Flemish "ge/gij" and "je" become one form, as do
"hebt/heeft/heb", "tien/10" and "goeie/goede". Only whole words are mapped.
"""

from __future__ import annotations

import re
import unicodedata

# Forms of address and possessives collapse to "je", so one exemplar covers u, jij, ge and je.
_ADDRESS = {
    "u": "je", "jij": "je", "jou": "je", "jouw": "je", "uw": "je", "gij": "je", "ge": "je",
    "gy": "je", "jullie": "je", "jie": "je", "je'": "je", "ur": "je", "uzelf": "jezelf",
    "jijzelf": "jezelf", "gijzelf": "jezelf", "jezelve": "jezelf", "uwe": "je",
}
# Verb forms that differ only by person or by d/t ("houdt" and "hou") mean the same here.
_VERBS = {
    "hebt": "heb", "heeft": "heb", "hebde": "heb", "zult": "zal", "zoudt": "zou", "kunt": "kan",
    "kun": "kan", "kunde": "kan", "wilt": "wil", "bent": "ben", "zijt": "ben", "zijde": "ben",
    "is": "is", "denkt": "denk", "vindt": "vind", "doet": "doe", "houdt": "hou", "houd": "hou",
    "hou": "hou", "redt": "red", "weet": "weet", "wordt": "word", "gaat": "ga", "krijgt": "krijg",
    "maakt": "maak", "staat": "sta", "hoopt": "hoop", "merkt": "merk", "ziet": "zie",
    "moet": "moet", "moette": "moet", "mag": "mag", "zegt": "zeg", "wou": "wilde",
}
# Chat spelling, Flemish and frequent typos.
_SPELLING = {
    "wa": "wat", "da": "dat", "nie": "niet", "nt": "niet", "ni": "niet", "ff": "even",
    "effe": "even", "efkes": "even", "eventjes": "even", "idd": "inderdaad", "mss": "misschien",
    "misch": "misschien", "mischien": "misschien", "miss": "misschien", "zn": "zijn",
    "z'n": "zijn", "m'n": "mijn", "mn": "mijn", "'t": "het", "t": "het", "k": "ik", "'k": "ik",
    "hoest": "hoe is het", "hoe's": "hoe is", "goeie": "goede", "goeien": "goede",
    "goeiemorgen": "goedemorgen", "goeiemiddag": "goedemiddag", "goeienavond": "goedenavond",
    "goeiedag": "goedendag", "goeiendag": "goedendag", "goededag": "goedendag",
    "goedendag": "goedendag", "dag": "dag", "niks": "niets", "nix": "niets", "iets": "iets",
    "ietsje": "iets", "wanneer": "wanneer", "wnr": "wanneer", "wrm": "waarom", "waarom": "waarom",
    "wrom": "waarom", "mekaar": "elkaar", "malkaar": "elkaar", "warom": "waarom", "egoistisch": "egoistisch", "zo'n": "zo een",
    "'n": "een", "eigelijk": "eigenlijk", "eignlijk": "eigenlijk", "gwn": "gewoon",
    "gewoonweg": "gewoon", "nou": "nu", "bv": "bijvoorbeeld", "bvb": "bijvoorbeeld",
    "oké": "oke", "okee": "oke", "okey": "oke", "okay": "oke", "ok": "oke", "oki": "oke",
    "allé": "alle", "amaai": "amai", "zelfmoord": "zelfmoord", "suicide": "zelfdoding",
    "suïcide": "zelfdoding", "zelfdoding": "zelfdoding", "schaal": "schaal",
    # English chat spelling
    "whats": "what is", "dont": "do not", "cant": "can not", "im": "i am", "youre": "you are",
    "u're": "you are", "ur'": "your", "thx": "thanks", "pls": "please", "plz": "please",
}
# Numbers as digits, so "nul tot tien" and "0 tot 10" match.
_NUMBERS = {
    "nul": "0", "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6", "zeven": "7",
    "acht": "8", "negen": "9", "tien": "10", "zero": "0", "ten": "10",
}
_WORD_VARIANTS: dict[str, str] = {**_SPELLING, **_VERBS, **_ADDRESS, **_NUMBERS}

_PUNCTUATION = re.compile(r"[^\w\s]+", re.UNICODE)
_REPEATS = re.compile(r"(\w)\1{2,}")  # "heeeel" -> "heel"
_STRIP = ".,!?;:\"()[]{}…-/*"


def strip_diacritics(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(text: str) -> str:
    """Lowercase, ASCII-fold, drop punctuation and map spelling variants to one form."""
    text = strip_diacritics(text.casefold())
    text = text.replace("’", "'").replace("`", "'").replace("‘", "'")
    text = _REPEATS.sub(r"\1\1", text)
    words = []
    for raw in text.replace("/", " ").split():
        word = raw.strip(_STRIP)
        mapped = _WORD_VARIANTS.get(word)
        if mapped is None and word.isalnum():
            mapped = word  # nothing to split or map (most words): skip the regular expression
        elif mapped is None:
            mapped = _PUNCTUATION.sub(" ", word)
            if " " in mapped.strip():  # "ge's" -> "ge s": map the parts too
                mapped = " ".join(_WORD_VARIANTS.get(part, part) for part in mapped.split())
        words.append(mapped)
    return " ".join(" ".join(words).split())


# Words that may sit inside a cue phrase without changing it ("komt echt wel goed" has the
# cue "komt wel goed"); dropped from cues and text alike before cues are matched.
_FILLERS = frozenset("echt toch nou maar heus hoor zeg allemaal heel erg zeker eigenlijk ook nog".split())
_SUFFIXES = ("en", "e", "s")  # inflection only: "sterke" -> "sterk", "zorgen" -> "zorg"


def cue_words(normalized: str) -> list[str]:
    """The words cue phrases are matched on: fillers dropped, inflection endings stripped."""
    words = []
    for word in normalized.split():
        if word in _FILLERS:
            continue
        if len(word) > 4 and word[-1] in "ens":  # could end in a suffix: most words cannot
            for suffix in _SUFFIXES:
                if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                    word = word[: -len(suffix)]
                    break
        words.append(word)
    return words


def expand_alternatives(cue: str) -> list[str]:
    """A cue may list alternatives per word: "vindt je moeder|vader" gives two phrases."""
    options = [word.split("|") for word in cue.split()]
    phrases = [""]
    for choices in options:
        phrases = [f"{phrase} {choice}".strip() for phrase in phrases for choice in choices if choice]
    return phrases


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
