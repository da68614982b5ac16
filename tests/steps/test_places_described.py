"""Step `places`: a town the text describes ("X, a town in Y") lies in Y's country, at Y when
the gazetteer lacks it; names used as locations after "out of", "north of", "bordering" and
after "the capital,"."""
from __future__ import annotations

import pytest

from claimtrace import gazetteer as gz
from claimtrace.model import Document
from claimtrace.steps import actors, places
from claimtrace.steps.places_hosts import SETTLEMENT_NOUNS


def _places_of(nlp, text):
    doc = Document(text=text)
    doc.spacy = nlp(text)
    return places.resolve_places(actors.resolve_actors(doc)).places


def _named(found, name):
    return [p for p in found if p.name == name]


def test_settlement_nouns_and_place_verbs():
    assert {"town", "village", "locality"} <= SETTLEMENT_NOUNS
    assert {"border", "neighbour"} <= places.PLACE_VERBS
    assert {"out", "north"} <= places.OF_LOCATIVES


@pytest.mark.slow
def test_a_described_town_lies_in_the_country_of_its_area(nlp):
    # the gazetteer knows only a namesake abroad (Cameroon), the text puts it in Nigeria
    found = _places_of(nlp, "Gunmen seized pupils in Maga, a town in the Danko-Wasagu "
                            "area of Kebbi state.")
    maga = _named(found, "Maga")
    assert maga and all(p.country == "NGA" for p in maga)
    assert gz.haversine_km(maga[0].lat, maga[0].lon, 11.4, 5.5) <= 161


@pytest.mark.slow
def test_an_unknown_village_is_placed_at_the_area_that_holds_it(nlp):
    found = _places_of(nlp, "Gunmen attacked worshippers in Zorbiko, a village in the "
                            "Tillaberi region.")
    village = _named(found, "Zorbiko")
    assert village and village[0].country == "NER" and village[0].feature == "other"


@pytest.mark.slow
def test_a_description_with_a_direction_is_no_area(nlp):
    found = _places_of(nlp, "In January the rebels overran Goma, the largest city in the "
                            "east.")
    assert [p.country for p in found if p.name == "Goma"] == ["COD"]


@pytest.mark.slow
def test_names_after_out_of_the_capital_and_bordering_are_locations(nlp):
    found = _places_of(nlp, "The gang coalition has pushed out of Port-au-Prince. "
                            "Gangs control most of the capital, Port-au-Prince. "
                            "He is based in North Waziristan, the district bordering "
                            "Afghanistan.")
    names = {p.name for p in found}
    assert "Port-au-Prince" in names and "Afghanistan" in names
