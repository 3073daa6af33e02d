"""The shape of flow and content files (pass one of validation), as strict pydantic models."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import Problem
from .vocabulary import InteractionType, Phase
from .yamldoc import Document


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Transition(Strict):
    """On `signal`, go `to` a state of this flow, `flow:<id>`, `module:<id>` or `return`."""

    signal: str
    to: str
    when: str | None = Field(default=None, alias="if")


class Drill(Strict):
    """What a vragenreeks step shows: the situation, the client's words, the fitting techniques."""

    situation: str
    client: str
    expects: list[str] = Field(min_length=1)
    why: str


class State(Strict):
    phase: Phase
    step: str
    say: str | None = None
    drill: Drill | None = None
    on: list[Transition] = []
    final: bool = False


class Flow(Strict):
    flow: str
    kind: str = Field(pattern="^(intake|interaction|module)$")
    title: str
    interaction_type: InteractionType | None = None
    indicated_by: list[str] = []
    only_for: list[InteractionType] = []
    initial: str
    on: list[Transition] = []
    states: dict[str, State] = Field(min_length=1)


class Question(Strict):
    """One question of the bank, in the language of the file, tagged for the method."""

    id: str
    text: str
    types: list[InteractionType] = Field(min_length=1)
    phase: Phase
    step: str
    technique: str
    source: str = Field(pattern=r"^00[0-4]$")
    note: str | None = None


class Technique(Strict):
    name: str
    explanation: str
    exemplars: list[str] = Field(min_length=1)
    cues: list[str] = []


class Contact(Strict):
    name: str
    phone: list[str] = []
    chat: str | None = None
    hours: str
    free: bool | None = None


class Resources(Strict):
    checked: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    countries: dict[str, list[Contact]]
    emergency: str


def validate(
    model: type[BaseModel], doc: Document, problems: list[Problem], location: tuple = ()
) -> BaseModel | None:
    """Validate `doc.data` (or the part at `location`) against `model`, recording problems."""
    data = doc.data
    for key in location:
        data = data[key]
    try:
        return model.model_validate(data)
    except ValidationError as err:
        problems.extend(_problem(doc, location, e) for e in err.errors())
        return None


def _problem(doc: Document, location: tuple, error: dict) -> Problem:
    loc = location + tuple(error["loc"])
    field = ".".join(str(part) for part in loc) or "file"
    kind = error["type"]
    if kind == "extra_forbidden":
        message = f"unknown field '{loc[-1]}'; remove it or check its spelling"
    elif kind == "missing":
        message = f"missing field '{field}'; add it"
    elif kind == "literal_error":
        message = f"{field}: {error['msg'].lower()}"
    else:
        message = f"{field}: {error['msg']}"
    return doc.problem(loc, message)
