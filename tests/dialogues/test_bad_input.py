"""Bad input never crashes the engine: every turn answers, and the session stays usable."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogues.session import Session


def _script(first: int, last: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=st.characters(min_codepoint=first, max_codepoint=last), min_size=1, max_size=40)


BAD_INPUT = st.one_of(
    st.just(""),
    st.text(alphabet=" \t\n\r\u00a0\u2003\u200b\ufeff", max_size=50),  # whitespace, visible or not
    st.builds(lambda c, n: c * n, st.characters(), st.integers(min_value=9_000, max_value=10_000)),
    st.just("ja " * 3_334),  # 10,000 characters of a word the recognizers know
    _script(0x1F300, 0x1FAFF),  # emoji only
    st.text(alphabet=st.characters(categories=["Cc", "Cf"]), min_size=1, max_size=40),  # control characters
    _script(0x0400, 0x04FF),  # Cyrillic
    _script(0x0600, 0x06FF),  # Arabic
    _script(0x4E00, 0x9FFF),  # CJK
    _script(0x0900, 0x097F),  # Devanagari
    st.text(max_size=200),  # anything at all
    st.text(max_size=30).map(lambda s: "/" + s),  # commands that do not exist
    st.sampled_from(["mode:", "type:", "scenario:", "safety:"]).flatmap(lambda p: st.text(max_size=20).map(lambda s: p + s)),
)

SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])


def starts(engine):
    """Places a user can stand: the menu, the intake, inside a flow, inside a module, a drill."""
    intake = engine.start("rondleiding")
    in_flow = engine.handle(intake.session, "het ligt aan de woningcorporatie, die moeten iets doen")
    in_module = engine.handle(in_flow.session, "ik hou het niet meer vol")
    return {
        "menu": engine.menu(),
        "intake": intake,
        "in_flow": in_flow,
        "in_module": in_module,
        "drill": engine.start("vragenreeks", interaction_type="klager"),
        "english": engine.start("rondleiding", "en"),
    }


@pytest.fixture(scope="module")
def places(engine):
    return starts(engine)


@pytest.mark.parametrize("place", ["menu", "intake", "in_flow", "in_module", "drill", "english"])
def test_bad_input_gets_an_answer_and_leaves_a_usable_session(engine, places, place):
    start = places[place]

    @SETTINGS
    @given(text=BAD_INPUT)
    def check(text):
        reply = engine.handle(start.session, text)
        assert reply.texts and all(isinstance(t, str) and t.strip() for t in reply.texts)
        assert {"flow", "state", "interaction_type", "phase", "module"} <= reply.state.keys()
        restored = Session.from_dict(json.loads(json.dumps(reply.session.to_dict())))
        assert restored == reply.session
        after = engine.handle(restored, "mijn zus helpt me soms met de post")
        assert after.texts

    check()


def test_an_empty_message_repeats_the_question_without_moving_on(engine, places):
    start = places["in_flow"]
    reply = engine.handle(start.session, "   ")
    assert reply.session.state == start.session.state
    assert reply.session.flow == start.session.flow


def test_ten_thousand_characters_move_the_conversation_on_like_any_answer(engine, places):
    start = places["in_flow"]
    reply = engine.handle(start.session, "x" * 10_000)
    assert reply.session.state != start.session.state
    assert reply.state["flow"] == "klager"
