"""Configuration, read from the environment in this one place."""

from __future__ import annotations

import os

from dialogues.vocabulary import LANGUAGES


class ConfigError(Exception):
    """A setting is missing or wrong; the message says which and how to fix it."""


def language_default() -> str:
    lang = os.environ.get("OEFENGESPREK_LANG", "nl").strip().lower() or "nl"
    if lang not in LANGUAGES:
        raise ConfigError(f"OEFENGESPREK_LANG={lang!r} is not supported; use one of: {', '.join(LANGUAGES)}")
    return lang
