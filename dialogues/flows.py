"""Flows: load them, check their meaning, and build one `transitions` machine per flow.

A flow's `on` entries name a signal and a target: a state of the same flow, `flow:<id>`
(continue in another flow), `module:<id>` (enter a module and come back) or `return`
(leave the module). Targets outside the flow become internal transitions whose callback
records a jump on the cursor; the engine performs it. Conditions (`if:`) come from the
engine's registry only, so no string from a file reaches transitions' callable resolver.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transitions import Machine

from .errors import Problem
from .schema import Flow, State, Transition, validate
from .vocabulary import INTERACTION_TYPES, SIGNALS
from .yamldoc import Document, display_path, load_document

INTAKE = "intake"  # the flow the rondleiding starts in
NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,39}$")  # flow ids and state names: safe in targets, buttons, diagrams


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

    def all_transitions(self) -> list[tuple[tuple, Transition]]:
        """Every transition with the location of its signal: flow-wide ones, then each state's."""
        found = [(("on", i, "signal"), t) for i, t in enumerate(self.spec.on)]
        for name, state in self.spec.states.items():
            found.extend((("states", name, "on", i, "signal"), t) for i, t in enumerate(state.on))
        return found

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


def load_flows(folder: Path, root: Path, problems: list[Problem], broken: set[str] | None = None) -> dict[str, FlowSpec]:
    """Pass one for flows: parse and check the shape of every `*.yaml` under `folder`.

    Ids of flows that failed (the `flow:` value, else the file name) go into `broken`, so
    pass two does not echo them as unknown targets.
    """
    broken = set() if broken is None else broken
    flows: dict[str, FlowSpec] = {}
    for path in sorted(folder.rglob("*.yml")):
        problems.append(Problem(display_path(path, root), 1, 1, "only files ending in .yaml are read; rename it to .yaml"))
        broken.add(path.stem)
    for path in sorted(folder.rglob("*.yaml")):
        if "scenarios" in path.relative_to(folder).parts:
            continue  # scenarios have a format of their own
        doc = load_document(path, display_path(path, root), problems)
        broken.add(path.stem)
        if doc is not None and isinstance(doc.data, dict) and isinstance(doc.data.get("flow"), str):
            broken.add(doc.data["flow"])
        if doc is None:
            continue
        if not isinstance(doc.data, dict):
            what = "a list" if isinstance(doc.data, list) else f"the single value '{str(doc.data)[:40]}'"
            problems.append(doc.problem((), f"the file holds {what}; expected a mapping that starts with 'flow: <id>'"))
            continue
        spec = validate(Flow, doc, problems)
        if spec is None:
            continue
        if spec.flow in flows:
            other = flows[spec.flow].doc
            problems.append(doc.problem(("flow",), f"duplicate flow id '{spec.flow}', already used in "
                                                   f"{other.path}:{other.where(('flow',))[0]}; give each flow its own id"))
            continue
        flows[spec.flow] = FlowSpec(spec, doc)
        broken.discard(spec.flow)
        if path.stem not in flows:
            broken.discard(path.stem)
    return flows


def check_flows(flows: Mapping[str, FlowSpec], conditions: Mapping[str, Callable], problems: list[Problem],
                broken: set[str] = frozenset()) -> None:
    """Pass two for flows: kinds, targets, signals, conditions, reachability, dead ends."""
    _check_kinds(flows, problems)
    modules = {f.id for f in flows.values() if f.spec.kind == "module"}

    for flow in flows.values():
        spec, doc = flow.spec, flow.doc
        if not NAME.match(spec.flow):
            problems.append(doc.problem(("flow",), f"flow id '{spec.flow}' has characters other than letters, digits "
                                                   "and '_'; write it like 'klager' or 'aanschuiven'"))
        for name in spec.states:
            if not NAME.match(name):
                problems.append(doc.problem(("states", name), f"state name '{name}' has characters other than letters, "
                                                              "digits and '_'; write it like 'hoe_kan_ik_helpen'", key=True))
        if spec.initial not in spec.states:
            problems.append(doc.problem(("initial",), unknown("initial state", spec.initial, list(spec.states))))
        for i, signal in enumerate(spec.indicated_by):
            if signal not in SIGNALS or signal == "answer":
                problems.append(doc.problem(("indicated_by", i), unknown("signal", signal, SIGNALS[1:])))
        _check_transitions(flow, ("on",), spec.on, flows, modules, conditions, problems, broken)
        for name, state in spec.states.items():
            _check_transitions(flow, ("states", name, "on"), state.on, flows, modules, conditions, problems, broken)
            if not state.final and not any(t.signal == "answer" and t.when is None for t in flow.transitions_of(name)):
                problems.append(doc.problem(("states", name), f"dead end: state '{name}' is not final and has no "
                                                              "'answer' transition without 'if'; add "
                                                              "{signal: answer, to: <state>} or 'final: true'", key=True))
            if state.final and state.on:
                problems.append(doc.problem(("states", name, "final"), f"final state '{name}' has transitions that "
                                                                       "never fire; remove 'on' or 'final: true'"))
        if spec.initial in spec.states:
            reachable = _reachable(flow)
            for name in spec.states:
                if name not in reachable:
                    problems.append(doc.problem(("states", name), f"unreachable state '{name}': no transition leads "
                                                                  f"to it from '{spec.initial}'; add one or remove the state", key=True))
        if spec.kind == "interaction" and spec.initial in spec.states and not any(spec.states[n].drill for n in flow.walk() if n in spec.states):
            problems.append(doc.problem(("states",), "no state on the 'answer' path has a 'drill', so the vragenreeks "
                                                     "has no steps; add 'drill' to the states", key=True))


def _check_kinds(flows: Mapping[str, FlowSpec], problems: list[Problem]) -> None:
    """Fields that only one kind of flow may have, and one flow per interaction type."""
    by_type: dict[str, FlowSpec] = {}
    for flow in flows.values():
        spec, doc = flow.spec, flow.doc
        if spec.kind == "module" and not spec.indicated_by:
            problems.append(doc.problem(("kind",), "a module without 'indicated_by'; add the signals that indicate "
                                                   "it, e.g. indicated_by: [overwhelmed]"))
        if spec.kind != "module":
            for name in ("indicated_by", "only_for"):
                if getattr(spec, name):
                    problems.append(doc.problem((name,), f"'{name}' is only for modules, and this flow is kind "
                                                         f"'{spec.kind}'; remove it or make the flow 'kind: module'", key=True))
        if spec.kind == "interaction" and spec.interaction_type is None:
            problems.append(doc.problem(("kind",), "an interaction flow without 'interaction_type'; add "
                                                   "interaction_type: bezoeker, klager or klant"))
        if spec.kind != "interaction" and spec.interaction_type is not None:
            problems.append(doc.problem(("interaction_type",), f"'interaction_type' is only for interaction flows, "
                                                               f"and this flow is kind '{spec.kind}'; remove it", key=True))
        if spec.kind == "interaction" and spec.interaction_type is not None:
            first = by_type.setdefault(spec.interaction_type, flow)
            if first is not flow:
                problems.append(doc.problem(("interaction_type",), f"a second flow for '{spec.interaction_type}' "
                                                                   f"(the first is {first.doc.path}); keep one flow per interaction type"))
        if spec.kind == "intake" and spec.flow != INTAKE:
            problems.append(doc.problem(("flow",), f"the intake flow is called '{spec.flow}'; the rondleiding "
                                                   f"starts at the flow '{INTAKE}': name it 'flow: {INTAKE}'"))


def check_flow_set(flows: Mapping[str, FlowSpec], problems: list[Problem], broken: set[str] = frozenset()) -> None:
    """The flows the engine cannot do without: the intake and one per interaction type."""
    if broken:
        return  # a flow that failed to load may be the missing one
    intake = flows.get(INTAKE)
    if intake is None:
        problems.append(Problem("flows/", 1, 1, f"no intake flow; add flows/{INTAKE}.yaml with "
                                                f"'flow: {INTAKE}' and 'kind: intake'"))
    elif intake.spec.kind != "intake":
        problems.append(intake.doc.problem(("kind",), f"flow '{INTAKE}' is kind '{intake.spec.kind}'; expected kind: intake"))
    present = {f.spec.interaction_type for f in flows.values() if f.spec.kind == "interaction"}
    for interaction_type in INTERACTION_TYPES:
        if interaction_type not in present:
            problems.append(Problem("flows/", 1, 1, f"no flow for interaction type '{interaction_type}'; add one "
                                                    f"with 'kind: interaction' and 'interaction_type: {interaction_type}'"))


def _check_transitions(flow, location, transitions, flows, modules, conditions, problems, broken) -> None:
    """Each transition's signal, condition and target; and transitions that can never fire."""
    seen: dict[str, int] = {}  # signal -> index of its unconditional transition
    for i, transition in enumerate(transitions):
        _check_transition(flow, location + (i,), transition, flows, modules, conditions, problems, broken)
        if transition.signal in seen:
            line = flow.doc.where(location + (seen[transition.signal],))[0]
            problems.append(flow.doc.problem(location + (i, "signal"), f"this '{transition.signal}' transition never "
                                                                       f"fires: the one at line {line} without 'if' "
                                                                       "takes the signal first; remove one or add 'if' to the first"))
        elif transition.when is None:
            seen[transition.signal] = i


def _check_transition(flow, location, transition, flows, modules, conditions, problems, broken) -> None:
    doc, spec = flow.doc, flow.spec
    if transition.signal not in SIGNALS:
        problems.append(doc.problem(location + ("signal",), unknown("signal", transition.signal, SIGNALS)))
    if transition.when is not None and transition.when not in conditions:
        problems.append(doc.problem(location + ("if",), unknown("condition", transition.when, sorted(conditions))))
    target = transition.to
    if target.startswith(("flow:", "module:")) and target.split(":", 1)[1] in broken:
        return  # the target's own file is broken, and was reported
    if target == "return":
        if spec.kind != "module":
            problems.append(doc.problem(location + ("to",), "'return' outside a module; only a module returns to "
                                                            "where it was entered: name a state, flow:<id> or module:<id>"))
    elif target.startswith("flow:"):
        other = flows.get(target[5:])
        names = [f"flow:{f.id}" for f in flows.values() if f.spec.kind != "module"]
        if other is not None and other.spec.kind == "module":
            problems.append(doc.problem(location + ("to",), f"'{target}' is a module; enter it with 'module:{other.id}'"))
        elif other is None:
            problems.append(doc.problem(location + ("to",), unknown("flow", target, names)))
    elif target.startswith("module:"):
        if target[7:] not in modules:
            problems.append(doc.problem(location + ("to",), unknown("module", target, [f"module:{m}" for m in sorted(modules)])))
    elif target not in spec.states:
        problems.append(doc.problem(location + ("to",), unknown("target state", target, list(spec.states))))


def unknown(what: str, name: object, expected) -> str:
    """`unknown <what> '<name>'; did you mean ...? expected one of: ...` for every lookup miss."""
    expected = [str(e) for e in expected]
    hint = difflib.get_close_matches(str(name), expected, n=1)
    fix = f"did you mean '{hint[0]}'? " if hint else ""
    listed = ", ".join(expected) if expected else "(none defined)"
    return f"unknown {what} '{name}'; {fix}expected one of: {listed}"


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
