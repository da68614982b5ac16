"""Stop 21 actors: a known one-word name led in by a name particle ("Ahmed Awad bin
Mubarak") is the end of someone else's name, not the known person."""
from __future__ import annotations

import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def names(text):
    return {a.name: a for a in extract(text, published="2024-03-03").actors}


def test_a_particle_leads_into_someone_elses_name():
    found = names("Prime Minister Ahmed Awad bin Mubarak condemned the attack.")
    assert "Hosni Mubarak" not in found
    assert found["Ahmed Awad bin Mubarak"].kind == "person"


def test_the_known_name_alone_is_still_the_known_person():
    found = names("Former president Hosni Mubarak ruled Egypt for 30 years. Mubarak died in 2020.")
    assert found["Hosni Mubarak"].country == "EGY"


def test_an_entity_run_on_into_a_preposition_ends_before_it():
    # stop 22: the tagger read "Damazin in" as one organisation
    doc = extract("Many are heading east to Gedaref, others south towards Damazin in Blue Nile "
                  "state, often on foot.", published="2024-07-01")
    assert not any(a.name.endswith(" in") for a in doc.actors)
    damazin = [p for p in doc.places if any(doc.text[m.start:m.end] == "Damazin"
                                            for m in p.mentions)]
    assert damazin and damazin[0].country == "SDN"
    # a spaCy doc keeps the labels and ids of the entities it did not trim
    from claimtrace.steps.parse import load_nlp
    sdoc = load_nlp()("The Houthis fired at Eilat and Kherson and Kyiv.")
    assert all(e.label_ for e in sdoc.ents)
    assert not any(e[-1].pos_ in ("ADP", "CCONJ", "DET") for e in sdoc.ents)
