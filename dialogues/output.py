"""Collects what one turn says and records, then freezes it into a `Reply`."""

from __future__ import annotations

from typing import Any

from .content import Language
from .recognizer import Recognition
from .reply import Choice, Event, Reply
from .session import Session


class Output:
    """A turn's texts, buttons and events, in the session's language."""

    def __init__(self, language: Language, variant: int = 0):
        self.language = language
        self.variant = variant
        self.texts: list[str] = []  # paragraphs of the current message
        self.sent: list[str] = []  # messages already closed
        self.choices: list[Choice] = []
        self.events: list[Event] = []
        self.recognition: Recognition | None = None
        self.debrief: dict[str, Any] | None = None

    def say(self, key: str, **values: Any) -> None:
        self.texts.append(self.language.text(key, self.variant, **values))

    def text(self, key: str, **values: Any) -> str:
        return self.language.text(key, self.variant, **values)

    def add(self, text: str) -> None:
        self.texts.append(text)

    def new_message(self) -> None:
        """Close the current message; what follows goes out as a separate one."""
        if self.texts:
            self.sent.append("\n\n".join(self.texts))
            self.texts = []

    def choice(self, label_key: str, value: str, **values: Any) -> None:
        self.choices.append(Choice(self.language.text(label_key, **values), value))

    def event(self, kind: str, **data: Any) -> None:
        self.events.append(Event(kind, data))

    def reply(self, session: Session, state: dict[str, Any]) -> Reply:
        self.new_message()
        texts = tuple(self.sent)
        return Reply(
            texts=texts, session=session, state=state, choices=tuple(self.choices),
            events=tuple(self.events), recognition=self.recognition, debrief=self.debrief,
        )
