"""Review and privacy rights on Telegram: the commands of `bot.review.Review`, in chat form.

Trainees: /mijnruns, /run ID, /voortgang (a picture), /mijngegevens (a JSON file),
/vergeet (asks to confirm with buttons). Supervisors: /runs [deelnemer] [scenario],
/opmerking ID BEURT tekst, /export ID|groep ID [html|md|csv|json] (a file), /groep,
/groep nieuw NAAM, /groep CODE. `Review` checks every request against the viewer's role;
its refusals (`ReviewError`) are texts of `content/*/review.yaml`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from telegram import Bot, Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from .render import OutgoingMessage, encode_callback, render, session_stamp
from .texts import Texts

log = logging.getLogger(__name__)

FORGET = "forget"
PRIVATE = filters.ChatType.PRIVATE
EXPORT_FORMATS = ("html", "md", "csv", "json")


@dataclass(frozen=True)
class File:
    content: bytes
    filename: str


@dataclass(frozen=True)
class Picture:
    content: bytes


class ReviewCommands:
    def __init__(self, review: Any, service: Any, library: Any, channel: str = "telegram"):
        self.review = review
        self.service = service
        self.channel = channel
        self.texts = Texts(library)

    def register(self, application: Application) -> None:
        for name, action in (("mijnruns", self.my_runs), ("run", self.show_run), ("voortgang", self.progress),
                             ("mijngegevens", self.my_data), ("runs", self.group_runs),
                             ("opmerking", self.comment), ("export", self.export), ("groep", self.groups)):
            application.add_handler(CommandHandler(name, self._command(action), filters=PRIVATE))
        application.add_handler(CommandHandler("vergeet", self.on_forget, filters=PRIVATE))

    # -- the actions: (viewer, lang, args) -> text | File | Picture, run in a thread ----------
    def my_runs(self, viewer, lang: str, args: list[str]):
        return self._run_lines(self.review.my_runs(viewer), lang, with_trainee=False)

    def group_runs(self, viewer, lang: str, args: list[str]):
        trainee = args[0] if args else None
        scenario = args[1] if len(args) > 1 else None
        return self._run_lines(self.review.runs(viewer, trainee=trainee, scenario=scenario), lang, with_trainee=True)

    def show_run(self, viewer, lang: str, args: list[str]):
        from bot.review.exports import run_text

        if not args or not args[0].isdigit():
            return self.texts(lang, "review_usage.run")
        return run_text(self.review.transcript(viewer, int(args[0])), self.review.labels(lang))

    def progress(self, viewer, lang: str, args: list[str]):
        if not self.review.progress(viewer):
            return self.review.labels(lang).text("review.progress.none")
        return Picture(self.review.progress_picture(viewer, lang=lang))

    def my_data(self, viewer, lang: str, args: list[str]):
        data = json.dumps(self.review.my_data(viewer), ensure_ascii=False, indent=2, default=str)
        return File(data.encode(), "mijngegevens.json")

    def comment(self, viewer, lang: str, args: list[str]):
        if len(args) < 3 or not args[0].isdigit() or not args[1].isdigit():
            return self.texts(lang, "review_usage.opmerking")
        run_id, turn = int(args[0]), int(args[1])
        self.review.comment(viewer, run_id, turn, " ".join(args[2:]))
        return self.review.labels(lang).text("review.messages.comment_added", run=run_id, turn=turn)

    def export(self, viewer, lang: str, args: list[str]):
        fmt = args[-1].lower() if args and args[-1].lower() in EXPORT_FORMATS else "html"
        rest = [a for a in args if a.lower() not in EXPORT_FORMATS]
        if len(rest) == 1 and rest[0].isdigit():
            export = self.review.export_run(viewer, int(rest[0]), fmt, lang)
        elif len(rest) == 2 and rest[0].lower() in ("groep", "group") and rest[1].isdigit():
            export = self.review.export_group(viewer, int(rest[1]), fmt, lang)
        else:
            return self.texts(lang, "review_usage.export")
        content = export.content if isinstance(export.content, bytes) else export.content.encode()
        return File(content, export.filename)

    def groups(self, viewer, lang: str, args: list[str]):
        labels = self.review.labels(lang)
        if len(args) >= 2 and args[0].lower() in ("nieuw", "new"):
            group = self.review.create_group(viewer, " ".join(args[1:]))
            return labels.text("review.messages.group_created", name=group.name, code=group.code)
        if len(args) == 1:
            group = self.review.join_group(viewer, args[0])
            return labels.text("review.messages.group_joined", name=group.name)
        groups = self.review.my_groups(viewer)
        if not groups:
            return self.texts(lang, "review_usage.groep")
        return "\n".join(f"• {g.name} ({g.code})" if getattr(g, "code", None) else f"• {g.name}" for g in groups)

    # -- /vergeet: erase everything, after a confirmation by button ------------------------
    async def on_forget(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        external_id, chat_id = str(update.effective_user.id), update.effective_chat.id
        session = await asyncio.to_thread(self.service.session, self.channel, external_id)
        lang, stamp = session.lang, session_stamp(session)
        language = self.texts.library.lang(lang)
        buttons = ((language.text("privacy.forget.button_yes"), encode_callback(f"{FORGET}:yes", stamp)),
                   (language.text("privacy.forget.button_no"), encode_callback(f"{FORGET}:no", stamp)))
        message = OutgoingMessage(language.text("privacy.forget.confirm"), buttons)
        await context.bot.send_message(chat_id, message.text, reply_markup=message.markup())

    async def on_forget_button(self, update: Update, bot: Bot, value: str, lang: str) -> None:
        """A press on /vergeet's buttons (already checked to be current by the channel)."""
        external_id, chat_id = str(update.effective_user.id), update.effective_chat.id
        language = self.texts.library.lang(lang)
        if value != f"{FORGET}:yes":
            await bot.send_message(chat_id, language.text("privacy.forget.cancelled"))
            return
        viewer = await asyncio.to_thread(self._viewer, external_id)
        counts = await asyncio.to_thread(self.review.forget, viewer)
        log.info("a user erased their data (%d runs)", counts.get("runs", 0))
        await bot.send_message(chat_id, language.text("privacy.forget.done", runs=counts.get("runs", 0)))

    # -- pieces --------------------------------------------------------------------------
    def _command(self, action: Callable[[Any, str, list[str]], Any]):
        async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            from bot.review import ReviewError

            external_id, chat_id = str(update.effective_user.id), update.effective_chat.id
            lang = (await asyncio.to_thread(self.service.session, self.channel, external_id)).lang
            try:
                result = await asyncio.to_thread(self._act, action, external_id, lang, list(context.args or []))
            except ReviewError as err:
                result = self.review.labels(lang).text(err.key, **err.values)
            await self._send(context.bot, chat_id, result)

        return handle

    def _act(self, action, external_id: str, lang: str, args: list[str]):
        self._ensure_user(external_id)
        return action(self._viewer(external_id), lang, args)

    def _ensure_user(self, external_id: str) -> None:
        """Someone whose first message is e.g. /groep CODE: register them the way /start does."""
        with self.service.store.transaction() as tx:
            known = tx.user(self.service.user_id(self.channel, external_id)) is not None
        if not known:
            self.service.menu(self.channel, external_id)

    def _viewer(self, external_id: str):
        return self.review.viewer(self.service.user_id(self.channel, external_id))

    def _run_lines(self, summaries: list, lang: str, with_trainee: bool) -> str:
        from bot.review.exports import summary_line

        labels = self.review.labels(lang)
        if not summaries:
            return labels.text("review.messages.no_runs")
        return "\n".join(summary_line(s.run, s.trainee if with_trainee else None, labels) for s in summaries)

    async def _send(self, bot: Bot, chat_id: int, result: Any) -> None:
        if isinstance(result, File):
            await bot.send_document(chat_id, result.content, filename=result.filename)
        elif isinstance(result, Picture):
            await bot.send_photo(chat_id, result.content, filename="voortgang.png")
        else:
            for message in render([str(result)], [], None):
                await bot.send_message(chat_id, message.text)
