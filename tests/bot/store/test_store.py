"""The run store, against both backends: what is written is read back, kept consistent and erased."""

from __future__ import annotations

import multiprocessing
import threading
from datetime import UTC, datetime, timedelta

import pytest

from bot.store import SchemaTooNew, SessionRecord, UnsupportedURL, open_store, sqlite_path
from bot.store.migrations import LATEST
from bot.store.sqlite import SqliteStore
from tests.bot.store.backends import _shared_postgres, store, store_url  # noqa: F401  (fixtures)
from tests.bot.store.workers import append_steps, open_fresh

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _turn(tx, run_id, at=NOW, text="hoe heb je het volgehouden?"):
    return tx.append_turn(run_id, at, mode="oefenen", scenario="huisuitzetting",
                          state_before={"phase": "huidige_situatie"}, state_after={"phase": "gewenste_situatie"},
                          technique="copingvraag", confidence=0.82, user_text=text,
                          bot_texts=["Ik weet het niet.", "Het was zwaar."],
                          events=[{"kind": "technique", "technique": "copingvraag"}])


def test_a_turn_is_read_back_exactly_as_appended(store):  # noqa: F811
    with store.transaction() as tx:
        tx.ensure_user("u1", "telegram", NOW)
        run_id = tx.create_run("u1", "telegram", "oefenen", "nl", NOW, scenario="huisuitzetting")
        assert _turn(tx, run_id) == 0
        assert _turn(tx, run_id, NOW + timedelta(seconds=5), "wat wil je bereiken?") == 1
    with store.transaction() as tx:
        first, second = tx.turns(run_id)
        run = tx.run(run_id)
    assert (first.run_id, first.number, first.at) == (run_id, 0, NOW)
    assert first.state_before == {"phase": "huidige_situatie"}
    assert first.state_after == {"phase": "gewenste_situatie"}
    assert (first.technique, first.confidence) == ("copingvraag", 0.82)
    assert first.bot_texts == ("Ik weet het niet.", "Het was zwaar.")
    assert first.events == ({"kind": "technique", "technique": "copingvraag"},)
    assert second.user_text == "wat wil je bereiken?" and second.at == NOW + timedelta(seconds=5)
    assert (run.scenario, run.turn_count, run.ended_at) == ("huisuitzetting", 2, None)


def test_a_run_ends_once_with_its_debrief_and_score(store):  # noqa: F811
    with store.transaction() as tx:
        tx.ensure_user("u1", "telegram", NOW)
        run_id = tx.create_run("u1", "telegram", "oefenen", "nl", NOW)
        tx.end_run(run_id, NOW + timedelta(minutes=9), "stop", {"score": 72, "phases": ["huidige_situatie"]}, 72.0)
        tx.end_run(run_id, NOW + timedelta(minutes=20), "abandoned")
        run = tx.run(run_id)
    assert (run.end_reason, run.score, run.ended_at) == ("stop", 72.0, NOW + timedelta(minutes=9))
    assert run.debrief == {"score": 72, "phases": ["huidige_situatie"]}


def test_runs_are_listed_newest_first_and_filtered_by_user_and_scenario(store):  # noqa: F811
    with store.transaction() as tx:
        for user in ("u1", "u2"):
            tx.ensure_user(user, "telegram", NOW)
        a = tx.create_run("u1", "telegram", "oefenen", "nl", NOW, scenario="energie")
        b = tx.create_run("u1", "telegram", "oefenen", "nl", NOW + timedelta(hours=1), scenario="terugval")
        c = tx.create_run("u2", "telegram", "oefenen", "nl", NOW + timedelta(hours=2), scenario="energie")
    with store.transaction() as tx:
        assert [r.id for r in tx.runs()] == [c, b, a]
        assert [r.id for r in tx.runs(user_ids=["u1"])] == [b, a]
        assert [r.id for r in tx.runs(scenario="energie")] == [c, a]
        assert [r.id for r in tx.runs(limit=1)] == [c]
        assert tx.runs(user_ids=[]) == []


def test_an_update_is_claimed_once_per_channel(store):  # noqa: F811
    with store.transaction() as tx:
        assert tx.claim_update("telegram", 1001, NOW)
        assert not tx.claim_update("telegram", 1001, NOW)
        assert tx.claim_update("other", 1001, NOW)


def test_a_session_is_saved_and_replaced(store):  # noqa: F811
    with store.transaction() as tx:
        tx.ensure_user("u1", "telegram", NOW)
        assert tx.load_session("u1") is None
        tx.save_session("u1", SessionRecord({"mode": "menu"}, {}, None), NOW)
        tx.save_session("u1", SessionRecord({"mode": "oefenen"}, {"phase": "x"}, None), NOW)
        assert tx.load_session("u1") == SessionRecord({"mode": "oefenen"}, {"phase": "x"}, None)


def test_an_older_schema_is_upgraded_in_place_and_keeps_its_runs(store_url):  # noqa: F811
    old = open_store(store_url, target_version=1)
    assert old.schema_version() == 1
    with old.transaction() as tx:
        tx._exec("INSERT INTO users (id, channel, role, created_at) VALUES (?, ?, ?, ?)",
                 ("u1", "telegram", "trainee", NOW))
        run_id = tx.create_run("u1", "telegram", "rondleiding", "nl", NOW)
        _turn(tx, run_id)
    old.close()
    upgraded = open_store(store_url)
    try:
        assert upgraded.schema_version() == LATEST
        with upgraded.transaction() as tx:
            assert tx.user("u1").display_name is None
            assert [t.user_text for t in tx.turns(run_id)] == ["hoe heb je het volgehouden?"]
            group = tx.create_group("Team Noord", "ABC123", "u1", NOW)
            assert tx.claim_update("telegram", 5, NOW)
        assert group.code == "ABC123"
    finally:
        upgraded.close()
    again = open_store(store_url)
    assert again.schema_version() == LATEST  # opening again changes nothing
    again.close()


def test_a_database_from_a_newer_program_is_refused_not_touched(store_url):  # noqa: F811
    opened = open_store(store_url)
    with opened.transaction() as tx:
        tx._exec("INSERT INTO schema_version (version) VALUES (?)", (LATEST + 1,))
    opened.close()
    with pytest.raises(SchemaTooNew, match=f"schema version {LATEST + 1}, newer than this program's {LATEST}"):
        open_store(store_url)


def test_two_processes_opening_a_new_database_at_once_migrate_it_once(store_url):  # noqa: F811
    context = multiprocessing.get_context("spawn")
    go = context.Event()
    workers = [context.Process(target=open_fresh, args=(store_url, go)) for _ in range(2)]
    for worker in workers:
        worker.start()
    go.set()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    opened = open_store(store_url)
    with opened.transaction() as tx:
        versions = [r[0] for r in tx._all("SELECT version FROM schema_version ORDER BY version")]
    opened.close()
    assert versions == list(range(1, LATEST + 1))


def _two_workers_step(url: str, run_id: int, *, steps: int, pause: float = 0.0) -> list[int | None]:
    """Processes "a" and "b" take `steps` steps of user u1 at the same moment; their exit codes."""
    context = multiprocessing.get_context("spawn")
    go = context.Event()
    workers = [context.Process(target=append_steps, args=(url, "u1", run_id, steps, name, go, pause))
               for name in ("a", "b")]
    for worker in workers:
        worker.start()
    go.set()
    for worker in workers:
        worker.join(60)
    return [w.exitcode for w in workers]


def test_concurrent_steps_from_two_processes_lose_no_turn_and_no_update(store):  # noqa: F811
    with store.transaction() as tx:
        tx.ensure_user("u1", "telegram", NOW)
        run_id = tx.create_run("u1", "telegram", "oefenen", "nl", NOW)
        tx.save_session("u1", SessionRecord({"count": 0}, {}, run_id), NOW)
    assert _two_workers_step(store.url, run_id, steps=40) == [0, 0]
    with store.transaction() as tx:
        turns = tx.turns(run_id)
        assert tx.load_session("u1").data == {"count": 80}
    assert [t.number for t in turns] == list(range(80))
    assert [t.state_before["count"] for t in turns] == list(range(80))
    assert sorted(t.user_text for t in turns) == sorted(f"{w}-{i}" for w in "ab" for i in range(40))
    assert {t.user_text[0] for t in turns[:60]} == {"a", "b"}  # they really ran side by side


def test_two_processes_taking_a_new_users_first_steps_at_once_lose_nothing(store):  # noqa: F811
    """No session row yet, so there is none to lock: the user's row must serialise the steps."""
    with store.transaction() as tx:
        tx.ensure_user("u1", "telegram", NOW)
        run_id = tx.create_run("u1", "telegram", "oefenen", "nl", NOW)
    assert _two_workers_step(store.url, run_id, steps=5, pause=0.2) == [0, 0]
    with store.transaction() as tx:
        assert tx.load_session("u1").data == {"count": 10}
        assert [t.state_before["count"] for t in tx.turns(run_id)] == list(range(10))


def test_erasing_a_user_removes_their_runs_turns_comments_memberships_and_outbox(store):  # noqa: F811
    with store.transaction() as tx:
        for user in ("trainee", "coach"):
            tx.ensure_user(user, "telegram", NOW)
        group = tx.create_group("Team", "CODE42", "coach", NOW)
        tx.join_group(group.id, "trainee", "trainee", NOW)
        mine = tx.create_run("trainee", "telegram", "oefenen", "nl", NOW)
        _turn(tx, mine)
        tx.add_comment(mine, 0, "coach", "mooie copingvraag", NOW)
        theirs = tx.create_run("coach", "telegram", "oefenen", "nl", NOW)
        tx.add_comment(theirs, 0, "trainee", "ik vond dit lastig", NOW)
        tx.enqueue("telegram", 11, "trainee", {"texts": ["x"]}, NOW)
        tx.save_session("trainee", SessionRecord({}, {}, mine), NOW)
    with store.transaction() as tx:
        counts = tx.erase_user("trainee")
    with store.transaction() as tx:
        assert tx.user("trainee") is None and tx.load_session("trainee") is None
        assert tx.run(mine) is None and tx.turns(mine) == []
        assert tx.comments(theirs) == [] and tx.pending() == []
        assert [m.user_id for m in tx.members(group.id)] == ["coach"]
        assert tx.run(theirs) is not None
    assert counts == {"runs": 1, "turns": 1, "comments": 2, "groups": 0, "memberships": 1, "users": 1}


def test_purging_removes_runs_started_before_the_cutoff_and_old_delivery_records(store):  # noqa: F811
    with store.transaction() as tx:
        tx.ensure_user("u1", "telegram", NOW)
        old = tx.create_run("u1", "telegram", "oefenen", "nl", NOW - timedelta(days=91))
        _turn(tx, old, NOW - timedelta(days=91))
        tx.add_comment(old, 0, "u1", "oud", NOW - timedelta(days=90))
        recent = tx.create_run("u1", "telegram", "oefenen", "nl", NOW - timedelta(days=89))
        _turn(tx, recent, NOW - timedelta(days=89))
        tx.save_session("u1", SessionRecord({}, {}, old), NOW)
        tx.claim_update("telegram", 1, NOW - timedelta(days=100))
        tx.claim_update("telegram", 2, NOW)
    with store.transaction() as tx:
        counts = tx.purge_before(NOW - timedelta(days=90))
    with store.transaction() as tx:
        assert [r.id for r in tx.runs()] == [recent]
        assert tx.turns(old) == [] and tx.comments(old) == []
        assert tx.load_session("u1").run_id is None
        assert not tx.claim_update("telegram", 2, NOW) and tx.claim_update("telegram", 1, NOW)
    assert counts == {"turns": 1, "comments": 1, "runs": 1, "outbox": 0, "updates": 1, "sessions": 0, "users": 0}


def test_purging_removes_idle_sessions_and_trainees_with_nothing_left(store):  # noqa: F811
    old, recent = NOW - timedelta(days=120), NOW - timedelta(days=3)
    with store.transaction() as tx:
        for user in ("idle", "active", "member", "coach"):
            tx.ensure_user(user, "telegram", old, role="supervisor" if user == "coach" else "trainee")
        tx.save_session("idle", SessionRecord({"client": {"moments": ["my own line"]}}, {}, None), old)
        tx.save_session("active", SessionRecord({}, {}, None), recent)
        group = tx.create_group("Team", "CODE77", "coach", old)
        tx.join_group(group.id, "member", "trainee", old)
    with store.transaction() as tx:
        counts = tx.purge_before(NOW - timedelta(days=90))
        left = {u.id for u in tx.users()}
        assert tx.load_session("idle") is None
    assert (counts["sessions"], counts["users"]) == (1, 1)
    assert left == {"active", "member", "coach"}


def test_a_url_names_its_backend_or_is_refused_with_the_accepted_forms(tmp_path):
    assert str(sqlite_path("sqlite:///data/x.db")) == "data/x.db"
    assert str(sqlite_path("sqlite:////srv/x.db")) == "/srv/x.db"
    with pytest.raises(UnsupportedURL, match="use sqlite:///path.db or postgresql://"):
        open_store("mysql://localhost/x")
    with pytest.raises(UnsupportedURL, match="sqlite:///relative/path.db"):
        open_store("sqlite://")


def test_sqlite_runs_in_wal_mode_with_full_sync_and_a_busy_timeout(tmp_path):
    opened = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    with opened.transaction() as tx:
        assert tx._one("PRAGMA journal_mode")[0] == "wal"
        assert tx._one("PRAGMA synchronous")[0] == 2  # FULL
        assert tx._one("PRAGMA busy_timeout")[0] == 15000
    opened.close()


@pytest.mark.postgres
@pytest.mark.parametrize("store", ["postgresql"], indirect=True)
def test_a_postgresql_connection_closed_by_the_server_is_replaced(store, caplog):  # noqa: F811
    import psycopg

    with store.transaction() as tx:
        pid = tx._one("SELECT pg_backend_pid()")[0]
        tx.ensure_user("u1", "telegram", NOW)
    with psycopg.connect(store.url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with store.transaction() as tx:
        assert tx.user("u1") is not None
        assert tx._one("SELECT pg_backend_pid()")[0] != pid
    assert "postgresql connection lost; reconnecting" in caplog.text


def _open_when_all_are_ready(path, start: threading.Barrier, failures: list) -> None:
    start.wait()
    try:
        SqliteStore(path).close()
    except Exception as err:  # noqa: BLE001  (any failure is what the test counts)
        failures.append(err)


def test_threads_opening_a_new_sqlite_file_together_all_get_a_store(tmp_path):
    """Two connections switching a new file to WAL at once: SQLite fails one without waiting."""
    failures = []
    for attempt in range(60):
        start = threading.Barrier(4)
        args = (tmp_path / f"race-{attempt}.db", start, failures)
        threads = [threading.Thread(target=_open_when_all_are_ready, args=args) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    assert failures == []


def _write_in_turn(opened, start: threading.Barrier, number: int, failures: list) -> None:
    start.wait()
    try:
        for update_id in range(number * 1000, number * 1000 + 50):
            with opened.transaction() as tx:
                tx.claim_update("telegram", update_id, NOW)
    except Exception as err:  # noqa: BLE001  (any failure is what the test counts)
        failures.append(err)


def test_threads_of_one_process_wait_their_turn_to_write_instead_of_finding_the_file_locked(tmp_path):
    """Without a busy timeout SQLite refuses a second writer at once; the store's own lock queues them."""
    opened = SqliteStore(tmp_path / "x.db", busy_timeout=0)
    failures: list = []
    start = threading.Barrier(4)
    threads = [threading.Thread(target=_write_in_turn, args=(opened, start, number, failures)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    with opened.transaction(read_only=True) as tx:
        claimed = tx._one("SELECT count(*) FROM processed_updates")[0]
    opened.close()
    assert failures == [] and claimed == 200
