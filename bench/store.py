"""Run-store figures: turns appended per second, one transaction each, per backend.

`run()` (for `make bench`): the writes of one conversation turn — claim the update id,
load and lock the session, append the turn, save the session, queue the reply in the
outbox — committed as one transaction, one after the other, single thread, no engine.
Durability as shipped: SQLite in WAL mode with `synchronous=FULL` (the store's default:
the WAL is fsynced at every commit, so a commit survives a killed process and a power
cut); PostgreSQL with the server's `fsync=on`, `synchronous_commit=on` (the commit
returns after the WAL is flushed). SQLite `synchronous=NORMAL` is measured too (it
survives a killed process, not a power cut).

`main()`: one whole conversation step (dedupe + locked session + engine + turn + outbox)
per backend, milliseconds per step (p50/p99):

    .venv/bin/python -m bench.store [--steps 300]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from bot.identity import Identity
from bot.service import Conversations
from bot.store import SessionRecord, open_store
from dialogues.engine import Engine
from dialogues.library import load_library

LINES = ("Wat zou voor jou nuttig zijn om te bespreken?", "Hoe heb je het tot nu toe volgehouden?",
         "Wat wil je dat er anders wordt?", "Op een schaal van 0 tot 10, waar sta je nu?")


def measure(service: Conversations, steps: int) -> list[float]:
    timings, user = [], 0
    service.start("telegram", str(user), "vragenreeks", interaction_type="klager", chat_id=1)
    for step in range(steps):
        if step and step % 12 == 0:  # a drill has 13 steps; start a new run for a fresh user
            user += 1
            service.start("telegram", str(user), "vragenreeks", interaction_type="klager", chat_id=1)
        began = time.perf_counter()
        service.handle("telegram", str(user), LINES[step % len(LINES)], chat_id=1, update_id=step)
        timings.append((time.perf_counter() - began) * 1000)
    return timings


PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
APPENDS = 400
STATE = {"interaction_type": "klager", "phase": "erkenning", "friction": 1, "hope": 2, "turn": 7}


def appends_per_s(store, appends: int = APPENDS) -> float:
    """Turns appended per second, each with the rest of a turn's writes, one transaction each."""
    now = datetime.now(UTC)
    users = [f"bench-user-{i}" for i in range(20)]
    runs = {}
    with store.transaction() as tx:
        for user in users:
            tx.ensure_user(user, "telegram", now)
            runs[user] = tx.create_run(user, "telegram", "oefenen", "nl", now, scenario="ontruiming")
    session = {"mode": "oefenen", "lang": "nl", "state": "klager", "turn": 7, "history": ["erkenning"] * 7}
    texts = ["Ja... het is gewoon allemaal te veel op dit moment.", "Ik weet niet waar ik moet beginnen."]
    base = int(time.time() * 1000) % 1_000_000_000
    began = time.perf_counter()
    for i in range(appends):
        user = users[i % len(users)]
        with store.transaction() as tx:
            tx.claim_update("bench", base * 1000 + i, now)
            tx.load_session(user, lock=True)
            tx.append_turn(runs[user], now, mode="oefenen", scenario="ontruiming", state_before=STATE,
                           state_after=STATE, technique="erkenning", confidence=0.83,
                           user_text=LINES[i % len(LINES)], bot_texts=texts, events=[{"kind": "turn"}])
            tx.save_session(user, SessionRecord(session, STATE, runs[user]), now)
            tx.enqueue("telegram", 1000 + i % len(users), user, {"texts": texts, "choices": []}, now)
    return appends / (time.perf_counter() - began)


@contextmanager
def postgres_schema(base: str = PG_URL):
    """A fresh schema on the local server (dropped afterwards), or None when it does not answer."""
    import psycopg

    try:
        with psycopg.connect(base, autocommit=True, connect_timeout=3) as conn:
            schema = f"bench_{uuid.uuid4().hex[:8]}"
            conn.execute(f"CREATE SCHEMA {schema}")
    except psycopg.OperationalError as err:
        print(f"postgresql: not measured ({str(err).strip().splitlines()[0]})")
        yield None
        return
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def run() -> dict[str, float]:
    figures = {}
    with tempfile.TemporaryDirectory(prefix="oefengesprek-bench-") as folder:
        for sync, key in (("FULL", "store_appends_per_s_sqlite"), ("NORMAL", "store_appends_per_s_sqlite_normal")):
            store = open_store(f"sqlite:///{Path(folder) / f'{sync}.db'}", synchronous=sync)
            try:
                figures[key] = round(appends_per_s(store), 1)
            finally:
                store.close()
    with postgres_schema() as url:
        if url is not None:
            store = open_store(url)
            try:
                figures["store_appends_per_s_postgres"] = round(appends_per_s(store), 1)
            finally:
                store.close()
    return figures


def engine_only(engine: Engine, steps: int) -> list[float]:
    """The same steps without a store, to see what the store adds."""
    timings = []
    session = engine.start("vragenreeks", "nl", interaction_type="klager").session
    for step in range(steps):
        if step and step % 12 == 0:
            session = engine.start("vragenreeks", "nl", interaction_type="klager").session
        began = time.perf_counter()
        session = engine.handle(session, LINES[step % len(LINES)]).session
        timings.append((time.perf_counter() - began) * 1000)
    return timings


def report(name: str, timings: list[float]) -> None:
    ordered = sorted(timings)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(f"{name:<28} p50 {statistics.median(ordered):6.2f} ms   p99 {p99:6.2f} ms   "
          f"{1000 / statistics.mean(ordered):6.0f} steps/s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args(argv)
    engine = Engine(load_library())
    identity = Identity(b"bench-secret-0123456789")
    report("engine only (no store)", engine_only(engine, args.steps))
    folder = Path(tempfile.mkdtemp(prefix="oefengesprek-bench-", dir=Path.cwd()))
    for sync in ("FULL", "NORMAL"):
        store = open_store(f"sqlite:///{folder / f'{sync}.db'}", synchronous=sync)
        report(f"sqlite synchronous={sync}", measure(Conversations(engine, store, identity=identity), args.steps))
        store.close()
    try:
        import psycopg

        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        try:
            store = open_store(f"{args.pg}?options=-csearch_path%3D{schema}")
            report("postgresql (fsync on)", measure(Conversations(engine, store, identity=identity), args.steps))
            store.close()
        finally:
            with psycopg.connect(args.pg, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")
    except psycopg.OperationalError as err:
        print(f"postgresql: not measured ({str(err).splitlines()[0]})")
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
