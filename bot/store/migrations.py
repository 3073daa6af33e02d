"""The schema, as numbered migrations that upgrade an existing database in place.

Each migration is a list of statements with placeholders for the few types the backends
spell differently ({id}, {ts}, {bigint}, {float}). `migrate` applies the missing ones in order in one
transaction per step and records the version reached in `schema_version`. Never edit a
migration that has shipped; add a new one.
"""

from __future__ import annotations

from collections.abc import Callable

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "run log: users, sessions, runs, turns", (
        """CREATE TABLE users (
            id TEXT PRIMARY KEY,
            channel TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'trainee',
            lang TEXT,
            chat_id {bigint},
            created_at {ts} NOT NULL)""",
        """CREATE TABLE sessions (
            user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
            data TEXT NOT NULL,
            state TEXT NOT NULL,
            run_id {bigint},
            updated_at {ts} NOT NULL)""",
        """CREATE TABLE runs (
            id {id},
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            mode TEXT NOT NULL,
            scenario TEXT,
            interaction_type TEXT,
            lang TEXT NOT NULL,
            started_at {ts} NOT NULL,
            ended_at {ts},
            end_reason TEXT,
            debrief TEXT,
            score {float},
            turn_count INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX runs_by_user ON runs (user_id, started_at)",
        "CREATE INDEX runs_by_start ON runs (started_at)",
        """CREATE TABLE turns (
            run_id {bigint} NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            at {ts} NOT NULL,
            mode TEXT,
            scenario TEXT,
            state_before TEXT NOT NULL,
            state_after TEXT NOT NULL,
            technique TEXT,
            confidence {float},
            user_text TEXT,
            bot_texts TEXT NOT NULL,
            events TEXT NOT NULL,
            PRIMARY KEY (run_id, number))""",
    )),
    (2, "groups, comments, audit trail, display names", (
        "ALTER TABLE users ADD COLUMN display_name TEXT",
        """CREATE TABLE study_groups (
            id {id},
            name TEXT NOT NULL,
            code TEXT NOT NULL UNIQUE,
            owner_id TEXT REFERENCES users(id) ON DELETE SET NULL,
            created_at {ts} NOT NULL)""",
        """CREATE TABLE memberships (
            group_id {bigint} NOT NULL REFERENCES study_groups(id) ON DELETE CASCADE,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            joined_at {ts} NOT NULL,
            PRIMARY KEY (group_id, user_id))""",
        "CREATE INDEX memberships_by_user ON memberships (user_id)",
        """CREATE TABLE comments (
            id {id},
            run_id {bigint} NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            turn INTEGER NOT NULL,
            author_id TEXT REFERENCES users(id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            at {ts} NOT NULL)""",
        "CREATE INDEX comments_by_run ON comments (run_id)",
        """CREATE TABLE audit (
            id {id},
            at {ts} NOT NULL,
            action TEXT NOT NULL,
            subject TEXT,
            detail TEXT NOT NULL)""",
    )),
    (3, "delivery: redelivered updates and the outbox", (
        """CREATE TABLE processed_updates (
            channel TEXT NOT NULL,
            update_id {bigint} NOT NULL,
            at {ts} NOT NULL,
            PRIMARY KEY (channel, update_id))""",
        "CREATE INDEX processed_updates_by_time ON processed_updates (at)",
        """CREATE TABLE outbox (
            id {id},
            channel TEXT NOT NULL,
            chat_id {bigint} NOT NULL,
            user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
            payload TEXT NOT NULL,
            created_at {ts} NOT NULL)""",
    )),
    (4, "polling inbox: fetched updates kept until handled", (
        """CREATE TABLE IF NOT EXISTS telegram_inbox (
            update_id {bigint} PRIMARY KEY,
            body TEXT NOT NULL)""",
    )),
)

LATEST = MIGRATIONS[-1][0]


def statements(version: int, types: dict[str, str]) -> list[str]:
    """The statements of one migration, spelled for a backend."""
    for number, _title, sql in MIGRATIONS:
        if number == version:
            return [s.format(**types) for s in sql]
    raise KeyError(version)


def migrate(current: int, execute: Callable[[str], None], types: dict[str, str],
            target: int = LATEST) -> list[int]:
    """Run the migrations after `current` up to `target` through `execute`; the versions applied."""
    applied = []
    for number, _title, _sql in MIGRATIONS:
        if current < number <= target:
            for statement in statements(number, types):
                execute(statement)
            applied.append(number)
    return applied
