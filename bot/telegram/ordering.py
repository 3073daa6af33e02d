"""Updates of one chat in order, different chats concurrently.

PTB's concurrent update processing starts one task per update in arrival order;
`PerChatUpdateProcessor` makes each task take its chat's lock first, and asyncio locks
are granted first come, first served, so one user's messages are handled one after the
other while other users are served at the same time.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def chat_key(update: Any) -> Any:
    """The chat an update belongs to (None for updates without one)."""
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return None


class PerChatUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = 64):
        super().__init__(max_concurrent_updates)
        self._locks: dict[Any, asyncio.Lock] = {}
        self._users: dict[Any, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        async with self.chat(chat_key(update)):
            await coroutine

    @asynccontextmanager
    async def chat(self, key: Any) -> AsyncIterator[None]:
        """Hold a chat's turn; the outbox sweeper takes it too before sending to that chat."""
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:  # nobody else waits for this chat: forget its lock
                del self._users[key]
                del self._locks[key]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
