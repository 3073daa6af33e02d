"""The SQLite file locked by another process for a few seconds: the turns wait, nothing is lost.

The user gets the reply they would have got anyway (no apology, nothing twice) and the
run log holds each line once. (PostgreSQL trouble: `test_postgres_trouble.py`.)
"""

from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager

from bot.identity import Identity
from bot.service import Conversations
from bot.store import StoreUnavailable, open_store, sqlite_path
from tests.bot.telegram.users import User
from tests.faults.test_telegram_trouble import LINES, logged_lines, transcript

HOLD = 3.0  # seconds the other process keeps the SQLite file locked

LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("CREATE TABLE IF NOT EXISTS locker (x)")
conn.execute("INSERT INTO locker VALUES (1)")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


async def test_a_sqlite_file_locked_by_another_process_delays_the_reply_but_loses_nothing(
        emulator, start_bot, engine, store_url):
    await start_bot()
    users = {uid: User(emulator, uid) for uid in LINES}
    for user in users.values():
        await user.say("/rondleiding")
    with subprocess.Popen([sys.executable, "-c", LOCKER, str(sqlite_path(store_url)), str(HOLD)],
                          stdout=subprocess.PIPE, text=True) as locker:
        assert locker.stdout.readline().strip() == "locked"
        for turn in range(3):
            for uid, lines in LINES.items():
                emulator.send_text(uid, lines[turn])
        for uid, user in users.items():
            want = transcript(engine, LINES[uid])
            await emulator.wait_for(lambda user=user, want=want: len(user.chat) >= len(want), 30,
                                    f"chat {uid} to catch up")
    for uid, user in users.items():
        await emulator.wait_until_quiet(uid, quiet=0.3)
        assert [m.text for m in user.chat] == transcript(engine, LINES[uid])
        assert logged_lines(store_url, uid) == LINES[uid]


class FlakyStore:
    """A real store whose next `failures` write transactions lose their connection half-way."""

    def __init__(self, store, failures: int):
        self.store, self.failures = store, failures
        self.backend, self.url = store.backend, store.url

    @contextmanager
    def transaction(self, *, read_only: bool = False):
        with self.store.transaction(read_only=read_only) as tx:
            yield tx
            if not read_only and self.failures:
                self.failures -= 1
                raise StoreUnavailable("server closed the connection unexpectedly")


def test_a_turn_whose_transaction_is_cut_is_tried_again_and_logged_once(engine, store_url):
    store = open_store(store_url)
    try:
        service = Conversations(engine, store, identity=Identity(b"faults-secret-0123"), default_lang="nl")
        service.start("telegram", "1", "rondleiding", chat_id=1)
        service.store = FlakyStore(store, failures=2)
        reply = service.handle("telegram", "1", "Ik weet het niet.", chat_id=1, update_id=1)
        assert reply is not None and reply.texts
        with store.transaction(read_only=True) as tx:
            (run,) = tx.runs()
            assert [t.user_text for t in tx.turns(run.id)][1:] == ["Ik weet het niet."]
            assert len(tx.pending(1)) == 2  # the start's reply and this one, each queued once
    finally:
        store.close()
