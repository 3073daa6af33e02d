"""Rondleiding: the bot is the worker and walks the circles of empowerment with the user.

It opens as the seed opens ("Hoe kan ik helpen?"), reads from each answer what it signals
(stance as bezoeker/klager/klant, overwhelmed, hopeless, ...), enters a module when the
method indicates one, returns from it, and switches flow when the user's stance changes.

Modules work like calls: entering one pushes the place to resume on `session.stack`,
`to: return` pops it. A module may enter another module; when that happens on its last
step (coping hands over to schaalvraag) it is a tail call and nothing is pushed, so the
inner module returns straight to the conversation that called the outer one.
"""

from __future__ import annotations

import logging
from typing import Any

from dialogues.engine import Turn
from dialogues.flows import Cursor, FlowSpec
from dialogues.modes.vragenreeks import model_questions
from dialogues.session import Position, Session
from dialogues.vocabulary import PHASES, UNKNOWN

log = logging.getLogger(__name__)

INTAKE = "intake"
HINT_QUESTIONS = 2  # seed questions of the current step shown with /hint
ANSWER = "answer"

# A rough reading of the client's hope and friction from his answers, kept in
# `session.client` so that flows can branch on the registered conditions
# (`hope_low`, `friction_high`, ...). Each signal moves them by a step.
HOPE_START, FRICTION_START = 5, 2
HOPE_AFTER_HOOP = 6
_MOOD: dict[str, tuple[int, int]] = {  # signal -> (hope change, friction change)
    "yes": (1, -1),
    "no": (-1, 2),
    "dont_know": (-1, 0),
    "stance_bezoeker": (0, 1),
    "stance_klant": (2, -1),
    "overwhelmed": (-1, 0),
    "hopeless": (-3, 0),
}


class Rondleiding:
    name = "rondleiding"

    def start(self, turn: Turn, options: dict[str, Any]) -> None:
        session = turn.session
        session.client = {"route": [], "hope": HOPE_START, "friction": FRICTION_START, "signal": None}
        flow_id = INTAKE
        if options.get("interaction_type"):
            flow_id = turn.library.interaction_flow(options["interaction_type"]).id
            session.interaction_type = options["interaction_type"]
            session.client["route"].append(session.interaction_type)
        session.flow = flow_id
        session.state = turn.library.flows[flow_id].spec.initial
        turn.out.say("ui.rondleiding.intro")
        turn.out.new_message()
        self._say_state(turn)

    def respond(self, turn: Turn, text: str) -> None:
        session, out = turn.session, turn.out
        recognition = turn.classify_signal(text)
        signal = ANSWER if recognition.label == UNKNOWN else recognition.label
        out.event("signal", signal=signal, confidence=recognition.confidence)
        _update_mood(session, signal)
        before = Position(session.flow, session.state)
        module = self._indicated_module(turn, signal)
        if module is not None:
            self._enter_module(turn, module, _continuation(turn.flow, session.state))
        else:
            if session.module is not None:
                self._switch_caller(turn, signal)
            self._advance(turn, signal)
        out.event("transition", signal=signal, source=f"{before.flow}.{before.state}",
                  target=f"{session.flow}.{session.state}")
        log.debug("rondleiding %s.%s -%s-> %s.%s", before.flow, before.state, signal, session.flow, session.state)
        self._say_state(turn)

    def repeat(self, turn: Turn) -> None:
        self._say_state(turn)

    def hint(self, turn: Turn) -> None:
        """What the worker does at this point, and why (seed 002), in plain words."""
        state, session, out = turn.state, turn.session, turn.out
        where = out.text("ui.rondleiding.hint", phase=out.text(f"ui.phase.{state.phase}"),
                         step=out.text(f"ui.step.{state.step}"))
        if session.interaction_type:
            where += " " + out.text("ui.rondleiding.hint_type", type=out.text(f"ui.type.{session.interaction_type}"))
        out.add(where)
        out.say(f"ui.rondleiding.why.{state.step}")
        if session.flow == INTAKE:
            out.say("ui.rondleiding.hint_intake")
        if session.module:
            out.say("ui.rondleiding.hint_module", module=out.text(f"ui.module.{session.module}"))
        questions = model_questions(turn, HINT_QUESTIONS)
        if questions:
            out.say("ui.rondleiding.hint_questions", questions="\n".join(f"• {q.text}" for q in questions))

    def stop(self, turn: Turn) -> None:
        self._summary(turn)

    def state(self, turn: Turn) -> dict[str, Any]:
        session = turn.session
        if not session.flow:
            return {}
        return {"phase": turn.state.phase, "step": turn.state.step, "signal": session.client.get("signal")}

    # -- moving ---------------------------------------------------------------------
    def _indicated_module(self, turn: Turn, signal: str) -> str | None:
        """The module this signal indicates here, if any; each module is taken once per run."""
        session = turn.session
        if session.flow == INTAKE:
            return None  # the intake first decides the type; see _advance
        candidates = [
            flow for flow in turn.library.modules()
            if signal in flow.spec.indicated_by and flow.id not in session.modules_done
            and (not flow.spec.only_for or session.interaction_type in flow.spec.only_for)
        ]
        # A module that another candidate leads into comes after it (coping -> schaalvraag).
        led_into = {t.to[7:] for flow in candidates for _, t in flow.all_transitions() if t.to.startswith("module:")}
        first = [flow.id for flow in candidates if flow.id not in led_into] or [flow.id for flow in candidates]
        return first[0] if first else None

    def _advance(self, turn: Turn, signal: str) -> None:
        session = turn.session
        flow, origin = turn.flow, session.state
        cursor = _fire(flow, origin, signal, session)
        if cursor is None and signal != ANSWER:
            cursor = _fire(flow, origin, ANSWER, session)
        if cursor is None:
            return  # nothing applies (cannot happen in a validated flow): ask again
        session.state = cursor.state
        jump = cursor.jump
        if jump is None:
            return
        if jump == "return":
            self._return(turn)
        elif jump.startswith("module:"):
            self._enter_module(turn, jump[7:], _continuation(flow, origin))
        elif jump.startswith("flow:"):
            self._switch_flow(turn, turn.library.flows[jump[5:]])
            module = self._indicated_module(turn, signal)
            if module is not None:  # e.g. "ik hou het niet meer vol" as the first answer
                self._enter_module(turn, module, Position(session.flow, session.state))

    def _enter_module(self, turn: Turn, module: str, resume: Position | None) -> None:
        """Enter `module`; come back at `resume` (None: where the caller would come back)."""
        session = turn.session
        if module in session.modules_done:
            # taken before in this run: go on as if it had just returned
            if resume is None:
                self._return(turn)
            else:
                session.flow, session.state = resume.flow, resume.state
            return
        if resume is not None:
            session.stack.append(resume)
        session.flow = module
        session.state = turn.library.flows[module].spec.initial
        session.module = module
        session.modules_done.append(module)
        turn.out.event("module_entered", module=module)
        turn.out.say(f"ui.rondleiding.noticed_module.{module}")

    def _return(self, turn: Turn) -> None:
        session, library = turn.session, turn.library
        left = session.module
        if session.stack:
            back = session.stack.pop()
        else:  # a module entered without a caller: continue the conversation from its start
            flow = library.interaction_flow(session.interaction_type) if session.interaction_type else library.flows[INTAKE]
            back = Position(flow.id, flow.spec.initial)
        session.flow, session.state = back.flow, back.state
        session.module = back.flow if library.flows[back.flow].spec.kind == "module" else None
        if left == "hoop":
            session.client["hope"] = max(session.client.get("hope", HOPE_START), HOPE_AFTER_HOOP)
        turn.out.event("module_returned", module=left, to=f"{back.flow}.{back.state}")
        turn.out.say("ui.rondleiding.back")

    def _switch_flow(self, turn: Turn, target: FlowSpec) -> None:
        """Continue in `target`: from the intake at its start, from another type at this phase."""
        session = turn.session
        if session.flow == INTAKE:
            session.state = target.spec.initial
        else:
            session.state = _landing(target, turn.state.phase)
        session.flow = target.id
        self._adopt_type(turn, target.spec.interaction_type)

    def _switch_caller(self, turn: Turn, signal: str) -> None:
        """A change of stance heard inside a module: the conversation resumes in the new type.

        The module goes on; the place it returns to (the bottom of the stack) moves to the
        flow the calling conversation would have switched to, at the same phase.
        """
        session, library = turn.session, turn.library
        if not session.stack:
            return
        caller = session.stack[0]
        flow = library.flows[caller.flow]
        if flow.spec.kind != "interaction":
            return
        cursor = _fire(flow, caller.state, signal, session)
        if cursor is None or not (cursor.jump or "").startswith("flow:"):
            return
        target = library.flows[cursor.jump[5:]]
        session.stack[0] = Position(target.id, _landing(target, flow.state(caller.state).phase))
        self._adopt_type(turn, target.spec.interaction_type)

    def _adopt_type(self, turn: Turn, new_type: str | None) -> None:
        session = turn.session
        if not new_type:
            return
        if session.interaction_type and session.interaction_type != new_type:
            turn.out.event("type_switch", source=session.interaction_type, target=new_type)
        session.interaction_type = new_type
        route = session.client.get("route", [])
        if not route or route[-1] != new_type:
            session.client["route"] = [*route, new_type]  # a new list: the turn's input keeps its own
        turn.out.say(f"ui.rondleiding.noticed.{new_type}")

    # -- speaking -------------------------------------------------------------------
    def _say_state(self, turn: Turn) -> None:
        state, session = turn.state, turn.session
        if state.phase not in session.phases:
            session.phases.append(state.phase)
        if state.say:
            turn.out.say(state.say)
        if state.final:
            session.done = True
            turn.out.event("run_ended", reason="completed")
            turn.out.new_message()
            self._summary(turn)

    def _summary(self, turn: Turn) -> None:
        """The route taken: interaction types in order, phases reached, modules taken."""
        session, out = turn.session, turn.out
        none = out.text("ui.rondleiding.nothing")
        route = session.client.get("route") or [session.interaction_type or UNKNOWN]
        phases = [p for p in PHASES if p in session.phases]
        out.say("ui.rondleiding.summary",
                route=" → ".join(out.text(f"ui.type.{t}") for t in route),
                phases=", ".join(out.text(f"ui.phase.{p}") for p in phases) or none,
                modules=", ".join(out.text(f"ui.module.{m}") for m in session.modules_done) or none)


def _fire(flow: FlowSpec, state: str, signal: str, session: Session) -> Cursor | None:
    """Fire `signal` only where the state names it (transitions logs a warning otherwise)."""
    if not any(t.signal == signal for t in flow.transitions_of(state)):
        return None
    return flow.fire(state, signal, session)


def _landing(target: FlowSpec, phase: str) -> str:
    """Where a conversation at `phase` goes on in another type's flow: that phase or later."""
    at = PHASES.index(phase)
    later = [n for n in target.walk()[1:] if PHASES.index(target.state(n).phase) >= at]
    return later[0] if later else target.spec.initial


def _continuation(flow: FlowSpec, state: str) -> Position | None:
    """Where the conversation goes on after `state` once a module entered there returns.

    None means a tail call: the module was entered on a module's last step, so it returns
    to wherever that module would have returned.
    """
    step = next((t for t in flow.transitions_of(state) if t.signal == ANSWER and t.when is None), None)
    if step is None:
        return Position(flow.id, state)
    if step.to in flow.spec.states:
        return Position(flow.id, step.to)
    if flow.spec.kind == "module" and (step.to == "return" or step.to.startswith("module:")):
        return None
    return Position(flow.id, state)


def _update_mood(session: Session, signal: str) -> None:
    client = session.client
    client.setdefault("hope", HOPE_START)
    client.setdefault("friction", FRICTION_START)
    hope, friction = _MOOD.get(signal, (0, 0))
    client["hope"] = max(0, min(10, client["hope"] + hope))
    client["friction"] = max(0, min(10, client["friction"] + friction))
    client["signal"] = signal
