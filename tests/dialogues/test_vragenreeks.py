"""Vragenreeks: a student walks every step of a type's drill and hears whether the question fits."""

from __future__ import annotations

import pytest

from dialogues.engine import Turn
from dialogues.modes.vragenreeks import model_questions
from dialogues.output import Output
from dialogues.vocabulary import INTERACTION_TYPES

# A clear question of each technique, in the seed's own words where it has them.
CLEAR = {
    "opening": "Goedemorgen, wat brengt jou hier?",
    "compliment": "Wat knap dat je toch gekomen bent, dat waardeer ik.",
    "erkenning": "Tjonge, dat moet lastig voor je zijn!",
    "samenvatten": "Dus als ik het goed begrijp, vind je vooral dat anderen zich te veel zorgen maken?",
    "nuttigheidsvraag": "Nu je toch hier bent, wat zouden we kunnen bespreken om dit gesprek nuttig voor jou te laten zijn?",
    "perspectiefwisseling": "Van wie is het idee dat je hier moest komen?",
    "probleemverkenning": "Hoe is deze situatie een probleem voor je?",
    "doelvraag": "Wat wil je bereiken?",
    "uitzonderingsvraag": "Wanneer had je daar minder last van? Wat was er toen anders?",
    "copingvraag": "Hoe houd je dit vol?",
    "schaalvraag": "Op een schaal van 0 tot 10, waarbij 10 is dat je doel bereikt is, waar sta je nu?",
    "volgende_stap": "Wat zou dan nu voor jou een volgende stap kunnen zijn?",
}
ADVICE = "Je moet gewoon die rekeningen betalen, dan is het probleem opgelost."


def drill(engine, interaction_type, lang="nl"):
    reply = engine.start("vragenreeks", lang, interaction_type=interaction_type)
    flow = engine.library.flows[reply.session.flow]
    steps = [name for name in flow.walk() if flow.state(name).drill is not None]
    return reply, flow, steps


def fitting_question(expects):
    return next(CLEAR[t] for t in expects if t in CLEAR)


def test_the_drill_asks_for_an_interaction_type_first(engine):
    reply = engine.start("vragenreeks")
    assert [c.value for c in reply.choices] == [f"type:{t}" for t in INTERACTION_TYPES]
    reply = engine.handle(reply.session, "type:klager")
    assert reply.session.interaction_type == "klager"
    assert "Stap 1 van" in reply.texts[-1]


@pytest.mark.parametrize("interaction_type", INTERACTION_TYPES)
def test_every_step_shows_phase_situation_and_the_clients_last_words(engine, interaction_type):
    reply, flow, steps = drill(engine, interaction_type)
    language = engine.library.lang("nl")
    first = flow.state(steps[0])
    text = reply.texts[-1]
    assert f"Stap 1 van {len(steps)}" in text
    assert language.text(f"ui.phase.{first.phase}") in text
    assert language.text(first.drill.situation) in text
    assert language.text(first.drill.client) in text


@pytest.mark.parametrize("interaction_type", INTERACTION_TYPES)
def test_a_clear_fitting_question_at_every_step_is_named_and_said_to_fit(engine, interaction_type):
    reply, flow, steps = drill(engine, interaction_type)
    assert len(steps) >= 10  # the whole circle, not a sketch
    for number, name in enumerate(steps, 1):
        assert reply.session.state == name
        expects = flow.state(name).drill.expects
        reply = engine.handle(reply.session, fitting_question(expects))
        assert reply.recognition.label in expects, (name, reply.recognition)
        feedback = reply.texts[0]
        assert "Dat past bij deze stap" in feedback, name
        assert "Voorbeeldvragen uit de methode" in feedback
        if number < len(steps):
            assert f"Stap {number + 1} van {len(steps)}" in reply.texts[-1]
    assert reply.session.done
    assert reply.session.drill_fits == [True] * len(steps)
    assert f"{len(steps)} van je {len(steps)} vragen pasten" in reply.texts[-1]


@pytest.mark.parametrize("interaction_type", INTERACTION_TYPES)
def test_advice_fits_no_step_and_the_why_is_explained(engine, interaction_type):
    reply, flow, steps = drill(engine, interaction_type)
    language = engine.library.lang("nl")
    for name in steps:
        state = flow.state(name)
        reply = engine.handle(reply.session, ADVICE)
        assert reply.recognition.label == "advies"
        feedback = reply.texts[0]
        assert "Dat past minder bij deze stap" in feedback
        assert language.techniques["advies"].explanation in feedback  # why advice does not help
        assert language.text(state.drill.why) in feedback
    assert reply.session.drill_fits == [False] * len(steps)


@pytest.mark.parametrize("interaction_type", INTERACTION_TYPES)
def test_every_step_has_two_or_three_model_questions_of_the_step_from_the_seed(library, interaction_type):
    flow = library.interaction_flow(interaction_type)
    for lang in ("nl", "en"):
        for name in flow.walk():
            state = flow.state(name)
            if state.drill is None:
                continue
            session = _session(flow, name, interaction_type, lang)
            questions = model_questions(Turn(library, session, Output(library.lang(lang))), 3)
            assert 1 <= len(questions) <= 3, (lang, name)
            if state.step != "schaalvraag":  # the seed has a single scaling question
                assert len(questions) >= 2, (lang, name)
            assert questions[0].step == state.step, (lang, name, questions[0])
            assert all(interaction_type in q.types for q in questions)


def test_the_model_questions_follow_the_wording_of_the_step_not_only_its_tag(library):
    flow = library.interaction_flow("bezoeker")
    shown = {}
    for name in ("zorgen", "meedenken", "vervolg"):
        session = _session(flow, name, "bezoeker", "nl")
        shown[name] = model_questions(Turn(library, session, Output(library.lang("nl"))), 3)[0].text
    assert shown["zorgen"].startswith("Ben je het eens met de zorgen")
    assert shown["meedenken"].startswith("Wie zou daarin met je mee kunnen denken")
    assert shown["vervolg"].startswith("Is het een idee om daar samen nog eens bij stil te staan")


def test_hint_explains_the_fitting_techniques_without_moving_on(engine):
    reply, flow, steps = drill(engine, "klager")
    hint = engine.handle(reply.session, "/hint")
    assert hint.session.state == steps[0]
    assert engine.library.lang("nl").techniques["opening"].name in "\n".join(hint.texts)


def test_stop_gives_the_score_so_far(engine):
    reply, flow, steps = drill(engine, "klant")
    reply = engine.handle(reply.session, CLEAR["opening"])
    reply = engine.handle(reply.session, "/stop")
    assert reply.session.done
    assert "1 van je 1 vragen pasten" in reply.texts[-1]


def test_the_drill_works_in_english(engine):
    reply, flow, steps = drill(engine, "bezoeker", "en")
    assert "Step 1 of" in reply.texts[-1]
    reply = engine.handle(reply.session, "Good morning, what brings you here?")
    assert reply.recognition.label == "opening"
    assert "That fits this step" in reply.texts[0]


def _session(flow, state, interaction_type, lang):
    from dialogues.session import Session

    return Session(mode="vragenreeks", lang=lang, flow=flow.id, state=state, interaction_type=interaction_type)


def test_every_step_of_the_question_bank_has_a_name_in_every_language(library):
    for language in library.languages.values():
        for question in language.questions.values():
            assert language.has(f"ui.step.{question.step}"), (language.code, question.step)
            assert language.has(f"ui.phase.{question.phase}"), (language.code, question.phase)


@pytest.mark.parametrize("interaction_type", INTERACTION_TYPES)
def test_every_step_the_rondleiding_walks_can_be_drilled(library, interaction_type):
    flow = library.interaction_flow(interaction_type)
    assert [name for name in flow.walk() if flow.state(name).drill is None] == []
    assert [flow.state(name).phase for name in flow.walk()][-1] == "volgende_stap"


@pytest.mark.parametrize("interaction_type", INTERACTION_TYPES)
def test_a_student_who_types_a_model_question_of_the_step_is_told_it_fits(engine, interaction_type):
    reply, flow, steps = drill(engine, interaction_type)
    session = reply.session
    for name in steps:
        turn = Turn(engine.library, session, Output(engine.library.lang("nl")))
        shown = model_questions(turn, 3)
        answer = engine.handle(session, shown[0].text.lower().rstrip("?"))
        assert answer.recognition.label == shown[0].technique, (name, shown[0].text)
        assert "past bij deze stap" in answer.texts[0], (name, shown[0].text)
        session = answer.session
