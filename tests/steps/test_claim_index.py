"""Reading a noun phrase as an actor, and naming a war's two sides by their number
(sentences written for these tests)."""
import pytest
import spacy
from spacy.tokens import Doc

from claimtrace.steps.claim_index import both_parties




def parsed(words, heads, deps, tags, lemmas):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


def test_two_countries_and_the_sides_are_both_parties():
    doc = parsed(["the", "two", "countries", "and", "the", "sides"], [2, 2, 2, 2, 5, 2],
                 ["det", "nummod", "ROOT", "cc", "det", "conj"],
                 ["DT", "CD", "NNS", "CC", "DT", "NNS"],
                 ["the", "two", "country", "and", "the", "side"])
    assert both_parties(doc[2]) and both_parties(doc[5])


def test_a_qualified_side_or_a_single_country_is_not_both_parties():
    doc = parsed(["the", "Russian", "side", "the", "country"], [2, 2, 2, 4, 2],
                 ["det", "amod", "ROOT", "det", "appos"],
                 ["DT", "JJ", "NN", "DT", "NN"], ["the", "russian", "side", "the", "country"])
    assert not both_parties(doc[2]) and not both_parties(doc[4])


@pytest.mark.slow
def test_a_partitive_subject_belongs_to_the_owner_of_its_whole():
    from claimtrace import extract
    doc = extract("Pakistan's army said 23 of its soldiers were killed in the clashes.",
                  published="2025-05-14")
    actors = {a.id: a for a in doc.actors}
    killed = next(c for c in doc.claims if c.trigger and c.trigger.text == "killed")
    assert (actors[killed.target].code or actors[killed.target].country) == "PAK"


@pytest.mark.slow
def test_the_doer_of_a_verb_under_an_adjective_is_the_copulas_subject():
    from claimtrace.steps.claim_index import subject
    from claimtrace.steps.parse import load_nlp
    sent = load_nlp()("The peacekeepers are due to leave the country next year.")
    leave = next(t for t in sent if t.lower_ == "leave")
    assert subject(leave).lower_ == "peacekeepers"
    assert subject(leave, own=True) is None


@pytest.mark.slow
def test_sentences_back_finds_the_start_of_an_earlier_sentence():
    from claimtrace.steps.claim_index import sentences_back
    from claimtrace.steps.parse import load_nlp
    sdoc = load_nlp()("Troops arrived. Talks began. Fighting resumed.")
    last = next(t for t in sdoc if t.lower_ == "resumed")
    assert sentences_back(sdoc, last.i, 0).text == "Fighting"
    assert sentences_back(sdoc, last.i, 1).text == "Talks"
    assert sentences_back(sdoc, last.i, 5).text == "Troops"  # fewer before: the first


def test_a_force_named_by_its_institution_alone_is_a_state_force():
    from claimtrace.steps.claim_index import _state_force
    doc = parsed(["a", "military", "jet", "the", "Chinese", "military"], [2, 2, 2, 5, 5, 2],
                 ["det", "amod", "ROOT", "det", "amod", "appos"],
                 ["DT", "JJ", "NN", "DT", "JJ", "NN"],
                 ["a", "military", "jet", "the", "chinese", "military"])
    assert _state_force(doc[2]) == "military"
    doc = parsed(["coast", "guard", "crews"], [1, 2, 2], ["compound", "compound", "ROOT"],
                 ["NN", "NN", "NNS"], ["coast", "guard", "crew"])
    assert _state_force(doc[2]) == "coast guard"


@pytest.mark.slow
def test_bare_police_acting_are_the_home_states():
    from claimtrace import extract
    doc = extract("A bomb exploded in a market in Colombia on Friday. Colombian officials said "
                  "it was the worst attack in Colombia this year. Police arrested two men.",
                  published="2025-05-14")
    actors = {a.id: a for a in doc.actors}
    arrest = next(c for c in doc.claims if c.trigger and c.trigger.text == "arrested")
    assert "COL" in (actors[arrest.actor].code, actors[arrest.actor].country)
