"""A bot process killed with SIGKILL at random moments loses nothing and repeats nothing.

The script is said over the emulator to the real `oefengesprek telegram` process, which is
killed at random moments (3 times here, 30 under `make soak`) and started again each time.
Afterwards the chat, the run log and the session must be exactly what an uninterrupted bot
produces for the same script, and the SQLite file must pass its integrity check.
"""

from __future__ import annotations

import os
import random
import sqlite3

from bot.store import sqlite_path
from tests.bot.telegram.conftest import bot_environment
from tests.faults.conftest import heavy
from tests.faults.crashes import ROUND, SHORT, converse_through_kills, repeats_after_kills, replay

USER = 7101


async def test_a_bot_killed_at_random_moments_loses_no_line_and_answers_each_once(emulator, store_url, tmp_path, engine):
    seed = int(os.environ.get("OEFENGESPREK_SEED", random.randrange(1_000_000)))
    kills = heavy(3, 30)
    script = SHORT if kills <= len(SHORT) else ROUND * (kills // len(ROUND) + 2)
    want = replay(engine, script, tmp_path, USER)
    env = bot_environment(emulator, store_url, tmp_path)

    got = await converse_through_kills(emulator, env, tmp_path / "bot.log", store_url, script, kills,
                                       random.Random(seed), USER)

    assert len(got.kills) == kills
    repeats = repeats_after_kills(got, want.texts)  # (fails on anything lost, reordered or doubled otherwise)
    print(f"\nkilled {kills} times (seed {seed}): {len(script)} lines, {len(got.texts)} messages, "
          f"{len(repeats)} repeated because a kill cut their reply's sending")
    assert got.runs == want.runs, f"seed {seed}: every line is in the run log exactly once"
    assert got.state == want.state, f"seed {seed}: the run ends in the state the method predicts"
    with sqlite3.connect(sqlite_path(store_url)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
