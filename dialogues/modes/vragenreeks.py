"""Vragenreeks: the student drills one interaction type's question sequence, step by step.

Each step shows the phase, the situation and the client's last words; the student types
the question they would ask; the bot names the technique it recognised, says whether it
fits this step and why, and shows model questions from the seed's lists.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from dialogues.engine import Turn
from dialogues.normalize import normalize
from dialogues.recognizer import Recognition
from dialogues.schema import Question
from dialogues.vocabulary import ANTI_PATTERNS, INTERACTION_TYPES, UNKNOWN

MODEL_QUESTIONS = 3
TECHNIQUE_BONUS = 20.0  # a question of an expected technique ranks above a merely similar one
SEED_MATCH = 90.0  # typing (nearly) a seed question of this very step is asking a fitting question
_normalized = lru_cache(maxsize=4096)(normalize)  # bank texts are normalised once per process


class Vragenreeks:
    name = "vragenreeks"

    def start(self, turn: Turn, options: dict[str, Any]) -> None:
        session, out = turn.session, turn.out
        interaction_type = options.get("interaction_type")
        if interaction_type not in INTERACTION_TYPES:
            out.say("ui.vragenreeks.choose_type")
            for name in INTERACTION_TYPES:
                out.choice(f"ui.type_button.{name}", f"type:{name}")
            session.done = True  # nothing started yet; pressing a type starts the run
            return
        flow = turn.library.interaction_flow(interaction_type)
        session.interaction_type = interaction_type
        session.flow = flow.id
        session.state = _steps(turn, flow.id)[0]
        out.say("ui.vragenreeks.intro", type=out.text(f"ui.type.{interaction_type}"), steps=len(_steps(turn, flow.id)))
        self._show_step(turn)

    def respond(self, turn: Turn, text: str) -> None:
        session, out = turn.session, turn.out
        drill = turn.state.drill
        seed = seed_question_typed(turn, text)
        # The same wording can serve different techniques in different steps; the seed's
        # tag for this step decides, so a student who types a model question is right.
        recognition = Recognition(seed.technique, 1.0, seed.text) if seed else turn.classify_technique(text)
        out.recognition = recognition
        fits = seed is not None or recognition.label in drill.expects
        session.techniques.append(recognition.label)
        session.drill_fits.append(fits)
        out.event("technique", technique=recognition.label, confidence=recognition.confidence, fits=fits)
        if recognition.label == UNKNOWN:
            out.say("ui.vragenreeks.not_recognised")
        else:
            out.say("ui.vragenreeks.recognised", technique=turn.lang.techniques[recognition.label].name)
            if recognition.label in ANTI_PATTERNS:  # say why it does not help, from the technique's explanation
                out.add(turn.lang.techniques[recognition.label].explanation)
        out.say("ui.vragenreeks.fits" if fits else "ui.vragenreeks.does_not_fit",
                expected=", ".join(turn.lang.techniques[t].name for t in drill.expects if t in turn.lang.techniques))
        out.add(out.text(drill.why))
        self._model_questions(turn)
        steps = _steps(turn, session.flow)
        position = steps.index(session.state)
        if position + 1 < len(steps):
            session.state = steps[position + 1]
            out.new_message()
            self._show_step(turn)
        else:
            self.stop(turn)
            session.done = True
            out.event("run_ended", reason="completed")

    def repeat(self, turn: Turn) -> None:
        self._show_step(turn)

    def hint(self, turn: Turn) -> None:
        drill, out = turn.state.drill, turn.out
        for technique in drill.expects:
            info = turn.lang.techniques.get(technique)
            if info:
                out.add(f"{info.name}: {info.explanation}")
        self._model_questions(turn, limit=1)

    def stop(self, turn: Turn) -> None:
        session = turn.session
        turn.out.say("ui.vragenreeks.summary", fitting=sum(session.drill_fits), total=len(session.drill_fits))

    def state(self, turn: Turn) -> dict[str, Any]:
        if not turn.session.flow:
            return {}
        return {"phase": turn.state.phase}

    # -- pieces ---------------------------------------------------------------------
    def _show_step(self, turn: Turn) -> None:
        state, out, session = turn.state, turn.out, turn.session
        steps = _steps(turn, session.flow)
        if state.phase not in session.phases:
            session.phases.append(state.phase)
        out.say("ui.vragenreeks.step", number=steps.index(session.state) + 1, total=len(steps),
                phase=out.text(f"ui.phase.{state.phase}"), step=out.text(f"ui.step.{state.step}"))
        out.add(out.text(state.drill.situation))
        out.say("ui.vragenreeks.client_says", words=out.text(state.drill.client))
        out.say("ui.vragenreeks.your_question")

    def _model_questions(self, turn: Turn, limit: int = MODEL_QUESTIONS) -> None:
        questions = model_questions(turn, limit)
        if questions:
            turn.out.say("ui.vragenreeks.model_questions",
                         questions="\n".join(f"• {q.text} ({turn.out.text('ui.source', source=q.source)})" for q in questions))


def model_questions(turn: Turn, limit: int) -> list[Question]:
    """Seed questions for this step and type, the ones closest to the step's own wording first.

    Several states can share a step (the bridge has four questions in a row), so the
    question bank's step tag alone would show the same three everywhere; ranking by
    likeness to what the worker says in this state puts the fitting ones on top. When the
    step has too few, questions of the same phase with an expected technique fill up.
    """
    state, session = turn.state, turn.session
    bank = list(turn.lang.questions.values())
    expects = state.drill.expects if state.drill else []
    wording = _normalized(turn.lang.text(state.say)) if state.say else ""

    def closeness(question: Question) -> float:
        likeness = fuzz.token_set_ratio(_normalized(question.text), wording) if wording else 0.0
        return likeness + (TECHNIQUE_BONUS if question.technique in expects else 0.0)

    same_step = step_questions(turn)
    same_step.sort(key=closeness, reverse=True)  # stable: the bank's order breaks ties
    if len(same_step) < limit and expects:
        more = [q for q in bank if q not in same_step and q.phase == state.phase and q.technique in expects
                and session.interaction_type in q.types]
        more.sort(key=closeness, reverse=True)
        same_step += more
    return same_step[:limit]


def step_questions(turn: Turn) -> list[Question]:
    """The bank's questions for this step and this interaction type, in bank order."""
    step, interaction_type = turn.state.step, turn.session.interaction_type
    return [q for q in turn.lang.questions.values() if q.step == step and interaction_type in q.types]


def seed_question_typed(turn: Turn, text: str) -> Question | None:
    """The seed question of this step that `text` (nearly) repeats, if any."""
    query = _normalized(text)
    scored = [(fuzz.ratio(query, _normalized(q.text)), q) for q in step_questions(turn)]
    score, question = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return question if score >= SEED_MATCH else None


def _steps(turn: Turn, flow_id: str) -> list[str]:
    flow = turn.library.flows[flow_id]
    return [name for name in flow.walk() if flow.state(name).drill is not None]
