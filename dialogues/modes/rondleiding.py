"""Rondleiding: the bot is the worker and walks the circles of empowerment with the user.

It opens as the seed opens ("Hoe kan ik helpen?"), reads from each answer what it signals
(stance as bezoeker/klager/klant, overwhelmed, hopeless, ...), enters a module when the
method indicates one, returns from it, and switches flow when the user's stance changes.
"""

from __future__ import annotations

from typing import Any

from ..engine import Turn
from ..session import Position
from ..vocabulary import PHASES, UNKNOWN

INTAKE = "intake"


class Rondleiding:
    name = "rondleiding"

    def start(self, turn: Turn, options: dict[str, Any]) -> None:
        session = turn.session
        flow_id = INTAKE
        if options.get("interaction_type"):
            flow_id = turn.library.interaction_flow(options["interaction_type"]).id
            session.interaction_type = options["interaction_type"]
        session.flow = flow_id
        session.state = turn.library.flows[flow_id].spec.initial
        turn.out.say("ui.rondleiding.intro")
        self._say_state(turn)

    def respond(self, turn: Turn, text: str) -> None:
        session, out = turn.session, turn.out
        recognition = turn.classify_signal(text)
        signal = "answer" if recognition.label == UNKNOWN else recognition.label
        out.event("signal", signal=signal, confidence=recognition.confidence)
        before = Position(session.flow, session.state)
        module = self._indicated_module(turn, signal)
        if module is not None:
            after = turn.flow.fire(session.state, "answer", session)
            session.stack.append(Position(session.flow, after.state if after else session.state))
            self._enter(turn, module, module)
            session.module = module
            session.modules_done.append(module)
        else:
            self._advance(turn, signal)
        out.event("transition", signal=signal, source=f"{before.flow}.{before.state}",
                  target=f"{session.flow}.{session.state}")
        self._say_state(turn)

    def repeat(self, turn: Turn) -> None:
        self._say_state(turn)

    def hint(self, turn: Turn) -> None:
        state = turn.state
        turn.out.say("ui.rondleiding.hint", phase=turn.out.text(f"ui.phase.{state.phase}"),
                     step=turn.out.text(f"ui.step.{state.step}"))

    def stop(self, turn: Turn) -> None:
        session = turn.session
        phases = [p for p in PHASES if p in session.phases]
        turn.out.say("ui.rondleiding.summary", type=turn.out.text(f"ui.type.{session.interaction_type or 'onbekend'}"),
                     phases=", ".join(turn.out.text(f"ui.phase.{p}") for p in phases) or "-",
                     modules=", ".join(turn.out.text(f"ui.module.{m}") for m in session.modules_done) or "-")

    def state(self, turn: Turn) -> dict[str, Any]:
        if not turn.session.flow:
            return {}
        return {"phase": turn.state.phase}

    # -- moving ---------------------------------------------------------------------
    def _indicated_module(self, turn: Turn, signal: str) -> str | None:
        session = turn.session
        if session.module is not None or session.flow == INTAKE:
            return None
        for flow in turn.library.modules():
            spec = flow.spec
            if signal in spec.indicated_by and flow.id not in session.modules_done:
                if not spec.only_for or session.interaction_type in spec.only_for:
                    return flow.id
        return None

    def _advance(self, turn: Turn, signal: str) -> None:
        session = turn.session
        cursor = turn.flow.fire(session.state, signal, session)
        if cursor is None and signal != "answer":
            cursor = turn.flow.fire(session.state, "answer", session)
        if cursor is None:
            return
        session.state = cursor.state
        if cursor.jump is None:
            return
        if cursor.jump == "return":
            back = session.stack.pop() if session.stack else Position(session.flow, session.state)
            session.module = None
            session.flow, session.state = back.flow, back.state
        elif cursor.jump.startswith("module:"):
            module = cursor.jump[7:]
            after = turn.flow.fire(session.state, "answer", session)
            session.stack.append(Position(session.flow, after.state if after else session.state))
            self._enter(turn, module, module)
            session.module = module
            session.modules_done.append(module)
        elif cursor.jump.startswith("flow:"):
            self._switch_flow(turn, turn.library.flows[cursor.jump[5:]])

    def _switch_flow(self, turn: Turn, target) -> None:
        """Continue in `target`: from the intake at its start, from another type at this phase."""
        session = turn.session
        phase = PHASES.index(turn.state.phase)
        from_intake = session.flow == INTAKE
        session.flow = target.id
        session.state = target.spec.initial
        if not from_intake:
            later = [n for n in target.walk()[1:] if PHASES.index(target.state(n).phase) >= phase]
            session.state = later[0] if later else target.spec.initial
        new_type = target.spec.interaction_type
        if new_type and session.interaction_type and session.interaction_type != new_type:
            turn.out.event("type_switch", source=session.interaction_type, target=new_type)
        session.interaction_type = new_type or session.interaction_type

    def _enter(self, turn: Turn, flow_id: str, module: str | None) -> None:
        session = turn.session
        session.flow = flow_id
        session.state = turn.library.flows[flow_id].spec.initial
        turn.out.event("module_entered", module=module)

    def _say_state(self, turn: Turn) -> None:
        state = turn.state
        session = turn.session
        if state.phase not in session.phases:
            session.phases.append(state.phase)
        if state.say:
            turn.out.say(state.say)
        if state.final:
            session.done = True
            turn.out.event("run_ended", reason="completed")
