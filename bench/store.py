"""Run-store figures: one conversation step (dedupe + locked session + engine + turn + outbox, one
transaction) per backend, SQLite with synchronous=FULL and NORMAL, and PostgreSQL if it answers.

    .venv/bin/python -m bench.store [--steps 300]

Prints milliseconds per step (p50/p99) and steps per second, single thread.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from bot.identity import Identity
from bot.service import Conversations
from bot.store import open_store
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
