"""`oefengesprek safety`: one message per line in, one JSON object per line out, in order."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run_safety(monkeypatch, capsys, text: str) -> list[dict]:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert main(["safety"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_every_line_gets_one_json_object_with_text_distress_and_category(monkeypatch, capsys):
    lines = ["ik wil dood", "Heb je gedachten om jezelf iets aan te doen?", "ik ga dood van het lachen",
             "💊💊💊 vanavond", "I cut myself again"]
    records = run_safety(monkeypatch, capsys, "\n".join(lines) + "\n")
    assert records == [
        {"text": "ik wil dood", "distress": True, "category": "suicidal"},
        {"text": "Heb je gedachten om jezelf iets aan te doen?", "distress": False, "category": None},
        {"text": "ik ga dood van het lachen", "distress": False, "category": None},
        {"text": "💊💊💊 vanavond", "distress": True, "category": "suicidal_plan"},
        {"text": "I cut myself again", "distress": True, "category": "self_harm"},
    ]


def test_empty_lines_and_a_missing_final_newline_keep_lines_and_objects_aligned(monkeypatch, capsys):
    records = run_safety(monkeypatch, capsys, "ja\n\r\n\nik heb pillen gespaard")
    assert [r["text"] for r in records] == ["ja", "", "", "ik heb pillen gespaard"]
    assert [r["distress"] for r in records] == [False, False, False, True]


def test_the_installed_command_reads_utf8_from_a_pipe_whatever_the_locale():
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "safety"], input="ik wil zelfmoord plegen 😢\nik zie het leven niet meer zitten\n".encode(),
        capture_output=True, cwd=ROOT, env=env, timeout=60, check=True,
    )
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [(r["text"], r["distress"]) for r in records] == [
        ("ik wil zelfmoord plegen 😢", True), ("ik zie het leven niet meer zitten", True)]
