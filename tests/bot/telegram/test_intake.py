"""Long polling: an update is written down before Telegram forgets it, and fetched only once."""

from __future__ import annotations

import threading
from collections import Counter

from bot.store import open_store
from bot.telegram.inbox import StoreInbox
from tests.bot.telegram.users import User, sent_texts


def handed_out(emulator) -> Counter:
    """How often each update id was in an answer to getUpdates."""
    counts: Counter = Counter()
    call = emulator.call

    async def counting(method, params, files):
        result = await call(method, params, files)
        if method == "getUpdates":
            counts.update(update["update_id"] for update in result)
        return result

    emulator.call = counting
    return counts


async def test_each_update_is_fetched_once_while_earlier_ones_of_its_chat_are_still_being_handled(
        emulator, start_bot, engine):
    counts = handed_out(emulator)
    await start_bot()
    user = User(emulator, 4101)
    lines = ["/rondleiding", "Ik kom hier omdat het moet.", "Ik weet het niet.", "Vroeger ging het beter.", "/stop"]
    ids = [emulator.send_text(user.id, line) for line in lines]  # typed at once: handled one after the other
    reply = engine.start("rondleiding", "nl")
    want = sent_texts(reply)
    for line in lines[1:]:
        reply = engine.handle(reply.session, line)
        want.extend(sent_texts(reply))
    await emulator.wait_for(lambda: len(user.chat) >= len(want), 20, "every line answered")
    assert [m.text for m in user.chat] == want
    assert {uid: counts[uid] for uid in ids} == {uid: 1 for uid in ids}


async def test_an_update_in_the_inbox_that_telegram_already_forgot_is_handled_at_start_once(
        emulator, start_bot, store_url, engine):
    user = User(emulator, 4102)
    update_id = emulator.send_text(user.id, "/rondleiding")
    store = open_store(store_url)
    try:
        StoreInbox(store).record([emulator._history[update_id]])  # written down, then the process died ...
        emulator._updates.clear()  # ... after the next poll confirmed it to Telegram
        bot = await start_bot()
        want = sent_texts(engine.start("rondleiding", "nl"))
        await emulator.wait_for(lambda: len(user.chat) >= len(want), 10, "the update from the inbox answered")
        await bot.stop()
        assert [m.text for m in user.chat] == want
        assert StoreInbox(store).pending() == []
    finally:
        store.close()


async def test_an_update_being_handled_is_in_the_inbox_and_no_longer_pending_at_telegram(
        emulator, start_bot, store_url):
    bot = await start_bot()
    real_handle = bot.service.handle
    release = threading.Event()

    def held_handle(*args, **kwargs):
        release.wait(5)
        return real_handle(*args, **kwargs)

    bot.service.handle = held_handle
    user = User(emulator, 4103)
    update_id = emulator.send_text(user.id, "hallo")
    await emulator.wait_for(lambda: update_id in emulator.fetched, 5, "the bot to take the update")
    await emulator.wait_for(lambda: emulator.pending_updates() == 0, 5, "the update to be confirmed")
    store = open_store(store_url)
    try:
        assert [u["update_id"] for u in StoreInbox(store).pending()] == [update_id]  # a crash now loses nothing
        release.set()
        await emulator.wait_for(lambda: user.chat, 5, "the answer")
        await bot.stop()
        assert StoreInbox(store).pending() == []
    finally:
        release.set()
        store.close()
