"""The question bank holds every question of seed 002, tagged from the fixed vocabulary, in both languages."""

import re
from collections import Counter
from pathlib import Path

import pytest

from dialogues.content import Language, load_language
from dialogues.library import PROJECT_ROOT
from dialogues.vocabulary import ALL_TECHNIQUES, INTERACTION_TYPES, LANGUAGES, PHASES

SEED_002 = Path(__file__).resolve().parent.parent / "data" / "seed002_questions.txt"

# The sub-step ids shared with the flows (the flows helper names them in ui.yaml).
STEPS = frozenset({
    "welkom", "nuttigheidsvraag", "perspectiefwisseling", "focus_terug", "acceptatie", "samenvatten",
    "probleemverkenning", "gewenste_situatie", "uitzonderingen", "volgende_stap", "coping", "hoop",
    "schaalvraag", "spiegelen", "aanschuiven", "veiligheid", "mi_open_vraag", "reflecteren", "toestemming",
    "gesprekstip",
})
TAGS = ("types", "phase", "step", "technique", "source")


def normalise(text: str) -> str:
    """Compare wordings, not PDF noise: quote marks, runs of dots or ellipses, and whitespace."""
    text = re.sub(r"[‘’“”'\"]", "", text)
    text = re.sub(r"…+\.*|\.{2,}", " … ", text)
    return " ".join(text.split())


def seed_questions() -> list[str]:
    lines = SEED_002.read_text(encoding="utf-8").splitlines()
    return [normalise(line) for line in lines if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def languages() -> dict[str, Language]:
    """The shipped content per language; the bank's own files must load without a problem."""
    problems = []
    loaded = {code: load_language(PROJECT_ROOT / "content" / code, PROJECT_ROOT, problems) for code in LANGUAGES}
    assert [str(p) for p in problems if "questions.yaml" in p.path] == []
    return loaded


def bank(languages, code: str) -> Language:
    return languages[code]


def seed_002_entries(languages) -> list[str]:
    return [normalise(q.text) for q in bank(languages, "nl").questions.values() if q.source == "002"]


def test_the_extracted_seed_list_says_how_it_was_made_and_holds_over_a_hundred_questions():
    header = SEED_002.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("#") and "Extraction" in header
    assert len(seed_questions()) >= 100


def test_every_question_of_seed_002_is_in_the_dutch_bank_with_source_002(languages):
    in_bank = Counter(seed_002_entries(languages))
    missing = Counter(seed_questions()) - in_bank
    assert not missing, f"seed-002 questions missing from content/nl/questions.yaml: {sorted(missing)}"


def test_the_bank_credits_to_seed_002_only_questions_that_are_in_seed_002(languages):
    extra = Counter(seed_002_entries(languages)) - Counter(seed_questions())
    assert not extra, f"entries with source '002' that are not in the seed's lists: {sorted(extra)}"


def test_the_bank_has_at_least_a_hundred_seed_002_entries(languages):
    assert len(seed_002_entries(languages)) >= 100


def test_a_wording_in_two_seed_lists_is_two_entries_with_different_tags(languages):
    by_text: dict[str, list[tuple]] = {}
    for q in bank(languages, "nl").questions.values():
        by_text.setdefault(q.text, []).append(tuple(str(getattr(q, t)) for t in TAGS))
    assert len(by_text["Goedemorgen…"]) == 2
    for text, tags in by_text.items():
        assert len(set(tags)) == len(tags), f"'{text}' is in the bank twice with the same tags"


@pytest.mark.parametrize("code", ["nl", "en"])
def test_every_tag_is_from_the_vocabulary(languages, code):
    for question in bank(languages, code).questions.values():
        assert set(question.types) <= set(INTERACTION_TYPES), question.id
        assert question.phase in PHASES, question.id
        assert question.step in STEPS, f"{question.id}: unknown step '{question.step}'"
        assert question.technique in ALL_TECHNIQUES, question.id


def test_english_has_the_same_ids_in_the_same_order_with_the_same_tags(languages):
    nl, en = bank(languages, "nl").questions, bank(languages, "en").questions
    assert list(nl) == list(en)
    for qid, dutch in nl.items():
        english = en[qid]
        assert [getattr(dutch, t) for t in TAGS] == [getattr(english, t) for t in TAGS], qid
        assert english.text.strip() and english.text != dutch.text, qid
        assert (dutch.note is None) == (english.note is None), qid


def test_other_seeds_contribute_mi_questions_conversation_tips_and_safety_questions(languages):
    questions = bank(languages, "nl").questions.values()
    steps_by_source = {(q.source, q.step) for q in questions}
    assert {("003", "mi_open_vraag"), ("003", "reflecteren"), ("003", "toestemming")} <= steps_by_source
    assert ("000", "gesprekstip") in steps_by_source
    assert {q.source for q in questions if q.technique == "veiligheid"} >= {"003"}


def test_each_module_and_interaction_type_has_model_questions(languages):
    questions = list(bank(languages, "nl").questions.values())
    for step in ("coping", "hoop", "schaalvraag", "spiegelen", "aanschuiven"):
        assert any(q.step == step for q in questions), step
    for kind in INTERACTION_TYPES:
        for phase in PHASES:
            assert any(kind in q.types and q.phase == phase for q in questions), (kind, phase)


def test_the_seed_examples_carry_the_technique_the_method_names(languages):
    by_text = {q.text: q.technique for q in bank(languages, "nl").questions.values() if q.source == "002"}
    assert by_text["Hoe houd je dit vol?"] == "copingvraag"
    assert by_text["Dus als ik het goed begrijp…"] == "samenvatten"
    assert by_text["Wanneer had jij daar minder last van?"] == "uitzonderingsvraag"
    assert by_text["Wat zou je willen veranderen?"] == "doelvraag"
    assert by_text["Tjonge, dat moet lastig voor je zijn!"] == "erkenning"
    assert by_text["Hoe denk je dat dat afloopt?"] == "aanschuiven"
    assert by_text["Je moet wel een goede reden hebben om…"] == "spiegelen"
    assert by_text["Als 10 rust en overzicht is en 0 chaos en het niet meer weten, waar zit u dan nu?"] == "schaalvraag"
