"""Step `places`: names no gazetteer knows, marked as places by a cue ("the village of X",
"a mosque in X", "the X project"), located at the area the text puts them in."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from claimtrace import gazetteer as gz
from claimtrace.model import Document, Place
from claimtrace.steps import places_approx as pa

from places_helpers import near, places_by_mention

VOCAB = spacy.blank("en").vocab  # lexical attributes (is_title, is_lower), no model


def test_a_small_country_serves_as_an_area_and_a_large_one_does_not():
    gazetteer = gz.load()
    kosovo = gazetteer.resolve("Kosovo")
    russia = gazetteer.resolve("Russia")
    assert pa.small_country("XKX", gazetteer, kosovo.lat, kosovo.lon)
    assert not pa.small_country("RUS", gazetteer, russia.lat, russia.lon)


def test_a_place_read_from_a_contract_keeps_how_it_was_located():
    doc = Document(text="x")
    doc.places = [Place("p1", "Korvalo", "other", lat=1.0, lon=2.0,
                        located_by="containing_area")]
    out = doc.to_dict()["places"][0]
    assert out["located_by"] == "containing_area"
    assert Place("p2", "Goma", "city").located_by == "gazetteer"


def test_cued_names_read_settlement_and_facility_cues():
    words = "rebels raided the village of Korvalo and the Anzar hydropower project".split()
    sdoc = Doc(VOCAB, words=words)
    names = [c.name for c in pa.cued_names(sdoc, gz.load())]
    assert names == ["Korvalo", "Anzar"]


def test_a_known_town_after_a_cue_is_left_to_the_gazetteer():
    sdoc = Doc(VOCAB, words="fighting reached the town of Kramatorsk".split())
    assert pa.cued_names(sdoc, gz.load()) == []


@pytest.mark.slow
def test_an_unknown_village_lies_at_the_district_its_sentence_names(nlp):
    found = places_by_mention(nlp, "Gunmen killed 12 people in the village of Korvalo, in "
                                   "the north of Kunduz province, officials said.")
    village = found["Korvalo"]
    assert village.located_by == "containing_area" and village.country == "AFG"
    assert near(village, 36.73, 68.86, km=5)
    assert found["Kunduz province"].located_by == "gazetteer"


@pytest.mark.slow
def test_a_mosque_town_lies_at_the_part_of_the_country_named_after_it(nlp):
    found = places_by_mention(nlp, "A bomb went off near a mosque in Tazgrit, in northern Mali.")
    assert found["Tazgrit"].country == "MLI" and found["Tazgrit"].located_by == "containing_area"


@pytest.mark.slow
def test_no_area_named_means_no_approximate_place(nlp):
    found = places_by_mention(nlp, "Engineers closed the gates of the Velmora reservoir.")
    assert "Velmora" not in found


@pytest.mark.slow
def test_a_direction_of_a_country_is_a_place_not_a_state(nlp):
    found = places_by_mention(nlp, "The clashes spread to northern Kosovo.")
    assert found["Kosovo"].country == "XKX" and found["Kosovo"].feature == "region"
