"""Gazetteer: conventional parts of countries and admin areas named after their city."""
from __future__ import annotations

import pytest

from claimtrace import gazetteer as gz


def near(cand, lat, lon, km=161.0):
    return gz.haversine_km(cand.lat, cand.lon, lat, lon) <= km


@pytest.mark.parametrize("word,canon", [
    ("north-eastern", "northeast"), ("Northeastern", "northeast"), ("north-east", "northeast"),
    ("southern", "south"), ("centre", "central"), ("west", "west"), ("upper", None)])
def test_canonical_direction(word, canon):
    assert gz.canonical_direction(word) == canon


def test_country_part_is_the_conventional_region():
    lat, lon = gz.country_part("NGA", "north-eastern")  # Borno and Yobe, not mid-north
    assert gz.haversine_km(lat, lon, 11.8, 13.15) < 161
    lat, lon = gz.country_part("SDN", "western")  # Darfur
    assert gz.haversine_km(lat, lon, 13.6, 25.35) < 161
    assert gz.country_part("NGA", "upper") is None
    assert gz.country_part("XXX", "north") is None


def test_admin_form_of_a_city_named_area():
    g = gz.load()
    irkutsk = g.resolve("Irkutsk region")  # the oblast, not the city 470 km south of its middle
    assert irkutsk.feature == "admin1" and irkutsk.country == "RUS" and near(irkutsk, 56.5, 105.0)
    amur = g.resolve("Amur region")  # known as "Amur Oblast", not the town of Amur in India
    assert amur.feature == "admin1" and amur.country == "RUS"
    assert g.resolve("Ivanovo region").feature == "admin1"

