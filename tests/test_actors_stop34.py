"""Stop 34: civil bodies named with a state's, people's or region's word; capitals that
speak through a verb the parse took for a noun, or through "officials in" them."""
from __future__ import annotations

import pytest

from claimtrace import extract


def _actors(text):
    doc = extract(text, published="2024-05-01")
    return doc, {a.name: a for a in doc.actors}


@pytest.mark.parametrize("text, name, country", [
    ("The Syria Casualty Watch said 12 people were killed.", "Syria Casualty Watch", "SYR"),
    ("The Afghan Civilian Protection Monitor condemns the attack.",
     "Afghan Civilian Protection Monitor", "AFG"),
    ("The Lebanese Red Cross said four paramedics were wounded.", "Lebanese Red Cross", "LBN"),
    ("According to the Syrian Civil Defence, 40 people died.", "Syrian Civil Defence", "SYR"),
    ("The Anglican Diocese of Jerusalem said the hospital was hit.",
     "Anglican Diocese of Jerusalem", "ISR"),
])
def test_a_civil_body_named_with_a_state_word_is_an_organization(text, name, country):
    doc, actors = _actors(text)
    body = actors[name]
    assert body.kind == "organization" and body.country == country
    # the state word inside the name is no actor mention of its own
    assert all(m.start >= body.mentions[0].start and m.end <= body.mentions[0].end
               or a is body for a in doc.actors for m in a.mentions)


def test_the_civil_body_is_the_source_of_what_it_says():
    doc, actors = _actors("The Syria Casualty Watch said 12 people were killed in Raqqa.")
    (claim,) = [c for c in doc.claims if c.type == "ASSAULT"]
    assert claim.source.name == "The Syria Casualty Watch"


def test_a_region_word_names_a_civil_body_too():
    _, actors = _actors("The Sahel Rights Monitor said today that 40 civilians died.")
    assert actors["Sahel Rights Monitor"].kind == "organization"


def test_a_lexicon_actor_with_a_civil_head_stays_itself():
    _, actors = _actors("The Russian Federation said the Arab League was wrong.")
    assert actors["Russia"].kind == "state"
    assert "Russian Federation" not in actors
    assert actors["Arab League"].kind == "organization"


def test_a_lower_case_body_is_no_named_body():
    _, actors = _actors("Syrian church leaders said the watch was kept all night.")
    assert all(a.kind != "organization" or "church" not in a.name.lower()
               for a in actors.values())


@pytest.mark.parametrize("text, capital, code", [
    ("M23 is backed by Rwanda, a charge that Kigali rejects.", "Kigali", "RWA"),
    ("Russia claimed 500 dead, a figure Kyiv dismisses.", "Kyiv", "UKR"),
])
def test_a_capital_before_a_verb_taken_for_a_noun_speaks(text, capital, code):
    doc, _ = _actors(text)
    assert any(a.code == code and capital in [m.text for m in a.mentions] for a in doc.actors)


def test_a_capital_before_a_true_plural_noun_is_no_actor():
    doc, _ = _actors("The Kyiv streets were empty on Sunday.")
    assert not any("Kyiv" in [m.text for m in a.mentions] for a in doc.actors)


def test_officials_in_two_capitals_are_those_states():
    doc, _ = _actors("Officials in Madrid and Kabul condemned the killing.")
    spoken = {m.text: a.code for a in doc.actors for m in a.mentions}
    assert spoken["Madrid"] == "ESP" and spoken["Kabul"] == "AFG"
    places = {p.name for p in doc.places}
    assert {"Madrid", "Kabul"} <= places  # still places as well


def test_the_coalition_is_the_led_coalition_named_before():
    doc, _ = _actors("The US-led coalition has carried out hundreds of air strikes on Raqqa. "
                     "The coalition acknowledged that 624 civilians had been killed.")
    (coalition,) = [a for a in doc.actors if "coalition" in [m.text for m in a.mentions]]
    assert coalition.country == "USA" and len(coalition.mentions) == 2


def test_a_coalition_named_by_no_state_is_no_state_s():
    doc, _ = _actors("The coalition said it struck Sanaa.")
    (coalition,) = [a for a in doc.actors if a.name == "coalition"]
    assert coalition.country is None


def test_the_army_is_the_foreign_army_named_before():
    doc, _ = _actors("The Israeli army entered Beit Hanoun in Gaza on Friday. Residents said "
                     "the army ordered them to leave for Gaza City.")
    army = [a for a in doc.actors if "army" in [m.text for m in a.mentions]]
    assert [a.code or a.country for a in army] == ["ISR"]


def test_a_bare_army_with_none_before_is_the_home_state_s():
    doc, _ = _actors("The army said it killed 20 militants in Gaza.")
    (army,) = [a for a in doc.actors if a.name == "army"]
    assert army.country == "PSE"


def test_a_capital_that_hints_speaks():
    doc, _ = _actors("Fire at Russian air base as Kyiv hints at strike")
    assert any(a.code == "UKR" and "Kyiv" in [m.text for m in a.mentions] for a in doc.actors)


def test_the_army_is_no_armed_group_named_army():
    doc, _ = _actors("The National Liberation Army (ELN) attacked a base in Colombia. The army "
                     "said 25 soldiers were wounded.")
    (army,) = [a for a in doc.actors if "army" in [m.text for m in a.mentions]]
    assert army.kind == "military_unit" and army.country == "COL"
