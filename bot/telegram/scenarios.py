"""The /oefen list: scenarios as buttons (title, start type, difficulty), a page at a time.

Scenarios come from the library (`library.scenarios`, or `library.extensions["scenarios"]`);
the reading is defensive so the list simply stays empty while no scenarios are loaded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

PAGE_SIZE = 6


@dataclass(frozen=True)
class ScenarioItem:
    id: str
    title: str
    start_type: str | None
    difficulty: str | None


def scenario_items(library: Any, lang: str) -> list[ScenarioItem]:
    """Every loaded scenario, in id order, with its title in `lang`."""
    found = getattr(library, "scenarios", None) or getattr(library, "extensions", {}).get("scenarios") or {}
    scenarios = found.values() if isinstance(found, dict) else found
    items = []
    for scenario in scenarios:
        spec = getattr(scenario, "spec", scenario)
        ident = getattr(scenario, "id", None) or getattr(spec, "scenario", None)
        if not ident:
            continue
        title = ident
        text_of = getattr(scenario, "text", None)
        if callable(text_of):
            try:
                title = getattr(text_of(lang), "title", None) or ident
            except (KeyError, LookupError):
                pass
        items.append(ScenarioItem(str(ident), str(title), getattr(spec, "start_type", None),
                                  getattr(spec, "difficulty", None)))
    return sorted(items, key=lambda item: item.id)


def page_of(items: list[ScenarioItem], page: int, size: int = PAGE_SIZE) -> tuple[list[ScenarioItem], int, int]:
    """The items on `page` (1-based, clamped), that page number and the number of pages."""
    pages = max(1, math.ceil(len(items) / size))
    page = min(max(1, page), pages)
    return items[(page - 1) * size: page * size], page, pages
