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
from .schema import Question, QuestionBank, Resources, Signal, Technique, describe, validate
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
    broken: set[str] = field(default_factory=set)  # keys (or key prefixes) whose files could not be read

    def unsure(self, key: str) -> bool:
        """True when `key` may exist but sits in a part that failed to load: do not report it again."""
        parts = key.split(".")
        return any(".".join(parts[:n]) in self.broken for n in range(1, len(parts) + 1))

    def text(self, key: str, variant: int = 0, **values: Any) -> str:
        """The text under `key`; for a list of variants, the one at `variant` (wrapping)."""
        entry = self.texts[key]
        if isinstance(entry, tuple):
            entry = entry[variant % len(entry)]
        return entry.format(**values) if values else entry

    def has(self, key: str) -> bool:
        return key in self.texts

    def text_or(self, key: str, default: str, **values: Any) -> str:
        """The text under `key`, or `default` where the catalog has none (an id shown as it is)."""
        return self.text(key, **values) if key in self.texts else default


def load_language(folder: Path, root: Path, problems: list[Problem]) -> Language:
    language = Language(folder.name)
    for path in sorted(folder.glob("*.yml")):
        problems.append(Problem(display_path(path, root), 1, 1, "only files ending in .yaml are read; rename it to .yaml"))
        language.broken.add(path.stem)
    for path in sorted(folder.glob("*.yaml")):
        doc = load_document(path, display_path(path, root), problems)
        if doc is None or not isinstance(doc.data, dict):
            language.broken.add(path.stem)
        if doc is None:
            continue
        if not isinstance(doc.data, dict):
            problems.append(doc.problem((), f"the file holds {_kind(doc.data)}; expected a mapping of keys to values at the top"))
            continue
        loader = _SPECIAL.get(path.stem, _load_catalog)
        loader(language, doc, path.stem, problems)
    return language


def _kind(value: Any) -> str:
    return "a list" if isinstance(value, list) else f"a single value '{str(value)[:40]}'"


def _load_catalog(language: Language, doc: Document, prefix: str, problems: list[Problem]) -> None:
    def walk(value: Any, key: str, location: tuple) -> None:
        if isinstance(value, dict):
            if not value:
                problems.append(doc.problem(location, f"'{key}' is an empty mapping; expected texts under it"))
            for sub, inner in value.items():
                walk(inner, f"{key}.{sub}", location + (sub,))
        elif isinstance(value, str):
            _add_text(language, doc, key, value, location, problems)
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            _add_text(language, doc, key, tuple(value), location, problems)
        elif isinstance(value, list):
            language.broken.add(key)
            bad = next((i for i, v in enumerate(value) if not isinstance(v, str)), 0)
            problems.append(doc.problem(location + (bad,) if value else location,
                                        f"'{key}' has {'an empty list' if not value else 'a variant that is not a text'}; "
                                        "expected a text or a list of texts (quote values that YAML reads as numbers or yes/no)"))
        else:
            language.broken.add(key)
            problems.append(doc.problem(location, f"'{key}' is {describe(value)}; expected a text or a list of texts "
                                                  "(quote values that YAML reads as numbers or yes/no)"))

    walk(doc.data, prefix, ())


def _add_text(language, doc, key, value, location, problems) -> None:
    if key in language.texts:
        other, where = language.origins[key]
        line = other.where(where, key=True)[0]
        problems.append(doc.problem(location, f"duplicate content key '{key}', already defined at "
                                              f"{other.path}:{line}; keep one of them", key=True))
        return
    language.texts[key] = value
    language.origins[key] = (doc, location)


def _load_techniques(language: Language, doc: Document, _prefix: str, problems: list[Problem]) -> None:
    for technique_id in doc.data:
        technique = validate(Technique, doc, problems, (technique_id,))
        if technique is None:
            language.broken.add(f"techniques.{technique_id}")
        else:
            language.techniques[str(technique_id)] = technique
            language.origins[f"techniques.{technique_id}"] = (doc, (technique_id,))


def _load_questions(language: Language, doc: Document, _prefix: str, problems: list[Problem]) -> None:
    if validate(QuestionBank, doc, problems) is None:
        language.broken.add("questions")
        return
    for index, entry in enumerate(doc.data["questions"]):
        question = validate(Question, doc, problems, ("questions", index))
        if question is None:
            ident = entry.get("id") if isinstance(entry, dict) else None
            language.broken.add(f"questions.{ident}" if isinstance(ident, str) else "questions")
            continue
        if question.id in language.questions:
            first, where = language.origins[f"questions.{question.id}"]
            line = first.where(where + ("id",))[0]
            problems.append(doc.problem(("questions", index, "id"), f"duplicate question id '{question.id}' "
                                                                    f"(first at line {line}); give each question its own id"))
            continue
        language.questions[question.id] = question
        language.origins[f"questions.{question.id}"] = (doc, ("questions", index))


def _load_signals(language: Language, doc: Document, _prefix: str, problems: list[Problem]) -> None:
    for signal in doc.data:
        spec = validate(Signal, doc, problems, (signal,))
        if spec is None:
            language.broken.add(f"signals.{signal}")
            continue
        language.signals[str(signal)] = {"exemplars": list(spec.exemplars), "cues": list(spec.cues), "exact": list(spec.exact)}
        language.origins[f"signals.{signal}"] = (doc, (signal,))


def _load_resources(language: Language, doc: Document, _prefix: str, problems: list[Problem]) -> None:
    language.resources = validate(Resources, doc, problems)
    language.origins["resources"] = (doc, ())
    if language.resources is None:
        language.broken.add("resources")


_SPECIAL = {
    "techniques": _load_techniques,
    "questions": _load_questions,
    "signals": _load_signals,
    "resources": _load_resources,
}
