"""The engine's one entry point: `Engine.handle(session, text) -> Reply`.

Each turn: copy the session, run the safety check, then either a command (/help, /stop,
/hint ...), a button value, or the mode's response to free text. Pure and synchronous:
data in, data out; channels send the reply and the store appends its events.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from . import safety, safety_model
from .content import Language
from .flows import FlowSpec
from .library import Library
from .output import Output
from .recognizer import Recognition
from .reply import Reply
from .schema import State
from .session import Session
from .vocabulary import INTERACTION_TYPES, LANGUAGES

log = logging.getLogger(__name__)

MAX_INPUT = 4000  # longer input is cut before recognition; nobody types more in one turn


@dataclass
class Turn:
    """What a mode works with during one turn."""

    library: Library
    session: Session
    out: Output

    @property
    def lang(self) -> Language:
        return self.library.lang(self.session.lang)

    @property
    def flow(self) -> FlowSpec:
        return self.library.flows[self.session.flow]

    @property
    def state(self) -> State:
        return self.flow.state(self.session.state)

    def classify_technique(self, text: str) -> Recognition:
        return self.library.techniques[self.session.lang].classify(text)

    def classify_signal(self, text: str) -> Recognition:
        return self.library.signals[self.session.lang].classify(text)


class Mode(Protocol):
    name: str

    def start(self, turn: Turn, options: dict[str, Any]) -> None: ...
    def respond(self, turn: Turn, text: str) -> None: ...
    def repeat(self, turn: Turn) -> None: ...
    def hint(self, turn: Turn) -> None: ...
    def stop(self, turn: Turn) -> None: ...
    def state(self, turn: Turn) -> dict[str, Any]: ...


class Engine:
    def __init__(self, library: Library, modes: dict[str, Mode] | None = None):
        from .modes import default_modes

        self.library = library
        self.modes = modes if modes is not None else default_modes()
        safety_model.model()  # unpacked here, at start-up, not on someone's first message

    # -- starting -------------------------------------------------------------------
    def menu(self, lang: str = "nl") -> Reply:
        session = Session(lang=lang if lang in LANGUAGES else "nl")
        out = self._output(session)
        out.say("ui.welcome")
        self._menu_choices(out)
        return out.reply(session, self._state(Turn(self.library, session, out)))

    def start(self, mode: str, lang: str = "nl", **options: Any) -> Reply:
        session = Session(mode=mode, lang=lang if lang in LANGUAGES else "nl")
        out = self._output(session)
        turn = Turn(self.library, session, out)
        self.modes[mode].start(turn, options)
        out.event("run_started", mode=mode, **{k: v for k, v in options.items() if v is not None})
        return out.reply(session, self._state(turn))

    # -- one turn -------------------------------------------------------------------
    def handle(self, session: Session, text: str) -> Reply:
        session = session.copy()
        session.turn += 1
        out = self._output(session)
        turn = Turn(self.library, session, out)
        text = _clean(text)
        alarm = safety.check(text, session.lang)
        if alarm.distress:
            self._safety_reply(turn, alarm)
        elif text.startswith("/"):
            self._command(turn, text)
        elif ":" in text and text.split(":", 1)[0] in _BUTTONS:
            self._button(turn, text)
        elif session.mode in self.modes and not session.done:
            if not text:
                out.say("ui.empty_message")
                self.modes[session.mode].repeat(turn)
            else:
                self.modes[session.mode].respond(turn, text)
        else:
            out.say("ui.choose_mode")
            self._menu_choices(out)
        return out.reply(session, self._state(turn))

    # -- pieces ---------------------------------------------------------------------
    def _command(self, turn: Turn, text: str) -> None:
        command, _, argument = text[1:].partition(" ")
        command = command.split("@", 1)[0].lower()
        mode = self.modes.get(turn.session.mode)
        active = mode is not None and not turn.session.done
        out = turn.out
        if command in ("help", "hulp"):
            out.say("ui.help")
            out.say("ui.help_contacts", contacts=safety.contacts_text(turn.lang))
        elif command in ("stop", "einde") and active:
            mode.stop(turn)
            turn.session.done = True
            out.event("run_ended", reason="stop")
        elif command in ("hint", "tip") and active:
            mode.hint(turn)
        elif command == "coach" and active:
            turn.session.coach = argument.strip().lower() not in ("uit", "off", "nee", "no")
            out.say("ui.coach_on" if turn.session.coach else "ui.coach_off")
        elif command in ("gedachte", "thought") and active and hasattr(mode, "thought"):
            mode.thought(turn)
        elif command in ("stop", "hint", "tip", "coach", "gedachte", "einde", "thought"):
            out.say("ui.no_run")
            self._menu_choices(out)
        elif command in ("start", "menu"):
            out.say("ui.welcome")
            self._menu_choices(out)
        elif command in _MODE_COMMANDS:
            self._button(turn, _mode_button(_MODE_COMMANDS[command], argument.strip()))
        else:
            out.say("ui.unknown_command", command=command[:30])

    def _button(self, turn: Turn, text: str) -> None:
        kind, _, value = text.partition(":")
        session, out = turn.session, turn.out
        if kind == "mode" and value in self.modes:
            fresh = self.start(value, session.lang)
            self._adopt(turn, fresh)
        elif kind == "type" and value in INTERACTION_TYPES:
            fresh = self.start("vragenreeks", session.lang, interaction_type=value)
            self._adopt(turn, fresh)
        elif kind == "scenario" and "oefenen" in self.modes:
            fresh = self.start("oefenen", session.lang, scenario=value)
            self._adopt(turn, fresh)
        elif kind == "safety" and value == "continue" and session.mode in self.modes and not session.done:
            out.say("ui.safety_continue")
            self.modes[session.mode].repeat(turn)
        elif kind == "safety" and value == "continue":
            out.say("ui.choose_mode")
            self._menu_choices(out)
        elif kind == "safety":
            out.say("ui.safety_stopped")
            out.new_message()
            if session.mode in self.modes and not session.done:
                self.modes[session.mode].stop(turn)
                session.done = True
                out.event("run_ended", reason="safety")
        else:
            out.say("ui.stale_button")

    def _adopt(self, turn: Turn, fresh: Reply) -> None:
        """Replace the turn's session with a freshly started run, keeping its output."""
        keep_turn = turn.session.turn
        turn.session.__dict__.update(fresh.session.copy().__dict__)
        turn.session.turn = keep_turn
        turn.out.sent.extend(fresh.texts)
        turn.out.choices.extend(fresh.choices)
        turn.out.events.extend(fresh.events)

    def _safety_reply(self, turn: Turn, alarm: safety.Alarm) -> None:
        out, session = turn.out, turn.session
        session.safety_flags += 1
        out.say("ui.safety_message", contacts=safety.contacts_text(turn.lang))
        out.new_message()  # its own first message, whatever else this turn may add
        out.event("safety", category=alarm.category, mode=session.mode, state=session.state)
        out.choice("ui.safety_button_continue", "safety:continue")
        out.choice("ui.safety_button_stop", "safety:stop")
        log.info("safety check fired in mode %s", session.mode)

    def _menu_choices(self, out: Output) -> None:
        for mode in self.modes:
            out.choice(f"ui.mode_button.{mode}", f"mode:{mode}")

    def _output(self, session: Session) -> Output:
        return Output(self.library.lang(session.lang), variant=session.turn)

    def _state(self, turn: Turn) -> dict[str, Any]:
        mode = self.modes.get(turn.session.mode)
        base = {"mode": turn.session.mode, "flow": turn.session.flow or None, "state": turn.session.state or None,
                "interaction_type": turn.session.interaction_type, "phase": None, "module": turn.session.module}
        if mode is not None:
            base.update(mode.state(turn))
        return base


_BUTTONS = ("mode", "type", "scenario", "safety")
# Commands that start a mode, in any state; an argument picks the type or scenario directly.
_MODE_COMMANDS = {"oefen": "oefenen", "oefenen": "oefenen", "practise": "oefenen",
                  "vragenreeks": "vragenreeks", "drill": "vragenreeks",
                  "rondleiding": "rondleiding", "tour": "rondleiding"}


def _mode_button(mode: str, argument: str) -> str:
    """The button value a mode command stands for: `/vragenreeks klager` is the klager button."""
    if argument.lower() in INTERACTION_TYPES and mode == "vragenreeks":
        return f"type:{argument.lower()}"
    if argument and mode == "oefenen":
        return f"scenario:{argument}"
    return f"mode:{mode}"


def _clean(text: str) -> str:
    """Drop control characters and cut overlong input; what remains is still the user's text."""
    text = "".join(c for c in text[:MAX_INPUT] if c.isprintable() or c in "\n\t")
    return text.strip()
