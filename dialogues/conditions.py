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
}
