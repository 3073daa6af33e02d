"""`oefengesprek chat` logs terminal runs under the local user; `oefengesprek runs …` reviews them offline."""

from __future__ import annotations

import csv
import io
import json
import logging

import pytest

from bot.cli import main

SCRIPT = [
    "Wat zou voor jou nuttig zijn om hier te bespreken?",
    "Hoe heb je het tot nu toe volgehouden?",
    "/stop",
]


@pytest.fixture
def env(tmp_path, monkeypatch, library):
    # The shipped library, loaded once per test session instead of once per command.
    monkeypatch.setattr("bot.commands.chat.load_library", lambda: library)
    monkeypatch.setattr("dialogues.library.load_library", lambda *a: library)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'runs.db'}")
    monkeypatch.setenv("OEFENGESPREK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("OEFENGESPREK_SECRET", "cli-test-secret-0123456789")
    monkeypatch.setenv("OEFENGESPREK_LANG", "nl")
    monkeypatch.delenv("OEFENGESPREK_ADMIN", raising=False)
    return tmp_path


def chat(monkeypatch, lines, *args):
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    assert main(["chat", *args]) == 0


def runs(capsys, *args) -> str:
    capsys.readouterr()
    code = main(["runs", *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_a_terminal_run_is_logged_and_listed_for_the_local_user(env, monkeypatch, capsys):
    chat(monkeypatch, SCRIPT, "--mode", "vragenreeks", "--type", "klager")
    (listed,) = json.loads(runs(capsys, "list", "--json"))
    assert (listed["mode"], listed["interaction_type"], listed["end_reason"]) == ("vragenreeks", "klager", "stop")
    assert listed["turns"] == 4
    shown = json.loads(runs(capsys, "show", str(listed["run"]), "--json"))
    assert [t["user_text"] for t in shown["turns"]] == [None, *SCRIPT]
    assert shown["turns"][1]["technique"] is not None


def test_a_run_exports_in_every_format_to_stdout_or_a_file(env, monkeypatch, capsys):
    chat(monkeypatch, SCRIPT, "--mode", "vragenreeks", "--type", "klager")
    run_id = str(json.loads(runs(capsys, "list", "--json"))[0]["run"])
    html = runs(capsys, "export", run_id, "--format", "html")
    assert html.startswith("<!DOCTYPE html>") and "Hoe heb je het tot nu toe volgehouden?" in html
    rows = list(csv.DictReader(io.StringIO(runs(capsys, "export", run_id, "--format", "csv"))))
    assert [r["turn"] for r in rows] == ["0", "1", "2", "3"]
    runs(capsys, "export", run_id, "--format", "json", "-o", str(env / "run.json"))
    assert json.loads((env / "run.json").read_text())["run"] == int(run_id)
    assert "# " in runs(capsys, "export", run_id, "--format", "md")


def test_the_local_trainee_cannot_comment_but_acting_as_admin_can(env, monkeypatch, capsys):
    chat(monkeypatch, SCRIPT, "--mode", "vragenreeks", "--type", "klager")
    run_id = str(json.loads(runs(capsys, "list", "--json"))[0]["run"])
    assert main(["runs", "comment", run_id, "1", "goede", "vraag"]) == 1
    assert "Dat kan niet met jouw rol" in capsys.readouterr().err
    runs(capsys, "comment", run_id, "1", "Goede", "nuttigheidsvraag.", "--as", "admin")
    shown = json.loads(runs(capsys, "show", run_id, "--json"))
    assert shown["turns"][1]["comments"][0]["text"] == "Goede nuttigheidsvraag."


def test_a_trainee_may_not_list_group_runs_or_make_groups(env, capsys):
    assert main(["runs", "list", "--group", "1"]) == 1
    assert main(["runs", "group-new", "Team"]) == 1
    out = runs(capsys, "group-new", "Team", "Noord", "--as", "supervisor")
    assert "Groep Team Noord is gemaakt" in out
    assert "Team Noord" in runs(capsys, "groups")
    assert "Je bent nog geen lid van een groep" in runs(capsys, "group-leave")  # an owner is no trainee


def test_mydata_and_forget_cover_the_local_user(env, monkeypatch, capsys):
    chat(monkeypatch, SCRIPT, "--mode", "vragenreeks", "--type", "klager")
    data = json.loads(runs(capsys, "mydata"))
    assert len(data["runs"]) == 1 and data["user"]["channel"] == "terminal"
    assert main(["runs", "forget"]) == 2  # asks for --yes first
    assert "gewist (1 oefengesprekken)" in runs(capsys, "forget", "--yes")
    assert json.loads(runs(capsys, "list", "--json")) == []


def test_the_first_admin_is_set_from_the_cli_by_telegram_id(env, capsys):
    pseudonym = runs(capsys, "admin", "424242").strip()
    assert pseudonym.startswith("u") and "424242" not in pseudonym


def test_no_message_text_telegram_id_or_token_reaches_the_log(env, monkeypatch, capsys, caplog, engine):
    """A full scripted session at DEBUG: the log must hold no user text, bot text, Telegram id or token."""
    token = "123456:SECRET-token-ABCdef"
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)
    caplog.set_level(logging.DEBUG)
    distress = "ik wil er een eind aan maken"
    chat(monkeypatch, ["Wat zou voor jou nuttig zijn?", distress, "safety:continue", "/hint", "/stop"],
         "--mode", "vragenreeks", "--type", "bezoeker")
    chat(monkeypatch, ["mode:rondleiding", "het ligt aan de woningcorporatie", "ik weet het niet"])
    from bot.identity import Identity
    from bot.service import Conversations
    from bot.store import open_store

    store = open_store(f"sqlite:///{env / 'runs.db'}")
    service = Conversations(engine, store, identity=Identity(b"cli-test-secret-0123456789"), default_lang="nl")
    service.menu("telegram", "987654321", chat_id=987654321)
    reply = service.handle("telegram", "987654321", "mode:vragenreeks", chat_id=987654321, update_id=5)
    service.handle("telegram", "987654321", "mode:vragenreeks", chat_id=987654321, update_id=5)
    store.close()
    for command in (["list", "--as", "admin"], ["show", "1"], ["export", "1", "--format", "html"]):
        runs(capsys, *command)
    log_text = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    assert caplog.records, "the session logged nothing at DEBUG; the check would prove nothing"
    for secret in ("nuttig zijn", distress, "woningcorporatie", "987654321", token, "SECRET-token",
                   *(t[:40] for t in reply.texts if len(t) > 20)):
        assert secret not in log_text


def test_an_unreachable_or_unsupported_database_is_a_message_not_a_traceback(env, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert main(["runs", "list"]) == 2
    assert "cannot open the run store (postgresql)" in capsys.readouterr().err
    monkeypatch.setenv("DATABASE_URL", "mongodb://x")
    monkeypatch.setattr("sys.stdin", io.StringIO("hallo\n"))
    assert main(["chat"]) == 2
    assert "DATABASE_URL=mongodb:… is not supported" in capsys.readouterr().err
