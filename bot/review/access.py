"""Who may see and do what in review: the rules, checked on every review function and export.

- trainee: their own runs (and comments on them), their own progress and data;
- supervisor: that, plus the runs of the trainees of the groups they supervise;
  comments on those runs; exports of those groups;
- admin: everything, and setting roles.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.store import Run, Transaction


class ReviewError(Exception):
    """A review request that cannot be served; `key` names the message in `content/*/review.yaml`."""

    def __init__(self, key: str, **values):
        super().__init__(key)
        self.key = key
        self.values = values


class AccessDenied(ReviewError):
    def __init__(self) -> None:
        super().__init__("review.messages.access_denied")


class NotFound(ReviewError):
    pass


@dataclass(frozen=True)
class Viewer:
    """Who is asking: a pseudonymous user id and the role they act in."""

    user_id: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")


def supervised_trainees(tx: Transaction, viewer: Viewer) -> set[str]:
    """The members of every group `viewer` supervises."""
    if viewer.role != "supervisor":
        return set()
    found: set[str] = set()
    for group in tx.groups(member=viewer.user_id, role="supervisor"):
        found.update(m.user_id for m in tx.members(group.id))
    return found


def visible_users(tx: Transaction, viewer: Viewer) -> list[str] | None:
    """Whose runs `viewer` may see: a list of user ids, or None for everyone (admin)."""
    if viewer.is_admin:
        return None
    return sorted({viewer.user_id} | supervised_trainees(tx, viewer))


def may_see_user(tx: Transaction, viewer: Viewer, user_id: str) -> bool:
    visible = visible_users(tx, viewer)
    return visible is None or user_id in visible


def check_run(tx: Transaction, viewer: Viewer, run_id: int) -> Run:
    """The run, if it exists and `viewer` may see it; a missing and a forbidden run look the same."""
    run = tx.run(run_id)
    if run is None or not may_see_user(tx, viewer, run.user_id):
        raise NotFound("review.messages.run_not_found", run=run_id)
    return run


def check_comment(tx: Transaction, viewer: Viewer, run: Run) -> None:
    """Supervisors comment on their trainees' runs, admins on any; nobody on their own as trainee."""
    if viewer.is_admin:
        return
    if viewer.role == "supervisor" and run.user_id in supervised_trainees(tx, viewer) \
            and run.user_id != viewer.user_id:
        return
    raise AccessDenied()


def check_group(tx: Transaction, viewer: Viewer, group_id: int):
    """The group, if `viewer` supervises it or is admin."""
    group = tx.group(group_id)
    if group is None:
        raise NotFound("review.messages.group_not_found")
    if viewer.is_admin:
        return group
    if viewer.role == "supervisor" and any(g.id == group_id for g in
                                           tx.groups(member=viewer.user_id, role="supervisor")):
        return group
    raise AccessDenied()


def check_supervisor(viewer: Viewer) -> None:
    if not viewer.is_supervisor:
        raise AccessDenied()


def check_admin(viewer: Viewer) -> None:
    if not viewer.is_admin:
        raise AccessDenied()
