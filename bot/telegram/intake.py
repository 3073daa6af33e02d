"""Long polling that writes an update down before Telegram is told it arrived.

PTB's Updater asks for the next batch (which confirms the previous one to Telegram) as soon
as it has queued the updates, before they are handled: a process killed in between loses
those messages. `Intake` records every fetched batch in the inbox (`inbox.py`, one
transaction; the updates are handled meanwhile) and only then asks for the next batch, so
what Telegram forgets we still have;
at start-up the updates left in the inbox are handled first. Telegram sends each update
once; should one still come twice (a crash between recording and confirming), the newest
update id taken in hand skips it, and the service recognises a handled turn by its
`update_id`.

Updates are handed to the application's update processor (one chat in order, chats side by
side). While `max_in_hand` updates are being handled, polling waits for one to finish.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence

from telegram import Update
from telegram.error import InvalidToken
from telegram.ext import Application

from .inbox import MemoryInbox

log = logging.getLogger(__name__)

STORE_PAUSE = 0.2  # seconds before asking again when the inbox could not be written


class Intake:
    def __init__(self, application: Application, allowed_updates: Sequence[str], poll_timeout: int = 10,
                 inbox=None, max_in_hand: int = 256, busy_wait: float = 0.5):
        self.application = application
        self.allowed_updates = list(allowed_updates)
        self.poll_timeout = poll_timeout
        self.inbox = inbox if inbox is not None else MemoryInbox()
        self.max_in_hand = max_in_hand
        self.busy_wait = busy_wait
        self.offset: int | None = None
        self._newest = 0  # the newest update id taken in hand by this process
        self._in_flight: dict[int, asyncio.Task] = {}
        self._handled: list[int] = []  # handled, still in the inbox until the next batch is recorded
        self._unrecorded: list[dict] = []  # taken in hand, but writing them to the inbox failed so far
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        bot = self.application.bot
        await bot.delete_webhook(drop_pending_updates=False)
        left = await asyncio.to_thread(self.inbox.pending)
        if left:
            log.info("handling %d update(s) left in the inbox", len(left))
        for data in left:
            self._take(Update.de_json(data, bot))
        self._task = asyncio.create_task(self._poll_forever())

    async def stop(self, grace: float = 5.0) -> None:
        """Stop asking for updates and let those being handled finish (up to `grace` seconds)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._in_flight:
            await asyncio.wait(list(self._in_flight.values()), timeout=grace)
        for task in list(self._in_flight.values()):  # left in the inbox for the next start
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        handled, self._handled = self._handled, []
        try:
            await asyncio.to_thread(self.inbox.record, (), handled)
        except Exception as err:  # they are handled again at start-up, and recognised
            log.warning("clearing handled updates from the inbox failed (%s)", type(err).__name__)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _poll_forever(self) -> None:
        failures = 0
        while True:
            if len(self._in_flight) >= self.max_in_hand:
                await asyncio.wait(list(self._in_flight.values()), timeout=self.busy_wait,
                                   return_when=asyncio.FIRST_COMPLETED)
                continue
            try:
                updates = await self.application.bot.get_updates(
                    offset=self.offset, timeout=self.poll_timeout, allowed_updates=self.allowed_updates)
                failures = 0
            except InvalidToken:
                log.error("Telegram refused the token; stopped polling")
                raise
            except Exception as err:  # network trouble, 5xx, a conflict with another poller
                failures += 1
                delay = min(30.0, 0.5 * 2 ** min(failures, 6))
                log.warning("polling failed (%s); trying again in %.1fs", type(err).__name__, delay)
                await asyncio.sleep(delay)
                continue
            fresh = [u for u in updates if u.update_id > self._newest]
            for update in fresh:  # handling may start at once: a turn is recognised if it comes again
                self._take(update)
            unrecorded, self._unrecorded = self._unrecorded + [u.to_dict() for u in fresh], []
            handled, self._handled = self._handled, []
            try:
                await asyncio.to_thread(self.inbox.record, unrecorded, handled)
            except Exception as err:  # the store is away (after its own retries): not confirmed, so sent again
                self._unrecorded[:0] = unrecorded
                self._handled[:0] = handled
                log.warning("recording updates in the inbox failed (%s); asking again", type(err).__name__)
                await asyncio.sleep(STORE_PAUSE)
                continue
            if updates:  # the next request confirms these: they are in the inbox
                self.offset = max(self.offset or 0, max(u.update_id for u in updates) + 1)

    def _take(self, update: Update) -> None:
        self._newest = max(self._newest, update.update_id)
        self._in_flight[update.update_id] = asyncio.create_task(self._handle(update))

    async def _handle(self, update: Update) -> None:
        app = self.application
        coroutine = app.process_update(update)
        try:
            await app.update_processor.process_update(update, coroutine)
        except asyncio.CancelledError:  # stopped before its turn came: it stays in the inbox
            coroutine.close()
            raise
        except Exception:  # process_update hands errors to the error handler; this is a last resort
            log.exception("an update could not be handled")
        finally:
            self._in_flight.pop(update.update_id, None)
            self._handled.append(update.update_id)
