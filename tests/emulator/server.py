"""The Bot API emulator: `/bot<token>/<method>` over real HTTP (tornado), strict where Telegram is.

What it does, so the real python-telegram-bot stack can be tested offline:
- answers the methods PTB uses (getMe, getUpdates long-poll with offset/timeout, setWebhook,
  deleteWebhook, setMyCommands, sendMessage, editMessageText, editMessageReplyMarkup,
  answerCallbackQuery, sendPhoto as multipart, sendChatAction, ...), in Telegram's
  `{"ok": ..., "result"|"error_code"/"description"/"parameters"}` shape;
- is strict where Telegram is: texts over 4096 characters (UTF-16 units, as Telegram counts),
  captions over 1024, `callback_data` over 64 bytes, unknown chats, missing fields, editing a
  message into what it already is, answering a callback query twice -> 400; more than
  `chat_burst` messages to one chat within `chat_window` seconds -> 429 with `retry_after`;
- lets a test act as users (`send_text`, `press`), records what the bot sent per chat
  (`messages(chat_id)`), and pushes updates to a webhook with the secret header once the bot
  has called setWebhook;
- can be told to fail (`fail(status, ...)`) or to be slow (`delay(...)`) for a while.

Deliberate deviation: webhooks may use plain http on 127.0.0.1 (Telegram demands https).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import tornado.httpserver
import tornado.netutil
import tornado.web

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_CALLBACK_ANSWER = 200
SEND_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument", "sendMediaGroup", "copyMessage", "forwardMessage"})
COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
CHAT_ACTIONS = frozenset({"typing", "upload_photo", "record_video", "upload_video", "record_voice",
                          "upload_voice", "upload_document", "choose_sticker", "find_location",
                          "record_video_note", "upload_video_note"})


class ApiError(Exception):
    """An error answer as Telegram gives it."""

    def __init__(self, code: int, description: str, retry_after: int | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(what: str) -> ApiError:
    return ApiError(400, f"Bad Request: {what}")


def utf16_len(text: str) -> int:
    """Telegram measures text length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def serve_locally(app: tornado.web.Application) -> tuple[tornado.httpserver.HTTPServer, int]:
    """`app` served on a free port of 127.0.0.1 (taken by binding, so no other test can race for it)."""
    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
    server = tornado.httpserver.HTTPServer(app)
    server.add_sockets(sockets)
    return server, sockets[0].getsockname()[1]


@dataclass
class SentMessage:
    """A message the bot sent, as it stands now (edits applied)."""

    chat_id: int
    message_id: int
    kind: str  # "text" or "photo"
    text: str | None = None
    caption: str | None = None
    photo: bytes | None = None  # the uploaded file of a photo or document
    filename: str | None = None
    reply_markup: dict | None = None
    edits: int = 0
    sent_at: float = 0.0

    @property
    def buttons(self) -> list[dict]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]

    @property
    def labels(self) -> list[str]:
        return [button["text"] for button in self.buttons]

    def as_api(self, bot_user: dict, chat: dict) -> dict[str, Any]:
        data: dict[str, Any] = {"message_id": self.message_id, "from": bot_user, "chat": chat,
                                "date": int(self.sent_at)}
        if self.kind == "text":
            data["text"] = self.text
        elif self.kind == "document":
            data["document"] = {"file_id": f"doc-{self.chat_id}-{self.message_id}", "file_unique_id": f"d{self.message_id}",
                                "file_name": self.filename, "file_size": len(self.photo or b"")}
        else:
            data["photo"] = [{"file_id": f"photo-{self.chat_id}-{self.message_id}",
                              "file_unique_id": f"u{self.message_id}", "width": 800, "height": 600,
                              "file_size": len(self.photo or b"")}]
            if self.caption:
                data["caption"] = self.caption
        if self.caption and self.kind == "document":
            data["caption"] = self.caption
        if self.edits:
            data["edit_date"] = int(time.time())
        if self.reply_markup and self.reply_markup.get("inline_keyboard"):
            data["reply_markup"] = self.reply_markup
        return data


@dataclass(frozen=True)
class _Upload:
    """A file sent as multipart form data."""

    content: bytes
    filename: str | None


@dataclass
class Fault:
    """An injected failure or slowness, active until `until` or for `times` more calls."""

    status: int | None
    delay: float
    methods: frozenset[str] | None
    until: float | None
    times: int | None
    retry_after: int | None = None

    def applies(self, method: str, now: float) -> bool:
        if self.methods is not None and method not in self.methods:
            return False
        if self.until is not None and now >= self.until:
            return False
        return self.times is None or self.times > 0


@dataclass
class Chat:
    user: dict[str, Any]
    message_ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    sends: deque = field(default_factory=deque)  # monotonic times of recent sends (rate rule)

    @property
    def api(self) -> dict[str, Any]:
        return {"id": self.user["id"], "type": "private", "first_name": self.user["first_name"]}


class BotApiEmulator:
    """One emulated bot with its users; start it, point PTB at `url`, then act as users."""

    def __init__(self, token: str = "123456:emulator-token-ABCDEF", *, chat_burst: int = 1,
                 chat_window: float = 1.0, global_per_second: int = 30,
                 username: str = "oefengesprek_test_bot"):
        self.token = token
        self.chat_burst = chat_burst
        self.chat_window = chat_window
        self.global_per_second = global_per_second
        self.bot_user = {"id": int(token.split(":")[0]), "is_bot": True, "first_name": "Oefengesprek",
                         "username": username, "can_join_groups": False,
                         "can_read_all_group_messages": False, "supports_inline_queries": False}
        self.chats: dict[int, Chat] = {}
        self.sent: dict[int, list[SentMessage]] = {}
        self.chat_actions: dict[int, list[str]] = {}
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self.commands: dict[str, list[dict]] = {}  # language_code ("" = default) -> commands
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.rejected: list[tuple[str, int, str]] = []  # (method, code, description)
        self.fetched: set[int] = set()  # update ids handed out by getUpdates at least once
        self.arrived: list[str] = []  # every method called, in order, before faults or checks
        self.webhook: dict[str, Any] | None = None
        self.webhook_posts: list[tuple[int, int]] = []  # (update_id, http status)
        self._updates: list[dict[str, Any]] = []
        self._history: dict[int, dict[str, Any]] = {}  # every update ever queued, for redelivery
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._new_update = asyncio.Event()
        self._faults: list[Fault] = []
        self._global_sends: deque = deque()
        self._server: tornado.httpserver.HTTPServer | None = None
        self._pusher: asyncio.Task | None = None
        self._closing = False
        self.port = 0

    # -- lifecycle --------------------------------------------------------------------
    async def start(self) -> BotApiEmulator:
        app = tornado.web.Application([(r"/bot([^/]+)/([A-Za-z]+)", _MethodHandler, {"emulator": self})])
        self._server, self.port = serve_locally(app)
        return self

    async def stop(self) -> None:
        self._closing = True
        self._new_update.set()
        if self._pusher is not None:
            self._pusher.cancel()
            try:
                await self._pusher
            except asyncio.CancelledError:
                pass
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()

    @property
    def url(self) -> str:
        """The root to give the bot as TELEGRAM_API_URL."""
        return f"http://127.0.0.1:{self.port}"

    # -- acting as users ---------------------------------------------------------------
    def send_text(self, user_id: int, text: str, *, first_name: str = "Test",
                  language_code: str = "nl") -> int:
        """A user types `text` (a leading /command is marked as Telegram marks it); returns the update_id."""
        chat = self._chat(user_id, first_name, language_code)
        message: dict[str, Any] = {"message_id": next(chat.message_ids), "from": chat.user, "chat": chat.api,
                                   "date": int(time.time()), "text": text}
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]
        return self._add_update({"message": message})

    def press(self, user_id: int, label: str | None = None, *, data: str | None = None,
              message_id: int | None = None) -> int:
        """A user presses an inline button (by label, or by exact callback_data); returns the update_id.

        Only buttons still shown can be pressed: the newest message carrying a matching button,
        or the message `message_id`. Raises LookupError when there is no such button.
        """
        chat = self.chats[user_id]
        candidates = [m for m in reversed(self.sent.get(user_id, [])) if message_id in (None, m.message_id)]
        for message in candidates:
            for button in message.buttons:
                if (label is not None and button["text"] == label) or (data is not None and button.get("callback_data") == data):
                    query_id = str(next(self._query_ids))
                    self.callback_answers[query_id] = {"answered": False}
                    query = {"id": query_id, "from": chat.user, "chat_instance": f"ci{user_id}",
                             "message": message.as_api(self.bot_user, chat.api),
                             "data": button["callback_data"]}
                    return self._add_update({"callback_query": query})
        shown = [b["text"] for m in candidates for b in m.buttons]
        raise LookupError(f"no button {label or data!r} shown in chat {user_id}; shown: {shown}")

    def redeliver(self, update_id: int) -> None:
        """Queue an update again with its own update_id, as Telegram does when a delivery seemed to fail."""
        self._updates.append(dict(self._history[update_id]))
        self._updates.sort(key=lambda u: u["update_id"])
        self._new_update.set()
        self._new_update = asyncio.Event()

    def post_raw_update(self, update: dict[str, Any]) -> int:
        """Queue an update as given (for odd shapes); `update_id` is filled in."""
        return self._add_update(dict(update))

    # -- what the bot did --------------------------------------------------------------
    def messages(self, chat_id: int) -> list[SentMessage]:
        return list(self.sent.get(chat_id, []))

    def texts(self, chat_id: int) -> list[str]:
        return [m.text if m.kind == "text" else f"[{m.kind}] {m.caption or ''}" for m in self.sent.get(chat_id, [])]

    def documents(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.sent.get(chat_id, []) if m.kind == "document"]

    def photos(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.sent.get(chat_id, []) if m.kind == "photo"]

    def last(self, chat_id: int) -> SentMessage:
        return self.sent[chat_id][-1]

    def last_update_id(self, user_id: int) -> int:
        """The newest update this user caused."""
        return max(uid for uid, u in self._history.items()
                   if (u.get("message") or u.get("callback_query", {})).get("from", {}).get("id") == user_id)

    def pending_updates(self) -> int:
        return len(self._updates)

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
        """Poll `predicate` until it is truthy; fail the test with `what` after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}")
            await asyncio.sleep(0.01)

    async def wait_for_messages(self, chat_id: int, count: int, timeout: float = 10.0) -> list[SentMessage]:
        """Wait until the bot has sent at least `count` messages to `chat_id` in all."""
        await self.wait_for(lambda: len(self.sent.get(chat_id, [])) >= count, timeout,
                            f"{count} messages in chat {chat_id} (have {self.texts(chat_id)})")
        return self.messages(chat_id)

    async def wait_until_quiet(self, chat_id: int, quiet: float = 0.3, timeout: float = 10.0) -> list[SentMessage]:
        """Wait until nothing new arrived in `chat_id` for `quiet` seconds and no update is pending."""
        deadline = time.monotonic() + timeout
        seen, since = -1, time.monotonic()
        while time.monotonic() < deadline:
            now_count = sum(1 + m.edits for m in self.sent.get(chat_id, []))
            if now_count != seen or self._updates:
                seen, since = now_count, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return self.messages(chat_id)
            await asyncio.sleep(0.01)
        raise AssertionError(f"chat {chat_id} did not go quiet within {timeout}s")

    # -- faults --------------------------------------------------------------------------
    def fail(self, status: int = 500, *, seconds: float | None = None, times: int | None = None,
             methods: set[str] | None = None, retry_after: int | None = None) -> None:
        """Answer `status` (without acting) for `seconds` or `times` calls of `methods` (default all)."""
        self._faults.append(Fault(status, 0.0, frozenset(methods) if methods else None,
                                  time.monotonic() + seconds if seconds is not None else None, times, retry_after))

    def delay(self, seconds_each: float, *, seconds: float | None = None, times: int | None = None,
              methods: set[str] | None = None) -> None:
        """Hold each matching call `seconds_each` before acting (a slow server)."""
        self._faults.append(Fault(None, seconds_each, frozenset(methods) if methods else None,
                                  time.monotonic() + seconds if seconds is not None else None, times))

    def heal(self) -> None:
        self._faults.clear()

    # -- internals: state ----------------------------------------------------------------
    def _chat(self, user_id: int, first_name: str = "Test", language_code: str = "nl") -> Chat:
        if user_id not in self.chats:
            user = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": language_code}
            self.chats[user_id] = Chat(user)
        return self.chats[user_id]

    def _add_update(self, update: dict[str, Any]) -> int:
        update["update_id"] = next(self._update_ids)
        self._history[update["update_id"]] = update
        self._updates.append(update)
        self._new_update.set()
        self._new_update = asyncio.Event()
        return update["update_id"]

    def _known_chat(self, params: dict[str, Any]) -> Chat:
        raw = params.get("chat_id")
        if raw in (None, ""):
            raise bad_request("chat_id is empty")
        try:
            chat_id = int(raw)
        except (TypeError, ValueError):
            raise bad_request("chat not found") from None
        if chat_id not in self.chats:
            raise bad_request("chat not found")
        return self.chats[chat_id]

    def _rate_check(self, chat: Chat) -> None:
        now = time.monotonic()
        while chat.sends and chat.sends[0] <= now - self.chat_window:
            chat.sends.popleft()
        while self._global_sends and self._global_sends[0] <= now - 1.0:
            self._global_sends.popleft()
        if len(chat.sends) >= self.chat_burst:
            wait = chat.sends[0] + self.chat_window - now
            raise ApiError(429, f"Too Many Requests: retry after {max(1, math.ceil(wait))}", max(1, math.ceil(wait)))
        if len(self._global_sends) >= self.global_per_second:
            raise ApiError(429, "Too Many Requests: retry after 1", 1)
        chat.sends.append(now)
        self._global_sends.append(now)

    def _find_message(self, chat: Chat, params: dict[str, Any]) -> SentMessage:
        message_id = _int(params, "message_id")
        for message in self.sent.get(chat.user["id"], []):
            if message.message_id == message_id:
                return message
        raise bad_request("message to edit not found")

    def _record(self, chat: Chat, kind: str, **values: Any) -> SentMessage:
        message = SentMessage(chat.user["id"], next(chat.message_ids), kind, sent_at=time.time(), **values)
        self.sent.setdefault(chat.user["id"], []).append(message)
        return message

    # -- internals: methods --------------------------------------------------------------
    async def call(self, method: str, params: dict[str, Any], files: dict[str, _Upload]) -> Any:
        self.arrived.append(method)
        now = time.monotonic()
        for fault in list(self._faults):
            if fault.applies(method, now):
                if fault.times is not None:
                    fault.times -= 1
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                if fault.status is not None:
                    if fault.status == 429:
                        raise ApiError(429, f"Too Many Requests: retry after {fault.retry_after or 1}", fault.retry_after or 1)
                    raise ApiError(fault.status, "Internal Server Error" if fault.status >= 500 else f"Error {fault.status}")
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        self.calls.append((method, {k: v for k, v in params.items()}))
        result = handler(params, files)
        if asyncio.iscoroutine(result):
            result = await result
        return result

    def _m_getMe(self, params, files):
        return self.bot_user

    async def _m_getUpdates(self, params, files):
        if self.webhook is not None:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")
        offset = _int(params, "offset", required=False) or 0
        limit = _int(params, "limit", required=False) or 100
        timeout = _int(params, "timeout", required=False) or 0
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates and timeout > 0 and not self._closing:
            event = self._new_update
            try:
                await asyncio.wait_for(event.wait(), timeout)
            except TimeoutError:
                pass
        batch = [dict(u) for u in self._updates[:limit]]
        self.fetched.update(u["update_id"] for u in batch)
        return batch

    def _m_deleteWebhook(self, params, files):
        self.webhook = None
        if _bool(params, "drop_pending_updates"):
            self._updates.clear()
        return True

    def _m_setWebhook(self, params, files):
        url = params.get("url") or ""
        if not url:
            return self._m_deleteWebhook(params, files)
        if not (url.startswith("https://") or url.startswith("http://127.0.0.1")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not SECRET_TOKEN.match(secret):
            raise bad_request("secret token contains unallowed characters")
        if _bool(params, "drop_pending_updates"):
            self._updates.clear()
        self.webhook = {"url": url, "secret_token": secret}
        if self._pusher is None or self._pusher.done():
            self._pusher = asyncio.get_running_loop().create_task(self._push_updates())
        return True

    def _m_getWebhookInfo(self, params, files):
        return {"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    def _m_setMyCommands(self, params, files):
        commands = _json(params, "commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("commands must be a list of at most 100 commands")
        for command in commands:
            if not COMMAND_NAME.match(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise bad_request("command description must be 1-256 characters")
        language = params.get("language_code") or ""
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("invalid language code specified")
        self.commands[language] = commands
        return True

    def _m_getMyCommands(self, params, files):
        return self.commands.get(params.get("language_code") or "", [])

    def _m_sendMessage(self, params, files):
        chat = self._known_chat(params)
        text = _text(params.get("text"), MAX_TEXT, "message text")
        markup = _markup(params)
        self._rate_check(chat)
        message = self._record(chat, "text", text=text, reply_markup=markup)
        return message.as_api(self.bot_user, chat.api)

    def _m_sendPhoto(self, params, files):
        chat = self._known_chat(params)
        upload = files.get("photo")
        if upload is None:
            raise bad_request("there is no photo in the request")
        photo = upload.content
        if not photo:
            raise bad_request("IMAGE_PROCESS_FAILED")
        caption = params.get("caption")
        if caption is not None and utf16_len(caption) > MAX_CAPTION:
            raise bad_request("message caption is too long")
        markup = _markup(params)
        self._rate_check(chat)
        message = self._record(chat, "photo", photo=photo, caption=caption, reply_markup=markup)
        return message.as_api(self.bot_user, chat.api)

    def _m_sendDocument(self, params, files):
        chat = self._known_chat(params)
        document = files.get("document")
        if not document:
            raise bad_request("there is no document in the request")
        caption = params.get("caption")
        if caption is not None and utf16_len(caption) > MAX_CAPTION:
            raise bad_request("message caption is too long")
        self._rate_check(chat)
        message = self._record(chat, "document", photo=document.content, caption=caption,
                               filename=document.filename, reply_markup=_markup(params))
        return message.as_api(self.bot_user, chat.api)

    def _m_sendChatAction(self, params, files):
        chat = self._known_chat(params)
        action = params.get("action")
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self.chat_actions.setdefault(chat.user["id"], []).append(action)
        return True

    def _m_editMessageText(self, params, files):
        chat = self._known_chat(params)
        message = self._find_message(chat, params)
        if message.kind != "text":
            raise bad_request("there is no text in the message to edit")
        text = _text(params.get("text"), MAX_TEXT, "message text")
        markup = _markup(params)
        if text == message.text and markup == message.reply_markup:
            raise bad_request("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")
        message.text, message.reply_markup = text, markup
        message.edits += 1
        return message.as_api(self.bot_user, chat.api)

    def _m_editMessageReplyMarkup(self, params, files):
        chat = self._known_chat(params)
        message = self._find_message(chat, params)
        markup = _markup(params)
        if markup == message.reply_markup:
            raise bad_request("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")
        message.reply_markup = markup
        message.edits += 1
        return message.as_api(self.bot_user, chat.api)

    def _m_answerCallbackQuery(self, params, files):
        query_id = params.get("callback_query_id")
        record = self.callback_answers.get(str(query_id))
        if record is None or record["answered"]:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        if text is not None and len(text) > MAX_CALLBACK_ANSWER:
            raise bad_request("MESSAGE_TOO_LONG")
        record.update(answered=True, text=text, show_alert=_bool(params, "show_alert"))
        return True

    def _m_deleteMessage(self, params, files):
        chat = self._known_chat(params)
        message = self._find_message(chat, params)
        self.sent[chat.user["id"]].remove(message)
        return True

    def _m_close(self, params, files):
        return True

    # -- internals: webhook ---------------------------------------------------------------
    async def _push_updates(self) -> None:
        """Deliver queued updates to the webhook one by one, as Telegram does, retrying failures."""
        async with httpx.AsyncClient(timeout=5.0) as client:
            while not self._closing and self.webhook is not None:
                if not self._updates:
                    event = self._new_update
                    try:
                        await asyncio.wait_for(event.wait(), 0.5)
                    except TimeoutError:
                        pass
                    continue
                update = self._updates[0]
                headers = {"Content-Type": "application/json"}
                if self.webhook.get("secret_token"):
                    headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
                try:
                    response = await client.post(self.webhook["url"], content=json.dumps(update), headers=headers)
                    status = response.status_code
                except httpx.HTTPError:
                    status = 0
                self.webhook_posts.append((update["update_id"], status))
                if 200 <= status < 300:
                    if self._updates and self._updates[0] is update:
                        self._updates.pop(0)
                else:
                    await asyncio.sleep(0.2)


class _MethodHandler(tornado.web.RequestHandler):
    def initialize(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator

    async def get(self, token: str, method: str) -> None:
        await self.post(token, method)

    async def post(self, token: str, method: str) -> None:
        emulator = self.emulator
        if token != emulator.token:
            self._answer(ApiError(401, "Unauthorized").body(), 401)
            return
        try:
            params, files = self._params()
            result = await emulator.call(method, params, files)
        except ApiError as err:
            emulator.rejected.append((method, err.code, err.description))
            self._answer(err.body(), err.code)
            return
        self._answer({"ok": True, "result": result}, 200)

    def _params(self) -> tuple[dict[str, Any], dict[str, _Upload]]:
        request = self.request
        params: dict[str, Any] = {k: v[-1].decode() for k, v in request.query_arguments.items()}
        if request.headers.get("Content-Type", "").startswith("application/json"):
            try:
                body = json.loads(request.body or b"{}")
            except ValueError:
                raise bad_request("can't parse JSON") from None
            params.update({k: v for k, v in body.items() if v is not None})
        else:
            params.update({k: v[-1].decode() for k, v in request.body_arguments.items()})
        files = {name: _Upload(parts[0]["body"], parts[0]["filename"]) for name, parts in request.files.items()}
        return params, files

    def _answer(self, body: dict[str, Any], status: int) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body))


# -- parameter parsing, as strict as Telegram ------------------------------------------------

def _int(params: dict[str, Any], name: str, required: bool = True) -> int | None:
    raw = params.get(name)
    if raw in (None, ""):
        if required:
            raise bad_request(f"{name} is empty")
        return None
    try:
        return int(raw)
    except (TypeError, ValueError):
        raise bad_request(f"field \"{name}\" must be of type Integer") from None


def _bool(params: dict[str, Any], name: str) -> bool:
    raw = params.get(name)
    return raw is True or (isinstance(raw, str) and raw.lower() == "true")


def _json(params: dict[str, Any], name: str) -> Any:
    raw = params.get(name)
    if isinstance(raw, str):
        try:
            return json.loads(raw)
        except ValueError:
            raise bad_request(f"can't parse {name} JSON object") from None
    return raw


def _text(raw: Any, limit: int, what: str) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise bad_request(f"{what} is empty")
    if utf16_len(raw) > limit:
        raise bad_request(f"{what} is too long")
    return raw


def _markup(params: dict[str, Any]) -> dict | None:
    markup = _json(params, "reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict) or not isinstance(markup.get("inline_keyboard"), list):
        raise bad_request("can't parse reply keyboard markup JSON object")
    for row in markup["inline_keyboard"]:
        if not isinstance(row, list):
            raise bad_request("can't parse inline keyboard button: row must be an Array")
        for button in row:
            if not isinstance(button, dict) or not str(button.get("text", "")).strip():
                raise bad_request("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
            data = button.get("callback_data")
            if data is None and not button.get("url"):
                raise bad_request("can't parse inline keyboard button: InlineKeyboardButton must have exactly one optional field")
            if data is not None and not 1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA:
                raise bad_request("BUTTON_DATA_INVALID")
    return markup
