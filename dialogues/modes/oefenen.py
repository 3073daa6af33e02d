"""Oefenen: the trainee rehearses a crisis conversation with a simulated client.

Each trainee line is classified into a technique; the client's hidden state moves as the
scenario says (see `client.py`); the client answers with a line for its reaction, in a
variant fixed by the run's seed. With the coach on, a one-line feedback follows. The run
ends at `/stop`, when the client walks out, or when the scenario's good ending is reached,
always with a debrief (text plus `Reply.debrief` for the picture).
"""

from __future__ import annotations

import logging
import random
from typing import Any

from dialogues import client as clients
from dialogues import coach, debrief
from dialogues.client import ClientState, Outcome
from dialogues.engine import Turn
from dialogues.reply import Choice
from dialogues.scenarios import Scenario

log = logging.getLogger(__name__)

MAX_MOMENT_CHARS = 240


class Oefenen:
    name = "oefenen"

    def start(self, turn: Turn, options: dict[str, Any]) -> None:
        session, out = turn.session, turn.out
        scenarios = scenarios_of(turn)
        scenario = scenarios.get(options.get("scenario") or "")
        if scenario is None:
            if options.get("scenario"):
                out.say("oefenen.unknown_scenario", scenario=str(options["scenario"])[:40])
            self._choose(turn, scenarios)
            return
        seed = options.get("seed")
        seed = int(seed) if seed is not None else random.SystemRandom().randrange(1 << 30)
        state = ClientState.start(scenario, seed)
        session.scenario = scenario.id
        session.interaction_type = state.interaction_type
        session.phases = []  # circles are covered by what the trainee does
        text = scenario.text(session.lang)
        persona = text.persona
        out.say("oefenen.intro", title=text.title, name=persona.name, age=persona.age,
                situation=persona.situation, referred_by=persona.referred_by, crisis=text.crisis,
                difficulty=out.text(f"oefenen.difficulty.{scenario.spec.difficulty}"))
        if scenario.spec.stage_of_change:
            out.say("oefenen.stage", stage=out.text(f"oefenen.stages.{scenario.spec.stage_of_change}"))
        out.add(text.intro)
        out.say("oefenen.goal", ending=text.good_ending)
        out.say("oefenen.commands")
        out.new_message()
        state.last_line = clients.pick(text.first_words, seed, 0, "first_words")
        self._client_says(turn, scenario, state.last_line)
        session.client = state.to_dict()
        out.event("client", **_public(state))

    def respond(self, turn: Turn, text: str) -> None:
        session, out = turn.session, turn.out
        scenario = scenarios_of(turn).get(session.scenario or "")
        if scenario is None:  # the scenario left the library since this session started
            out.say("oefenen.unknown_scenario", scenario=str(session.scenario)[:40])
            session.done = True
            return
        recognition = turn.classify_technique(text)
        out.recognition = recognition
        state = ClientState.from_dict(session.client)
        before = coach.indicated(scenario, state, session.techniques, session.phases)
        new, covered, outcome = clients.react(scenario, state, recognition.label, session.phases,
                                              session.techniques)
        new.series.append({**new.point(recognition.label, outcome.reaction, before.move),
                           "fits": recognition.label in before.techniques})
        _remember_moment(new, len(new.series) - 1, text, outcome, before)
        session.techniques.append(recognition.label)
        session.phases = covered
        session.interaction_type = new.interaction_type
        out.event("technique", technique=recognition.label, confidence=recognition.confidence,
                  exemplar=recognition.exemplar, indicated=before.move)
        out.event("client", reaction=outcome.reaction, before=_public(state), after=_public(new))
        if outcome.type_after != outcome.type_before:
            out.event("type_switch", source=outcome.type_before, target=outcome.type_after)
        new.last_line = self._line(turn, scenario, new, outcome.reaction, state.interaction_type)
        if outcome.shift and outcome.reaction != "walkout":  # answers as it was, then turns
            new.last_line += " " + self._line(turn, scenario, new, outcome.shift, new.interaction_type)
        if outcome.ended == "completed":
            new.last_line += " " + clients.pick(scenario.text(session.lang).ending, new.seed, session.turn, "ending")
        self._client_says(turn, scenario, new.last_line)
        if session.coach:
            out.add(coach.feedback_line(turn.lang, outcome, before))
        session.client = new.to_dict()
        log.debug("oefenen %s turn %d: %s -> %s (%s)", scenario.id, session.turn, state.interaction_type,
                  new.interaction_type, recognition.label)
        if outcome.ended:
            out.new_message()
            self._debrief(turn, scenario, new, outcome.ended)
            session.done = True
            out.event("run_ended", reason=outcome.ended)

    def repeat(self, turn: Turn) -> None:
        scenario = scenarios_of(turn).get(turn.session.scenario or "")
        if scenario is not None and turn.session.client:
            self._client_says(turn, scenario, turn.session.client.get("last_line", ""))

    def hint(self, turn: Turn) -> None:
        scenario, state = self._current(turn)
        if scenario is None:
            return
        for line in coach.hint_lines(turn.lang, scenario, state, turn.session.techniques, turn.session.phases):
            turn.out.add(line)

    def thought(self, turn: Turn) -> None:
        scenario, state = self._current(turn)
        if scenario is None:
            return
        name = scenario.text(turn.session.lang).persona.name
        turn.out.say("oefenen.thought", name=name,
                     thought=coach.thought(turn.lang, scenario, state, turn.session.turn))

    def stop(self, turn: Turn) -> None:
        scenario, state = self._current(turn)
        if scenario is None:
            return
        self._debrief(turn, scenario, state, "stopped")

    def state(self, turn: Turn) -> dict[str, Any]:
        client = turn.session.client
        if not turn.session.scenario or not client:
            return {}
        return {"scenario": turn.session.scenario, "interaction_type": client["interaction_type"],
                "phase": client["phase"], "friction": client["friction"], "hope": client["hope"],
                "safety_asked": client["safety_asked"]}

    # -- pieces ---------------------------------------------------------------------
    def _current(self, turn: Turn) -> tuple[Scenario | None, ClientState]:
        scenario = scenarios_of(turn).get(turn.session.scenario or "")
        if scenario is None or not turn.session.client:
            return None, None  # type: ignore[return-value]
        return scenario, ClientState.from_dict(turn.session.client)

    def _choose(self, turn: Turn, scenarios: dict[str, Scenario]) -> None:
        out = turn.out
        out.say("oefenen.choose_scenario")
        for scenario in scenarios.values():
            label = out.text("oefenen.scenario_button", title=scenario.text(turn.session.lang).title,
                             difficulty=out.text(f"oefenen.difficulty.{scenario.spec.difficulty}"))
            out.choices.append(Choice(label, f"scenario:{scenario.id}"))
        turn.session.done = True  # nothing started yet; pressing a scenario starts the run

    def _line(self, turn: Turn, scenario: Scenario, state: ClientState, reaction: str, interaction_type: str) -> str:
        """The client's words for a reaction: the scenario's own, else the generic ones."""
        variants = scenario.lines(turn.session.lang, reaction, interaction_type)
        if not variants:
            entry = turn.lang.texts[f"oefenen.client.{reaction}"]
            variants = entry if isinstance(entry, tuple) else (entry,)
        line = clients.pick(variants, state.seed, turn.session.turn, reaction)
        return line.replace("{score}", str(max(1, state.hope)))

    def _client_says(self, turn: Turn, scenario: Scenario, line: str) -> None:
        name = scenario.text(turn.session.lang).persona.name
        turn.out.say("oefenen.client_says", name=name, words=line)

    def _debrief(self, turn: Turn, scenario: Scenario, state: ClientState, reason: str) -> None:
        session, out = turn.session, turn.out
        data = debrief.build(turn.lang, scenario, state, session.techniques, session.phases, reason)
        for paragraph in debrief.render(turn.lang, data):
            out.add(paragraph)
        out.debrief = data
        out.event("debrief", score=data["score"]["total"], missed=[m["move"] for m in data["missed"]])


def scenarios_of(turn: Turn) -> dict[str, Scenario]:
    return getattr(turn.library, "scenarios", None) or {}


def _public(state: ClientState) -> dict[str, Any]:
    """The hidden state as the run log records it (no lines, no series)."""
    return {"interaction_type": state.interaction_type, "phase": state.phase, "friction": state.friction,
            "hope": state.hope, "overwhelm": state.overwhelm, "safety_asked": state.safety_asked}


def _remember_moment(state: ClientState, turn: int, text: str, outcome: Outcome, before: coach.Indication) -> None:
    """Keep the trainee's few strongest lines (by what they did to the client) for the debrief."""
    effect = (-2 * outcome.friction_delta + outcome.hope_delta + (3 if outcome.phase_reached else 0)
              + (3 if outcome.opened else 0))
    if effect <= 0 or not outcome.landed or outcome.technique in clients.ANTI:
        return  # only lines that moved the client count, never a pitfall
    gain = effect + (2 if outcome.technique in before.techniques else 0)
    moment = {"turn": turn, "technique": outcome.technique, "text": text[:MAX_MOMENT_CHARS], "gain": gain}
    ranked = sorted(state.moments + [moment], key=lambda m: (-m["gain"], m["turn"]))
    state.moments = ranked[:debrief.MOMENTS]
