"""Access rules: every review function, asked by every role, allows exactly what the rules say."""

from __future__ import annotations

import pytest

from bot.review import AccessDenied, NotFound, ReviewError
from bot.store import open_store
from tests.bot.review_world import USER_TEXT, build_world
from tests.bot.store.backends import (  # noqa: F401  (fixtures)
    BACKENDS,
    _shared_postgres,
    empty_database,
    store,
    store_url,
)

ROLES = ("trainee", "other_trainee", "supervisor", "other_supervisor", "admin")


@pytest.fixture(scope="module", params=BACKENDS)
def world(request, library, tmp_path_factory):
    """One populated store per backend, shared by the read-only checks of this module."""
    with empty_database(request.param, tmp_path_factory.mktemp("world")) as url:
        opened = open_store(url)
        yield build_world(opened, library)
        opened.close()


@pytest.fixture(autouse=True)
def _no_pictures(monkeypatch):
    """Drawing is tested with the exports; here it would only cost time."""
    monkeypatch.setattr("bot.review.exports.run_picture", lambda debrief: None)


@pytest.fixture
def fresh_world(store, library):  # noqa: F811
    """A populated store of its own, for checks that write (comments, groups, roles)."""
    return build_world(store, library)


def _allowed(call) -> bool:
    try:
        call()
    except (AccessDenied, NotFound):
        return False
    return True


SEES_TRAINEE_RUN = {"trainee": True, "other_trainee": False, "supervisor": True, "other_supervisor": False,
                    "admin": True}


@pytest.mark.parametrize("role", ROLES)
def test_a_trainees_transcript_is_seen_by_them_their_supervisor_and_admin_only(world, role):
    viewer = world.role(role)
    assert _allowed(lambda: world.review.transcript(viewer, world.run)) == SEES_TRAINEE_RUN[role]


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "json"])
@pytest.mark.parametrize("role", ROLES)
def test_exporting_a_run_follows_the_same_rule_in_every_format(world, role, fmt):
    viewer = world.role(role)
    assert _allowed(lambda: world.review.export_run(viewer, world.run, fmt)) == SEES_TRAINEE_RUN[role]


@pytest.mark.parametrize("role,allowed", [("trainee", False), ("other_trainee", False), ("supervisor", True),
                                          ("other_supervisor", False), ("admin", True)])
def test_only_the_groups_supervisor_and_admin_comment_on_a_trainees_run(world, role, allowed):
    viewer = world.role(role)
    assert _allowed(lambda: world.review.comment(viewer, world.run, 1, "Mooie copingvraag.")) == allowed


@pytest.mark.parametrize("role,expected", [
    ("trainee", None), ("other_trainee", None),
    ("supervisor", {"run", "own_run", "trainee_later"}), ("other_supervisor", {"other_run"}),
    ("admin", {"run", "own_run", "other_run", "trainee_later"}),
])
def test_group_run_lists_hold_only_the_supervisors_own_groups(world, role, expected):
    viewer = world.role(role)
    if expected is None:
        with pytest.raises(AccessDenied):
            world.review.group_runs(viewer)
        return
    ids = {s.run.id for s in world.review.group_runs(viewer)}
    names = {"run": world.run, "own_run": world.own_run, "other_run": world.other_run}
    later = ids - set(names.values())
    assert {n for n, i in names.items() if i in ids} | ({"trainee_later"} if later else set()) == expected


@pytest.mark.parametrize("role,allowed", [("trainee", False), ("other_trainee", False), ("supervisor", True),
                                          ("other_supervisor", False), ("admin", True)])
def test_a_group_export_and_overview_are_for_its_supervisor_and_admin(world, role, allowed):
    viewer = world.role(role)
    assert _allowed(lambda: world.review.export_group(viewer, world.noord, "csv")) == allowed
    assert _allowed(lambda: world.review.group_report(viewer, world.noord)) == allowed
    assert _allowed(lambda: world.review.group_runs(viewer, group_id=world.noord)) == allowed


@pytest.mark.parametrize("role", ROLES)
def test_progress_of_a_trainee_is_visible_like_their_runs(world, role):
    viewer = world.role(role)
    assert _allowed(lambda: world.review.progress(viewer, "utrainee000")) == SEES_TRAINEE_RUN[role]
    if not SEES_TRAINEE_RUN[role]:
        assert not _allowed(lambda: world.review.progress_picture(viewer, "utrainee000"))


@pytest.mark.parametrize("role", ROLES)
def test_my_runs_are_always_only_my_own(world, role):
    viewer = world.role(role)
    owners = {s.run.user_id for s in world.review.my_runs(viewer)}
    assert owners <= {viewer.user_id}


@pytest.mark.parametrize("role,allowed", [("trainee", False), ("other_trainee", False), ("supervisor", True),
                                          ("other_supervisor", True), ("admin", True)])
def test_creating_a_group_needs_the_supervisor_role(world, role, allowed):
    assert _allowed(lambda: world.review.create_group(world.role(role), "Nieuw")) == allowed


@pytest.mark.parametrize("role,allowed", [("trainee", False), ("other_trainee", False), ("supervisor", False),
                                          ("other_supervisor", False), ("admin", True)])
def test_only_an_admin_sets_roles(world, role, allowed):
    assert _allowed(lambda: world.review.set_role(world.role(role), "uspare000000", "supervisor")) == allowed
    assert _allowed(lambda: world.review.find_user(world.role(role), "spare0")) == allowed


@pytest.mark.parametrize("role", ROLES)
def test_a_users_data_export_holds_only_their_own_runs(world, role):
    viewer = world.role(role)
    data = world.review.my_data(viewer)
    assert data["user"]["pseudonym"] == viewer.user_id
    mine = {s.run.id for s in world.review.my_runs(viewer)}
    assert {r["run"] for r in data["runs"]} == mine


def test_a_trainee_cannot_filter_by_trainee_or_group(world):
    with pytest.raises(AccessDenied):
        world.review.runs(world.trainee, trainee="uother")
    assert {s.run.user_id for s in world.review.runs(world.trainee)} == {"utrainee000"}


def test_joining_with_an_invite_code_never_grants_reviewing_rights(fresh_world):
    fresh_world.review.join_group(fresh_world.other_supervisor, fresh_world.code)
    assert not _allowed(lambda: fresh_world.review.export_group(fresh_world.other_supervisor, fresh_world.noord, "json"))
    assert not _allowed(lambda: fresh_world.review.transcript(fresh_world.other_supervisor, fresh_world.run))


def test_a_comment_is_pinned_to_its_turn_and_the_trainee_sees_it(fresh_world):
    fresh_world.review.comment(fresh_world.supervisor, fresh_world.run, 1, "Mooie copingvraag, vraag nog door.")
    transcript = fresh_world.review.transcript(fresh_world.trainee, fresh_world.run)
    (turn,) = [t for t in transcript.turns if t.comments]
    assert turn.number == 1 and turn.user_text == f"{USER_TEXT} (1)"
    assert [c.text for c in turn.comments] == ["Mooie copingvraag, vraag nog door."]


def test_a_comment_on_a_turn_that_does_not_exist_is_refused(world):
    with pytest.raises(NotFound) as caught:
        world.review.comment(world.supervisor, world.run, 99, "x")
    assert caught.value.key == "review.messages.turn_not_found"
    with pytest.raises(ReviewError):
        world.review.comment(world.supervisor, world.run, 1, "   ")


def test_the_supervisor_filters_runs_by_trainee_and_scenario(world):
    by_scenario = world.review.group_runs(world.supervisor, scenario="energie")
    assert {s.run.user_id for s in by_scenario} == {"utrainee000"}
    by_trainee = world.review.group_runs(world.supervisor, trainee="trainee000"[:6])
    assert by_trainee == [] or {s.run.user_id for s in by_trainee} == {"utrainee000"}
    label = world.review.my_runs(world.trainee)[0].trainee
    assert {s.run.user_id for s in world.review.group_runs(world.supervisor, trainee=label)} == {"utrainee000"}
