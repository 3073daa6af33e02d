"""Replies become Telegram messages within Telegram's limits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.telegram.render import (
    MAX_CALLBACK_DATA,
    decode_callback,
    encode_callback,
    render,
    session_stamp,
    split_text,
    utf16_len,
)
from dialogues.session import Session


def test_a_short_text_stays_one_message():
    assert split_text("Hallo.\n\nHoe gaat het?") == ["Hallo.\n\nHoe gaat het?"]


def test_a_long_text_is_split_between_paragraphs_not_inside_them():
    paragraphs = [f"{n} " + "x" * 1500 for n in range(5)]
    parts = split_text("\n\n".join(paragraphs))
    assert parts == ["\n\n".join(paragraphs[0:2]), "\n\n".join(paragraphs[2:4]), paragraphs[4]]


def test_a_paragraph_longer_than_a_message_is_split_between_lines_then_words():
    line = "woord " * 300  # 1800 characters
    parts = split_text("\n".join([line.strip()] * 4))
    assert all(utf16_len(p) <= 4096 for p in parts) and len(parts) == 2
    words = split_text("woord " * 1000)
    assert all(p.startswith("woord") and p.endswith("woord") for p in words)


def test_telegram_counts_emoji_as_two_characters_and_so_does_the_split():
    parts = split_text("🙂" * 3000)
    assert [utf16_len(p) for p in parts] == [4096, 1904]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12000))
def test_every_part_fits_and_nothing_but_whitespace_is_lost(text):
    parts = split_text(text, limit=500)
    assert all(0 < utf16_len(p) <= 500 for p in parts)
    assert "".join("".join(p.split()) for p in parts) == "".join(text.split())


def test_a_reply_of_several_texts_goes_out_as_one_message_with_its_buttons_and_stamp():
    messages = render(["Eerste.", "Tweede.\n", "Derde."], [("Verder", "type:open")], "abcd1234")
    assert [(m.text, m.buttons) for m in messages] == [("Eerste.\n\nTweede.\n\nDerde.",
                                                         (("Verder", "type:open|abcd1234"),))]


def test_a_reply_too_long_for_one_message_is_split_between_its_texts():
    texts = ["a" * 3000, "b" * 3000, "c" * 10]
    assert [m.text for m in render(texts, [], None)] == ["a" * 3000, "b" * 3000 + "\n\n" + "c" * 10]


def test_a_safety_message_stays_its_own_first_message_with_the_buttons_on_the_last():
    messages = render(["Hulp.", "Verder.", "Nog iets."], [("Door", "safety:continue"), ("Stop", "safety:stop")], "s")
    assert [m.text for m in messages] == ["Hulp.", "Verder.\n\nNog iets."]
    assert [len(m.buttons) for m in messages] == [0, 2]


def test_callback_data_never_exceeds_64_bytes():
    longest = "scenario:" + "a" * 40
    assert len(encode_callback(longest, "abcd1234").encode()) <= MAX_CALLBACK_DATA
    too_long_with_stamp = "scenario:" + "a" * 52
    assert encode_callback(too_long_with_stamp, "abcd1234") == too_long_with_stamp


def test_callback_data_round_trips_to_the_engine_value_and_stamp():
    assert decode_callback(encode_callback("mode:oefenen", "0f0f0f0f")) == ("mode:oefenen", "0f0f0f0f")
    assert decode_callback("mode:oefenen") == ("mode:oefenen", None)


def test_the_stamp_changes_when_the_session_moves_on_and_survives_storage():
    session = Session(mode="rondleiding", flow="intake", state="welkom")
    assert session_stamp(Session.from_dict(session.to_dict())) == session_stamp(session)
    moved = Session.from_dict({**session.to_dict(), "turn": 1})
    assert session_stamp(moved) != session_stamp(session)


def test_every_button_the_library_can_make_fits_with_its_stamp(library):
    from dialogues.modes import default_modes
    from dialogues.vocabulary import INTERACTION_TYPES

    values = [f"mode:{m}" for m in default_modes()] + [f"type:{t}" for t in INTERACTION_TYPES]
    values += [f"scenario:{sid}" for sid in (getattr(library, "scenarios", None) or {})]
    values += ["safety:continue", "safety:stop", "forget:yes", "forget:no"]
    for value in values:
        data = encode_callback(value, "abcd1234")
        assert len(data.encode()) <= MAX_CALLBACK_DATA and decode_callback(data) == (value, "abcd1234")
