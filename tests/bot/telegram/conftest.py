"""Fixtures for the Telegram tests: the Bot API emulator and the real bot, in process or as a process."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path

import pytest

from bot.config import TelegramSettings
from bot.identity import Identity
from bot.review import Review
from bot.service import Conversations
from bot.store import open_store
from bot.telegram.app import TelegramBot
from tests.emulator import BotApiEmulator

ROOT = Path(__file__).resolve().parents[3]
SECRET = "telegram-test-secret-0123456789"
ADMIN = 6001  # a Telegram user who is admin from the first message (OEFENGESPREK_ADMIN)
CHAT_INTERVAL = 0.02  # the bot spaces messages to one chat by this much ...
EMULATOR_WINDOW = 0.01  # ... and the emulator answers 429 to anything closer than this


@pytest.fixture
async def emulator():
    emu = await BotApiEmulator(chat_window=EMULATOR_WINDOW).start()
    yield emu
    await emu.stop()


@pytest.fixture
def store_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'bot.db'}"


@pytest.fixture
def make_service(engine, store_url):
    stores = []

    def make() -> Conversations:
        store = open_store(store_url)
        stores.append(store)
        return Conversations(engine, store, identity=Identity(SECRET.encode(), admins=(str(ADMIN),)),
                             default_lang="nl")

    yield make
    for store in stores:
        store.close()


@pytest.fixture
async def start_bot(emulator, make_service, library):
    """Start the real PTB application in this process against the emulator."""
    bots: list[TelegramBot] = []

    async def start(*, webhook: bool = False, max_retries: int = 5, purge_every: float | None = None,
                    **settings) -> TelegramBot:
        values = {"token": emulator.token, "api_url": emulator.url, "chat_interval": CHAT_INTERVAL,
                  "outbox_interval": 0.2, **settings}
        service = make_service()
        bot = TelegramBot(TelegramSettings(**values), service, library, max_retries=max_retries,
                          review=Review(service.store, library), purge_every=purge_every)
        await bot.start(webhook=webhook)
        bots.append(bot)
        await emulator.wait_for(lambda: webhook or any(m == "getUpdates" for m, _ in emulator.calls),
                                what="the bot to start polling")
        return bot

    yield start
    for bot in bots:
        await bot.stop()


def bot_environment(emulator: BotApiEmulator, store_url: str, tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a bot process: only what `oefengesprek telegram` reads, plus the path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_"))}
    env.update({"TELEGRAM_BOT_TOKEN": emulator.token, "TELEGRAM_API_URL": emulator.url,
                "DATABASE_URL": store_url, "OEFENGESPREK_SECRET": SECRET,
                "OEFENGESPREK_DATA_DIR": str(tmp_path / "data"), "OEFENGESPREK_LANG": "nl",
                "TELEGRAM_CHAT_INTERVAL": str(CHAT_INTERVAL), "TELEGRAM_OUTBOX_INTERVAL": "0.2",
                "PYTHONPATH": str(ROOT)})
    env.update(extra)
    return env


async def spawn_bot(env: dict[str, str], *args: str, log_path: Path) -> asyncio.subprocess.Process:
    """`oefengesprek telegram` as a real process, its stderr in `log_path`."""
    log = open(log_path, "ab")  # noqa: SIM115 - the process owns it until it ends
    try:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "telegram", *args, cwd=str(ROOT), env=env,
            stdin=asyncio.subprocess.DEVNULL, stdout=log, stderr=log)
    finally:
        log.close()


def template_pattern(library, key: str, lang: str = "nl") -> re.Pattern:
    """A catalog text as a regex: each {placeholder} matches anything (numbers are captured)."""
    text = library.lang(lang).text(key) if library.lang(lang).has(key) else key
    parts = re.split(r"\{(\w+)\}", text)
    regex = "".join(re.escape(p) if i % 2 == 0 else r"(.+?)" for i, p in enumerate(parts))
    return re.compile(regex)


def catalog(library, key: str, lang: str = "nl", **values) -> str:
    return library.lang(lang).text(key, **values)
