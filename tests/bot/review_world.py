"""A small populated run store for the review tests: two groups, two trainees, two supervisors, an admin."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.review import Review, Viewer

START = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)  # a Monday
USER_TEXT = "Hoe heb je het tot nu toe volgehouden?"
DEBRIEF = {"score": {"total": 70, "max": 100, "parts": []}, "missed": []}


@dataclass
class World:
    review: Review
    trainee: Viewer  # member of group "Noord"
    other_trainee: Viewer  # member of group "Zuid"
    supervisor: Viewer  # supervises "Noord"
    other_supervisor: Viewer  # supervises "Zuid"
    admin: Viewer
    noord: int
    zuid: int
    code: str
    run: int  # the trainee's ended, scored run
    other_run: int  # the other trainee's run
    own_run: int  # the supervisor's own practice run

    def role(self, name: str) -> Viewer:
        return getattr(self, name)


def _run(tx, user_id, at, scenario, techniques, score=None):
    run_id = tx.create_run(user_id, "telegram", "oefenen", "nl", at, scenario=scenario)
    tx.append_turn(run_id, at, mode="oefenen", scenario=scenario, state_before={}, state_after={"phase": None},
                   technique=None, confidence=None, user_text=None, bot_texts=["Hallo."], events=[])
    for i, technique in enumerate(techniques, 1):
        tx.append_turn(run_id, at + timedelta(minutes=i), mode="oefenen", scenario=scenario,
                       state_before={"phase": "huidige_situatie"},
                       state_after={"phase": "huidige_situatie", "interaction_type": "klager", "friction": 2,
                                    "hope": i, "mode": "oefenen"},
                       technique=technique, confidence=0.8, user_text=f"{USER_TEXT} ({i})",
                       bot_texts=[f"Antwoord {i}"], events=[{"kind": "technique", "technique": technique}])
    if score is not None:
        tx.end_run(run_id, at + timedelta(minutes=10), "stop", DEBRIEF, score)
    return run_id


def build_world(store, library) -> World:
    review = Review(store, library, clock=lambda: START + timedelta(days=1))
    with store.transaction() as tx:
        for user_id, role in (("utrainee000", "trainee"), ("uother000000", "trainee"), ("usuper00000", "supervisor"),
                              ("usuper20000", "supervisor"), ("uadmin00000", "admin"), ("uspare000000", "trainee")):
            tx.ensure_user(user_id, "telegram", START, role=role)
    viewers = {name: review.viewer(uid) for name, uid in (
        ("trainee", "utrainee000"), ("other_trainee", "uother000000"), ("supervisor", "usuper00000"),
        ("other_supervisor", "usuper20000"), ("admin", "uadmin00000"))}
    noord = review.create_group(viewers["supervisor"], "Noord")
    zuid = review.create_group(viewers["other_supervisor"], "Zuid")
    review.join_group(viewers["trainee"], noord.code.lower())
    review.join_group(viewers["other_trainee"], zuid.code)
    with store.transaction() as tx:
        run = _run(tx, "utrainee000", START, "huisuitzetting", ["copingvraag", "erkenning", "advies"], 70.0)
        other = _run(tx, "uother000000", START + timedelta(hours=1), "energie", ["erkenning"], 55.0)
        own = _run(tx, "usuper00000", START + timedelta(hours=2), "huisuitzetting", ["schaalvraag"])
        _run(tx, "utrainee000", START + timedelta(days=8), "energie", ["copingvraag", "hoopvraag"], 82.0)
    return World(review, noord=noord.id, zuid=zuid.id, code=noord.code, run=run, other_run=other, own_run=own,
                 **viewers)
