"""YAML documents that remember where each value stood, so errors can name `path:line:column`.

`load_document` never raises: whatever is wrong with a file (not UTF-8, binary junk, tabs,
bad syntax, unknown tags, recursive aliases, nesting too deep) becomes a `Problem` at the
place it was found, and the file is skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

Location = tuple[Any, ...]

MAX_NODES = 200_000  # far above any real file; stops alias "billion laughs" expansion
_STR = "tag:yaml.org,2002:str"
_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_TAG_NAMES = {
    "tag:yaml.org,2002:bool": "true or false",
    "tag:yaml.org,2002:int": "a whole number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:null": "nothing",
    "tag:yaml.org,2002:timestamp": "a date",
    "tag:yaml.org,2002:binary": "binary data",
}


@dataclass
class Document:
    """A parsed YAML file: plain Python data, and the node tree that knows where each value stood.

    Line and column are looked up only when a problem is reported (most files have none),
    by walking the composed nodes along the same keys and indexes as the data. A message
    about a key (unknown, duplicate, unreachable state) asks for the key's place (`key=True`).
    `marks` may pin places by hand (for documents built in code).
    """

    path: str
    data: Any
    marks: dict[Location, tuple[int, int]] = field(default_factory=dict)
    node: yaml.Node | None = field(default=None, repr=False)

    def where(self, location: Iterable[Any], *, key: bool = False) -> tuple[int, int]:
        """Line and column of the deepest node on `location` that exists in the file."""
        location = tuple(location)
        for end in range(len(location), -1, -1):
            if location[:end] in self.marks:
                return self.marks[location[:end]]
        node, found, key_mark = self.node, (1, 1), None
        if node is None:
            return found
        found = _mark(node)
        for part in location:
            if isinstance(node, yaml.MappingNode):
                pair = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part), None)
                if pair is None:
                    break
                key_mark, node = _mark(pair[0]), pair[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
            else:
                break
            found = _mark(node)
        return key_mark if key and key_mark is not None else found

    def problem(self, location: Iterable[Any], message: str, *, key: bool = False) -> Problem:
        line, column = self.where(location, key=key)
        return Problem(self.path, line, column, message)


class _TooLarge(Exception):
    pass


class _Builder:
    """Turns a composed node tree into data, reporting duplicate keys and unreadable values."""

    def __init__(self, doc: Document, problems: list[Problem]):
        self.doc = doc
        self.problems = problems
        self.scalars = yaml.constructor.SafeConstructor()
        self.count = 0
        self.open: set[int] = set()  # nodes being built: an alias back into one is a cycle
        self.damaged = False  # a value could not be read: checking the rest would only echo it

    def build(self, node: yaml.Node) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooLarge
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        if id(node) in self.open:
            self.problems.append(self._at(node, "an alias refers to a value that contains it; "
                                                "write the value out instead of using '*' here"))
            self.damaged = True
            return None
        if node.tag not in _PLAIN_TAGS:
            self.problems.append(self._at(node, f"unsupported YAML tag '{node.tag}'; remove the '!' tag"))
            self.damaged = True
            return None
        self.open.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node)
            return [self.build(item) for item in node.value]
        finally:
            self.open.discard(id(node))

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == _STR:
            return node.value  # the common case, as SafeConstructor would build it
        try:
            return self.scalars.construct_object(node, deep=True)
        except yaml.MarkedYAMLError as err:
            what = (err.problem or "unreadable value").split(";")[0]
            self.problems.append(self._at(node, f"YAML value: {what}; remove the '!' tag or quote the value"))
            self.damaged = True
        except (ValueError, TypeError, OverflowError, yaml.YAMLError):
            kind = _TAG_NAMES.get(node.tag, f"'{node.tag}'")
            self.problems.append(self._at(node, f"'{node.value[:40]}' cannot be read as {kind}; "
                                                "put it in quotes to keep it as text"))
        self.damaged = True
        return None

    def _mapping(self, node: yaml.MappingNode) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(self._at(key_node, "a key must be a plain word, not a list or mapping; "
                                                        "write 'name: value'"))
                self.damaged = True
                continue
            key = key_node.value  # keys stay text: YAML 1.1 would read `on:` as True
            if key == "<<":
                self.problems.append(self._at(key_node, "merge keys ('<<') are not supported; "
                                                        "write the keys out"))
                self.damaged = True
                continue
            if key in first_line:
                self.problems.append(self._at(
                    key_node, f"duplicate key '{key}' (first at line {first_line[key]}); each key may appear once "
                              "in a mapping: remove or rename one"))
                continue
            first_line[key] = key_node.start_mark.line + 1
            result[key] = self.build(value_node)
        return result

    def _at(self, node: yaml.Node, message: str) -> Problem:
        line, column = _mark(node)
        return Problem(self.doc.path, line, column, message)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of character `index` in `text`."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def read_text(path: Path, display: str, problems: list[Problem]) -> str | None:
    """The file as text, or None with a problem when it cannot be read as UTF-8."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        problems.append(Problem(display, 1, 1, f"cannot read the file ({err.strerror}); check it exists and is readable"))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        good = raw[: err.start].decode("utf-8", errors="replace")
        line, column = _position(good, len(good))
        problems.append(Problem(display, line, column, f"byte 0x{raw[err.start]:02x} is not UTF-8 text; "
                                                       "save the file as UTF-8"))
        return None


def load_document(path: Path, display: str, problems: list[Problem]) -> Document | None:
    """Parse one YAML file; on any problem, record it and return None (or a partial Document)."""
    text = read_text(path, display, problems)
    if text is None:
        return None
    return parse_document(text, display, problems)


def parse_document(text: str, display: str, problems: list[Problem]) -> Document | None:
    """Parse YAML text; what is wrong becomes problems, never an exception."""
    doc = Document(display, None)
    try:
        node = _compose(text)
    except yaml.reader.ReaderError as err:
        line, column = _position(text, err.position)
        problems.append(Problem(display, line, column, f"control character {_codepoint(err.character)} "
                                                       "is not allowed in YAML; remove it"))
        return None
    except yaml.MarkedYAMLError as err:
        problems.append(_syntax_problem(display, text, err))
        return None
    except yaml.YAMLError as err:
        problems.append(Problem(display, 1, 1, f"YAML syntax: {err}; check that the file is valid YAML"))
        return None
    except RecursionError:
        problems.append(Problem(display, 1, 1, "values are nested too deeply to read; flatten the file"))
        return None
    if node is None:
        problems.append(Problem(display, 1, 1, "the file is empty; expected a YAML mapping of keys to values"))
        return None
    doc.node = node
    builder = _Builder(doc, problems)
    try:
        doc.data = builder.build(node)
    except _TooLarge:
        problems.append(Problem(display, 1, 1, f"the file expands to more than {MAX_NODES} values "
                                               "(aliases?); write it out plainly"))
        return None
    except RecursionError:
        problems.append(Problem(display, 1, 1, "values are nested too deeply to read; flatten the file"))
        return None
    return None if builder.damaged else doc


_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str) -> yaml.Node | None:
    """Compose with libyaml when present (10x faster); on an error, ask the Python parser,
    whose messages and marks are the ones users see (and tests assert)."""
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


def _syntax_problem(display: str, text: str, err: yaml.MarkedYAMLError) -> Problem:
    mark = err.problem_mark or err.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = (err.problem or err.context or "malformed YAML").strip()
    if "'\\t'" in what or (mark and text[mark.index: mark.index + 1] == "\t"):
        return Problem(display, line, column, "a tab character; YAML indents with spaces only: replace the tab by spaces")
    context = f" ({err.context})" if err.context and err.problem else ""
    return Problem(display, line, column, f"YAML syntax: {what}{context}; check the indentation, "
                                          "colons and quotes on this line and the one before")


def _codepoint(character: int | str) -> str:
    return f"U+{character if isinstance(character, int) else ord(character):04X}"


def display_path(path: Path, root: Path) -> str:
    """The path as a user would name it: relative to the validated folder when inside it."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
