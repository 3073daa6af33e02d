"""The safety check's learned second opinion: trained on the files in the tree, and heard."""

from __future__ import annotations

import pytest

from bench import train_safety_model
from dialogues import safety, safety_model, safety_model_data
from dialogues.safety_text import sentences


def test_the_shipped_model_was_trained_on_the_labelled_files_as_they_are_now():
    """Change a training file and this fails until `python -m bench.train_safety_model` is run."""
    paths = (train_safety_model.training_files() + train_safety_model.trainee_files()
             + train_safety_model.client_files() + train_safety_model.signal_files())
    assert safety_model_data.TRAINED_ON == [str(p.relative_to(train_safety_model.ROOT)) for p in paths]
    assert safety_model_data.DIGEST == train_safety_model.digest(paths)


@pytest.mark.parametrize("text", ["ik wil dood .", "ik wil dood . " + "en toen ging ik naar de winkel . " * 20])
def test_each_kind_of_feature_has_unit_length_so_message_length_does_not_decide(text):
    values = safety_model.features(text)
    words = [v for k, v in values.items() if k.startswith("w:")]
    chars = [v for k, v in values.items() if not k.startswith("w:")]
    assert sum(v * v for v in words) == pytest.approx(1.0)
    assert sum(v * v for v in chars) == pytest.approx(1.0)


# Distress in words no rule was written for: the rules alone miss each of these.
@pytest.mark.parametrize("text", [
    "ze zouden nie eens merken dak weg ben",
    "tired of existing",
    "heb mn medicatie van de hele week in 1x ingenomen",
    "knotted the belt already, just need the nerve",
])
def test_the_model_hears_distress_the_rules_do_not_know(text):
    assert safety.by_rules(text, sentences(text)) is None
    alarm = safety.check(text)
    assert alarm.distress and alarm.category in safety_model.model().classes


@pytest.mark.parametrize("text", [
    "mijn vriend heeft het uitgemaakt en ik ben verdrietig",
    "ik wil er zelf iets aan doen",  # "er iets aan doen": an idiom, cut before the model reads
    "dan zou ik beter slapen denk ik",
    "Als ik het goed begrijp wil je eigenlijk niet meer leven, klopt dat?",
    "de cliënt zegt dat ze niet meer wil leven",
])
def test_the_model_stays_quiet_on_sad_ordinary_talk_and_worker_reflections(text):
    assert not safety.check(text).distress


def test_a_rule_decides_before_the_model():
    text = "ik heb een hele strip paracetamol geslikt"
    assert safety.check(text).category == safety.by_rules(text, sentences(text)) == "overdose"


def test_the_model_reads_what_the_rules_read():
    """Quotes, role-play frames and idioms are gone before the model sees the message."""
    reading = safety.reading(sentences("Ik speel de cliënt: ik wil dood. Heb je een plan?"))
    assert "dood" not in reading and reading.endswith("?")
