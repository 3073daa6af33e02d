"""The picture of a run: a real PNG of a sensible size, drawn without pyplot on the Agg canvas."""

from __future__ import annotations

import struct
import subprocess
import sys

from bot.pictures import DPI, HEIGHT_IN, WIDTH_IN, run_picture
from dialogues.library import PROJECT_ROOT

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which must come first."""
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def finished_debrief(engine):
    reply = engine.start("oefenen", "nl", scenario="ontruiming", seed=5)
    for line in ("Tjonge, dat moet lastig voor je zijn!", "Je moet gewoon de corporatie bellen.",
                 "Hoe houd je dit vol?", "/stop"):
        reply = engine.handle(reply.session, line)
    return reply.debrief


def test_a_run_is_drawn_as_a_png_of_the_expected_size(engine):
    data = run_picture(finished_debrief(engine))
    assert data.startswith(PNG_SIGNATURE)
    assert png_size(data) == (round(WIDTH_IN * DPI), round(HEIGHT_IN * DPI))
    assert 10_000 < len(data) < 1_000_000
    assert data.endswith(b"IEND\xaeB`\x82")


def test_a_run_without_turns_still_draws(engine):
    reply = engine.start("oefenen", "en", scenario="terugval", seed=1)
    debrief = engine.handle(reply.session, "/stop").debrief
    data = run_picture(debrief, dpi=50)
    assert data.startswith(PNG_SIGNATURE)
    assert png_size(data) == (round(WIDTH_IN * 50), round(HEIGHT_IN * 50))


def test_importing_the_module_does_not_import_matplotlib():
    code = "import sys, bot.pictures; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
