"""The embedded backend: one SQLite file (default `./data/oefengesprek.db`) in WAL mode.

Durability: `synchronous=FULL`. In WAL mode NORMAL already survives a killed process (a
commit is in the WAL before COMMIT returns); FULL also fsyncs the WAL on every commit, so a
turn and its queued reply survive a power cut or VM crash too. A chat commits a few
transactions per second at most, so the fsync (about a millisecond on an SSD) costs nothing
a user could notice. Every write transaction is `BEGIN IMMEDIATE`: the write lock is taken
before the session is read, so two processes serving the same user serialise instead of
overwriting each other; a busy timeout makes the second one wait rather than fail.
One connection per thread. The threads of one process queue for writing on a lock of their
own, which hands over the moment a commit ends; SQLite's busy handler would have each waiting
writer sleep 1, 2, 5, 10 ... ms between tries, however soon the file came free.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .backend import SqlStore
from .migrations import LATEST
from .protocol import StoreUnavailable
from .sql import Dialect, SqlTransaction

DIALECT = Dialect(
    name="sqlite", placeholder="?", for_update="",
    types={"id": "INTEGER PRIMARY KEY AUTOINCREMENT", "ts": "TEXT", "bigint": "INTEGER", "float": "REAL"},
    text_time=True, try_lock_sql=None,
)


class SqliteStore(SqlStore):
    backend = "sqlite"
    dialect = DIALECT

    def __init__(self, path: str | Path, *, synchronous: str = "FULL", busy_timeout: float = 15.0,
                 target_version: int = LATEST):
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        self.synchronous = synchronous
        self.busy_timeout = busy_timeout
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._writing = threading.RLock()  # reentrant: a nested write fails in SQLite as before, not here
        super().__init__(target_version)

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=self.busy_timeout, check_same_thread=False)
        self._use_wal(conn)
        conn.execute(f"PRAGMA synchronous={self.synchronous}")
        conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    def _use_wal(self, conn: sqlite3.Connection) -> None:
        """Switch the file to WAL (a persistent setting), retrying while another process does the same.

        Changing the journal mode of a new file needs an exclusive lock, and SQLite reports
        "database is locked" at once, without its busy handler, when two processes try it together.
        """
        deadline = time.monotonic() + self.busy_timeout
        pause = 0.005
        while True:
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.2)

    @contextmanager
    def transaction(self, *, read_only: bool = False) -> Iterator[SqlTransaction]:
        """One transaction; commits when the block ends, rolls back on any exception.

        A write transaction takes the write lock at once (IMMEDIATE), after this process's other
        writers; a read-only one reads a snapshot (WAL) without blocking writers.
        """
        conn = self._connection()
        try:
            with contextlib.nullcontext() if read_only else self._writing:
                conn.execute("BEGIN" if read_only else "BEGIN IMMEDIATE")
                try:
                    yield SqlTransaction(conn.execute, DIALECT)
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) and "busy" not in str(err):
                raise
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreUnavailable(str(err)) from err
