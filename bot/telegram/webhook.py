"""The webhook server: an update is answered only once it has been handled.

PTB's own webhook server answers 200 as soon as it has queued an update. A replica killed
right after that has lost the update (Telegram got its 200 and never sends it again), and
Telegram, which keeps one queue per chat and sends a chat's next update once the previous
one is answered, would hand the next update of that chat to another replica while this one
still works on the previous: the two race for the session row and may apply them in the
wrong order. Here the request stays open until the update has gone through the handlers
(turn, session and reply stored in one transaction, reply sent or left in the outbox):

- a replica that dies mid-update never answered, so the proxy or Telegram delivers the update
  again, to a live replica; the dedupe by `update_id` makes that count once;
- a chat's next update is sent only after this answer, so a chat's updates are applied in
  `update_id` order, whichever replica gets each of them.

`GET /healthz` answers 200 when the store answers (for container health checks and the
proxy). The secret token is checked like PTB does (403 without it).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import tornado.httpserver
import tornado.iostream
import tornado.netutil
import tornado.web
from telegram import Update
from telegram.ext import Application

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class WebhookServer:
    """Serves `POST /<path>` (Telegram's updates) and `GET /healthz` on `listen:port`."""

    def __init__(self, application: Application, *, listen: str, port: int, path: str,
                 secret: str | None, health: Callable[[], Any] | None = None):
        self.application = application
        self.listen = listen
        self.port = port
        self.path = "/" + path.strip("/")
        self.secret = secret
        self.health = health
        self._server: tornado.httpserver.HTTPServer | None = None

    async def start(self) -> None:
        shared = {"server": self}
        app = tornado.web.Application([
            (r"/healthz", _HealthHandler, shared),
            (rf"{self.path.rstrip('/')}/?", _UpdateHandler, shared),
        ])
        sockets = tornado.netutil.bind_sockets(self.port, self.listen)
        self.port = sockets[0].getsockname()[1]  # the real port when 0 was asked for
        self._server = tornado.httpserver.HTTPServer(app)
        self._server.add_sockets(sockets)
        log.info("webhook server listening on %s:%d", self.listen, self.port)

    async def stop(self) -> None:
        """Stop taking requests; requests being handled are cut off (Telegram sends them again)."""
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None

    async def handle(self, data: dict[str, Any]) -> int:
        """Run one update through the application; the HTTP status to answer with."""
        app = self.application
        update = Update.de_json(data, app.bot)
        handling = app.process_update(update)
        try:
            # The update processor holds the chat's turn (in this process and, with PostgreSQL,
            # across replicas) while the handlers run.
            await app.update_processor.process_update(update, handling)
        except Exception:
            handling.close()  # never started when the chat's lock could not be taken
            log.exception("update %s could not be handled; Telegram will send it again", update.update_id)
            return HTTPStatus.SERVICE_UNAVAILABLE
        return HTTPStatus.OK


class _UpdateHandler(tornado.web.RequestHandler):
    SUPPORTED_METHODS = ("POST",)  # type: ignore[assignment]

    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def post(self) -> None:
        if self.request.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        if self.server.secret and self.request.headers.get(SECRET_HEADER) != self.server.secret:
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        try:
            data = json.loads(self.request.body or b"")
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
        except ValueError:
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST) from None
        status = await self.server.handle(data)
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        try:
            self.finish(b"{}")
        except tornado.iostream.StreamClosedError:  # the sender gave up waiting; it will retry
            log.debug("webhook request closed before the answer")

    def log_exception(self, typ, value, tb) -> None:  # no request bodies (message text) in the log
        if isinstance(value, tornado.web.HTTPError):
            log.debug("webhook request refused: %s", value.status_code)
        else:
            log.error("webhook request failed: %s", typ.__name__ if typ else "?")


class _HealthHandler(tornado.web.RequestHandler):
    SUPPORTED_METHODS = ("GET", "HEAD")  # type: ignore[assignment]

    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def get(self) -> None:
        try:
            if self.server.health is not None:
                await asyncio.to_thread(self.server.health)
        except Exception as err:
            log.warning("health check failed: %s", type(err).__name__)
            self.set_status(HTTPStatus.SERVICE_UNAVAILABLE)
            self.finish({"ok": False})
            return
        self.finish({"ok": True})

    async def head(self) -> None:
        await self.get()
