"""Safety check on every message: first-person real distress, told apart from practice talk.

`check(text, lang)` runs before the engine sees a message, in every mode and state. It fires
on a writer's *own* suicidal thoughts or plans (also passive wishes and methods, emoji
included), self-harm, an overdose taken, and acute danger or abuse at home. It does not
fire on a worker's question about those topics ("Denk je weleens aan zelfmoord?": the
`veiligheid` technique), on idioms ("ik ga dood van het lachen"), or on ordinary crisis talk.

How, in order (all vocabulary in `safety_lexicon.py`, compiled once at import):
1. canonical words: lowercase ASCII, emoji mapped to words, chat and Flemish spelling and
   English contractions mapped, "kwil" split, typos of distinctive words corrected with a
   precomputed deletion index verified by rapidfuzz's Damerau-Levenshtein distance;
2. clauses: split on punctuation; a quoted third person's words ('de cliënt zegt: "ik wil
   dood"') are dropped up to the sentence end; idioms are cut out;
3. rules (regular expressions over a clause) per category. A rule whose match holds its own
   first-person word ("zonder mij", "mezelf") fires as is. Other rules ask the nearest
   pronoun around the match: a "je"/"you" (a worker's question or reflection) or a third
   person ("hij", "de cliënt", "mijn broer") does not fire; no pronoun at all counts as the
   writer's own statement, unless the clause is a question. A negation between the
   pronoun and the match ("ik zou nooit zelfmoord plegen") does not fire, and such rules
   do not fire in a clause that talks about a case, scenario or training.

Trainees describing a case in the third person ("de cliënt zegt dat hij niet meer wil
leven") do not trigger: that is practice talk and the check would otherwise fire on every
suicidality scenario. The same words in the first person always trigger, even when a
student may be role-playing a client: we cannot tell, and one tap continues the exercise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as _sre
from re import _parser as _sre_parse

from rapidfuzz.distance import DamerauLevenshtein

from . import safety_lexicon as lex
from .content import Language
from .normalize import strip_diacritics


@dataclass(frozen=True)
class Alarm:
    """The outcome of one check: whether to step out of the exercise, and why (no text)."""

    distress: bool
    category: str | None = None


NO_ALARM = Alarm(False)
MAX_CHARS = 10000  # far beyond any chat message; bounds the work on a pasted document


def check(text: str, lang: str = "nl") -> Alarm:
    """Whether `text` reads as its writer's own real distress. Both languages are always tried."""
    if not text or not text.strip():
        return NO_ALARM
    return _check(text[:MAX_CHARS])


@lru_cache(maxsize=4096)
def _check(text: str) -> Alarm:
    sentences = _sentences(text)
    for clauses in sentences:
        for clause in clauses:
            category = _match_clause(clause)
            if category:
                return Alarm(True, category)
        if len(clauses) > 1:
            whole = _joined(clauses)
            category = _match_clause(whole, rules=WIDE_RULES)
            if category:
                return Alarm(True, category)
    category = _emoji_plan(text)
    if category:
        return Alarm(True, category)
    return NO_ALARM


# -- 1. canonical words ------------------------------------------------------------------

_EMOJI = re.compile("|".join(re.escape(e) for e in sorted(lex.EMOJI, key=len, reverse=True)))
_CONTRACTIONS = tuple((re.compile(p), r) for p, r in lex.CONTRACTIONS)
_SENTENCE_END = re.compile(r"[.!?\n]+|\s[-–—]\s")
_CLAUSE_END = re.compile(
    r"[,;:\"“”„()\[\]/…]+|\s'(?![stk]\b)|(?<![sz])'\s|\s(?:omdat|because)\s"
    r"|\s(?:maar|but|ma)\s(?=(?:ik|i|k|i'm|im|eigenlijk|eerlijk|echt)\b)",  # "..., but I": a new statement
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+")
_LEET = str.maketrans("013457", "oieast")
_REPEATS = re.compile(r"(\w)\1{2,}")


def _canonical_tokens(raw: str) -> list[str]:
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


def _build_fuzzy_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, set[str]] = {}
    for target in lex.FUZZY_TARGETS:
        for variant in _deletions(target, _max_distance(target)):
            index.setdefault(variant, set()).add(target)
    return {k: tuple(sorted(v)) for k, v in index.items()}


_FUZZY_INDEX = _build_fuzzy_index()
_FUZZY_SET = frozenset(lex.FUZZY_TARGETS)


def _correct(word: str) -> str:
    """A typo of a distinctive word ("zelfmord", "suicde") becomes that word; others stay."""
    if len(word) < 6 or word in _FUZZY_SET or word in lex.PROTECTED or word in lex.VARIANTS:
        return word
    limit = _max_distance(word)
    candidates: set[str] = set()
    for variant in _deletions(word, limit):
        candidates.update(_FUZZY_INDEX.get(variant, ()))
    best, best_distance = word, limit + 1
    for target in sorted(candidates):
        if target[0] != word[0] and len(target) < 9:
            continue
        distance = DamerauLevenshtein.distance(word, target, score_cutoff=limit)
        if distance < best_distance:
            best, best_distance = target, distance
    return best


# -- 2. sentences, clauses, quotes and idioms --------------------------------------------

@dataclass(frozen=True)
class Clause:
    tokens: tuple[str, ...]
    text: str  # the tokens joined by single spaces
    question: bool


_SPEECH_FRAME = re.compile(lex.SPEECH_FRAME)
_IDIOMS = re.compile("|".join(f"(?:{p})" for p in lex.IDIOMS))


def _sentences(text: str) -> list[list[Clause]]:
    sentences = []
    position = 0
    for end in [*_SENTENCE_END.finditer(text), None]:
        stop = end.start() if end else len(text)
        raw = text[position:stop]
        question = bool(end and "?" in end.group())
        position = end.end() if end else len(text)
        if raw.strip():
            sentences.append(_clauses(raw, question))
    return sentences


def _clauses(raw: str, question: bool) -> list[Clause]:
    parts = [p for p in _CLAUSE_END.split(raw) if p and p.strip()]
    clauses: list[Clause] = []
    for part in parts:
        tokens = _canonical_tokens(part)
        if tokens:
            clauses.append(_clause(tokens, question))
    return _drop_quoted(clauses)


def _clause(tokens: list[str], question: bool) -> Clause:
    text = " ".join(tokens)
    stripped = _IDIOMS.sub(" _ ", text)
    if stripped != text:
        tokens = stripped.split()
        text = " ".join(tokens)
    return Clause(tuple(tokens), text, question)


_ROLE_FRAME = re.compile(lex.ROLE_FRAME)


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
        if rest and rest[0] not in ("ik", "i"):
            continue  # indirect speech ("zegt dat hij", "said he"): the pronouns keep their own person
        head = clause.text[: frame.end()].split()  # direct speech, after ":" or a quote, or "zegt ik ..."
        return [*clauses[:i], Clause(tuple(head), " ".join(head), clause.question)]
    return clauses


# -- 3. rules ----------------------------------------------------------------------------

_NOT_OTHER = "|".join(sorted(lex.NEGATIONS | lex.SECOND | {"hij", "zij", "ze", "he", "she", "they"}))
_MACROS = {
    "{I}": r"(?:ik|i)",
    "{ME}": r"(?:mezelf|mijzelf|myself|me|mij)",
    "{G}": rf"(?:(?!(?:{_NOT_OTHER})\b)\w+ ){{0,3}}",
    "{G1}": rf"(?:(?!(?:{_NOT_OTHER})\b)\w+ )?",
    "{G5}": rf"(?:(?!(?:{_NOT_OTHER})\b)\w+ ){{0,5}}",
    "{PILL}": r"(?:pillen|pills)",
    "{METHOD}": r"(?:pillen|pills|touw|koord|strop|cord|mes|messen|scheermes|scheermesje|mesje|pistool|wapen|"
                r"vuurwapen|gif|rope|noose|knife|gun|razor|blade|blades)",
    "{MORE}": r"(?:meer|langer)",
    "{DEATH}": r"(?:dood gaan|dood zijn|doodgaan|dood|sterven)",
    "{CHORE}": r"(?!.*\b(?:koken|keuken|kook|cook|cooking|kitchen|groente|groenten|vlees|brood|tent|kamperen|"
               r"camping|verhuizing|verhuizen|moving|knutselen|hobby|tuin|garden|hoofdpijn|headache|apotheek|"
               r"pharmacy|recept|prescription|dokter|huisarts|doctor|vaatwasser|la|lade|keukenla|aanrecht|dishwasher|drawer|week|weekdoos|pillendoos|medicijndoos|baxterrol|ontbijt|breakfast|weekly)\b)",
}


def _expand(pattern: str) -> str:
    for macro, value in _MACROS.items():
        pattern = pattern.replace(macro, value)
    return pattern


@dataclass(frozen=True)
class Rule:
    category: str
    kind: str  # "self": the match names the writer; "person": the nearest pronoun decides; "scene": a threat by someone else
    pattern: re.Pattern[str]
    needs: frozenset[str] | None  # every match contains one of these strings (a quick prefilter)


def _required(items) -> frozenset[str] | None:
    """Strings of which every match of the parsed regex `items` contains at least one, if known.

    Computed once from the regex's parse tree, so the prefilter can never drop a clause that
    the rule would match: a run of literals is required, a branch requires the union of
    what each alternative requires, an optional part requires nothing.
    """
    candidates: list[frozenset[str]] = []
    run = ""
    for op, value in items:
        if op is _sre.LITERAL:
            run += chr(value)
            continue
        if run:
            candidates.append(frozenset([run]))
            run = ""
        found = None
        if op is _sre.SUBPATTERN:
            found = _required(value[-1])
        elif op is _sre.BRANCH:
            alternatives = [_required(branch) for branch in value[1]]
            if all(alternatives):
                found = frozenset().union(*alternatives)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[0] >= 1:
            found = _required(value[2])
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset([run]))
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)))


def _rule(category: str, kind: bool | str, source: str) -> Rule:
    pattern = _expand(source)
    kind = {True: "person", False: "self"}.get(kind, kind)
    return Rule(category, kind, re.compile(pattern), _required(_sre_parse.parse(pattern)))


RULES = tuple(_rule(*spec) for spec in lex.RULES)
WIDE_RULES = tuple(_rule(*spec) for spec in lex.WIDE_RULES)
_NEEDED = frozenset().union(*(rule.needs for rule in RULES if rule.needs))


def _trie_pattern(words: list[str]) -> str:
    """One regex for many strings, factored by prefix, so each position tries one branch."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# All required strings found in one pass: the longest at each position, plus its prefixes.
_NEEDED_AT = re.compile(f"(?=({_trie_pattern(sorted(_NEEDED))}))")
_PREFIXES = {need: frozenset(p for p in _NEEDED if need.startswith(p)) for need in _NEEDED}
_RULES_BY_NEED: dict[str, list[int]] = {}
for _index, _rule_ in enumerate(RULES):
    for _need in _rule_.needs or ():
        _RULES_BY_NEED.setdefault(_need, []).append(_index)
_ALWAYS = [i for i, rule in enumerate(RULES) if rule.needs is None]


def _candidate_rules(text: str) -> list[Rule]:
    """The rules whose required strings occur in `text`, in their order."""
    found: set[str] = set()
    for match in _NEEDED_AT.finditer(text):
        found |= _PREFIXES[match.group(1)]
    indices = set(_ALWAYS)
    for need in found:
        indices.update(_RULES_BY_NEED[need])
    return [RULES[i] for i in sorted(indices)]
_META = re.compile("|".join(f"(?:{p})" for p in lex.META_CUES))


def _joined(clauses: list[Clause]) -> Clause:
    tokens = tuple(t for clause in clauses for t in clause.tokens)
    return Clause(tokens, " ".join(tokens), clauses[-1].question)


def _match_clause(clause: Clause, prefilter: bool = True, rules: tuple[Rule, ...] | None = None) -> str | None:
    meta = None
    text = clause.text
    if rules is None:
        rules = _candidate_rules(text) if prefilter else RULES
    for rule in rules:
        for match in rule.pattern.finditer(clause.text):
            if rule.kind == "self":
                if _negated(clause, match.start()):
                    continue
                return rule.category
            if meta is None:
                meta = bool(_META.search(clause.text))
            if meta:
                break
            start, end = match.span("t") if "t" in rule.pattern.groupindex else match.span()
            if rule.kind == "scene" or _own(clause, start, end):
                return rule.category
    return None


def _token_index(text: str, offset: int) -> int:
    return text.count(" ", 0, offset)


def _own(clause: Clause, start: int, end: int) -> bool:
    """Whether the matched words are the writer's own (see module docstring, step 3)."""
    tokens = clause.tokens
    first = _token_index(clause.text, start)
    last = _token_index(clause.text, max(start, end - 1)) + 1
    for i in range(first - 1, -1, -1):
        person = _person(tokens, i)
        if person:
            negated = any(t in lex.NEGATIONS for t in tokens[i + 1:first])
            return person == "first" and not negated
    if any(t in lex.NEGATIONS for t in tokens[max(0, first - 3):first]):
        return False
    for i in range(first, len(tokens)):
        person = _person(tokens, i)
        if person and (i >= last or person != "third"):  # inside the match only "ik" or "je" count
            return person == "first"
    return not clause.question


_STRICT_NEGATIONS = frozenset(("niet", "nooit", "geen", "not", "never"))
_COMPLEMENTIZERS = frozenset(("waarom", "why", "of", "if", "dat", "that", "als", "wat", "what", "when", "wanneer"))


def _negated(clause: Clause, start: int) -> bool:
    """A negated intention around the match: "ik ben niet van plan mezelf ...", "I'm not planning to ...".

    Not when the match starts with its own subject ("ik ...") or a clause of its own
    ("ik snap niet waarom ik nog leef", "no one would care if I died").
    """
    tokens = clause.tokens
    first = _token_index(clause.text, start)
    if tokens[first] in ("ik", "i") or tokens[first] in _COMPLEMENTIZERS:
        return False
    for i in range(first - 1, max(-1, first - 7), -1):
        if tokens[i] in _COMPLEMENTIZERS:
            return False
        if tokens[i] in ("ik", "i"):
            return any(t in _STRICT_NEGATIONS for t in tokens[i + 1:first])
    return any(t in _STRICT_NEGATIONS for t in tokens[max(0, first - 3):first])


def _person(tokens: tuple[str, ...], i: int) -> str | None:
    token = tokens[i]
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    if token in ("mijn", "my"):
        return "third" if following in lex.PERSON_NOUNS else None  # "mijn pillen" says no one's speaking
    if token in lex.FIRST:
        return "first"
    if token in lex.SECOND:
        return "second"
    if token in lex.THIRD or token in ("we", "wij", "ons", "us"):
        return "third"
    if token in lex.PERSON_NOUNS and i > 0 and tokens[i - 1] in lex.DETERMINERS:
        return "third"
    return None


# -- emoji ---------------------------------------------------------------------------------

_WORDS_ONLY = re.compile(r"[^\W\d_]+")


def _emoji_plan(text: str) -> str | None:
    """Method emoji on their own or repeated ("💊💊💊", "💊 + 🍷") read as a plan, not as chat."""
    count = sum(text.count(e) for e in lex.METHOD_EMOJI)
    if not count:
        return None
    words = _canonical_tokens(_EMOJI.sub(" ", text))
    if any(w in lex.SECOND for w in words) or text.rstrip().endswith("?"):
        return None
    if count >= 2 or len(words) <= 3:
        return lex.PLAN
    return None


def contacts_text(language: Language) -> str:
    """The crisis contacts as one block of text: `resources.yaml` data in `safety.yaml` sentences.

    One source for the numbers, so the welcome, /help and the safety reply cannot drift apart.
    """
    resources = language.resources
    lines = []
    for country, contacts in resources.countries.items():
        for contact in contacts:
            phones = language.text("safety.phone_separator").join(contact.phone)
            lines.append(language.text(
                "safety.contact_line", country=language.text(f"safety.country.{country}"),
                name=contact.name, phones=phones, chat=contact.chat or "-", hours=contact.hours,
            ))
    lines.append(language.text("safety.emergency_line", emergency=resources.emergency))
    return "\n".join(lines)
