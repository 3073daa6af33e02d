"""`oefengesprek classify` run as a user runs it: lines on stdin, JSON lines on stdout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def classify(lines: list[str], *args: str) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "classify", *args],
        input="\n".join(lines) + "\n", capture_output=True, text=True, cwd=ROOT, timeout=120, check=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_classify_prints_one_json_object_per_input_line():
    lines = ["Waarom heb je de huur niet betaald?", "nee", "", "hoe houdt u het vol"]
    records = classify(lines, "--lang", "nl")
    assert [r["text"] for r in records] == lines
    assert [r["technique"] for r in records] == ["waarom_vraag", "onbekend", "onbekend", "copingvraag"]
    assert all(0.0 <= r["confidence"] <= 1.0 for r in records)
    assert records[3]["exemplar"]


def test_classify_in_english():
    records = classify(["why did you do that?", "on a scale of 0 to 10, where are you now?"], "--lang", "en")
    assert [r["technique"] for r in records] == ["waarom_vraag", "schaalvraag"]
