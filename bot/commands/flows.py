"""`oefengesprek flows validate [PATH]` and `oefengesprek flows graph FLOW`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dialogues.errors import LoadError
from dialogues.flows import mermaid
from dialogues.library import PROJECT_ROOT, load_library


def register(sub) -> None:
    parser = sub.add_parser("flows", help="validate flows and content, or draw a flow")
    actions = parser.add_subparsers(dest="action", required=True)
    validate = actions.add_parser("validate", help="check every flow and content file; all problems at once")
    validate.add_argument("path", nargs="?", default=str(PROJECT_ROOT), help="folder holding flows/ and content/")
    validate.set_defaults(func=run_validate)
    graph = actions.add_parser("graph", help="print a flow as a Mermaid state diagram")
    graph.add_argument("flow")
    graph.add_argument("--format", choices=("mermaid", "svg"), default="mermaid")
    graph.add_argument("-o", "--output", help="file to write (svg needs graphviz)")
    graph.set_defaults(func=run_graph)


def run_validate(args: argparse.Namespace) -> int:
    try:
        library = load_library(Path(args.path))
    except LoadError as err:
        print(err, file=sys.stderr)
        print(f"{len(err.problems)} problem(s) found.", file=sys.stderr)
        return 1
    print(f"ok: {len(library.flows)} flows, {len(library.languages)} languages")
    return 0


def run_graph(args: argparse.Namespace) -> int:
    library = load_library()
    flow = library.flows.get(args.flow)
    if flow is None:
        print(f"unknown flow '{args.flow}'; expected one of: {', '.join(sorted(library.flows))}", file=sys.stderr)
        return 2
    if args.format == "mermaid":
        text = mermaid(flow)
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    return _svg(flow, args.output or f"{flow.id}.svg")


def _svg(flow, output: str) -> int:
    try:
        from transitions.extensions.diagrams import GraphMachine
    except ImportError:
        print("svg needs graphviz (pip install graphviz, apt-get install graphviz)", file=sys.stderr)
        return 2
    try:
        machine = GraphMachine(model=None, states=list(flow.spec.states), initial=flow.spec.initial,
                               auto_transitions=False, graph_engine="graphviz")
        for name in flow.spec.states:
            for t in flow.transitions_of(name):
                machine.add_transition(t.signal, name, t.to if t.to in flow.spec.states else name)
        machine.get_graph().draw(output, format="svg", prog="dot")
    except Exception as err:  # graphviz missing at runtime: say so, no traceback
        print(f"could not draw svg ({err}); is graphviz installed?", file=sys.stderr)
        return 2
    print(output)
    return 0
