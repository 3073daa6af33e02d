"""The coach during oefenen: what the method indicates now, per-turn feedback, the client's thought.

`indicated` reads the client's hidden state the way seed 002 does (acute crisis: coping
first; safety where it matters; high friction: repair; bezoeker: usefulness and
perspective, then reality-shifting; klager: acknowledgement, mirroring, reality-shifting;
klant: walk the circles of empowerment). `/hint`, the feedback line and the debrief's
"missed" list all use it, so they never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from .client import ANTI, HIGH_FRICTION, ClientState, Outcome, pick
from .content import Language
from .scenarios import Scenario
from .vocabulary import PHASES, UNKNOWN

# The moves the method can indicate, and the techniques that make each one.
MOVES: dict[str, tuple[str, ...]] = {
    "coping_first": ("copingvraag", "erkenning"),
    "safety": ("veiligheid",),
    "repair": ("erkenning", "samenvatten", "copingvraag"),
    "usefulness": ("nuttigheidsvraag", "perspectiefwisseling"),
    "reality": ("aanschuiven",),
    "acknowledge": ("erkenning", "copingvraag", "compliment"),
    "mirror": ("spiegelen",),
    "hope": ("hoopvraag",),
    "goal": ("doelvraag", "wondervraag"),
    "exceptions": ("uitzonderingsvraag",),
    "next_step": ("volgende_stap", "schaalvraag"),
}
MODEL_QUESTIONS = 2


@dataclass(frozen=True)
class Indication:
    """The move the method indicates now, and the next one in line (also fitting)."""

    move: str
    also: str | None = None

    @property
    def techniques(self) -> tuple[str, ...]:
        return MOVES[self.move] + (MOVES[self.also] if self.also else ())


def indicated(scenario: Scenario, state: ClientState, used: list[str], covered: list[str]) -> Indication:
    """The move the method indicates for this client now (and the one after it)."""
    moves = _candidates(scenario, state, used, covered)
    return Indication(moves[0], moves[1] if len(moves) > 1 else None)


def _candidates(scenario: Scenario, state: ClientState, used: list[str], covered: list[str]) -> list[str]:
    """Every move that applies now, most urgent first."""
    spec, moves = scenario.spec, []
    if state.overwhelm > 0:
        moves.append("coping_first")
    if spec.safety_required and not state.safety_asked:
        moves.append("safety")
    if state.friction >= HIGH_FRICTION:
        moves.append("repair")
    harmful = "harmful_decision" in state.flags and "aanschuiven" not in used
    mirror = "understands_no_change" in state.flags and "spiegelen" not in used
    if state.interaction_type == "bezoeker":
        tried = any(t in used for t in MOVES["usefulness"])
        moves += ["reality", "usefulness"] if tried and harmful else ["usefulness"]
    elif state.interaction_type == "klager":
        if "erkenning" not in used:
            moves.append("acknowledge")
        moves += (["mirror"] if mirror else []) + (["reality"] if harmful else []) + ["acknowledge"]
    else:
        moves += (["mirror"] if mirror else []) + (["hope"] if state.hope <= 3 else [])
        moves += [move for phase, move in zip(PHASES[1:], ("goal", "exceptions", "next_step"), strict=True)
                  if phase not in covered]
        moves += ["hope"] if state.hope < spec.ending.hope else ["next_step"]
    return list(dict.fromkeys(moves))


def model_questions(language: Language, techniques: tuple[str, ...], interaction_type: str, phase: str,
                    limit: int = MODEL_QUESTIONS) -> list[tuple[str, str | None]]:
    """Seed questions (text, source): the first technique first, then this type and phase."""
    bank = [q for q in language.questions.values() if q.technique in techniques]
    bank.sort(key=lambda q: (techniques.index(q.technique), interaction_type not in q.types, q.phase != phase))
    found = [(q.text, q.source) for q in bank[:limit]]
    for technique in techniques:  # the technique's own seed wordings when the bank has too few
        info = language.techniques.get(technique)
        for exemplar in info.exemplars if info else ():
            if len(found) < limit and exemplar not in (text for text, _ in found):
                found.append((exemplar, None))  # an example wording, not quoted from a seed
    return found[:limit]


def hint_lines(language: Language, scenario: Scenario, state: ClientState, used: list[str],
               covered: list[str]) -> list[str]:
    """/hint: the indicated move, why, and one or two model questions from the seeds."""
    move = indicated(scenario, state, used, covered)
    text = lambda key, **v: language.text(key, **v)  # noqa: E731
    lines = [
        text("coach.hint.now", type=text(f"ui.type.{state.interaction_type}"),
             phase=text(f"ui.phase.{state.phase}")),
        text("coach.hint.move", what=text(f"coach.move.{move.move}.what")),
        text("coach.hint.why", why=text(f"coach.move.{move.move}.why")),
    ]
    questions = model_questions(language, move.techniques, state.interaction_type, state.phase)
    if questions:
        lines.append(text("coach.hint.questions", questions="\n".join(
            f"• {q}{source_note(language, source)}" for q, source in questions)))
    return lines


def source_note(language: Language, source: str | None) -> str:
    """The " (seed 002)" note after a question quoted from a seed; nothing after an example wording."""
    return f" ({language.text('ui.source', source=source)})" if source else ""


def feedback_line(language: Language, outcome: Outcome, before: Indication) -> str:
    """/coach aan: one short line naming the technique and whether it helped here."""
    technique = outcome.technique
    name = language.techniques[technique].name if technique in language.techniques else technique
    values = {"technique": name, "indicated": language.text(f"coach.move.{before.move}.what")}
    if technique == UNKNOWN:
        return language.text("coach.feedback.not_recognised")
    if technique in ANTI:
        return language.text("coach.feedback.anti", why=language.text(f"coach.anti.{technique}"), **values)
    if outcome.reaction in ("not_now", "guarded", "not_ready", "repeated"):
        return language.text(f"coach.feedback.{outcome.reaction}",
                             type=language.text(f"ui.type.{outcome.type_before}"), **values)
    helped = outcome.friction_delta < 0 or outcome.hope_delta > 0 or outcome.opened or outcome.phase_reached
    if helped:
        key = "helped_indicated" if technique in before.techniques else "helped"
    else:
        key = "hurt" if outcome.friction_delta > 0 else "neutral"
    return language.text(f"coach.feedback.{key}", **values)


def thought(language: Language, scenario: Scenario, state: ClientState, turn: int) -> str:
    """/gedachte: what the client thinks but does not say, for the state it is in."""
    thoughts = scenario.text(language.code).thoughts
    keys = []
    if state.ended == "completed":
        keys.append("ending")
    if state.overwhelm > 0:
        keys.append("overwhelmed")
    if state.friction >= HIGH_FRICTION - 1:
        keys.append("friction")
    keys.append(state.interaction_type)
    for key in keys:
        if key in thoughts:
            return pick(thoughts[key], state.seed, turn, f"thought.{key}")
    return language.text("oefenen.no_thought")
