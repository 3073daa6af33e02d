"""A scripted conversation with a bot process that is killed (SIGKILL) at random moments.

`converse_through_kills` drives the script line by line over the emulator as a user would,
kills the real `oefengesprek telegram` process at random moments (before, during or after a
turn) and starts it again. `replay` gives what an uninterrupted bot says and logs for the
same script, through the same conversation service on a scratch database.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.identity import Identity
from bot.service import Conversations
from bot.store import open_store
from tests.bot.telegram.conftest import SECRET, spawn_bot
from tests.bot.telegram.users import sent_texts

ROUND = ["/rondleiding", "Ik kom hier omdat het moet van mijn moeder.", "Ik weet het niet.",
         "Misschien dat ze me met rust laten.", "Vroeger ging het beter.", "Dat ik weer eens rustig kan slapen.",
         "Een zes denk ik.", "Mijn zus helpt soms.", "/stop"]
SHORT = ROUND[:4] + ["/stop"]


def as_engine_text(line: str) -> str:
    """What the channel hands the service for a line (the mode commands are mode buttons)."""
    return f"mode:{line[1:]}" if line in ("/rondleiding", "/vragenreeks") else line


@dataclass
class Outcome:
    """What one user's chat and run log look like."""

    texts: list[str]
    messages: list  # the emulator's SentMessage records of the text messages (with sent_at)
    runs: list[list[str | None]]  # per run, oldest first: the user text of each turn
    state: dict | None  # the session's reply state at the end
    kills: list[float] = field(default_factory=list)  # when each kill happened (time.time())


def read_log(store_url: str, user: int) -> tuple[list[list[str | None]], dict | None]:
    store = open_store(store_url)
    try:
        user_id = Identity(SECRET.encode()).user_id("telegram", str(user))
        with store.transaction(read_only=True) as tx:
            runs = sorted((r for r in tx.runs() if r.user_id == user_id), key=lambda r: r.id)
            turns = [[t.user_text for t in tx.turns(r.id)] for r in runs]
            record = tx.load_session(user_id, lock=False)
        return turns, record.state if record else None
    finally:
        store.close()


def replay(engine, script: list[str], folder: Path, user: int) -> Outcome:
    """The uninterrupted conversation: the same service on a scratch database, no Telegram."""
    url = f"sqlite:///{folder / 'uninterrupted.db'}"
    store = open_store(url, synchronous="OFF")
    try:
        service = Conversations(engine, store, identity=Identity(SECRET.encode()), default_lang="nl")
        texts = []
        for number, line in enumerate(script):
            reply = service.handle("telegram", str(user), as_engine_text(line), chat_id=user, update_id=number)
            texts.extend(sent_texts(reply))
    finally:
        store.close()
    runs, state = read_log(url, user)
    return Outcome(texts, [], runs, state)


def outbox_is_empty(store_url: str) -> bool:
    store = open_store(store_url)
    try:
        with store.transaction(read_only=True) as tx:
            return not tx.pending()
    finally:
        store.close()


async def started(emulator, env: dict, log_path: Path) -> asyncio.subprocess.Process:
    process = await spawn_bot(env, log_path=log_path)
    polls = emulator.arrived.count("getUpdates")
    await emulator.wait_for(lambda: emulator.arrived.count("getUpdates") > polls or process.returncode is not None,
                            60, "the bot process to poll")
    assert process.returncode is None, log_path.read_text()[-3000:]
    return process


async def killed(process: asyncio.subprocess.Process) -> None:
    process.kill()  # SIGKILL: no shutdown, no goodbye
    await process.wait()


async def converse_through_kills(emulator, env: dict, log_path: Path, store_url: str, script: list[str],
                                 kills: int, rng: random.Random, user: int) -> Outcome:
    """Say each line and wait for the answer; after `kills` randomly chosen lines, kill and restart the bot."""
    kill_after = set(rng.sample(range(len(script)), kills))
    kill_times: list[float] = []

    def texts() -> list[str]:
        return [m.text for m in emulator.messages(user) if m.kind == "text"]

    process = await started(emulator, env, log_path)
    try:
        for number, line in enumerate(script):
            before = len(texts())
            emulator.send_text(user, line)
            if number in kill_after:
                await asyncio.sleep(rng.uniform(0.0, 0.3))  # before, while or after the turn is handled
                kill_times.append(time.time())
                await killed(process)
                process = await started(emulator, env, log_path)
            # The answer is complete when the chat has grown and then stays quiet.
            await emulator.wait_for(lambda before=before: len(texts()) > before, 60, f"an answer to line {number} in chat {user}")
            await emulator.wait_until_quiet(user, quiet=0.15, timeout=60)
        await emulator.wait_for(lambda: outbox_is_empty(store_url), 30, "the outbox to empty")
    finally:
        if process.returncode is None:
            await killed(process)
    runs, state = read_log(store_url, user)
    messages = [m for m in emulator.messages(user) if m.kind == "text"]
    return Outcome([m.text for m in messages], messages, runs, state, kill_times)


def repeats_after_kills(got: Outcome, want: list[str]) -> list[str]:
    """The chat matched against the uninterrupted transcript: the messages sent twice.

    A message may repeat only when a kill fell between its two copies: the process died
    after Telegram accepted it and before the outbox recorded it as sent (a reply of several
    messages is sent again from its first one). Anything else — a message missing, out of
    order, or repeated without a kill — fails.
    """
    position, first_sent, repeats = 0, {}, []
    for message in got.messages:
        if position < len(want) and message.text == want[position]:
            first_sent[position] = message.sent_at
            position += 1
            continue
        earlier = next((k for k in range(position - 1, max(-1, position - 4), -1) if want[k] == message.text), None)
        assert earlier is not None, f"message {message.text[:60]!r} where {want[position][:60]!r} was expected" \
            if position < len(want) else f"extra message {message.text[:60]!r}"
        assert any(first_sent[earlier] <= kill <= message.sent_at for kill in got.kills), \
            f"{message.text[:60]!r} was sent twice without a kill in between"
        repeats.append(message.text)
    assert position == len(want), f"never answered: {want[position:]}"
    return repeats
