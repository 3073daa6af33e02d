"""Replica figures: webhook updates handled per second by one and by two bot processes on one machine.

`run()` (for `make bench`) gives `replicas_updates_per_s_1` and `replicas_updates_per_s_2`:
the topology of `docker-compose.yml` without containers (`tests/bot/replica_cluster.py`):
the Bot API emulator delivering webhooks as Telegram does (one queue per chat, up to 40
connections), a round-robin proxy, `oefengesprek telegram --webhook` processes on a fresh
PostgreSQL schema (127.0.0.1:5432, database `test`, or OEFENGESPREK_TEST_PG). USERS users
each type LINES lines at once; the clock runs from the first update queued until every
update has been answered, which a replica does only after the turn is stored and its
reply sent.

What it measures is the bot's own capacity: Telegram's sending limits are lifted (the
emulator allows 10,000 messages/s, the replicas TELEGRAM_MAX_PER_SECOND=10000 and a
per-chat interval of 0). With the real limits, about 30 messages/s per bot, one replica
already reaches the cap (see docs/deploy.md). Everything (PostgreSQL, emulator, proxy,
replicas) shares this machine's cores, so a second replica gains only what the first left
idle.

    .venv/bin/python -m bench.replicas
"""

from __future__ import annotations

import asyncio
import logging
import os
import tempfile
import time
import uuid
from pathlib import Path

USERS = 24
LINES = ("mode:vragenreeks", "type:klager", "Wat zou er vandaag moeten gebeuren zodat het nuttig was?",
         "Dat klinkt zwaar. Hoe houd je het vol?", "Wat zou je willen dat er anders wordt?",
         "Op een schaal van 0 tot 10, waar sta je nu?", "Wat maakt dat het geen 0 is?",
         "Wat zou een stapje hoger zijn?")
PG_BASE = os.environ.get("OEFENGESPREK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


async def updates_per_second(replicas: int, database_url: str, folder: Path) -> float:
    from tests.bot.replica_cluster import Cluster

    unlimited = {"TELEGRAM_MAX_PER_SECOND": "10000", "TELEGRAM_CHAT_INTERVAL": "0"}
    async with Cluster(database_url, folder, count=replicas, env=unlimited, max_connections=40,
                       global_per_second=10_000, chat_window=0.0) as cluster:
        emulator = cluster.emulator
        started = time.perf_counter()
        for line in LINES:
            for user in range(USERS):
                emulator.send_text(9_000_000 + replicas * 1000 + user, line)
        await emulator.wait_for(lambda: emulator.pending_updates() == 0, 300, "every update to be answered")
        elapsed = time.perf_counter() - started
    return USERS * len(LINES) / elapsed


def _schema_url(schema: str) -> str:
    return f"{PG_BASE}?options=-csearch_path%3D{schema}"


def run() -> dict[str, float]:
    import psycopg

    logging.getLogger("tornado.access").setLevel(logging.ERROR)  # the emulator's per-request lines

    try:
        with psycopg.connect(PG_BASE, autocommit=True, connect_timeout=3):
            pass
    except psycopg.Error as err:
        print(f"bench.replicas skipped: PostgreSQL at {PG_BASE} unreachable ({type(err).__name__})")
        return {}
    figures = {}
    for replicas in (1, 2):
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(PG_BASE, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        try:
            with tempfile.TemporaryDirectory() as folder:
                rate = asyncio.run(updates_per_second(replicas, _schema_url(schema), Path(folder)))
            figures[f"replicas_updates_per_s_{replicas}"] = round(rate, 1)
        finally:
            with psycopg.connect(PG_BASE, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}  {value}")
