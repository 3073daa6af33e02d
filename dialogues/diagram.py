"""A flow drawn for trainers: a `transitions` GraphMachine (Mermaid, or graphviz for SVG).

The diagram machine is separate from the engine's machine: it is built on demand, has a
throw-away model, and its conditions are named stand-ins that are never called. Targets
outside the flow (`flow:<id>`, `module:<id>`, `return`) become nodes of their own.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from typing import Any

from transitions import State
from transitions.extensions.diagrams import GraphMachine
from transitions.extensions.states import Tags

from .flows import FlowSpec


class _State(Tags, State):
    """A state whose tags (its phase) show in the diagram's label."""


class _Machine(GraphMachine):
    state_cls = _State


class _Drawing:
    """The model a diagram machine needs; it never moves."""


def _named(name: str):
    def condition(*_args: Any, **_kwargs: Any) -> bool:  # a label only: diagrams never fire events
        return True

    condition.__name__ = name
    return condition


def _node(target: str) -> str:
    return target.replace(":", "__") if ":" in target else f"{target}__"


def graph_machine(flow: FlowSpec, engine: str = "mermaid", title: str | None = None) -> GraphMachine:
    """The flow as a GraphMachine: its states (final ones marked), transitions and exits."""
    spec = flow.spec
    states: list[dict[str, Any]] = [
        {"name": name, "tags": [state.phase], **({"final": True} if state.final else {})}
        for name, state in spec.states.items()
    ]
    exits = sorted({t.to for name in spec.states for t in flow.transitions_of(name) if t.to not in spec.states})
    states += [{"name": _node(target), "tags": [target]} for target in exits]
    machine = _Machine(
        model=_Drawing(), states=states, initial=spec.initial, auto_transitions=False,
        graph_engine=engine, title=title or spec.flow, show_conditions=True, show_state_attributes=True,
    )
    for name in spec.states:
        for t in flow.transitions_of(name):
            dest = t.to if t.to in spec.states else _node(t.to)
            conditions = [_named(t.when)] if t.when else None
            machine.add_transition(t.signal, name, dest, conditions=conditions)
    machine.model_graphs[id(machine.model)].reset_styling()  # no "active" state: it is a map, not a run
    return machine


def mermaid(flow: FlowSpec, title: str | None = None) -> str:
    """Mermaid `stateDiagram-v2` text for the flow, with final states leading to [*]."""
    heading = f"title: {json.dumps(title or flow.spec.flow, ensure_ascii=False)}"
    machine = graph_machine(flow, "mermaid", heading)
    source = machine.model.get_graph().draw(None)
    finals = [f"  {name} --> [*]" for name, state in flow.spec.states.items() if state.final]
    return source.rstrip("\n") + "\n" + "\n".join(finals) + ("\n" if finals else "")


class DiagramUnavailable(Exception):
    """SVG needs graphviz: the Python package and the `dot` program."""


def svg(flow: FlowSpec, title: str | None = None) -> bytes:
    """SVG bytes drawn by graphviz; raises `DiagramUnavailable` saying what is missing."""
    if importlib.util.find_spec("graphviz") is None:
        raise DiagramUnavailable("the Python package 'graphviz' is not installed (pip install graphviz)")
    if shutil.which("dot") is None:
        raise DiagramUnavailable("the graphviz program 'dot' is not installed (apt-get install graphviz)")
    machine = graph_machine(flow, "graphviz", title)
    try:
        return machine.model.get_graph().pipe(format="svg")
    except (OSError, RuntimeError) as err:  # graphviz.ExecutableNotFound / CalledProcessError
        raise DiagramUnavailable(f"graphviz could not draw the flow ({err})") from err
