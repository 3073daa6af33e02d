"""Loading everything at once: flows and content, validated in two passes, ready to serve.

`load_library(root)` reads `root/flows` and `root/content`, checks structure (schema, with
line numbers) and then meaning (targets, reachability, content keys, techniques,
translations, duplicates), and raises one `LoadError` listing every problem found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .conditions import CONDITIONS
from .content import Language, load_language
from .errors import LoadError, Problem
from .flows import FlowSpec, build_machine, check_flows, load_flows
from .recognizer import LabelData, Recognizer
from .vocabulary import ALL_TECHNIQUES, LANGUAGES, SIGNALS, UNKNOWN

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Library:
    """All flows and content, validated; shared read-only by every session."""

    flows: dict[str, FlowSpec]
    languages: dict[str, Language]
    techniques: dict[str, Recognizer] = field(default_factory=dict)  # per language
    signals: dict[str, Recognizer] = field(default_factory=dict)  # per language
    extensions: dict[str, object] = field(default_factory=dict)  # e.g. scenarios, safety

    def lang(self, code: str) -> Language:
        return self.languages.get(code) or self.languages["nl"]

    def interaction_flow(self, interaction_type: str) -> FlowSpec:
        return next(f for f in self.flows.values() if f.spec.interaction_type == interaction_type)

    def modules(self) -> list[FlowSpec]:
        return [f for f in self.flows.values() if f.spec.kind == "module"]


def load_library(root: Path | str = PROJECT_ROOT) -> Library:
    root = Path(root)
    problems: list[Problem] = []
    flows_dir, content_dir = root / "flows", root / "content"
    for folder in (flows_dir, content_dir):
        if not folder.is_dir():
            problems.append(Problem(str(folder), 1, 1, "folder not found; expected flows/ and content/ side by side"))
    if problems:
        raise LoadError(problems)
    flows = load_flows(flows_dir, root, problems)
    languages = {}
    for code in LANGUAGES:
        if (content_dir / code).is_dir():
            languages[code] = load_language(content_dir / code, root, problems)
        else:
            problems.append(Problem(str(content_dir / code), 1, 1, f"content for language '{code}' is missing; add content/{code}/"))
    check_flows(flows, CONDITIONS, problems)
    _check_content(flows, languages, problems)
    if problems:
        raise LoadError(problems)
    for flow in flows.values():
        build_machine(flow, CONDITIONS)
    library = Library(flows, languages)
    for code, language in languages.items():
        library.techniques[code] = technique_recognizer(language)
        library.signals[code] = signal_recognizer(language)
    return library


def technique_recognizer(language: Language) -> Recognizer:
    labels = {tid: LabelData(t.exemplars, t.cues) for tid, t in language.techniques.items() if tid != UNKNOWN}
    return Recognizer(labels)


def signal_recognizer(language: Language) -> Recognizer:
    labels = {
        name: LabelData(spec.get("exemplars", ()), spec.get("cues", ()), spec.get("exact", ()))
        for name, spec in language.signals.items()
    }
    return Recognizer(labels, min_score=60.0, margin=2.0)


def _check_content(flows: dict[str, FlowSpec], languages: dict[str, Language], problems: list[Problem]) -> None:
    """Pass two for content: keys that flows use, technique ids, translations, tags."""
    for flow in flows.values():
        doc = flow.doc
        refs = [(("title",), flow.spec.title)]
        for name, state in flow.spec.states.items():
            if state.say:
                refs.append((("states", name, "say"), state.say))
            if state.drill:
                for part in ("situation", "client", "why"):
                    refs.append((("states", name, "drill", part), getattr(state.drill, part)))
                for i, technique in enumerate(state.drill.expects):
                    if technique not in ALL_TECHNIQUES:
                        problems.append(doc.problem(("states", name, "drill", "expects", i), f"unknown technique '{technique}'; expected one of: {', '.join(ALL_TECHNIQUES)}"))
        for location, key in refs:
            for code, language in languages.items():
                if not language.has(key):
                    problems.append(doc.problem(location, f"unknown content key '{key}' in content/{code}/; add it there or fix the key"))
    for code, language in languages.items():
        for technique_id in language.techniques:
            if technique_id not in ALL_TECHNIQUES:
                doc, loc = language.origins[f"techniques.{technique_id}"]
                problems.append(doc.problem(loc, f"unknown technique '{technique_id}'; expected one of: {', '.join(ALL_TECHNIQUES)}"))
        for question in language.questions.values():
            if question.technique not in ALL_TECHNIQUES:
                doc, loc = language.origins[f"questions.{question.id}"]
                problems.append(doc.problem(loc + ("technique",), f"unknown technique '{question.technique}'; expected one of: {', '.join(ALL_TECHNIQUES)}"))
        for signal in language.signals:
            if signal not in SIGNALS:
                doc, loc = language.origins[f"signals.{signal}"]
                problems.append(doc.problem(loc, f"unknown signal '{signal}'; expected one of: {', '.join(SIGNALS)}"))
        if language.resources is None and "resources" not in language.origins:
            problems.append(Problem(f"content/{code}/resources.yaml", 1, 1, "crisis contacts missing; add resources.yaml"))
    _check_translations(languages, problems)


def _check_translations(languages: dict[str, Language], problems: list[Problem]) -> None:
    """Every key, technique and question exists in every language."""
    for code, language in languages.items():
        for other_code, other in languages.items():
            if other_code == code:
                continue
            for key in language.texts.keys() - other.texts.keys():
                doc, loc = language.origins[key]
                problems.append(doc.problem(loc, f"missing translation: '{key}' has no text in content/{other_code}/; add it there"))
            for tid in language.techniques.keys() - other.techniques.keys():
                doc, loc = language.origins[f"techniques.{tid}"]
                problems.append(doc.problem(loc, f"missing translation: technique '{tid}' is not in content/{other_code}/techniques.yaml"))
            for qid in language.questions.keys() - other.questions.keys():
                doc, loc = language.origins[f"questions.{qid}"]
                problems.append(doc.problem(loc, f"missing translation: question '{qid}' is not in content/{other_code}/questions.yaml"))
        for tid in sorted(set(ALL_TECHNIQUES) - {UNKNOWN} - language.techniques.keys()):
            problems.append(Problem(f"content/{code}/techniques.yaml", 1, 1, f"technique '{tid}' is not described; add it with name, explanation and exemplars"))
