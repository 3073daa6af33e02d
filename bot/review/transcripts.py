"""A run as a reviewer reads it: each turn annotated with technique, phase and client state, plus comments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.identity import short
from bot.store import Comment, Run, Transaction, Turn

# Keys of a reply's state that say where the flow is, not how the client is doing.
_POSITION_KEYS = frozenset({"mode", "flow", "state", "module", "scenario", "phase", "interaction_type"})


@dataclass(frozen=True)
class AnnotatedTurn:
    number: int
    at: datetime
    user_text: str | None
    bot_texts: tuple[str, ...]
    technique: str | None
    confidence: float | None
    phase: str | None
    interaction_type: str | None
    client: dict[str, Any]
    safety: bool
    comments: tuple[Comment, ...] = ()


@dataclass(frozen=True)
class Transcript:
    run: Run
    trainee: str  # display name or a short pseudonym, never a Telegram id
    turns: tuple[AnnotatedTurn, ...]
    comments: tuple[Comment, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of a run, used by `--json` and the JSON export."""
        run = self.run
        return {
            "run": run.id, "trainee": self.trainee, "mode": run.mode, "scenario": run.scenario,
            "interaction_type": run.interaction_type, "lang": run.lang, "channel": run.channel,
            "started_at": run.started_at.isoformat(), "ended_at": run.ended_at.isoformat() if run.ended_at else None,
            "end_reason": run.end_reason, "score": run.score, "debrief": run.debrief,
            "turns": [{
                "number": t.number, "at": t.at.isoformat(), "user_text": t.user_text, "bot_texts": list(t.bot_texts),
                "technique": t.technique, "confidence": t.confidence, "phase": t.phase,
                "interaction_type": t.interaction_type, "client": t.client, "safety": t.safety,
                "comments": [{"text": c.text, "at": c.at.isoformat()} for c in t.comments],
            } for t in self.turns],
        }


def trainee_label(tx: Transaction, user_id: str) -> str:
    user = tx.user(user_id)
    return (user.display_name if user and user.display_name else None) or short(user_id)


def annotate(turn: Turn, comments: tuple[Comment, ...]) -> AnnotatedTurn:
    after = turn.state_after or {}
    client = {k: v for k, v in after.items() if k not in _POSITION_KEYS and v is not None}
    if isinstance(after.get("client"), dict):
        client = dict(after["client"])
    return AnnotatedTurn(
        number=turn.number, at=turn.at, user_text=turn.user_text, bot_texts=turn.bot_texts,
        technique=turn.technique, confidence=turn.confidence, phase=after.get("phase"),
        interaction_type=after.get("interaction_type"), client=client,
        safety=any(e.get("kind") == "safety" for e in turn.events), comments=comments,
    )


def build(tx: Transaction, run: Run) -> Transcript:
    comments = tuple(tx.comments(run.id))
    turns = tuple(annotate(t, tuple(c for c in comments if c.turn == t.number)) for t in tx.turns(run.id))
    return Transcript(run, trainee_label(tx, run.user_id), turns, comments)
