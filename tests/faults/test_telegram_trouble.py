"""Telegram in trouble: 429 with retry_after, 500s, and calls that hang and then time out.

While the trouble lasts, three users keep typing; once it is over every line has been
answered, in order, exactly once: each chat shows what the engine says to those lines,
and each line is once in the run log.
"""

from __future__ import annotations

import time

import pytest

from tests.emulator.server import Fault
from tests.faults.three_users import (
    assert_every_line_answered_once,
    start_rondleiding,
    type_all_lines,
    wait_until_answered,
)

TROUBLE = {
    "429 retry_after": lambda emu: emu.fail(429, seconds=1.5, methods={"sendMessage"}, retry_after=1),
    "500 everywhere": lambda emu: emu.fail(500, seconds=1.2),
    "hang, then time out": lambda emu: emu._faults.append(
        Fault(504, 0.6, None, time.monotonic() + 1.5, None)),  # every call hangs 0.6 s, then 504, nothing done
}


@pytest.mark.parametrize("trouble", TROUBLE)
async def test_lines_typed_while_telegram_is_in_trouble_arrive_later_none_lost_or_doubled(
        emulator, start_bot, engine, store_url, trouble):
    await start_bot()
    users = await start_rondleiding(emulator)
    TROUBLE[trouble](emulator)
    type_all_lines(emulator)
    await wait_until_answered(emulator, engine, users)
    await assert_every_line_answered_once(emulator, engine, store_url, users)
    assert any(code in (429, 500, 504) for _, code, _ in emulator.rejected), "the trouble did happen"
