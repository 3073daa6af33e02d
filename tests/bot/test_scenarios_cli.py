"""`oefengesprek scenarios` and `oefengesprek chat --mode oefenen`, as a trainee runs them."""

from __future__ import annotations

import io
import json

from bot.cli import main
from dialogues.library import load_library


def run_cli(capsys, monkeypatch, *args: str, stdin: str = "") -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_scenarios_prints_id_title_start_type_and_difficulty_per_line(capsys, monkeypatch):
    lines = run_cli(capsys, monkeypatch, "scenarios").splitlines()
    scenarios = load_library().scenarios
    assert len(lines) == len(scenarios)
    rows = [line.split("\t") for line in lines]
    assert all(len(row) == 4 for row in rows)
    assert ["ontruiming", "Ontruiming over drie dagen", "klager", "basis"] in rows
    assert {row[2] for row in rows} == {"bezoeker", "klager", "klant"}


def test_scenarios_in_english_shows_english_titles(capsys, monkeypatch):
    rows = [line.split("\t") for line in run_cli(capsys, monkeypatch, "scenarios", "--lang", "en").splitlines()]
    assert ["ontruiming", "Eviction in three days", "klager", "basis"] in rows


def test_a_scripted_rehearsal_in_json_carries_the_hidden_state_and_the_debrief(capsys, monkeypatch):
    script = "Tjonge, dat moet lastig voor je zijn!\nJe moet gewoon de corporatie bellen.\n/stop\n"
    out = run_cli(capsys, monkeypatch, "chat", "--mode", "oefenen", "--scenario", "ontruiming", "--json", stdin=script)
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(records) == 4
    for record in records:
        assert {"interaction_type", "phase", "friction", "hope"} <= set(record["state"])
    assert records[1]["technique"] == "erkenning"
    assert records[2]["technique"] == "advies"
    assert records[2]["state"]["friction"] > records[1]["state"]["friction"]
    assert records[3]["debrief"]["reason"] == "stopped"
    assert records[3]["debrief"]["series"]["technique"] == [None, "erkenning", "advies"]


def test_chat_oefenen_without_a_scenario_shows_the_choice(capsys, monkeypatch):
    out = run_cli(capsys, monkeypatch, "chat", "--mode", "oefenen", "--json", stdin="1\n/stop\n")
    first, second, *_ = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert [c["value"] for c in first["choices"]] == [f"scenario:{sid}" for sid in load_library().scenarios]
    assert second["state"]["scenario"] == first["choices"][0]["value"].split(":", 1)[1]


def test_a_scenario_without_mode_means_oefenen(capsys, monkeypatch):
    out = run_cli(capsys, monkeypatch, "chat", "--scenario", "terugval", "--json", stdin="")
    assert json.loads(out.splitlines()[0])["state"]["scenario"] == "terugval"
