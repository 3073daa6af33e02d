"""Fixtures that give every store test both backends: a SQLite file and a fresh PostgreSQL schema.

Import them into a test module (`from tests.bot.store.backends import store_url, store`).
The PostgreSQL variant uses the local server (127.0.0.1:5432, user postgres, database
`test`) and is skipped, with the reason, only when that server does not answer.
"""

from __future__ import annotations

import os
import uuid

import pytest

from bot.store import open_store

PG_BASE = os.environ.get("OEFENGESPREK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_reachable() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_BASE, connect_timeout=3):
            return None
    except Exception as err:  # any failure to connect means: skip with the reason
        return f"PostgreSQL at {PG_BASE} is unreachable: {str(err).strip().splitlines()[0]}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    """A database URL for an empty database of each backend; the PostgreSQL schema is dropped after."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'runs.db'}"
        return
    reason = _pg_reachable()
    if reason:
        pytest.skip(reason)
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(PG_BASE, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(store_url):
    opened = open_store(store_url)
    yield opened
    opened.close()
