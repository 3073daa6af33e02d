"""Review and privacy rights on Telegram: own runs, a supervisor's group, my data, forget."""

from __future__ import annotations

import json

from tests.bot.telegram.conftest import ADMIN, catalog, template_pattern
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
    heading, first = runs.text.splitlines()[:2]
    assert heading == catalog(library, "review.messages.my_runs_heading") and first.startswith("#1 ")
    shown = await trainee.say("/run 1", quiet=0.3)
    assert LINES[0] in "\n".join(m.text for m in shown)
    (usage,) = await trainee.say("/run")
    assert usage.text == catalog(library, "review.messages.usage_run")

    await trainee.say("/mijngegevens")
    (document,) = emulator.documents(trainee.id)
    data = json.loads(document.photo)
    assert document.filename == "mijn-gegevens.json" and LINES[0] in json.dumps(data, ensure_ascii=False)
    assert document.caption == catalog(library, "privacy.mydata_caption")


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
    run_id = int(listing.text.splitlines()[1].split()[0].lstrip("#"))
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


async def test_a_newcomer_joins_by_code_lists_and_leaves_groups_and_an_admin_sets_roles(emulator, start_bot, library):
    await start_bot()
    admin, newcomer = User(emulator, ADMIN), User(emulator, 6107)
    (created,) = await admin.say("/groep nieuw Team Zuid")  # the admin's first message: admin at once
    code = created.text.rsplit(" ", 1)[-1]
    (joined,) = await newcomer.say(f"/groep {code}")  # a first message that is not /start
    assert joined.text == catalog(library, "review.messages.group_joined", name="Team Zuid")
    (listed,) = await newcomer.say("/groep")
    assert listed.text == f"• Team Zuid ({code})"
    (whoami,) = await newcomer.say("/rol")
    label = template_pattern(library, "review.messages.whoami").fullmatch(whoami.text).group(1)
    (promoted,) = await admin.say(f"/rol {label} begeleider")
    assert promoted.text == catalog(library, "review.messages.role_set", role="begeleider")
    (left,) = await newcomer.say("/groep verlaat")
    assert left.text == catalog(library, "review.messages.groups_left", names="Team Zuid")
    (again,) = await newcomer.say("/groep")
    assert again.text == catalog(library, "review.messages.usage_group")


async def test_forget_can_be_declined_and_then_nothing_is_erased(emulator, start_bot, library):
    await start_bot()
    trainee = User(emulator, 6108)
    await practise(trainee)
    await trainee.say("/vergeet")
    (kept,) = await trainee.tap(catalog(library, "privacy.forget.button_no"))
    assert kept.text == catalog(library, "privacy.forget.cancelled")
    (runs,) = await trainee.say("/mijnruns")
    assert runs.text.splitlines()[1].startswith("#1 ")


async def test_reading_the_privacy_text_stores_nothing_about_the_reader(emulator, start_bot, make_service, library):
    await start_bot()
    reader = User(emulator, 6109)
    (privacy,) = await reader.say("/privacy")
    assert privacy.text == catalog(library, "privacy.text", days=90)
    with make_service().store.transaction(read_only=True) as tx:
        assert tx.users() == []


async def test_a_comment_keeps_its_line_breaks(emulator, start_bot, library):
    await start_bot()
    supervisor, trainee = User(emulator, ADMIN), User(emulator, 6110)
    (created,) = await supervisor.say("/groep nieuw Team West")
    await trainee.say(f"/groep {created.text.rsplit(' ', 1)[-1]}")
    await practise(trainee)
    await supervisor.say("/opmerking 1 1 Eerste regel.\nTweede regel.")
    shown = await trainee.say("/run 1", quiet=0.3)
    assert "Eerste regel.\nTweede regel." in "\n".join(m.text for m in shown)
