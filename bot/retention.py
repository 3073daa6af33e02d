"""Retention: runs older than RETENTION_DAYS are erased by a job, run once even with several replicas.

Also erased: delivery records of that age, sessions idle that long, and trainees left with
nothing (no run, no session, no group), so their chat id is not kept without a purpose.

The Telegram app runs `purge_expired` at start-up and then every RETENTION_INTERVAL_HOURS
(`bot/telegram/app.py`, in a thread); it can also be run by hand (`oefengesprek runs purge`). On PostgreSQL an advisory lock makes a
second replica's simultaneous run a no-op; on SQLite the write transaction is exclusive.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from bot.store import Store

log = logging.getLogger(__name__)

PURGE_LOCK = 0x6F656670  # "oefp"


def purge_expired(store: Store, now: datetime, days: int | None = None) -> dict[str, int] | None:
    """Erase runs started more than `days` (default RETENTION_DAYS) before `now`.

    Returns what was removed, or None when another replica is purging at this moment.
    An audit record keeps the counts and the cutoff, never content.
    """
    if days is None:
        from bot.config import retention_days

        days = retention_days()
    cutoff = now - timedelta(days=days)
    with store.transaction() as tx:
        if not tx.try_exclusive(PURGE_LOCK):
            log.info("retention purge skipped: another replica holds the lock")
            return None
        counts = tx.purge_before(cutoff)
        if counts["runs"] or counts["outbox"]:
            tx.audit("retention_purge", None, {**counts, "cutoff": cutoff.isoformat(), "days": days}, now)
    log.info("retention purge: %d runs, %d turns older than %d days removed", counts["runs"], counts["turns"], days)
    return counts
