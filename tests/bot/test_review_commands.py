"""The review and privacy chat commands, as a Telegram user would type them, for each role."""

from __future__ import annotations

import json

import pytest

from bot.review.commands import FORGET, KEEP, ReviewCommands
from tests.bot.review_world import USER_TEXT, build_world
from tests.bot.store.backends import _shared_postgres, store, store_url  # noqa: F401  (fixtures)

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def world(store, library):  # noqa: F811
    return build_world(store, library)


@pytest.fixture
def commands(world):
    return ReviewCommands(world.review, retention_days=90)


def say(commands, world, role, text, lang="nl"):
    command, _, argument = text[1:].partition(" ")
    assert commands.handles(command)
    return commands.handle(command, argument, world.role(role), lang)


def test_mijnruns_lists_my_runs_newest_first_with_date_scenario_and_score(commands, world):
    (answer,) = say(commands, world, "trainee", "/mijnruns")
    lines = answer.text.splitlines()
    later = world.run + 3  # the world's fourth run
    assert lines[0].startswith("Jouw laatste oefengesprekken")
    assert lines[1:] == [f"#{later} · 2026-02-10 10:00 · energie · score 82",
                         f"#{world.run} · 2026-02-02 10:00 · huisuitzetting · score 70"]


def test_runs_is_refused_to_a_trainee_and_filters_for_a_supervisor(commands, world):
    (refused,) = say(commands, world, "trainee", "/runs")
    assert refused.text.startswith("Dat kan niet met jouw rol")
    (answer,) = say(commands, world, "supervisor", "/runs scenario:energie")
    assert [line.split(" · ")[0] for line in answer.text.splitlines()[1:]] == [f"#{world.run + 3}"]


def test_run_shows_the_annotated_transcript_only_to_who_may_see_it(commands, world):
    (answer,) = say(commands, world, "supervisor", f"/run {world.run}")
    assert f"Deelnemer: {USER_TEXT} (1)" in answer.text and "[Copingvraag" in answer.text
    (hidden,) = say(commands, world, "other_supervisor", f"/run {world.run}")
    assert hidden.text == f"Gesprek {world.run} bestaat niet (meer)."
    (usage,) = say(commands, world, "trainee", "/run laatste")
    assert usage.text.startswith("Gebruik: /run NUMMER")


def test_opmerking_pins_a_comment_for_the_supervisor_and_is_refused_to_the_trainee(commands, world):
    (done,) = say(commands, world, "supervisor", f"/opmerking {world.run} 2 Vat hier eerst samen.")
    assert done.text.startswith(f"Je opmerking staat bij beurt 2 van gesprek {world.run}")
    (refused,) = say(commands, world, "trainee", f"/opmerking {world.run} 2 zelf")
    assert refused.text.startswith("Dat kan niet")
    (usage,) = say(commands, world, "supervisor", "/opmerking twaalf")
    assert usage.text.startswith("Gebruik: /opmerking")
    (transcript,) = say(commands, world, "trainee", f"/run {world.run}")
    assert "💬 Vat hier eerst samen." in transcript.text


def test_export_sends_a_run_or_the_supervisors_group_as_an_html_file(commands, world):
    (run,) = say(commands, world, "trainee", f"/export {world.run}")
    assert run.document[0] == f"oefengesprek-{world.run}.html" and run.document[1].startswith(b"<!DOCTYPE html>")
    (group,) = say(commands, world, "supervisor", "/export")
    assert b"Groep Noord: overzicht" in group.document[1] and group.caption.startswith("Overzicht van groep Noord")
    (refused,) = say(commands, world, "trainee", "/export")
    assert refused.text.startswith("Dat kan niet") and refused.document is None


def test_export_takes_a_format_after_the_run_or_the_group(commands, world):
    (run,) = say(commands, world, "supervisor", f"/export {world.run} md")
    assert run.document[0] == f"oefengesprek-{world.run}.md" and not run.document[1].startswith(b"<!DOCTYPE")
    (group,) = say(commands, world, "supervisor", f"/export groep {world.noord} csv")
    assert group.document[0] == f"oefengesprek-groep-{world.noord}.csv"


def test_a_bare_groep_lists_my_groups_with_their_codes_or_explains_the_command(commands, world):
    (listed,) = say(commands, world, "trainee", "/groep")
    assert listed.text == f"• Noord ({world.code})"
    say(commands, world, "trainee", "/groep verlaat")
    (usage,) = say(commands, world, "trainee", "/groep")
    assert usage.text.startswith("Gebruik: /groep CODE")


def test_groep_creates_for_supervisors_and_joins_with_a_code(commands, world):
    (refused,) = say(commands, world, "trainee", "/groep nieuw Eigen groep")
    assert refused.text.startswith("Dat kan niet")
    (created,) = say(commands, world, "other_supervisor", "/groep nieuw Oost")
    code = created.text.rsplit(" ", 1)[1]
    (joined,) = say(commands, world, "trainee", f"/groep {code.lower()}")
    assert joined.text.startswith("Je bent lid van groep Oost")
    (unknown,) = say(commands, world, "trainee", "/groep XXXXXX")
    assert unknown.text == "Die groep of uitnodigingscode ken ik niet."


def test_voortgang_sends_a_picture_or_says_there_is_nothing_yet(commands, world):
    (picture,) = say(commands, world, "trainee", "/voortgang")
    assert picture.photo.startswith(PNG) and picture.caption.startswith("Jouw voortgang per week")
    (empty,) = say(commands, world, "admin", "/progress", "en")
    assert empty.text == "No practice runs yet."


def test_privacy_explains_in_plain_dutch_how_long_runs_are_kept(commands, world):
    (answer,) = say(commands, world, "trainee", "/privacy")
    assert "Oefengesprekken worden na 90 dagen automatisch gewist." in answer.text
    assert "Wie ziet het?" in answer.text


def test_mijngegevens_sends_everything_about_me_as_json(commands, world):
    (answer,) = say(commands, world, "trainee", "/mijngegevens")
    data = json.loads(answer.document[1])
    assert answer.document[0] == "mijn-gegevens.json" and len(data["runs"]) == 2


def test_vergeet_asks_first_and_erases_only_after_confirmation(commands, world):
    (question,) = say(commands, world, "trainee", "/vergeet")
    assert [value for _label, value in question.choices] == [FORGET, KEEP]
    (kept,) = commands.button(KEEP, world.trainee, "nl")
    assert kept.text == "Er is niets gewist." and len(world.review.my_runs(world.trainee)) == 2
    (erased,) = commands.button(FORGET, world.trainee, "nl")
    assert erased.text.startswith("Alles over jou is gewist (2 oefengesprekken)")
    assert world.review.my_runs(world.trainee) == []


def test_rol_tells_me_my_pseudonym_and_lets_only_an_admin_make_a_supervisor(commands, world, store):  # noqa: F811
    (me,) = say(commands, world, "other_trainee", "/rol")
    assert me.text.startswith("Je schuilnaam is other0, je rol: deelnemer.")
    (refused,) = say(commands, world, "supervisor", "/rol other0 begeleider")
    assert refused.text.startswith("Dat kan niet")
    (done,) = say(commands, world, "admin", "/rol other0 begeleider")
    assert done.text == "Rol aangepast naar begeleider."
    with store.transaction() as tx:
        assert tx.user("uother000000").role == "supervisor"
    (unknown,) = say(commands, world, "admin", "/rol zzzz begeleider")
    assert unknown.text == "Die gebruiker ken ik niet."
    (usage,) = say(commands, world, "admin", "/rol other0 koning")
    assert usage.text.startswith("Gebruik: /rol")


def test_groep_verlaat_ends_the_supervisors_view_of_my_runs(commands, world):
    (left,) = say(commands, world, "trainee", "/groep verlaat")
    assert left.text.startswith("Je bent uit Noord.")
    (hidden,) = say(commands, world, "supervisor", f"/run {world.run}")
    assert hidden.text == f"Gesprek {world.run} bestaat niet (meer)."
    (again,) = say(commands, world, "trainee", "/groep verlaat")
    assert again.text.startswith("Je bent nog geen lid van een groep")
