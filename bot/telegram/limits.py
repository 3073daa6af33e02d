"""Outgoing rate limits and retries: one message per interval per chat, 30/s overall.

PTB's AIORateLimiter does not throttle private chats (positive chat ids), and Telegram
answers a burst to one chat with 429. `ChatRateLimiter` spaces the messages to each chat,
caps the total rate, waits out a 429's `retry_after`, and retries network errors and
server errors (5xx) with exponential backoff. Bad requests are not retried: they would
fail the same way again.

Telegram counts messages in a sliding window, at the moment each request reaches it, which
is somewhere between our sending it and our getting the answer. A token bucket (aiolimiter)
lets a burst through after a quiet moment and so exceeds a sliding window; instead the
overall cap is a set of slots: a message takes a free slot and gives it back one second
after its answer came. However late or early each request reaches Telegram, no two messages
of one slot arrive within the same second, so Telegram never sees more than the number of
slots, which is the configured rate less a margin of one. A chat's next message likewise
waits `chat_interval` from the answer to its previous one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

# Opt in to PTB's coming behaviour (RetryAfter.retry_after as a timedelta) instead of a
# deprecation warning on every 429. A library switch, not configuration of ours.
os.environ.setdefault("PTB_TIMEDELTA", "true")

MARGIN = 1  # messages per second kept below the configured rate
WINDOW = 1.0  # Telegram's window for the overall rate, in seconds

SEND_ENDPOINTS = frozenset({"sendMessage", "sendPhoto", "sendDocument", "sendMediaGroup",
                            "copyMessage", "forwardMessage"})


class ChatRateLimiter(BaseRateLimiter[int]):
    """Per-chat spacing for messages, an overall cap, and retries for 429 and network errors."""

    def __init__(self, chat_interval: float = 1.0, overall_per_second: float | None = 30.0,
                 max_retries: int = 5, backoff: float = 0.25, max_backoff: float = 4.0):
        """`overall_per_second=None` lifts the overall cap (benchmarks measure the process, not Telegram)."""
        self.chat_interval = chat_interval
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.overall_per_second = overall_per_second
        self.slots = None if overall_per_second is None else max(1, math.ceil(overall_per_second) - MARGIN)
        self._overall = asyncio.Semaphore(self.slots) if self.slots is not None else None
        self._chat_locks: dict[Any, asyncio.Lock] = {}
        self._last_send: dict[Any, float] = {}

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat_id = data.get("chat_id")
        retries = rate_limit_args if rate_limit_args is not None else self.max_retries
        if endpoint in SEND_ENDPOINTS and chat_id is not None:
            lock = self._chat_locks.setdefault(chat_id, asyncio.Lock())
            async with lock:
                return await self._with_retries(callback, args, kwargs, endpoint, chat_id, retries)
        return await self._with_retries(callback, args, kwargs, endpoint, None, retries)

    async def _with_retries(self, callback, args, kwargs, endpoint: str, chat_id: Any, retries: int):
        attempt = 0
        while True:
            if chat_id is not None:
                wait = self._last_send.get(chat_id, 0.0) + self.chat_interval - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
            try:
                if chat_id is not None or endpoint in SEND_ENDPOINTS:
                    async with self._slot():
                        return await callback(*args, **kwargs)
                return await callback(*args, **kwargs)
            except RetryAfter as err:
                if attempt >= retries:
                    raise
                after = err.retry_after
                delay = after.total_seconds() if hasattr(after, "total_seconds") else float(after)
                log.warning("Telegram asked to slow down (%s): waiting %.1fs before retrying", endpoint, delay)
                await asyncio.sleep(delay + 0.05)
            except (BadRequest, Forbidden, InvalidToken):
                raise
            except NetworkError as err:  # includes TimedOut and 5xx answers
                if attempt >= retries:
                    raise
                delay = min(self.max_backoff, self.backoff * 2 ** attempt)
                log.warning("Telegram unreachable for %s (%s): retry %d in %.2fs", endpoint,
                            type(err).__name__, attempt + 1, delay)
                await asyncio.sleep(delay)
            finally:
                if chat_id is not None:
                    self._last_send[chat_id] = time.monotonic()
            attempt += 1

    @contextlib.asynccontextmanager
    async def _slot(self):
        """One of the overall slots, given back `WINDOW` seconds after the request is answered."""
        if self._overall is None:
            yield
            return
        await self._overall.acquire()
        try:
            yield
        finally:
            asyncio.get_running_loop().call_later(WINDOW, self._overall.release)
