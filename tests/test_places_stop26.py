"""Stop 26 places: a facility or settlement the text puts "in" a country or a first-level
area lies there (a namesake abroad is no reading; with none inside, a small country's or the
area's point stands for it); compass names match joined or hyphenated ("Southwest" is
Cameroon's South-West); a one-word "person" the tagger made of a village the story names
as a place is that place."""
from __future__ import annotations

import pytest

from claimtrace import extract
from claimtrace.gazetteer import load

pytestmark = pytest.mark.slow


def places_named(text, words, published="2023-12-15"):
    doc = extract(text, published=published)
    return doc, [p for p in doc.places if any(m.text.startswith(words) for m in p.mentions)]


def test_an_airport_in_a_small_country_is_placed_there_not_at_a_namesake():
    _, found = places_named("The two presidents met at Argyle airport in St Vincent and the "
                            "Grenadines on Thursday.", "Argyle")
    assert [p.country for p in found] == ["VCT"]


def test_a_village_in_a_state_the_gazetteer_lacks_is_placed_at_the_state():
    _, found = places_named("Gunmen killed 15 people in Mera village in Kebbi state on "
                            "Friday, police said.", "Mera")
    assert [p.country for p in found] == ["NGA"]
    assert abs(found[0].lat - 11.76) < 1 and abs(found[0].lon - 4.81) < 1


def test_a_place_with_a_reading_inside_its_country_keeps_it():
    _, found = places_named("Drones struck Kherson airport in Ukraine overnight.", "Kherson")
    assert [p.country for p in found] == ["UKR"]


def test_compass_names_match_joined_or_hyphenated():
    gazetteer = load()
    joined = {(c.name, c.country) for c in gazetteer.lookup("Southwest")}
    assert ("South-West", "CMR") in joined
    _, found = places_named("Separatists attacked a village in Cameroon's Southwest region.",
                            "Southwest")
    assert found and found[0].country == "CMR" and found[0].feature == "admin1"


def test_a_village_the_tagger_took_for_a_person_is_the_place():
    doc, found = places_named(
        "Marines held positions in the village of Krynky on the left bank. Krynky had been "
        "shelled for months, and Krynky is now in ruins.", "Krynky", published="2024-07-20")
    assert len(found) == 1 and found[0].country == "UKR" and len(found[0].mentions) == 3
    assert not [a for a in doc.actors if a.name == "Krynky"]


def test_an_english_name_of_an_area_joins_the_word_before_it():
    doc = extract("Al-Shabaab holds towns in Middle Juba and Lower Juba.", published="2023-12-15")
    assert sorted((p.country, p.feature) for p in doc.places) == [("SOM", "admin1")] * 2


@pytest.mark.parametrize("text, country", [
    ("Fighting was reported in Burkina Faso's East region.", "BFA"),
    ("Cameroon's East region hosts thousands of refugees.", "CMR"),
])
def test_a_compass_region_is_read_in_its_country_also_by_its_french_name(text, country):
    doc = extract(text, published="2023-12-15")
    regions = [p for p in doc.places if p.feature == "admin1"]
    assert [p.country for p in regions] == [country]
