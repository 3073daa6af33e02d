"""The review functions every channel calls (CLI now, Telegram next), each checked against the access rules.

A `Review` works on the store in short transactions. Who asks is a `Viewer`; what comes back
is data (runs, transcripts, exports as text, pictures as PNG bytes); errors are `ReviewError`s
whose `key` names the message to show.
"""

from __future__ import annotations

import logging
import secrets
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.store import ROLES, Comment, Group, Run, Transaction

from . import access, exports, privacy, progress, transcripts
from .access import AccessDenied, NotFound, ReviewError, Viewer
from .labels import Labels

log = logging.getLogger(__name__)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: codes are read aloud and typed
CODE_LENGTH = 6
MAX_COMMENT = 2000


@dataclass(frozen=True)
class RunSummary:
    """One line of a run list: enough to pick a run, nothing of its content."""

    run: Run
    trainee: str

    def to_dict(self) -> dict[str, Any]:
        r = self.run
        return {"run": r.id, "trainee": self.trainee, "mode": r.mode, "scenario": r.scenario,
                "interaction_type": r.interaction_type, "started_at": r.started_at.isoformat(),
                "ended_at": r.ended_at.isoformat() if r.ended_at else None, "end_reason": r.end_reason,
                "score": r.score, "turns": r.turn_count}


@dataclass(frozen=True)
class Export:
    content: str
    filename: str
    media_type: str


class Review:
    def __init__(self, store, library=None, *, clock: Callable[[], datetime] | None = None):
        """`library` gives the words of reports; None loads the shipped one when first needed."""
        from bot.service import utcnow

        self.store = store
        self._library = library
        self.clock = clock or utcnow

    @property
    def library(self):
        if self._library is None:
            from dialogues.library import load_library

            self._library = load_library()
        return self._library

    # -- who is asking --------------------------------------------------------------
    def viewer(self, user_id: str, *, acting_as: str | None = None) -> Viewer:
        """The viewer for a stored user, in their stored role (or `acting_as`, for the offline CLI)."""
        with self.store.transaction(read_only=True) as tx:
            user = tx.user(user_id)
        role = acting_as or (user.role if user else "trainee")
        return Viewer(user_id, role)

    def labels(self, lang: str) -> Labels:
        return Labels(self.library.lang(lang), self.library)

    # -- lists ----------------------------------------------------------------------
    def my_runs(self, viewer: Viewer, *, limit: int = 20) -> list[RunSummary]:
        with self.store.transaction(read_only=True) as tx:
            return self._summaries(tx, tx.runs(user_ids=[viewer.user_id], limit=limit))

    def group_runs(self, viewer: Viewer, *, group_id: int | None = None, trainee: str | None = None,
                   scenario: str | None = None, limit: int = 50) -> list[RunSummary]:
        """Runs of the groups `viewer` supervises (all runs for an admin), newest first."""
        access.check_supervisor(viewer)
        with self.store.transaction(read_only=True) as tx:
            if group_id is not None:
                access.check_group(tx, viewer, group_id)
                users: list[str] | None = [m.user_id for m in tx.members(group_id) if m.role == "trainee"]
            else:
                users = access.visible_users(tx, viewer)
            if trainee is not None:
                users = self._match_trainee(tx, users, trainee)
            return self._summaries(tx, tx.runs(user_ids=users, scenario=scenario, limit=limit))

    def runs(self, viewer: Viewer, **filters: Any) -> list[RunSummary]:
        """What `runs list` shows: a trainee's own runs, a supervisor's groups' runs."""
        if viewer.is_supervisor:
            return self.group_runs(viewer, **filters)
        if filters.get("group_id") is not None or filters.get("trainee") is not None:
            raise AccessDenied()
        scenario = filters.get("scenario")
        runs = self.my_runs(viewer, limit=filters.get("limit", 20))
        return [s for s in runs if scenario is None or s.run.scenario == scenario]

    # -- one run --------------------------------------------------------------------
    def transcript(self, viewer: Viewer, run_id: int) -> transcripts.Transcript:
        with self.store.transaction(read_only=True) as tx:
            return transcripts.build(tx, access.check_run(tx, viewer, run_id))

    def comment(self, viewer: Viewer, run_id: int, turn: int, text: str) -> Comment:
        """Pin a supervisor's comment to a turn; the trainee sees it in the transcript."""
        text = text.strip()[:MAX_COMMENT]
        if not text:
            raise ReviewError("review.messages.empty_comment")
        with self.store.transaction() as tx:
            run = access.check_run(tx, viewer, run_id)
            access.check_comment(tx, viewer, run)
            if not 0 <= turn < run.turn_count:
                raise NotFound("review.messages.turn_not_found", run=run_id, turn=turn)
            comment_id = tx.add_comment(run_id, turn, viewer.user_id, text, self.clock())
            return next(c for c in tx.comments(run_id) if c.id == comment_id)

    def export_run(self, viewer: Viewer, run_id: int, fmt: str, lang: str = "nl") -> Export:
        transcript = self.transcript(viewer, run_id)
        content = exports.export_run(transcript, fmt, self.labels(lang))
        return Export(content, f"oefengesprek-{run_id}.{fmt}", exports.MEDIA_TYPES[fmt])

    # -- groups ---------------------------------------------------------------------
    def create_group(self, viewer: Viewer, name: str) -> Group:
        access.check_supervisor(viewer)
        name = " ".join(name.split())[:80]
        if not name:
            raise ReviewError("review.messages.group_not_found")
        with self.store.transaction() as tx:
            code = self._new_code(tx)
            return tx.create_group(name, code, viewer.user_id, self.clock())

    def join_group(self, viewer: Viewer, code: str) -> Group:
        """Join with an invite code, always as a trainee: a code never grants reviewing rights."""
        with self.store.transaction() as tx:
            group = tx.group_by_code(code.strip().upper())
            if group is None:
                raise NotFound("review.messages.group_not_found")
            if not any(m.user_id == viewer.user_id for m in tx.members(group.id)):
                tx.join_group(group.id, viewer.user_id, "trainee", self.clock())
            return group

    def leave_groups(self, viewer: Viewer) -> list[Group]:
        """Leave every group `viewer` is a trainee in: their supervisors no longer see their runs."""
        with self.store.transaction() as tx:
            groups = tx.groups(member=viewer.user_id, role="trainee")
            for group in groups:
                tx.leave_group(group.id, viewer.user_id)
        return groups

    def my_groups(self, viewer: Viewer) -> list[Group]:
        with self.store.transaction(read_only=True) as tx:
            return tx.groups() if viewer.is_admin else tx.groups(member=viewer.user_id)

    def group_report(self, viewer: Viewer, group_id: int, *, with_transcripts: bool = True) -> exports.GroupReport:
        """Per trainee: runs, mean score, latest run and technique mix; then every run's transcript."""
        with self.store.transaction(read_only=True) as tx:
            group = access.check_group(tx, viewer, group_id)
            trainees = [m.user_id for m in tx.members(group_id) if m.role == "trainee"]
            overview, all_runs = [], []
            for user_id in trainees:
                runs = tx.runs(user_ids=[user_id])
                mix: Counter = Counter()
                for run in runs:
                    mix.update(progress.technique_mix(tx.turns(run.id)))
                scores = [r.score for r in runs if r.score is not None]
                overview.append(exports.TraineeSummary(
                    transcripts.trainee_label(tx, user_id), len(runs),
                    round(sum(scores) / len(scores), 1) if scores else None,
                    runs[0].started_at if runs else None, dict(mix.most_common())))
                all_runs.extend(runs)
            all_runs.sort(key=lambda r: (r.started_at, r.id), reverse=True)
            built = tuple(transcripts.build(tx, r) for r in all_runs) if with_transcripts else ()
            return exports.GroupReport(group.name, tuple(overview), built)

    def export_group(self, viewer: Viewer, group_id: int, fmt: str, lang: str = "nl") -> Export:
        report = self.group_report(viewer, group_id)
        content = exports.export_group(report, fmt, self.labels(lang))
        return Export(content, f"oefengesprek-groep-{group_id}.{fmt}", exports.MEDIA_TYPES[fmt])

    # -- progress -------------------------------------------------------------------
    def progress(self, viewer: Viewer, user_id: str | None = None) -> list[progress.Week]:
        """Weekly score and technique mix of `user_id` (default: the viewer)."""
        user_id = user_id or viewer.user_id
        with self.store.transaction(read_only=True) as tx:
            if not access.may_see_user(tx, viewer, user_id):
                raise AccessDenied()
            runs = tx.runs(user_ids=[user_id])
            return progress.weekly([(run, tx.turns(run.id)) for run in runs])

    def progress_picture(self, viewer: Viewer, user_id: str | None = None, lang: str = "nl") -> bytes:
        return progress.picture(self.progress(viewer, user_id), self.labels(lang))

    # -- roles and privacy ----------------------------------------------------------
    def set_role(self, viewer: Viewer, user_id: str, role: str) -> None:
        access.check_admin(viewer)
        if role not in ROLES:
            raise ReviewError("review.messages.unknown_role", roles=", ".join(ROLES))
        with self.store.transaction() as tx:
            if tx.user(user_id) is None:
                raise NotFound("review.messages.user_not_found")
            tx.set_role(user_id, role)
        log.info("role of user %s set to %s", user_id[:7], role)

    def find_user(self, viewer: Viewer, label: str) -> str:
        """The one user whose short label (or pseudonym) starts with `label`; admins only."""
        access.check_admin(viewer)
        wanted = label.strip().lower().removeprefix("u")
        if len(wanted) < 4:
            raise NotFound("review.messages.user_not_found")
        with self.store.transaction(read_only=True) as tx:
            found = [u.id for u in tx.users() if u.id[1:].startswith(wanted)]
        if len(found) != 1:
            raise NotFound("review.messages.user_not_found")
        return found[0]

    def my_data(self, viewer: Viewer) -> dict[str, Any]:
        with self.store.transaction(read_only=True) as tx:
            return privacy.my_data(tx, viewer.user_id)

    def forget(self, viewer: Viewer) -> dict[str, int]:
        with self.store.transaction() as tx:
            counts = privacy.forget(tx, viewer.user_id, self.clock())
        log.info("erased a user: %d runs, %d turns", counts["runs"], counts["turns"])
        return counts

    # -- pieces ---------------------------------------------------------------------
    def _summaries(self, tx: Transaction, runs: list[Run]) -> list[RunSummary]:
        labels: dict[str, str] = {}
        for run in runs:
            if run.user_id not in labels:
                labels[run.user_id] = transcripts.trainee_label(tx, run.user_id)
        return [RunSummary(run, labels[run.user_id]) for run in runs]

    def _match_trainee(self, tx: Transaction, users: list[str] | None, wanted: str) -> list[str]:
        """Users among `users` whose label (display name or short pseudonym) or pseudonym matches `wanted`."""
        wanted = wanted.strip().lower()
        pool = users if users is not None else [u.id for u in tx.users()]
        return [u for u in pool if wanted in (u.lower(), transcripts.trainee_label(tx, u).lower())
                or (len(wanted) >= 4 and u.lower().startswith("u" + wanted))]

    def _new_code(self, tx: Transaction) -> str:
        while True:
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            if tx.group_by_code(code) is None:
                return code
