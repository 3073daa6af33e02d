"""Safety check on every message: first-person real distress, told apart from practice talk.

PLACEHOLDER: the full detector (issue 5) replaces `check`; the interface stays.
"""

from __future__ import annotations

from dataclasses import dataclass

from .content import Language
from .normalize import normalize


@dataclass(frozen=True)
class Alarm:
    distress: bool
    category: str | None = None


_PHRASES = ("ik wil dood", "ik wil niet meer leven", "i want to die", "ik ga mezelf", "zelfmoord plegen")


def check(text: str, lang: str = "nl") -> Alarm:
    norm = normalize(text)
    if any(p in norm for p in _PHRASES):
        return Alarm(True, "suicidal")
    return Alarm(False)


def contacts_text(language: Language) -> str:
    """The crisis contacts as one block of text, from `content/<lang>/resources.yaml`."""
    return language.text("resources_text.contacts")
