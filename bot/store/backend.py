"""What the SQLite and PostgreSQL stores share: a connection per thread, the schema upgrade, closing.

A backend subclass says how to open a connection (`_open`), how a transaction begins and
ends (`transaction`), and may take a lock before migrating (`_before_migrating`).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from .migrations import LATEST, migrate
from .protocol import SchemaTooNew
from .sql import Dialect, SqlTransaction

log = logging.getLogger(__name__)


class SqlStore:
    backend: str
    dialect: Dialect

    def __init__(self, target_version: int = LATEST):
        self._local = threading.local()
        self._connections: list[Any] = []
        self._guard = threading.Lock()
        try:
            self._upgrade(target_version)
        except BaseException:
            self.close()
            raise

    def _open(self) -> Any:
        """A new connection of this backend."""
        raise NotImplementedError

    def _usable(self, conn: Any) -> bool:
        return True

    def _connection(self) -> Any:
        """This thread's connection, opened on first use (and again once it broke)."""
        conn = getattr(self._local, "conn", None)
        if conn is None or not self._usable(conn):
            conn = self._open()
            self._local.conn = conn
            with self._guard:
                self._connections.append(conn)
        return conn

    def transaction(self, *, read_only: bool = False):
        raise NotImplementedError

    def _before_migrating(self, tx: SqlTransaction) -> None:
        """A hook: e.g. a lock so that one replica migrates while the others wait."""

    def _upgrade(self, target: int) -> None:
        with self.transaction() as tx:
            self._before_migrating(tx)
            tx._exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = tx._one("SELECT max(version) FROM schema_version")[0] or 0
            if current > LATEST:
                raise SchemaTooNew(f"the database has schema version {current}, newer than this program's "
                                   f"{LATEST}; run the newer program (or restore a backup), never an older one")
            applied = migrate(current, lambda sql: tx._exec(sql), self.dialect.types, target)
            for version in applied:
                tx._exec("INSERT INTO schema_version (version) VALUES (?)", (version,))
        if applied:
            log.info("%s store upgraded from schema %d to %d", self.backend, current, applied[-1])

    def schema_version(self) -> int:
        with self.transaction(read_only=True) as tx:
            return tx._one("SELECT max(version) FROM schema_version")[0] or 0

    def close(self) -> None:
        with self._guard:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()
