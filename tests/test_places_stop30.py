"""Stop 30: a country's name inside the name of another country's admin-1 area ("the Niger
state government", Nigeria) names the area, and its government is the area's country."""
from __future__ import annotations

from claimtrace import extract


def _actors(text):
    doc = extract(text, published="2021-02-27")
    return doc, {a.code: [doc.text[m.start:m.end] for m in a.mentions] for a in doc.actors}


def test_a_state_named_like_a_country_belongs_to_its_own_country():
    doc, actors = _actors("The Niger state government said on Saturday that all 42 had been "
                          "freed. Gunmen abducted them in Kagara, Niger state, last week.")
    assert actors.get("NGA") == ["Niger", "Niger"]
    assert "NER" not in actors
    assert {p.country for p in doc.places} == {"NGA"}
    assert len({a.id for a in doc.actors}) == len(doc.actors)


def test_the_country_itself_keeps_its_code():
    _, actors = _actors("Niger said on Saturday that it had closed its border with Mali.")
    assert "NER" in actors


def test_a_state_actor_made_after_actors_were_dropped_takes_a_free_id():
    from claimtrace.actors_lexicon import load_lexicon
    from claimtrace.model import Actor, Document
    from claimtrace.steps.actors_coref import state_actor

    doc = Document(text="")
    doc.actors = [Actor(id="a1", name="Burkina Faso", kind="state", code="BFA"),
                  Actor(id="a3", name="gunmen", kind="group")]  # a2 was dropped
    made = state_actor(doc, load_lexicon().state("SEN"))
    assert made.id == "a4" and [a.id for a in doc.actors] == ["a1", "a3", "a4"]
    assert state_actor(doc, load_lexicon().state("BFA")) is doc.actors[0]
