"""Source names from their noun phrases (`claimtrace.attribution_sources`)."""
from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from claimtrace.attribution import attribute
from claimtrace.attribution_sources import _np

VOCAB = English().vocab  # with the lexical attributes (title case) of English

# "The Coastal Alliance for Northern Chile ( CANC ) condemns" with the entity cut before
# "Chile", as the tagger may cut a long organisation name
WORDS = ["The", "Coastal", "Alliance", "for", "Northern", "Chile", "(", "CANC", ")", "condemns"]
HEADS = [2, 2, 9, 2, 5, 3, 5, 5, 2, 9]
DEPS = ["det", "compound", "nsubj", "prep", "compound", "pobj", "punct", "appos", "punct", "ROOT"]
POS = ["DET", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"]
ENTS = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "B-GPE", "O", "B-ORG", "O", "O"]


def _doc(words=WORDS, ents=ENTS):
    return Doc(VOCAB, words=words, heads=HEADS, deps=DEPS, pos=POS, ents=ents)


def test_name_keeps_its_capitalised_for_phrase_the_tagger_cut():
    assert _np(_doc()[2]).text == "The Coastal Alliance for Northern Chile"


def test_lower_case_for_phrase_is_no_part_of_the_name():
    words = ["The", "Coastal", "Alliance", "for", "northern", "Chile", "(", "CANC", ")",
             "condemns"]
    ents = ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-GPE", "O", "B-ORG", "O", "O"]
    assert _np(_doc(words, ents)[2]).text == "The Coastal Alliance"


def test_for_phrase_of_a_place_or_person_is_not_taken():
    ents = ["O", "B-GPE", "I-GPE", "O", "O", "B-GPE", "O", "B-ORG", "O", "O"]
    assert _np(_doc(ents=ents)[2]).text == "The Coastal Alliance"


@pytest.mark.slow
def test_name_in_apposition_to_a_common_noun_is_the_source(nlp):
    doc = nlp("A little-known group, Fuerza Roja, claimed responsibility for the bombing.")
    verb = next(t for t in doc if t.text == "claimed")
    attr = attribute(verb, verb.sent, lambda start, end: None, "Wire")
    assert attr.source.name == "Fuerza Roja"
    assert attr.source.kind == "organization"
