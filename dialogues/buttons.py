"""Button values: what a choice sends back, and Telegram's limit on it (`callback_data`).

A button's value comes back as text (`mode:<id>`, `type:<id>`, `scenario:<id>`, ...).
Telegram carries at most 64 bytes of `callback_data`, so every value the engine can build
from the files is checked at load time, not when a user first taps the button.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .errors import Problem
from .yamldoc import Document

CALLBACK_DATA_MAX_BYTES = 64  # Telegram Bot API, InlineKeyboardButton.callback_data


def button_value(kind: str, ident: str) -> str:
    return f"{kind}:{ident}"


def check_button_value(
    problems: list[Problem], kind: str, ident: str,
    doc: Document | None = None, location: Iterable[Any] = (),
) -> None:
    """Record a problem when `kind:ident` would not fit in a Telegram button's callback_data."""
    value = button_value(kind, ident)
    size = len(value.encode("utf-8"))
    if size <= CALLBACK_DATA_MAX_BYTES:
        return
    room = CALLBACK_DATA_MAX_BYTES - len(kind.encode("utf-8")) - 1
    message = (f"id '{ident[:40]}...' makes the button value '{kind}:...' {size} bytes long; Telegram allows "
               f"{CALLBACK_DATA_MAX_BYTES}: shorten the id to at most {room} bytes")
    if doc is None:
        problems.append(Problem("(engine)", 1, 1, message))
    else:
        problems.append(doc.problem(location, message))


def check_scenario_buttons(scenarios: Mapping[str, Any], problems: list[Problem]) -> None:
    """Each scenario is started by a `scenario:<id>` button; its id must fit Telegram's limit."""
    for ident, scenario in scenarios.items():
        check_button_value(problems, "scenario", ident, getattr(scenario, "doc", None), ("scenario",))
