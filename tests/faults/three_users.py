"""Three users typing a short rondleiding while something is in trouble, and the check after it.

Every fault test that lets the trouble pass asks the same: each chat shows what the engine
says to those lines, and each line is once in the run log.
"""

from __future__ import annotations

from bot.identity import Identity
from bot.store import open_store
from tests.bot.telegram.conftest import SECRET
from tests.bot.telegram.users import User, sent_texts

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


async def start_rondleiding(emulator) -> dict[int, User]:
    users = {uid: User(emulator, uid) for uid in LINES}
    for user in users.values():
        await user.say("/rondleiding")
    return users


def type_all_lines(emulator) -> None:
    for turn in range(3):
        for uid, lines in LINES.items():
            emulator.send_text(uid, lines[turn])


async def wait_until_answered(emulator, engine, users: dict[int, User]) -> None:
    for uid, user in users.items():
        want = transcript(engine, LINES[uid])
        await emulator.wait_for(lambda user=user, want=want: len(user.chat) >= len(want), 30,
                                f"chat {uid} to catch up")


async def assert_every_line_answered_once(emulator, engine, store_url: str, users: dict[int, User]) -> None:
    for uid, user in users.items():
        await emulator.wait_until_quiet(uid, quiet=0.3)
        assert [m.text for m in user.chat] == transcript(engine, LINES[uid])
        assert logged_lines(store_url, uid) == LINES[uid]
