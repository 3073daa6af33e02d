"""The polling inbox: an update is written down before Telegram is told it arrived.

Long polling confirms updates to Telegram by asking for the next ones (`offset`). `Intake`
records each fetched batch here in one transaction and only then confirms it, so Telegram
never has to send an update twice and a process killed mid-turn still has it: at start-up
the updates left in the inbox are handled first. A handled update leaves the inbox in the
transaction that records the next batch (a crash in between handles it once more, which the
service recognises by its `update_id`, as it recognises any redelivery).

The table lives in the run store (SQLite or PostgreSQL), created on first use; its rows are
raw update JSON that lives only until the update is handled. Without a store (a service
that keeps nothing) the inbox is held in memory, with no durability to offer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from bot.service import retried

TABLE = "telegram_inbox"


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
    """The inbox as a table in the run store."""

    def __init__(self, store: Any):
        self.store = store
        retried(self._create)

    def _create(self) -> None:
        with self.store.transaction() as tx:
            tx._exec(f"CREATE TABLE IF NOT EXISTS {TABLE} "
                     f"(update_id {tx.dialect.types['bigint']} PRIMARY KEY, body TEXT NOT NULL)")

    def record(self, updates: Iterable[dict[str, Any]], handled: Iterable[int] = ()) -> None:
        """Forget `handled` and keep `updates`, in one transaction (tried again while the store is away)."""
        updates, handled = list(updates), list(handled)
        if updates or handled:
            retried(lambda: self._record(updates, handled))

    def _record(self, updates: list[dict[str, Any]], handled: list[int]) -> None:
        with self.store.transaction() as tx:  # in this order: an update may be handled before it was recorded
            for update in updates:
                tx._exec(f"INSERT INTO {TABLE} (update_id, body) VALUES (?, ?) ON CONFLICT (update_id) DO NOTHING",
                         (update["update_id"], json.dumps(update, ensure_ascii=False)))
            for update_id in handled:
                tx._exec(f"DELETE FROM {TABLE} WHERE update_id = ?", (update_id,))

    def pending(self) -> list[dict[str, Any]]:
        """Updates recorded but not yet known to be handled, oldest first."""
        rows = retried(self._pending_rows)
        return [json.loads(body) for (body,) in rows]

    def _pending_rows(self) -> list[tuple[str]]:
        with self.store.transaction(read_only=True) as tx:
            return tx._all(f"SELECT body FROM {TABLE} ORDER BY update_id")


def inbox_for(service: Any) -> StoreInbox | MemoryInbox:
    store = getattr(service, "store", None)
    return StoreInbox(store) if store is not None and hasattr(store, "transaction") else MemoryInbox()
