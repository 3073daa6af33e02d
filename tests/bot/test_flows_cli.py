"""`oefengesprek flows validate` and `oefengesprek flows graph`, as a trainer runs them."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from bot.cli import main
from dialogues.library import PROJECT_ROOT

BROKEN = Path("tests/data/broken")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=60)


def test_validate_prints_every_problem_and_exits_1():
    result = run("flows", "validate", str(BROKEN / "two_problems"))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "content/nl/werker.yaml:3:1: missing translation: 'werker.bedankt' has no text in content/en/; add it there",
        "flows/klager.yaml:21:30: unknown target state 'eind'; did you mean 'einde'? "
        "expected one of: welkom, erkenning, einde",
        "2 problem(s) found in tests/data/broken/two_problems.",
    ]


def test_the_shipped_project_validates():
    result = run("flows", "validate")
    assert result.stderr == ""
    assert result.returncode == 0
    assert result.stdout.startswith("ok: ")


def test_validate_of_a_missing_folder_says_so_without_a_traceback(capsys, tmp_path):
    assert main(["flows", "validate", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == f"{tmp_path / 'nowhere'}:1:1: folder not found; expected a folder holding flows/ and content/"
    assert "Traceback" not in err


def test_validate_of_binary_junk_says_so_without_a_traceback(capsys, tmp_path):
    root = tmp_path / "project"
    shutil.copytree(BROKEN / "base", root)
    (root / "content/en/werker.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["flows", "validate", str(root)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == "content/en/werker.yaml:1:1: byte 0x89 is not UTF-8 text; save the file as UTF-8"


def test_graph_prints_a_mermaid_state_diagram_of_a_shipped_flow(capsys, library):
    flow = library.flows["klager"]
    assert main(["flows", "graph", "klager"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:4] == ["---", f'title: "{library.lang("nl").text(flow.spec.title)}"', "---", "stateDiagram-v2"]
    body = [line.strip() for line in lines]
    assert f"[*] --> {flow.spec.initial}" in body
    for name, state in flow.spec.states.items():
        assert f'state "{name} [{state.phase}]" as {name}' in body
        if state.final:
            assert f"{name} --> [*]" in body
    edges = [line for line in body if " --> " in line and "[*]" not in line]
    first = flow.spec.initial
    answer = next(t for t in flow.transitions_of(first) if t.signal == "answer" and t.when is None)
    target = answer.to if answer.to in flow.spec.states else answer.to.replace(":", "__")
    assert any(line.startswith(f"{first} --> {target}: ") and "answer" in line for line in edges)


def test_graph_of_the_base_project_shows_conditions_and_exits(capsys):
    assert main(["flows", "graph", "klager", "--path", str(BROKEN / "base")]) == 0
    body = [line.strip() for line in capsys.readouterr().out.splitlines()]
    assert "welkom --> erkenning: answer [friction_high]" in body
    assert "welkom --> module__coping: overwhelmed" in body
    assert 'state "module__coping [module:coping]" as module__coping' in body
    assert "einde --> [*]" in body


def test_graph_of_an_unknown_flow_names_the_known_ones(capsys):
    assert main(["flows", "graph", "klagr", "--path", str(BROKEN / "base")]) == 2
    assert capsys.readouterr().err == "unknown flow 'klagr'; expected one of: bezoeker, coping, intake, klager, klant\n"


def test_graph_as_svg_needs_graphviz(capsys, tmp_path):
    output = tmp_path / "klager.svg"
    code = main(["flows", "graph", "klager", "--path", str(BROKEN / "base"), "--format", "svg", "-o", str(output)])
    has_graphviz = importlib.util.find_spec("graphviz") is not None and shutil.which("dot") is not None
    if has_graphviz:
        assert code == 0
        assert output.read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))
    else:
        assert code == 2
        assert not output.exists()
        err = capsys.readouterr().err
        assert err.startswith("cannot write SVG: ")
        assert "graphviz" in err and err.rstrip().endswith("Use --format mermaid, which needs nothing else.")
