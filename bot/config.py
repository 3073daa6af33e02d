"""Configuration, read from the environment in this one place."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from dialogues.vocabulary import LANGUAGES


class ConfigError(Exception):
    """A setting is missing or wrong; the message says which and how to fix it."""


def language_default() -> str:
    lang = os.environ.get("OEFENGESPREK_LANG", "nl").strip().lower() or "nl"
    if lang not in LANGUAGES:
        raise ConfigError(f"OEFENGESPREK_LANG={lang!r} is not supported; use one of: {', '.join(LANGUAGES)}")
    return lang


# -- the run store, pseudonyms, retention (issue 6) --------------------------------------

DEFAULT_RETENTION_DAYS = 90


def data_dir() -> Path:
    """Where the embedded database and the generated key live (`./data/` unless told otherwise)."""
    return Path(os.environ.get("OEFENGESPREK_DATA_DIR", "data"))


def database_url() -> str:
    """`DATABASE_URL`: `sqlite:///relative.db`, `sqlite:////absolute.db` or `postgresql://…`."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return f"sqlite:///{data_dir() / 'oefengesprek.db'}"
    if not url.startswith(("sqlite:///", "postgresql://", "postgres://")):
        raise ConfigError(f"DATABASE_URL={url.split(':', 1)[0]}:… is not supported; "
                          "use sqlite:///data/oefengesprek.db or postgresql://user@host:5432/db")
    return url


def retention_days() -> int:
    raw = os.environ.get("RETENTION_DAYS", "").strip()
    if not raw:
        return DEFAULT_RETENTION_DAYS
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(f"RETENTION_DAYS={raw!r} must be a whole number of days, at least 1")
    return int(raw)


def secret_key() -> bytes:
    """The key of the pseudonymous ids: `OEFENGESPREK_SECRET`, else a key file generated once.

    The file (`./data/pseudonym.key`, mode 0600) must never be committed (`.gitignore` has
    `data/` and `*.key`); losing it means returning users get new pseudonyms.
    """
    secret = os.environ.get("OEFENGESPREK_SECRET", "")
    if secret:
        if len(secret) < 16:
            raise ConfigError("OEFENGESPREK_SECRET is too short; use at least 16 random characters")
        return secret.encode()
    path = data_dir() / "pseudonym.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


def first_admins() -> tuple[str, ...]:
    """`OEFENGESPREK_ADMIN`: Telegram user id(s), comma-separated, who are admin from their first message."""
    raw = os.environ.get("OEFENGESPREK_ADMIN", "")
    return tuple(part.strip() for part in raw.split(",") if part.strip())
