"""The store interface every backend implements: a store opens transactions; a transaction reads and writes.

Everything happens inside `with store.transaction() as tx:` so that one conversation step
(dedupe, load session, append turn, save session, enqueue reply) commits or fails as a whole.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, Protocol

from .records import (
    AuditRecord,
    Comment,
    Delivery,
    Group,
    Membership,
    Run,
    SessionRecord,
    Turn,
    User,
)


class StoreError(Exception):
    """Root of the store's errors."""


class StoreUnavailable(StoreError):
    """The database was unreachable, dropped the connection or stayed locked; the transaction did
    nothing (or its commit is unknown) and the whole step may be tried again."""


def first_line(err: BaseException) -> str:
    """The first line of an error's message (a driver's may run to several), or its type's name."""
    message = str(err).strip()
    return message.splitlines()[0] if message else type(err).__name__


class SchemaTooNew(StoreError):
    """The database was migrated by a newer version of the program."""


class UnsupportedURL(StoreError):
    """DATABASE_URL names a backend this program does not have."""


class Transaction(Protocol):
    # users
    def ensure_user(self, user_id: str, channel: str, now: datetime, *, role: str = "trainee",
                    lang: str | None = None) -> User: ...
    def user(self, user_id: str) -> User | None: ...
    def users(self) -> list[User]: ...
    def set_chat_id(self, user_id: str, chat_id: int | None) -> None: ...
    def set_role(self, user_id: str, role: str) -> None: ...
    def set_lang(self, user_id: str, lang: str) -> None: ...
    def set_display_name(self, user_id: str, name: str | None) -> None: ...

    # redelivery
    def claim_update(self, channel: str, update_id: int, now: datetime) -> bool: ...
    def inbox_record(self, updates: list[tuple[int, str]], handled: list[int]) -> None: ...
    def inbox_pending(self) -> list[str]: ...

    # sessions
    def load_session(self, user_id: str, *, lock: bool = True) -> SessionRecord | None:
        """The session; with `lock`, the user's row is locked until commit (the user must exist)."""
    def save_session(self, user_id: str, record: SessionRecord, now: datetime) -> None: ...

    # runs and turns
    def create_run(self, user_id: str, channel: str, mode: str, lang: str, now: datetime, *,
                   scenario: str | None = None, interaction_type: str | None = None) -> int: ...
    def end_run(self, run_id: int, now: datetime, reason: str, debrief: dict[str, Any] | None = None,
                score: float | None = None) -> None: ...
    def append_turn(self, run_id: int, at: datetime, *, mode: str | None, scenario: str | None,
                    state_before: dict[str, Any], state_after: dict[str, Any], technique: str | None,
                    confidence: float | None, user_text: str | None, bot_texts: Sequence[str],
                    events: Sequence[dict[str, Any]]) -> int: ...
    def run(self, run_id: int) -> Run | None: ...
    def runs(self, *, user_ids: Sequence[str] | None = None, scenario: str | None = None,
             limit: int | None = None) -> list[Run]: ...
    def turns(self, run_id: int) -> list[Turn]: ...

    # groups
    def create_group(self, name: str, code: str, owner_id: str, now: datetime) -> Group: ...
    def group(self, group_id: int) -> Group | None: ...
    def group_by_code(self, code: str) -> Group | None: ...
    def groups(self, *, member: str | None = None, role: str | None = None) -> list[Group]: ...
    def join_group(self, group_id: int, user_id: str, role: str, now: datetime) -> None: ...
    def leave_group(self, group_id: int, user_id: str) -> bool: ...
    def members(self, group_id: int) -> list[Membership]: ...

    # comments
    def add_comment(self, run_id: int, turn: int, author_id: str, text: str, now: datetime) -> int: ...
    def comments(self, run_id: int) -> list[Comment]: ...

    # outbox
    def enqueue(self, channel: str, chat_id: int, user_id: str | None, payload: dict[str, Any],
                now: datetime) -> int: ...
    def pending(self, chat_id: int | None = None) -> list[Delivery]: ...
    def delivered(self, delivery_id: int) -> None: ...

    # privacy
    def erase_user(self, user_id: str) -> dict[str, int]: ...
    def audit(self, action: str, subject: str | None, detail: dict[str, Any], now: datetime) -> None: ...
    def audit_records(self) -> list[AuditRecord]: ...
    def purge_before(self, cutoff: datetime) -> dict[str, int]: ...
    def try_exclusive(self, key: int) -> bool: ...


class Store(Protocol):
    url: str
    backend: str  # "sqlite" or "postgresql"

    def transaction(self, *, read_only: bool = False) -> AbstractContextManager[Transaction]: ...
    def schema_version(self) -> int: ...
    def close(self) -> None: ...


def iter_chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    """Slices of `items`, so an IN (...) list stays below the backends' parameter limits."""
    for start in range(0, len(items), size):
        yield items[start:start + size]
