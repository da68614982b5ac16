"""Stop 32: a national capital named like a state elsewhere, and world cities' namesakes."""
from __future__ import annotations

from claimtrace import extract


def _places(text):
    doc = extract(text, published="2014-06-16")
    return {p.name: (p.country, round(p.lat), round(p.lon)) for p in doc.places}


STORY = ("UN rights chief Navi Pillay said in Geneva that the executions amount to war "
         "crimes. In Washington, the State Department condemned the killings.")


def test_geneva_and_washington_in_a_story_from_abroad_are_the_world_cities():
    places = _places(STORY)
    # not the town of Geneva in Washington state, nor the state itself: each lent the
    # other evidence, and the State Department made every US reading likelier
    assert places["Geneva"] == ("CHE", 46, 6)
    assert places["Washington"] == ("USA", 39, -77)


def test_a_washington_state_story_keeps_its_state_and_towns():
    places = _places("Wildfires spread near Spokane and Yakima on Monday, and the "
                     "governor of Washington declared an emergency.")
    assert places["Washington"][0] == "USA" and places["Washington"][2] < -115
    assert places["Yakima"][0] == "USA"


def test_a_town_abroad_far_from_the_story_is_a_namesake_in_the_storys_area():
    places = _places("Gunmen attacked the village of Ogossagou in central Mali's Mopti "
                     "region, Malian officials said. The army said the gunmen came from "
                     "Bankass. The nearby village of Welingara was attacked the same "
                     "morning.")
    # the gazetteer knows only a Gambian Welingara, 1,400 km west
    assert places["Welingara"] == ("MLI", 15, -3)


def test_the_known_last_word_of_an_unknown_name_is_no_place_abroad():
    places = _places("Sudanese police said gunmen attacked the sit-in at Fata Borno near "
                     "Kutum in North Darfur.")
    assert "Borno" not in places and "Fata Borno" not in places  # not Nigeria's state
    assert places["Kutum"][0] == "SDN"
    # a camp named after someone lies in no town of that name
    assert "Speicher" not in _places("Most victims were trainees who had left Camp "
                                     "Speicher, a sprawling air base north of Tikrit.")


def test_a_dateline_of_two_cities_names_both():
    places = _places("BAMAKO/DAKAR, 25 March 2019 - The alliance today called on the Malian "
                     "authorities to investigate the attack.")
    assert places["Bamako"][0] == "MLI" and places["Dakar"][0] == "SEN"
