"""The debrief after a rehearsal: structured (for the run log and the picture) and as text.

`build` returns a JSON-serialisable dict: circles covered, techniques and how often, the
indicated moves that were missed with model questions, the three strongest moments, the
per-turn friction/hope/technique series, and a score explained by its parts. `render`
turns it into the trainee's messages, every sentence from `content/<lang>/debrief.yaml`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .client import ANTI, ClientState
from .coach import MOVES, model_questions, source_note
from .content import Language
from .scenarios import Scenario
from .vocabulary import PHASES, UNKNOWN

MOMENTS = 3
# Score parts and their maximum points; penalties are subtracted after.
PARTS = {"indicated": 30, "phases": 20, "relationship": 15, "hope": 15, "ending": 20}
MISSED_PENALTY, MISSED_MAX = 5, 20
ANTI_PENALTY, ANTI_MAX = 2, 10


def missed_moves(scenario: Scenario, state: ClientState, used: list[str], covered: list[str]) -> list[str]:
    """The indicated moves this run left out, in the order the method would take them."""
    spec, series = scenario.spec, state.series[1:]
    missed = []
    not_now = sum(1 for p in series if p["reaction"] == "not_now")
    if spec.start.overwhelm and ("copingvraag" not in used or not_now >= 2 or state.overwhelm > 0):
        missed.append("coping_first")
    if spec.safety_required and not state.safety_asked:
        missed.append("safety")
    types_seen = {p["type"] for p in state.series}
    if "bezoeker" in types_seen and not any(t in used for t in MOVES["usefulness"]):
        missed.append("usefulness")
    if "klager" in types_seen and "erkenning" not in used:
        missed.append("acknowledge")
    if "harmful_decision" in spec.flags and "aanschuiven" not in used:
        missed.append("reality")
    if "understands_no_change" in spec.flags and "spiegelen" not in used:
        missed.append("mirror")
    if state.hope < spec.ending.hope and "hoopvraag" not in used:
        missed.append("hope")
    for phase, move in zip(PHASES[1:], ("goal", "exceptions", "next_step"), strict=True):
        if phase not in covered:
            missed.append(move)
    return missed


def build(language: Language, scenario: Scenario, state: ClientState, used: list[str], covered: list[str],
          reason: str) -> dict[str, Any]:
    """The debrief of this run as plain data."""
    counts = Counter(used)
    missed = missed_moves(scenario, state, used, covered)
    series = state.series
    return {
        "scenario": scenario.id,
        "title": scenario.text(language.code).title,
        "reason": reason,
        "turns": len(series) - 1,
        "phases": [{"phase": p, "covered": p in covered} for p in PHASES],
        "techniques": dict(counts.most_common()),
        "anti_patterns": {t: n for t, n in counts.most_common() if t in ANTI},
        "missed": [
            {"move": move, "techniques": list(MOVES[move]),
             "questions": [{"text": q, "source": s} for q, s in
                           model_questions(language, MOVES[move], state.interaction_type, state.phase)]}
            for move in missed
        ],
        "strongest": [dict(m) for m in state.moments[:MOMENTS]],
        "score": _score(scenario, state, used, covered, missed),
        "series": {
            "turn": list(range(len(series))),
            "friction": [p["friction"] for p in series],
            "hope": [p["hope"] for p in series],
            "technique": [p["technique"] for p in series],
            "type": [p["type"] for p in series],
        },
        "end": {"interaction_type": state.interaction_type, "phase": state.phase, "friction": state.friction,
                "hope": state.hope, "safety_asked": state.safety_asked},
        "labels": _labels(language),
    }


def _score(scenario: Scenario, state: ClientState, used: list[str], covered: list[str], missed: list[str]) -> dict[str, Any]:
    turns = state.series[1:]
    fitting = sum(1 for p in turns if p.get("fits"))
    points = {
        "indicated": round(PARTS["indicated"] * fitting / len(turns)) if turns else 0,
        "phases": round(PARTS["phases"] * len(set(covered) & set(PHASES)) / len(PHASES)),
        "relationship": round(PARTS["relationship"] * (10 - state.friction) / 10) if turns else 0,
        "hope": round(PARTS["hope"] * state.hope / 10) if turns else 0,
        "ending": PARTS["ending"] if state.ended == "completed" else 0,
    }
    anti = sum(1 for t in used if t in ANTI)
    penalties = {"missed": -min(MISSED_MAX, MISSED_PENALTY * len(missed)), "anti_patterns": -min(ANTI_MAX, ANTI_PENALTY * anti)}
    parts = [{"part": name, "points": points[name], "max": PARTS[name]} for name in PARTS]
    parts += [{"part": name, "points": value, "max": 0} for name, value in penalties.items()]
    total = max(0, min(100, sum(points.values()) + sum(penalties.values())))
    return {"total": total, "max": 100, "parts": parts, "fitting_turns": fitting}


def _labels(language: Language) -> dict[str, Any]:
    """The words the picture needs, so a channel can draw it without the catalog."""
    text = language.text
    return {
        "title": text("debrief.picture.title"),
        "circles": text("debrief.picture.circles"),
        "line": text("debrief.picture.line"),
        "friction": text("debrief.picture.friction"),
        "hope": text("debrief.picture.hope"),
        "turn": text("debrief.picture.turn"),
        "covered": text("debrief.picture.covered"),
        "not_covered": text("debrief.picture.not_covered"),
        "phases": {p: text(f"ui.phase.{p}") for p in PHASES},
        "techniques": {t: info.name for t, info in language.techniques.items()},
    }


def render(language: Language, debrief: dict[str, Any]) -> list[str]:
    """The debrief as paragraphs for the trainee."""
    text = language.text
    labels = debrief["labels"]
    name = lambda t: labels["techniques"].get(t, t)  # noqa: E731
    paragraphs = [text("debrief.title", title=debrief["title"]), text(f"debrief.reason.{debrief['reason']}")]
    phases = "\n".join(
        text("debrief.phase_covered" if p["covered"] else "debrief.phase_missed", phase=labels["phases"][p["phase"]])
        for p in debrief["phases"])
    paragraphs.append(text("debrief.phases", phases=phases))
    used = [f"{name(t)} ×{n}" for t, n in debrief["techniques"].items() if t != UNKNOWN]
    unknown = debrief["techniques"].get(UNKNOWN, 0)
    paragraphs.append(text("debrief.techniques", techniques=", ".join(used) or "-", unknown=unknown))
    if debrief["anti_patterns"]:
        paragraphs.append(text("debrief.anti_patterns", techniques=", ".join(
            f"{name(t)} ×{n}" for t, n in debrief["anti_patterns"].items())))
    if debrief["missed"]:
        items = []
        for entry in debrief["missed"]:
            questions = "\n".join(f"   • {q['text']}{source_note(language, q['source'])}" for q in entry["questions"])
            items.append(text("debrief.missed_item", what=text(f"debrief.missed.{entry['move']}")) + ("\n" + questions if questions else ""))
        paragraphs.append(text("debrief.missed_header") + "\n" + "\n".join(items))
    else:
        paragraphs.append(text("debrief.nothing_missed"))
    if debrief["strongest"]:
        moments = "\n".join(text("debrief.moment", turn=m["turn"], technique=name(m["technique"]), text=m["text"])
                            for m in debrief["strongest"])
        paragraphs.append(text("debrief.strongest", moments=moments))
    score = debrief["score"]
    parts = "\n".join(text(f"debrief.part.{p['part']}", points=p["points"], max=p["max"]) for p in score["parts"])
    paragraphs.append(text("debrief.score", total=score["total"], parts=parts))
    return paragraphs
