"""Stop 18: named sites placed by the text, and shared features given a state."""
import pytest

from claimtrace import gazetteer as gz
from claimtrace.model import Meta
from claimtrace.steps import places_shared


@pytest.fixture(scope="module")
def extractor():
    from claimtrace.pipeline import default_extractor
    return default_extractor()


def _places(extractor, text):
    doc = extractor.extract(text, Meta(published="2025-01-15")).to_dict()
    return {p["name"]: p for p in doc["places"]}


def test_possessor_places_a_site(extractor):
    places = _places(extractor, "Russia carried out barrages, with a strike on Kyiv's main "
                                "children's hospital drawing condemnation.")
    site = places["Kyiv's main children's hospital"]
    assert site["country"] == "UKR"
    assert gz.haversine_km(site["lat"], site["lon"], 50.45, 30.52) < 20


def test_site_named_after_far_namesake_stays_in_the_story(extractor):
    places = _places(extractor, "MOGADISHU - An attack on Lido beach in Mogadishu killed 30. "
                                "In 2023 al-Shabaab fighters besieged the Pearl Beach hotel "
                                "for several hours.")
    assert not any(p["country"] == "USA" for p in places.values())
    hotel = places["Pearl Beach hotel"]
    assert hotel["country"] == "SOM" and hotel["located_by"] == "containing_area"


def test_unknown_site_names_take_the_area_of_the_text(extractor):
    places = _places(extractor, "The bombs fell on the al-Tabin school in Gaza City's Daraj "
                                "neighbourhood. One man carried the dead to al-Ahli hospital.")
    for name in ("al-Tabin school", "al-Ahli hospital"):
        assert places[name]["country"] == "PSE"
        assert places[name]["located_by"] == "containing_area"


def test_a_town_inside_a_site_name_hosts_it(extractor):
    places = _places(extractor, "On March 20, separatist militants stormed the Gwadar Port "
                                "Authority complex in Balochistan.")
    site = places["Gwadar Port Authority complex"]
    assert gz.haversine_km(site["lat"], site["lon"], 25.12, 62.32) < 161


def test_shared_lake_takes_the_state_of_the_story(extractor):
    places = _places(extractor, "Boko Haram overran an army base on Barkaram, an island near "
                                "Bol in Chad. Attacks around Lake Chad have grown.")
    assert places["Lake Chad"]["country"] == "TCD"


def test_shared_feature_default_and_non_shared_untouched():
    cand = gz.Candidate(None, "Sabina Shoal", "island", None, None, 9.75, 116.5, 0)
    assert places_shared.with_country(cand, gz.Context()).country == "PHL"
    other = gz.Candidate(None, "Red Sea", "water", None, None, 20.0, 38.0, 0)
    assert places_shared.with_country(other, gz.Context()).country is None
