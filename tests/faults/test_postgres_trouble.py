"""PostgreSQL connections cut (`pg_terminate_backend`) between and during turns: nothing is lost.

Only the connections of the bot under test are cut (found by their application name), so
other tests sharing the server are not disturbed. The user gets the reply they would have
got anyway and the run log holds each line once.
"""

from __future__ import annotations

import asyncio
import random

import psycopg
import pytest

from tests.bot.store.backends import PG_BASE, postgres_schema
from tests.bot.telegram.users import User
from tests.faults.three_users import LINES, logged_lines, transcript

pytestmark = pytest.mark.postgres


@pytest.fixture
def store_url():
    """The bot's store for this module: a fresh schema, connections named after it."""
    with postgres_schema("f") as (schema, url):
        yield url.replace("?", f"?application_name={schema}&", 1)


def cut_connections(store_url: str) -> int:
    """`pg_terminate_backend` for every connection of the bot under test (and nobody else's)."""
    name = store_url.split("application_name=")[1].split("&")[0]
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        rows = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE application_name = %s AND pid <> pg_backend_pid()", (name,)).fetchall()
    return len(rows)


async def test_postgresql_connections_cut_mid_run_cost_no_line_and_no_reply(emulator, start_bot, engine, store_url):
    await start_bot()
    users = {uid: User(emulator, uid) for uid in LINES}
    for user in users.values():
        await user.say("/rondleiding")
    assert cut_connections(store_url) >= 1  # idle connections, cut between turns
    rng = random.Random(7)
    cuts = 0

    async def keep_cutting() -> None:
        nonlocal cuts
        while True:
            await asyncio.sleep(rng.uniform(0.01, 0.08))
            cuts += await asyncio.to_thread(cut_connections, store_url)

    cutter = asyncio.create_task(keep_cutting())
    try:
        for turn in range(3):
            for uid, lines in LINES.items():
                emulator.send_text(uid, lines[turn])
            await asyncio.sleep(0.3)
        for uid, user in users.items():
            want = transcript(engine, LINES[uid])
            await emulator.wait_for(lambda user=user, want=want: len(user.chat) >= len(want), 30,
                                    f"chat {uid} to catch up")
    finally:
        cutter.cancel()
    for uid, user in users.items():
        await emulator.wait_until_quiet(uid, quiet=0.3)
        assert [m.text for m in user.chat] == transcript(engine, LINES[uid]), f"chat {uid}"
        assert logged_lines(store_url, uid) == LINES[uid]
    print(f"\n{cuts} connections cut while three users typed")
