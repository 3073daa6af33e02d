"""Hostile messages in every mode: no exception, a non-empty reply, messages Telegram accepts.

Generated messages (see `hostile.py`; a few hundred per mode here, 10,000 under `make soak`)
go through the engine in the menu, the rondleiding, every interaction type of the
vragenreeks and every scenario of oefenen, in Dutch and English. The Telegram channel
sends plain text (no parse mode), so a message is valid when it is non-blank, at most 4096
UTF-16 units, proper Unicode, and its buttons carry at most 64 bytes of callback data.
Through the conversation service, the same messages are stored in both backends.
"""

from __future__ import annotations

import json
import os

import pytest

from bot.identity import Identity
from bot.service import Conversations
from bot.store import open_store
from bot.telegram.render import MAX_CALLBACK_DATA, MAX_MESSAGE, render, session_stamp, utf16_len
from dialogues.session import Session
from dialogues.vocabulary import INTERACTION_TYPES, LANGUAGES
from tests.bot.store.backends import empty_database
from tests.faults.conftest import heavy
from tests.faults.hostile import hostile_messages

SEED = int(os.environ.get("OEFENGESPREK_SEED", "20261127"))


def starters(engine) -> dict[str, object]:
    """Every way into a conversation: (name -> function giving a fresh first reply)."""
    found = {}
    for lang in LANGUAGES:
        found[f"menu/{lang}"] = lambda lang=lang: engine.menu(lang)
        found[f"rondleiding/{lang}"] = lambda lang=lang: engine.start("rondleiding", lang)
        for kind in INTERACTION_TYPES:
            found[f"vragenreeks/{kind}/{lang}"] = lambda lang=lang, kind=kind: engine.start(
                "vragenreeks", lang, interaction_type=kind)
        for scenario in engine.library.scenarios:
            found[f"oefenen/{scenario}/{lang}"] = lambda lang=lang, scenario=scenario: engine.start(
                "oefenen", lang, scenario=scenario)
    return found


def problems_with(reply, text: str) -> list[str]:
    """What Telegram (plain text) or the store would refuse in this reply."""
    found = []
    if not reply.texts or not all(t.strip() for t in reply.texts):
        found.append(f"empty reply {reply.texts!r}")
    for message in render(reply.texts, [(c.label, c.value) for c in reply.choices], session_stamp(reply.session)):
        if not message.text.strip() or utf16_len(message.text) > MAX_MESSAGE:
            found.append(f"message of {utf16_len(message.text)} UTF-16 units")
        message.text.encode("utf-8")  # proper Unicode (raises on a lone surrogate)
        for label, data in message.buttons:
            if not label.strip() or len(data.encode("utf-8")) > MAX_CALLBACK_DATA:
                found.append(f"button {label!r} -> {data!r}")
    restored = Session.from_dict(json.loads(json.dumps(reply.session.to_dict(), ensure_ascii=False)))
    if restored != reply.session:
        found.append("the session does not survive the store's JSON round trip")
    json.dumps(reply.state, ensure_ascii=False)
    return [f"{p} (after {text[:40]!r})" for p in found]


def test_hostile_messages_in_every_mode_get_a_valid_reply(engine):
    per_mode = heavy(300, 10_000)
    all_starters = starters(engine)
    messages = hostile_messages(per_mode, SEED)
    problems: list[str] = []
    handled = 0
    for index, (name, start) in enumerate(all_starters.items()):
        reply = start()
        # each mode gets `per_mode` messages, spread over its variants (types, scenarios, languages)
        variants = sum(1 for other in all_starters if other.split("/")[0] == name.split("/")[0])
        share = messages[index % per_mode:][: max(20, per_mode // variants)]
        for text in share:
            reply = engine.handle(reply.session, text)
            handled += 1
            problems.extend(f"{name}: {p}" for p in problems_with(reply, text))
            if reply.session.done:
                reply = start()
    print(f"\n{handled} hostile messages over {len(all_starters)} ways into a conversation")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_hostile_messages_are_stored_as_turns_in_both_backends(engine, tmp_path, backend):
    messages = hostile_messages(heavy(60, 1000), SEED + 1)
    outside_a_run = []  # messages answered with no run open (a forged chooser value, the menu): not turns
    with empty_database(backend, tmp_path) as url:
        store = open_store(url)
        try:
            service = Conversations(engine, store, identity=Identity(b"hostile-secret-0123"), default_lang="nl")
            service.start("telegram", "1", "oefenen", scenario=next(iter(engine.library.scenarios)), chat_id=1)
            for number, text in enumerate(messages):
                reply = service.handle("telegram", "1", text, chat_id=1, update_id=number)
                if reply.session.done or reply.session.mode == "menu":
                    outside_a_run.append(text)
                    service.start("telegram", "1", "rondleiding", chat_id=1)
            with store.transaction(read_only=True) as tx:
                stored = [t.user_text for run in sorted(tx.runs(), key=lambda r: r.id) for t in tx.turns(run.id)
                          if t.user_text is not None]
        finally:
            store.close()
    sent = [text.replace("\x00", "\ufffd") for text in messages]
    missing = list(sent)
    for text in stored:  # each stored once, in order, unaltered
        assert text in missing, f"{text[:40]!r} stored twice, out of order or altered"
        del missing[: missing.index(text) + 1]
    assert len(stored) >= len(messages) - len(outside_a_run), "every message inside a run is a turn"


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_nul_character_in_a_message_is_stored_as_a_replacement_character(engine, tmp_path, backend):
    with empty_database(backend, tmp_path) as url:
        store = open_store(url)
        try:
            service = Conversations(engine, store, identity=Identity(b"hostile-secret-0123"), default_lang="nl")
            service.start("telegram", "1", "rondleiding", chat_id=1)
            service.handle("telegram", "1", "ik\x00weet het niet", chat_id=1, update_id=1)
            with store.transaction(read_only=True) as tx:
                (run,) = tx.runs()
                typed = [t.user_text for t in tx.turns(run.id) if t.user_text]
        finally:
            store.close()
    assert typed == ["ik\ufffdweet het niet"]
