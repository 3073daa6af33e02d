"""`oefengesprek flows validate [PATH]` and `oefengesprek flows graph FLOW`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from dialogues.diagram import DiagramUnavailable, mermaid, svg
from dialogues.errors import LoadError
from dialogues.library import PROJECT_ROOT, load_library

log = logging.getLogger(__name__)


def register(sub) -> None:
    parser = sub.add_parser("flows", help="validate flows and content, or draw a flow")
    actions = parser.add_subparsers(dest="action", required=True)
    validate = actions.add_parser("validate", help="check every flow and content file; all problems at once")
    validate.add_argument("path", nargs="?", default=str(PROJECT_ROOT), help="folder holding flows/ and content/")
    validate.set_defaults(func=run_validate)
    graph = actions.add_parser("graph", help="draw a flow as a Mermaid state diagram (or SVG with graphviz)")
    graph.add_argument("flow", help="flow id, e.g. klager")
    graph.add_argument("--format", choices=("mermaid", "svg"), default="mermaid")
    graph.add_argument("-o", "--output", help="file to write (default: stdout for mermaid, FLOW.svg for svg)")
    graph.add_argument("--path", default=str(PROJECT_ROOT), help="folder holding flows/ and content/")
    graph.add_argument("--lang", default="nl", help="language of the diagram's title")
    graph.set_defaults(func=run_graph)


def _load(path: str, found: str):
    """The library at `path`; None once its problems are printed, then `N problem(s) found{found}`."""
    try:
        return load_library(Path(path))
    except LoadError as err:
        print(err, file=sys.stderr)
        print(f"{len(err.problems)} problem(s) found{found}", file=sys.stderr)
        return None


def run_validate(args: argparse.Namespace) -> int:
    """Print every problem as `path:line:column: message`; exit 1 when there is one."""
    try:
        library = _load(args.path, f" in {args.path}.")
        if library is None:
            return 1
    except Exception as err:  # a loader bug: say so in one line, the traceback goes to the debug log
        log.debug("validation crashed", exc_info=True)
        print(f"{args.path}:1:1: the validator itself failed ({type(err).__name__}: {err}); "
              "please report this, with the file that caused it (run with -v for details)", file=sys.stderr)
        return 2
    print(f"ok: {len(library.flows)} flows, {len(library.languages)} languages")
    return 0


def run_graph(args: argparse.Namespace) -> int:
    library = _load(args.path, "; fix them before drawing a flow.")
    if library is None:
        return 1
    flow = library.flows.get(args.flow)
    if flow is None:
        print(f"unknown flow '{args.flow}'; expected one of: {', '.join(sorted(library.flows))}", file=sys.stderr)
        return 2
    title = library.lang(args.lang).text(flow.spec.title)
    if args.format == "mermaid":
        text = mermaid(flow, title)
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    try:
        drawing = svg(flow, title)
    except DiagramUnavailable as err:
        print(f"cannot write SVG: {err}. Use --format mermaid, which needs nothing else.", file=sys.stderr)
        return 2
    output = Path(args.output or f"{flow.id}.svg")
    output.write_bytes(drawing)
    print(output)
    return 0
