"""The review and privacy commands on Telegram: a thin adapter over `bot.review.ReviewCommands`.

/mijnruns /runs /run /opmerking /export /groep /voortgang /privacy /mijngegevens /vergeet /rol
(and their English aliases) go to the channel-neutral `ReviewCommands.handle`, run in a thread;
each `Answer` it gives is sent as it is: a text (split to Telegram's limit, its buttons stamped
with the session so a later press can be seen to be stale), a document, or a photo with a
caption. The presses on /vergeet's buttons come back through the channel's button routes.
"""

from __future__ import annotations

import asyncio
import logging
from functools import partial
from typing import Any

from telegram import Bot, Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from bot.review.access import Viewer
from bot.review.commands import ALIASES, COMMANDS, Answer, ReviewCommands

from .delivery import Courier
from .render import render, session_stamp

log = logging.getLogger(__name__)

BUTTONS = "privacy"  # the prefix of /vergeet's button values (`privacy:forget`, `privacy:keep`)
PRIVATE = filters.ChatType.PRIVATE
PHOTO_NAME = "voortgang.png"
UNRECORDED = frozenset({"privacy"})  # reading the explanation stores nothing about the reader


class TelegramReview:
    def __init__(self, review: Any, service: Any, courier: Courier, *, channel: str, retention_days: int = 90):
        self.commands = ReviewCommands(review, retention_days=retention_days)
        self.service = service
        self.courier = courier
        self.channel = channel

    def register(self, application: Application) -> None:
        application.add_handler(CommandHandler((*COMMANDS, *ALIASES), self.on_command, filters=PRIVATE))

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        head, *rest = update.effective_message.text.split(maxsplit=1)  # the argument keeps its line breaks
        command, argument = head[1:].split("@")[0].lower(), (rest[0] if rest else "")
        await self._answer(update, context.bot, partial(self.commands.handle, command, argument),
                           register=command not in UNRECORDED)

    async def on_button(self, update: Update, bot: Bot, value: str, _lang: str) -> None:
        """A press on /vergeet's buttons (the channel has already checked that it is current)."""
        await self._answer(update, bot, lambda viewer, lang: self.commands.button(value, viewer, lang))

    # -- pieces ---------------------------------------------------------------------
    async def _answer(self, update: Update, bot: Bot, produce, *, register: bool = True) -> None:
        external_id, chat_id = str(update.effective_user.id), update.effective_chat.id
        await self.courier.flush(bot, chat_id)  # a reply still owed comes first
        async with self.courier.typing(bot, chat_id):
            answers, session = await asyncio.to_thread(self._produce, external_id, chat_id, produce, register)
        for answer in answers:
            await self._send(bot, chat_id, answer, session)

    def _produce(self, external_id: str, chat_id: int, produce, register: bool) -> tuple[list[Answer], Any]:
        """Register a first-time user (unless `register` is False), then answer as them, in their language."""
        if register:
            user = self.service.register(self.channel, external_id, chat_id=chat_id)
            viewer = Viewer(user.id, user.role)
        else:
            viewer = Viewer(self.service.user_id(self.channel, external_id), "trainee")
        session = self.service.session(self.channel, external_id)
        return produce(viewer, session.lang), session

    async def _send(self, bot: Bot, chat_id: int, answer: Answer, session: Any) -> None:
        if answer.document is not None:
            filename, content = answer.document
            await bot.send_document(chat_id, content, filename=filename, caption=answer.caption)
        elif answer.photo is not None:
            await bot.send_photo(chat_id, answer.photo, caption=answer.caption, filename=PHOTO_NAME)
        else:
            stamp = session_stamp(session) if answer.choices else None
            for message in render([answer.text or ""], answer.choices, stamp):
                await bot.send_message(chat_id, message.text, reply_markup=message.markup())
