"""The conditions a flow may name in `if:`; the only callables a YAML file can reach."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _client(context: Any, key: str, default: float = 0) -> float:
    return context.client.get(key, default)


CONDITIONS: dict[str, Callable[[Any], bool]] = {
    "friction_high": lambda s: _client(s, "friction") >= 6,
    "friction_low": lambda s: _client(s, "friction") <= 3,
    "hope_low": lambda s: _client(s, "hope", 5) <= 3,
    "hope_up": lambda s: _client(s, "hope", 5) >= 6,
    "safety_asked": lambda s: bool(s.client.get("safety_asked")),
    "safety_not_asked": lambda s: not s.client.get("safety_asked"),
    # a simulated client's state (oefenen): how open it is, and what the scenario says of it
    "friction_moderate": lambda s: _client(s, "friction") <= 5,
    "ready": lambda s: _client(s, "friction") <= 3 and _client(s, "hope", 5) >= 4,
    "not_overwhelmed": lambda s: _client(s, "overwhelm") <= 0,
    "harmful_decision": lambda s: "harmful_decision" in s.client.get("flags", ()),
    "no_harmful_decision": lambda s: "harmful_decision" not in s.client.get("flags", ()),
    "understands_no_change": lambda s: "understands_no_change" in s.client.get("flags", ()),
}
