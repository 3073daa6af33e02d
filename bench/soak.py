"""`make soak`: the heavy fault tests, then the load test, with their figures.

1. `pytest tests/faults` with `OEFENGESPREK_SOAK=1`: the bot process killed 30 times,
   10,000 hostile messages per mode, Telegram and database trouble.
2. Load: 100 simulated users send 20 messages per second together for 2 minutes to the
   real `oefengesprek telegram` process (SQLite, production rate limits: 1 message/s per
   chat, 30/s overall) through the Bot API emulator, which adds 50-100 ms to every call
   and answers 429 to anything faster than Telegram allows. A user waits for the whole
   reply before typing again; a scheduler hands the next message to an idle user every
   50 ms. Figures: latency from the user's message to the first reply message in the chat
   (and from the update reaching the bot, and to the reply's last message), errors, and
   the highest message rates per chat and overall in any one-second window.

    .venv/bin/python -m bench.soak [--seconds 120] [--users 100] [--rate 20] [--skip-tests]

Writes bench/soak.json; exits non-zero when a test or a load criterion failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.bot.telegram.conftest import bot_environment, spawn_bot
from tests.emulator import BotApiEmulator

logging.getLogger("tornado.access").setLevel(logging.ERROR)  # 429s are counted, not printed
RESULTS = Path(__file__).resolve().parent / "soak.json"
FIRST_USER = 50_000
LINES = ("Hoe houdt u het vol?", "Wat zou voor jou nuttig zijn om te bespreken?", "Dat klinkt zwaar.",
         "Wanneer ging het de laatste keer wat beter?", "Op een schaal van 0 tot 10, waar sta je nu?",
         "Knap dat je hier toch bent gekomen.", "Wat wil je dat er anders wordt?", "Ik weet het niet.",
         "Wat is een eerste kleine stap?", "Je moet gewoon de woningcorporatie bellen.")
RUN_LENGTH = 10  # lines before a user stops the run and starts another


class SlowEmulator(BotApiEmulator):
    """The emulator with 50-100 ms added to every call; remembers when each update reached the bot."""

    def __init__(self, latency: tuple[float, float], **options):
        super().__init__(**options)
        self.latency = latency
        self.random = random.Random(7)
        self.typed: dict[int, float] = {}  # update_id -> when the user sent it
        self.handed: dict[int, float] = {}  # update_id -> when a getUpdates answer first carried it

    async def call(self, method, params, files):
        await asyncio.sleep(self.random.uniform(*self.latency))
        result = await super().call(method, params, files)
        if method == "getUpdates":
            now = time.time()
            for update in result:
                self.handed.setdefault(update["update_id"], now)
        return result

    def _add_update(self, update):
        update_id = super()._add_update(update)
        self.typed[update_id] = time.time()
        return update_id


@dataclass
class Exchange:
    user: int
    update_id: int
    typed: float
    kind: str = "text"  # text, command or press
    first: float | None = None
    last: float | None = None


@dataclass
class SimulatedUser:
    id: int
    mode: str
    step: int = 0
    exchanges: list[Exchange] = field(default_factory=list)

    def next_action(self) -> tuple[str, str]:
        """("text", line) or ("press", "") for this user's script position."""
        position = self.step % (RUN_LENGTH + 3)
        self.step += 1
        if position == 0:
            return "text", {"rondleiding": "/rondleiding", "vragenreeks": "/vragenreeks", "oefenen": "/oefen"}[self.mode]
        if position == 1 and self.mode != "rondleiding":
            return "press", ""
        if position == RUN_LENGTH + 2:
            return "text", "/stop"
        return "text", LINES[(self.id + self.step) % len(LINES)]


async def act(emulator: SlowEmulator, user: SimulatedUser) -> None:
    """One message (or button press) and the whole reply to it."""
    kind, text = user.next_action()
    before = len(emulator.sent.get(user.id, []))
    if kind == "press":
        shown = [m for m in emulator.sent.get(user.id, []) if m.buttons]
        if not shown:
            kind, text = "text", LINES[user.step % len(LINES)]
        else:
            update_id = emulator.press(user.id, data=shown[-1].buttons[0]["callback_data"])
    if kind == "text":
        update_id = emulator.send_text(user.id, text)
    exchange = Exchange(user.id, update_id, emulator.typed[update_id],
                        "press" if kind == "press" else "command" if text.startswith("/") else "text")
    user.exchanges.append(exchange)
    deadline = time.time() + 30
    while len(emulator.sent.get(user.id, [])) <= before and time.time() < deadline:
        await asyncio.sleep(0.005)
    messages = emulator.sent.get(user.id, [])[before:]
    if not messages:
        return
    exchange.first = messages[0].sent_at
    while True:  # the rest of the reply follows at 1 message/s
        count = len(emulator.sent.get(user.id, []))
        await asyncio.sleep(1.3)
        if len(emulator.sent.get(user.id, [])) == count:
            break
    exchange.last = emulator.sent[user.id][-1].sent_at


async def drive(emulator: SlowEmulator, users: list[SimulatedUser], seconds: float, rate: float) -> int:
    """Hand a message to an idle user every 1/rate seconds; returns how many were sent."""
    idle = list(users)
    busy: set[asyncio.Task] = set()
    rng = random.Random(11)
    sent, began = 0, time.monotonic()

    async def run(user: SimulatedUser) -> None:
        try:
            await act(emulator, user)
        finally:
            idle.append(user)

    while time.monotonic() - began < seconds:
        due = began + sent / rate
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        if not idle:
            continue  # everybody waits for an answer: the bot is behind
        user = idle.pop(rng.randrange(len(idle)))
        task = asyncio.create_task(run(user))
        busy.add(task)
        task.add_done_callback(busy.discard)
        sent += 1
    if busy:
        await asyncio.wait(busy, timeout=60)
    return sent


def window_max(times: list[float], width: float = 1.0) -> int:
    """The most events in any window of `width` seconds (closed on the left, open on the right)."""
    ordered, best, start = sorted(times), 0, 0
    for end, moment in enumerate(ordered):
        while ordered[start] <= moment - width:
            start += 1
        best = max(best, end - start + 1)
    return best


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else float("nan")


async def load(seconds: float, user_count: int, rate: float, bot_env: dict[str, str] | None = None) -> dict:
    emulator = await SlowEmulator((0.05, 0.10), chat_burst=1, chat_window=1.0, global_per_second=30).start()
    folder = Path(tempfile.mkdtemp(prefix="oefengesprek-soak-"))
    store_url = f"sqlite:///{folder / 'soak.db'}"
    env = bot_environment(emulator, store_url, folder, TELEGRAM_CHAT_INTERVAL="1.0", TELEGRAM_OUTBOX_INTERVAL="5",
                          **(bot_env or {}))
    log_path = folder / "bot.log"
    process = await spawn_bot(env, log_path=log_path)
    try:
        await emulator.wait_for(lambda: "getUpdates" in emulator.arrived or process.returncode is not None, 60,
                                "the bot to poll")
        modes = ("rondleiding", "vragenreeks", "oefenen")
        users = [SimulatedUser(FIRST_USER + i, modes[i % 3]) for i in range(user_count)]
        for user in users:
            emulator._chat(user.id)
        began = time.time()
        sent = await drive(emulator, users, seconds, rate)
        elapsed = time.time() - began
    finally:
        process.terminate()
        await process.wait()
        await emulator.stop()
    exchanges = [e for u in users for e in u.exchanges]
    answered = [e for e in exchanges if e.first is not None]
    to_first = [(e.first - e.typed) * 1000 for e in answered]
    from_bot = [(e.first - emulator.handed[e.update_id]) * 1000 for e in answered if e.update_id in emulator.handed]
    to_last = [(e.last - e.typed) * 1000 for e in answered if e.last is not None]
    waited = [(emulator.handed[e.update_id] - e.typed) * 1000 for e in exchanges if e.update_id in emulator.handed]
    sends = [m.sent_at for chat in emulator.sent.values() for m in chat]
    log_text = log_path.read_text(errors="replace")
    figures = {
        "load_users": user_count, "load_seconds": round(elapsed, 1), "load_messages_sent": sent,
        "load_messages_per_s": round(sent / elapsed, 2),
        "load_unanswered": len(exchanges) - len(answered),
        "load_first_reply_p50_ms": round(statistics.median(to_first), 1),
        "load_first_reply_p99_ms": round(percentile(to_first, 0.99), 1),
        "load_first_reply_max_ms": round(max(to_first), 1),
        "load_received_to_reply_p50_ms": round(statistics.median(from_bot), 1),
        "load_received_to_reply_p99_ms": round(percentile(from_bot, 0.99), 1),
        "load_whole_reply_p99_ms": round(percentile(to_last, 0.99), 1),
        "load_typed_to_received_p50_ms": round(statistics.median(waited), 1),
        "load_typed_to_received_p99_ms": round(percentile(waited, 0.99), 1),
        "load_errors_telegram": len(emulator.rejected),
        "load_errors_logged": sum(1 for line in log_text.splitlines() if " ERROR " in line or line.startswith("ERROR")),
        "load_max_per_chat_per_s": max(window_max([m.sent_at for m in chat]) for chat in emulator.sent.values()),
        "load_max_overall_per_s": window_max(sends),
        "load_bot_messages": len(sends),
    }
    for kind in ("text", "command", "press"):  # where the slow ones are
        of_kind = [(e.first - emulator.handed[e.update_id]) * 1000 for e in answered
                   if e.kind == kind and e.update_id in emulator.handed]
        if of_kind:
            figures[f"load_received_to_reply_p99_ms_{kind}"] = round(percentile(of_kind, 0.99), 1)
            figures[f"load_exchanges_{kind}"] = len(of_kind)
    if emulator.rejected:
        figures["load_rejected_examples"] = [f"{m} {c} {d}" for m, c, d in emulator.rejected[:5]]
    return figures


def verdict(figures: dict) -> list[str]:
    failed = []
    if figures["load_received_to_reply_p99_ms"] >= 200:
        failed.append("p99 from update received to reply sent is not under 200 ms")
    if figures["load_errors_telegram"] or figures["load_errors_logged"] or figures["load_unanswered"]:
        failed.append("errors or unanswered messages")
    if figures["load_max_per_chat_per_s"] > 1 or figures["load_max_overall_per_s"] > 30:
        failed.append("a rate limit was exceeded")
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--rate", type=float, default=20)
    parser.add_argument("--skip-tests", action="store_true", help="only the load test")
    parser.add_argument("--max-per-second", help="TELEGRAM_MAX_PER_SECOND for the bot (default: its own)")
    args = parser.parse_args(argv)
    tests_rc = 0
    if not args.skip_tests:
        env = {**os.environ, "OEFENGESPREK_SOAK": "1"}
        print("== heavy fault tests (tests/faults, OEFENGESPREK_SOAK=1)", flush=True)
        tests_rc = subprocess.call([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                                    "--durations=5", "tests/faults"], env=env)
    print(f"== load: {args.users} users, {args.rate:g} messages/s, {args.seconds:g} s", flush=True)
    bot_env = {"TELEGRAM_MAX_PER_SECOND": args.max_per_second} if args.max_per_second else {}
    figures = asyncio.run(load(args.seconds, args.users, args.rate, bot_env))
    figures.update({f"bot_{k.lower()}": v for k, v in bot_env.items()})
    figures["fault_tests"] = "skipped" if args.skip_tests else ("passed" if tests_rc == 0 else "FAILED")
    failed = verdict(figures)
    figures["load_verdict"] = "; ".join(failed) or "met"
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {RESULTS}")
    return 1 if failed or tests_rc else 0


if __name__ == "__main__":
    sys.exit(main())
