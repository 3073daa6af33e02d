"""Telegram in trouble: 429 with retry_after, 500s, and calls that hang and then time out.

While the trouble lasts, three users keep typing; once it is over every line has been
answered, in order, exactly once: each chat shows what the engine says to those lines,
and each line is once in the run log.
"""

from __future__ import annotations

import time

import pytest

from bot.identity import Identity
from bot.store import open_store
from tests.bot.telegram.conftest import SECRET
from tests.bot.telegram.users import User, sent_texts
from tests.emulator.server import Fault

LINES = {7201: ["Ik kom hier omdat het moet van mijn moeder.", "Ik weet het niet.", "Vroeger ging het beter."],
         7202: ["Mijn huis wordt ontruimd en niemand helpt me.", "Dat is echt niet eerlijk.", "Ik ben zo moe."],
         7203: ["Ik wil gewoon dat het stopt.", "Mijn zus helpt soms.", "/stop"]}


def transcript(engine, lines: list[str]) -> list[str]:
    reply = engine.handle(engine.menu("nl").session, "mode:rondleiding")
    said = sent_texts(reply)
    for line in lines:
        reply = engine.handle(reply.session, line)
        said.extend(sent_texts(reply))
    return said


def logged_lines(store_url: str, user: int) -> list[str]:
    store = open_store(store_url)
    try:
        user_id = Identity(SECRET.encode()).user_id("telegram", str(user))
        with store.transaction(read_only=True) as tx:
            return [t.user_text for r in tx.runs() if r.user_id == user_id for t in tx.turns(r.id)
                    if t.user_text and not t.user_text.startswith("mode:")]
    finally:
        store.close()


TROUBLE = {
    "429 retry_after": lambda emu: emu.fail(429, seconds=1.5, methods={"sendMessage"}, retry_after=1),
    "500 everywhere": lambda emu: emu.fail(500, seconds=1.2),
    "hang, then time out": lambda emu: emu._faults.append(
        Fault(504, 0.6, None, time.monotonic() + 1.5, None)),  # every call hangs 0.6 s, then 504, nothing done
}


@pytest.mark.parametrize("trouble", TROUBLE)
async def test_lines_typed_while_telegram_is_in_trouble_arrive_later_none_lost_or_doubled(
        emulator, start_bot, engine, store_url, trouble):
    await start_bot()
    users = {uid: User(emulator, uid) for uid in LINES}
    for user in users.values():
        await user.say("/rondleiding")
    TROUBLE[trouble](emulator)
    for turn in range(3):
        for uid, lines in LINES.items():
            emulator.send_text(uid, lines[turn])
    for uid, user in users.items():
        want = transcript(engine, LINES[uid])
        await emulator.wait_for(lambda user=user, want=want: len(user.chat) >= len(want), 30,
                                f"chat {uid} to catch up")
    for uid, user in users.items():
        await emulator.wait_until_quiet(uid, quiet=0.3)
        assert [m.text for m in user.chat] == transcript(engine, LINES[uid])
        assert logged_lines(store_url, uid) == LINES[uid]
    assert any(code in (429, 500, 504) for _, code, _ in emulator.rejected), "the trouble did happen"
