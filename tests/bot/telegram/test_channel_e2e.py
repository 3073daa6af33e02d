"""The Telegram channel's promises, each shown over real HTTP against the strict emulator."""

from __future__ import annotations

import asyncio
import socket
from datetime import UTC

import httpx

from bot.identity import Identity
from bot.store import open_store
from tests.bot.telegram.conftest import SECRET, catalog
from tests.bot.telegram.users import User, sent_texts

RONDLEIDING_A = ["Ik kom hier omdat het moet van mijn moeder.", "Ik weet het niet.", "Vroeger ging het beter."]
RONDLEIDING_B = ["Mijn huis wordt ontruimd en niemand helpt me.", "Dat is echt niet eerlijk.", "/stop"]


def transcript(engine, lines: list[str]) -> list[str]:
    reply = engine.start("rondleiding", "nl")
    said = sent_texts(reply)
    for line in lines:
        reply = engine.handle(reply.session, line)
        said.extend(sent_texts(reply))
    return said


async def converse(user: User, lines: list[str]) -> None:
    await user.say("/rondleiding")
    for line in lines:
        await user.say(line)


async def test_two_users_at_once_each_see_only_their_own_conversation(emulator, start_bot, engine):
    await start_bot()
    anna, bram = User(emulator, 3001), User(emulator, 3002)
    await asyncio.gather(converse(anna, RONDLEIDING_A), converse(bram, RONDLEIDING_B))
    assert [m.text for m in anna.chat] == transcript(engine, RONDLEIDING_A)
    assert [m.text for m in bram.chat] == transcript(engine, RONDLEIDING_B)
    assert not emulator.rejected, "a well-behaved bot never trips Telegram's limits"


async def test_a_distress_message_gets_the_safety_reply_first(emulator, start_bot, library):
    await start_bot()
    user = User(emulator, 3003)
    await user.say("/rondleiding")
    replies = await user.say("Ik wil niet meer leven, echt niet.")
    opening = catalog(library, "ui.safety_message", contacts="{contacts}").split("{contacts}")[0].strip()
    assert replies[0].text.startswith(opening[:40])
    assert replies[-1].labels == [catalog(library, "ui.safety_button_continue"), catalog(library, "ui.safety_button_stop")]


async def test_a_button_works_once_and_an_outdated_one_gets_a_polite_answer(emulator, start_bot, library):
    await start_bot()
    user = User(emulator, 3004)
    (menu,) = await user.say("/start")
    await user.say("/rondleiding")  # the conversation moves on; the menu's buttons are outdated now
    before = emulator.texts(user.id)
    update = emulator.press(user.id, catalog(library, "ui.mode_button.vragenreeks"))
    await emulator.wait_for(lambda: any(a.get("answered") for a in emulator.callback_answers.values()), 5,
                            "the button press to be answered")
    await asyncio.sleep(0.2)
    (answer,) = emulator.callback_answers.values()
    assert answer["text"] == catalog(library, "telegram.stale_button")
    assert emulator.texts(user.id) == before, "an outdated button changes nothing"
    assert menu.buttons == [], "and it cannot be pressed again"
    assert update


async def test_a_double_tap_starts_one_run(emulator, start_bot, library, store_url):
    await start_bot()
    user = User(emulator, 3005)
    await user.say("/start")
    emulator.press(user.id, catalog(library, "ui.mode_button.rondleiding"))
    emulator.press(user.id, catalog(library, "ui.mode_button.rondleiding"))  # before the bot took the keyboard off
    await emulator.wait_for(lambda: sum(bool(a.get("answered")) for a in emulator.callback_answers.values()) == 2,
                            5, "both presses to be answered")
    await asyncio.sleep(0.2)
    intro = catalog(library, "ui.rondleiding.intro")
    assert sum(intro in (m.text or "") for m in user.chat) == 1
    stale = [a for a in emulator.callback_answers.values() if a.get("text")]
    assert [a["text"] for a in stale] == [catalog(library, "telegram.stale_button")]


async def test_a_429_is_waited_out_and_the_message_still_arrives(emulator, start_bot, engine):
    await start_bot()
    user = User(emulator, 3006)
    emulator.fail(429, retry_after=1, times=1, methods={"sendMessage"})
    started = asyncio.get_running_loop().time()
    await user.say("/rondleiding")
    waited = asyncio.get_running_loop().time() - started
    assert [m.text for m in user.chat] == transcript(engine, [])
    assert [code for _, code, _ in emulator.rejected] == [429]
    assert waited >= 1.0, "the bot waited the retry_after Telegram asked for"


async def test_a_burst_faster_than_telegram_allows_is_slowed_down_not_lost(emulator, start_bot, store_url):
    emulator.chat_window = 0.3  # stricter than the bot's spacing: the parts of one long reply trip it
    bot = await start_bot()
    user = User(emulator, 3007)
    await user.say("/start")
    paragraphs = [f"Deel {n}: " + "woord " * 600 for n in range(2)]  # two messages back to back
    enqueue(store_url, user.id, "\n\n".join(p.strip() for p in paragraphs))
    await bot.sweep(min_age=0)
    assert any(code == 429 for _, code, _ in emulator.rejected), "the emulator enforced the limit"
    assert [m.text for m in user.chat[1:]] == [p.strip() for p in paragraphs], "all arrived, once, in order"


async def test_a_telegram_outage_delays_a_reply_but_does_not_lose_it(emulator, start_bot, engine):
    await start_bot(max_retries=1)
    user = User(emulator, 3008)
    expected = transcript(engine, RONDLEIDING_A[:1])
    await user.say("/rondleiding")
    emulator.fail(502, seconds=0.8, methods={"sendMessage"})
    emulator.send_text(user.id, RONDLEIDING_A[0])
    await emulator.wait_for(lambda: len(user.chat) >= len(expected), 10, "the reply after the outage")
    await emulator.wait_until_quiet(user.id, quiet=0.5)
    assert [m.text for m in user.chat] == expected
    assert any(code == 502 for _, code, _ in emulator.rejected)


async def test_a_reply_longer_than_a_telegram_message_arrives_split_at_paragraphs(emulator, start_bot, store_url):
    bot = await start_bot()
    user = User(emulator, 3009)
    await user.say("/start")
    paragraphs = [f"Alinea {n}: " + "woord " * 120 for n in range(12)]  # about 9000 characters
    enqueue(store_url, user.id, "\n\n".join(p.strip() for p in paragraphs))
    await bot.sweep(min_age=0)
    parts = [m.text for m in user.chat[1:]]
    assert len(parts) == 3 and all(len(p) <= 4096 for p in parts)
    assert "\n\n".join(parts) == "\n\n".join(p.strip() for p in paragraphs)
    assert all(part.startswith("Alinea") for part in parts), "every part starts at a paragraph"


def enqueue(store_url: str, chat_id: int, text: str) -> None:
    """A reply put in the outbox as the conversation service puts it there."""
    store = open_store(store_url)
    try:
        with store.transaction() as tx:
            user_id = Identity(SECRET.encode()).user_id("telegram", str(chat_id))
            tx.enqueue("telegram", chat_id, user_id, {"texts": [text], "choices": [], "debrief": None}, _now())
    finally:
        store.close()


def _now():
    from datetime import datetime

    return datetime.now(UTC)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_webhook_mode_serves_users_and_refuses_a_wrong_secret_with_403(emulator, start_bot, engine, make_service):
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    await start_bot(webhook=True, webhook_url=url, webhook_listen="127.0.0.1", webhook_port=port,
                    webhook_secret="right-secret_123")
    assert emulator.webhook == {"url": url, "secret_token": "right-secret_123"}
    user = User(emulator, 3010)
    await converse(user, RONDLEIDING_A[:1])
    assert [m.text for m in user.chat] == transcript(engine, RONDLEIDING_A[:1])
    assert {status for _, status in emulator.webhook_posts} == {200}

    forged = {"update_id": 999, "message": {"message_id": 99, "date": 0, "text": "/stop",
                                            "chat": {"id": user.id, "type": "private"},
                                            "from": {"id": user.id, "is_bot": False, "first_name": "X"}}}
    service = make_service()
    session_before = service.session("telegram", str(user.id))
    async with httpx.AsyncClient() as client:
        wrong = await client.post(url, json=forged, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
        missing = await client.post(url, json=forged)
    await asyncio.sleep(0.3)
    assert (wrong.status_code, missing.status_code) == (403, 403)
    assert [m.text for m in user.chat] == transcript(engine, RONDLEIDING_A[:1]), "nothing was sent"
    assert service.session("telegram", str(user.id)) == session_before, "nothing changed"


async def test_in_a_group_chat_the_bot_stays_silent(emulator, start_bot):
    await start_bot()
    emulator.send_text(3011, "/start")  # the member exists; now they write in a group
    await emulator.wait_for(lambda: emulator.messages(3011), 5, "the private answer")
    user = emulator.chats[3011].user
    emulator.post_raw_update({"message": {"message_id": 1, "date": 0, "text": "hallo allemaal",
                                          "chat": {"id": -100123, "type": "supergroup", "title": "Team"},
                                          "from": user}})
    await emulator.wait_for(lambda: emulator.pending_updates() == 0, 5, "the group message to be taken")
    await asyncio.sleep(0.2)
    assert emulator.messages(-100123) == [] and len(emulator.messages(3011)) == 1
