"""Stop 27 places: a hamlet the gazetteer knows only far from every other place of the story
is a namesake; the village lies in the area the story names (its point stands for it)."""
from __future__ import annotations

import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow

STORY = ("A Russian transport plane crashed in Belgorod region on Wednesday. Officials in "
         "Belgorod and Kursk said all on board were killed. Residents of {} said they heard a "
         "blast.")


def test_a_far_hamlet_named_in_a_story_of_one_region_is_placed_in_that_region():
    doc = extract(STORY.format("Yablonovo"), published="2024-01-25")
    village = next(p for p in doc.places if p.name == "Yablonovo")
    region = next(p for p in doc.places if p.name == "Belgorod Oblast")
    assert (village.lat, village.lon) == (region.lat, region.lon)


def test_a_town_near_the_story_keeps_its_own_point():
    doc = extract(STORY.format("Shebekino"), published="2024-01-25")
    town = next(p for p in doc.places if p.name == "Shebekino")
    region = next(p for p in doc.places if p.name == "Belgorod Oblast")
    assert (town.lat, town.lon) != (region.lat, region.lon)
    assert abs(town.lat - 50.4) < 0.3 and abs(town.lon - 36.9) < 0.3


def test_a_two_word_town_the_tagger_read_as_a_person_in_a_headline_is_the_town():
    doc = extract("Las Anod: civilians trapped as fighting enters second week, aid group warns"
                  "\n\nFighting continued in Las Anod, the main town of the Sool region, on "
                  "Monday.", published="2023-02-14")
    town = next(p for p in doc.places if p.country == "SOM" and p.feature == "city")
    assert [m.start for m in town.mentions] == [0, 99]
    assert "Las Anod" not in {a.name for a in doc.actors}
