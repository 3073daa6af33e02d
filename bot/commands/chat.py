"""`oefengesprek chat`: a conversation in the terminal, interactive or scripted on stdin, logged under the local user."""

from __future__ import annotations

import argparse
import sys

from bot.console import converse, input_lines
from dialogues.engine import Engine
from dialogues.library import load_library
from dialogues.vocabulary import INTERACTION_TYPES, LANGUAGES, MODES


def register(sub) -> None:
    parser = sub.add_parser("chat", help="practise in the terminal (default command)")
    parser.add_argument("--mode", choices=MODES, help="start this mode directly (default: the menu)")
    parser.add_argument("--type", dest="interaction_type", choices=INTERACTION_TYPES,
                        help="interaction type for vragenreeks or rondleiding")
    parser.add_argument("--scenario", help="scenario id for oefenen (see `oefengesprek scenarios`)")
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="language (default: OEFENGESPREK_LANG or nl)")
    parser.add_argument("--json", action="store_true", help="one JSON object per bot turn")
    parser.set_defaults(func=run, mode=None, interaction_type=None, scenario=None, lang=None, json=False)


def run(args: argparse.Namespace) -> int:
    from bot.config import ConfigError, language_default
    from bot.identity import LOCAL_CHANNEL, local_user
    from bot.service import Conversations
    from bot.store import StoreError, open_configured

    engine = Engine(load_library())
    lang = args.lang or language_default()
    try:
        store = open_configured()  # terminal runs are logged too, under the local user
    except (ConfigError, StoreError) as err:
        print(err, file=sys.stderr)
        return 2
    try:
        return _converse(args, Conversations(engine, store, default_lang=lang), LOCAL_CHANNEL, local_user(), lang)
    finally:
        store.close()


def _converse(args: argparse.Namespace, service, channel: str, who: str, lang: str) -> int:
    if args.scenario and not args.mode:
        args.mode = "oefenen"  # a scenario only makes sense in a rehearsal
    if args.mode:
        options = {"interaction_type": args.interaction_type}
        if args.scenario:
            options["scenario"] = args.scenario
        first = service.start(channel, who, args.mode, lang=lang, **options)
    else:
        first = service.menu(channel, who, lang=lang)

    def handle(text: str):
        return service.handle(channel, who, text)

    interactive = sys.stdin.isatty() and not args.json
    lines = input_lines("> ") if interactive else sys.stdin
    converse(first, handle, lines, out=sys.stdout, as_json=args.json, prompt="")
    return 0
