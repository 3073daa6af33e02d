"""Broken flows and content are rejected at load time with exact `path:line:column: message` texts.

Each case copies the minimal valid project in `tests/data/broken/base/` into a temporary
folder, breaks it one way, and asserts the whole list of problems the loader reports.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from dialogues.buttons import check_button_value, check_scenario_buttons
from dialogues.errors import LoadError, Problem
from dialogues.library import load_library
from dialogues.yamldoc import Document

BASE = Path(__file__).resolve().parent.parent / "data" / "broken" / "base"


def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(BASE, root)
    return root


def replace(root: Path, name: str, old: str, new: str) -> None:
    """Break the project: replace the one occurrence of `old` in file `name`."""
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def problems(root: Path) -> list[str]:
    with pytest.raises(LoadError) as caught:
        load_library(root)
    return [str(p) for p in caught.value.problems]


def test_the_base_project_is_valid():
    library = load_library(BASE)
    assert sorted(library.flows) == ["bezoeker", "coping", "intake", "klager", "klant"]


def test_unknown_target_state_names_the_closest_state(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/klager.yaml", "      - {signal: answer, to: einde}\n  erkenning:",
            "      - {signal: answer, to: eind}\n  erkenning:")
    assert problems(root) == [
        "flows/klager.yaml:21:30: unknown target state 'eind'; did you mean 'einde'? "
        "expected one of: welkom, erkenning, einde",
    ]


def test_unreachable_state_points_at_its_name(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/klager.yaml", "to: erkenning, if: friction_high", "to: einde, if: friction_high")
    assert problems(root) == [
        "flows/klager.yaml:22:3: unreachable state 'erkenning': no transition leads to it from 'welkom'; "
        "add one or remove the state",
    ]


def test_state_that_only_moves_on_a_condition_is_a_dead_end(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/klager.yaml", "    on:\n      - {signal: answer, to: einde}\n  einde:",
            "    on:\n      - {signal: answer, to: einde, if: hope_low}\n  einde:")
    assert problems(root) == [
        "flows/klager.yaml:22:3: dead end: state 'erkenning' is not final and has no 'answer' transition "
        "without 'if'; add {signal: answer, to: <state>} or 'final: true'",
    ]


def test_unknown_content_key_is_reported_once_for_both_languages(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/modules/coping.yaml", "say: werker.coping", "say: werker.copin")
    assert problems(root) == [
        "flows/modules/coping.yaml:10:10: unknown content key 'werker.copin': not in content/nl/ and "
        "content/en/; add it there or fix the key",
    ]


def test_unknown_technique_in_a_drill(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/klager.yaml", "expects: [erkenning, copingvraag]", "expects: [erkenning, copingvraagg]")
    assert problems(root) == [
        "flows/klager.yaml:16:28: unknown technique 'copingvraagg'; did you mean 'copingvraag'? expected one of: "
        "opening, nuttigheidsvraag, perspectiefwisseling, erkenning, compliment, samenvatten, probleemverkenning, "
        "doelvraag, wondervraag, uitzonderingsvraag, copingvraag, hoopvraag, schaalvraag, spiegelen, aanschuiven, "
        "volgende_stap, veiligheid, advies, waarom_vraag, oordeel, geruststellen, overnemen, onbekend",
    ]


def test_unknown_signal(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/klager.yaml", "{signal: overwhelmed,", "{signal: overwhelmd,")
    assert problems(root) == [
        "flows/klager.yaml:19:18: unknown signal 'overwhelmd'; did you mean 'overwhelmed'? expected one of: "
        "answer, yes, no, dont_know, stance_bezoeker, stance_klager, stance_klant, overwhelmed, hopeless, "
        "harmful_decision, understands_no_change",
    ]


def test_unknown_condition_lists_the_registered_ones(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/klager.yaml", "if: friction_high", "if: friction_hi")
    [message] = problems(root)
    assert message.startswith("flows/klager.yaml:20:45: unknown condition 'friction_hi'; did you mean 'friction_high'? "
                              "expected one of: ")
    assert "friction_low" in message and "hope_low" in message


def test_signal_used_by_a_flow_must_be_described_in_content(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/klager.yaml", "{signal: overwhelmed,", "{signal: hopeless,")
    assert problems(root) == [
        "flows/klager.yaml:19:18: signal 'hopeless' can never be recognised: it is not described in "
        "content/nl/signals.yaml and content/en/signals.yaml; add exemplars there",
    ]


def test_missing_translation_points_at_the_untranslated_key(tmp_path):
    root = project(tmp_path)
    replace(root, "content/nl/werker.yaml", "einde: Tot ziens.\n", "einde: Tot ziens.\nbedankt: Dank je.\n")
    assert problems(root) == [
        "content/nl/werker.yaml:3:1: missing translation: 'werker.bedankt' has no text in content/en/; add it there",
    ]


def test_placeholders_must_match_between_languages(tmp_path):
    root = project(tmp_path)
    replace(root, "content/en/ui.yaml", "Hello {naam}.", "Hello {name}.")
    assert problems(root) == [
        "content/en/ui.yaml:7:8: placeholders differ from content/nl/: here {name}, there {naam}; "
        "use the same names in both",
    ]


def test_duplicate_yaml_key_points_at_the_second_key(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/modules/coping.yaml", "    say: werker.coping\n",
            "    say: werker.coping\n    say: werker.welkom\n")
    assert problems(root) == [
        "flows/modules/coping.yaml:11:5: duplicate key 'say' (first at line 10); each key may appear once "
        "in a mapping: remove or rename one",
    ]


def test_duplicate_flow_id_names_the_first_file(tmp_path):
    root = project(tmp_path)
    shutil.copy(root / "flows/modules/coping.yaml", root / "flows/modules/coping_kopie.yaml")
    assert problems(root) == [
        "flows/modules/coping_kopie.yaml:1:7: duplicate flow id 'coping', already used in "
        "flows/modules/coping.yaml:1; give each flow its own id",
    ]


def test_duplicate_content_key_across_files(tmp_path):
    root = project(tmp_path)
    for code in ("nl", "en"):
        (root / f"content/{code}/ui.step.yaml").write_text("welkom: welkom\n", encoding="utf-8")
    assert problems(root) == [
        "content/en/ui.yaml:2:3: duplicate content key 'ui.step.welkom', already defined at "
        "content/en/ui.step.yaml:1; keep one of them",
        "content/nl/ui.yaml:2:3: duplicate content key 'ui.step.welkom', already defined at "
        "content/nl/ui.step.yaml:1; keep one of them",
    ]


def test_duplicate_question_id(tmp_path):
    root = project(tmp_path)
    path = root / "content/nl/questions.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + text.split("\n", 1)[1], encoding="utf-8")
    assert problems(root) == [
        "content/nl/questions.yaml:11:7: duplicate question id 'q_welkom' (first at line 2); "
        "give each question its own id",
    ]


def test_interaction_type_on_a_module_is_a_wrong_kind_field(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/modules/coping.yaml", "kind: module\n", "kind: module\ninteraction_type: klager\n")
    assert problems(root) == [
        "flows/modules/coping.yaml:3:1: 'interaction_type' is only for interaction flows, and this flow is "
        "kind 'module'; remove it",
    ]


def test_module_without_indication(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/modules/coping.yaml", "indicated_by: [overwhelmed]\n", "")
    assert problems(root) == [
        "flows/modules/coping.yaml:2:7: a module without 'indicated_by'; add the signals that indicate it, "
        "e.g. indicated_by: [overwhelmed]",
    ]


def test_return_outside_a_module(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/klager.yaml", "      - {signal: answer, to: einde}\n  einde:",
            "      - {signal: answer, to: return}\n  einde:")
    assert problems(root) == [
        "flows/klager.yaml:27:30: 'return' outside a module; only a module returns to where it was entered: "
        "name a state, flow:<id> or module:<id>",
    ]


def test_shadowed_transition_never_fires(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/klager.yaml", "{signal: answer, to: erkenning, if: friction_high}",
            "{signal: answer, to: erkenning}")
    assert problems(root) == [
        "flows/klager.yaml:21:18: this 'answer' transition never fires: the one at line 20 without 'if' takes "
        "the signal first; remove one or add 'if' to the first",
    ]


def test_misspelt_field_suggests_the_right_one(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/modules/coping.yaml", "say: werker.coping", "sya: werker.coping")
    assert problems(root) == [
        "flows/modules/coping.yaml:10:5: unknown field 'sya'; did you mean 'say'? "
        "allowed here: phase, step, say, drill, on, final",
    ]


def test_missing_field_points_at_the_state(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/modules/coping.yaml", "    step: coping\n", "")
    assert problems(root) == [
        "flows/modules/coping.yaml:7:3: missing field 'step' in 'vraag'; add it",
    ]


def test_yes_read_as_a_boolean_is_explained(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/modules/coping.yaml", "step: coping", "step: yes")
    assert problems(root) == [
        "flows/modules/coping.yaml:9:11: 'step' is true (a yes/no value); expected a text (put it in quotes: "
        "YAML reads yes/no/on/off as true/false and digits as numbers)",
    ]


def test_wrong_phase_lists_the_phases(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/modules/coping.yaml", "phase: huidige_situatie", "phase: huidig")
    assert problems(root) == [
        "flows/modules/coping.yaml:8:12: 'phase' is 'huidig'; expected one of: huidige_situatie, "
        "gewenste_situatie, uitzonderingen, volgende_stap",
    ]


def test_tab_indentation(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/modules/coping.yaml", "    step: coping", "\tstep: coping")
    assert problems(root) == [
        "flows/modules/coping.yaml:9:1: a tab character; YAML indents with spaces only: replace the tab by spaces",
    ]


def test_yaml_syntax_error_points_at_the_line(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/modules/coping.yaml", "indicated_by: [overwhelmed]", "indicated_by: [overwhelmed")
    assert problems(root) == [
        "flows/modules/coping.yaml:5:8: YAML syntax: expected ',' or ']', but got ':' (while parsing a flow "
        "sequence); check the indentation, colons and quotes on this line and the one before",
    ]


def test_file_that_is_not_utf8_names_the_byte(tmp_path):
    root = project(tmp_path)
    (root / "content/nl/werker.yaml").write_bytes("welkom: Hoe kan ik helpen?\neinde: Tot zi\xebns.\n".encode("latin-1"))
    assert problems(root) == [
        "content/nl/werker.yaml:2:14: byte 0xeb is not UTF-8 text; save the file as UTF-8",
    ]


def test_binary_junk(tmp_path):
    root = project(tmp_path)
    (root / "flows/junk.yaml").write_bytes(b"flow: x\n\x00\x01\x02")
    assert problems(root) == [
        "flows/junk.yaml:2:1: control character U+0000 is not allowed in YAML; remove it",
    ]


def test_empty_file(tmp_path):
    root = project(tmp_path)
    (root / "flows/leeg.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert problems(root) == [
        "flows/leeg.yaml:1:1: the file is empty; expected a YAML mapping of keys to values",
    ]


def test_top_level_list(tmp_path):
    root = project(tmp_path)
    (root / "flows/lijst.yaml").write_text("- flow: x\n", encoding="utf-8")
    assert problems(root) == [
        "flows/lijst.yaml:1:1: the file holds a list; expected a mapping that starts with 'flow: <id>'",
    ]


def test_missing_language_folder(tmp_path):
    root = project(tmp_path)
    shutil.rmtree(root / "content/en")
    assert problems(root) == [
        "content/en/:1:1: content for language 'en' is missing; add the folder content/en/",
    ]


def test_missing_project_folder(tmp_path):
    missing = tmp_path / "nowhere"
    assert problems(missing) == [
        f"{missing}:1:1: folder not found; expected a folder holding flows/ and content/",
    ]


def test_all_problems_are_reported_at_once_and_sorted(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/modules/coping.yaml", "say: werker.coping", "say: werker.copin")
    replace(root, "flows/klager.yaml", "if: friction_high", "if: friction_hi")
    replace(root, "content/nl/werker.yaml", "einde: Tot ziens.\n", "einde: Tot ziens.\nbedankt: Dank je.\n")
    found = problems(root)
    assert [m.split(":")[0] for m in found] == [
        "content/nl/werker.yaml", "flows/klager.yaml", "flows/modules/coping.yaml",
    ]


def test_a_button_value_longer_than_telegram_allows_is_a_problem():
    doc = Document("flows/scenarios/lang.yaml", {}, marks={("scenario",): (1, 11)})
    found: list[Problem] = []
    check_button_value(found, "scenario", "x" * 60, doc, ("scenario",))
    check_button_value(found, "scenario", "x" * 55, doc, ("scenario",))
    assert [str(p) for p in found] == [
        f"flows/scenarios/lang.yaml:1:11: id '{'x' * 40}...' makes the button value 'scenario:...' 69 bytes long; "
        "Telegram allows 64: shorten the id to at most 55 bytes",
    ]


def test_catalog_value_that_yaml_reads_as_a_number(tmp_path):
    root = project(tmp_path)
    replace(root, "content/en/werker.yaml", "einde: Goodbye.", "einde: 113")
    assert problems(root) == [
        "content/en/werker.yaml:2:8: 'werker.einde' is the number 113; expected a text or a list of texts "
        "(quote values that YAML reads as numbers or yes/no)",
    ]


def test_question_tags_must_agree_between_languages(tmp_path):
    root = project(tmp_path)
    replace(root, "content/en/questions.yaml", "technique: opening", "technique: erkenning")
    assert problems(root) == [
        "content/en/questions.yaml:9:14: question 'q_welkom' has technique 'erkenning' here but 'opening' in "
        "content/nl/; make the tags the same in both",
    ]


def test_signal_without_anything_to_recognise_it_by(tmp_path):
    root = project(tmp_path)
    path = root / "content/nl/signals.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "overwhelmed:\n  exemplars:\n  - ik hou het niet meer vol\n", "overwhelmed: {}\n"), encoding="utf-8")
    assert problems(root) == [
        "content/nl/signals.yaml:7:1: signal 'overwhelmed' has no exemplars, cues or exact answers, so it can "
        "never be recognised; add at least one",
    ]


def test_technique_described_in_one_language_only(tmp_path):
    root = project(tmp_path)
    path = root / "content/en/techniques.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("hoopvraag:")
    end = text.index("schaalvraag:")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert problems(root) == [
        "content/en/techniques.yaml:1:1: technique 'hoopvraag' is not described; add it with name, "
        "explanation and exemplars",
        "content/nl/techniques.yaml:56:1: missing translation: technique 'hoopvraag' is not in "
        "content/en/techniques.yaml; add it there",
    ]


def test_a_yml_file_is_not_silently_ignored(tmp_path):
    root = project(tmp_path)
    (root / "flows/modules/coping.yaml").rename(root / "flows/modules/coping.yml")
    assert problems(root) == [
        "flows/modules/coping.yml:1:1: only files ending in .yaml are read; rename it to .yaml",
    ]


def test_every_scenario_id_is_checked_against_the_button_limit():
    doc = Document("flows/scenarios/x.yaml", {}, marks={("scenario",): (2, 11)})
    found: list[Problem] = []
    check_scenario_buttons({"kort": SimpleNamespace(doc=doc), "l" * 56: SimpleNamespace(doc=doc)}, found)
    assert [p.line for p in found] == [2]
    assert "65 bytes long" in found[0].message


def test_state_names_are_words_that_diagrams_and_targets_can_carry(tmp_path):
    root = project(tmp_path)
    replace(root, "flows/modules/coping.yaml", "initial: vraag\n", "initial: hoe gaat het\n")
    replace(root, "flows/modules/coping.yaml", "  vraag:\n", "  hoe gaat het:\n")
    assert problems(root) == [
        "flows/modules/coping.yaml:7:3: state name 'hoe gaat het' has characters other than letters, digits "
        "and '_'; write it like 'hoe_kan_ik_helpen'",
    ]
