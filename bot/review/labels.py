"""Words for reports in the reader's language: review texts, technique names, phases, types."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dialogues.content import Language


class Labels:
    """Looks up the display words a transcript or export needs, falling back to the raw id."""

    def __init__(self, language: Language, library: Any = None):
        self.language = language
        self.code = language.code
        self.library = library

    def text(self, key: str, **values: Any) -> str:
        return self.language.text(key, **values)

    def technique(self, technique: str | None) -> str:
        if not technique:
            return self.text("review.report.none")
        info = self.language.techniques.get(technique)
        return info.name if info else technique

    def phase(self, phase: str | None) -> str:
        return self.language.text_or(f"ui.phase.{phase}", phase) if phase else self.text("review.report.none")

    def scenario(self, scenario: str | None) -> str:
        """A scenario's title in this language; its id when the library does not know it (any more)."""
        if not scenario:
            return self.text("review.report.none")
        found = getattr(self.library, "scenarios", {}).get(scenario)
        try:
            return found.text(self.code).title if found is not None else scenario
        except (KeyError, AttributeError):
            return scenario

    def interaction_type(self, value: str | None) -> str:
        return self.language.text_or(f"ui.type.{value}", value) if value else self.text("review.report.none")

    def mode(self, mode: str) -> str:
        return self.language.text_or(f"ui.mode_button.{mode}", mode)

    def end_reason(self, reason: str | None) -> str:
        if not reason:
            return self.text("review.report.not_ended")
        return self.language.text_or(f"review.end_reason.{reason}", reason)

    def client_key(self, key: str) -> str:
        return self.language.text_or(f"review.client_state.{key}", key)

    def score(self, score: float | None) -> str:
        return self.text("review.report.no_score") if score is None else f"{score:g}"

    @staticmethod
    def date(moment: datetime | None) -> str:
        return moment.strftime("%Y-%m-%d %H:%M") if moment else "–"
