"""Pipeline figures: Telegram updates fully handled per second by the real PTB Application.

Both harnesses are the same python-telegram-bot Application (long polling, the per-chat
update processor, our rate limiter with its caps lifted) against the Bot API emulator over
real HTTP, in one process and one event loop with the emulator:

- `pipeline_updates_per_s`: `TelegramBot` as shipped — engine (oefenen, a scenario
  started beforehand), run store (SQLite file, WAL, synchronous=FULL), reply stored in the
  outbox and sent to the emulator, marked delivered;
- `noop_updates_per_s`: a handler that only answers "ok", with PTB's own Updater for polling
  (the pipeline's `Intake`, which confirms an update only once handled, is our work too).

An update counts as handled when its reply is in the emulator (and, for the pipeline, the
outbox is empty). Telegram's own limits (1 message/s per chat, 30/s overall) are lifted on
both sides: this measures what the process can do, not what Telegram allows.

    .venv/bin/python -m bench.pipeline [--users 100] [--messages 8] [--profile]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from pathlib import Path

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

from bench.engine import TRAINEE_LINES
from bot.config import TelegramSettings
from bot.identity import Identity
from bot.review import Review
from bot.service import Conversations
from bot.store import open_store
from bot.telegram.app import ALLOWED_UPDATES, CONNECTION_POOL_SIZE, POOL_TIMEOUT, TelegramBot
from bot.telegram.limits import ChatRateLimiter
from bot.telegram.ordering import PerChatUpdateProcessor
from dialogues.engine import Engine
from dialogues.library import load_library
from tests.emulator import BotApiEmulator

USERS = 100
MESSAGES = 8  # per user, all queued at once
FIRST_USER = 10_000
SYNCHRONOUS = "FULL"


def unlimited(limiter: ChatRateLimiter) -> ChatRateLimiter:
    """Our limiter with Telegram's caps lifted (retries and per-chat locking stay)."""
    limiter.chat_interval = 0.0
    limiter.slots = limiter._overall = None
    return limiter


def emulator() -> BotApiEmulator:
    return BotApiEmulator(chat_burst=1_000_000, global_per_second=1_000_000)


async def _polling(emu: BotApiEmulator) -> None:
    polls = emu.arrived.count("getUpdates")
    await emu.wait_for(lambda: emu.arrived.count("getUpdates") > polls, 10, "the bot to poll")


async def _flood(emu: BotApiEmulator, users: int, messages: int, done_extra=None) -> tuple[float, float]:
    """Queue `messages` lines from each user at once, wait until all are answered.

    Returns updates per second (wall clock) and CPU milliseconds per update (the whole
    process: bot, worker threads and the emulator, which costs both harnesses the same).
    """
    ids = range(FIRST_USER, FIRST_USER + users)
    before = {uid: len(emu.sent.get(uid, [])) for uid in ids}
    began, cpu = time.perf_counter(), time.process_time()
    for i in range(messages):
        for uid in ids:
            emu.send_text(uid, TRAINEE_LINES[(uid + i) % len(TRAINEE_LINES)])

    def answered() -> bool:
        return all(len(emu.sent.get(uid, [])) - before[uid] >= messages for uid in ids)

    await emu.wait_for(answered, 120, "every update answered")
    if done_extra is not None:
        await emu.wait_for(done_extra, 120, "the outbox to empty")
    count = users * messages
    return count / (time.perf_counter() - began), (time.process_time() - cpu) * 1000 / count


async def noop_rate(users: int, messages: int) -> tuple[float, float]:
    emu = await emulator().start()

    async def ok(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await context.bot.send_message(update.effective_chat.id, "ok")

    app: Application = (ApplicationBuilder().token(emu.token).base_url(f"{emu.url}/bot")
                        .base_file_url(f"{emu.url}/file/bot").rate_limiter(unlimited(ChatRateLimiter()))
                        .concurrent_updates(PerChatUpdateProcessor())
                        .connection_pool_size(CONNECTION_POOL_SIZE).pool_timeout(POOL_TIMEOUT)
                        .get_updates_connection_pool_size(1).build())
    app.add_handler(MessageHandler(filters.TEXT, ok))
    try:
        await app.initialize()
        await app.start()
        await app.updater.start_polling(timeout=10, allowed_updates=ALLOWED_UPDATES)
        await _polling(emu)
        return await _flood(emu, users, messages)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await emu.stop()


async def pipeline_rate(library, users: int, messages: int, folder: Path) -> tuple[float, float]:
    emu = await emulator().start()
    engine = Engine(library)
    store = open_store(f"sqlite:///{folder / 'pipeline.db'}", synchronous=SYNCHRONOUS)
    service = Conversations(engine, store, identity=Identity(b"bench-secret-0123456789"), default_lang="nl")
    scenario = next(iter(library.scenarios))
    for uid in range(FIRST_USER, FIRST_USER + users):  # each user mid-way into a rehearsal, nothing owed
        emu.send_text(uid, "/start")
        service.start("telegram", str(uid), "oefenen", scenario=scenario, chat_id=uid)
    emu._updates.clear()
    for delivery in service.pending_deliveries():
        service.mark_delivered(delivery.id)
    settings = TelegramSettings(token=emu.token, api_url=emu.url, chat_interval=0.0, outbox_interval=5.0)
    bot = TelegramBot(settings, service, library, review=Review(store, library), pictures=lambda debrief: b"")
    unlimited(bot.application.bot.rate_limiter)

    def outbox_empty() -> bool:
        return not service.pending_deliveries()

    try:
        await bot.start()
        await _polling(emu)
        return await _flood(emu, users, messages, outbox_empty)
    finally:
        await bot.stop()
        await emu.stop()
        store.close()


def run(users: int = USERS, messages: int = MESSAGES) -> dict[str, float]:
    library = load_library()
    logging.getLogger("telegram").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="oefengesprek-bench-") as folder:
        noop, noop_cpu = asyncio.run(noop_rate(users, messages))
        pipeline, pipeline_cpu = asyncio.run(pipeline_rate(library, users, messages, Path(folder)))
    return {"pipeline_updates_per_s": round(pipeline, 1), "noop_updates_per_s": round(noop, 1),
            "pipeline_cpu_ms_per_update": round(pipeline_cpu, 2), "noop_cpu_ms_per_update": round(noop_cpu, 2)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=USERS)
    parser.add_argument("--messages", type=int, default=MESSAGES)
    parser.add_argument("--profile", action="store_true", help="profile the pipeline run (cProfile, top 30)")
    args = parser.parse_args(argv)
    if args.profile:
        import cProfile
        import pstats

        library = load_library()
        with tempfile.TemporaryDirectory(prefix="oefengesprek-bench-") as folder:
            profiler = cProfile.Profile()
            profiler.enable()
            rate, _ = asyncio.run(pipeline_rate(library, args.users, args.messages, Path(folder)))
            profiler.disable()
        print(f"pipeline: {rate:.1f} updates/s (under the profiler)")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        return
    figures = run(args.users, args.messages)
    figures["pipeline_vs_noop"] = round(figures["pipeline_updates_per_s"] / figures["noop_updates_per_s"], 3)
    for key, value in figures.items():
        print(f"{key:<24} {value}")


if __name__ == "__main__":
    main()
