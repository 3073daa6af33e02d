"""`oefengesprek safety`: run the safety check on messages, one per line on stdin.

Prints one JSON object per input line, in order: `{"text": ..., "distress": true|false,
"category": ...}` (category null when there is no distress). Empty lines give
`distress: false`, so output lines always match input lines.
"""

from __future__ import annotations

import argparse
import json
import sys

from dialogues import safety


def register(sub) -> None:
    parser = sub.add_parser("safety", help="check messages (one per line on stdin) for real distress; JSON lines out")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="language hint (both are always checked)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, stdin=None, stdout=None) -> int:
    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout if stdout is not None else sys.stdout
    for stream in (stdin, stdout):
        if hasattr(stream, "reconfigure"):  # UTF-8 whatever the locale says
            stream.reconfigure(encoding="utf-8", errors="replace")
    for line in stdin:
        text = line.rstrip("\r\n")
        alarm = safety.check(text, args.lang)
        record = {"text": text, "distress": alarm.distress, "category": alarm.category}
        stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
