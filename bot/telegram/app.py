"""Wiring the Telegram bot: PTB application, rate limiter, per-chat ordering, outbox sweeper.

`TelegramBot(settings, service, library)` builds the python-telegram-bot Application that
talks to `{TELEGRAM_API_URL}/bot<token>/<method>`; `start()` registers the command menu
(Dutch and English), delivers replies left in the outbox, and starts long polling
(`intake.py`, which records an update in the inbox before confirming it) or the webhook server
(`webhook.py`, which answers only once an update is handled and refuses requests without
the secret token with 403), and the background chores (`periodic.py`): the outbox sweeper
and the retention purge (at start-up, then every `purge_every` seconds; on PostgreSQL an
advisory lock lets one replica at a time do it); `stop()` shuts it all down. `serve()` runs until SIGINT/SIGTERM.
The same object serves the CLI and the in-process tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from datetime import UTC, datetime
from functools import partial
from typing import Any

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder

from bot.config import TelegramSettings
from bot.retention import purge_expired
from bot.review import Review
from dialogues.vocabulary import LANGUAGES

from .channel import CHANNEL, TelegramChannel
from .delivery import Courier
from .inbox import inbox_for
from .intake import Intake
from .limits import ChatRateLimiter
from .periodic import every
from .replicas import update_processor_for
from .review import BUTTONS, TelegramReview
from .texts import Texts
from .webhook import WebhookServer

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
POLL_TIMEOUT = 10
# The sweeper leaves younger replies to the handler that is sending them right now, perhaps in
# another replica: sweeping them too would send them twice.
SWEEP_MIN_AGE = 1.0
PURGE_EVERY = 6 * 3600.0  # seconds between retention purges (the CLI reads RETENTION_INTERVAL_HOURS)
# httpcore scans every pooled connection on each request: PTB's default pool of 256 costs more
# CPU per update than our whole engine turn once a burst has opened many connections. Telegram
# allows 30 messages/s; 8 connections at 50-100 ms per call carry far more than that. A request
# waiting for a free connection waits up to POOL_TIMEOUT seconds (then the limiter retries it).
CONNECTION_POOL_SIZE = 8
POOL_TIMEOUT = 5.0


class TelegramBot:
    def __init__(self, settings: TelegramSettings, service: Any, library: Any, *,
                 pictures: Any = None, typing_after: float = 0.4, max_retries: int = 5,
                 retention_days: int = 90, review: Any = None, purge_every: float | None = PURGE_EVERY):
        """`review` defaults to one over the service's store; `purge_every=None` schedules no purge."""
        self.settings = settings
        self.service = service
        self.library = library
        self.processor = update_processor_for(service)  # shared chat locks on PostgreSQL
        self.courier = Courier(service, CHANNEL, pictures=pictures, typing_after=typing_after)
        self.channel = TelegramChannel(service, library, self.courier)
        self.retention_days = retention_days
        self.purge_every = purge_every
        limiter = ChatRateLimiter(chat_interval=settings.chat_interval, overall_per_second=settings.max_per_second,
                                  max_retries=max_retries)
        self.application: Application = (
            ApplicationBuilder()
            .token(settings.token)
            .base_url(f"{settings.api_url}/bot")
            .base_file_url(f"{settings.api_url}/file/bot")
            .rate_limiter(limiter)
            .concurrent_updates(self.processor)
            .connection_pool_size(CONNECTION_POOL_SIZE)
            .pool_timeout(POOL_TIMEOUT)
            .get_updates_connection_pool_size(1)
            .build()
        )
        if review is None:
            review = Review(getattr(service, "store", None), library)
        commands = TelegramReview(review, service, self.courier, channel=CHANNEL, retention_days=retention_days)
        self.channel.button_routes[BUTTONS] = commands.on_button
        self.channel.register(self.application, commands)
        self._chores: list[asyncio.Task] = []
        self.intake: Intake | None = None
        self.webhook = False
        self.webhook_server: WebhookServer | None = None

    async def start(self, webhook: bool = False) -> None:
        app = self.application
        await app.initialize()
        await self.set_commands()
        await app.start()
        self.webhook = webhook
        if webhook:
            # Our server answers an update only once it is handled (see webhook.py), so a replica
            # that dies loses nothing and one chat's updates stay in order across replicas.
            self.webhook_server = WebhookServer(
                app, listen=self.settings.webhook_listen, port=self.settings.webhook_port,
                path=self.settings.webhook_path, secret=self.settings.webhook_secret,
                health=getattr(getattr(self.service, "store", None), "schema_version", None))
            await self.webhook_server.start()
            await app.bot.set_webhook(self.settings.webhook_url, secret_token=self.settings.webhook_secret,
                                      allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False)
        else:
            inbox = await asyncio.to_thread(inbox_for, self.service)
            self.intake = Intake(app, ALLOWED_UPDATES, POLL_TIMEOUT, inbox=inbox)
            await self.intake.start()
        self._chores.append(asyncio.create_task(every(self.settings.outbox_interval, self._sweep_once, "outbox sweep")))
        if self.purge_every is not None:
            self._chores.append(asyncio.create_task(every(self.purge_every, self.purge, "retention purge")))
        log.info("serving Telegram by %s", "webhook" if webhook else "long polling")

    async def stop(self) -> None:
        for chore in self._chores:
            chore.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await chore
        self._chores.clear()
        app = self.application
        if self.intake is not None:
            await self.intake.stop()
        if self.webhook_server is not None:
            await self.webhook_server.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
        self.courier.close()

    async def serve(self, webhook: bool = False) -> None:
        """Run until SIGINT or SIGTERM."""
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stopping.set)
        await self.start(webhook)
        try:
            await stopping.wait()
        finally:
            await self.stop()

    async def set_commands(self) -> None:
        """The command menu, with descriptions per language (and the default language's as fallback)."""
        texts = Texts(self.library)
        bot = self.application.bot
        default = getattr(self.service, "default_lang", "nl")
        for lang in (None, *LANGUAGES):
            commands = [BotCommand(name, description) for name, description in texts.commands(lang or default)]
            try:
                await bot.set_my_commands(commands, language_code=lang)
            except TelegramError as err:
                log.warning("registering the command menu failed (%s); commands still work", type(err).__name__)

    async def sweep(self, min_age: float = SWEEP_MIN_AGE) -> int:
        """Deliver every reply stored but not sent (after an outage or a restart)."""
        pending = await asyncio.to_thread(self.service.pending_deliveries)
        now = datetime.now(UTC)
        chats = list(dict.fromkeys(d.chat_id for d in pending if (now - d.created_at).total_seconds() >= min_age))
        delivered = 0
        for chat_id in chats:
            async with self.processor.chat(chat_id):
                delivered += await self.courier.flush(self.application.bot, chat_id)
        return delivered

    async def _sweep_once(self) -> None:
        delivered = await self.sweep()
        if delivered:
            log.info("delivered %d reply(ies) that were waiting in the outbox", delivered)

    async def purge(self) -> dict[str, int] | None:
        """Erase what is older than the retention period (None: another replica is at it right now)."""
        now = datetime.now(UTC)
        return await asyncio.to_thread(partial(purge_expired, self.service.store, now, self.retention_days))
