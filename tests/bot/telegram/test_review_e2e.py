"""Review and privacy rights on Telegram: own runs, a supervisor's group, my data, forget."""

from __future__ import annotations

import json

from tests.bot.telegram.conftest import ADMIN, catalog
from tests.bot.telegram.users import User

LINES = ["Ik kom hier omdat het moet van mijn moeder.", "/stop"]


async def practise(user: User) -> None:
    await user.say("/rondleiding")
    for line in LINES:
        await user.say(line)


async def test_a_trainee_sees_their_runs_a_transcript_and_their_data(emulator, start_bot, library):
    await start_bot()
    trainee = User(emulator, 6101)
    await practise(trainee)
    (runs,) = await trainee.say("/mijnruns")
    assert runs.text.startswith("#1 ")
    shown = await trainee.say("/run 1", quiet=0.3)
    assert LINES[0] in "\n".join(m.text for m in shown)
    (usage,) = await trainee.say("/run")
    assert usage.text == catalog(library, "telegram.review_usage.run")

    await trainee.say("/mijngegevens")
    (document,) = emulator.documents(trainee.id)
    data = json.loads(document.photo)
    assert document.filename == "mijngegevens.json" and LINES[0] in json.dumps(data, ensure_ascii=False)


async def test_a_trainee_cannot_read_someone_elses_run(emulator, start_bot, library):
    await start_bot()
    await practise(User(emulator, 6102))
    other = User(emulator, 6103)
    (refused,) = await other.say("/run 1")
    assert refused.text in (catalog(library, "review.messages.access_denied"),
                            catalog(library, "review.messages.run_not_found", run=1))


async def test_forget_asks_first_and_then_erases_everything(emulator, start_bot, library):
    await start_bot()
    trainee = User(emulator, 6104)
    await practise(trainee)
    (question,) = await trainee.say("/vergeet")
    assert question.text == catalog(library, "privacy.forget.confirm")
    (done,) = await trainee.tap(catalog(library, "privacy.forget.button_yes"))
    assert done.text == catalog(library, "privacy.forget.done", runs=1)
    (runs,) = await trainee.say("/mijnruns")
    assert runs.text == catalog(library, "review.messages.no_runs")


async def test_a_supervisor_makes_a_group_sees_its_runs_comments_and_exports(emulator, start_bot, library):
    await start_bot()
    supervisor, trainee = User(emulator, ADMIN), User(emulator, 6105)
    await supervisor.say("/start")  # the admin's first message makes them admin
    (created,) = await supervisor.say("/groep nieuw Team Noord")
    code = created.text.rsplit(" ", 1)[-1]
    (joined,) = await trainee.say(f"/groep {code}")
    assert joined.text == catalog(library, "review.messages.group_joined", name="Team Noord")
    await practise(trainee)
    (listing,) = await supervisor.say("/runs")
    run_id = int(listing.text.split()[0].lstrip("#"))
    (commented,) = await supervisor.say(f"/opmerking {run_id} 1 Mooi begin!")
    assert commented.text == catalog(library, "review.messages.comment_added", run=run_id, turn=1)
    await supervisor.say(f"/export {run_id} md")
    (export,) = emulator.documents(supervisor.id)
    assert "Mooi begin!" in export.photo.decode()


async def test_progress_is_a_picture_once_there_is_something_to_show(emulator, start_bot, library):
    await start_bot()
    trainee = User(emulator, 6106)
    (nothing,) = await trainee.say("/voortgang")
    assert nothing.text == catalog(library, "review.progress.none")
    await practise(trainee)
    await trainee.say("/voortgang", quiet=0.3, timeout=20)
    (picture,) = emulator.photos(trainee.id)
    assert picture.photo.startswith(b"\x89PNG")
