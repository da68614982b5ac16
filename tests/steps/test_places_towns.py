"""Step `places`: town cues, split directions and particle names (`places_towns`)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimtrace import gazetteer as gz
from claimtrace.steps import places_towns as pt
from places_helpers import near, places_by_mention as _places


def _cand(name, feature, country="MMR"):
    return gz.Candidate(geonames_id=None, name=name, feature=feature, country=country,
                        admin1=None, lat=0.0, lon=0.0, population=0, curated=False,
                        capital=False)


def test_prefer_town_moves_the_same_named_town_first():
    area, town = _cand("Kayes", "admin1", "MLI"), _cand("Kayes", "city", "MLI")
    ranked = pt.prefer_town([(3.0, area), (1.0, town)])
    assert [c.feature for _, c in ranked] == ["city", "admin1"]


def test_prefer_town_keeps_an_area_without_a_town_of_its_country():
    area, abroad = _cand("Kayes", "admin1", "MLI"), _cand("Kayes", "city", "FRA")
    assert pt.prefer_town([(3.0, area), (1.0, abroad)])[0][1] is area


def test_town_cue_after_the_name_and_in_a_dateline():
    words = ["Shelling", "hit", "Kayes", "town", "."]
    doc = Doc(Vocab(), words=words, spaces=[True, True, True, False, False])
    start = doc[2].idx
    assert pt.town_cue(doc, start, start + len("Kayes"))
    dateline = Doc(Vocab(), words=["KAYES", ",", "Mali", "-", "Gunmen", "struck"],
                   spaces=[False, True, True, True, True, False])
    assert pt.town_cue(dateline, 0, len("KAYES"))
    plain = Doc(Vocab(), words=["Fighting", "in", "Kayes", "region"],
                spaces=[True, True, True, False])
    assert not pt.town_cue(plain, plain[2].idx, plain[2].idx + 5)


def test_compass_before_reads_a_split_direction():
    doc = Doc(Vocab(), words=["in", "south", "-", "west", "Chad"],
              spaces=[True, False, False, True, False])
    assert pt.compass_before(doc, 4) == ("south-west", 1)
    spaced = Doc(Vocab(), words=["in", "south", "-", "west", "Chad"],
                 spaces=[True, True, True, True, False])
    assert pt.compass_before(spaced, 4) is None


@pytest.mark.slow
def test_township_and_town_of_name_the_town_not_its_region(nlp):
    text = "A drone struck a market in Sagaing township and then the town of Kayes."
    found = _places(nlp, text)
    assert near(found["Sagaing"], 21.88, 95.98, km=30)
    assert near(found["Kayes"], 14.45, -11.44, km=30)


@pytest.mark.slow
def test_split_direction_narrows_the_country(nlp):
    text = "Aid groups say the fighting in north-east Nigeria has worsened this year."
    part = _places(nlp, text)["Nigeria"]
    assert part.feature == "region" and near(part, 11.5, 12.5)


@pytest.mark.slow
def test_particle_name_is_not_the_region_it_ends_with(nlp):
    text = "Militants attacked an army camp at Nioro du Sahel on Tuesday."
    found = _places(nlp, text).values()
    assert all(p.name != "Sahel" for p in found)
    assert any(near(p, 15.23, -9.59, km=30) for p in found)
