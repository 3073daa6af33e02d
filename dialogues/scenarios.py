"""Scenarios for oefenen: a simulated client in crisis, as data, validated like flows.

A scenario has two halves. `flows/scenarios/<id>.yaml` says what the client IS: the crisis,
the starting interaction type, the hidden state it starts in, how recognised techniques
move that state (overrides on `flows/scenarios/_defaults.yaml`, which holds the method's
defaults from the seeds), the transitions of its interaction type and what a good ending
looks like. `content/<lang>/scenarios/<id>.yaml` says what the client SAYS: title,
persona, the lines for each reaction (several variants each) and its unspoken thoughts.

Both are checked in two passes (pydantic shape with line marks, then meaning: techniques,
conditions, reachability of the ending, safety for safety crises, translations), and every
problem is reported as `path:line:column: message`. One `transitions` machine per scenario
is built at load time, with `model=None`; sessions fire events on a plain cursor.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field
from transitions import Machine

from .buttons import check_button_value
from .conditions import CONDITIONS
from .errors import Problem
from .flows import Cursor
from .schema import Strict, validate
from .vocabulary import ALL_TECHNIQUES, INTERACTION_TYPES, LANGUAGES, InteractionType, Phase
from .yamldoc import Document, display_path, load_document

log = logging.getLogger(__name__)

DEFAULTS_FILE = "_defaults.yaml"

# What counts as a crisis (seed 002) and what clients experience as one.
CRISES: tuple[str, ...] = (
    "ontruiming", "energie_afsluiting", "water_afsluiting", "suicidaliteit", "veiligheid_kind",
    "echtscheiding", "overlijden", "werkloosheid", "terugval_middelen", "zelfbeschadiging",
)
SAFETY_CRISES: tuple[str, ...] = ("suicidaliteit", "veiligheid_kind", "zelfbeschadiging")
Crisis = Literal[CRISES]  # type: ignore[valid-type]
DIFFICULTIES: tuple[str, ...] = ("basis", "gevorderd", "moeilijk")
Difficulty = Literal[DIFFICULTIES]  # type: ignore[valid-type]
# Stages of change (seed 003).
STAGES: tuple[str, ...] = ("voorbeschouwing", "beschouwing", "beslissing", "actie", "consolidatie", "terugval")
Stage = Literal[STAGES]  # type: ignore[valid-type]
FLAGS: tuple[str, ...] = ("harmful_decision", "understands_no_change")
Flag = Literal[FLAGS]  # type: ignore[valid-type]

# What the client does in answer to a trainee's line; each has lines in content.
REACTIONS: tuple[str, ...] = (
    "opening", "usefulness", "perspective", "acknowledged", "complimented", "summary", "problem",
    "goal", "exception", "coping", "hope", "scale", "mirror", "reality", "next_step", "safety",
    "advice", "why", "judged", "reassured", "taken_over", "unclear", "not_now", "not_ready",
    "guarded", "repeated", "walkout", "shift_klager", "shift_klant", "shift_back",
)
Reaction = Literal[REACTIONS]  # type: ignore[valid-type]
THOUGHTS: tuple[str, ...] = ("overwhelmed", "friction", "bezoeker", "klager", "klant", "ending")
ThoughtKey = Literal[THOUGHTS]  # type: ignore[valid-type]
Delta = Annotated[int, Field(ge=-5, le=5)]
Level = Annotated[int, Field(ge=0, le=10)]
Variants = Annotated[list[str], Field(min_length=2)]


# -- the structure half: flows/scenarios/<id>.yaml -------------------------------------
class EffectPart(Strict):
    """A change to the client's hidden state, and how the client reacts to it."""

    friction: Delta | None = None
    hope: Delta | None = None
    reaction: Reaction | None = None
    phase: Phase | Literal["none"] | None = None  # circle reached when the move lands; "none": no circle
    coping: bool | None = None  # counts as a coping move: eases an acute crisis


class Effect(EffectPart):
    """How one technique moves the client; by type, and otherwise when `requires` fails."""

    requires: list[str] = []
    otherwise: EffectPart | None = None
    by_type: dict[InteractionType, EffectPart] = {}


class ClientTransition(Strict):
    """On one of the techniques in `on`, the interaction type moves `from` -> `to` if all `if` hold."""

    on: list[str] = Field(min_length=1)
    source: list[InteractionType] = Field(alias="from", min_length=1)
    to: InteractionType
    when: list[str] = Field(default=[], alias="if")


class StartState(Strict):
    friction: Level
    hope: Level
    overwhelm: Annotated[int, Field(ge=0, le=3)] = 0  # coping questions needed before more lands


class Ending(Strict):
    """What a good ending looks like; reaching it ends the run with a debrief."""

    type: InteractionType = "klant"
    phase: Phase = "volgende_stap"
    hope: Level = 5  # at least
    friction: Level = 4  # at most


class ScenarioFlow(Strict):
    scenario: str = Field(pattern=r"^[a-z][a-z0-9_]{1,39}$")
    crisis: Crisis
    start_type: InteractionType
    stage_of_change: Stage | None = None
    difficulty: Difficulty
    start: StartState
    flags: list[Flag] = []
    safety_required: bool = False
    effects: dict[str, Effect] = {}
    transitions: list[ClientTransition] = []
    ending: Ending = Ending()


class Defaults(Strict):
    effects: dict[str, Effect]
    transitions: list[ClientTransition]


# -- the words half: content/<lang>/scenarios/<id>.yaml --------------------------------
class Persona(Strict):
    name: str
    age: Annotated[int, Field(ge=10, le=110)]
    situation: str
    referred_by: str


TypeVariants = dict[Literal["bezoeker", "klager", "klant", "default"], Variants]


class ScenarioText(Strict):
    """The words of a scenario. `lines` and `thoughts` are shape-checked by `_check_variants` first."""

    title: str
    persona: Persona
    crisis: str
    intro: str  # the scene, for the trainee
    good_ending: str  # what a good ending looks like, for the trainee
    first_words: Variants
    lines: dict[Reaction, Variants | TypeVariants] = {}
    thoughts: dict[ThoughtKey, Variants]
    ending: Variants


@dataclass
class Scenario:
    """One scenario: its structure, its words per language, merged effects, its machine."""

    spec: ScenarioFlow
    doc: Document
    texts: dict[str, ScenarioText] = field(default_factory=dict)
    effects: dict[str, Effect] = field(default_factory=dict)
    machine: Machine | None = field(default=None, repr=False)

    @property
    def id(self) -> str:
        return self.spec.scenario

    def text(self, lang: str) -> ScenarioText:
        return self.texts.get(lang) or self.texts["nl"]

    def lines(self, lang: str, reaction: str, interaction_type: str) -> list[str] | None:
        """The scenario's own variants for a reaction, for this type if it has them."""
        entry = self.text(lang).lines.get(reaction)
        if isinstance(entry, dict):
            return entry.get(interaction_type) or entry.get("default")
        return entry

    def fire(self, interaction_type: str, technique: str, context: Any) -> str:
        """The interaction type after `technique`, by the scenario's machine."""
        event = self.machine.events.get(technique) if self.machine else None
        if event is None or not event.transitions.get(interaction_type):
            return interaction_type  # no transition from here: do not make transitions log one
        cursor = Cursor(interaction_type)
        event.trigger(cursor, context=context)
        return cursor.state


def load_scenarios(root: Path, problems: list[Problem]) -> dict[str, Scenario]:
    """Load, check and build every scenario under `root/flows/scenarios`; problems are collected."""
    folder = root / "flows" / "scenarios"
    if not folder.is_dir():
        return {}
    before = len(problems)
    defaults = _load_defaults(folder / DEFAULTS_FILE, root, problems)
    scenarios: dict[str, Scenario] = {}
    paths = [path for path in sorted(folder.glob("*.yaml")) if path.name != DEFAULTS_FILE]
    for path in paths:
        doc = load_document(path, display_path(path, root), problems)
        if doc is None:
            continue
        if not isinstance(doc.data, dict):
            problems.append(doc.problem((), "the file does not hold a mapping; expected a mapping that starts with 'scenario: <id>'"))
            continue
        spec = validate(ScenarioFlow, doc, problems)
        texts = _load_texts(path.stem, doc, root, problems)  # also when the structure is wrong: all problems at once
        if spec is None:
            continue
        if spec.scenario != path.stem:
            problems.append(doc.problem(("scenario",), f"scenario id '{spec.scenario}' differs from its file name '{path.name}'; name the file {spec.scenario}.yaml"))
            continue
        if spec.scenario in scenarios:
            other = scenarios[spec.scenario].doc.path
            problems.append(doc.problem(("scenario",), f"duplicate id '{spec.scenario}', also defined in {other}; give each scenario its own id"))
            continue
        scenario = Scenario(spec, doc, texts)
        _check_flow(scenario, defaults, problems)
        scenarios[spec.scenario] = scenario
    _check_orphans(root, {path.stem for path in paths}, problems)
    if defaults is not None and len(problems) == before:
        for scenario in scenarios.values():
            scenario.effects = _merged_effects(defaults, scenario.spec)
            scenario.machine = _build_machine(list(scenario.spec.transitions) + list(defaults.transitions))
    return scenarios


def _load_defaults(path: Path, root: Path, problems: list[Problem]) -> Defaults | None:
    if not path.is_file():
        problems.append(Problem(display_path(path, root), 1, 1, "the scenario defaults are missing; add flows/scenarios/_defaults.yaml"))
        return None
    doc = load_document(path, display_path(path, root), problems)
    if doc is None:
        return None
    defaults = validate(Defaults, doc, problems)
    if defaults is None:
        return None
    for technique in ALL_TECHNIQUES:
        if technique not in defaults.effects:
            problems.append(doc.problem(("effects",), f"no default effect for technique '{technique}'; add one"))
    _check_effects(doc, defaults.effects, problems)
    _check_transitions(doc, defaults.transitions, problems)
    return defaults


def _check_flow(scenario: Scenario, defaults: Defaults | None, problems: list[Problem]) -> None:
    """Pass two for a scenario's structure: names it uses, safety, and whether its ending is reachable."""
    spec, doc = scenario.spec, scenario.doc
    _check_effects(doc, spec.effects, problems)
    _check_transitions(doc, spec.transitions, problems)
    check_button_value(problems, "scenario", spec.scenario, doc, ("scenario",))
    if spec.crisis in SAFETY_CRISES and not spec.safety_required:
        problems.append(doc.problem(("crisis",), f"crisis '{spec.crisis}' is about safety; set 'safety_required: true' so the trainee must ask about it"))
    if defaults is None:
        return
    reachable = _reachable_types(spec.start_type, list(spec.transitions) + list(defaults.transitions))
    if spec.ending.type not in reachable:
        problems.append(doc.problem(("ending", "type"), f"the good ending needs a {spec.ending.type}, but no transition leads there from '{spec.start_type}'; add one under 'transitions'"))


def _check_effects(doc: Document, effects: Mapping[str, Effect], problems: list[Problem]) -> None:
    for technique, effect in effects.items():
        if technique not in ALL_TECHNIQUES:
            problems.append(doc.problem(("effects", technique), _unknown("technique", technique, ALL_TECHNIQUES)))
        for i, condition in enumerate(effect.requires):
            if condition not in CONDITIONS:
                problems.append(doc.problem(("effects", technique, "requires", i), _unknown("condition", condition, sorted(CONDITIONS))))


def _check_transitions(doc: Document, transitions: list[ClientTransition], problems: list[Problem]) -> None:
    for i, transition in enumerate(transitions):
        for j, technique in enumerate(transition.on):
            if technique not in ALL_TECHNIQUES:
                problems.append(doc.problem(("transitions", i, "on", j), _unknown("technique", technique, ALL_TECHNIQUES)))
        for j, condition in enumerate(transition.when):
            if condition not in CONDITIONS:
                problems.append(doc.problem(("transitions", i, "if", j), _unknown("condition", condition, sorted(CONDITIONS))))


def _reachable_types(start: str, transitions: list[ClientTransition]) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(t.to for t in transitions if current in t.source)
    return seen


def _load_texts(scenario_id: str, flow_doc: Document, root: Path, problems: list[Problem]) -> dict[str, ScenarioText]:
    """The scenario's words in every language, and every key present in each of them."""
    docs: dict[str, Document] = {}
    texts: dict[str, ScenarioText] = {}
    for code in LANGUAGES:
        path = root / "content" / code / "scenarios" / f"{scenario_id}.yaml"
        if not path.is_file():
            problems.append(flow_doc.problem(("scenario",), f"scenario '{scenario_id}' has no text in content/{code}/scenarios/{scenario_id}.yaml; add it"))
            continue
        doc = load_document(path, display_path(path, root), problems)
        if doc is None:
            continue
        if not isinstance(doc.data, dict):
            problems.append(doc.problem((), "the file does not hold a mapping; expected a mapping with title, persona, lines and thoughts"))
            continue
        if not _check_variants(doc, problems):
            continue
        text = validate(ScenarioText, doc, problems)
        if text is not None:
            texts[code] = text
            docs[code] = doc
    for code, doc in docs.items():
        for other_code, other in docs.items():
            if other_code == code:
                continue
            for location in sorted(_keys(doc.data) - _keys(other.data), key=str):
                key = ".".join(str(part) for part in location)
                problems.append(doc.problem(location, f"missing translation: '{key}' has no text in {other.path}; add it there"))
    return texts


def _check_variants(doc: Document, problems: list[Problem]) -> bool:
    """Variant lists and the keys above them, with messages that say how to fix them."""
    before = len(problems)
    data = doc.data
    for name in ("first_words", "ending"):
        if name in data:
            _check_list(doc, (name,), data[name], problems)
    for section, allowed in (("lines", REACTIONS), ("thoughts", THOUGHTS)):
        entries = data.get(section)
        if entries is None:
            continue
        if not isinstance(entries, dict):
            problems.append(doc.problem((section,), f"'{section}' is not a mapping; expected a mapping from name to variants"))
            continue
        for key, value in entries.items():
            location = (section, key)
            if key not in allowed:
                problems.append(doc.problem(location, _unknown("key", str(key), allowed)))
            elif section == "lines" and isinstance(value, dict):
                for kind, inner in value.items():
                    if kind not in (*INTERACTION_TYPES, "default"):
                        problems.append(doc.problem(location + (kind,), _unknown("interaction type", str(kind), (*INTERACTION_TYPES, "default"))))
                    else:
                        _check_list(doc, location + (kind,), inner, problems)
            else:
                _check_list(doc, location, value, problems)
    return len(problems) == before


def _check_list(doc: Document, location: tuple, value: Any, problems: list[Problem]) -> None:
    name = ".".join(str(part) for part in location)
    if not isinstance(value, list):
        problems.append(doc.problem(location, f"'{name}' has fewer than 2 variants; expected a list of at least 2 (lines starting with '- ')"))
        return
    for index, item in enumerate(value):
        if not isinstance(item, str):
            problems.append(doc.problem(location + (index,), f"'{name}' variant {index + 1} is not a text; put it in quotes (a ': ' inside makes YAML read a mapping)"))
    if len(value) < 2:
        problems.append(doc.problem(location, f"'{name}' has {len(value)} variant; write at least 2 so a rerun does not read the same"))


def _keys(data: Any, location: tuple = ()) -> set[tuple]:
    """Every mapping key path in a content file (list items are variants, not keys)."""
    if not isinstance(data, dict):
        return {location} if location else set()
    keys: set[tuple] = set()
    for key, value in data.items():
        keys |= _keys(value, location + (key,))
    return keys


def _check_orphans(root: Path, known: set[str], problems: list[Problem]) -> None:
    for code in LANGUAGES:
        folder = root / "content" / code / "scenarios"
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
            if path.stem not in known:
                problems.append(Problem(display_path(path, root), 1, 1, f"text for unknown scenario '{path.stem}'; add flows/scenarios/{path.stem}.yaml or remove this file"))


def _merged_effects(defaults: Defaults, spec: ScenarioFlow) -> dict[str, Effect]:
    """Every technique's effect: the defaults, with the scenario's overrides field by field."""
    merged = {}
    for technique, base in defaults.effects.items():
        override = spec.effects.get(technique)
        if override is None:
            merged[technique] = base
            continue
        data = base.model_dump(exclude_none=True)
        extra = override.model_dump(exclude_none=True, exclude_unset=True)
        for kind, part in extra.pop("by_type", {}).items():
            data.setdefault("by_type", {}).setdefault(kind, {}).update(part)
        if "otherwise" in extra:
            data["otherwise"] = {**data.get("otherwise", {}), **extra.pop("otherwise")}
        data.update(extra)
        merged[technique] = Effect.model_validate(data)
    return merged


def _build_machine(transitions: list[ClientTransition]) -> Machine:
    """The client's interaction type as a machine: events are techniques, guards from the registry."""
    machine = Machine(
        model=None, states=list(INTERACTION_TYPES), initial=INTERACTION_TYPES[0],
        auto_transitions=False, send_event=True, ignore_invalid_triggers=True,
    )
    for transition in transitions:
        tests = [CONDITIONS[name] for name in transition.when]
        guard = [lambda event, tests=tests: all(test(event.kwargs["context"]) for test in tests)]
        for technique in transition.on:
            for source in transition.source:
                machine.add_transition(technique, source, transition.to, conditions=guard)
    return machine


def _unknown(what: str, name: str, expected) -> str:
    return f"unknown {what} '{name}'; expected one of: {', '.join(expected)}"
