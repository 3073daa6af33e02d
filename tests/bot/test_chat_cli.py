"""`oefengesprek chat`, scripted on stdin as a trainer or a test would, and the commands in every mode."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dialogues.library import PROJECT_ROOT

STATE_KEYS = {"flow", "state", "interaction_type", "phase", "module"}


def chat(*args: str, lines: list[str]) -> list[dict]:
    """Run the chat command with `lines` on stdin; one parsed JSON object per bot turn."""
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat", "--json", *args],
        input="".join(line + "\n" for line in lines), capture_output=True, text=True,
        cwd=PROJECT_ROOT, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_a_scripted_rondleiding_prints_one_json_object_per_bot_turn():
    lines = [
        "het ligt aan de woningcorporatie, die moeten iets doen",
        "ik wil dat er eindelijk naar me geluisterd wordt",
        "ik hou het niet meer vol",
        "/hint",
        "ik wil zelf iets veranderen",
        "/stop",
    ]
    turns = chat("--mode", "rondleiding", lines=lines)
    assert len(turns) == len(lines) + 1  # the opening, then one per line
    for turn in turns:
        assert {"text", "choices", "state"} <= turn.keys()
        assert STATE_KEYS <= turn["state"].keys()
        assert isinstance(turn["text"], str) and turn["text"]
    opening, klager, nuttig, coping, hint, still_coping, stopped = turns
    assert "Hoe kan ik helpen?" in opening["text"]
    assert opening["state"]["flow"] == "intake"
    assert {k: klager["state"][k] for k in STATE_KEYS} == {
        "flow": "klager", "state": "welkom", "interaction_type": "klager", "phase": "huidige_situatie", "module": None}
    assert klager["state"]["signal"] == "stance_klager"
    assert nuttig["state"]["state"] == "nuttigheidsvraag"
    assert (coping["state"]["flow"], coping["state"]["module"]) == ("coping", "coping")
    assert "copingvragen" in hint["text"]
    assert hint["state"] == coping["state"]  # a hint does not move the conversation
    assert still_coping["state"]["module"] == "coping"  # the module goes on ...
    assert still_coping["state"]["interaction_type"] == "klant"  # ... and returns to the klant flow
    assert "Einde van de rondleiding" in stopped["text"]


def test_a_scripted_vragenreeks_names_the_technique_of_each_question():
    turns = chat("--mode", "vragenreeks", "--type", "klager",
                 lines=["Goedemorgen, wat brengt jou hier?", "Je moet gewoon je huur betalen.", "/stop"])
    opening, first, second, stopped = turns
    assert "technique" not in opening
    assert first["technique"] == "opening"
    assert second["technique"] == "advies"
    assert first["state"]["interaction_type"] == "klager"
    assert (first["state"]["flow"], first["state"]["state"]) == ("klager", "nuttigheidsvraag")
    assert "1 van je 2 vragen pasten" in stopped["text"]


def test_the_chat_speaks_english_when_asked():
    turns = chat("--mode", "rondleiding", "--lang", "en", lines=["my mother thought I had to come"])
    assert "How can I help?" in turns[0]["text"]
    assert turns[1]["state"]["interaction_type"] == "bezoeker"


# -- /help, /hint and /stop in every mode (in process: the same engine the CLI drives) -------

def running(engine, mode):
    if mode == "vragenreeks":
        return engine.start(mode, interaction_type="klager")
    if mode == "oefenen":
        scenarios = sorted(getattr(engine.library, "scenarios", {}) or {})
        if not scenarios:
            pytest.skip("no scenarios to rehearse with")
        return engine.start(mode, scenario=scenarios[0])
    return engine.start(mode)


@pytest.fixture(params=["rondleiding", "vragenreeks", "oefenen"])
def mode(request, engine):
    if request.param not in engine.modes:
        pytest.skip(f"mode {request.param} is not installed")
    return request.param


def test_help_works_in_every_mode_and_keeps_the_place(engine, mode):
    start = running(engine, mode)
    reply = engine.handle(start.session, "/help")
    assert "/stop" in reply.texts[0] and "/hint" in reply.texts[0]
    assert (reply.session.flow, reply.session.state, reply.session.done) == (start.session.flow, start.session.state, False)


def test_hint_works_in_every_mode_and_keeps_the_place(engine, mode):
    start = running(engine, mode)
    reply = engine.handle(start.session, "/hint")
    no_run = engine.library.lang("nl").text("ui.no_run")
    assert reply.texts and no_run not in reply.texts[0]
    assert (reply.session.flow, reply.session.state, reply.session.done) == (start.session.flow, start.session.state, False)


def test_stop_ends_the_run_in_every_mode(engine, mode):
    start = running(engine, mode)
    reply = engine.handle(start.session, "/stop")
    assert reply.session.done
    assert reply.texts
    after = engine.handle(reply.session, "/hint")
    assert engine.library.lang("nl").text("ui.no_run") in after.texts[0]
