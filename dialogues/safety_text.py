"""The safety check's reading of a message: canonical words, sentences, clauses, frames, idioms.

Step 1 and 2 of `safety.py`: lowercase ASCII words with emoji, chat and Flemish spelling,
English contractions and typos of distinctive words mapped (a deletion index precomputed
at import, verified with rapidfuzz's Damerau-Levenshtein distance); sentences split into
clauses; another person's quoted words and role-play frames dropped unless the writer says
they step out of the role; idioms cut out. Vocabulary in `safety_lexicon.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from . import safety_lexicon as lex
from .normalize import strip_diacritics
from .safety_words import WORDS

# -- canonical words ------------------------------------------------------------------

_EMOJI = re.compile("|".join(re.escape(e) for e in sorted(lex.EMOJI, key=len, reverse=True)))
_CONTRACTIONS = tuple((re.compile(p), r) for p, r in lex.CONTRACTIONS)
_SENTENCE_END = re.compile(r"[.!?\n]+|\s[-–—]\s")
_CLAUSE_END = re.compile(
    r"[,;:\"“”„()\[\]/…]+|\s'(?![stk]\b)|(?<![sz])'\s|\s(?:omdat|because)\s"
    r"|\s(?:maar|but|ma)\s(?=(?:ik|i|k|i'm|im|eigenlijk|eerlijk|echt)\b)",  # "..., but I": a new statement
    re.IGNORECASE,
)
_TRAILING_VAN = re.compile(r"(?:\.{2,}|…)\s*(?=van\b)", re.IGNORECASE)
_LAUGHTER = re.compile(lex.LAUGHTER)
_LAUGHTER_IDIOMS = re.compile("|".join(lex.LAUGHTER_IDIOMS))
_WORD = re.compile(r"[a-z0-9]+")
_LEET = str.maketrans("013457", "oieast")
_REPEATS = re.compile(r"(\w)\1{2,}")


def canonical_tokens(raw: str) -> list[str]:
    """The clause's words in canonical form (see module docstring, step 1)."""
    text = raw.casefold()
    if not text.isascii():
        text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
        text = strip_diacritics(_EMOJI.sub(lambda m: lex.EMOJI[m.group()], text))
    text = _REPEATS.sub(r"\1\1", text)  # "dooood" -> "dood"
    if "'" in text:
        for pattern, replacement in _CONTRACTIONS:
            text = pattern.sub(replacement, text)
        text = text.replace("'", "")
    text = text.replace("-", " ")
    tokens: list[str] = []
    for word in _WORD.findall(text):
        if not word.isdigit() and not word.isalpha():
            word = word.translate(_LEET)
        tokens.extend(_canonical_word(word).split())
    return tokens


@lru_cache(maxsize=65536)
def _canonical_word(word: str) -> str:
    mapped = lex.VARIANTS.get(word)
    if mapped is not None:
        return mapped
    if len(word) > 2 and word[0] == "k" and word[1:] in lex.FUSED_IK:
        return "ik " + word[1:]
    if len(word) > 3 and word.startswith("ik") and word[2:] in lex.FUSED_IK:
        return "ik " + word[2:]
    head = _compound_head(word)
    if head:
        return head
    corrected = _correct(word)
    return lex.VARIANTS.get(corrected, corrected)


def _compound_head(word: str) -> str | None:
    """ "zelfmoordgedachten" -> "zelfmoord gedachten"; typos in the head are tolerated."""
    for head in lex.COMPOUND_HEADS:
        if word.startswith(head) and len(word) > len(head) + 2:
            return f"{head} {word[len(head):]}"
    match = _TYPO_HEAD.match(word)
    if match and len(word) > match.end() + 2:
        return f"zelfmoord {word[match.end():]}"
    return None


_TYPO_HEAD = re.compile(r"z[ae]?l?f?m[o]{1,3}r?[dt]{1,2}(?=[a-z])")


def _deletions(word: str, depth: int) -> set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _max_distance(word: str) -> int:
    return 2 if len(word) >= 9 else 1


def _rule_words(min_length: int) -> frozenset[str]:
    """Every word the rules, variants, idioms, frames and chore lists spell out."""
    sources = [pattern for _, _, pattern in (*lex.RULES, *lex.WIDE_RULES)]
    sources += [*lex.VARIANTS.values(), *lex.FUZZY_TARGETS, *lex.IDIOMS, *lex.META_CUES, *lex.CHORE_WORDS,
                *lex.PLACE_CHORE_WORDS, lex.SPEECH_FRAME, lex.ROLE_FRAME, lex.OUT_OF_ROLE]
    words: set[str] = set()
    for source in sources:
        source = re.sub(r"\{[A-Z0-9]+\}|\\[a-zA-Z]", " ", source)
        words.update(w for w in re.findall(r"[a-z]+", source) if len(w) >= min_length)
    return frozenset(words)


# Spellings the variants map to a key word ("oxazepam" -> "pillen"): a typo in them
# ("oxazepm") is corrected to the spelling and then mapped.
_KEY_VARIANTS = frozenset(k for k, v in lex.VARIANTS.items()
                          if len(k) >= 6 and k.isalpha() and v in ("pillen", "pills", "afscheidsbrief"))
_TARGETS = _rule_words(5) | frozenset(lex.FUZZY_TARGETS) | _KEY_VARIANTS
_KNOWN = frozenset(WORDS) | _rule_words(2) | _TARGETS | lex.PROTECTED | frozenset(lex.VARIANTS)  # never corrected


def _build_fuzzy_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, set[str]] = {}
    for target in _TARGETS:
        for variant in _deletions(target, _max_distance(target)):
            index.setdefault(variant, set()).add(target)
    return {k: tuple(sorted(v)) for k, v in index.items()}


_FUZZY_INDEX = _build_fuzzy_index()


def _correct(word: str) -> str:
    """An unknown word one or two edits from a key word ("lveen", "zelfmord") becomes it.

    Real words (`safety_words.py`, the rules' own words) stay as they are, and so does a
    short word whose first letter differs (unless the first two letters are swapped:
    "elven" -> "leven"). Of equally close candidates a longer one wins (a dropped letter).
    """
    if len(word) < 4 or word in _KNOWN:
        return word
    if len(word) == 4:
        return _correct_short(word)
    limit = _max_distance(word)
    candidates: set[str] = set()
    for variant in _deletions(word, limit):
        candidates.update(_FUZZY_INDEX.get(variant, ()))
    scored = []
    for target in candidates:
        distance = DamerauLevenshtein.distance(word, target, score_cutoff=limit)
        if distance > limit:
            continue
        swapped = word[:2] == target[1::-1]
        if target[0] != word[0] and len(target) < 9 and not swapped:
            continue
        longer = 0 if len(target) > len(word) else 1 if len(target) == len(word) else 2
        scored.append((distance, longer, target))  # a dropped letter is the likeliest typo
    if not scored:
        return word
    scored.sort()
    return scored[0][2]


def _correct_short(word: str) -> str:
    """A four-letter unknown word: only a dropped letter ("tren" -> "trein", "slat" -> "slaat")
    or two swapped neighbours ("dodo" -> "dood") are undone, and only to a key word with the
    same first letter; any other edit of so short a word is too likely another word."""
    scored = []
    for target in _FUZZY_INDEX.get(word, ()):
        if len(target) == 5 and target[0] == word[0]:
            scored.append((0 if target[-1] == word[-1] else 1, target))
    for i in range(len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if swapped in _TARGETS and swapped[0] == word[0]:
            scored.append((2, swapped))
    if not scored:
        return word
    return min(scored)[1]


# -- sentences, clauses, quotes and idioms --------------------------------------------

@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence between punctuation: where a pronoun or negation still applies."""

    tokens: tuple[str, ...]
    text: str  # the tokens joined by single spaces
    question: bool


_SPEECH_FRAME = re.compile(lex.SPEECH_FRAME)
_IDIOMS = re.compile("|".join(f"(?:{p})" for p in lex.IDIOMS))


def sentences(text: str) -> list[list[Clause]]:
    """The message as sentences, each a list of clauses in canonical words."""
    sentences = []
    position = 0
    text = _TRAILING_VAN.sub(" ", text)  # "ik wil dood... van schaamte": one thought, not two
    for end in [*_SENTENCE_END.finditer(text), None]:
        stop = end.start() if end else len(text)
        raw = text[position:stop]
        question = bool(end and "?" in end.group())
        position = end.end() if end else len(text)
        if raw.strip():
            sentences.append(_clauses(raw, question))
    return sentences


_WH_WORDS = frozenset("hoe wat wanneer waar wie welke welk hoeveel hoelang how what when where who which why".split())
_VERBS_FIRST = frozenset("gaat is zijn heb heeft ben wil denk kan kun mag moet zou voel doe do does did are have has can could would will".split())
_SUBJECTS = frozenset("je jij het er u you there it he she hij zij ze".split())


def _asks(tokens: list[str]) -> bool:
    """A question without a question mark: "hoe sterk is ...", "gaat het om ...", "is er ..."."""
    return tokens[0] in _WH_WORDS or (len(tokens) > 1 and tokens[0] in _VERBS_FIRST and tokens[1] in _SUBJECTS)


def _clauses(raw: str, question: bool) -> list[Clause]:
    parts = [canonical_tokens(p) for p in _CLAUSE_END.split(raw) if p and p.strip()]
    laughing = any(_LAUGHTER.search(" ".join(tokens)) for tokens in parts)
    clauses: list[Clause] = []
    for tokens in parts:
        if tokens:
            question = question or (not clauses and _asks(tokens))
            clauses.append(_clause(tokens, question, laughing))
    return _drop_quoted(clauses)


def _clause(tokens: list[str], question: bool, laughing: bool = False) -> Clause:
    """One clause with its idioms cut out; in a laughing sentence also a bare "ik ga dood"."""
    text = " ".join(tokens)
    stripped = _IDIOMS.sub(" _ ", text)
    if laughing:
        stripped = _LAUGHTER_IDIOMS.sub(" _ ", stripped)
    if stripped != text:
        tokens = stripped.split()
        text = " ".join(tokens)
    return Clause(tuple(tokens), text, question)


_ROLE_FRAME = re.compile(lex.ROLE_FRAME)
_DUTCH_SPEECH = frozenset("zegt zei zeggen vertelt vertelde roept riep schrijft schreef appt appte typt antwoordt".split())
_INDIRECT = frozenset(("dat", "of", "me", "mij", "tegen", "ons", "je", "hoe", "wat", "waarom", "niet", "nooit"))


_OUT_OF_ROLE = re.compile(lex.OUT_OF_ROLE)


def _drop_quoted(clauses: list[Clause]) -> list[Clause]:
    """Drop what follows 'X zegt:' / 'someone says' (direct speech of another person)."""
    if any(_OUT_OF_ROLE.search(clause.text) for clause in clauses):
        return clauses  # the writer says they speak for themselves
    for i, clause in enumerate(clauses):
        role = _ROLE_FRAME.search(clause.text)
        if role:
            head = clause.text[: role.start()].split()
            return [*clauses[:i], Clause(tuple(head), " ".join(head), clause.question)]
        frame = _SPEECH_FRAME.search(clause.text)
        if not frame:
            continue
        rest = clause.text[frame.end():].split()
        dutch = frame.group(frame.lastindex or 0) in _DUTCH_SPEECH or any(w in _DUTCH_SPEECH for w in frame.group().split())
        if rest and rest[0] not in ("ik", "i") and (not dutch or rest[0] in _INDIRECT):
            continue  # indirect speech ("zegt dat hij", "said he"): the pronouns keep their own person
        head = clause.text[: frame.end()].split()  # direct speech, after ":" or a quote, or "zegt ik ..."
        return [*clauses[:i], Clause(tuple(head), " ".join(head), clause.question)]
    return clauses



def joined(clauses: list[Clause]) -> Clause:
    """A whole sentence as one clause, for the rules that span commas."""
    tokens = tuple(t for clause in clauses for t in clause.tokens)
    return Clause(tokens, " ".join(tokens), clauses[-1].question)


def without_emoji(text: str) -> str:
    return _EMOJI.sub(" ", text)
