"""Scenarios as files: what ships, and how a wrong scenario file is rejected (path:line:column)."""

import shutil
from collections import Counter
from pathlib import Path

import pytest

from dialogues.errors import LoadError
from dialogues.library import PROJECT_ROOT, load_library
from dialogues.scenarios import CRISES, SAFETY_CRISES, load_scenarios

SHIPPED = PROJECT_ROOT


@pytest.fixture(scope="module")
def scenarios():
    return load_library().scenarios


def test_at_least_ten_scenarios_cover_every_crisis_of_the_seeds(scenarios):
    assert len(scenarios) >= 10
    assert {s.spec.crisis for s in scenarios.values()} == set(CRISES)


def test_each_starting_type_starts_at_least_three_scenarios(scenarios):
    starts = Counter(s.spec.start_type for s in scenarios.values())
    assert all(starts[t] >= 3 for t in ("bezoeker", "klager", "klant")), starts


def test_there_are_at_least_two_levels_of_difficulty(scenarios):
    assert len({s.spec.difficulty for s in scenarios.values()}) >= 2


def test_crises_where_safety_matters_require_the_safety_question(scenarios):
    for scenario in scenarios.values():
        if scenario.spec.crisis in SAFETY_CRISES:
            assert scenario.spec.safety_required, scenario.id


def test_every_scenario_speaks_dutch_and_english_with_several_variants(scenarios):
    for scenario in scenarios.values():
        assert set(scenario.texts) == {"nl", "en"}
        for text in scenario.texts.values():
            assert len(text.first_words) >= 2 and len(text.ending) >= 2
            assert all(len(v) >= 2 for v in text.lines.values())


def test_a_flemish_persona_speaks_flemish(scenarios):
    lines = " ".join(str(v) for v in scenarios["terugval"].text("nl").lines.values())
    assert "ge " in lines.lower() or "amai" in lines.lower()


def test_every_scenario_has_one_machine_over_the_interaction_types(scenarios):
    machines = {id(s.machine) for s in scenarios.values()}
    assert len(machines) == len(scenarios)
    assert all(set(s.machine.states) == {"bezoeker", "klager", "klant"} for s in scenarios.values())


# -- broken files ----------------------------------------------------------------------
def make_root(tmp_path: Path, scenario: str = "ontruiming") -> Path:
    """A tree with the shipped defaults and one shipped scenario, to break on purpose."""
    (tmp_path / "flows" / "scenarios").mkdir(parents=True)
    shutil.copy(SHIPPED / "flows/scenarios/_defaults.yaml", tmp_path / "flows/scenarios/_defaults.yaml")
    shutil.copy(SHIPPED / f"flows/scenarios/{scenario}.yaml", tmp_path / f"flows/scenarios/{scenario}.yaml")
    for lang in ("nl", "en"):
        folder = tmp_path / "content" / lang / "scenarios"
        folder.mkdir(parents=True)
        shutil.copy(SHIPPED / f"content/{lang}/scenarios/{scenario}.yaml", folder / f"{scenario}.yaml")
    return tmp_path


def problems_in(root: Path) -> list[str]:
    problems = []
    load_scenarios(root, problems)
    return [str(p) for p in sorted(set(problems))]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_a_shipped_scenario_on_its_own_has_no_problems(tmp_path):
    assert problems_in(make_root(tmp_path)) == []


def test_an_unknown_technique_in_effects_is_named_with_its_line(tmp_path):
    root = make_root(tmp_path)
    flow = root / "flows/scenarios/ontruiming.yaml"
    flow.write_text(flow.read_text(encoding="utf-8") + "effects:\n  advice: {friction: 2}\n", encoding="utf-8")
    [problem] = problems_in(root)
    assert problem.startswith(f"flows/scenarios/ontruiming.yaml:{line_of(flow, 'advice:')}:")
    assert ": unknown technique 'advice'; expected one of: opening," in problem


def test_an_unknown_condition_in_a_transition_is_named(tmp_path):
    root = make_root(tmp_path)
    flow = root / "flows/scenarios/ontruiming.yaml"
    flow.write_text(flow.read_text(encoding="utf-8")
                    + "transitions:\n  - {on: [erkenning], from: [klager], to: klant, if: [calm]}\n", encoding="utf-8")
    [problem] = problems_in(root)
    assert problem.startswith(f"flows/scenarios/ontruiming.yaml:{line_of(flow, 'calm')}:")
    assert "unknown condition 'calm'; expected one of:" in problem and "friction_low" in problem


def test_a_safety_crisis_without_the_safety_question_is_rejected(tmp_path):
    root = make_root(tmp_path, "suicidaliteit")
    flow = root / "flows/scenarios/suicidaliteit.yaml"
    edit(flow, "safety_required: true\n", "")
    assert problems_in(root) == [
        f"flows/scenarios/suicidaliteit.yaml:{line_of(flow, 'crisis:')}:9: crisis 'suicidaliteit' is about safety; "
        "set 'safety_required: true' so the trainee must ask about it"]


def test_an_ending_no_transition_leads_to_is_rejected(tmp_path):
    root = make_root(tmp_path, "water_afsluiting")
    flow = root / "flows/scenarios/water_afsluiting.yaml"
    edit(flow, "ending: {type: klant,", "ending: {type: bezoeker,")
    [problem] = problems_in(root)
    assert problem.endswith("the good ending needs a bezoeker, but no transition leads there from 'klant'; add one under 'transitions'")


def test_a_missing_translation_is_named_in_the_file_that_has_it(tmp_path):
    root = make_root(tmp_path)
    english = root / "content/en/scenarios/ontruiming.yaml"
    dutch = root / "content/nl/scenarios/ontruiming.yaml"
    edit(english, "  hope:\n", "  taken_over:\n")  # English now has taken_over but no hope
    assert problems_in(root) == [
        f"content/en/scenarios/ontruiming.yaml:{line_of(english, 'taken_over:') + 1}:5: missing translation: 'lines.taken_over' "
        "has no text in content/nl/scenarios/ontruiming.yaml; add it there",
        f"content/nl/scenarios/ontruiming.yaml:{line_of(dutch, '  hope:') + 1}:5: missing translation: 'lines.hope' "
        "has no text in content/en/scenarios/ontruiming.yaml; add it there",
    ]


def test_a_scenario_without_text_in_a_language_is_rejected(tmp_path):
    root = make_root(tmp_path)
    (root / "content/en/scenarios/ontruiming.yaml").unlink()
    assert problems_in(root) == [
        "flows/scenarios/ontruiming.yaml:4:11: scenario 'ontruiming' has no text in "
        "content/en/scenarios/ontruiming.yaml; add it"]


def test_a_scenario_file_is_named_after_its_id(tmp_path):
    root = make_root(tmp_path)
    (root / "flows/scenarios/ontruiming.yaml").rename(root / "flows/scenarios/huis.yaml")
    assert ("flows/scenarios/huis.yaml:4:11: scenario id 'ontruiming' differs from its file name "
            "'huis.yaml'; name the file ontruiming.yaml") in problems_in(root)


def test_text_for_an_unknown_scenario_is_rejected(tmp_path):
    root = make_root(tmp_path)
    shutil.copy(root / "content/nl/scenarios/ontruiming.yaml", root / "content/nl/scenarios/oud.yaml")
    assert problems_in(root) == [
        "content/nl/scenarios/oud.yaml:1:1: text for unknown scenario 'oud'; add flows/scenarios/oud.yaml or remove this file"]


def test_a_line_that_yaml_reads_as_a_mapping_is_found_at_its_line(tmp_path):
    root = make_root(tmp_path)
    dutch = root / "content/nl/scenarios/ontruiming.yaml"
    edit(dutch, "    - Dat de kinderen niet hoeven te verhuizen.", "    - Ik zeg: de kinderen blijven.")
    assert problems_in(root) == [
        f"content/nl/scenarios/ontruiming.yaml:{line_of(dutch, 'Ik zeg')}:7: 'lines.hope' variant 2 is not a text; "
        "put it in quotes (a ': ' inside makes YAML read a mapping)"]


def test_a_single_variant_is_not_enough(tmp_path):
    root = make_root(tmp_path)
    dutch = root / "content/nl/scenarios/ontruiming.yaml"
    edit(dutch, "    - Dat de kinderen niet hoeven te verhuizen. Daar hoop ik op.\n", "")
    assert problems_in(root) == [
        f"content/nl/scenarios/ontruiming.yaml:{line_of(dutch, '  hope:') + 1}:5: 'lines.hope' has 1 variant; "
        "write at least 2 so a rerun does not read the same"]


def test_a_yaml_syntax_error_names_its_place(tmp_path):
    root = make_root(tmp_path)
    flow = root / "flows/scenarios/ontruiming.yaml"
    flow.write_text(flow.read_text(encoding="utf-8") + "flags: [harmful_decision\n", encoding="utf-8")
    [problem] = problems_in(root)
    assert problem.startswith("flows/scenarios/ontruiming.yaml:") and "YAML syntax" in problem


def test_every_problem_in_every_file_is_reported_at_once(tmp_path):
    root = make_root(tmp_path)
    edit(root / "flows/scenarios/ontruiming.yaml", "difficulty: basis", "difficulty: makkelijk")
    (root / "content/en/scenarios/ontruiming.yaml").unlink()
    found = problems_in(root)
    assert len(found) == 2
    assert any("difficulty" in p and "makkelijk" in p for p in found)


def test_the_library_rejects_a_broken_scenario_with_a_load_error(tmp_path):
    for part in ("flows", "content"):
        shutil.copytree(SHIPPED / part, tmp_path / part)
    edit(tmp_path / "flows/scenarios/ontruiming.yaml", "start_type: klager", "start_type: klagerig")
    with pytest.raises(LoadError) as err:
        load_library(tmp_path)
    assert any(p.path == "flows/scenarios/ontruiming.yaml" for p in err.value.problems)
