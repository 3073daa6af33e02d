"""Sending replies from the outbox: every reply is stored before it is sent, and marked after.

The conversation service stores each turn's reply in the outbox in the same transaction as
the turn. `Courier.flush(chat_id)` sends a chat's pending replies in order (texts split to
Telegram's limit, buttons on the last message, the debrief's picture after its text) and
marks each delivered once all its messages went out. A Telegram outage leaves replies
pending; the next flush (the user's next message, the periodic sweep, or a restart) sends
them. Messages of a reply already sent are remembered, so a retry does not repeat them.
Callers hold the chat's lock (see `ordering.py`), so a chat's replies never interleave.

Marking is batched: replies sent while a mark is being written are marked together in the
next transaction (one commit, one worker-thread hop for many chats under load; no wait when
quiet). A reply sent but not yet marked counts as sent here, so no flush sends it again; a
process killed in that moment sends it once more after the restart, as before.
The debrief picture (matplotlib, about 0.2 s of pure Python) is drawn in a separate worker
process: in a thread it would hold the interpreter lock that long and stall every other
chat's requests. A custom `pictures` function is called in a thread.
`pending(chat_id)` reads what a flush needs in one go, so a turn can read it in the same
worker-thread call that stored the turn (`flush(..., pending=...)`).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import multiprocessing
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from telegram import Bot
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.service import retried

from .render import render, session_stamp

log = logging.getLogger(__name__)

OLD_STAMP = "--------"  # for buttons of a reply that a later reply already overtook


def load_picture_renderer() -> Callable[[dict], bytes] | None:
    """The debrief picture function of `bot.pictures` (`run_picture`), when it is there."""
    try:
        module = importlib.import_module("bot.pictures")
    except Exception as err:  # missing or broken: the debrief still goes out as text
        log.warning("debrief pictures unavailable (%s); sending debriefs as text only", type(err).__name__)
        return None
    return getattr(module, "run_picture", None) or getattr(module, "render_run", None)


class Courier:
    def __init__(self, service: Any, channel: str = "telegram", *,
                 pictures: Callable[[dict], bytes] | None = None, typing_after: float = 0.4):
        self.service = service
        self.channel = channel
        self.pictures = pictures if pictures is not None else load_picture_renderer()
        self._separate = pictures is None  # the module's own renderer draws in a worker process
        self._pool: ProcessPoolExecutor | None = None
        self.typing_after = typing_after
        self._progress: dict[Any, int] = {}  # delivery id -> messages of it already sent
        self._marking: set[Any] = set()  # sent, the mark not yet committed
        self._to_mark: list[tuple[Any, asyncio.Future]] = []
        self._marker: asyncio.Task | None = None

    def pending(self, chat_id: int) -> tuple[list[Any], str]:
        """A chat's pending replies and the stamp for buttons on the last one (blocking: in a worker thread)."""
        deliveries = self.service.pending_deliveries(chat_id)
        current = OLD_STAMP
        if deliveries and deliveries[-1].choices:  # buttons carry the stamp of the session they were made for
            current = session_stamp(self.service.session(self.channel, str(chat_id)))
        return deliveries, current

    async def flush(self, bot: Bot, chat_id: int, pending: tuple[list[Any], str] | None = None) -> int:
        """Send every pending reply of `chat_id`; returns how many were delivered.

        `pending` is what `pending(chat_id)` returned, when the caller read it already.
        Network trouble that outlasts the retries leaves the rest pending and returns.
        """
        if pending is None:
            pending = await asyncio.to_thread(self.pending, chat_id)
        deliveries, current = pending
        deliveries = [d for d in deliveries if d.id not in self._marking]
        delivered = 0
        for index, delivery in enumerate(deliveries):
            stamp = current if index == len(deliveries) - 1 else OLD_STAMP
            try:
                await self._send(bot, chat_id, delivery, stamp)
            except Forbidden:
                log.warning("delivery %s dropped: the user blocked the bot or left", delivery.id)
            except BadRequest as err:  # (a NetworkError in PTB, so caught first) sending again won't help
                log.error("delivery %s dropped: Telegram refused it (%s)", delivery.id, err.message)
            except (NetworkError, RetryAfter) as err:
                log.warning("delivery %s postponed: Telegram unreachable (%s)", delivery.id, type(err).__name__)
                return delivered
            await self._mark(delivery.id)
            delivered += 1
        return delivered

    async def _mark(self, delivery_id: Any) -> None:
        """Mark a sent reply delivered, together with whatever else was sent meanwhile."""
        future = asyncio.get_running_loop().create_future()
        self._marking.add(delivery_id)
        self._to_mark.append((delivery_id, future))
        if self._marker is None or self._marker.done():
            self._marker = asyncio.create_task(self._mark_batches())
        try:
            await future
        finally:
            self._marking.discard(delivery_id)
        self._progress.pop(delivery_id, None)

    async def _mark_batches(self) -> None:
        while self._to_mark:
            batch, self._to_mark = self._to_mark, []
            try:
                await asyncio.to_thread(self._mark_all, [delivery_id for delivery_id, _ in batch])
            except Exception as err:  # the store stayed away: each waiting flush sees the error
                for _, future in batch:
                    if not future.done():
                        future.set_exception(err)
            except BaseException:  # cancelled (shutting down): nobody waits for these any more
                for _, future in batch:
                    future.cancel()
                raise
            else:
                for _, future in batch:
                    if not future.done():
                        future.set_result(None)

    def _mark_all(self, ids: list[Any]) -> None:
        store = getattr(self.service, "store", None)
        if store is None or len(ids) == 1:
            for delivery_id in ids:
                self.service.mark_delivered(delivery_id)
            return

        def write() -> None:
            with store.transaction() as tx:
                for delivery_id in ids:
                    tx.delivered(delivery_id)

        retried(write)

    async def _send(self, bot: Bot, chat_id: int, delivery: Any, stamp: str) -> None:
        choices = [(label, value) for label, value in delivery.choices]
        messages = render(delivery.texts, choices, stamp)
        done = self._progress.get(delivery.id, 0)
        for number, message in enumerate(messages):
            if number < done:
                continue
            await bot.send_message(chat_id, message.text, reply_markup=message.markup())
            self._progress[delivery.id] = number + 1
        if delivery.debrief and self.pictures is not None and done <= len(messages):
            picture = await self._picture(bot, chat_id, delivery.debrief)
            if picture:
                await bot.send_photo(chat_id, picture, filename="oefengesprek.png")
            self._progress[delivery.id] = len(messages) + 1

    async def _picture(self, bot: Bot, chat_id: int, debrief: dict) -> bytes | None:
        try:
            async with self.typing(bot, chat_id, ChatAction.UPLOAD_PHOTO):
                return await self._draw(debrief)
        except Exception:  # a picture that cannot be drawn must not cost the user the debrief text
            log.exception("drawing the debrief picture failed")
            return None

    async def _draw(self, debrief: dict) -> bytes:
        if self._separate:
            if self._pool is None:  # started on first use: most processes never draw
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            try:
                return await asyncio.get_running_loop().run_in_executor(self._pool, self.pictures, debrief)
            except BrokenProcessPool:
                log.warning("the picture process died; drawing in a thread this time")
                self._pool = None
        return await asyncio.to_thread(self.pictures, debrief)

    def close(self) -> None:
        """Stop the picture process, if one was started."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    @contextlib.asynccontextmanager
    async def typing(self, bot: Bot, chat_id: int, action: str = ChatAction.TYPING) -> AsyncIterator[None]:
        """Show "typing…" while the body runs, once it has taken longer than `typing_after`."""
        task = asyncio.create_task(self._keep_typing(bot, chat_id, action))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _keep_typing(self, bot: Bot, chat_id: int, action: str) -> None:
        await asyncio.sleep(self.typing_after)
        while True:
            try:
                await bot.send_chat_action(chat_id, action)
            except Exception as err:  # only a courtesy; never fail a turn over it
                log.debug("chat action failed: %s", type(err).__name__)
            await asyncio.sleep(4.5)  # Telegram shows an action for about 5 seconds
