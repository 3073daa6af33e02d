"""Fixtures for the fault tests: the emulator, a SQLite store URL and the in-process bot (shared with the
Telegram tests), and the soak switch.

`OEFENGESPREK_SOAK=1` (set by `make soak`) turns the light versions into the heavy ones:
more kills, more hostile messages, and the load test.
"""

from __future__ import annotations

import os

from tests.bot.telegram.conftest import emulator, make_service, start_bot, store_url  # noqa: F401 (fixtures)

SOAK = os.environ.get("OEFENGESPREK_SOAK") == "1"


def heavy(light: int, soak: int) -> int:
    """`light` in the test suite, `soak` under `make soak`."""
    return soak if SOAK else light
