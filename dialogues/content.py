"""Everything a user reads, per language: text catalogs, techniques, the question bank, signals.

Layout of `content/<lang>/`: `techniques.yaml`, `questions.yaml`, `signals.yaml` and
`resources.yaml` have a shape of their own (see `schema.py`); every other `*.yaml` file is
a text catalog whose nested keys become dotted keys prefixed with the file name
(`worker.yaml: {klager: {welkom: ...}}` -> `worker.klager.welkom`). A catalog value is a
string or a list of variant strings. Subfolders (e.g. `scenarios/`) are read by their owners.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import Problem
from .schema import Question, Resources, Technique, validate
from .yamldoc import Document, display_path, load_document

SPECIAL_FILES = ("techniques", "questions", "signals", "resources")


@dataclass
class Language:
    """The content of one language, with where each key was defined (for error messages)."""

    code: str
    texts: dict[str, str | tuple[str, ...]] = field(default_factory=dict)
    techniques: dict[str, Technique] = field(default_factory=dict)
    questions: dict[str, Question] = field(default_factory=dict)
    signals: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    resources: Resources | None = None
    origins: dict[str, tuple[Document, tuple]] = field(default_factory=dict)

    def text(self, key: str, variant: int = 0, **values: Any) -> str:
        """The text under `key`; for a list of variants, the one at `variant` (wrapping)."""
        entry = self.texts[key]
        if isinstance(entry, tuple):
            entry = entry[variant % len(entry)]
        return entry.format(**values) if values else entry

    def has(self, key: str) -> bool:
        return key in self.texts


def load_language(folder: Path, root: Path, problems: list[Problem]) -> Language:
    language = Language(folder.name)
    for path in sorted(folder.glob("*.yaml")):
        doc = load_document(path, display_path(path, root), problems)
        if doc is None:
            continue
        if not isinstance(doc.data, dict):
            problems.append(doc.problem((), "expected a mapping at the top of the file"))
            continue
        loader = _SPECIAL.get(path.stem, _load_catalog)
        loader(language, doc, path.stem, problems)
    return language


def _load_catalog(language: Language, doc: Document, prefix: str, problems: list[Problem]) -> None:
    def walk(value: Any, key: str, location: tuple) -> None:
        if isinstance(value, dict):
            for sub, inner in value.items():
                walk(inner, f"{key}.{sub}", location + (sub,))
        elif isinstance(value, str):
            _add_text(language, doc, key, value, location, problems)
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            _add_text(language, doc, key, tuple(value), location, problems)
        else:
            problems.append(doc.problem(location, f"'{key}': expected a text or a list of texts"))

    walk(doc.data, prefix, ())


def _add_text(language, doc, key, value, location, problems) -> None:
    if key in language.texts:
        other, where = language.origins[key]
        line = other.where(where)[0]
        problems.append(doc.problem(location, f"duplicate id '{key}', also defined at {other.path}:{line}"))
        return
    language.texts[key] = value
    language.origins[key] = (doc, location)


def _load_techniques(language: Language, doc: Document, _prefix: str, problems: list[Problem]) -> None:
    for technique_id in doc.data:
        technique = validate(Technique, doc, problems, (technique_id,))
        if technique is not None:
            language.techniques[str(technique_id)] = technique
            language.origins[f"techniques.{technique_id}"] = (doc, (technique_id,))


def _load_questions(language: Language, doc: Document, _prefix: str, problems: list[Problem]) -> None:
    entries = doc.data.get("questions")
    if not isinstance(entries, list):
        problems.append(doc.problem((), "expected a key 'questions' with a list of questions"))
        return
    for index, _entry in enumerate(entries):
        question = validate(Question, doc, problems, ("questions", index))
        if question is None:
            continue
        if question.id in language.questions:
            problems.append(doc.problem(("questions", index, "id"), f"duplicate id '{question.id}'; question ids must be unique"))
            continue
        language.questions[question.id] = question
        language.origins[f"questions.{question.id}"] = (doc, ("questions", index))


def _load_signals(language: Language, doc: Document, _prefix: str, problems: list[Problem]) -> None:
    for signal, spec in doc.data.items():
        if not isinstance(spec, dict) or not set(spec) <= {"exemplars", "cues", "exact"}:
            problems.append(doc.problem((signal,), f"signal '{signal}': expected a mapping with exemplars, cues and/or exact"))
            continue
        language.signals[str(signal)] = {k: [str(x) for x in v or []] for k, v in spec.items()}
        language.origins[f"signals.{signal}"] = (doc, (signal,))


def _load_resources(language: Language, doc: Document, _prefix: str, problems: list[Problem]) -> None:
    language.resources = validate(Resources, doc, problems)
    language.origins["resources"] = (doc, ())


_SPECIAL = {
    "techniques": _load_techniques,
    "questions": _load_questions,
    "signals": _load_signals,
    "resources": _load_resources,
}
