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
