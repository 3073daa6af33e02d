"""The values the run store hands back: users, sessions, runs, turns, groups, comments, deliveries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

ROLES: tuple[str, ...] = ("trainee", "supervisor", "admin")


@dataclass(frozen=True)
class User:
    """A user under their pseudonymous id; `chat_id` exists only to deliver messages."""

    id: str
    channel: str
    role: str
    lang: str | None
    created_at: datetime
    chat_id: int | None = None
    display_name: str | None = None


@dataclass(frozen=True)
class SessionRecord:
    """A user's stored engine session, the reply state it ended on, and the run it belongs to."""

    data: dict[str, Any]
    state: dict[str, Any]
    run_id: int | None


@dataclass(frozen=True)
class Run:
    id: int
    user_id: str
    channel: str
    mode: str
    scenario: str | None
    interaction_type: str | None
    lang: str
    started_at: datetime
    ended_at: datetime | None = None
    end_reason: str | None = None
    debrief: dict[str, Any] | None = None
    score: float | None = None
    turn_count: int = 0


@dataclass(frozen=True)
class Turn:
    """One exchange of a run: what the user typed, what the bot answered, and what it meant."""

    run_id: int
    number: int
    at: datetime
    mode: str | None
    scenario: str | None
    state_before: dict[str, Any]
    state_after: dict[str, Any]
    technique: str | None
    confidence: float | None
    user_text: str | None
    bot_texts: tuple[str, ...]
    events: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    code: str
    owner_id: str | None
    created_at: datetime


@dataclass(frozen=True)
class Membership:
    group_id: int
    user_id: str
    role: str  # "trainee" or "supervisor" within this group
    joined_at: datetime


@dataclass(frozen=True)
class Comment:
    id: int
    run_id: int
    turn: int
    author_id: str | None
    text: str
    at: datetime


@dataclass(frozen=True)
class Delivery:
    """A reply stored in the outbox, waiting until the channel confirms it was sent."""

    id: int
    channel: str
    chat_id: int
    user_id: str | None
    texts: tuple[str, ...]
    choices: tuple[tuple[str, str], ...]  # (label, value)
    created_at: datetime
    debrief: dict[str, Any] | None = None
    run_id: int | None = None


@dataclass(frozen=True)
class AuditRecord:
    """That something happened (an erasure, a purge), never what the erased data said."""

    id: int
    at: datetime
    action: str
    subject: str | None
    detail: dict[str, Any] = field(default_factory=dict)
