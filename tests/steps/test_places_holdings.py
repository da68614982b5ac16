"""Step `places`: names before a noun of what places hold ("the X oil field", "X prison",
"the X commune"), and a sentence-initial "The" that is no part of a name."""
from __future__ import annotations

import pytest

from claimtrace import gazetteer as gz
from claimtrace.model import Document
from claimtrace.steps import actors, places


def _places_of(nlp, text):
    doc = Document(text=text)
    doc.spacy = nlp(text)
    return places.resolve_places(actors.resolve_actors(doc)).places


def _near(place, lat, lon, km=161.0):
    return gz.haversine_km(place.lat, place.lon, lat, lon) <= km


def test_holding_and_name_nouns_cover_fields_prisons_and_communes():
    for noun in ("field", "prison", "commune", "forest", "lga"):
        assert noun in places.HOLDING_HEADS
    for noun in ("field", "terminal", "prison", "park", "spit"):
        assert noun in places.NAME_NOUNS


@pytest.mark.slow
def test_a_name_before_a_noun_of_holdings_is_placed(nlp):
    found = _places_of(nlp, "A fire broke out at the Rumaila oil field on Sunday. "
                            "Guards moved inmates out of Evin prison. "
                            "Looters emptied shops in the Ngaliema commune.")
    assert any(p.country == "IRQ" and _near(p, 30.4, 47.3) for p in found)
    assert any(p.country == "IRN" and _near(p, 35.8, 51.4) for p in found)
    assert any(p.country == "COD" and _near(p, -4.35, 15.25) for p in found)


@pytest.mark.slow
def test_a_sentence_initial_the_before_a_place_noun_is_no_name(nlp):
    found = _places_of(nlp, "The coast guard towed the boat. The camp was quiet. "
                            "The field was muddy after the rain.")
    assert found == []


@pytest.mark.slow
def test_a_facility_host_is_read_after_a_locative_preposition(nlp):
    from claimtrace.steps.places_hosts import host_name

    sdoc = nlp("Gunmen stormed the Blue Lagoon Hotel in Mogadishu on Friday.")
    start = next(t.i for t in sdoc if t.text == "Blue")
    assert host_name(sdoc, start, start + 3) == "Mogadishu"
    assert host_name(sdoc, start, start + 2) is None  # "Blue Lagoon": no building noun
    sdoc = nlp("He spoke at the Levant Policy Forum in Beirut.")
    start = next(t.i for t in sdoc if t.text == "Levant")
    assert host_name(sdoc, start, start + 3) is None  # an institution, not a building


@pytest.mark.slow
def test_an_unknown_facility_lies_in_its_host_not_in_a_namesake(nlp):
    found = _places_of(nlp, "Gunmen stormed the Pearl Hotel in Mogadishu on Friday. "
                            "A fire gutted the Sheraton hotel in Kabul.")
    by = {p.name: p for p in found}
    assert by["Pearl Hotel"].country == "SOM" and _near(by["Pearl Hotel"], 2.04, 45.34)
    assert by["Sheraton"].country == "AFG" and by["Sheraton"].feature == "other"


@pytest.mark.slow
def test_a_city_owning_a_depot_or_terminal_is_a_place(nlp):
    found = _places_of(nlp, "Tehran's main oil depot burned through the night.")
    assert any(p.country == "IRN" and _near(p, 35.69, 51.42) for p in found)
