"""The safety check's rules: which clause is a writer's own distress, and of which kind.

Step 3 of `safety.py`. Rules are regular expressions from `safety_lexicon.py` with macros
expanded, compiled once. Each rule also gets the strings every one of its matches must
contain, read from the regex's parse tree; one trie-shaped regex finds those strings in a
clause, so only the few rules that can match are run (the check costs well under 0.1 ms).
A match then passes the person check (the nearest pronoun: "ik" yes, "je" or a third
person no, none at all yes unless the clause is a question), the negation check and the
practice-talk check (a case, scenario or training in the same clause).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as _sre
from re import _parser as _sre_parse

from . import safety_lexicon as lex
from .safety_text import Clause, canonical_tokens, without_emoji

# -- compiling ----------------------------------------------------------------------------

_NOT_OTHER = "|".join(sorted(lex.NEGATIONS | lex.SECOND | {"hij", "zij", "ze", "he", "she", "they"}))
_MACROS = {
    "{I}": r"(?:ik|i)",
    "{ME}": r"(?:mezelf|mijzelf|myself|me|mij)",
    "{G}": rf"(?:(?!(?:{_NOT_OTHER})\b)\w+ ){{0,3}}",
    "{G1}": rf"(?:(?!(?:{_NOT_OTHER})\b)\w+ )?",
    "{G5}": rf"(?:(?!(?:{_NOT_OTHER})\b)\w+ ){{0,5}}",
    "{METHOD}": r"(?:pillen|pills|touw|koord|strop|cord|spuit|injectiespuit|syringe|mes|messen|scheermes|scheermesje|scheermesjes|mesjes|mesje|pistool|wapen|"
                r"vuurwapen|gif|rope|noose|knife|gun|razor|blade|blades)",
    "{MORE}": r"(?:meer|langer)",
    "{DEATH}": r"(?:dood gaan|dood zijn|doodgaan|dood|sterven|doodshoofd|doodskist|grafsteen)",
    "{PLACECHORE}": rf"(?!.*\b(?:{'|'.join(lex.PLACE_CHORE_WORDS)})\b)",
    "{CHORE}": rf"(?!.*\b(?:{'|'.join(lex.CHORE_WORDS)})\b)",
}


def _first_group(text: str) -> str | None:
    """The leading "(...)" of `text`, parentheses balanced, or None."""
    if not text.startswith("("):
        return None
    depth, escaped = 0, False
    for i, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return text[: i + 1]
    return None


def _cheap_lookaheads(pattern: str) -> str:
    """Test a chore lookahead only where the rule's first word matches, not at every position.

    "{CHORE}\\b(?:touw|rope)..." becomes "\\b(?=(?:touw|rope)){CHORE}\\b(?:touw|rope)...", and
    "{CHORE}^" becomes "^{CHORE}": the same matches, but the lookahead, which scans to the end
    of the clause, runs a few times per clause instead of once per character.
    """
    for macro in ("{CHORE}", "{PLACECHORE}"):
        if pattern.startswith(macro + "^"):
            return "^" + macro + pattern[len(macro) + 1:]
        if pattern.startswith(macro + "\\b"):
            rest = pattern[len(macro) + 2:]
            group = "{METHOD}" if rest.startswith("{METHOD}") else _first_group(rest)
            if group:
                return f"\\b(?={group}){macro}\\b{rest}"
    return pattern


def _expand(pattern: str) -> str:
    pattern = _cheap_lookaheads(pattern)
    for macro, value in _MACROS.items():
        pattern = pattern.replace(macro, value)
    return pattern


@dataclass(frozen=True)
class Rule:
    category: str
    kind: str  # "self", "person", "first", "scene" or "statement" (see safety_lexicon.RULES)
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


# -- matching ------------------------------------------------------------------------------

_META = re.compile("|".join(f"(?:{p})" for p in lex.META_CUES))


def match_clause(clause: Clause, prefilter: bool = True, rules: tuple[Rule, ...] | None = None) -> str | None:
    """The category of the first rule that fires on `clause`, if any (`prefilter=False`: try all)."""
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
            if rule.kind == "statement":
                if clause.question:
                    continue
                return rule.category
            if rule.kind == "scene" or _own(clause, start, end, named=rule.kind == "first"):
                return rule.category
    return None


def _token_index(text: str, offset: int) -> int:
    return text.count(" ", 0, offset)


def _own(clause: Clause, start: int, end: int, named: bool = False) -> bool:
    """Whether the matched words are the writer's own; `named`: only if the clause names them."""
    tokens = clause.tokens
    first = _token_index(clause.text, start)
    last = _token_index(clause.text, max(start, end - 1)) + 1
    if any(t in lex.SECOND for t in tokens[first + 1:first + 2]):
        return False  # inverted: "wil je ...", "heb je ..." asks the other
    for i in range(first - 1, -1, -1):
        person = _person(tokens, i)
        if person:
            between = tokens[i + 1:first]
            for j in range(len(between) - 1, -1, -1):  # a negation before "en"/"and" is another verb's
                if between[j] in _CONJUNCTIONS:
                    between = between[j + 1:]
                    break
            return person == "first" and not any(t in lex.NEGATIONS for t in between)
    if any(t in lex.NEGATIONS for t in tokens[max(0, first - 3):first]):
        return False
    for i in range(first, len(tokens)):
        person = _person(tokens, i)
        if person and (i >= last or person != "third"):  # inside the match only "ik" or "je" count
            return person == "first"
    if named:
        return any(t in ("mijn", "my") for t in tokens)
    return not clause.question


_STRICT_NEGATIONS = frozenset(("niet", "nooit", "geen", "not", "never"))
_CONJUNCTIONS = frozenset(("en", "and", "maar", "but", "dus", "so"))
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
    window = tokens[max(0, first - 3):first]
    for j in range(len(window) - 1, -1, -1):  # "laat me niet gaan en slaat me": another verb's
        if window[j] in _CONJUNCTIONS:
            window = window[j + 1:]
            break
    return any(t in _STRICT_NEGATIONS for t in window)


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
    if token in lex.PERSON_NOUNS and (i == 0 or tokens[i - 1] in lex.DETERMINERS):
        return "third"  # "de man ...", or a headline: "man springt van brug"
    return None


# -- emoji ---------------------------------------------------------------------------------

_EMOJI_DESPAIR = re.compile(lex.EMOJI_DESPAIR)
_EMOJI_TIME = re.compile(lex.EMOJI_TIME)
_LAUGHTER = re.compile(lex.LAUGHTER)


def emoji_plan(text: str) -> str | None:
    """Method emoji on their own or repeated ("💊💊💊", "💊 + 🍷") read as a plan, not as chat."""
    count = sum(text.count(e) for e in lex.METHOD_EMOJI)
    places = sum(text.count(e) for e in lex.PLACE_EMOJI)
    skulls = sum(text.count(e) for e in lex.DEATH_EMOJI)
    if not count and not places and not skulls:
        return None
    words = canonical_tokens(without_emoji(text))
    if any(w in lex.SECOND for w in words) or text.rstrip().endswith("?"):
        return None
    if _EMOJI_DESPAIR.search(" ".join(words)):
        return lex.PLAN
    if skulls and _EMOJI_TIME.search(" ".join(words)) and not _LAUGHTER.search(" ".join(words)):
        return lex.PLAN
    if count >= 2 or (count and len(words) <= 3):
        return lex.PLAN
    return None
