"""Code that runs in a child process during the concurrency tests (importable for `spawn`)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from bot.store import SessionRecord, open_store


def append_steps(url: str, user_id: str, run_id: int, steps: int, worker: str, go=None,
                 pause: float = 0.0) -> None:
    """`steps` conversation steps, each a locked read-modify-write of the session plus a turn.

    `pause` holds each step between its read and its write, to widen any race there.
    """
    store = open_store(url)
    if go is not None:
        go.wait(30)  # both processes start appending at the same moment
    try:
        for step in range(steps):
            with store.transaction() as tx:
                record = tx.load_session(user_id, lock=True)
                count = record.data["count"] if record else 0  # a user's first step has no session yet
                time.sleep(pause)
                now = datetime.now(UTC)
                tx.append_turn(run_id, now, mode="oefenen", scenario=None, state_before={"count": count},
                               state_after={"count": count + 1}, technique=None, confidence=None,
                               user_text=f"{worker}-{step}", bot_texts=["ok"], events=[])
                tx.save_session(user_id, SessionRecord({"count": count + 1}, {}, run_id), now)
    finally:
        store.close()


def open_fresh(url: str, go) -> None:
    """Open (and so migrate) the store at the same moment as another process."""
    go.wait(30)
    open_store(url).close()
