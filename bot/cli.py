"""The `oefengesprek` command: one subcommand per module in `bot.commands`."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from dialogues.errors import LoadError

# Each module has `register(subparsers)`, which adds its parser with `func=run`.
COMMANDS = ("chat", "flows", "scenarios", "classify", "safety", "runs", "telegram")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="oefengesprek", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"bot.commands.{name}")
        except ModuleNotFoundError as err:
            if err.name != f"bot.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        args = parser.parse_args(["chat", *(argv or [])])
    try:
        return args.func(args) or 0
    except LoadError as err:
        print(err, file=sys.stderr)
        print(f"{len(err.problems)} problem(s) found.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
