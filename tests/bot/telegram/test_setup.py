"""Configuration, logging and ordering: the parts of the channel that are not a conversation."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys

import pytest
from telegram import Chat, Message, Update, User

from bot.config import ConfigError, telegram_settings
from bot.telegram.logs import TokenFilter
from bot.telegram.ordering import PerChatUpdateProcessor

TOKEN = "123456:AAsecretPARTofTHEtoken_xyz"


@pytest.fixture
def env(monkeypatch):
    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "WEBHOOK_URL", "WEBHOOK_SECRET", "WEBHOOK_PORT",
                 "WEBHOOK_LISTEN", "TELEGRAM_CHAT_INTERVAL", "TELEGRAM_OUTBOX_INTERVAL"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_settings_default_to_the_official_bot_api(env):
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    settings = telegram_settings()
    assert (settings.api_url, settings.chat_interval) == ("https://api.telegram.org", 1.0)
    assert TOKEN not in repr(settings)


@pytest.mark.parametrize(("variables", "message"), [
    ({}, "TELEGRAM_BOT_TOKEN is not set"),
    ({"TELEGRAM_BOT_TOKEN": "not a token"}, "TELEGRAM_BOT_TOKEN does not look like a bot token"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": "api.telegram.org"}, "TELEGRAM_API_URL='api.telegram.org' is not a URL"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": "https://api.telegram.org/bot123"}, "without /bot<token>"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_CHAT_INTERVAL": "fast"}, "TELEGRAM_CHAT_INTERVAL='fast' must be a number"),
])
def test_missing_or_wrong_settings_are_named_with_the_fix(env, variables, message):
    for name, value in variables.items():
        env.setenv(name, value)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace("[", r"\[")):
        telegram_settings()


@pytest.mark.parametrize(("variables", "message"), [
    ({}, "WEBHOOK_URL is not set"),
    ({"WEBHOOK_URL": "http://bot.example.org/tg"}, "must be an https:// URL"),
    ({"WEBHOOK_URL": "https://bot.example.org/tg"}, "WEBHOOK_SECRET is not set"),
    ({"WEBHOOK_URL": "https://bot.example.org/tg", "WEBHOOK_SECRET": "no spaces allowed"}, "may only contain"),
    ({"WEBHOOK_URL": "https://bot.example.org/tg", "WEBHOOK_SECRET": "s", "WEBHOOK_PORT": "99999"}, "between 1 and 65535"),
])
def test_webhook_mode_requires_its_url_and_secret(env, variables, message):
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    for name, value in variables.items():
        env.setenv(name, value)
    with pytest.raises(ConfigError, match=message):
        telegram_settings(webhook=True)


def test_webhook_settings_listen_on_the_path_of_the_webhook_url(env):
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    env.setenv("WEBHOOK_URL", "https://bot.example.org/telegram/hook")
    env.setenv("WEBHOOK_SECRET", "s3cret_-X")
    settings = telegram_settings(webhook=True)
    assert (settings.webhook_path, settings.webhook_port, settings.webhook_secret) == ("telegram/hook", 8443, "s3cret_-X")


def test_the_command_reports_a_missing_token_in_one_line_not_a_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bot.cli", "telegram"], capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
                            cwd=str(__import__("pathlib").Path(__file__).resolve().parents[3]), timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().startswith("oefengesprek telegram: TELEGRAM_BOT_TOKEN is not set")
    assert "Traceback" not in result.stderr


def test_the_token_is_masked_in_messages_arguments_and_tracebacks(caplog):
    logger = logging.getLogger("test.tokenfilter")
    token_filter = TokenFilter(TOKEN)
    handler = logging.Handler()
    seen = []
    handler.emit = lambda record: seen.append(logging.Formatter().format(record))
    handler.addFilter(token_filter)
    logger.addHandler(handler)
    try:
        logger.warning("POST https://api.telegram.org/bot%s/sendMessage", TOKEN)
        logger.warning("only the secret half: %s", TOKEN.split(":")[1])
        try:
            raise RuntimeError(f"failed calling /bot{TOKEN}/getMe")
        except RuntimeError:
            logger.exception("request failed")
    finally:
        logger.removeHandler(handler)
    assert len(seen) == 3
    assert all("AAsecretPARTofTHEtoken" not in line for line in seen)
    assert "/bot<token>/sendMessage" in seen[0] and "RuntimeError" in seen[2]


def _update(update_id: int, chat_id: int) -> Update:
    chat = Chat(chat_id, "private")
    user = User(chat_id, "T", False)
    return Update(update_id, message=Message(update_id, __import__("datetime").datetime.now(), chat, from_user=user, text="x"))


async def test_one_chats_updates_run_in_order_while_other_chats_run_alongside():
    processor = PerChatUpdateProcessor()
    log: list[str] = []

    async def work(name: str, seconds: float) -> None:
        log.append(f"{name} start")
        await asyncio.sleep(seconds)
        log.append(f"{name} end")

    async with processor:
        await asyncio.gather(
            processor.process_update(_update(1, 10), work("a1", 0.05)),
            processor.process_update(_update(2, 10), work("a2", 0.0)),
            processor.process_update(_update(3, 20), work("b1", 0.0)),
        )
    assert log.index("a1 end") < log.index("a2 start"), "same chat: one after the other"
    assert log.index("b1 end") < log.index("a1 end"), "another chat did not wait"
