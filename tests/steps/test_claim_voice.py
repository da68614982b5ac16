"""Whose word a claim is (`claim_voice`), on sentences written for these tests."""
import pytest

from claimtrace import extract
from claimtrace.steps.claim_voice import figure_verb
from claimtrace.steps.parse import load_nlp

pytestmark = pytest.mark.slow


def test_figure_verb_is_the_verb_that_states_the_figure():
    sent = load_nlp()("A police spokesman put the number of dead at 14.")
    dead = next(t for t in sent if t.lower_ == "dead")
    assert figure_verb(dead).lemma_ == "put"
    assert figure_verb(next(t for t in sent if t.lower_ == "spokesman")) is None


def test_sighting_is_the_watchers_report_not_the_authors():
    doc = extract("Taiwan detected 30 Chinese aircraft near the island on Monday.",
                  published="2025-04-01", outlet="Test Wire")
    [c] = [c for c in doc.claims if c.type == "MOBILIZE"]
    assert (c.source.name, c.cue, c.certainty) == ("Taiwan", "detected", "reported")


def test_claim_of_responsibility_is_the_groups_alleged_word():
    doc = extract("The Islamic State claimed responsibility for the bombing in Niamey.",
                  published="2025-04-01", outlet="Test Wire")
    [c] = [c for c in doc.claims if c.type == "ASSAULT"]
    assert (c.source.name, c.cue, c.certainty) == ("The Islamic State", "claimed", "alleged")


def test_an_event_noun_is_no_voice():
    doc = extract("The prisoner exchange, agreed at talks in Istanbul, freed 390 soldiers on "
                  "Friday.", published="2025-05-25", outlet="Test Wire")
    assert doc.claims and all(c.source.kind == "author" for c in doc.claims)


def test_a_hyphenated_name_is_one_source_name():
    doc = extract("Al-Shabaab claimed responsibility for the bombing in Mogadishu.",
                  published="2025-04-01", outlet="Test Wire")
    assert [c.source.name for c in doc.claims] == ["Al-Shabaab"]


def _voices(text):
    doc = extract(text, published="2025-04-01", outlet="Test Wire")
    return [(c.type, c.source.kind, c.source.name, c.certainty) for c in doc.claims]


@pytest.mark.parametrize("text, type_", [
    ("Chile has asked the United Nations to send a monitoring mission to the border.",
     "REQUEST"),
    ("Norway has pledged 40 million euros in emergency aid to Sudan.", "AID"),
    ("The Peruvian foreign ministry summoned the Bolivian ambassador on Tuesday.", "ACCUSE"),
    ("Colombia and Venezuela agreed a prisoner exchange on Monday.", "AGREE"),
    ("The rebels declared a ceasefire in the northern province on Sunday.", "AGREE"),
])
def test_a_performed_act_is_the_authors_claim(text, type_):
    [c] = [c for c in _voices(text) if c[0] == type_]
    assert c == (type_, "author", "Test Wire", "asserted")


@pytest.mark.parametrize("text, type_, speaker", [
    ("Peru urged the United Nations to send a monitoring mission to the border.", "REQUEST",
     "Peru"),
    ("Ecuador condemned the attack on the border post.", "ACCUSE", "Ecuador"),
    ("Colombia and Venezuela agreed that the talks must resume.", "AGREE", "Colombia"),
])
def test_a_statement_is_its_speakers_word(text, type_, speaker):
    [c] = [c for c in _voices(text) if c[0] == type_]
    assert c[2] == speaker and c[1] != "author"
