"""YAML documents that remember where each value stood, so errors can name `path:line:column`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

Location = tuple[Any, ...]


@dataclass
class Document:
    """A parsed YAML file: plain Python data plus the 1-based line/column of every node."""

    path: str
    data: Any
    marks: dict[Location, tuple[int, int]] = field(default_factory=dict)

    def where(self, location: Iterable[Any]) -> tuple[int, int]:
        """Line and column of the deepest node on `location` that exists in the file."""
        location = tuple(location)
        while location not in self.marks and location:
            location = location[:-1]
        return self.marks.get(location, (1, 1))

    def problem(self, location: Iterable[Any], message: str) -> Problem:
        line, column = self.where(location)
        return Problem(self.path, line, column, message)


class _Builder:
    """Turns a composed node tree into data, recording marks and duplicate keys."""

    def __init__(self, doc: Document, problems: list[Problem]):
        self.doc = doc
        self.problems = problems
        self.scalars = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, location: Location) -> Any:
        self.doc.marks[location] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, location)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, location + (i,)) for i, item in enumerate(node.value)]
        return self.scalars.construct_object(node, deep=True)

    def _mapping(self, node: yaml.MappingNode, location: Location) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(self._at(key_node, "a mapping key must be a plain word; use a string key"))
                continue
            key = key_node.value  # keys stay text: YAML 1.1 would read `on:` as True
            if key in result:
                self.problems.append(
                    self._at(key_node, f"duplicate key '{key}'; each key may appear once in a mapping")
                )
                continue
            result[key] = self.build(value_node, location + (key,))
        return result

    def _at(self, node: yaml.Node, message: str) -> Problem:
        return Problem(self.doc.path, node.start_mark.line + 1, node.start_mark.column + 1, message)


def load_document(path: Path, display: str, problems: list[Problem]) -> Document | None:
    """Parse one YAML file; on a syntax error, record it as a problem and return None."""
    doc = Document(display, None)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        problems.append(Problem(display, 1, 1, f"file is not UTF-8 text ({err.reason}); save it as UTF-8"))
        return None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = err.problem or err.context or "malformed YAML"
        problems.append(Problem(display, line, column, f"YAML syntax: {what}; fix the indentation or quoting here"))
        return None
    except yaml.YAMLError as err:
        problems.append(Problem(display, 1, 1, f"YAML syntax: {err}; check the file is valid YAML"))
        return None
    if node is None:
        problems.append(Problem(display, 1, 1, "file is empty; expected a YAML mapping"))
        return None
    try:
        doc.data = _Builder(doc, problems).build(node, ())
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problems.append(Problem(display, line, column, f"YAML value: {getattr(err, 'problem', err)}; use a plain value"))
        return None
    return doc


def display_path(path: Path, root: Path) -> str:
    """The path as a user would name it: relative to the project root when inside it."""
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)
