"""Mutated flow and content files are accepted or rejected with `path:line:column` problems, never a crash.

Hypothesis takes one file of the minimal valid project (`tests/data/broken/base/`) and
breaks it: as text (delete, duplicate or re-indent a line, insert junk bytes or a tab,
truncate, swap two words) or as data (delete or rename a key, change a value's type, swap
two values). The loader must then either accept the project or raise `LoadError` whose
every problem reads `path:line:column: what is wrong; what was expected`.

100 examples in the normal run; set BROKEN_FILES_EXAMPLES=500 (or more) for the heavy run.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from dialogues.errors import LoadError
from dialogues.library import load_library

BASE = Path(__file__).resolve().parent.parent / "data" / "broken" / "base"
FILES = sorted(p.relative_to(BASE).as_posix() for p in BASE.rglob("*.yaml"))
ORIGINALS = {name: (BASE / name).read_bytes() for name in FILES}
EXAMPLES = int(os.environ.get("BROKEN_FILES_EXAMPLES", "100"))
PROBLEM = re.compile(r"^(?P<path>[^\n:]+):(?P<line>[1-9]\d*):(?P<column>[1-9]\d*): [^\n]+; [^\n]+$")

JUNK = st.binary(min_size=1, max_size=8) | st.sampled_from(
    [b"\t", b"\x00", b"\xff\xfe", b": ", b"- ", b"{", b"]", b"&a ", b"*a", b"!!python/object:os.system ",
     b"'", b'"', b"\n  ", b"? ", b"%YAML 1.1\n", b"---\n", b"<<: *a\n", "\u00e9".encode(), b"\xe9"]
)
WORDS = st.sampled_from(["welkom", "einde", "return", "flow:klant", "module:coping", "answer", "yes", "3",
                         "null", "[]", "{}", "~", "on", "2026-13-45", "!!int x", "&x", "*x", "x" * 70])


# -- text mutations --------------------------------------------------------------------
def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


@st.composite
def text_mutation(draw, data: bytes) -> bytes:
    lines = _lines(data)
    i = draw(st.integers(0, max(len(lines) - 1, 0)))
    kind = draw(st.sampled_from(["delete", "duplicate", "indent", "dedent", "tab", "junk", "truncate", "swap", "word"]))
    event(f"text: {kind}")
    if kind == "delete":
        del lines[i]
    elif kind == "duplicate":
        lines.insert(i, lines[i])
    elif kind == "indent":
        lines[i] = b" " * draw(st.integers(1, 5)) + lines[i]
    elif kind == "dedent":
        lines[i] = lines[i].lstrip(b" ")
    elif kind == "tab":
        lines[i] = b"\t" + lines[i]
    elif kind == "junk":
        at = draw(st.integers(0, len(data)))
        return data[:at] + draw(JUNK) + data[at:]
    elif kind == "truncate":
        return data[: draw(st.integers(0, len(data)))]
    elif kind == "swap":
        words = re.findall(rb"[a-z_:]{3,}", data)
        if len(words) >= 2:
            a, b = draw(st.sampled_from(words)), draw(st.sampled_from(words))
            return data.replace(a, b"\0SWAP\0").replace(b, a).replace(b"\0SWAP\0", b)
    elif kind == "word":
        tokens = re.findall(rb"[A-Za-z_.:]+", lines[i])
        if tokens:
            lines[i] = lines[i].replace(draw(st.sampled_from(tokens)), draw(WORDS).encode(), 1)
    return b"\n".join(lines)


# -- data mutations --------------------------------------------------------------------
def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, prefix + (key,))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _paths(inner, prefix + (i,))


def _parent(data, path):
    for part in path[:-1]:
        data = data[part]
    return data


@st.composite
def data_mutation(draw, data: bytes) -> bytes:
    tree = yaml.safe_load(data.decode("utf-8"))
    paths = [p for p in _paths(tree) if p]
    if not paths:
        return data
    path = draw(st.sampled_from(paths))
    parent, last = _parent(tree, path), path[-1]
    kind = draw(st.sampled_from(["delete", "rename", "retype", "swap"]))
    event(f"data: {kind}")
    if kind == "delete":
        del parent[last]
    elif kind == "rename" and isinstance(parent, dict):
        parent[draw(st.sampled_from(["sya", "to", "flow", "on", "x", "final", "ui.step", ""]))] = parent.pop(last)
    elif kind == "retype":
        parent[last] = draw(st.sampled_from([None, 7, 2.5, True, [], {}, ["a", 1], {"a": {"b": None}}, "", "x" * 80]))
    elif kind == "swap":
        other = draw(st.sampled_from(paths))
        try:
            other_parent = _parent(tree, other)
            parent[last], other_parent[other[-1]] = other_parent[other[-1]], parent[last]
        except (KeyError, IndexError, TypeError):
            return data
    return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False).encode("utf-8")


@st.composite
def mutated_file(draw) -> tuple[str, bytes]:
    name = draw(st.sampled_from(FILES))
    data = ORIGINALS[name]
    for _ in range(draw(st.integers(1, 3))):
        try:
            yaml.safe_load(data.decode("utf-8"))
            parsable = True
        except Exception:  # noqa: BLE001 - the harness only asks whether PyYAML can read it at all
            parsable = False
        strategy = text_mutation(data) | data_mutation(data) if parsable else text_mutation(data)
        data = draw(strategy)
    return name, data


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    root = tmp_path_factory.mktemp("mutations") / "project"
    shutil.copytree(BASE, root)
    return root


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
@given(mutated_file())
def test_a_mutated_file_is_accepted_or_rejected_with_located_problems(workdir, mutation):
    name, data = mutation
    target = workdir / name
    target.write_bytes(data)
    try:
        load_library(workdir)
        event("accepted")
    except LoadError as err:
        event("rejected")
        assert err.problems, "a LoadError carries at least one problem"
        for problem in err.problems:
            text = str(problem)
            assert PROBLEM.match(text), f"not 'path:line:column: what; expected': {text!r}"
            assert "\n" not in problem.message
            assert not Path(problem.path).is_absolute(), "paths are named relative to the validated folder"
    finally:
        target.write_bytes(ORIGINALS[name])


def test_the_mutation_base_is_valid_so_every_problem_comes_from_a_mutation():
    load_library(BASE)
