"""Stop-20 readings of the claims step, on sentences written for these tests: a meeting
named as the stage of what is said or done there is no event told beside it; attackers
leaving when their raid is done retreat from nothing."""
from functools import partial

import pytest

from claims_helpers import run as _run

pytestmark = pytest.mark.slow

run = partial(_run, published="2024-03-12")


def types(doc):
    return sorted(c.type for c in doc.claims)


@pytest.mark.parametrize("text, kept", [
    # what is said at a meeting: the meeting is its stage
    ("The governor told the president at a televised meeting that rebels had seized "
     "three villages.", "COERCE"),
    ("Speaking at a security conference in Munich, the minister accused Russia of "
     "shelling the plant.", "ACCUSE"),
    ("During a council meeting on Monday, the envoy said the militia had killed 20 "
     "farmers.", "ASSAULT"),
    # what is done at one: the deal, not the talks
    ("Both governments accepted the plan at talks in Riyadh on Sunday.", "AGREE"),
    # a statement issued after the talks
    ("A joint statement issued after the talks in Geneva said both sides would free "
     "their prisoners.", None),
    # speaking to a gathering
    ("The prime minister told a late meeting of his cabinet that the country would "
     "retaliate.", None),
])
def test_a_meeting_as_setting_is_no_consult_claim(text, kept):
    doc, _ = run(text)
    assert "CONSULT" not in types(doc)
    if kept:
        assert kept in types(doc)


@pytest.mark.parametrize("text", [
    "Putin and Erdogan met in Sochi on Friday.",
    "The foreign minister joined Zelensky at a summit in Kyiv on Tuesday.",
    "Delegations from both countries held talks in Doha on Monday.",
])
def test_a_meeting_that_is_the_point_is_told(text):
    doc, _ = run(text)
    assert "CONSULT" in types(doc)


@pytest.mark.parametrize("text", [
    "Gunmen burned 40 houses in the village before withdrawing into the forest.",
    "The insurgents looted the clinic and set fire to a police post before they pulled "
    "back.",
])
def test_attackers_leaving_after_their_raid_tell_no_retreat(text):
    doc, _ = run(text)
    assert "ASSAULT" in types(doc) and "RETREAT" not in types(doc)


def test_the_other_side_pulling_back_after_an_attack_is_a_retreat():
    doc, _ = run("Rebels shelled the town for two days before the army pulled back "
                 "to the west.")
    assert "ASSAULT" in types(doc) and "RETREAT" in types(doc)


@pytest.mark.parametrize("text", [
    "Police said the bomb carried around 500 kg of explosives.",
    "The attacker carried between 6 and 8 kilograms of explosives, officials said.",
])
def test_a_payload_carried_is_no_weapons_movement(text):
    doc, _ = run(text)
    assert "MOBILIZE" not in types(doc)


def test_weapons_carried_to_the_front_still_move():
    doc, _ = run("Trucks carried artillery shells to the front near Bakhmut on Monday.")
    assert "MOBILIZE" in types(doc)


@pytest.mark.parametrize("text", [
    "India suspended the 1960 Indus Waters Treaty on Wednesday.",
    "The junta revoked a series of military cooperation agreements with France.",
    "The offensive marked the end of the 2015 Algiers peace agreement.",
])
def test_a_pact_in_force_is_no_agreement_made_now(text):
    doc, _ = run(text)
    assert "AGREE" not in types(doc)


def test_undoing_a_pact_is_a_sanction():
    doc, _ = run("The junta revoked a series of military cooperation agreements with France.")
    assert types(doc) == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Russia and Ukraine signed a grain deal in Istanbul on Friday.",
    "Israel-Hezbollah ceasefire takes hold in Lebanon",
])
def test_a_pact_made_now_is_an_agreement(text):
    doc, _ = run(text)
    assert "AGREE" in types(doc)


@pytest.mark.parametrize("text, value", [
    ("City officials say fewer than 1,300 residents remain in the town.", 1300),
    ("Up to 2,000 families have left the camp since Tuesday, the UN said.", 2000),
    ("Our teams have registered more than 9,000 new arrivals since 30 June.", 9000),
    ("Fewer than 100 civilians were still living there, officials said.", 100),
    ("Some 20,000 people managed to get to safety.", 20000),
])
def test_counted_people_who_stay_or_move_are_a_population_figure(text, value):
    doc, _ = run(text)
    figures = [c for c in doc.claims if c.subtype == "population"]
    assert len(figures) == 1 and figures[0].type is None and figures[0].kind == "quantity"
    quantities = {q.id: q for q in doc.quantities}
    assert quantities[figures[0].quantity].value == value


@pytest.mark.parametrize("text", [
    "About 30,000 people live in the town.",  # a town's size, not where people went
    "Five soldiers remained in the building.",  # troops, not a population
    "At least 20 people were killed in the strike.",  # a toll
])
def test_other_counts_are_no_population_figure(text):
    doc, _ = run(text)
    assert not any(c.subtype == "population" for c in doc.claims)


@pytest.mark.parametrize("text, kind", [
    ("The drone came shortly after dawn on Sunday.", "ASSAULT"),
    ("The drones came over Shostka at about 7am.", "ASSAULT"),
    ("The missiles came from North Korea, officials said.", "AID"),
])
def test_weapons_that_come_strike_unless_a_supplier_is_named(text, kind):
    doc, _ = run(text)
    assert types(doc) == [kind]


def test_ammunition_coming_with_troops_is_no_strike():
    doc, _ = run("It is unclear how much ammunition came with the troops.")
    assert "ASSAULT" not in types(doc)
