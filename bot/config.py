"""Configuration, read from the environment in this one place."""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

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
DEFAULT_RETENTION_INTERVAL_HOURS = 6


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


def retention_interval() -> float | None:
    """`RETENTION_INTERVAL_HOURS` (default 6): how often the bot runs the retention purge; 0: never
    (when a separate job such as the compose `retention` service does it)."""
    raw = os.environ.get("RETENTION_INTERVAL_HOURS", "").strip()
    if not raw:
        return DEFAULT_RETENTION_INTERVAL_HOURS * 3600.0
    try:
        hours = float(raw)
    except ValueError:
        hours = -1.0
    if not hours >= 0:
        raise ConfigError(f"RETENTION_INTERVAL_HOURS={raw!r} must be a number of hours (0: no purge by the bot)")
    return hours * 3600.0 if hours else None


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


# -- the Telegram channel (issue 4) -------------------------------------------------------

OFFICIAL_API_URL = "https://api.telegram.org"
_TOKEN_SHAPE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
_SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


@dataclass(frozen=True)
class TelegramSettings:
    """Everything the Telegram channel reads from the environment, checked."""

    token: str = field(repr=False)
    api_url: str = OFFICIAL_API_URL  # the bot talks to {api_url}/bot<token>/<method>
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret: str | None = field(default=None, repr=False)
    chat_interval: float = 1.0  # seconds between two messages to one chat (Telegram: about 1/s)
    # messages per second this process sends in all; Telegram allows about 30/s per bot, so with
    # N replicas give each 30/N (docs/deploy.md)
    max_per_second: float = 30.0
    outbox_interval: float = 5.0  # seconds between sweeps that deliver replies stored but not sent

    @property
    def webhook_path(self) -> str:
        """The path the webhook server listens on: the path of WEBHOOK_URL."""
        return urlsplit(self.webhook_url or "").path.strip("/")


def telegram_settings(webhook: bool = False) -> TelegramSettings:
    """Read and check the Telegram settings; a ConfigError names the variable and the fix."""
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set; get a token from @BotFather and "
                          "export TELEGRAM_BOT_TOKEN=123456789:AA...")
    if not _TOKEN_SHAPE.match(token):
        raise ConfigError("TELEGRAM_BOT_TOKEN does not look like a bot token: expected digits, a colon, "
                          "then letters, digits, '-' or '_' (as @BotFather gives it)")
    api_url = os.environ.get("TELEGRAM_API_URL", "").strip().rstrip("/") or OFFICIAL_API_URL
    if not api_url.startswith(("http://", "https://")) or not urlsplit(api_url).netloc:
        raise ConfigError(f"TELEGRAM_API_URL={api_url!r} is not a URL; expected e.g. {OFFICIAL_API_URL} "
                          "or http://127.0.0.1:8081 for a self-hosted Bot API server")
    if "/bot" in urlsplit(api_url).path:
        raise ConfigError("TELEGRAM_API_URL must be the root of the Bot API server, without /bot<token>; "
                          f"e.g. {OFFICIAL_API_URL}")
    values: dict = {"token": token, "api_url": api_url,
                    "chat_interval": _number("TELEGRAM_CHAT_INTERVAL", 1.0),
                    "max_per_second": _number("TELEGRAM_MAX_PER_SECOND", 30.0, minimum=1.0),
                    "outbox_interval": _number("TELEGRAM_OUTBOX_INTERVAL", 5.0, minimum=0.05)}
    if webhook:
        values.update(_webhook_settings())
    return TelegramSettings(**values)


def _webhook_settings() -> dict:
    url = os.environ.get("WEBHOOK_URL", "").strip()
    if not url:
        raise ConfigError("WEBHOOK_URL is not set; webhook mode needs the public https URL Telegram should "
                          "post to, e.g. WEBHOOK_URL=https://bot.example.org/telegram")
    parts = urlsplit(url)
    local = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if not parts.netloc or not (parts.scheme == "https" or (parts.scheme == "http" and local)):
        raise ConfigError(f"WEBHOOK_URL={url!r} must be an https:// URL (Telegram posts only to https)")
    secret = os.environ.get("WEBHOOK_SECRET", "").strip()
    if not secret:
        raise ConfigError("WEBHOOK_SECRET is not set; webhook mode refuses updates without it. Use 1-256 "
                          "characters A-Z, a-z, 0-9, '_' or '-', e.g. WEBHOOK_SECRET=$(openssl rand -hex 32)")
    if not _SECRET_SHAPE.match(secret):
        raise ConfigError("WEBHOOK_SECRET may only contain A-Z, a-z, 0-9, '_' and '-' (1-256 characters)")
    port_raw = os.environ.get("WEBHOOK_PORT", "8443").strip() or "8443"
    if not port_raw.isdigit() or not 1 <= int(port_raw) <= 65535:
        raise ConfigError(f"WEBHOOK_PORT={port_raw!r} must be a port number between 1 and 65535")
    listen = os.environ.get("WEBHOOK_LISTEN", "0.0.0.0").strip() or "0.0.0.0"
    return {"webhook_url": url, "webhook_secret": secret, "webhook_port": int(port_raw), "webhook_listen": listen}


def _number(name: str, default: float, minimum: float = 0.0) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} must be a number of seconds") from None
    if value < minimum:
        raise ConfigError(f"{name}={raw!r} must be at least {minimum}")
    return value
