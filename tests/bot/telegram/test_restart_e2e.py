"""A bot process killed with SIGKILL mid-run and started again continues exactly where it was.

The measure is the engine itself: the chat must show exactly what an uninterrupted engine
says to the same lines, in the same order (nothing lost, nothing twice), and the run log
must hold each line once.
"""

from __future__ import annotations

import asyncio

from bot.identity import Identity
from bot.store import open_store
from tests.bot.telegram.conftest import SECRET, bot_environment, spawn_bot
from tests.bot.telegram.users import User, sent_texts

USER = 2001
LINES = ["Ik kom hier omdat het moet van mijn moeder.", "Ik weet het niet.",
         "Misschien dat ze me met rust laten.", "Vroeger ging het beter.", "/stop"]


async def started(emulator, env, log_path) -> asyncio.subprocess.Process:
    process = await spawn_bot(env, log_path=log_path)
    polls = emulator.arrived.count("getUpdates")
    await emulator.wait_for(lambda: emulator.arrived.count("getUpdates") > polls or process.returncode is not None,
                            30, "the bot process to poll")
    assert process.returncode is None, log_path.read_text()
    return process


async def killed(process: asyncio.subprocess.Process) -> None:
    process.kill()  # SIGKILL: no shutdown, no goodbye
    await process.wait()


def outbox_is_empty(store_url: str) -> bool:
    store = open_store(store_url)
    try:
        with store.transaction() as tx:
            return not tx.pending()
    finally:
        store.close()


async def settled(emulator, store_url: str) -> None:
    """Wait until every stored reply is confirmed sent: a kill now hits no delivery in flight.

    (A kill in the milliseconds between Telegram accepting a message and the outbox row being
    deleted sends that message once more after the restart: delivery is at least once.)
    """
    await emulator.wait_for(lambda: outbox_is_empty(store_url), 10, "the outbox to empty")


def uninterrupted(engine) -> tuple[list[str], list[str]]:
    """What the engine says to LINES in one go, and which lines land in the run log."""
    reply = engine.start("rondleiding", "nl")
    said, logged = sent_texts(reply), ["mode:rondleiding"]
    for line in LINES:
        if not reply.session.done:
            logged.append(line)
        reply = engine.handle(reply.session, line)
        said.extend(sent_texts(reply))
    return said, logged


async def test_a_killed_bot_continues_the_run_with_no_turn_lost_or_doubled(emulator, store_url, tmp_path, engine):
    expected, logged = uninterrupted(engine)
    env = bot_environment(emulator, store_url, tmp_path)
    log_path = tmp_path / "bot.log"
    user = User(emulator, USER)

    def said() -> list[str]:
        return [m.text for m in user.chat]

    process = await started(emulator, env, log_path)
    try:
        await user.say("/rondleiding")
        await user.say(LINES[0])
        await settled(emulator, store_url)

        # 1. Killed after the turn was stored while Telegram refuses the reply: the outbox keeps it.
        emulator.fail(500, methods={"sendMessage"})
        sends = emulator.arrived.count("sendMessage")
        emulator.send_text(USER, LINES[1])
        await emulator.wait_for(lambda: emulator.arrived.count("sendMessage") > sends, 10, "the reply to be tried")
        await killed(process)
        emulator.heal()
        before = len(user.chat)
        process = await started(emulator, env, log_path)
        await emulator.wait_for(lambda: len(user.chat) > before, 10, "the stored reply after the restart")
        await settled(emulator, store_url)

        # 2. Killed the moment it took a line from Telegram (Telegram refusing replies, so none is
        #    in flight): whether the turn was stored or not, it is answered once after the restart.
        emulator.fail(500, methods={"sendMessage"})
        before = len(user.chat)
        update_id = emulator.send_text(USER, LINES[2])
        await emulator.wait_for(lambda: update_id in emulator.fetched, 10, "the bot to take the line")
        await killed(process)
        emulator.heal()
        process = await started(emulator, env, log_path)
        await emulator.wait_for(lambda: len(user.chat) > before, 10, "an answer after the restart")
        await settled(emulator, store_url)

        # 3. While the bot is down, Telegram offers the handled line again and the user types the
        #    next one: the old one changes nothing, the new one is answered once.
        await killed(process)
        before = len(user.chat)
        emulator.redeliver(update_id)
        emulator.send_text(USER, LINES[3])
        process = await started(emulator, env, log_path)
        await emulator.wait_for(lambda: len(user.chat) > before, 10, "an answer after the restart")
        await emulator.wait_for(lambda: emulator.pending_updates() == 0, 10, "both updates to be taken")
        await settled(emulator, store_url)
        await user.say(LINES[4], quiet=0.3)
    finally:
        if process.returncode is None:
            await killed(process)

    assert said() == expected, "\n".join(f"{i}: {t[:70]!r}" for i, t in enumerate(said())) + "\n---\n" + "\n".join(f"{i}: {t[:70]!r}" for i, t in enumerate(expected))
    assert emulator.token.split(":")[1] not in log_path.read_text(), "the token must never reach the log"
    store = open_store(store_url)
    try:
        with store.transaction() as tx:
            user_id = Identity(SECRET.encode()).user_id("telegram", str(USER))
            (run,) = [r for r in tx.runs() if r.user_id == user_id]
            typed = [t.user_text for t in tx.turns(run.id) if t.user_text]
    finally:
        store.close()
    assert typed == logged


async def test_a_token_telegram_refuses_is_reported_in_one_line(emulator, store_url, tmp_path):
    env = bot_environment(emulator, store_url, tmp_path, TELEGRAM_BOT_TOKEN="999:not-this-bot")
    log_path = tmp_path / "bot.log"
    process = await spawn_bot(env, log_path=log_path)
    assert await asyncio.wait_for(process.wait(), 30) == 1
    output = log_path.read_text()
    assert output.strip().splitlines()[-1] == ("oefengesprek telegram: Telegram refused TELEGRAM_BOT_TOKEN; "
                                               "check it with @BotFather")
    assert "Traceback" not in output and "not-this-bot" not in output
