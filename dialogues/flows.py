"""Flows: load them, check their meaning, and build one `transitions` machine per flow.

A flow's `on` entries name a signal and a target: a state of the same flow, `flow:<id>`
(continue in another flow), `module:<id>` (enter a module and come back) or `return`
(leave the module). Targets outside the flow become internal transitions whose callback
records a jump on the cursor; the engine performs it. Conditions (`if:`) come from the
engine's registry only, so no string from a file reaches transitions' callable resolver.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transitions import Machine

from .errors import Problem
from .schema import Flow, State, Transition, validate
from .vocabulary import SIGNALS
from .yamldoc import Document, display_path, load_document


@dataclass
class Cursor:
    """The plain object a machine fires events on: one state, and a jump request if any."""

    state: str
    jump: str | None = None


@dataclass
class FlowSpec:
    spec: Flow
    doc: Document
    machine: Machine = field(repr=False, default=None)  # type: ignore[assignment]

    @property
    def id(self) -> str:
        return self.spec.flow

    def state(self, name: str) -> State:
        return self.spec.states[name]

    def fire(self, state: str, signal: str, context: Any) -> Cursor | None:
        """Fire `signal` in `state`; the cursor after it, or None when no transition applies."""
        event = self.machine.events.get(signal)
        if event is None:
            return None
        cursor = Cursor(state)
        return cursor if event.trigger(cursor, context=context) else None

    def transitions_of(self, state: str) -> list[Transition]:
        return list(self.spec.states[state].on) + list(self.spec.on)

    def walk(self) -> list[str]:
        """States along the `answer` path from the initial state: the drill's steps in order."""
        order, current = [], self.spec.initial
        while current not in order:
            order.append(current)
            nxt = next((t.to for t in self.transitions_of(current) if t.signal == "answer" and t.when is None), None)
            if nxt is None or nxt not in self.spec.states:
                break
            current = nxt
        return order


def load_flows(folder: Path, root: Path, problems: list[Problem]) -> dict[str, FlowSpec]:
    flows: dict[str, FlowSpec] = {}
    for path in sorted(folder.rglob("*.yaml")):
        if "scenarios" in path.relative_to(folder).parts:
            continue  # scenarios have a format of their own
        doc = load_document(path, display_path(path, root), problems)
        if doc is None:
            continue
        if not isinstance(doc.data, dict):
            problems.append(doc.problem((), "expected a mapping at the top of a flow file"))
            continue
        spec = validate(Flow, doc, problems)
        if spec is None:
            continue
        if spec.flow in flows:
            other = flows[spec.flow].doc
            problems.append(doc.problem(("flow",), f"duplicate id '{spec.flow}', also defined in {other.path}; give each flow its own id"))
            continue
        flows[spec.flow] = FlowSpec(spec, doc)
    return flows


def check_flows(flows: Mapping[str, FlowSpec], conditions: Mapping[str, Callable], problems: list[Problem]) -> None:
    """Pass two for flows: targets, signals, conditions, reachability, dead ends."""
    modules = {f.id for f in flows.values() if f.spec.kind == "module"}
    for flow in flows.values():
        spec, doc = flow.spec, flow.doc
        if spec.initial not in spec.states:
            problems.append(doc.problem(("initial",), f"unknown initial state '{spec.initial}'; expected one of: {', '.join(spec.states)}"))
        if spec.kind == "module" and not spec.indicated_by:
            problems.append(doc.problem(("kind",), "a module needs 'indicated_by' (the signals that indicate it)"))
        if spec.kind == "interaction" and spec.interaction_type is None:
            problems.append(doc.problem(("kind",), "an interaction flow needs 'interaction_type' (bezoeker, klager or klant)"))
        for i, signal in enumerate(spec.indicated_by):
            if signal not in SIGNALS:
                problems.append(doc.problem(("indicated_by", i), _unknown("signal", signal, SIGNALS)))
        for i, transition in enumerate(spec.on):
            _check_transition(flow, ("on", i), transition, flows, modules, conditions, problems)
        for name, state in spec.states.items():
            for i, transition in enumerate(state.on):
                _check_transition(flow, ("states", name, "on", i), transition, flows, modules, conditions, problems)
            if not state.final and not any(t.signal == "answer" and t.when is None for t in flow.transitions_of(name)):
                problems.append(doc.problem(("states", name), f"dead end: state '{name}' is not final and has no unconditional 'answer' transition; add one or mark it 'final: true'"))
        reachable = _reachable(flow)
        for name in spec.states:
            if name not in reachable and spec.initial in spec.states:
                problems.append(doc.problem(("states", name), f"unreachable state '{name}': no transition leads to it from '{spec.initial}'; add one or remove the state"))


def _check_transition(flow, location, transition, flows, modules, conditions, problems) -> None:
    doc, spec = flow.doc, flow.spec
    if transition.signal not in SIGNALS:
        problems.append(doc.problem(location + ("signal",), _unknown("signal", transition.signal, SIGNALS)))
    if transition.when is not None and transition.when not in conditions:
        problems.append(doc.problem(location + ("if",), _unknown("condition", transition.when, sorted(conditions))))
    target = transition.to
    if target == "return":
        if spec.kind != "module":
            problems.append(doc.problem(location + ("to",), "'return' is only allowed in a module; name a state instead"))
    elif target.startswith("flow:"):
        other = flows.get(target[5:])
        if other is None or other.spec.kind == "module":
            names = [f"flow:{f.id}" for f in flows.values() if f.spec.kind != "module"]
            problems.append(doc.problem(location + ("to",), _unknown("flow", target, names)))
    elif target.startswith("module:"):
        if target[7:] not in modules:
            problems.append(doc.problem(location + ("to",), _unknown("module", target, [f"module:{m}" for m in sorted(modules)])))
    elif target not in spec.states:
        problems.append(doc.problem(location + ("to",), _unknown("target state", target, list(spec.states))))


def _unknown(what: str, name: str, expected) -> str:
    return f"unknown {what} '{name}'; expected one of: {', '.join(expected)}"


def _reachable(flow: FlowSpec) -> set[str]:
    seen, todo = set(), [flow.spec.initial]
    while todo:
        name = todo.pop()
        if name in seen or name not in flow.spec.states:
            continue
        seen.add(name)
        todo.extend(t.to for t in flow.transitions_of(name) if t.to in flow.spec.states)
    return seen


def build_machine(flow: FlowSpec, conditions: Mapping[str, Callable[[Any], bool]]) -> None:
    """One machine per flow, no model attached: sessions keep their state in a `Cursor`."""
    spec = flow.spec
    machine = Machine(
        model=None, states=list(spec.states), initial=spec.initial,
        auto_transitions=False, send_event=True, ignore_invalid_triggers=True,
    )
    for name in spec.states:
        for transition in flow.transitions_of(name):
            kwargs: dict[str, Any] = {}
            if transition.when is not None:
                test = conditions[transition.when]
                kwargs["conditions"] = [lambda event, test=test: test(event.kwargs["context"])]
            if transition.to in spec.states:
                machine.add_transition(transition.signal, name, transition.to, **kwargs)
            else:
                jump = transition.to
                machine.add_transition(
                    transition.signal, name, None,
                    after=[lambda event, jump=jump: setattr(event.model, "jump", jump)], **kwargs,
                )
    flow.machine = machine


def mermaid(flow: FlowSpec) -> str:
    """The flow as a Mermaid state diagram, for trainers (no graphviz needed)."""
    lines = ["stateDiagram-v2", f"    [*] --> {flow.spec.initial}"]
    for name, state in flow.spec.states.items():
        lines.append(f"    {name} : {name} ({state.phase})")
        for t in flow.transitions_of(name):
            label = t.signal + (f" [{t.when}]" if t.when else "")
            target = t.to if t.to in flow.spec.states else t.to.replace(":", "_")
            lines.append(f"    {name} --> {target} : {label}")
        if state.final:
            lines.append(f"    {name} --> [*]")
    return "\n".join(lines) + "\n"
