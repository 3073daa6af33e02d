"""The simulated client's hidden state, and how one recognised technique moves it.

The state (interaction type, circle of empowerment reached, friction and hope 0-10, an
acute-crisis counter, whether safety was asked) lives in `Session.client` as a plain dict.
`react` applies a scenario's effect for the technique, the method's rules that no file
can switch off (coping first in acute crisis, repair first at high friction), fires the
scenario's machine for the interaction type, and says how the client reacts.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field, fields, replace
from types import SimpleNamespace
from typing import Any

from .conditions import CONDITIONS
from .scenarios import EffectPart, Scenario
from .vocabulary import ANTI_PATTERNS, INTERACTION_TYPES, PHASES, UNKNOWN

HIGH_FRICTION = 7  # from here on only repair moves land
WALKOUT = 10  # the client leaves
REPEATS = 2  # the same move a third time in a row no longer lands
# In acute crisis these still land; everything else waits until coping has done its work.
CRISIS_FIRST = frozenset({"opening", "erkenning", "copingvraag", "veiligheid", "samenvatten", "compliment"})
# What repairs contact when friction is high.
REPAIR = frozenset({"erkenning", "copingvraag", "samenvatten", "compliment", "veiligheid"})
ANTI = frozenset(ANTI_PATTERNS)
_OPENNESS = {name: rank for rank, name in enumerate(INTERACTION_TYPES)}  # bezoeker < klager < klant


@dataclass
class ClientState:
    """Everything hidden about the client during one run; serialisable as a plain dict."""

    interaction_type: str
    friction: int
    hope: int
    overwhelm: int = 0
    safety_asked: bool = False
    phase: str = PHASES[0]
    flags: list[str] = field(default_factory=list)
    seed: int = 0
    start_friction: int = 0
    start_hope: int = 0
    last_line: str = ""
    ended: str | None = None  # "completed" or "walkout"
    series: list[dict[str, Any]] = field(default_factory=list)  # one entry per turn, turn 0 = start
    moments: list[dict[str, Any]] = field(default_factory=list)  # the strongest trainee lines

    @classmethod
    def start(cls, scenario: Scenario, seed: int) -> ClientState:
        spec = scenario.spec
        state = cls(
            interaction_type=spec.start_type, friction=spec.start.friction, hope=spec.start.hope,
            overwhelm=spec.start.overwhelm, flags=list(spec.flags), seed=seed,
            start_friction=spec.start.friction, start_hope=spec.start.hope,
        )
        state.series = [state.point(None, None, None)]
        return state

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClientState:
        """Tolerant of sessions stored by an older version: unknown keys dropped, new ones defaulted."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def to_dict(self) -> dict[str, Any]:
        """Shallow copies of the lists: their entries are never changed once appended."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in ("flags", "series", "moments"):
            data[name] = list(data[name])
        return data

    def point(self, technique: str | None, reaction: str | None, indicated: str | None) -> dict[str, Any]:
        return {"technique": technique, "reaction": reaction, "indicated": indicated,
                "friction": self.friction, "hope": self.hope, "type": self.interaction_type,
                "phase": self.phase}


@dataclass(frozen=True)
class Outcome:
    """What one trainee line did to the client."""

    technique: str
    reaction: str
    landed: bool
    friction_delta: int
    hope_delta: int
    type_before: str
    type_after: str
    phase_reached: str | None  # a circle reached for the first time
    ended: str | None

    @property
    def shift(self) -> str | None:
        """The client's reaction to its own change of interaction type, if any."""
        if self.type_after == self.type_before:
            return None
        if _OPENNESS[self.type_after] < _OPENNESS[self.type_before]:
            return "shift_back"
        return f"shift_{self.type_after}"

    @property
    def opened(self) -> bool:
        return _OPENNESS[self.type_after] > _OPENNESS[self.type_before]


def resolve(scenario: Scenario, state: ClientState, technique: str) -> dict[str, Any]:
    """The scenario's effect of `technique` on this client now, every field filled."""
    effect = scenario.effects.get(technique) or scenario.effects[UNKNOWN]
    move: dict[str, Any] = {"friction": 0, "hope": 0, "reaction": "unclear", "phase": None, "coping": False}
    _apply(move, effect)
    _apply(move, effect.by_type.get(state.interaction_type))
    context = _context(state)
    if effect.requires and not all(CONDITIONS[name](context) for name in effect.requires):
        _apply(move, effect.otherwise)
    if move["phase"] == "none":
        move["phase"] = None
    return move


def react(scenario: Scenario, state: ClientState, technique: str, covered: list[str],
          used: list[str] = ()) -> tuple[ClientState, list[str], Outcome]:
    """The client after `technique`, the circles covered after it, and what happened."""
    move = resolve(scenario, state, technique)
    neutral = technique not in ANTI and technique != UNKNOWN
    landed = True
    if neutral and list(used[-REPEATS:]) == [technique] * REPEATS:
        move = {"friction": 1, "hope": 0, "reaction": "repeated", "phase": None, "coping": False}
        landed = False
    elif state.overwhelm > 0 and neutral and technique not in CRISIS_FIRST:
        move = {"friction": 1, "hope": 0, "reaction": "not_now", "phase": None, "coping": False}
        landed = False
    elif state.friction >= HIGH_FRICTION and neutral and technique not in REPAIR:
        move = {"friction": 0, "hope": 0, "reaction": "guarded", "phase": None, "coping": False}
        landed = False
    if move["reaction"] == "not_ready":
        landed = False
    new = replace(state, flags=list(state.flags), series=list(state.series), moments=list(state.moments))
    new.friction = _clamp(state.friction + move["friction"])
    new.hope = _clamp(state.hope + move["hope"])
    if move["coping"]:
        new.overwhelm = max(0, state.overwhelm - 1)
    if technique == "veiligheid":
        new.safety_asked = True
    covered = list(covered)
    reached = None
    phase = move["phase"] or (state.phase if landed and neutral else None)  # work done where the client is
    if phase and phase not in covered:
        covered.append(phase)
        reached = phase
    new.phase = max(covered, key=PHASES.index) if covered else state.phase
    new.interaction_type = scenario.fire(state.interaction_type, technique, _context(new))
    reaction = move["reaction"]
    if new.friction >= WALKOUT:
        new.ended, reaction = "walkout", "walkout"
    elif good_ending(scenario, new, covered):
        new.ended = "completed"
    outcome = Outcome(technique, reaction, landed, new.friction - state.friction, new.hope - state.hope,
                      state.interaction_type, new.interaction_type, reached, new.ended)
    return new, covered, outcome


def good_ending(scenario: Scenario, state: ClientState, covered: list[str]) -> bool:
    """Whether the scenario's good ending is reached (safety asked where it matters)."""
    ending = scenario.spec.ending
    return (
        state.interaction_type == ending.type and ending.phase in covered
        and state.hope >= ending.hope and state.friction <= ending.friction and state.overwhelm == 0
        and (state.safety_asked or not scenario.spec.safety_required)
    )


def pick(variants: tuple[str, ...] | list[str], seed: int, turn: int, salt: str) -> str:
    """One variant, fixed by the run's seed, the turn and what is being said: reruns differ."""
    index = (seed + turn * 7919 + zlib.crc32(salt.encode("utf-8"))) % len(variants)
    return variants[index]


def _apply(move: dict[str, Any], part: EffectPart | None) -> None:
    if part is None:
        return
    for name in ("friction", "hope", "reaction", "phase", "coping"):
        value = getattr(part, name)
        if value is not None:
            move[name] = value


def _context(state: ClientState) -> SimpleNamespace:
    """What the condition registry reads: an object with a `client` mapping."""
    return SimpleNamespace(client={"friction": state.friction, "hope": state.hope, "overwhelm": state.overwhelm,
                                   "safety_asked": state.safety_asked, "flags": state.flags})


def _clamp(value: int) -> int:
    return max(0, min(10, value))
