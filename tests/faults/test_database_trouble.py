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
from tests.faults.three_users import (
    assert_every_line_answered_once,
    start_rondleiding,
    type_all_lines,
    wait_until_answered,
)

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
    users = await start_rondleiding(emulator)
    with subprocess.Popen([sys.executable, "-c", LOCKER, str(sqlite_path(store_url)), str(HOLD)],
                          stdout=subprocess.PIPE, text=True) as locker:
        assert locker.stdout.readline().strip() == "locked"
        type_all_lines(emulator)
        await wait_until_answered(emulator, engine, users)
    await assert_every_line_answered_once(emulator, engine, store_url, users)


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
