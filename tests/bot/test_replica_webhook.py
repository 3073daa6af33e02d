"""The webhook answers Telegram only after the update is handled: the ground of order and no loss across replicas.

Telegram sends a chat's next update only after the previous one was answered; answering
after the turn is stored and its reply sent means the next update of that chat, whichever
replica gets it, finds the previous one applied, and a replica killed mid-update never
answered, so the update is delivered again.
"""

from __future__ import annotations

import time

import httpx
import pytest

from bot.config import TelegramSettings
from bot.identity import Identity
from bot.service import Conversations
from bot.store import open_store
from bot.telegram.app import TelegramBot
from tests.bot.replica_cluster import free_port
from tests.emulator import BotApiEmulator

USER = 7501


@pytest.fixture
async def webhook_bot(tmp_path, engine, library):
    emulator = await BotApiEmulator(chat_window=0.01).start()
    port = free_port()
    settings = TelegramSettings(token=emulator.token, api_url=emulator.url, chat_interval=0.02, outbox_interval=5.0,
                                webhook_url=f"http://127.0.0.1:{port}/telegram", webhook_listen="127.0.0.1",
                                webhook_port=port, webhook_secret="replica-webhook-secret")
    store = open_store(f"sqlite:///{tmp_path / 'bot.db'}")
    service = Conversations(engine, store, identity=Identity(b"replica-webhook-test-secret"), default_lang="nl")
    bot = TelegramBot(settings, service, library)
    await bot.start(webhook=True)
    yield emulator, bot
    await bot.stop()
    store.close()
    await emulator.stop()


async def test_an_update_is_answered_only_once_its_reply_was_sent(webhook_bot):
    emulator, _ = webhook_bot
    emulator.delay(0.3, methods={"sendMessage"})  # a slow Telegram: the reply takes a while
    started = time.monotonic()
    update_id = emulator.send_text(USER, "mode:rondleiding")
    await emulator.wait_for(lambda: any(uid == update_id for uid, _ in emulator.webhook_posts), 10, "the answer")
    answered_after = time.monotonic() - started
    replies = emulator.texts(USER)
    assert replies and replies[0].startswith("Rondleiding"), "the reply was out before the update was answered"
    assert answered_after >= 0.3
    assert [status for uid, status in emulator.webhook_posts if uid == update_id] == [200]


async def test_the_webhook_refuses_posts_without_the_secret_and_reports_health(webhook_bot):
    _, bot = webhook_bot
    base = f"http://127.0.0.1:{bot.webhook_server.port}"
    async with httpx.AsyncClient() as client:
        refused = await client.post(base + "/telegram", json={"update_id": 1})
        wrong = await client.post(base + "/telegram", json={"update_id": 1},
                                  headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
        garbled = await client.post(base + "/telegram", content=b"[1, 2",
                                    headers={"X-Telegram-Bot-Api-Secret-Token": "replica-webhook-secret",
                                             "Content-Type": "application/json"})
        health = await client.get(base + "/healthz")
    assert (refused.status_code, wrong.status_code, garbled.status_code) == (403, 403, 400)
    assert (health.status_code, health.json()) == (200, {"ok": True})


async def test_health_is_503_when_the_store_does_not_answer(webhook_bot):
    _, bot = webhook_bot

    def database_gone():
        raise ConnectionError("the database does not answer")

    bot.webhook_server.health = database_gone
    async with httpx.AsyncClient() as client:
        health = await client.get(f"http://127.0.0.1:{bot.webhook_server.port}/healthz")
    assert (health.status_code, health.json()) == (503, {"ok": False})
