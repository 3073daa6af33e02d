"""Fixtures that give every store test both backends: a SQLite file and a fresh PostgreSQL schema.

Import them into a test module (`from tests.bot.store.backends import store_url, store`).
The PostgreSQL variant uses the local server (127.0.0.1:5432, user postgres, database
`test`) and is skipped, with the reason, only when that server does not answer. Test
schemas run with `synchronous_commit=off` (speed; durability is not what they test).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.store import open_store

PG_BASE = os.environ.get("OEFENGESPREK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _pg_unreachable() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_BASE, connect_timeout=3):
            return None
    except Exception as err:  # any failure to connect means: skip with the reason
        return f"PostgreSQL at {PG_BASE} is unreachable: {str(err).strip().splitlines()[0]}"


@contextmanager
def empty_database(backend: str, folder: Path) -> Iterator[str]:
    """The URL of an empty database of `backend`; a PostgreSQL schema is dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / f'runs-{uuid.uuid4().hex[:8]}.db'}"
        return
    with postgres_schema("t", "%20-csynchronous_commit%3Doff") as (_schema, url):
        yield url


@contextmanager
def postgres_schema(prefix: str, options: str = "") -> Iterator[tuple[str, str]]:
    """A fresh schema on the local server and a URL whose connections use it; dropped afterwards.

    Skips the test, with the reason, when the server does not answer.
    """
    reason = _pg_unreachable()
    if reason:
        pytest.skip(reason)
    import psycopg

    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield schema, f"{PG_BASE}?options=-csearch_path%3D{schema}{options}"
    finally:
        with psycopg.connect(PG_BASE, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    """A database URL for an empty database of each backend."""
    with empty_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="session")
def _shared_postgres(tmp_path_factory):
    """One migrated PostgreSQL schema for the whole run; each test gets it emptied."""
    with empty_database("postgresql", tmp_path_factory.mktemp("pg")) as url:
        opened = open_store(url)
        yield opened
        opened.close()


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    """An empty, migrated store of each backend."""
    if request.param == "sqlite":
        opened = open_store(f"sqlite:///{tmp_path / 'runs.db'}", synchronous="OFF")
        yield opened
        opened.close()
        return
    shared = request.getfixturevalue("_shared_postgres")
    with shared.transaction() as tx:  # children first; DELETE beats TRUNCATE on a handful of rows
        for table in ("turns", "comments", "outbox", "memberships", "sessions", "runs", "study_groups", "audit",
                      "processed_updates", "users"):
            tx._exec(f"DELETE FROM {table}")
    yield shared
