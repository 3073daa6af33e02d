"""`oefengesprek classify`: which technique each line on stdin uses, one JSON object per line.

Every input line gives exactly one output line (an empty line too, as `onbekend`), so a
labelled file can be scored line by line:
`{"text": ..., "technique": ..., "confidence": ..., "exemplar": ...}`.
"""

from __future__ import annotations

import argparse
import json
import sys

from dialogues.library import load_library
from dialogues.vocabulary import LANGUAGES


def register(sub) -> None:
    parser = sub.add_parser("classify", help="recognise the technique of each line on stdin (JSON lines)")
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="language (default: OEFENGESPREK_LANG or nl)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.config import language_default

    lang = args.lang or language_default()
    recognizer = load_library().techniques[lang]
    # UTF-8 whatever the locale says; a stray undecodable byte must not end the run
    for stream, errors in ((sys.stdin, "replace"), (sys.stdout, "strict")):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors=errors)
    for raw in sys.stdin:
        text = raw.rstrip("\r\n")
        recognition = recognizer.classify(text)
        record = {"text": text, "technique": recognition.label, "confidence": recognition.confidence,
                  "exemplar": recognition.exemplar}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0
