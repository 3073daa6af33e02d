"""Pass two for content: what flows and the engine need from `content/`, in every language.

Checks that every key a flow names exists (and the names the engine derives from flows:
`ui.step.<step>`, `ui.module.<id>`), technique and signal ids, translations (texts,
techniques, questions, signals, and the `{placeholders}` inside texts), question tags that
must agree between languages, and the button values Telegram must carry back.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from .buttons import check_button_value
from .content import Language
from .errors import Problem
from .flows import FlowSpec, unknown
from .vocabulary import ALL_TECHNIQUES, INTERACTION_TYPES, MODES, SIGNALS, UNKNOWN


def check_content(flows: Mapping[str, FlowSpec], languages: Mapping[str, Language], problems: list[Problem]) -> None:
    _check_flow_references(flows, languages, problems)
    for code, language in languages.items():
        _check_ids(code, language, problems)
        if language.resources is None and "resources" not in language.origins and not language.unsure("resources"):
            problems.append(Problem(f"content/{code}/resources.yaml", 1, 1, "crisis contacts are missing; add "
                                                                           "resources.yaml with checked, countries and emergency"))
    _check_translations(languages, problems)
    for mode in MODES:
        check_button_value(problems, "mode", mode)
    for interaction_type in INTERACTION_TYPES:
        check_button_value(problems, "type", interaction_type)


def _check_flow_references(flows: Mapping[str, FlowSpec], languages: Mapping[str, Language], problems: list[Problem]) -> None:
    """Content keys, techniques and signals that flows name exist in each language."""
    for flow in flows.values():
        doc, spec = flow.doc, flow.spec
        refs = [(("title",), spec.title, "")]
        if spec.kind == "module":
            refs.append((("flow",), f"ui.module.{spec.flow}", f" (the name of module '{spec.flow}')"))
        for name, state in spec.states.items():
            refs.append((("states", name, "step"), f"ui.step.{state.step}", f" (the name of step '{state.step}')"))
            if state.say:
                refs.append((("states", name, "say"), state.say, ""))
            if state.drill:
                for part in ("situation", "client", "why"):
                    refs.append((("states", name, "drill", part), getattr(state.drill, part), ""))
                for i, technique in enumerate(state.drill.expects):
                    if technique not in ALL_TECHNIQUES:
                        problems.append(doc.problem(("states", name, "drill", "expects", i), unknown("technique", technique, ALL_TECHNIQUES)))
        for location, key, note in refs:
            missing = [code for code, language in languages.items() if not language.has(key) and not language.unsure(key)]
            if missing:
                problems.append(doc.problem(location, f"unknown content key '{key}'{note}: not in {_folders(missing)}; "
                                                      "add it there or fix the key"))
        used = [(loc, t.signal) for loc, t in flow.all_transitions()] + [(("indicated_by", i), s) for i, s in enumerate(spec.indicated_by)]
        for location, signal in used:
            if signal == "answer" or signal not in SIGNALS:
                continue  # 'answer' is any answer; unknown signals are reported by the flow checks
            missing = [code for code, language in languages.items()
                       if signal not in language.signals and not language.unsure(f"signals.{signal}")]
            if missing:
                files = " and ".join(f"content/{code}/signals.yaml" for code in missing)
                problems.append(doc.problem(location, f"signal '{signal}' can never be recognised: it is not described "
                                                      f"in {files}; add exemplars there"))


def _folders(codes: list[str]) -> str:
    return " and ".join(f"content/{code}/" for code in codes)


def _check_ids(code: str, language: Language, problems: list[Problem]) -> None:
    for technique_id in language.techniques:
        if technique_id not in ALL_TECHNIQUES:
            doc, loc = language.origins[f"techniques.{technique_id}"]
            problems.append(doc.problem(loc, unknown("technique", technique_id, ALL_TECHNIQUES), key=True))
    for tid in sorted(set(ALL_TECHNIQUES) - {UNKNOWN} - language.techniques.keys()):
        if language.unsure(f"techniques.{tid}"):
            continue
        path = next((d.path for d, _ in language.origins.values() if d.path.endswith("/techniques.yaml")), f"content/{code}/techniques.yaml")
        problems.append(Problem(path, 1, 1, f"technique '{tid}' is not described; add it with name, explanation and exemplars"))
    for question in language.questions.values():
        if question.technique not in ALL_TECHNIQUES:
            doc, loc = language.origins[f"questions.{question.id}"]
            problems.append(doc.problem(loc + ("technique",), unknown("technique", question.technique, ALL_TECHNIQUES)))
    for signal, spec in language.signals.items():
        doc, loc = language.origins[f"signals.{signal}"]
        if signal not in SIGNALS or signal == "answer":
            problems.append(doc.problem(loc, unknown("signal", signal, SIGNALS[1:]), key=True))
        elif not any(spec.values()):
            problems.append(doc.problem(loc, f"signal '{signal}' has no exemplars, cues or exact answers, so it can "
                                             "never be recognised; add at least one", key=True))


def _check_translations(languages: Mapping[str, Language], problems: list[Problem]) -> None:
    """Every key, technique, question and signal exists in every language, with the same placeholders."""
    for code, language in languages.items():
        for other_code, other in languages.items():
            if other_code == code:
                continue
            for key in sorted(language.texts.keys() - other.texts.keys()):
                if other.unsure(key):
                    continue
                doc, loc = language.origins[key]
                problems.append(doc.problem(loc, f"missing translation: '{key}' has no text in content/{other_code}/; add it there", key=True))
            for kind, ids in (("technique", language.techniques), ("question", language.questions), ("signal", language.signals)):
                theirs = getattr(other, f"{kind}s")
                for ident in sorted(ids.keys() - theirs.keys()):
                    if other.unsure(f"{kind}s.{ident}"):
                        continue
                    doc, loc = language.origins[f"{kind}s.{ident}"]
                    what = loc + ("id",) if kind == "question" else loc
                    problems.append(doc.problem(what, f"missing translation: {kind} '{ident}' is not in "
                                                      f"content/{other_code}/{kind}s.yaml; add it there", key=kind != "question"))
    codes = list(languages)
    for i, code in enumerate(codes):
        for other_code in codes[i + 1:]:
            _compare_pair(languages[code], languages[other_code], problems)


def _compare_pair(first: Language, second: Language, problems: list[Problem]) -> None:
    """Placeholders and question tags must agree, or one language breaks at run time."""
    for key in sorted(first.texts.keys() & second.texts.keys()):
        mine, theirs = _placeholders(first, key, problems), _placeholders(second, key, problems)
        if mine is not None and theirs is not None and mine != theirs:
            doc, loc = second.origins[key]
            problems.append(doc.problem(loc, f"placeholders differ from content/{first.code}/: here "
                                             f"{_braces(theirs)}, there {_braces(mine)}; use the same names in both"))
    for qid in sorted(first.questions.keys() & second.questions.keys()):
        a, b = first.questions[qid], second.questions[qid]
        for tag in ("types", "phase", "step", "technique", "source"):
            if getattr(a, tag) != getattr(b, tag):
                doc, loc = second.origins[f"questions.{qid}"]
                problems.append(doc.problem(loc + (tag,), f"question '{qid}' has {tag} {getattr(b, tag)!r} here but "
                                                          f"{getattr(a, tag)!r} in content/{first.code}/; make the tags the same in both"))


def _placeholders(language: Language, key: str, problems: list[Problem]) -> frozenset[str] | None:
    value = language.texts[key]
    names: set[str] = set()
    for text in value if isinstance(value, tuple) else (value,):
        try:
            names.update(field for _, field, _, _ in string.Formatter().parse(text) if field is not None)
        except ValueError as err:
            doc, loc = language.origins[key]
            problems.append(doc.problem(loc, f"broken placeholder in '{key}' ({err}); write placeholders as "
                                             "{name} and a literal brace as {{ or }}"))
            return None
    return frozenset(names)


def _braces(names: frozenset[str]) -> str:
    return ", ".join(f"{{{n}}}" for n in sorted(names)) or "none"
