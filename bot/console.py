"""The terminal channel: a conversation on stdin/stdout, interactive or scripted (one line per turn)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import TextIO

from dialogues.reply import Reply


def render_text(reply: Reply) -> str:
    """A reply as a human reads it in a terminal: messages, then numbered buttons."""
    parts = list(reply.texts)
    if reply.choices:
        parts.append("\n".join(f"  [{i}] {c.label}" for i, c in enumerate(reply.choices, 1)))
    return "\n\n".join(parts)


def render_json(reply: Reply) -> str:
    record = {
        "text": "\n\n".join(reply.texts),
        "choices": [{"label": c.label, "value": c.value} for c in reply.choices],
        "state": reply.state,
    }
    if reply.recognition is not None:
        record["technique"] = reply.recognition.label
        record["confidence"] = reply.recognition.confidence
    if any(e.kind == "safety" for e in reply.events):
        record["safety"] = True
    if reply.debrief is not None:
        record["debrief"] = reply.debrief
    return json.dumps(record, ensure_ascii=False)


def resolve_choice(reply: Reply, line: str) -> str:
    """A number typed at the prompt presses that button; anything else is free text."""
    stripped = line.strip()
    if stripped.isdigit() and 1 <= int(stripped) <= len(reply.choices):
        return reply.choices[int(stripped) - 1].value
    return line


def converse(
    first: Reply,
    handle: Callable[[str], Reply],
    lines: Iterable[str],
    out: TextIO | None = None,
    as_json: bool = False,
    prompt: str = "",
) -> Reply:
    """Print `first`, then one reply per input line until the run is done or input ends."""
    out = out or sys.stdout  # looked up per call, so a replaced sys.stdout is honoured
    render = render_json if as_json else render_text
    reply = first
    print(render(reply), file=out, flush=True)
    for raw in lines:
        line = raw.rstrip("\n")
        reply = handle(resolve_choice(reply, line))
        print(("" if as_json else "\n") + render(reply), file=out, flush=True)
        if reply.session.done and not reply.choices:
            break
        if prompt:
            print(prompt, end="", file=out, flush=True)
    return reply


def input_lines(prompt: str) -> Iterable[str]:
    """Lines typed at an interactive prompt, until end of input."""
    while True:
        try:
            yield input(prompt)
        except EOFError:
            return
