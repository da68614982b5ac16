"""Stop 29: names whose parts a connector joins with hyphens ("Mazar-i-Sharif",
"Dasht-e-Barchi") are one place, and a wire dateline's country holds its town even when
the gazetteer knows the town's name only abroad."""
from __future__ import annotations

from claimtrace import extract
from claimtrace.gazetteer import haversine_km
from claimtrace.steps.places_patterns import CONNECTED_NAME, entity_patterns


def _places(text, published="2022-10-01"):
    return {m.text: p for p in extract(text, published=published).places for m in p.mentions}


def test_a_name_joined_by_connectors_is_one_place_in_its_country():
    places = _places("The bombing hit a centre in Dasht-e-Barchi, a mainly Hazara area of "
                     "Kabul. Similar attacks struck Mazar-i-Sharif last year.")
    assert places["Dasht-e-Barchi"].country == "AFG"
    assert haversine_km(places["Mazar-i-Sharif"].lat, places["Mazar-i-Sharif"].lon,
                        36.71, 67.11) < 20
    assert "Dasht" not in places and "Barchi" not in places


def test_only_connected_names_become_patterns():
    assert CONNECTED_NAME.match("Mazar-i-Sharif") and CONNECTED_NAME.match("Deir-el-Zor")
    assert not CONNECTED_NAME.match("Ulan-Ude") and not CONNECTED_NAME.match("Tel-Aviv")
    forms = {p["pattern"] for p in entity_patterns()}
    assert "Mazar-i-Sharif" in forms and "Pul-i-Khumri" in forms


def test_a_dateline_country_holds_a_town_the_gazetteer_knows_only_abroad():
    places = _places("MUSHU, Nigeria - Ruth had set aside rice when the shooting started.",
                     published="2024-01-12")
    assert places["MUSHU"].country == "NGA"


def test_a_comma_in_a_sentence_is_no_dateline():
    places = _places("Israel struck Gaza, Israel's military said.", published="2024-01-12")
    assert places["Gaza"].country == "PSE"
