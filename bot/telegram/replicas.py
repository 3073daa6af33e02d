"""One chat's turn across replicas: per-chat locks that every bot process sharing a PostgreSQL honours.

In one process `PerChatUpdateProcessor` serialises a chat's updates and outbox flushes with
an asyncio lock. With several replicas, two processes could still work on one chat at once:
one replica's outbox sweeper sending a reply that another replica is sending right then
(the user would get it twice), or Telegram retrying an update that a slow replica still
handles. `SharedChatLocks` adds a PostgreSQL advisory lock per chat, held on one connection
of this process for as long as the chat's turn lasts (handling an update and flushing its
replies, or a sweep of that chat). A replica that dies loses its connection, and PostgreSQL
releases its locks with it.

Advisory locks with two 32-bit keys (namespace, chat) live in a key space apart from the
single 64-bit keys of the migrations and the retention job. Two chats that share a key only
take turns; nothing is lost.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import psycopg

from .ordering import PerChatUpdateProcessor

log = logging.getLogger(__name__)

NAMESPACE = 0x6F656663  # "oefc": one chat's turn
INT4 = 2 ** 31


def chat_lock_key(chat: Any) -> int:
    """A 32-bit key for a chat id (Telegram ids exceed 32 bits; a shared key only serialises)."""
    value = int(chat) if isinstance(chat, int) else hash(str(chat))
    folded = (value ^ (value >> 31) ^ (value >> 62)) % (2 * INT4)
    return folded - 2 * INT4 if folded >= INT4 else folded


class SharedChatLocks:
    """Per-chat advisory locks on one PostgreSQL connection; waiting is polling with `pg_try_advisory_lock`."""

    def __init__(self, url: str, *, poll: float = 0.02):
        self.url = url
        self.poll = poll
        self._conn: psycopg.AsyncConnection | None = None
        self._guard = asyncio.Lock()

    async def _connection(self) -> psycopg.AsyncConnection:
        if self._conn is None or self._conn.closed or self._conn.broken:
            if self._conn is not None:
                log.warning("the chat-lock connection was lost; reconnecting")
            self._conn = await psycopg.AsyncConnection.connect(self.url, autocommit=True)
        return self._conn

    async def _ask(self, sql: str, key: int) -> bool:
        """One lock query; a connection the server cut is replaced and the query asked once more."""
        async with self._guard:
            try:
                return await self._query(sql, key)
            except psycopg.OperationalError:
                if self._conn is not None:
                    await self._conn.close()
                return await self._query(sql, key)

    async def _query(self, sql: str, key: int) -> bool:
        conn = await self._connection()
        cursor = await conn.execute(sql, (NAMESPACE, key))
        row = await cursor.fetchone()
        return bool(row and row[0])

    async def try_acquire(self, chat: Any) -> bool:
        return await self._ask("SELECT pg_try_advisory_lock(%s, %s)", chat_lock_key(chat))

    async def acquire(self, chat: Any) -> None:
        while not await self.try_acquire(chat):
            await asyncio.sleep(self.poll)

    async def release(self, chat: Any) -> None:
        try:
            await self._ask("SELECT pg_advisory_unlock(%s, %s)", chat_lock_key(chat))
        except psycopg.Error as err:  # the connection is gone, and the lock with it
            log.warning("releasing a chat lock failed (%s); the session's locks are gone", type(err).__name__)

    @asynccontextmanager
    async def hold(self, chat: Any) -> AsyncIterator[None]:
        await self.acquire(chat)
        try:
            yield
        finally:
            await asyncio.shield(self.release(chat))

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()
            self._conn = None


class ReplicaUpdateProcessor(PerChatUpdateProcessor):
    """A chat's turn held in this process first, then across replicas."""

    def __init__(self, locks: SharedChatLocks, max_concurrent_updates: int = 64):
        super().__init__(max_concurrent_updates)
        self.locks = locks

    @asynccontextmanager
    async def chat(self, key: Any) -> AsyncIterator[None]:
        async with super().chat(key):
            if key is None:
                yield
                return
            async with self.locks.hold(key):
                yield

    async def shutdown(self) -> None:
        await self.locks.close()


def update_processor_for(service: Any) -> PerChatUpdateProcessor:
    """The processor for the service's store: shared chat locks on PostgreSQL, in-process ones otherwise."""
    store = getattr(service, "store", None)
    if getattr(store, "backend", None) == "postgresql":
        return ReplicaUpdateProcessor(SharedChatLocks(store.url))
    return PerChatUpdateProcessor()
