"""What the Telegram channel itself says, from `content/<lang>/telegram.yaml`.

The review and privacy commands speak through `bot.review` (`review.yaml`, `privacy.yaml`).
"""

from __future__ import annotations

from typing import Any

# The commands shown in Telegram's menu, in this order; descriptions are telegram.commands.<name>.
MENU_COMMANDS = ("start", "oefen", "vragenreeks", "rondleiding", "hint", "coach", "gedachte",
                 "stop", "help", "mijnruns", "voortgang", "privacy", "mijngegevens", "vergeet", "taal")


class Texts:
    def __init__(self, library: Any):
        self.library = library

    def __call__(self, lang: str, key: str, **values: Any) -> str:
        return self.library.lang(lang).text(f"telegram.{key}", **values)

    def welcome(self, lang: str) -> str:
        """The /start text: what this is, a privacy pointer, the crisis line, the question."""
        lines = [self(lang, "welcome"), self(lang, "privacy_line"), self(lang, "contacts_line")]
        return "\n".join(lines) + "\n\n" + self(lang, "choose")

    def commands(self, lang: str) -> list[tuple[str, str]]:
        return [(name, self(lang, f"commands.{name}")) for name in MENU_COMMANDS]
