"""Rondleiding: whole conversations, driven as a user drives them, reach the states the method predicts."""

from __future__ import annotations

import json

import pytest

from dialogues.session import Session
from dialogues.vocabulary import PHASES

# Answers a client might give that signal nothing in particular (the flow simply goes on).
NEUTRAL = [
    "mijn zus helpt me soms met de post",
    "ik werk drie dagen bij de supermarkt",
    "dan zou ik beter slapen denk ik",
    "mijn zoon doet het goed op school",
    "vorig jaar lukte het met de energierekening",
    "ik heb een overzicht gemaakt van de rekeningen",
    "dat ik 's avonds weer rustig kan eten",
    "ik ga morgen bellen met mijn broer erbij",
]

# Hopelessness that is not a statement of real distress (the safety check answers those first).
HOPELESS = "er verandert toch nooit iets, het is hopeloos"

STANCES = {
    "bezoeker": "mijn moeder vond dat ik moest komen",
    "klager": "het ligt aan de woningcorporatie, die moeten iets doen",
    "klant": "ik wil zelf iets veranderen",
}


class Resumed:
    """A session read back from storage, in the place of the reply that carried it."""

    def __init__(self, session):
        self.session = session


def say(engine, reply, *lines):
    """Feed the lines one by one as the user; the last reply."""
    for line in lines:
        reply = engine.handle(reply.session, line)
    return reply


def neutral_until_done(engine, reply, limit=40):
    """Answer neutrally until the conversation ends; every reply along the way."""
    replies = []
    for i in range(limit):
        if reply.session.done:
            return replies
        reply = engine.handle(reply.session, NEUTRAL[i % len(NEUTRAL)])
        replies.append(reply)
    raise AssertionError(f"the conversation did not end within {limit} answers; stuck at {reply.state}")


def where(reply):
    return f"{reply.state['flow']}.{reply.state['state']}"


def events(reply, kind):
    return [e.data for e in reply.events if e.kind == kind]


def test_the_worker_opens_as_the_seed_opens(engine):
    reply = engine.start("rondleiding")
    assert "Hoe kan ik helpen?" in reply.texts[-1]
    assert where(reply) == "intake.hoe_kan_ik_helpen"
    assert reply.state["phase"] == "huidige_situatie"


@pytest.mark.parametrize("interaction_type", list(STANCES))
def test_the_first_answer_tells_the_interaction_type(engine, interaction_type):
    reply = say(engine, engine.start("rondleiding"), STANCES[interaction_type])
    assert reply.state["interaction_type"] == interaction_type
    assert where(reply) == f"{interaction_type}.welkom"


def test_an_unclear_first_answer_is_followed_by_the_reason_for_coming(engine):
    reply = say(engine, engine.start("rondleiding"), "tja, het is een lang verhaal eigenlijk")
    assert where(reply) == "intake.reden_van_komst"
    reply = say(engine, reply, "het gaat over mijn huis en de brieven")
    assert where(reply) == "intake.wiens_idee"


def test_nothing_to_ask_for_at_the_start_makes_a_visitor(engine):
    reply = say(engine, engine.start("rondleiding"), "nergens mee eigenlijk")
    assert reply.state["interaction_type"] == "bezoeker"


@pytest.mark.parametrize("interaction_type", list(STANCES))
def test_each_interaction_type_walks_all_four_circles_to_the_next_step(engine, interaction_type):
    reply = say(engine, engine.start("rondleiding"), STANCES[interaction_type])
    replies = neutral_until_done(engine, reply)
    last = replies[-1]
    assert last.state["phase"] == "volgende_stap"
    assert last.session.phases == list(PHASES)
    assert last.session.interaction_type == interaction_type
    assert any(e["reason"] == "completed" for e in events(last, "run_ended"))
    assert "Einde van de rondleiding" in last.texts[-1]
    assert [e["signal"] for r in replies for e in events(r, "signal")] == ["answer"] * len(replies)


def test_the_summary_names_the_route_phases_and_modules(engine):
    reply = say(engine, engine.start("rondleiding"), STANCES["klager"], "ik hou het niet meer vol")
    reply = neutral_until_done(engine, reply)[-1]
    summary = reply.texts[-1]
    assert "klager" in summary
    assert "huidige situatie, gewenste situatie, uitzonderingen en eerdere successen, volgende stap" in summary
    assert "coping, schaalvraag" in summary


# -- modules -----------------------------------------------------------------------------

MODULES = [
    # (module, interaction type, what the client says, states in the module, where it comes back)
    ("coping", "klager", "ik hou het niet meer vol", 3, None),
    ("hoop", "klager", HOPELESS, 3, "klager.nuttigheidsvraag"),
    ("spiegelen", "klant", "ik weet dat het niet goed is maar ik doe het toch steeds weer", 2, "klant.acceptatie"),
    ("aanschuiven", "bezoeker", "ik betaal die huur gewoon niet meer", 3, "bezoeker.samenvatten"),
    ("aanschuiven", "klager", "ik betaal die huur gewoon niet meer", 3, "klager.nuttigheidsvraag"),
]


@pytest.mark.parametrize(("module", "interaction_type", "words", "steps", "back"), MODULES)
def test_a_module_is_entered_on_its_indication_and_returns_to_the_flow(engine, module, interaction_type, words, steps, back):
    reply = engine.start("rondleiding", interaction_type=interaction_type)
    reply = say(engine, reply, words)
    assert reply.state["module"] == module
    assert where(reply) == f"{module}.{engine.library.flows[module].spec.initial}"
    assert events(reply, "module_entered") == [{"module": module}]
    for _ in range(steps - 1):
        reply = say(engine, reply, NEUTRAL[0])
        assert reply.state["module"] == module
    reply = say(engine, reply, NEUTRAL[1])
    if back is not None:
        assert where(reply) == back
        assert reply.state["module"] is None
        assert reply.session.stack == []


def test_coping_hands_over_to_the_scaling_question_which_returns_to_the_calling_flow(engine):
    reply = engine.start("rondleiding", interaction_type="klager")
    reply = say(engine, reply, "ik hou het niet meer vol", *NEUTRAL[:3])
    assert where(reply) == "schaalvraag.schaal"
    assert reply.state["module"] == "schaalvraag"
    assert "Als 10 rust en overzicht is" in reply.texts[-1]
    reply = say(engine, reply, "een drie", "ik doe nog gewoon de boodschappen", "dan zou ik weer slapen")
    assert where(reply) == "klager.nuttigheidsvraag"
    assert reply.state["module"] is None
    assert reply.session.modules_done == ["coping", "schaalvraag"]


def test_aanschuiven_is_not_for_a_klant(engine):
    reply = engine.start("rondleiding", interaction_type="klant")
    reply = say(engine, reply, "ik betaal die huur gewoon niet meer")
    assert reply.state["module"] is None
    assert where(reply) == "klant.acceptatie"


def test_a_harmful_decision_at_the_first_question_is_heard_as_a_complaint_and_shifted_closer(engine):
    reply = say(engine, engine.start("rondleiding"), "ik betaal die huur gewoon niet meer")
    assert (reply.state["interaction_type"], reply.state["module"]) == ("klager", "aanschuiven")
    assert "Hoe denk je dat dat afloopt?" in reply.texts[-1]


def test_a_module_is_taken_once_per_conversation(engine):
    reply = engine.start("rondleiding", interaction_type="klager")
    reply = say(engine, reply, HOPELESS, *NEUTRAL[:3])
    assert reply.state["module"] is None
    reply = say(engine, reply, HOPELESS)
    assert reply.state["module"] is None
    assert reply.session.modules_done == ["hoop"]


def test_overwhelmed_at_the_first_question_goes_to_coping_and_then_starts_as_with_a_klager(engine):
    reply = say(engine, engine.start("rondleiding"), "ik hou het niet meer vol")
    assert reply.state["interaction_type"] == "klager"
    assert reply.state["module"] == "coping"
    reply = say(engine, reply, *NEUTRAL[:6])
    assert where(reply) == "klager.welkom"


def test_hopelessness_inside_coping_opens_hope_questions_and_unwinds_back_to_coping(engine):
    reply = engine.start("rondleiding", interaction_type="klager")
    reply = say(engine, reply, "ik hou het niet meer vol")
    assert where(reply) == "coping.hoe_houd_je_het_vol"
    reply = say(engine, reply, HOPELESS)
    assert reply.state["module"] == "hoop"
    assert reply.session.stack[-1].flow == "coping"
    reply = say(engine, reply, *NEUTRAL[:3])
    assert where(reply) == "coping.wat_geprobeerd"
    reply = say(engine, reply, *NEUTRAL[:2])
    assert reply.state["module"] == "schaalvraag"
    reply = say(engine, reply, *NEUTRAL[:3])
    assert where(reply) == "klager.nuttigheidsvraag"
    assert reply.session.stack == []


def test_a_module_indicated_on_a_modules_last_step_takes_the_rest_of_it_over(engine):
    reply = engine.start("rondleiding", interaction_type="klager")
    reply = say(engine, reply, "ik hou het niet meer vol", *NEUTRAL[:2])
    assert where(reply) == "coping.wie_helpt"
    reply = say(engine, reply, HOPELESS)
    assert reply.state["module"] == "hoop"
    reply = say(engine, reply, *NEUTRAL[:3])
    assert where(reply) == "klager.nuttigheidsvraag"
    assert reply.session.stack == []


def test_a_klager_without_hope_who_sees_no_next_step_gets_hope_questions_first(engine):
    reply = engine.start("rondleiding", interaction_type="klager")
    # welkom, nuttigheidsvraag, acceptatie, then "nee" to the summary and "weet niet" to the goal
    reply = say(engine, reply, *NEUTRAL[:3], "nee", NEUTRAL[3], NEUTRAL[4], NEUTRAL[5], NEUTRAL[6], "weet niet")
    assert where(reply) == "klager.stel_dat"
    reply = say(engine, reply, *NEUTRAL[:4])
    assert where(reply) == "klager.brug"
    assert reply.session.client["hope"] <= 3
    reply = say(engine, reply, "geen idee")
    assert reply.state["module"] == "hoop"
    reply = say(engine, reply, *NEUTRAL[:3])
    assert where(reply) == "klager.aanpak"


def test_a_klager_with_hope_who_sees_no_next_step_just_goes_on(engine):
    reply = engine.start("rondleiding", interaction_type="klager")
    reply = say(engine, reply, *NEUTRAL[:4], "ja", *NEUTRAL[:6])
    assert where(reply) == "klager.brug"
    reply = say(engine, reply, "geen idee")
    assert where(reply) == "klager.aanpak"


# -- changing type -----------------------------------------------------------------------

def test_a_klager_who_takes_responsibility_continues_as_klant_in_the_same_circle(engine):
    reply = say(engine, engine.start("rondleiding"), STANCES["klager"], *NEUTRAL[:2])
    assert where(reply) == "klager.acceptatie"
    reply = say(engine, reply, "ik wil zelf iets veranderen")
    assert reply.state["interaction_type"] == "klant"
    assert where(reply) == "klant.acceptatie"
    assert events(reply, "type_switch") == [{"source": "klager", "target": "klant"}]
    assert "Ik hoor een klant" in reply.texts[-1]
    last = neutral_until_done(engine, reply)[-1]
    assert last.session.client["route"] == ["klager", "klant"]
    assert "klager → klant" in last.texts[-1]


def test_a_switch_of_type_leaves_the_turns_input_session_as_it_was(engine):
    """A turn works on a copy: the session it was given (and a retry of it) keeps its route."""
    before = say(engine, engine.start("rondleiding"), STANCES["klager"], *NEUTRAL[:2])
    after = engine.handle(before.session, "ik wil zelf iets veranderen")
    assert after.session.client["route"] == ["klager", "klant"]
    assert before.session.client["route"] == ["klager"]


def test_a_klager_who_takes_responsibility_later_goes_on_at_the_goal(engine):
    reply = say(engine, engine.start("rondleiding"), STANCES["klager"], *NEUTRAL[:2], "ja", *NEUTRAL[:4])
    assert where(reply) == "klager.gewenste_situatie"
    reply = say(engine, reply, "ik wil er zelf iets aan doen")
    assert where(reply) == "klant.doel"


def test_a_change_of_stance_inside_a_module_is_kept_for_when_it_returns(engine):
    reply = say(engine, engine.start("rondleiding"), STANCES["klager"], NEUTRAL[0], "ik hou het niet meer vol")
    assert reply.state["module"] == "coping"
    reply = say(engine, reply, "ik wil er zelf iets aan doen")
    assert (reply.state["module"], reply.state["interaction_type"]) == ("coping", "klant")
    assert where(reply) == "coping.wat_geprobeerd"  # the module still goes on
    reply = say(engine, reply, *NEUTRAL[:5])
    assert where(reply) == "klant.acceptatie"
    assert reply.session.client["route"] == ["klager", "klant"]


def test_hint_in_the_intake_explains_the_three_types(engine):
    text = "\n".join(say(engine, engine.start("rondleiding"), "/hint").texts)
    assert "bezoeker" in text and "klager" in text and "klant" in text


def test_a_visitor_who_shares_the_worries_continues_as_klager(engine):
    reply = say(engine, engine.start("rondleiding"), STANCES["bezoeker"], *NEUTRAL[:1], "ja", *NEUTRAL[:2])
    assert where(reply) == "bezoeker.zorgen"
    reply = say(engine, reply, "ja")
    assert reply.state["interaction_type"] == "klager"
    assert reply.state["phase"] == "gewenste_situatie"


def test_a_visitor_who_keeps_saying_no_is_not_pressed_into_another_appointment(engine):
    reply = say(engine, engine.start("rondleiding"), STANCES["bezoeker"], NEUTRAL[0], "nee", NEUTRAL[1],
                NEUTRAL[2], NEUTRAL[3], "nee")
    assert where(reply) == "bezoeker.focus_terug"
    reply = say(engine, reply, *NEUTRAL[:7])
    assert where(reply) == "bezoeker.vervolg"
    assert reply.session.client["friction"] >= 6
    reply = say(engine, reply, "misschien wel, ik zie wel")
    assert where(reply) == "bezoeker.afsluiting_vrij"
    assert reply.session.done


def test_a_visitor_who_wants_a_next_conversation_is_asked_whom_to_bring(engine):
    reply = say(engine, engine.start("rondleiding"), STANCES["bezoeker"], *NEUTRAL[:4])
    reply = say(engine, reply, *NEUTRAL[:8])
    assert where(reply) == "bezoeker.vervolg"
    reply = say(engine, reply, "ja")
    assert where(reply) == "bezoeker.meebrengen"


# -- resuming, commands, languages ---------------------------------------------------------

@pytest.mark.parametrize("lines", [
    [STANCES["klager"], NEUTRAL[0]],  # mid-flow
    [STANCES["klager"], "ik hou het niet meer vol", NEUTRAL[0]],  # inside a module
    [STANCES["klager"], "ik hou het niet meer vol", *NEUTRAL[:3]],  # inside a module entered from a module
])
def test_the_session_survives_a_json_round_trip_and_resumes_where_it_was(engine, lines):
    reply = say(engine, engine.start("rondleiding"), *lines)
    restored = Session.from_dict(json.loads(json.dumps(reply.session.to_dict())))
    assert restored == reply.session
    original = say(engine, reply, *NEUTRAL[:5])
    resumed = say(engine, Resumed(restored), *NEUTRAL[:5])
    assert resumed.state == original.state
    assert resumed.texts == original.texts
    assert resumed.session == original.session


def test_hint_says_what_the_worker_does_now_and_why(engine):
    reply = say(engine, engine.start("rondleiding"), STANCES["klager"], *NEUTRAL[:2])
    assert where(reply) == "klager.acceptatie"
    hint = say(engine, reply, "/hint")
    text = "\n".join(hint.texts)
    assert "acceptatie en erkenning" in text
    assert "behoefte aan erkenning" in text
    assert "Tjonge, dat moet lastig voor je zijn!" in text  # a seed question of this step
    assert where(hint) == "klager.acceptatie"  # a hint does not move the conversation


def test_hint_inside_a_module_names_the_module(engine):
    reply = say(engine, engine.start("rondleiding", interaction_type="klager"), "ik hou het niet meer vol")
    text = "\n".join(say(engine, reply, "/hint").texts)
    assert "copingvragen" in text
    assert "module coping" in text


def test_stop_ends_with_the_summary(engine):
    reply = say(engine, engine.start("rondleiding"), STANCES["bezoeker"], "/stop")
    assert reply.session.done
    assert "Einde van de rondleiding" in reply.texts[-1]
    assert "bezoeker" in reply.texts[-1]


def test_the_rondleiding_works_in_english(engine):
    reply = engine.start("rondleiding", "en")
    assert "How can I help?" in reply.texts[-1]
    reply = say(engine, reply, "my mother thought I had to come")
    assert reply.state["interaction_type"] == "bezoeker"
    reply = say(engine, reply, "I can't keep going any more")
    assert reply.state["module"] == "coping"


def test_every_step_and_module_has_its_names_and_explanations_in_every_language(library):
    steps = {state.step for flow in library.flows.values() for state in flow.spec.states.values()}
    modules = {flow.id for flow in library.modules()}
    for language in library.languages.values():
        for step in steps:
            assert language.has(f"ui.step.{step}") and language.has(f"ui.rondleiding.why.{step}"), step
        for module in modules:
            assert language.has(f"ui.module.{module}") and language.has(f"ui.rondleiding.noticed_module.{module}")
        for phase in PHASES:
            assert language.has(f"ui.phase.{phase}")
        for flow in library.flows.values():
            if flow.spec.interaction_type:
                assert language.has(f"ui.rondleiding.noticed.{flow.spec.interaction_type}")


# -- any order of answers ---------------------------------------------------------------

ANY_ANSWER = [*NEUTRAL, *STANCES.values(), "ja", "nee", "weet niet", "/hint",
              "ik hou het niet meer vol", HOPELESS,
              "ik betaal die huur gewoon niet meer", "ik weet dat het niet goed is maar ik doe het toch steeds weer"]


def test_any_order_of_answers_keeps_the_conversation_consistent_and_it_still_ends(engine):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    flows = engine.library.flows

    @settings(max_examples=40, deadline=None)
    @given(st.lists(st.sampled_from(ANY_ANSWER), max_size=25))
    def walk(lines):
        reply = engine.start("rondleiding")
        for line in lines:
            if reply.session.done:
                break
            reply = engine.handle(reply.session, line)
            session = reply.session
            assert session.state in flows[session.flow].spec.states
            in_module = flows[session.flow].spec.kind == "module"
            assert session.module == (session.flow if in_module else None)
            assert in_module or not session.stack  # nothing left to return to outside a module
            assert all(p.state in flows[p.flow].spec.states for p in session.stack)
            assert len(session.stack) <= len(engine.library.modules())
            assert len(session.modules_done) == len(set(session.modules_done))
        if not reply.session.done:
            neutral_until_done(engine, reply)

    walk()
