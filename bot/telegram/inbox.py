"""The polling inbox: an update is written down before Telegram is told it arrived.

Long polling confirms updates to Telegram by asking for the next ones (`offset`). `Intake`
records each fetched batch here in one transaction and only then confirms it, so Telegram
never has to send an update twice and a process killed mid-turn still has it: at start-up
the updates left in the inbox are handled first. A handled update leaves the inbox in the
transaction that records the next batch (a crash in between handles it once more, which the
service recognises by its `update_id`, as it recognises any redelivery).

The table lives in the run store (SQLite or PostgreSQL, migration 4); its rows are
raw update JSON that lives only until the update is handled. Without a store (a service
that keeps nothing) the inbox is held in memory, with no durability to offer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from bot.service import retried


class MemoryInbox:
    """The same interface, kept in memory."""

    def __init__(self) -> None:
        self._rows: dict[int, dict[str, Any]] = {}

    def record(self, updates: Iterable[dict[str, Any]], handled: Iterable[int] = ()) -> None:
        for update_id in handled:
            self._rows.pop(update_id, None)
        for update in updates:
            self._rows.setdefault(update["update_id"], update)

    def pending(self) -> list[dict[str, Any]]:
        return [self._rows[key] for key in sorted(self._rows)]


class StoreInbox:
    """The inbox as a table in the run store (schema migration 4)."""

    def __init__(self, store: Any):
        self.store = store

    def record(self, updates: Iterable[dict[str, Any]], handled: Iterable[int] = ()) -> None:
        """Forget `handled` and keep `updates`, in one transaction (tried again while the store is away)."""
        rows = [(u["update_id"], json.dumps(u, ensure_ascii=False)) for u in updates]
        handled = list(handled)
        if rows or handled:
            retried(lambda: self._record(rows, handled))

    def _record(self, rows: list[tuple[int, str]], handled: list[int]) -> None:
        with self.store.transaction() as tx:
            tx.inbox_record(rows, handled)

    def pending(self) -> list[dict[str, Any]]:
        """Updates recorded but not yet known to be handled, oldest first."""
        return [json.loads(body) for body in retried(self._pending)]

    def _pending(self) -> list[str]:
        with self.store.transaction(read_only=True) as tx:
            return tx.inbox_pending()


def inbox_for(service: Any) -> StoreInbox | MemoryInbox:
    store = getattr(service, "store", None)
    return StoreInbox(store) if store is not None and hasattr(store, "transaction") else MemoryInbox()
