"""Stop 20 geocoding: abbreviated county and township words ("Platte Co.") reach the area,
and a municipality's formal name ("City of Norfolk") is no second witness for its own
short name."""
from __future__ import annotations

import pytest

from claimtrace import extract
from claimtrace import gazetteer as gz
from claimtrace.steps import places, places_forms


@pytest.mark.parametrize(("key", "full"), [("platte co", "platte county"),
                                           ("madison twp", "madison township"),
                                           ("st landry par", "st landry parish")])
def test_an_abbreviated_admin_word_is_spelt_out(key, full):
    assert gz._expanded_admin_word(key) == full


@pytest.mark.parametrize("key", ["co", "mexico", "platte", "morocco"])
def test_no_abbreviation_no_expansion(key):
    assert gz._expanded_admin_word(key) is None


def test_platte_co_is_the_county():
    gaz = gz.load()
    cand = places.resolve_name("Platte Co.", gz.build_context(gaz, ["Platte Co.", "Nebraska"]))
    assert cand is not None and cand.feature == "admin2"
    assert (cand.name, cand.admin1) == ("Platte County", "Nebraska")


def test_without_the_expansion_platte_co_is_no_county(monkeypatch):
    # the fallback is what decides: without it the known word "Platte" is a town
    monkeypatch.setattr(gz, "_expanded_admin_word", lambda key: None)
    gaz = gz.load()
    cand = places.resolve_name("Platte Co.", gz.build_context(gaz, ["Platte Co.", "Nebraska"]))
    assert cand is None or cand.feature != "admin2"


def test_a_name_known_in_full_keeps_its_own_rows():
    # "Clinton Township" is in the gazetteer as itself: no expansion is tried
    assert [c.name for c in gz.load().lookup("Clinton Township")]


@pytest.mark.parametrize(("name", "short"), [("City of Norfolk", "Norfolk"),
                                             ("the Village of Glen Carbon", "Glen Carbon"),
                                             ("Town of Clinton", "Clinton")])
def test_a_formal_municipal_name_lends_as_its_short_name(name, short):
    assert places._context_name(name, gz.load()) == short


@pytest.mark.parametrize("name", ["Bank of Mexico", "University of Texas", "city of lights",
                                  "City of Nowhereville Xq"])
def test_other_of_names_are_no_municipal_form(name):
    gaz = gz.load()
    short = places_forms.municipal_name(name)
    assert short is None or not gaz.candidates(short)


def test_city_of_norfolk_is_no_witness_for_norfolk():
    # "City of Norfolk" is an alternate name of Norfolk, Virginia: read as its own name it
    # would lend Virginia the evidence of a second name; read as "Norfolk" it lends none
    gaz = gz.load()
    names = [places._context_name(n, gaz) for n in ("City of Norfolk", "Norfolk")]
    context = gz.build_context(gaz, names)
    assert context.admin1_evidence("USA", "Virginia", "norfolk") < 0.5
    raw = gz.build_context(gaz, ["City of Norfolk", "Norfolk"])
    assert raw.admin1_evidence("USA", "Virginia", "norfolk") >= 0.5


@pytest.mark.parametrize("name, country", [("Agadez", "NER"), ("Gao", "MLI"), ("Sennar", "SDN")])
def test_a_seat_named_exactly_as_its_area_is_the_town(name, country):
    best = gz.load().resolve(name)
    assert (best.feature, best.country) == ("city", country)


def test_a_state_named_like_a_small_town_elsewhere_stays_the_state():
    best = gz.load().resolve("Oklahoma")
    assert (best.feature, best.country) == ("admin1", "USA")


def test_the_gao_region_point_lies_in_the_region():
    area = next(c for c, _ in gz.load().candidates("Gao") if c.feature == "admin1")
    assert gz.haversine_km(area.lat, area.lon, 16.27, -0.04) < 161


def test_a_capital_name_is_the_capital_before_another_place_known_by_it():
    # Anantnag is also called Islamabad; in a story about Pahalgam, "Islamabad" is still
    # Pakistan's capital
    doc = extract("Gunmen killed 26 tourists near Pahalgam in Anantnag district. India "
                  "will pull its own advisers out of Islamabad.", published="2025-04-23")
    place = next(p for p in doc.places if p.name in ("Islamabad", "Anantnag")
                 and any(m.text == "Islamabad" for m in p.mentions))
    assert place.country == "PAK"
