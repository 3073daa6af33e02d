"""What replicas share besides the store: one chat's turn across processes, and no state in PTB's memory."""

from __future__ import annotations

import asyncio

import pytest
from telegram.ext import ConversationHandler

from bot.config import TelegramSettings
from bot.identity import Identity
from bot.service import Conversations
from bot.store import open_store
from bot.telegram.app import TelegramBot
from bot.telegram.ordering import PerChatUpdateProcessor
from bot.telegram.replicas import ReplicaUpdateProcessor, SharedChatLocks, chat_lock_key
from tests.bot.store.backends import empty_database

TOKEN = "123456:replica-lock-test-token"


@pytest.fixture
def pg_url(tmp_path):
    with empty_database("postgresql", tmp_path) as url:
        yield url


def test_chat_lock_keys_fit_postgresql_int4_and_stay_the_same_for_a_chat():
    ids = [1, 42, 2**31 - 1, 2**31, 7_123_456_789, -1001234567890, 2**52 + 17]
    keys = [chat_lock_key(i) for i in ids]
    assert all(-(2**31) <= k < 2**31 for k in keys)
    assert keys == [chat_lock_key(i) for i in ids]
    assert len(set(keys)) == len(keys)


@pytest.mark.postgres
async def test_a_chat_held_by_one_replica_waits_in_the_other_and_other_chats_do_not(pg_url):
    first, second = SharedChatLocks(pg_url), SharedChatLocks(pg_url, poll=0.01)
    try:
        await first.acquire(7_000_000_001)
        assert not await second.try_acquire(7_000_000_001)
        assert await second.try_acquire(7_000_000_002)
        waiting = asyncio.create_task(second.acquire(7_000_000_001))
        await asyncio.sleep(0.1)
        assert not waiting.done()
        await first.release(7_000_000_001)
        await asyncio.wait_for(waiting, 2)
        await second.release(7_000_000_001)
        await second.release(7_000_000_002)
    finally:
        await first.close()
        await second.close()


@pytest.mark.postgres
async def test_the_chats_of_a_replica_that_dies_are_free_again(pg_url):
    dying, survivor = SharedChatLocks(pg_url), SharedChatLocks(pg_url)
    try:
        await dying.acquire(7_000_000_003)
        assert not await survivor.try_acquire(7_000_000_003)
        await dying.close()  # the process is gone: so is its connection, and PostgreSQL frees its locks
        await asyncio.wait_for(survivor.acquire(7_000_000_003), 2)
        await survivor.release(7_000_000_003)
    finally:
        await survivor.close()


def _bot(url: str, engine, library) -> TelegramBot:
    store = open_store(url)
    service = Conversations(engine, store, identity=Identity(b"replica-lock-test-secret"), default_lang="nl")
    return TelegramBot(TelegramSettings(token=TOKEN, api_url="http://127.0.0.1:9"), service, library)


@pytest.mark.postgres
def test_on_postgresql_a_chat_turn_is_held_across_replicas_and_on_sqlite_in_process(pg_url, tmp_path, engine, library):
    on_postgres = _bot(pg_url, engine, library)
    on_sqlite = _bot(f"sqlite:///{tmp_path / 'one.db'}", engine, library)
    try:
        assert type(on_postgres.processor) is ReplicaUpdateProcessor
        assert type(on_sqlite.processor) is PerChatUpdateProcessor
        assert on_postgres.application.update_processor is on_postgres.processor
    finally:
        on_postgres.service.store.close()
        on_sqlite.service.store.close()


def test_nothing_that_decides_a_conversation_lives_in_ptb_memory(tmp_path, engine, library):
    bot = _bot(f"sqlite:///{tmp_path / 'one.db'}", engine, library)
    try:
        app = bot.application
        assert app.persistence is None  # no user_data/chat_data/conversations written back later
        assert app.bot.callback_data_cache is None  # callback data are plain strings checked against the store
        handlers = [h for group in app.handlers.values() for h in group]
        assert handlers and not any(isinstance(h, ConversationHandler) for h in handlers)
    finally:
        bot.service.store.close()


def test_each_replica_sends_at_most_its_share_of_telegrams_30_messages_per_second(monkeypatch, tmp_path, engine, library):
    from bot.config import telegram_settings

    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_MAX_PER_SECOND", "15")
    settings = telegram_settings()
    assert settings.max_per_second == 15.0
    store = open_store(f"sqlite:///{tmp_path / 'one.db'}")
    service = Conversations(engine, store, identity=Identity(b"replica-lock-test-secret"), default_lang="nl")
    try:
        bot = TelegramBot(settings, service, library)
        assert bot.application.bot.rate_limiter.overall_per_second == 15.0
    finally:
        store.close()
