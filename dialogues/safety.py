"""Safety check on every message: first-person real distress, told apart from practice talk.

`check(text, lang)` runs before the engine sees a message, in every mode and state. It fires
on a writer's *own* suicidal thoughts or plans (also passive wishes and methods, emoji
included), self-harm, an overdose taken, and acute danger or abuse at home. It does not
fire on a worker's question about those topics ("Denk je weleens aan zelfmoord?": the
`veiligheid` technique), on idioms ("ik ga dood van het lachen"), or on ordinary crisis talk.

How, in order (all vocabulary in `safety_lexicon.py`, compiled once at import):
1. words (`safety_text.py`): lowercase ASCII, emoji mapped to words, chat and Flemish
   spelling and English contractions mapped, "kwil" split, typos of distinctive words
   corrected with a precomputed deletion index checked by rapidfuzz;
2. clauses (`safety_text.py`): split on punctuation and before "maar ik"; another person's
   quoted words ('de cliënt zegt: "ik wil dood"') and a role-play frame ("ik speel de
   cliënt: ...") are dropped to the sentence end, unless the writer says they step out of
   the exercise ("los van de oefening ..."); idioms are cut out;
3. rules (`safety_rules.py`): regular expressions per category over a clause (a few over a
   whole sentence), run only when the strings they need occur. A rule whose match holds
   its own first-person word ("zonder mij", "mezelf") fires unless an intention before it
   is negated ("ik ben niet van plan mezelf ..."). Other rules ask the nearest pronoun: a
   "je"/"you" (a worker's question or reflection) or a third person ("hij", "de cliënt",
   "mijn broer") does not fire; no pronoun at all counts as the writer's own statement,
   unless the sentence is a question. A negation between the pronoun and the match ("ik
   zou nooit zelfmoord plegen") does not fire, and neither does a clause about a case,
   scenario, training or practising.
4. a learned second opinion (`safety_model.py`) when no rule fired: a linear model over the
   n-grams of the same reading (clauses after step 2, each sentence ending in "." or "?"),
   trained on the labelled sets. The rules stay for what they do best (negation, who speaks,
   exact methods); the model catches the phrasings the rules never saw.

Trainees describing a case in the third person ("de cliënt zegt dat hij niet meer wil
leven") do not trigger: that is practice talk and the check would otherwise fire on every
suicidality scenario. The same words in the first person always trigger, even when a
student may be role-playing a client: we cannot tell, and one tap continues the exercise.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .content import Language
from .safety_model import model
from .safety_rules import WIDE_RULES, emoji_plan, match_clause
from .safety_text import Clause, joined, sentences


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
    read = sentences(text)
    category = by_rules(text, read) or model().distress(reading(read))
    return Alarm(True, category) if category else NO_ALARM


def reading(read: list[list[Clause]]) -> str:
    """The message as the model sees it: the clauses' words, each sentence closed by "." or "?"."""
    return " ".join(
        " ".join(clause.text for clause in clauses) + (" ?" if clauses[-1].question else " .")
        for clauses in read if clauses
    )


def by_rules(text: str, read: list[list[Clause]]) -> str | None:
    """The category of the first rule that fires on the message read as `read`, if any."""
    for clauses in read:
        for clause in clauses:
            category = match_clause(clause)
            if category:
                return category
        # Also on one clause: without punctuation a whole thought arrives as one ("ik heb
        # alles geregeld mijn testament ligt klaar").
        if not clauses:
            continue  # only emoji or punctuation
        category = match_clause(joined(clauses), rules=WIDE_RULES)
        if category:
            return category
    return emoji_plan(text)


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
