"""Stop 34: towns the small model reads as products or as people under another form of
their name ("Manbij", "Peshawar", "al-Bab"), and a city's Old City."""
from __future__ import annotations

from claimtrace import extract


def _places(text):
    doc = extract(text, published="2017-02-24")
    return {p.name: (p.country, round(p.lat, 1), round(p.lon, 1)) for p in doc.places}


def test_a_town_read_as_a_product_is_a_place():
    assert _places("Erdogan has said the next targets in Syria are Manbij, held by the "
                   "SDF.")["Manbij"][0] == "SYR"
    assert _places("\"The TTP has rebuilt its networks,\" said Farah Qazi, a Peshawar-based "
                   "security analyst.")["Peshawar"][0] == "PAK"


def test_a_weapon_system_read_as_a_product_is_no_place():
    assert _places("Ukraine fired Patriot missiles at the jets over Kharkiv.").keys() == {
        "Kharkiv"}


def test_a_town_read_as_a_person_under_another_form_of_its_name_is_a_place():
    places = _places("Turkish jets carried out strikes on al-Bab and nearby villages in "
                     "Syria.")
    assert places["Al Bāb"] == ("SYR", 36.4, 37.5)


def test_a_person_s_name_stays_no_place():
    assert _places("Hassan Nasrallah spoke on Sunday. Hassan said the war goes on.") == {}


def test_the_old_city_lies_in_the_city_named_before_it():
    places = _places("Coalition jets struck Raqqa on Monday. Shelling continued near the "
                     "Old City, residents said.")
    assert places["Old City"] == places["Ar Raqqah"]


def test_the_old_city_of_a_named_city_keeps_its_own_reading():
    places = _places("Crowds gathered in the Old City of Jerusalem.")
    assert places["Old City"][0] == "PSE"


def test_a_country_named_lends_no_weight_to_a_venue_s_small_namesake():
    places = _places("The refugee agency said in a statement from Geneva that Britain and the "
                     "United States had pledged aid to Goma.")
    assert places["Geneva"][0] == "CHE"


def test_a_state_named_still_places_the_namesake():
    places = _places("Police in Geneva, Illinois, said a man was arrested in Kane County.")
    assert places["Geneva"][0] == "USA"
