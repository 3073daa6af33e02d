"""The shape of flow and content files (pass one of validation), as strict pydantic models.

Models are strict (no coercion: `to: yes` is a boolean, not the text "yes") and forbid
unknown fields. `validate` turns pydantic's errors into `Problem`s that say what is wrong
and what was expected, at the line and column of the offending value (or key).
"""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, ClassVar, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import Problem
from .vocabulary import InteractionType, Phase
from .yamldoc import Document


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, strict=True)
    shape: ClassVar[str] = "a mapping"  # how a message describes what was expected


class Transition(Strict):
    """On `signal`, go `to` a state of this flow, `flow:<id>`, `module:<id>` or `return`."""

    shape: ClassVar[str] = "a mapping like {signal: answer, to: next_state}"
    signal: str
    to: str
    when: str | None = Field(default=None, alias="if")


class Drill(Strict):
    """What a vragenreeks step shows: the situation, the client's words, the fitting techniques."""

    shape: ClassVar[str] = "a mapping with situation, client, expects and why"
    situation: str
    client: str
    expects: list[str] = Field(min_length=1)
    why: str


class State(Strict):
    shape: ClassVar[str] = "a mapping with phase, step, say and on"
    phase: Phase
    step: str
    say: str | None = None
    drill: Drill | None = None
    on: list[Transition] = []
    final: bool = False


class Flow(Strict):
    shape: ClassVar[str] = "a mapping that starts with 'flow: <id>'"
    flow: str
    kind: Literal["intake", "interaction", "module"]
    title: str
    interaction_type: InteractionType | None = None
    indicated_by: list[str] = []
    only_for: list[InteractionType] = []
    initial: str
    on: list[Transition] = []
    states: dict[str, State] = Field(min_length=1)


class Question(Strict):
    """One question of the bank, in the language of the file, tagged for the method."""

    shape: ClassVar[str] = "a mapping with id, text, types, phase, step, technique and source"
    id: str
    text: str
    types: list[InteractionType] = Field(min_length=1)
    phase: Phase
    step: str
    technique: str
    source: str = Field(pattern=r"^00[0-4]$")
    note: str | None = None


class QuestionBank(Strict):
    shape: ClassVar[str] = "a mapping with the key 'questions'"
    questions: list[Any]  # each entry is validated on its own, so one bad question hides no other


class Technique(Strict):
    shape: ClassVar[str] = "a mapping with name, explanation and exemplars"
    name: str
    explanation: str
    exemplars: list[str] = Field(min_length=1)
    cues: list[str] = []


class Signal(Strict):
    """What identifies a rondleiding signal in a user's answer."""

    shape: ClassVar[str] = "a mapping with exemplars, cues and/or exact"
    exemplars: list[str] = []
    cues: list[str] = []
    exact: list[str] = []


class Contact(Strict):
    shape: ClassVar[str] = "a mapping with name, phone and hours"
    name: str
    phone: list[str] = []
    chat: str | None = None
    hours: str
    free: bool | None = None


class Resources(Strict):
    shape: ClassVar[str] = "a mapping with checked, countries and emergency"
    checked: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    countries: dict[str, list[Contact]]
    emergency: str


PATTERNS = {  # what a pattern-checked field expects, in words
    "source": "a seed number from 000 to 004, in quotes (source: '002')",
    "checked": "a date written as 'YYYY-MM-DD', in quotes",
}


def validate(
    model: type[BaseModel], doc: Document, problems: list[Problem], location: tuple = ()
) -> Any:
    """Validate `doc.data` (or the part at `location`) against `model`, recording problems."""
    data = doc.data
    for key in location:
        data = data[key]
    try:
        return model.model_validate(data)
    except ValidationError as err:
        problems.extend(_problem(doc, model, location, e) for e in err.errors())
        return None


def _problem(doc: Document, model: type[BaseModel], location: tuple, error: Any) -> Problem:
    loc = tuple(error["loc"])
    kind, value = error["type"], error.get("input")
    name = _field_name(location + loc)
    if kind == "extra_forbidden":
        allowed = _fields(_model_at(model, loc[:-1]))
        hint = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        fix = f"did you mean '{hint[0]}'? " if hint else "remove it or check its spelling; "
        return doc.problem(location + loc, f"unknown field '{loc[-1]}'; {fix}allowed here: {', '.join(allowed)}", key=True)
    if kind == "missing":
        where = f" in '{_field_name(loc[:-1])}'" if _field_name(loc[:-1]) else ""
        return doc.problem(location + loc[:-1], f"missing field '{loc[-1]}'{where}; add it", key=True)
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        target = _model_at(model, loc)
        shape = target.shape if target is not None else "a mapping of keys to values"
        message = f"'{name}' is {describe(value)}; expected {shape}"
    elif kind == "literal_error":
        choices = [c.strip().strip("'") for c in error["ctx"]["expected"].replace(" or ", ",").split(",")]
        hint = difflib.get_close_matches(str(value), choices, n=1) if isinstance(value, str) else []
        fix = f" (did you mean '{hint[0]}'?)" if hint else ""
        message = f"'{name}' is {describe(value)}; expected one of: {', '.join(choices)}{fix}"
    elif kind == "string_type":
        message = f"'{name}' is {describe(value)}; expected a text{_quote_hint(value)}"
    elif kind == "list_type":
        message = f"'{name}' is {describe(value)}; expected a list, written [a, b] or as lines starting with '- '"
    elif kind == "bool_type":
        message = f"'{name}' is {describe(value)}; expected true or false"
    elif kind == "too_short":
        message = f"'{name}' is empty; expected at least one entry"
    elif kind == "string_pattern_mismatch":
        message = f"'{name}' is {describe(value)}; expected {PATTERNS.get(name, error['msg'].lower())}"
    else:
        message = f"'{name}' is {describe(value)}; {error['msg'][0].lower()}{error['msg'][1:]}"
    return doc.problem(location + loc, message)


def _field_name(loc: tuple) -> str:
    """The innermost named field of a pydantic location (list indexes skipped)."""
    names = [part for part in loc if isinstance(part, str)]
    return names[-1] if names else ""


def describe(value: Any) -> str:
    """A value as a message names it: 'empty', the number 3, true (a yes/no value), 'text'."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"'{value[:40]}'" + ("..." if len(value) > 40 else "")
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__} value"


def _quote_hint(value: Any) -> str:
    if value is None:
        return " after the colon"
    if isinstance(value, bool | int | float):
        return " (put it in quotes: YAML reads yes/no/on/off as true/false and digits as numbers)"
    return ""


def _fields(model: type[BaseModel] | None) -> list[str]:
    if model is None:
        return []
    return [f.alias or name for name, f in model.model_fields.items()]


def _model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    """The model that validates the value at `loc`, following fields, lists and dicts."""
    annotation: Any = model
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(part, int):
            args = typing.get_args(annotation)
            annotation = args[0] if args else None
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = next((f for n, f in annotation.model_fields.items() if part in (n, f.alias)), None)
            annotation = field.annotation if field else None
        elif typing.get_origin(annotation) is dict:
            annotation = typing.get_args(annotation)[1]
        else:
            return None
    annotation = _unwrap(annotation)
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    """`X | None` -> `X`."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation
