"""Exports and progress: what a reviewer reads in HTML, Markdown, CSV and JSON, and the weekly picture."""

from __future__ import annotations

import csv
import io
import json
import sys
import types

import pytest

from bot.identity import Identity
from bot.service import Conversations
from tests.bot.review_world import USER_TEXT, build_world
from tests.bot.store.backends import _shared_postgres, store, store_url  # noqa: F401  (fixtures)

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def world(store, library):  # noqa: F811
    return build_world(store, library)


def test_the_html_report_tags_each_turn_and_holds_comments_and_the_debrief(world):
    world.review.comment(world.supervisor, world.run, 1, "Sterk: je vraagt naar wat wél lukt.")
    html = world.review.export_run(world.supervisor, world.run, "html", "nl").content
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nl">' in html
    assert f"{USER_TEXT} (1)" in html
    assert '<span class="technique">Copingvraag (80%)</span>' in html
    assert '<span class="anti">' in html  # advies is marked as a pitfall
    assert "huidige situatie" in html and "wrijving 2" in html
    assert "Sterk: je vraagt naar wat wél lukt." in html
    assert "Nabespreking" in html and "@media print" in html


def test_user_text_is_escaped_in_html_and_neutralised_in_csv(world, store):  # noqa: F811
    with store.transaction() as tx:
        from datetime import UTC, datetime

        tx.append_turn(world.run, datetime(2026, 2, 2, 10, 30, tzinfo=UTC), mode="oefenen", scenario=None,
                       state_before={}, state_after={}, technique=None, confidence=None,
                       user_text='<script>alert(1)</script> =HYPERLINK("x")', bot_texts=["ok"], events=[])
    html = world.review.export_run(world.admin, world.run, "html").content
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    rows = list(csv.DictReader(io.StringIO(world.review.export_run(world.admin, world.run, "csv").content)))
    assert rows[-1]["user_text"].startswith("<script>")
    markdown = world.review.export_run(world.admin, world.run, "md").content
    assert "<script>" not in markdown


def test_a_formula_typed_by_a_user_is_not_a_formula_in_the_csv(world, store):  # noqa: F811
    with store.transaction() as tx:
        from datetime import UTC, datetime

        tx.append_turn(world.run, datetime(2026, 2, 2, 10, 30, tzinfo=UTC), mode="oefenen", scenario=None,
                       state_before={}, state_after={}, technique=None, confidence=None,
                       user_text='=HYPERLINK("http://x")', bot_texts=["ok"], events=[])
    rows = list(csv.DictReader(io.StringIO(world.review.export_run(world.admin, world.run, "csv").content)))
    assert rows[-1]["user_text"] == "'=HYPERLINK(\"http://x\")"


def test_the_csv_has_one_row_per_turn(world):
    rows = list(csv.DictReader(io.StringIO(world.review.export_run(world.trainee, world.run, "csv").content)))
    assert [r["turn"] for r in rows] == ["0", "1", "2", "3"]
    assert rows[1]["technique"] == "copingvraag" and rows[1]["phase"] == "huidige_situatie"
    assert json.loads(rows[1]["client"]) == {"friction": 2, "hope": 1}


def test_the_json_export_is_the_whole_annotated_run(world):
    data = json.loads(world.review.export_run(world.trainee, world.run, "json").content)
    assert (data["run"], data["score"], data["end_reason"]) == (world.run, 70.0, "stop")
    assert [t["technique"] for t in data["turns"]] == [None, "copingvraag", "erkenning", "advies"]


def test_the_markdown_export_reads_as_a_report(world):
    markdown = world.review.export_run(world.trainee, world.run, "md", "en").content
    assert markdown.startswith(f"# Practice run {world.run}")
    assert "### Turn 1" in markdown and "Coping question" in markdown or "copingvraag" in markdown.lower()


def test_the_run_picture_is_embedded_when_the_picture_module_draws_one(world, monkeypatch):
    fake = types.ModuleType("bot.pictures")
    fake.render_run = lambda debrief: PNG + b"fake"
    monkeypatch.setitem(sys.modules, "bot.pictures", fake)
    html = world.review.export_run(world.trainee, world.run, "html").content
    assert '<img src="data:image/png;base64,iVBORw0KGgpmYWtl"' in html


def test_the_group_report_gives_per_trainee_runs_scores_and_technique_mix(world):
    report = world.review.group_report(world.supervisor, world.noord)
    by_trainee = {s.trainee: s for s in report.overview}
    (trainee,) = [s for s in report.overview if s.runs]
    assert trainee.runs == 2 and trainee.mean_score == 76.0
    assert trainee.techniques == {"copingvraag": 2, "erkenning": 1, "advies": 1, "hoopvraag": 1}
    assert len(by_trainee) == 1  # the supervisor is not listed as a trainee
    html = world.review.export_group(world.supervisor, world.noord, "html").content
    assert "Groep Noord: overzicht" in html and "Copingvraag ×2" in html
    rows = list(csv.DictReader(io.StringIO(world.review.export_group(world.supervisor, world.noord, "csv").content)))
    assert {r["run"] for r in rows} == {str(s.run.id) for s in world.review.group_runs(world.supervisor,
                                                                                      group_id=world.noord)}
    data = json.loads(world.review.export_group(world.supervisor, world.noord, "json").content)
    assert data["group"] == "Noord" and data["overview"][0]["runs"] == 2


def test_progress_gives_score_and_technique_mix_per_week_and_a_picture(world):
    weeks = world.review.progress(world.trainee)
    assert [w.week for w in weeks] == ["2026-W06", "2026-W07"]
    assert [w.mean_score for w in weeks] == [70.0, 82.0]
    assert weeks[1].techniques == {"copingvraag": 1, "hoopvraag": 1}
    assert world.review.progress_picture(world.trainee).startswith(PNG)


def test_no_export_or_data_file_holds_the_telegram_id(engine, store, library):  # noqa: F811
    from bot.review import Review

    telegram_id = "987654321"
    service = Conversations(engine, store, identity=Identity(b"test-secret-0123456789"), default_lang="nl")
    service.start("telegram", telegram_id, "vragenreeks", interaction_type="klant", chat_id=int(telegram_id))
    service.handle("telegram", telegram_id, "Wat wil je bereiken?", chat_id=int(telegram_id))
    review = Review(store, library)
    viewer = review.viewer(service.user_id("telegram", telegram_id))
    (summary,) = review.my_runs(viewer)
    outputs = [review.export_run(viewer, summary.run.id, fmt).content for fmt in ("html", "md", "csv", "json")]
    outputs.append(json.dumps(review.my_data(viewer)))
    assert all(telegram_id not in text for text in outputs)
    assert json.loads(outputs[-1])["user"]["chat_id_kept_for_delivery"] is True


def test_the_plain_text_transcript_tags_each_turn_for_a_chat_or_terminal(world):
    from bot.review.exports import run_text, summary_line

    world.review.comment(world.supervisor, world.run, 1, "Goed doorgevraagd.")
    labels = world.review.labels("nl")
    text = run_text(world.review.transcript(world.trainee, world.run), labels)
    assert f"Deelnemer: {USER_TEXT} (1)\n[Copingvraag · huidige situatie · klager, wrijving 2, hoop 1]" in text
    assert "  💬 Goed doorgevraagd." in text
    (summary,) = [s for s in world.review.my_runs(world.trainee) if s.run.id == world.run]
    assert summary_line(summary.run, None, labels) == f"#{world.run} · 2026-02-02 10:00 · huisuitzetting · score 70"


def test_a_scenario_is_named_by_its_title_and_by_its_id_once_it_is_gone(world):
    labels = world.review.labels("nl")
    known = next(iter(world.review.library.scenarios))
    assert labels.scenario(known) == world.review.library.scenarios[known].text("nl").title
    assert labels.scenario("huisuitzetting") == "huisuitzetting"
