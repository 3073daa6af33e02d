"""The safety check: who it fires on, the reply that comes first everywhere, the exact contacts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench import eval_safety
from dialogues import safety, safety_rules, safety_text
from dialogues.library import PROJECT_ROOT
from dialogues.session import Session

CONTINUE, STOP = "safety:continue", "safety:stop"
DISTRESS = "ik wil niet meer leven"


# -- the detector ---------------------------------------------------------------------

@pytest.mark.parametrize("text, category", [
    ("ik wil dood", "suicidal"),
    ("Ik denk de laatste tijd steeds aan zelfmoord", "suicidal"),
    ("iedereen is beter af zonder mij", "suicidal"),
    ("ik wil gewoon niet meer wakker worden", "suicidal"),
    ("I want to kill myself", "suicidal"),
    ("ik heb pillen gespaard", "suicidal_plan"),
    ("ik heb alles al klaargelegd", "suicidal_plan"),
    ("ik heb een afscheidsbrief geschreven", "suicidal_plan"),
    ("ik sta op de brug", "suicidal_plan"),
    ("ik ga voor de trein springen", "suicidal_plan"),
    ("💊💊💊", "suicidal_plan"),
    ("I bought a rope", "suicidal_plan"),
    ("ik heb mezelf weer gesneden", "self_harm"),
    ("ik heb een hele strip paracetamol geslikt", "overdose"),
    ("mijn vriend slaat mij", "abuse"),
    ("ik durf niet naar huis, hij heeft een mes", "danger_at_home"),
])
def test_first_person_distress_fires_with_its_category(text, category):
    assert safety.check(text, "nl") == safety.Alarm(True, category)


@pytest.mark.parametrize("text", [
    "k wil nie meer leve",  # Flemish chat
    "kwil dood",  # fused chat form
    "ik wil zelfmord plegen",  # typo
    "IK WIL DOOOOD",  # shouting, stretched
    "ge zijt allemaal beter af zonder mij",  # Flemish address
    "i dont want to live anymore",  # English chat
    "🪢 ik ben er klaar mee",  # method emoji
])
def test_spelling_chat_style_flemish_and_emoji_do_not_hide_distress(text):
    assert safety.check(text).distress


@pytest.mark.parametrize("text", [
    "Heb je gedachten om jezelf iets aan te doen?",
    "Denk je weleens aan zelfmoord?",
    "Heb je al een plan gemaakt?",
    "Hebt ge pillen in huis?",
    "Het klinkt alsof je niet meer wilt leven.",
    "Are you thinking about killing yourself?",
    "Stel dat er vannacht een wonder gebeurt, wat is er morgen anders?",
])
def test_a_workers_question_or_reflection_does_not_fire(text):
    assert safety.check(text) == safety.NO_ALARM


@pytest.mark.parametrize("text", [
    "ik ga dood van het lachen",
    "ik schiet mezelf nog eens in de voet",
    "dit werk maakt me kapot haha",
    "this exam is killing me lol",
    "ik neem de trein naar mijn stage",
    "ik heb een nieuw mes gekocht om te koken",
])
def test_idioms_and_everyday_words_do_not_fire(text):
    assert not safety.check(text).distress


@pytest.mark.parametrize("text", [
    "de cliënt zegt dat hij niet meer wil leven",
    'De cliënt zegt: "ik wil dood"',
    "Wat zeg ik tegen iemand die zegt: iedereen is beter af zonder mij?",
    "Ik speel de cliënt: ik wil niet meer",
    "In de casus heeft de moeder een overdosis genomen",
    "we worden volgende week uit huis gezet en ik ben woedend",
])
def test_a_trainee_describing_a_case_or_ordinary_crisis_talk_does_not_fire(text):
    assert not safety.check(text).distress


def test_negation_of_the_writers_own_intent_does_not_fire_but_no_longer_wanting_to_live_does():
    assert not safety.check("ik zou nooit zelfmoord plegen, ik heb kinderen").distress
    assert not safety.check("ik wil niet dood, ik wil dat de schulden stoppen").distress
    assert safety.check("ik wil niet meer leven").distress


@pytest.mark.parametrize("text", [
    "Nee. Ik ben moe, maar ik ben niet van plan mezelf iets aan te doen.",
    "No. I'm tired, but I'm not planning to hurt myself.",
])
def test_a_negated_intention_does_not_fire(text):
    assert not safety.check(text).distress


@pytest.mark.parametrize("text", [
    "ik speel nu even niet de cliënt: ik wil echt dood",
    "Sorry dat ik uit de rol stap, maar ik heb pillen gespaard",
    "I know this is a practice bot but I really want to die",
    "De oefening is leuk maar ik heb net een hele strip pillen ingenomen",
])
def test_stepping_out_of_the_exercise_is_seen(text):
    assert safety.check(text).distress


@pytest.mark.parametrize("text", [
    "ik ga voor de tren springen",  # a dropped letter in a four-letter word
    "mijn vader slat me",
    "ik heb 40 oxazepm gespaard",  # a typo in a medicine name
    "ik heb mijn Temesta opgespaard",  # a Belgian brand name
    "ik heb alles geregeld mijn testament ligt klaar",  # no punctuation: one long clause
    "I have my dad's gun",  # a possessive, not "dad is"
    "ik zie da ni meer zitte",  # Flemish infinitive without -n
])
def test_typos_brand_names_and_missing_punctuation_do_not_hide_distress(text):
    assert safety.check(text).distress


@pytest.mark.parametrize("text", [
    "ik lag in een deuk, ik ga dood",  # laughter elsewhere in the sentence
    "ik wil dood... van schaamte haha",  # the ellipsis does not cut the idiom off
    "vertel eens over die gedachten aan de dood",  # an imperative worker prompt
    "in het nieuws: man springt van brug",  # a headline is a third person
    "Heeft hij gedreigd de kinderen iets aan te doen?",  # a question, not a statement
    "ik heb mijn medicatie gespaard voor de vakantie",
])
def test_laughter_headlines_worker_prompts_and_chores_do_not_fire(text):
    assert not safety.check(text).distress


@pytest.mark.parametrize("text", ["🌀", "...", "?!", "💊"])
def test_a_message_of_only_emoji_or_punctuation_gets_an_answer(text):
    assert safety.check(text).distress == (text == "💊")


def test_a_first_person_suicide_word_fires_even_with_laughter():
    assert safety.check("ik pleeg nog eens zelfmoord haha").distress
    assert not safety.check("de stress maakt me nog eens dood haha").distress


def test_a_threat_against_the_children_fires_as_a_statement():
    assert safety.check("mijn partner heeft gedreigd de kinderen iets aan te doen").distress


def test_distress_after_an_idiom_in_the_same_message_still_fires():
    assert safety.check("ik ga dood van het lachen om jullie, maar echt: ik wil dood").distress


def test_no_trainee_line_from_the_technique_sets_fires():
    """Every line a trainee types as a worker in the recognition sets passes without an alarm."""
    paths = sorted(Path(PROJECT_ROOT, "tests", "data").glob("techniques_*.tsv"))
    assert paths
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                text = line.split("\t")[0]
                assert not safety.check(text).distress, text


def test_the_quick_prefilter_never_changes_a_result():
    """The prefilter is derived from the rules' parse trees; check it against every labelled line."""
    for part in eval_safety.PARTS:
        for row in eval_safety.load_part(part):
            for clauses in safety_text.sentences(row.text):
                for clause in clauses:
                    assert safety_rules.match_clause(clause) == safety_rules.match_clause(clause, prefilter=False), row.text


# -- the figures ------------------------------------------------------------------------

@pytest.mark.parametrize("part", sorted(eval_safety.PARTS))
def test_the_labelled_sets_meet_the_targets(part):
    """All of the held-out part; the tuning part holds 6,900 lines of independent batches the
    rules never saw, four of whose explicit statements and plans the check still misses
    (listed in docs/safety.md), so there explicit and plan must stay at 0.995 or better."""
    report = eval_safety.evaluate(eval_safety.load_part(part))
    floor = 1.0 if part == "held-out" else 0.995
    assert report.recall >= 0.97
    assert report.rate("explicit") >= floor
    assert report.rate("plan") >= floor
    for group, rate in report.false_positive_rates().items():
        assert rate <= 0.05, group


def test_practice_lines_never_trained_on_rarely_raise_a_false_alarm():
    """Held-out rondleiding answers (a user playing the client) and trainee lines: 5 % at most."""
    lines = []
    for name, column in (("signals_heldout.tsv", 1), ("signals_heldout_en.tsv", 1), ("techniques_heldout.tsv", 0)):
        for line in Path(PROJECT_ROOT, "tests", "data", name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                lines.append(line.split("\t")[column])
    alarms = [text for text in lines if safety.check(text).distress]
    assert len(lines) > 250
    assert len(alarms) / len(lines) <= 0.05, alarms


def test_the_labelled_sets_are_large_enough_and_well_formed():
    rows = {name: eval_safety.load_part(name) for name in eval_safety.PARTS}
    assert len(rows["held-out"]) >= 100
    assert len(rows["tuning"]) + len(rows["held-out"]) >= 300
    groups = set(eval_safety.DISTRESS_GROUPS) | set(eval_safety.OTHER_GROUPS)
    for row in rows["tuning"] + rows["held-out"]:
        assert row.group in groups
        assert row.distress == (row.group in eval_safety.DISTRESS_GROUPS), row.text


def test_typos_lowercase_and_shouting_do_not_hide_distress_or_raise_false_alarms():
    rows = eval_safety.load_part("held-out")
    figures = eval_safety.robustness(rows)
    assert figures["one typo"][0] >= 0.95  # 0.967 measured on the held-out part (was 0.85 floor)
    for name, (recall, false_positives) in figures.items():
        assert recall >= 0.85, name
        assert false_positives <= 0.05, name


def test_no_held_out_line_is_also_a_tuning_line():
    tuning = {row.text for row in eval_safety.load_part("tuning")}
    held_out = {row.text for row in eval_safety.load_part("held-out")}
    assert not tuning & held_out


def test_a_check_costs_well_under_a_millisecond():
    rows = eval_safety.load_part("held-out")
    assert eval_safety.speed(rows, repeat=3) < 1.0  # target 0.2 ms, measured by `make eval`


# -- the contacts -----------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_contacts_are_exactly_113_and_1813_with_112_for_emergencies(library, lang):
    resources = library.lang(lang).resources
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", resources.checked)
    assert resources.emergency == "112"
    assert list(resources.countries) == ["NL", "BE"]
    (nl,) = resources.countries["NL"]
    assert nl.name.startswith("113 Zelfmoordpreventie")
    assert nl.phone == ["113", "0800-0113"]
    assert nl.chat == "113.nl"
    assert nl.free
    assert "24/7" in nl.hours
    (be,) = resources.countries["BE"]
    assert be.name.startswith("Zelfmoordlijn 1813")
    assert be.phone == ["1813"]
    assert be.chat == "zelfmoord1813.be"
    assert "24/7" in be.hours
    assert {"nl": "beperkte", "en": "limited"}[lang] in be.hours  # the chat is not open all day


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_rendered_contacts_name_every_number_and_chat(library, lang):
    text = safety.contacts_text(library.lang(lang))
    for part in ("113", "0800-0113", "113.nl", "1813", "zelfmoord1813.be", "112"):
        assert part in text
    assert {"nl": "gratis", "en": "free"}[lang] in text
    assert {"nl": "anoniem", "en": "anonymous"}[lang] in text


def test_the_paid_number_appears_nowhere_in_the_content():
    paid = re.compile(r"0900[\s.-]?0113")
    for path in Path(PROJECT_ROOT, "content").rglob("*"):
        if path.is_file():
            assert not paid.search(path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_start_mentions_the_contacts_in_one_line(engine, lang):
    welcome = engine.menu(lang).texts[0]
    lines = [line for line in welcome.splitlines() if "113" in line]
    assert len(lines) == 1
    assert all(number in lines[0] for number in ("113", "0800-0113", "1813", "112"))


# -- the reply, first in every mode and state ------------------------------------------

def _states(engine):
    """A session in every place a user can stand, by name."""
    places = {"menu": engine.menu("nl").session}
    reply = engine.start("rondleiding", "nl")
    places["rondleiding intake"] = reply.session
    reply = engine.handle(reply.session, "het ligt aan de woningcorporatie, die moeten iets doen")
    places["rondleiding klager"] = reply.session
    reply = engine.handle(reply.session, "ik hou het niet meer vol")
    assert reply.session.module == "coping"
    places["rondleiding module"] = reply.session
    places["vragenreeks"] = engine.start("vragenreeks", "nl", interaction_type="klager").session
    if "oefenen" in engine.modes:
        for scenario in sorted(engine.library.scenarios):
            places[f"oefenen {scenario}"] = engine.start("oefenen", "nl", scenario=scenario).session
    finished = engine.handle(engine.start("vragenreeks", "nl", interaction_type="bezoeker").session, "/stop")
    places["after a run"] = finished.session
    return places


def test_the_safety_reply_comes_first_in_every_mode_and_state(engine, library):
    expected = library.lang("nl").text("ui.safety_message", contacts=safety.contacts_text(library.lang("nl")))
    for place, session in _states(engine).items():
        reply = engine.handle(session, DISTRESS)
        assert reply.texts == (expected,), place
        assert [c.value for c in reply.choices] == [CONTINUE, STOP], place
        (event,) = [e for e in reply.events if e.kind == "safety"]
        assert event.data == {"category": "suicidal", "mode": session.mode, "state": session.state}, place
        assert (reply.session.flow, reply.session.state) == (session.flow, session.state), place
        assert reply.session.techniques == session.techniques, place  # the mode never saw the text
        assert reply.session.safety_flags == session.safety_flags + 1


def test_the_safety_event_records_no_message_text(engine):
    reply = engine.handle(engine.start("rondleiding", "nl").session, "ik heb een touw gekocht, sorry")
    assert all("touw" not in str(value) for event in reply.events for value in event.data.values())


def test_continuing_keeps_the_check_on(engine, library):
    session = engine.start("vragenreeks", "nl", interaction_type="klager").session
    alarm = engine.handle(session, DISTRESS)
    resumed = engine.handle(alarm.session, CONTINUE)
    assert resumed.texts[0].startswith(library.lang("nl").text("ui.safety_continue"))
    assert not resumed.session.done
    again = engine.handle(resumed.session, "💊💊💊 vanavond")
    assert [e.data["category"] for e in again.events if e.kind == "safety"] == ["suicidal_plan"]
    assert again.session.safety_flags == 2


@pytest.mark.parametrize("mode, options", [("rondleiding", {}), ("vragenreeks", {"interaction_type": "klant"})])
def test_stopping_ends_the_run_and_says_so_first(engine, library, mode, options):
    alarm = engine.handle(engine.start(mode, "nl", **options).session, DISTRESS)
    stopped = engine.handle(alarm.session, STOP)
    assert stopped.session.done
    assert stopped.texts[0] == library.lang("nl").text("ui.safety_stopped")
    assert [e.data["reason"] for e in stopped.events if e.kind == "run_ended"] == ["safety"]


def test_continuing_from_the_menu_offers_the_menu_again(engine):
    alarm = engine.handle(engine.menu("nl").session, DISTRESS)
    reply = engine.handle(alarm.session, CONTINUE)
    assert {c.value for c in reply.choices} == {f"mode:{m}" for m in engine.modes}


@pytest.mark.parametrize("place", ["menu", "rondleiding intake", "vragenreeks", "after a run"])
def test_help_always_lists_the_contacts(engine, library, place):
    session = _states(engine)[place]
    reply = engine.handle(session, "/help")
    assert safety.contacts_text(library.lang("nl")) in "\n".join(reply.texts)


def test_the_safety_message_names_no_method(library):
    methods = re.compile(r"\b(pil|pillen|pills|touw|rope|brug|bridge|trein|train|mes|knife|spring\w*|jump\w*|snij\w*|cut\w*)\b", re.I)
    for lang in ("nl", "en"):
        language = library.lang(lang)
        for key in ("ui.safety_message", "ui.safety_continue", "ui.safety_stopped", "ui.help_contacts"):
            assert not methods.search(language.text(key, contacts=safety.contacts_text(language))), (lang, key)


@pytest.mark.skipif("oefenen" not in __import__("dialogues.modes").modes.default_modes(), reason="no rehearsal mode")
def test_the_veiligheid_technique_in_rehearsal_does_not_fire(engine, library):
    """A trainee asking the safety question is the method at work, not a person in distress."""
    session = engine.start("oefenen", "nl", scenario="suicidaliteit").session
    for lang in ("nl", "en"):
        for question in library.lang(lang).techniques["veiligheid"].exemplars:
            assert not safety.check(question, lang).distress, question
    for question in library.lang("nl").techniques["veiligheid"].exemplars[:4]:
        reply = engine.handle(session, question)
        assert not [e for e in reply.events if e.kind == "safety"], question
        session = reply.session


def test_a_session_survives_a_json_round_trip_after_an_alarm(engine):
    alarm = engine.handle(engine.start("rondleiding", "nl").session, DISTRESS)
    restored = Session.from_dict(alarm.session.to_dict())
    assert engine.handle(restored, CONTINUE).texts == engine.handle(alarm.session, CONTINUE).texts
