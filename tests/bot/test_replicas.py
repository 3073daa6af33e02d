"""Two bot replicas on one PostgreSQL behind one proxy serve every user exactly as one process would.

The replicas are real `oefengesprek telegram --webhook` processes; Telegram is the Bot API
emulator delivering webhooks as Telegram does (one queue per chat, chats side by side,
retries); the proxy spreads requests over the replicas like `deploy/nginx.conf`. The
measure is a single process: the same lines through one `Conversations` service give the
messages each chat must show and the turns the run log must hold, each exactly once.
"""

from __future__ import annotations

import asyncio

import pytest
import pytest_asyncio

from bot.identity import Identity
from bot.service import Conversations
from bot.store import open_store
from tests.bot.replica_cluster import SECRET, Cluster
from tests.bot.store.backends import empty_database
from tests.bot.telegram.users import sent_texts

# One cluster for the module (starting two processes is most of the cost); the kill comes last.
pytestmark = [pytest.mark.postgres, pytest.mark.asyncio(loop_scope="module")]

SCRIPTS = {
    7001: ["mode:rondleiding", "Ik kom hier omdat het moet van mijn moeder.", "Ik weet het niet.",
           "Misschien dat ze me met rust laten.", "Vroeger ging het beter."],
    7002: ["mode:vragenreeks", "type:klager", "Wat zou er vandaag moeten gebeuren zodat het nuttig was?",
           "Dat klinkt zwaar. Hoe houd je het vol?", "Wat zou je willen dat er anders wordt?"],
    7003: ["mode:rondleiding", "Mijn baas stuurt me, ik zie het nut niet.", "Geen idee eigenlijk.",
           "Dat hij ophoudt met zeuren.", "Soms lukt het wel even."],
    7004: ["mode:vragenreeks", "type:bezoeker", "Van wie was het idee om hier te komen?",
           "Wat zou je moeder zeggen dat er anders moet?", "Wat zou het kleinste teken zijn dat het beter gaat?"],
}


@pytest.fixture(scope="module")
def database_url(tmp_path_factory):
    with empty_database("postgresql", tmp_path_factory.mktemp("replicas")) as url:
        yield url


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def cluster(database_url, tmp_path_factory):
    async with Cluster(database_url, tmp_path_factory.mktemp("cluster")) as running:
        yield running


def scripts(first_user: int) -> dict[int, list[str]]:
    """The four scripts, for users numbered from `first_user`."""
    return {first_user + i: lines for i, lines in enumerate(SCRIPTS.values())}


def one_process(engine, tmp_path, users: dict[int, list[str]]) -> tuple[dict[int, list[list[str]]], dict[int, list[str]]]:
    """What one process says to each line of every script, and the lines its run log holds, per user."""
    store = open_store(f"sqlite:///{tmp_path / 'reference.db'}")
    service = Conversations(engine, store, identity=Identity(SECRET.encode()), default_lang="nl")
    said: dict[int, list[list[str]]] = {}
    for user, lines in users.items():
        said[user] = []
        for number, line in enumerate(lines):
            reply = service.handle("telegram", str(user), line, chat_id=user, update_id=user * 100 + number)
            said[user].append(sent_texts(reply))  # as Telegram messages
    logged = logged_lines(store, users)
    store.close()
    return said, logged


def assert_logged_once_and_nothing_pending(database_url, users, logged) -> None:
    """The run log holds exactly the lines the users typed, and no reply waits in the outbox."""
    store = open_store(database_url)
    try:
        assert logged_lines(store, users) == logged
        with store.transaction(read_only=True) as tx:
            assert tx.pending() == []
    finally:
        store.close()


def logged_lines(store, users) -> dict[int, list[str]]:
    identity = Identity(SECRET.encode())
    logged = {}
    with store.transaction(read_only=True) as tx:
        for user in users:
            runs = sorted(tx.runs(user_ids=[identity.user_id("telegram", str(user))]), key=lambda r: r.id)
            logged[user] = [t.user_text for run in runs for t in tx.turns(run.id) if t.user_text]
    return logged


async def answered(cluster: Cluster, expected: dict[int, list[str]], timeout: float = 20.0) -> None:
    """Wait until every chat shows as many messages as one process sends, then a moment more."""
    emulator = cluster.emulator
    await emulator.wait_for(lambda: all(len(emulator.texts(u)) >= len(t) for u, t in expected.items()),
                            timeout, "every chat to be answered")
    await asyncio.sleep(0.4)  # anything sent twice would arrive now


def after(said: dict[int, list[list[str]]], lines: int) -> dict[int, list[str]]:
    """The messages each chat shows after its first `lines` lines were answered."""
    return {user: [text for reply in replies[:lines] for text in reply] for user, replies in said.items()}


def shown(cluster: Cluster, users) -> dict[int, list[str]]:
    return {user: cluster.emulator.texts(user) for user in users}


async def test_two_replicas_serve_users_typing_at_once_exactly_as_one_process(cluster, database_url, tmp_path, engine):
    users = scripts(7001)
    said, logged = one_process(engine, tmp_path, users)
    expected = after(said, 5)
    emulator, proxy = cluster.emulator, cluster.proxy
    # Every user types all five lines at once: Telegram holds each chat's next line until the
    # previous one is answered, and the proxy sends it to the other replica.
    for number in range(5):
        for user, lines in users.items():
            update_id = emulator.send_text(user, lines[number])
            if number == 2:  # Telegram retries this one while the first delivery still runs
                proxy.mirror(update_id)
    await answered(cluster, expected)
    assert shown(cluster, users) == expected, cluster.logs()

    replicas_per_chat = {user: {upstream for uid, upstream, _ in proxy.routes
                                if emulator.update_body(uid)["message"]["from"]["id"] == user}
                         for user in users}
    mirrored = [(uid, upstream, status) for uid, upstream, status in proxy.routes if uid in proxy.mirrored]
    assert all(len(upstreams) == 2 for upstreams in replicas_per_chat.values()), "each chat was served by both"
    assert len(mirrored) == 2 * len(users) and all(status == 200 for *_, status in mirrored)
    assert_logged_once_and_nothing_pending(database_url, users, logged)


async def test_killing_one_replica_mid_run_loses_nothing_and_the_other_carries_on(cluster, database_url, tmp_path, engine):
    users = scripts(8001)
    said, logged = one_process(engine, tmp_path, users)
    emulator, proxy = cluster.emulator, cluster.proxy
    victim = cluster.replicas[0]
    for number in range(2):
        for user, lines in users.items():
            emulator.send_text(user, lines[number])
    await answered(cluster, after(said, 2))

    # Telegram refuses replies for a moment, so the victim is mid-update (turn stored or not,
    # reply not sent) when it is killed; what it held goes to the other replica.
    refused = len(emulator.rejected)
    emulator.fail(500, methods={"sendMessage"})
    for user, lines in users.items():
        emulator.send_text(user, lines[2])
    await emulator.wait_for(lambda: proxy.in_flight[victim.url] > 0 and len(emulator.rejected) > refused,
                            10, "the victim to be handling a line")
    proxy.pass_on = False  # what the victim held comes back by Telegram's own retry
    await victim.kill()
    emulator.heal()
    for number in range(3, 5):
        for user, lines in users.items():
            emulator.send_text(user, lines[number])
    await answered(cluster, after(said, 5))

    assert shown(cluster, users) == after(said, 5), cluster.logs()
    cut_off = {uid for uid, upstream, status in proxy.routes if upstream == victim.url and status == 0}
    assert cut_off, "the kill cut off a request in flight"
    for update_id in cut_off:  # Telegram got a 502 for it, tried again, and the live replica answered
        assert [status for uid, status in emulator.webhook_posts if uid == update_id][-2:] == [502, 200]
    assert_logged_once_and_nothing_pending(database_url, users, logged)
