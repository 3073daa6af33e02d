"""Long polling that confirms an update to Telegram only once it has been handled.

PTB's Updater asks for the next batch (which confirms the previous one to Telegram) as soon
as it has queued the updates, before they are handled: a process killed in between loses
those messages. `Intake` keeps the `offset` at the oldest update still being handled, so
after a crash Telegram delivers everything not yet handled again; what was handled already
is recognised by its `update_id` (the conversation service stores it with the turn).

Updates are handed to the application's update processor (one chat in order, chats side by
side). While all returned updates are already being handled, the next poll waits for one
of them to finish rather than asking Telegram again at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence

from telegram import Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application

log = logging.getLogger(__name__)


class Intake:
    def __init__(self, application: Application, allowed_updates: Sequence[str], poll_timeout: int = 10,
                 busy_wait: float = 0.5):
        self.application = application
        self.allowed_updates = list(allowed_updates)
        self.poll_timeout = poll_timeout
        self.busy_wait = busy_wait
        self.offset: int | None = None
        self._in_flight: dict[int, asyncio.Task] = {}
        self._done: set[int] = set()  # handled, but not yet confirmed (an older one still runs)
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        await self.application.bot.delete_webhook(drop_pending_updates=False)
        self._task = asyncio.create_task(self._poll_forever())

    async def stop(self, grace: float = 5.0) -> None:
        """Stop asking for updates and let those being handled finish (up to `grace` seconds)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._in_flight:
            await asyncio.wait(list(self._in_flight.values()), timeout=grace)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _poll_forever(self) -> None:
        failures = 0
        while True:
            try:
                updates = await self.application.bot.get_updates(
                    offset=self.offset, timeout=self.poll_timeout, allowed_updates=self.allowed_updates)
                failures = 0
            except InvalidToken:
                log.error("Telegram refused the token; stopped polling")
                raise
            except TelegramError as err:  # network trouble, 5xx, a conflict with another poller
                failures += 1
                delay = min(30.0, 0.5 * 2 ** min(failures, 6))
                log.warning("polling failed (%s); trying again in %.1fs", type(err).__name__, delay)
                await asyncio.sleep(delay)
                continue
            fresh = [u for u in updates if u.update_id not in self._in_flight and u.update_id not in self._done]
            for update in fresh:
                self._in_flight[update.update_id] = asyncio.create_task(self._handle(update))
            self._advance(updates)
            if updates and not fresh and self._in_flight:
                await asyncio.wait(list(self._in_flight.values()), timeout=self.busy_wait,
                                   return_when=asyncio.FIRST_COMPLETED)

    async def _handle(self, update: Update) -> None:
        app = self.application
        try:
            await app.update_processor.process_update(update, app.process_update(update))
        except Exception:  # process_update hands errors to the error handler; this is a last resort
            log.exception("an update could not be handled")
        finally:
            self._in_flight.pop(update.update_id, None)
            self._done.add(update.update_id)

    def _advance(self, updates: Sequence[Update]) -> None:
        """The next offset: the oldest update still in hand, else just past the newest seen."""
        newest = max((u.update_id for u in updates), default=None)
        if self._in_flight:
            self.offset = min(self._in_flight)
        elif newest is not None:
            self.offset = max(newest + 1, self.offset or 0)
        elif self._done:
            self.offset = max(max(self._done) + 1, self.offset or 0)
        if self.offset is not None:
            self._done = {uid for uid in self._done if uid >= self.offset}
