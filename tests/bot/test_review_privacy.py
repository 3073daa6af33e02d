"""Privacy: a user's data on request, erasure with a content-free audit record, and the retention purge."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from bot.retention import PURGE_LOCK, purge_expired
from tests.bot.review_world import START, USER_TEXT, build_world
from tests.bot.store.backends import PG_BASE, _shared_postgres, store, store_url  # noqa: F401  (fixtures)


@pytest.fixture
def world(store, library):  # noqa: F811
    return build_world(store, library)


def test_my_data_holds_profile_groups_runs_turns_and_comments(world):
    world.review.comment(world.supervisor, world.run, 2, "Hier had je kunnen samenvatten.")
    data = world.review.my_data(world.trainee)
    assert data["user"]["pseudonym"] == "utrainee000" and data["user"]["role"] == "trainee"
    assert data["groups"] == [{"name": "Noord", "role": "trainee", "owner": False}]
    assert len(data["runs"]) == 2
    run = next(r for r in data["runs"] if r["run"] == world.run)
    assert run["turns"][1]["user_text"] == f"{USER_TEXT} (1)"
    assert run["turns"][2]["comments"][0]["text"] == "Hier had je kunnen samenvatten."
    json.dumps(data)  # the file the user gets


def test_forgetting_erases_everything_and_leaves_an_audit_record_without_content(world, store):  # noqa: F811
    world.review.comment(world.supervisor, world.run, 1, "Mooi.")
    counts = world.review.forget(world.trainee)
    assert counts["runs"] == 2 and counts["turns"] == 7 and counts["comments"] == 1
    assert world.review.my_runs(world.trainee) == []
    assert world.review.my_data(world.trainee)["user"] is None
    assert {s.run.user_id for s in world.review.group_runs(world.admin)} == {"uother000000", "usuper00000"}
    with store.transaction() as tx:
        (record,) = tx.audit_records()
        left = tx._all("SELECT count(*) FROM turns WHERE run_id = ?", (world.run,))[0][0]
        dump = json.dumps([tx._all(f"SELECT * FROM {t}") for t in ("comments", "audit")], default=str)
    assert (record.action, record.subject) == ("erasure", "utrainee000")
    assert record.detail == counts
    assert left == 0 and USER_TEXT not in dump and "Mooi." not in dump


def test_a_supervisor_who_is_forgotten_takes_their_groups_along(world):
    world.review.forget(world.supervisor)
    assert world.review.my_groups(world.trainee) == []
    assert len(world.review.transcript(world.trainee, world.run).turns) == 4  # the trainee keeps their runs


def test_the_purge_job_erases_runs_older_than_the_retention_period(world, store, monkeypatch):  # noqa: F811
    monkeypatch.setenv("RETENTION_DAYS", "30")
    now = START + timedelta(days=35)  # the runs of START are older than 30 days, the one of START+8 is not
    counts = purge_expired(store, now)
    assert counts["runs"] == 3
    with store.transaction() as tx:
        remaining = tx.runs()
        (record,) = tx.audit_records()
    assert [r.started_at for r in remaining] == [START + timedelta(days=8)]
    assert record.action == "retention_purge" and record.detail["days"] == 30 and record.subject is None
    assert purge_expired(store, now)["runs"] == 0  # nothing left to do


def test_the_default_retention_is_ninety_days(world, store, monkeypatch):  # noqa: F811
    monkeypatch.delenv("RETENTION_DAYS", raising=False)
    assert purge_expired(store, START + timedelta(days=89))["runs"] == 0
    assert purge_expired(store, START + timedelta(days=91))["runs"] == 3


@pytest.mark.postgres
@pytest.mark.parametrize("store", ["postgresql"], indirect=True)  # SQLite's write transaction is exclusive anyway
def test_only_one_replica_purges_at_a_time(world, store):  # noqa: F811
    import psycopg

    with psycopg.connect(store.url, autocommit=True) as other_replica:
        other_replica.execute("SELECT pg_advisory_lock(%s)", (PURGE_LOCK,))
        assert purge_expired(store, datetime.now(UTC) + timedelta(days=365), 1) is None
        other_replica.execute("SELECT pg_advisory_unlock(%s)", (PURGE_LOCK,))
    assert purge_expired(store, datetime.now(UTC) + timedelta(days=365), 1)["runs"] == 4
