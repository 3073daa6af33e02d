"""The Telegram handlers: updates in, conversation service calls, replies out through the outbox.

Free text, the engine's commands (/help /stop /hint /coach /gedachte and unknown ones) and
button values go to `Conversations.handle`; the channel adds /start (its own welcome with
the mode buttons), /oefen (the scenario list), /vragenreeks and /rondleiding (a run
started directly) and /taal; the review and privacy commands come in as an extra
(`review.py`). A button press answers the callback query, takes the keyboard off the
message it came from, and is refused politely when the conversation has moved on since
the button was shown. The service is synchronous, so its calls run in
a thread; the update processor already holds the chat's lock.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from telegram import Bot, CallbackQuery, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from dialogues.vocabulary import LANGUAGES

from .delivery import Courier
from .render import OutgoingMessage, decode_callback, encode_callback, session_stamp, utf16_len
from .scenarios import page_of, scenario_items
from .texts import Texts

log = logging.getLogger(__name__)

CHANNEL = "telegram"
PAGE = "page"
# Practice is one to one: a chat is its user (a group would mix people's runs and texts).
PRIVATE = filters.ChatType.PRIVATE


class TelegramChannel:
    def __init__(self, service: Any, library: Any, courier: Courier, *, channel: str = CHANNEL):
        self.service = service
        self.library = library
        self.courier = courier
        self.channel = channel
        self.texts = Texts(library)
        self.button_routes: dict[str, Callable[..., Any]] = {}  # value prefix -> (update, bot, value, lang)

    def register(self, application: Application, *extras: Any) -> None:
        """The channel's handlers; `extras` (e.g. the review commands) come before free text."""
        application.add_handler(CommandHandler("start", self.on_start, filters=PRIVATE))
        application.add_handler(CommandHandler("oefen", self.on_oefen, filters=PRIVATE))
        application.add_handler(CommandHandler(("vragenreeks", "rondleiding"), self.on_mode, filters=PRIVATE))
        application.add_handler(CommandHandler(("taal", "language"), self.on_language, filters=PRIVATE))
        for extra in extras:
            extra.register(application)
        application.add_handler(CallbackQueryHandler(self.on_button))
        application.add_handler(MessageHandler(filters.TEXT & PRIVATE, self.on_text))
        application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & ~filters.TEXT & PRIVATE, self.on_other))
        application.add_error_handler(self.on_error)

    # -- handlers -------------------------------------------------------------------
    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._turn(update, context.bot, update.effective_message.text or "")

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A sticker, photo or voice message: the engine asks for text."""
        await self._turn(update, context.bot, "")

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        external_id, chat_id = _ids(update)
        await self.courier.flush(context.bot, chat_id)  # anything still owed comes first
        if not await asyncio.to_thread(self._claim, update.update_id):
            return  # a /start delivered again after a crash must not undo what came after it
        reply = await self._call(context.bot, chat_id, self.service.menu, self.channel, external_id)
        lang = reply.session.lang
        stamp = session_stamp(reply.session)
        buttons = tuple((c.label, encode_callback(c.value, stamp)) for c in reply.choices)
        await self._send(context.bot, chat_id, OutgoingMessage(self.texts.welcome(lang), buttons))

    async def on_mode(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/vragenreeks, /rondleiding: as if the menu's button was pressed (so a redelivery is seen)."""
        mode = update.effective_message.text.split()[0][1:].split("@")[0].lower()
        await self._turn(update, context.bot, f"mode:{mode}")

    async def on_oefen(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        external_id, chat_id = _ids(update)
        session = await asyncio.to_thread(self.service.session, self.channel, external_id)
        await self._send(context.bot, chat_id, self._scenario_page(session, 1))

    async def on_language(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        external_id, chat_id = _ids(update)
        wanted = (context.args[0].lower() if context.args else "")
        if wanted in LANGUAGES:
            await asyncio.to_thread(self.service.set_language, self.channel, external_id, wanted)
            await self._send(context.bot, chat_id, OutgoingMessage(self.texts(wanted, "language_set")))
            return
        lang = await self._lang(external_id)
        await self._send(context.bot, chat_id, OutgoingMessage(self.texts(lang, "language_usage")))

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        external_id, chat_id = _ids(update)
        value, stamp = decode_callback(query.data or "")
        session = await asyncio.to_thread(self.service.session, self.channel, external_id)
        if value.startswith(f"{PAGE}:"):
            await _quietly(query.answer())
            page = int(value.split(":", 1)[1]) if value.split(":", 1)[1].isdigit() else 1
            message = self._scenario_page(session, page)
            await _quietly(query.edit_message_text(message.text, reply_markup=message.markup()))
            return
        if stamp is not None and stamp != session_stamp(session):
            await _quietly(query.answer(self.texts(session.lang, "stale_button")))
            await _quietly(query.edit_message_reply_markup(None))
            return
        # Answering the press and closing the keyboard run alongside the turn: each is a round
        # trip to Telegram, and the user waits for the reply, not for them.
        courtesies = asyncio.gather(_quietly(query.answer()), self._close_keyboard(query, value, session.lang))
        try:
            route = self.button_routes.get(value.split(":", 1)[0])
            if route is not None:
                await route(update, context.bot, value, session.lang)
            else:
                await self._turn(update, context.bot, value)
        finally:
            await courtesies

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Details to the log (never the message text); a short apology to the user."""
        error = context.error
        log.error("handling an update failed: %s", type(error).__name__, exc_info=error)
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        try:
            lang = await self._lang(str(update.effective_user.id)) if update.effective_user else "nl"
        except Exception:  # the store may be what failed
            lang = "nl"
        try:
            await context.bot.send_message(update.effective_chat.id, self.texts(lang, "error"))
        except TelegramError as err:
            log.warning("could not tell the user about the error: %s", type(err).__name__)

    # -- pieces ---------------------------------------------------------------------
    async def _turn(self, update: Update, bot: Bot, text: str) -> None:
        """One engine turn: stored with its reply in one transaction, then the outbox is flushed."""
        external_id, chat_id = _ids(update)

        def step() -> tuple[list[Any], str]:  # one worker-thread call: the turn, then what it owes
            self.service.handle(self.channel, external_id, text, chat_id=chat_id, update_id=update.update_id)
            return self.courier.pending(chat_id)

        pending = await self._call(bot, chat_id, step)
        await self.courier.flush(bot, chat_id, pending)

    async def _call(self, bot: Bot, chat: int, function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        async with self.courier.typing(bot, chat):
            return await asyncio.to_thread(function, *args, **kwargs)

    def _claim(self, update_id: int) -> bool:
        """Record that this update is being handled; False when it was handled before."""
        with self.service.store.transaction() as tx:
            return tx.claim_update(self.channel, update_id, datetime.now(UTC))

    async def _lang(self, external_id: str) -> str:
        session = await asyncio.to_thread(self.service.session, self.channel, external_id)
        return session.lang

    async def _send(self, bot: Bot, chat_id: int, message: OutgoingMessage) -> None:
        await bot.send_message(chat_id, message.text, reply_markup=message.markup())

    async def _close_keyboard(self, query: CallbackQuery, value: str, lang: str) -> None:
        """Take the buttons off the pressed message and show which one was chosen."""
        message = query.message
        label = next((b.text for row in (message.reply_markup.inline_keyboard if message and message.reply_markup else ())
                      for b in row if decode_callback(b.callback_data or "")[0] == value), None)
        text = getattr(message, "text", None)
        if text and label:
            edited = f"{text}\n\n{self.texts(lang, 'chosen', label=label)}"
            if utf16_len(edited) <= 4096:
                await _quietly(query.edit_message_text(edited, reply_markup=None))
                return
        await _quietly(query.edit_message_reply_markup(None))

    def _scenario_page(self, session: Any, page: int) -> OutgoingMessage:
        lang = session.lang
        items = scenario_items(self.library, lang) if "oefenen" in getattr(self.service.engine, "modes", {}) else []
        if not items:
            return OutgoingMessage(self.texts(lang, "scenarios.none"))
        shown, page, pages = page_of(items, page)
        stamp = session_stamp(session)
        language = self.library.lang(lang)
        buttons = []
        for item in shown:
            label = self.texts(lang, "scenarios.button", title=item.title,
                               type=language.text_or(f"ui.type.{item.start_type}", item.start_type or "?"),
                               difficulty=language.text_or(f"oefenen.difficulty.{item.difficulty}",
                                                           item.difficulty or "?"))
            buttons.append((label, encode_callback(f"scenario:{item.id}", stamp)))
        if page > 1:
            buttons.append((self.texts(lang, "scenarios.previous"), f"{PAGE}:{page - 1}"))
        if page < pages:
            buttons.append((self.texts(lang, "scenarios.next"), f"{PAGE}:{page + 1}"))
        return OutgoingMessage(self.texts(lang, "scenarios.choose", page=page, pages=pages), tuple(buttons))


def _ids(update: Update) -> tuple[str, int]:
    """The user's id (the service pseudonymises it) and the chat to answer in."""
    return str(update.effective_user.id), update.effective_chat.id


async def _quietly(call: Any) -> None:
    """Edits and answers that Telegram may refuse harmlessly (already answered, not modified)."""
    try:
        await call
    except BadRequest as err:
        log.debug("Telegram refused a courtesy call: %s", err.message)
