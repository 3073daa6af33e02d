"""Several bot replicas on one PostgreSQL behind one proxy, without containers (tests and bench).

The same topology as `docker-compose.yml`, as processes on this machine:
- `TelegramLikeEmulator`: the Bot API emulator, delivering webhook updates the way Telegram's
  Bot API server does: one queue per chat (a chat's next update only after the previous
  one was answered with 2xx), chats side by side over several connections, a failed
  delivery tried again after a pause;
- `RoundRobinProxy`: what `deploy/nginx.conf` does: requests spread over the replicas in
  turn, a request whose replica cannot be reached or dies before answering is passed to
  the next one (`proxy_next_upstream error timeout non_idempotent`), a failed replica is
  skipped for a while (`max_fails=1 fail_timeout`); with `pass_on = False` it answers 502
  instead and leaves the retry to Telegram; `mirror(update_id)` sends one update to every
  replica at the same moment (Telegram retrying while the first delivery still runs);
- `Replica`: `oefengesprek telegram --webhook` as a subprocess on a free port.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import tornado.httpserver
import tornado.web

from tests.emulator import BotApiEmulator, serve_locally

ROOT = Path(__file__).resolve().parents[2]
SECRET = "replica-test-secret-0123456789"
WEBHOOK_SECRET = "replica-webhook-secret"
CHAT_INTERVAL = 0.02


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def chat_of(update: dict[str, Any]) -> int:
    source = update.get("message") or update.get("callback_query") or {}
    return source.get("from", {}).get("id", 0)


class TelegramLikeEmulator(BotApiEmulator):
    """Webhook delivery as Telegram does it: per chat in order, chats concurrently, retries."""

    def __init__(self, *args: Any, max_connections: int = 8, retry_after: float = 0.2, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.max_connections = max_connections
        self.retry_after = retry_after
        self._busy: set[int] = set()

    async def _push_updates(self) -> None:
        tasks: set[asyncio.Task] = set()
        async with httpx.AsyncClient(timeout=30.0) as client:
            try:
                while not self._closing and self.webhook is not None:
                    waiting = self._new_update
                    for update in self._ready():
                        if len(tasks) >= self.max_connections:
                            break
                        self._busy.add(chat_of(update))
                        task = asyncio.create_task(self._deliver(client, update))
                        tasks.add(task)
                        task.add_done_callback(tasks.discard)
                        task.add_done_callback(lambda _t: self._wake())
                    try:
                        await asyncio.wait_for(waiting.wait(), 0.2)
                    except TimeoutError:
                        pass
            finally:
                for task in tasks:
                    task.cancel()

    def _ready(self) -> list[dict[str, Any]]:
        """The oldest queued update of every chat that has none in flight."""
        seen: set[int] = set()
        ready = []
        for update in sorted(self._updates, key=lambda u: u["update_id"]):
            chat = chat_of(update)
            if chat in seen or chat in self._busy:
                seen.add(chat)
                continue
            seen.add(chat)
            ready.append(update)
        return ready

    def _wake(self) -> None:
        self._new_update.set()
        self._new_update = asyncio.Event()

    async def _deliver(self, client: httpx.AsyncClient, update: dict[str, Any]) -> None:
        headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": self.webhook["secret_token"]}
        try:
            response = await client.post(self.webhook["url"], content=json.dumps(update), headers=headers)
            status = response.status_code
        except httpx.HTTPError:
            status = 0
        self.webhook_posts.append((update["update_id"], status))
        if 200 <= status < 300:
            self._updates = [u for u in self._updates if u is not update]
        else:
            await asyncio.sleep(self.retry_after)
        self._busy.discard(chat_of(update))

    def update_body(self, update_id: int) -> dict[str, Any]:
        return dict(self._history[update_id])


class RoundRobinProxy:
    """Spreads webhook POSTs over the replicas in turn, passing a failed request on to the next."""

    def __init__(self, upstreams: list[str], fail_timeout: float = 10.0):
        self.upstreams = upstreams
        self.fail_timeout = fail_timeout
        self.down_until: dict[str, float] = {}
        self.routes: list[tuple[int, str, int]] = []  # (update_id, upstream, status)
        self.in_flight: dict[str, int] = {u: 0 for u in upstreams}
        self.mirrored: set[int] = set()
        self.pass_on = True
        self._next = 0
        self._server: tornado.httpserver.HTTPServer | None = None
        self._client: httpx.AsyncClient | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> RoundRobinProxy:
        self._client = httpx.AsyncClient(timeout=30.0)
        app = tornado.web.Application([(r"/.*", _ProxyHandler, {"proxy": self})])
        self._server, self.port = serve_locally(app)
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
        if self._client is not None:
            await self._client.aclose()

    def mirror(self, update_id: int) -> None:
        """Send this update to every live replica at once (a retry racing the first delivery)."""
        self.mirrored.add(update_id)

    def _order(self) -> list[str]:
        now = time.monotonic()
        start = self._next
        self._next = (self._next + 1) % len(self.upstreams)
        turn = self.upstreams[start:] + self.upstreams[:start]
        live = [u for u in turn if self.down_until.get(u, 0) <= now]
        return live or turn

    async def _send(self, upstream: str, path: str, body: bytes, headers: dict[str, str]) -> int:
        self.in_flight[upstream] += 1
        try:
            response = await self._client.post(upstream + path, content=body, headers=headers)
            return response.status_code
        finally:
            self.in_flight[upstream] -= 1

    async def forward(self, path: str, body: bytes, headers: dict[str, str]) -> int:
        update_id = json.loads(body or b"{}").get("update_id", -1)
        order = self._order()
        if update_id in self.mirrored:
            results = await asyncio.gather(*(self._send(u, path, body, headers) for u in order),
                                           return_exceptions=True)
            for upstream, result in zip(order, results, strict=True):
                self.routes.append((update_id, upstream, result if isinstance(result, int) else 0))
            codes = [r for r in results if isinstance(r, int)]
            return min(codes) if codes else 502
        for upstream in order:
            try:
                status = await self._send(upstream, path, body, headers)
            except httpx.TransportError:  # refused, reset, or the replica died mid-request
                self.down_until[upstream] = time.monotonic() + self.fail_timeout
                self.routes.append((update_id, upstream, 0))
                if not self.pass_on:
                    return 502
                continue
            self.routes.append((update_id, upstream, status))
            return status
        return 502


class _ProxyHandler(tornado.web.RequestHandler):
    def initialize(self, proxy: RoundRobinProxy) -> None:
        self.proxy = proxy

    async def post(self) -> None:
        headers = {k: v for k, v in self.request.headers.items()
                   if k.lower() in ("content-type", "x-telegram-bot-api-secret-token")}
        status = await self.proxy.forward(self.request.path, self.request.body, headers)
        self.set_status(status)
        self.finish(b"{}")


class Replica:
    """One `oefengesprek telegram --webhook` process."""

    def __init__(self, name: str, env: dict[str, str], log_path: Path):
        self.name = name
        self.port = free_port()
        self.env = {**env, "WEBHOOK_PORT": str(self.port)}
        self.log_path = log_path
        self.process: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> Replica:
        with open(self.log_path, "ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "telegram", "--webhook", cwd=str(ROOT), env=self.env,
                stdin=asyncio.subprocess.DEVNULL, stdout=log, stderr=log)
        return self

    async def ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        async with httpx.AsyncClient(timeout=1.0) as client:
            while time.monotonic() < deadline:
                if self.process.returncode is not None:
                    raise AssertionError(f"replica {self.name} exited: {self.log_path.read_text()[-2000:]}")
                try:
                    if (await client.get(self.url + "/healthz")).status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.05)
        raise AssertionError(f"replica {self.name} not healthy within {timeout}s: {self.log_path.read_text()[-2000:]}")

    async def kill(self) -> None:
        """SIGKILL: no shutdown, no goodbye."""
        if self.process is not None and self.process.returncode is None:
            self.process.kill()
            await self.process.wait()

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            try:
                await asyncio.wait_for(self.process.wait(), 10)
            except TimeoutError:
                await self.kill()


def replica_environment(emulator: BotApiEmulator, database_url: str, webhook_url: str, data_dir: Path) -> dict[str, str]:
    """Only what `oefengesprek telegram --webhook` reads (configuration is environment only)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_", "OEFENGESPREK_"))}
    env.update({"TELEGRAM_BOT_TOKEN": emulator.token, "TELEGRAM_API_URL": emulator.url,
                "DATABASE_URL": database_url, "OEFENGESPREK_SECRET": SECRET,
                "OEFENGESPREK_DATA_DIR": str(data_dir), "OEFENGESPREK_LANG": "nl",
                "TELEGRAM_CHAT_INTERVAL": str(CHAT_INTERVAL), "TELEGRAM_OUTBOX_INTERVAL": "0.2",
                "WEBHOOK_URL": webhook_url + "/telegram", "WEBHOOK_SECRET": WEBHOOK_SECRET,
                "WEBHOOK_LISTEN": "127.0.0.1", "PYTHONPATH": str(ROOT)})
    return env


class Cluster:
    """Emulator + proxy + `count` replicas on one database; `async with Cluster(...)`."""

    def __init__(self, database_url: str, folder: Path, count: int = 2, *, env: dict[str, str] | None = None,
                 **emulator_options: Any):
        self.database_url = database_url
        self.folder = folder
        self.count = count
        self.extra_env = env or {}
        self.emulator = TelegramLikeEmulator(**{"chat_window": 0.01, **emulator_options})
        self.replicas: list[Replica] = []
        self.proxy: RoundRobinProxy | None = None

    async def __aenter__(self) -> Cluster:
        await self.emulator.start()
        self.proxy = RoundRobinProxy([])
        await self.proxy.start()
        env = {**replica_environment(self.emulator, self.database_url, self.proxy.url, self.folder / "data"),
               **self.extra_env}
        self.replicas = [Replica(f"bot{i + 1}", env, self.folder / f"bot{i + 1}.log") for i in range(self.count)]
        self.proxy.upstreams = [r.url for r in self.replicas]
        self.proxy.in_flight = {r.url: 0 for r in self.replicas}
        for replica in self.replicas:
            await replica.start()
        for replica in self.replicas:
            await replica.ready()
        await self.emulator.wait_for(lambda: self.emulator.webhook is not None, 10, "setWebhook")
        return self

    async def __aexit__(self, *exc: Any) -> None:
        for replica in self.replicas:
            await replica.stop()
        await self.proxy.stop()
        await self.emulator.stop()

    def logs(self) -> str:
        return "\n".join(f"--- {r.name}\n{r.log_path.read_text()[-3000:]}" for r in self.replicas if r.log_path.exists())
