"""Oefenen, driven as a trainee drives it: every scenario, the method's moves and its pitfalls.

The scripted trainee lines are clear, seed-like wordings of each technique (seed 002 and
003), so they stay recognisable while recognition is tuned elsewhere.
"""

import pytest

from dialogues.session import Session

ERKENNING = "Tjonge, dat moet lastig voor je zijn!"
COPING = "Hoe houd je dit vol?"
DOEL = "Wat zou je willen bereiken?"
UITZONDERING = "Wanneer ging het eerder wel goed, wat deed je toen anders?"
VOLGENDE_STAP = "Wat zou nu een volgende stap kunnen zijn?"
NUTTIG = "Nu je toch hier bent, wat zouden we kunnen bespreken om dit gesprek nuttig voor jou te laten zijn?"
AANSCHUIVEN = "Hoe denk je dat dat afloopt?"
VEILIGHEID = "Denk je er weleens aan om een einde aan je leven te maken?"
HOOP = "Waar hoop je op?"

# What the method predicts to work, per scenario (seed 002; terugval after seed 003).
METHOD = {
    "ontruiming": [ERKENNING, COPING, DOEL, UITZONDERING, VOLGENDE_STAP],
    "energie_afsluiting": [NUTTIG, ERKENNING, AANSCHUIVEN, DOEL, VOLGENDE_STAP],
    "water_afsluiting": [COPING, DOEL, UITZONDERING, VOLGENDE_STAP],
    "suicidaliteit": [ERKENNING, COPING, VEILIGHEID, "Knap dat je vandaag toch gekomen bent.", HOOP, VOLGENDE_STAP],
    "veiligheid_kind": [ERKENNING, "Ben je het eens met de zorgen die de school over jou heeft?",
                        "Is het thuis veilig voor Milan en voor jou?", AANSCHUIVEN, DOEL, VOLGENDE_STAP],
    "echtscheiding": [ERKENNING, COPING, DOEL, UITZONDERING, VOLGENDE_STAP],
    "overlijden": ["Hoe redt u het?", "Wat heeft u tot nu toe het meest geholpen?", DOEL, UITZONDERING, VOLGENDE_STAP],
    "werkloosheid": ["Als ik aan Sanne zou vragen waarom het belangrijk is dat je hier bent, wat zou zij dan zeggen?",
                     ERKENNING, AANSCHUIVEN, DOEL, VOLGENDE_STAP],
    "terugval": ["Je bent erin geslaagd na twee lijnen te stoppen, sterk.",
                 "Je moet wel een goede reden hebben om na de late dienst te blijven hangen.", HOOP, UITZONDERING,
                 VOLGENDE_STAP],
    "zelfbeschadiging": [ERKENNING, NUTTIG, "Heb je gedachten om jezelf iets aan te doen?", COPING, DOEL, VOLGENDE_STAP],
}
PITFALLS = [
    "Je moet gewoon vandaag nog bellen en het regelen.",
    "Waarom heb je dat zo laten oplopen?",
    "Als ik jou was zou ik meteen naar de schuldhulpverlening gaan.",
    "Waarom heb je niet eerder iets gedaan?",
]


def play(engine, scenario, lines, seed=7, lang="nl"):
    reply = engine.start("oefenen", lang, scenario=scenario, seed=seed)
    replies = [reply]
    for line in lines:
        reply = engine.handle(reply.session, line)
        replies.append(reply)
    return replies


def client_event(reply):
    return next(e for e in reply.events if e.kind == "client")


def variants(library, scenario_id, reaction, interaction_type, lang="nl"):
    scenario = library.scenarios[scenario_id]
    own = scenario.lines(lang, reaction, interaction_type)
    if own:
        return list(own)
    entry = library.lang(lang).texts[f"oefenen.client.{reaction}"]
    return list(entry) if isinstance(entry, tuple) else [entry]


def test_every_scenario_has_a_method_script():
    from dialogues.library import load_library

    assert set(METHOD) == set(load_library().scenarios)


@pytest.mark.parametrize("scenario", sorted(METHOD))
def test_lines_the_method_predicts_to_work_reach_the_good_ending(engine, scenario):
    replies = play(engine, scenario, METHOD[scenario])
    last = replies[-1]
    assert last.session.done
    assert last.debrief["reason"] == "completed"
    assert last.state["interaction_type"] == "klant"
    assert last.state["friction"] <= 4 and last.state["hope"] >= 5
    assert any(e.kind == "run_ended" and e.data["reason"] == "completed" for e in last.events)
    assert "anti_patterns" in last.debrief and not last.debrief["anti_patterns"]


@pytest.mark.parametrize("scenario", sorted(METHOD))
def test_advice_and_waarom_drive_friction_up_and_the_client_says_so(engine, library, scenario):
    replies = play(engine, scenario, PITFALLS)
    start = replies[0].state["friction"]
    frictions = [r.state["friction"] for r in replies[1:]]
    assert frictions[0] > start
    assert frictions == sorted(frictions) and frictions[-1] >= min(10, start + 4)
    for reply in replies[1:]:
        event = client_event(reply)
        assert event.data["reaction"] in ("advice", "why", "walkout")
        said = variants(library, scenario, event.data["reaction"], event.data["before"]["interaction_type"])
        assert any(line in reply.texts[0] for line in said)
        if reply.session.done:
            break


@pytest.mark.parametrize("scenario", sorted(METHOD))
def test_the_debrief_names_what_was_missed(engine, library, scenario):
    spec = library.scenarios[scenario].spec
    replies = play(engine, scenario, [PITFALLS[0], "/stop"])
    ended = next(r for r in replies if r.debrief)  # /stop, or the client walked out before it
    debrief = ended.debrief
    missed = [m["move"] for m in debrief["missed"]]
    if spec.safety_required:
        assert "safety" in missed
    if spec.start.overwhelm:
        assert "coping_first" in missed
    if spec.start_type == "bezoeker":
        assert "usefulness" in missed
    if "harmful_decision" in spec.flags:
        assert "reality" in missed
    if "understands_no_change" in spec.flags:
        assert "mirror" in missed
    assert {"goal", "next_step"} <= set(missed)
    text = "\n".join(ended.texts)
    assert library.lang("nl").text(f"debrief.missed.{missed[0]}") in text
    assert all(m["questions"] for m in debrief["missed"])  # model questions for every miss


def test_klager_opens_up_after_acknowledgement_and_coping_question(engine):
    replies = play(engine, "echtscheiding", [ERKENNING, COPING])
    assert [r.state["interaction_type"] for r in replies] == ["klager", "klager", "klant"]
    assert any(e.kind == "type_switch" and e.data == {"source": "klager", "target": "klant"} for e in replies[-1].events)


def test_a_usefulness_question_engages_a_bezoeker(engine):
    replies = play(engine, "energie_afsluiting", [NUTTIG])
    assert replies[-1].state["interaction_type"] == "klager"
    assert replies[-1].state["friction"] < replies[0].state["friction"]


def test_a_client_in_acute_crisis_needs_coping_first(engine):
    early = play(engine, "overlijden", [DOEL])
    assert client_event(early[-1]).data["reaction"] == "not_now"
    assert early[-1].state["phase"] == "huidige_situatie"
    assert early[-1].state["friction"] > early[0].state["friction"]
    after_coping = play(engine, "overlijden", ["Hoe redt u het?", "Wat heeft u tot nu toe het meest geholpen?", DOEL])
    assert client_event(after_coping[-1]).data["reaction"] == "goal"
    assert after_coping[-1].state["phase"] == "gewenste_situatie"


def test_mirroring_works_when_understanding_is_there_but_behaviour_does_not_change(engine):
    mirror = "Je moet wel een goede reden hebben om na de late dienst te blijven hangen."
    works = play(engine, "terugval", [mirror])
    assert client_event(works[-1]).data["reaction"] == "mirror"
    assert works[-1].state["friction"] < works[0].state["friction"]
    elsewhere = play(engine, "ontruiming", [COPING, mirror])
    assert client_event(elsewhere[-1]).data["reaction"] != "mirror"
    assert elsewhere[-1].state["friction"] > elsewhere[-2].state["friction"]


def test_reality_shifting_moves_a_klager_who_takes_harmful_decisions(engine):
    replies = play(engine, "werkloosheid", [NUTTIG, ERKENNING])
    assert replies[-1].state["interaction_type"] == "klager"  # acknowledgement alone is not enough here
    shifted = engine.handle(replies[-1].session, AANSCHUIVEN)
    assert client_event(shifted).data["reaction"] == "reality"
    assert shifted.state["interaction_type"] == "klant"


def test_safety_must_be_asked_before_a_safety_scenario_can_end_well(engine):
    without = play(engine, "suicidaliteit", [ERKENNING, COPING, "Knap dat je vandaag toch gekomen bent.", HOOP,
                                             DOEL, UITZONDERING, VOLGENDE_STAP])
    assert not without[-1].session.done
    assert without[-1].state["safety_asked"] is False
    answered = engine.handle(without[-1].session, VEILIGHEID)
    assert answered.state["safety_asked"] is True
    assert client_event(answered).data["reaction"] == "safety"


def test_hint_names_the_indicated_move_its_reason_and_seed_questions(engine, library):
    reply = engine.handle(play(engine, "ontruiming", [])[0].session, "/hint")
    text = "\n".join(reply.texts)
    nl = library.lang("nl")
    assert nl.text("coach.move.coping_first.what") in text
    assert nl.text("coach.move.coping_first.why") in text
    assert "(seed 00" in text
    assert reply.state["friction"] == 5  # asking the coach does not move the client


def test_hint_for_a_bezoeker_points_to_a_usefulness_question(engine, library):
    reply = engine.handle(play(engine, "werkloosheid", [])[0].session, "/hint")
    assert library.lang("nl").text("coach.move.usefulness.what") in "\n".join(reply.texts)


def test_coach_gives_one_feedback_line_per_turn_when_on(engine, library):
    session = play(engine, "ontruiming", [])[0].session
    session = engine.handle(session, "/coach aan").session
    helped = engine.handle(session, ERKENNING)
    hurt = engine.handle(helped.session, PITFALLS[0])
    nl = library.lang("nl")
    assert "Coach:" in helped.texts[0] and nl.techniques["erkenning"].name in helped.texts[0]
    assert nl.text("coach.anti.advies") in hurt.texts[0]
    silent = engine.handle(engine.handle(hurt.session, "/coach uit").session, COPING)
    assert "Coach:" not in "\n".join(silent.texts)


def test_thought_shows_what_the_client_thinks_but_does_not_say(engine, library):
    scenario = library.scenarios["suicidaliteit"]
    reply = engine.handle(play(engine, "suicidaliteit", [])[0].session, "/gedachte")
    assert any(t in reply.texts[0] for t in scenario.text("nl").thoughts["overwhelmed"])
    assert reply.state["friction"] == 5


def test_stop_gives_a_structured_debrief_with_the_series_for_the_picture(engine):
    replies = play(engine, "ontruiming", [ERKENNING, PITFALLS[0], COPING, "/stop"])
    debrief = replies[-1].debrief
    assert debrief["reason"] == "stopped"
    series = debrief["series"]
    assert series["turn"] == [0, 1, 2, 3]
    assert series["technique"] == [None, "erkenning", "advies", "copingvraag"]
    assert series["friction"][0] == 5 and series["friction"][2] > series["friction"][1]
    assert debrief["techniques"] == {"erkenning": 1, "advies": 1, "copingvraag": 1}
    assert debrief["anti_patterns"] == {"advies": 1}
    assert {m["text"] for m in debrief["strongest"]} == {ERKENNING, COPING}  # never the advice
    parts = {p["part"]: p for p in debrief["score"]["parts"]}
    assert parts["anti_patterns"]["points"] == -2
    assert debrief["score"]["total"] == max(0, sum(p["points"] for p in parts.values()))
    assert replies[-1].session.done


def test_the_three_strongest_moments_are_quoted(engine):
    replies = play(engine, "ontruiming", [ERKENNING, COPING, DOEL, UITZONDERING, VOLGENDE_STAP])
    strongest = replies[-1].debrief["strongest"]
    assert len(strongest) == 3
    text = "\n".join(replies[-1].texts)
    assert all(f"“{m['text']}”" in text for m in strongest)


def test_the_session_round_trips_through_json_mid_rehearsal(engine):
    replies = play(engine, "ontruiming", [ERKENNING, COPING])
    restored = Session.from_dict(replies[-1].session.to_dict())
    assert restored == replies[-1].session
    assert engine.handle(restored, DOEL).state == engine.handle(replies[-1].session, DOEL).state


def test_a_turn_never_changes_the_session_it_was_given(engine):
    session = play(engine, "ontruiming", [ERKENNING])[-1].session
    snapshot = session.to_dict()
    engine.handle(session, COPING)
    assert session.to_dict() == snapshot


def test_a_rerun_does_not_read_the_same(engine):
    runs = [play(engine, "echtscheiding", [ERKENNING, COPING, DOEL], seed=seed) for seed in range(6)]
    texts = {tuple(r.texts[0] for r in run) for run in runs}
    assert len(texts) > 1
    again = play(engine, "echtscheiding", [ERKENNING, COPING, DOEL], seed=3)
    assert [r.texts for r in again] == [r.texts for r in runs[3]]  # same seed, same words


def test_without_a_scenario_the_trainee_chooses_one_by_button(engine, library):
    reply = engine.start("oefenen", "nl")
    values = [c.value for c in reply.choices]
    assert values == [f"scenario:{sid}" for sid in library.scenarios]
    assert all(len(v.encode("utf-8")) <= 64 for v in values)
    started = engine.handle(reply.session, "scenario:terugval")
    assert started.state["scenario"] == "terugval"
    assert "Jens" in started.texts[-1]


def test_an_unknown_scenario_says_so_and_offers_the_choice(engine):
    reply = engine.start("oefenen", "nl", scenario="bestaat_niet")
    assert "bestaat_niet" in reply.texts[0]
    assert reply.choices


def test_json_state_carries_the_clients_hidden_state(engine):
    state = play(engine, "ontruiming", [ERKENNING])[-1].state
    assert {"interaction_type", "phase", "friction", "hope"} <= set(state)
    assert state["mode"] == "oefenen" and state["scenario"] == "ontruiming"


def test_an_english_rehearsal_speaks_english(engine):
    replies = play(engine, "ontruiming", ["That must be really hard for you.", "How do you keep going?"], lang="en")
    assert replies[0].texts[0].startswith("Rehearsal")
    assert "Sandra:" in replies[-1].texts[0]


def test_at_high_friction_only_repair_lands_and_what_did_not_land_is_no_strong_moment(engine):
    replies = play(engine, "veiligheid_kind", [DOEL, ERKENNING, "/stop"])
    assert client_event(replies[1]).data["reaction"] == "guarded"
    assert replies[1].state["friction"] == replies[0].state["friction"]
    assert replies[2].state["friction"] < replies[1].state["friction"]
    assert [m["text"] for m in replies[-1].debrief["strongest"]] == [ERKENNING]


def test_a_session_stored_by_an_older_version_still_resumes(engine):
    session = play(engine, "ontruiming", [ERKENNING])[-1].session
    data = session.to_dict()
    data["client"] = {k: v for k, v in data["client"].items() if k != "moments"} | {"retired_field": 1}
    reply = engine.handle(Session.from_dict(data), COPING)
    assert reply.state["interaction_type"] == "klant"


def test_the_same_move_a_third_time_in_a_row_no_longer_lands(engine):
    replies = play(engine, "echtscheiding", [ERKENNING, ERKENNING, ERKENNING])
    assert [client_event(r).data["reaction"] for r in replies[1:]] == ["acknowledged", "acknowledged", "repeated"]
    assert replies[3].state["friction"] > replies[2].state["friction"]
