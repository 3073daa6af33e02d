"""A user's rights over their data: everything about them as JSON, and erasure with a content-free audit record."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.store import Transaction

from .transcripts import build


def my_data(tx: Transaction, user_id: str) -> dict[str, Any]:
    """Everything stored about `user_id`: profile, groups, runs with every turn and comment.

    The raw chat id is not copied into the file (exports never carry it); the file says that one is kept.
    """
    user = tx.user(user_id)
    if user is None:
        return {"user": None, "session": None, "groups": [], "runs": []}
    groups = []
    for group in tx.groups(member=user_id):
        role = next((m.role for m in tx.members(group.id) if m.user_id == user_id), None)
        groups.append({"name": group.name, "role": role, "owner": group.owner_id == user_id})
    runs = [build(tx, run).to_dict() for run in tx.runs(user_ids=[user_id])]
    session = tx.load_session(user_id, lock=False)
    return {
        "user": {
            "pseudonym": user.id, "channel": user.channel, "role": user.role, "lang": user.lang,
            "display_name": user.display_name, "created_at": user.created_at.isoformat(),
            "chat_id_kept_for_delivery": user.chat_id is not None,
        },
        "session": session.data if session else None,
        "groups": groups,
        "runs": runs,
    }


def forget(tx: Transaction, user_id: str, now: datetime) -> dict[str, int]:
    """Erase everything about `user_id`; keep only an audit record that it happened and how much."""
    counts = tx.erase_user(user_id)
    tx.audit("erasure", user_id, counts, now)
    return counts
