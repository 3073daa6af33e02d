"""`oefengesprek scenarios`: the rehearsal scenarios, one per line (id, title, start type, difficulty)."""

from __future__ import annotations

import argparse
import sys

from dialogues.library import load_library
from dialogues.vocabulary import LANGUAGES


def register(sub) -> None:
    parser = sub.add_parser("scenarios", help="list the scenarios for oefenen (id, title, start type, difficulty)")
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="language of the titles (default: OEFENGESPREK_LANG or nl)")
    parser.set_defaults(func=run, lang=None)


def run(args: argparse.Namespace) -> int:
    from bot.config import language_default

    lang = args.lang or language_default()
    library = load_library()
    for scenario in library.scenarios.values():
        title = scenario.text(lang).title.replace("\t", " ")
        print(f"{scenario.id}\t{title}\t{scenario.spec.start_type}\t{scenario.spec.difficulty}", file=sys.stdout)
    return 0
