"""Stop-20 readings of the claims step, on sentences written for these tests: conventions
that hold across many annotated sets. A meeting named as the stage of what is said or done
there is no event beside it; attackers leaving when their raid is done retreat from
nothing; a weapon's payload is no weapons movement; a pact in force is no agreement made
now; weapons that come with no supplier named strike; counted people where they are or
where they went are a population figure."""
from functools import partial

import pytest

from claims_helpers import run as _run
from claims_helpers import types

pytestmark = pytest.mark.slow

run = partial(_run, published="2024-03-12")


# (sentence, types it must tell, types it must not tell)
READINGS = [
    # what is said or done at a meeting: the meeting is its stage
    ("The governor told the president at a televised meeting that rebels had seized "
     "three villages.", {"COERCE"}, {"CONSULT"}),
    ("Speaking at a security conference in Munich, the minister accused Russia of shelling "
     "the plant.", {"ACCUSE"}, {"CONSULT"}),
    ("During a council meeting on Monday, the envoy said the militia had killed 20 "
     "farmers.", {"ASSAULT"}, {"CONSULT"}),
    ("Both governments accepted the plan at talks in Riyadh on Sunday.", {"AGREE"},
     {"CONSULT"}),
    ("A joint statement issued after the talks in Geneva said both sides would free their "
     "prisoners.", set(), {"CONSULT"}),
    ("The prime minister told a late meeting of his cabinet that the country would "
     "retaliate.", set(), {"CONSULT"}),
    # a meeting that is the point is told
    ("Putin and Erdogan met in Sochi on Friday.", {"CONSULT"}, set()),
    ("The foreign minister joined Zelensky at a summit in Kyiv on Tuesday.", {"CONSULT"},
     set()),
    ("Delegations from both countries held talks in Doha on Monday.", {"CONSULT"}, set()),
    # attackers leaving after their raid; the other side pulling back does retreat
    ("Gunmen burned 40 houses in the village before withdrawing into the forest.",
     {"ASSAULT"}, {"RETREAT"}),
    ("The insurgents looted the clinic and set fire to a police post before they pulled "
     "back.", {"ASSAULT"}, {"RETREAT"}),
    ("Rebels shelled the town for two days before the army pulled back to the west.",
     {"ASSAULT", "RETREAT"}, set()),
    # what a weapon or a bomber carries; weapons carried somewhere do move
    ("Police said the bomb carried around 500 kg of explosives.", set(), {"MOBILIZE"}),
    ("The attacker carried between 6 and 8 kilograms of explosives, officials said.", set(),
     {"MOBILIZE"}),
    ("Trucks carried artillery shells to the front near Bakhmut on Monday.", {"MOBILIZE"},
     set()),
    # a pact in force; a pact made now
    ("India suspended the 1960 Indus Waters Treaty on Wednesday.", set(), {"AGREE"}),
    ("The offensive marked the end of the 2015 Algiers peace agreement.", set(), {"AGREE"}),
    ("Russia and Ukraine signed a grain deal in Istanbul on Friday.", {"AGREE"}, set()),
    ("Israel-Hezbollah ceasefire takes hold in Lebanon", {"AGREE"}, set()),
    # weapons that come
    ("It is unclear how much ammunition came with the troops.", set(), {"ASSAULT"}),
    # air traffic stopped or sent elsewhere; a misparsed object keeps its passive subject
    ("Four incoming flights were diverted to other airports overnight.", {"COERCE"}, set()),
    ("The airport halted all take-offs and landings for almost four hours.", {"COERCE"},
     set()),
    ("Flights have been halted at all four main Moscow airports - Sheremetyevo, Domodedovo, "
     "Vnukovo and Zhukovsky - Russia's aviation authority Rosaviatsia said.", {"COERCE"},
     set()),
    ("Snow halted flights at the airport on Monday.", set(), {"COERCE"}),
]


@pytest.mark.parametrize("text, told, untold", READINGS)
def test_reading(text, told, untold):
    found = set(types(run(text)[0]))
    assert told <= found and not untold & found


@pytest.mark.parametrize("text, only", [
    # undoing a pact rejects it (stop 24; it was a sanction until then), and the pact is no
    # agreement
    ("The junta revoked a series of military cooperation agreements with France.",
     "REJECT"),
    ("The drone came shortly after dawn on Sunday.", "ASSAULT"),
    ("The drones came over Shostka at about 7am.", "ASSAULT"),
    ("The missiles came from North Korea, officials said.", "AID"),
])
def test_the_one_claim_told(text, only):
    assert types(run(text)[0]) == [only]


@pytest.mark.parametrize("text, value", [
    ("City officials say fewer than 1,300 residents remain in the town.", 1300),
    ("Up to 2,000 families have left the camp since Tuesday, the UN said.", 2000),
    ("Our teams have registered more than 9,000 new arrivals since 30 June.", 9000),
    ("Fewer than 100 civilians were still living there, officials said.", 100),
    ("Some 20,000 people managed to get to safety.", 20000),
    ("About 60,000 people lived there; city officials say fewer than 1,300 remain.", 1300),
    ("Thousands of displaced families are driving south from Beirut.", 2000),
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
    "Zamzam camp, which sheltered half a million people, was overrun.",  # a place described
])
def test_other_counts_are_no_population_figure(text):
    doc, _ = run(text)
    assert not any(c.subtype == "population" for c in doc.claims)


def test_how_long_traffic_stopped_is_the_closure_figure():
    # "for almost four hours after ...": how long, not a lapse before an event
    doc, _ = run("On Monday evening, Copenhagen Airport halted all take-offs and landings for "
                 "almost four hours after two to three large drones were spotted.")
    closure = next(c for c in doc.claims if c.type == "COERCE")
    quantities = {q.id: q for q in doc.quantities}
    assert (quantities[closure.quantity].value, quantities[closure.quantity].unit) == (4, "h")


def test_a_weapon_carrying_its_warhead_moves_nothing():
    doc, _ = run("The Fath-360 carries a 150 kg warhead, the ministry said.")
    assert "MOBILIZE" not in types(doc)


@pytest.mark.parametrize("text, certainty", [
    ("Around 100 hostages are still in Gaza, at least a third of whom are believed to be "
     "dead.", "believed"),
    ("At least 12 people may be dead, the governor said.", "possible"),
])
def test_a_predicate_adjective_takes_its_copulas_subject_and_modality(text, certainty):
    doc, _ = run(text)
    toll = next(c for c in doc.claims if c.subtype == "casualties")
    assert toll.certainty == certainty
