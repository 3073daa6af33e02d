"""The retention purge is scheduled by the Telegram app: at start-up, then every `purge_every` seconds."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

from tests.bot.telegram.users import User

EXPIRED = timedelta(days=91)  # RETENTION_DAYS is 90 in these tests


def old_run(store, user_id: str) -> int:
    """A run of a user who practised more than the retention period ago."""
    started = datetime.now(UTC) - EXPIRED
    with store.transaction() as tx:
        tx.ensure_user(user_id, "telegram", started)
        return tx.create_run(user_id, "telegram", "rondleiding", "nl", started)


async def gone(store, run_id: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with store.transaction(read_only=True) as tx:
            if tx.run(run_id) is None:
                return True
        await asyncio.sleep(0.05)
    return False


async def test_a_started_app_purges_expired_runs_at_once_and_then_on_schedule(emulator, start_bot, make_service):
    store = make_service().store
    first = old_run(store, "u-expired-1")
    await start_bot(purge_every=0.3)
    assert await gone(store, first)

    trainee = User(emulator, 6201)
    await trainee.say("/rondleiding")
    second = old_run(store, "u-expired-2")
    assert await gone(store, second)
    with store.transaction(read_only=True) as tx:
        assert len(tx.runs()) == 1  # the trainee's run of today stays
        assert [a.action for a in tx.audit_records()][-1] == "retention_purge"


async def test_without_an_interval_the_app_schedules_no_purge(emulator, start_bot, make_service):
    store = make_service().store
    run = old_run(store, "u-expired-3")
    await start_bot()
    assert not await gone(store, run, timeout=0.5)
