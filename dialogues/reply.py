"""What the engine hands back to a channel after one turn."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .recognizer import Recognition
from .session import Session


@dataclass(frozen=True)
class Choice:
    """A button: `label` is shown, `value` comes back as the user's text when pressed."""

    label: str
    value: str


@dataclass(frozen=True)
class Event:
    """Something the run log should record (a transition, a recognised technique, a safety alert)."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Reply:
    texts: tuple[str, ...]
    session: Session
    state: dict[str, Any]  # flow, state, interaction_type, phase, module (+ client state)
    choices: tuple[Choice, ...] = ()
    events: tuple[Event, ...] = ()
    recognition: Recognition | None = None
    debrief: dict[str, Any] | None = None  # structured, so a channel can draw its picture
