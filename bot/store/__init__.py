"""The run store: sessions, runs, turns, groups, comments and the outbox, behind one interface.

`open_store(url)` picks the backend from the URL: `sqlite:///relative.db`,
`sqlite:////absolute.db` or `postgresql://…` (see `bot.config.database_url`).
"""

from __future__ import annotations

from pathlib import Path

from .protocol import SchemaTooNew, Store, StoreError, StoreUnavailable, Transaction, UnsupportedURL
from .records import (
    ROLES,
    AuditRecord,
    Comment,
    Delivery,
    Group,
    Membership,
    Run,
    SessionRecord,
    Turn,
    User,
)

__all__ = [
    "ROLES", "AuditRecord", "Comment", "Delivery", "Group", "Membership", "Run", "SessionRecord", "Store",
    "SchemaTooNew", "StoreError", "StoreUnavailable", "Transaction", "Turn", "UnsupportedURL", "User", "open_store",
    "sqlite_path",
]


def sqlite_path(url: str) -> Path:
    """`sqlite:///data/x.db` -> `data/x.db` (relative); `sqlite:////srv/x.db` -> `/srv/x.db`."""
    rest = url[len("sqlite:///"):]
    if not url.startswith("sqlite:///") or not rest:
        raise UnsupportedURL(f"{url!r}: write sqlite:///relative/path.db or sqlite:////absolute/path.db")
    return Path(rest)


class Unavailable(StoreError):
    """The configured database cannot be opened; the message says which and what to check."""


def open_configured() -> Store:
    """The store `DATABASE_URL` names, or `Unavailable` with a message fit for a terminal."""
    import sqlite3

    import psycopg

    from bot.config import database_url

    from .protocol import first_line

    url = database_url()
    try:
        return open_store(url)
    except (StoreUnavailable, psycopg.OperationalError, sqlite3.OperationalError, OSError) as err:
        scheme = url.split(":", 1)[0]
        raise Unavailable(f"cannot open the run store ({scheme}): {first_line(err)}; check DATABASE_URL") from err


def open_store(url: str, **options) -> Store:
    """The backend for `url`, with its schema upgraded to the latest version."""
    if url.startswith("sqlite:"):
        from .sqlite import SqliteStore

        return SqliteStore(sqlite_path(url), **options)
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url, **options)
    scheme = url.split(":", 1)[0]
    raise UnsupportedURL(f"DATABASE_URL scheme {scheme!r} is not supported; "
                         "use sqlite:///path.db or postgresql://user@host/db")
