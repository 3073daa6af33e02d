"""One SQL implementation of the store's transaction, shared by the SQLite and PostgreSQL backends.

Queries are written once with `?` placeholders; a `Dialect` says how a backend spells
placeholders, row locks, timestamps and the cross-replica lock. Rows become the frozen
records of `records.py`; JSON columns are TEXT in both backends so the code stays one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .protocol import iter_chunks
from .records import (
    AuditRecord,
    Comment,
    Delivery,
    Group,
    Membership,
    Run,
    SessionRecord,
    Turn,
    User,
)


@dataclass(frozen=True)
class Dialect:
    name: str
    placeholder: str  # "?" or "%s"
    for_update: str  # row-lock suffix of a SELECT, "" where the whole transaction is exclusive
    types: dict[str, str]  # the migrations' {id}, {ts}, {bigint}
    text_time: bool  # timestamps stored as ISO text (SQLite) rather than native (PostgreSQL)
    try_lock_sql: str | None  # returns one boolean row: this transaction holds the lock


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def _load(value: str | None) -> Any:
    return None if value is None else json.loads(value)


class SqlTransaction:
    """The reads and writes of one open transaction (see `protocol.Transaction`)."""

    def __init__(self, execute: Callable[[str, Sequence[Any]], Any], dialect: Dialect):
        self._raw = execute
        self.dialect = dialect

    # -- plumbing -------------------------------------------------------------------
    def _exec(self, sql: str, params: Sequence[Any] = ()):
        if self.dialect.placeholder != "?":
            sql = sql.replace("?", self.dialect.placeholder)
        return self._raw(sql, [self._param(p) for p in params])

    def _param(self, value: Any) -> Any:
        if isinstance(value, datetime):
            value = value.astimezone(UTC)
            return value.isoformat(timespec="microseconds") if self.dialect.text_time else value
        if isinstance(value, str) and "\x00" in value:
            # PostgreSQL text cannot hold NUL (a user can send one); both backends store U+FFFD instead.
            return value.replace("\x00", "\ufffd")
        return value

    def _time(self, value: Any) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value.astimezone(UTC)

    def _one(self, sql: str, params: Sequence[Any] = ()):
        return self._exec(sql, params).fetchone()

    def _all(self, sql: str, params: Sequence[Any] = ()):
        return self._exec(sql, params).fetchall()

    # -- users ----------------------------------------------------------------------
    _USER = "SELECT id, channel, role, lang, created_at, chat_id, display_name FROM users"

    def _user(self, row) -> User:
        return User(row[0], row[1], row[2], row[3], self._time(row[4]), row[5], row[6])

    def ensure_user(self, user_id, channel, now, *, role="trainee", lang=None) -> User:
        found = self.user(user_id)  # nearly always there: one read instead of a write and a read
        if found is not None:
            return found
        self._exec("INSERT INTO users (id, channel, role, lang, created_at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (id) DO NOTHING", (user_id, channel, role, lang, now))
        return self.user(user_id)

    def user(self, user_id):
        row = self._one(self._USER + " WHERE id = ?", (user_id,))
        return self._user(row) if row else None

    def users(self):
        return [self._user(r) for r in self._all(self._USER + " ORDER BY created_at, id")]

    def set_chat_id(self, user_id, chat_id):
        self._exec("UPDATE users SET chat_id = ? WHERE id = ?", (chat_id, user_id))

    def set_role(self, user_id, role):
        self._exec("UPDATE users SET role = ? WHERE id = ?", (role, user_id))

    def set_lang(self, user_id, lang):
        self._exec("UPDATE users SET lang = ? WHERE id = ?", (lang, user_id))

    def set_display_name(self, user_id, name):
        self._exec("UPDATE users SET display_name = ? WHERE id = ?", (name, user_id))

    # -- redelivery -----------------------------------------------------------------
    def claim_update(self, channel, update_id, now) -> bool:
        cursor = self._exec("INSERT INTO processed_updates (channel, update_id, at) VALUES (?, ?, ?) "
                            "ON CONFLICT (channel, update_id) DO NOTHING", (channel, update_id, now))
        return cursor.rowcount == 1

    # -- the polling inbox (raw updates, kept only until handled) ---------------------
    def inbox_record(self, updates, handled):
        for update_id, body in updates:  # in this order: an update may be handled before it was recorded
            self._exec("INSERT INTO telegram_inbox (update_id, body) VALUES (?, ?) "
                       "ON CONFLICT (update_id) DO NOTHING", (update_id, body))
        for update_id in handled:
            self._exec("DELETE FROM telegram_inbox WHERE update_id = ?", (update_id,))

    def inbox_pending(self):
        return [body for (body,) in self._all("SELECT body FROM telegram_inbox ORDER BY update_id")]

    # -- sessions -------------------------------------------------------------------
    def load_session(self, user_id, *, lock=True):
        # The user's row, not the session's: a first step has no session row to lock yet. (Where the
        # whole write transaction is exclusive, as in SQLite, there is no row lock to take.)
        if lock and self.dialect.for_update:
            self._one("SELECT id FROM users WHERE id = ?" + self.dialect.for_update, (user_id,))
        row = self._one("SELECT data, state, run_id FROM sessions WHERE user_id = ?", (user_id,))
        return SessionRecord(_load(row[0]), _load(row[1]), row[2]) if row else None

    def save_session(self, user_id, record, now):
        self._exec(
            "INSERT INTO sessions (user_id, data, state, run_id, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET data = excluded.data, state = excluded.state, "
            "run_id = excluded.run_id, updated_at = excluded.updated_at",
            (user_id, _json(record.data), _json(record.state), record.run_id, now))

    # -- runs and turns -------------------------------------------------------------
    _RUN = ("SELECT id, user_id, channel, mode, scenario, interaction_type, lang, started_at, ended_at, "
            "end_reason, debrief, score, turn_count FROM runs")

    def _run(self, row) -> Run:
        return Run(row[0], row[1], row[2], row[3], row[4], row[5], row[6], self._time(row[7]),
                   self._time(row[8]), row[9], _load(row[10]), row[11], row[12])

    def create_run(self, user_id, channel, mode, lang, now, *, scenario=None, interaction_type=None) -> int:
        row = self._one("INSERT INTO runs (user_id, channel, mode, scenario, interaction_type, lang, started_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        (user_id, channel, mode, scenario, interaction_type, lang, now))
        return int(row[0])

    def end_run(self, run_id, now, reason, debrief=None, score=None):
        self._exec("UPDATE runs SET ended_at = ?, end_reason = ?, debrief = ?, score = ? "
                   "WHERE id = ? AND ended_at IS NULL",
                   (now, reason, None if debrief is None else _json(debrief), score, run_id))

    def append_turn(self, run_id, at, *, mode, scenario, state_before, state_after, technique,
                    confidence, user_text, bot_texts, events) -> int:
        row = self._one("UPDATE runs SET turn_count = turn_count + 1 WHERE id = ? RETURNING turn_count",
                        (run_id,))
        number = int(row[0]) - 1
        self._exec("INSERT INTO turns (run_id, number, at, mode, scenario, state_before, state_after, "
                   "technique, confidence, user_text, bot_texts, events) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (run_id, number, at, mode, scenario, _json(state_before), _json(state_after), technique,
                    confidence, user_text, _json(list(bot_texts)), _json(list(events))))
        return number

    def run(self, run_id):
        row = self._one(self._RUN + " WHERE id = ?", (run_id,))
        return self._run(row) if row else None

    def runs(self, *, user_ids=None, scenario=None, limit=None):
        if user_ids is not None and not user_ids:
            return []
        found: list[Run] = []
        chunks = iter_chunks(list(user_ids), 500) if user_ids is not None else [None]
        for chunk in chunks:
            where, params = [], []
            if chunk is not None:
                where.append(f"user_id IN ({', '.join('?' for _ in chunk)})")
                params.extend(chunk)
            if scenario is not None:
                where.append("scenario = ?")
                params.append(scenario)
            sql = self._RUN + (" WHERE " + " AND ".join(where) if where else "")
            sql += " ORDER BY started_at DESC, id DESC"
            if limit is not None:
                sql += f" LIMIT {int(limit)}"
            found.extend(self._run(r) for r in self._all(sql, params))
        found.sort(key=lambda r: (r.started_at, r.id), reverse=True)
        return found[:limit] if limit is not None else found

    def turns(self, run_id):
        rows = self._all("SELECT run_id, number, at, mode, scenario, state_before, state_after, technique, "
                         "confidence, user_text, bot_texts, events FROM turns WHERE run_id = ? ORDER BY number",
                         (run_id,))
        return [Turn(r[0], r[1], self._time(r[2]), r[3], r[4], _load(r[5]), _load(r[6]), r[7], r[8], r[9],
                     tuple(_load(r[10])), tuple(_load(r[11]))) for r in rows]

    # -- groups ---------------------------------------------------------------------
    _GROUP = "SELECT id, name, code, owner_id, created_at FROM study_groups"

    def _group(self, row) -> Group:
        return Group(row[0], row[1], row[2], row[3], self._time(row[4]))

    def create_group(self, name, code, owner_id, now):
        row = self._one("INSERT INTO study_groups (name, code, owner_id, created_at) VALUES (?, ?, ?, ?) "
                        "RETURNING id", (name, code, owner_id, now))
        self.join_group(int(row[0]), owner_id, "supervisor", now)
        return self.group(int(row[0]))

    def group(self, group_id):
        row = self._one(self._GROUP + " WHERE id = ?", (group_id,))
        return self._group(row) if row else None

    def group_by_code(self, code):
        row = self._one(self._GROUP + " WHERE code = ?", (code,))
        return self._group(row) if row else None

    def groups(self, *, member=None, role=None):
        sql, params = self._GROUP, []
        if member is not None:
            sql += " WHERE id IN (SELECT group_id FROM memberships WHERE user_id = ?"
            params.append(member)
            if role is not None:
                sql += " AND role = ?"
                params.append(role)
            sql += ")"
        return [self._group(r) for r in self._all(sql + " ORDER BY id", params)]

    def join_group(self, group_id, user_id, role, now):
        self._exec("INSERT INTO memberships (group_id, user_id, role, joined_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (group_id, user_id) DO UPDATE SET role = excluded.role",
                   (group_id, user_id, role, now))

    def leave_group(self, group_id, user_id) -> bool:
        return self._exec("DELETE FROM memberships WHERE group_id = ? AND user_id = ?",
                          (group_id, user_id)).rowcount == 1

    def members(self, group_id):
        rows = self._all("SELECT group_id, user_id, role, joined_at FROM memberships WHERE group_id = ? "
                         "ORDER BY joined_at, user_id", (group_id,))
        return [Membership(r[0], r[1], r[2], self._time(r[3])) for r in rows]

    # -- comments -------------------------------------------------------------------
    def add_comment(self, run_id, turn, author_id, text, now):
        row = self._one("INSERT INTO comments (run_id, turn, author_id, text, at) VALUES (?, ?, ?, ?, ?) "
                        "RETURNING id", (run_id, turn, author_id, text, now))
        return int(row[0])

    def comments(self, run_id):
        rows = self._all("SELECT id, run_id, turn, author_id, text, at FROM comments WHERE run_id = ? "
                         "ORDER BY turn, id", (run_id,))
        return [Comment(r[0], r[1], r[2], r[3], r[4], self._time(r[5])) for r in rows]

    # -- outbox ---------------------------------------------------------------------
    def enqueue(self, channel, chat_id, user_id, payload, now):
        row = self._one("INSERT INTO outbox (channel, chat_id, user_id, payload, created_at) "
                        "VALUES (?, ?, ?, ?, ?) RETURNING id", (channel, chat_id, user_id, _json(payload), now))
        return int(row[0])

    def pending(self, chat_id=None):
        sql = "SELECT id, channel, chat_id, user_id, payload, created_at FROM outbox"
        params: list[Any] = []
        if chat_id is not None:
            sql += " WHERE chat_id = ?"
            params.append(chat_id)
        deliveries = []
        for r in self._all(sql + " ORDER BY id", params):
            payload = _load(r[4])
            deliveries.append(Delivery(
                r[0], r[1], r[2], r[3], tuple(payload.get("texts", ())),
                tuple((c[0], c[1]) for c in payload.get("choices", ())), self._time(r[5]),
                payload.get("debrief"), payload.get("run_id")))
        return deliveries

    def delivered(self, delivery_id):
        # Deleted, not flagged: a sent reply's text has no reason to stay in the outbox.
        self._exec("DELETE FROM outbox WHERE id = ?", (delivery_id,))

    # -- privacy --------------------------------------------------------------------
    def erase_user(self, user_id) -> dict[str, int]:
        run_ids = [r[0] for r in self._all("SELECT id FROM runs WHERE user_id = ?", (user_id,))]
        counts = {"runs": len(run_ids), "turns": 0, "comments": 0}
        for chunk in iter_chunks(run_ids, 500):
            marks = ", ".join("?" for _ in chunk)
            counts["turns"] += self._exec(f"DELETE FROM turns WHERE run_id IN ({marks})", chunk).rowcount
            counts["comments"] += self._exec(f"DELETE FROM comments WHERE run_id IN ({marks})", chunk).rowcount
            self._exec(f"DELETE FROM runs WHERE id IN ({marks})", chunk)
        counts["comments"] += self._exec("DELETE FROM comments WHERE author_id = ?", (user_id,)).rowcount
        owned = [r[0] for r in self._all("SELECT id FROM study_groups WHERE owner_id = ?", (user_id,))]
        for group_id in owned:
            self._exec("DELETE FROM memberships WHERE group_id = ?", (group_id,))
            self._exec("DELETE FROM study_groups WHERE id = ?", (group_id,))
        counts["groups"] = len(owned)
        counts["memberships"] = self._exec("DELETE FROM memberships WHERE user_id = ?", (user_id,)).rowcount
        self._exec("DELETE FROM outbox WHERE user_id = ?", (user_id,))
        self._exec("DELETE FROM sessions WHERE user_id = ?", (user_id,))
        counts["users"] = self._exec("DELETE FROM users WHERE id = ?", (user_id,)).rowcount
        return counts

    def audit(self, action, subject, detail, now):
        self._exec("INSERT INTO audit (at, action, subject, detail) VALUES (?, ?, ?, ?)",
                   (now, action, subject, _json(detail)))

    def audit_records(self):
        rows = self._all("SELECT id, at, action, subject, detail FROM audit ORDER BY id")
        return [AuditRecord(r[0], self._time(r[1]), r[2], r[3], _load(r[4])) for r in rows]

    def purge_before(self, cutoff) -> dict[str, int]:
        old = "SELECT id FROM runs WHERE started_at < ?"
        counts = {
            "turns": self._exec(f"DELETE FROM turns WHERE run_id IN ({old})", (cutoff,)).rowcount,
            "comments": self._exec(f"DELETE FROM comments WHERE run_id IN ({old})", (cutoff,)).rowcount,
        }
        self._exec("UPDATE sessions SET run_id = NULL WHERE run_id IN (" + old + ")", (cutoff,))
        counts["runs"] = self._exec("DELETE FROM runs WHERE started_at < ?", (cutoff,)).rowcount
        counts["outbox"] = self._exec("DELETE FROM outbox WHERE created_at < ?", (cutoff,)).rowcount
        counts["updates"] = self._exec("DELETE FROM processed_updates WHERE at < ?", (cutoff,)).rowcount
        # A session can hold a trainee's own lines (the debrief's best moments): idle ones go too,
        # and so do trainees with nothing left (their chat id has no purpose any more).
        counts["sessions"] = self._exec("DELETE FROM sessions WHERE updated_at < ? AND run_id IS NULL",
                                        (cutoff,)).rowcount
        counts["users"] = self._exec(
            "DELETE FROM users WHERE role = 'trainee' AND created_at < ? "
            "AND id NOT IN (SELECT user_id FROM sessions) AND id NOT IN (SELECT user_id FROM runs) "
            "AND id NOT IN (SELECT user_id FROM memberships)", (cutoff,)).rowcount
        return counts

    def try_exclusive(self, key) -> bool:
        if self.dialect.try_lock_sql is None:
            return True  # the backend's write transaction is already exclusive
        return bool(self._one(self.dialect.try_lock_sql, (key,))[0])
