"""The curated physical geography (resources/gazetteer/geography.tsv) and the places it
lets the gazetteer resolve: seas, straits, islands and regions instead of namesake towns."""
from __future__ import annotations

import pytest

from claimtrace import gazetteer as gz
from claimtrace.resources import read_tsv

COLUMNS = ["name", "aliases", "feature", "country", "admin1", "lat", "lon", "population",
           "geonames_id"]
FEATURES = {"sea", "river", "water", "island", "region", "other"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_tsv("gazetteer", "geography.tsv")


def test_rows_are_well_formed(rows):
    assert list(rows[0]) == COLUMNS
    seen = set()
    for r in rows:
        assert r["name"].strip() == r["name"] and r["name"], r
        assert r["feature"] in FEATURES, r
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        assert int(r["population"]) >= 0 and r["geonames_id"] == "", r
        aliases = r["aliases"].split("|") if r["aliases"] else []
        assert all(a.strip() == a and a for a in aliases) and r["name"] not in aliases, r
        assert (r["name"], r["country"]) not in seen, r
        seen.add((r["name"], r["country"]))


def near(cand, lat, lon, km=161.0):
    return cand is not None and gz.haversine_km(cand.lat, cand.lon, lat, lon) <= km


@pytest.mark.parametrize("name, lat, lon", [
    ("Gulf of Finland", 59.9, 26.0), ("Luzon", 16.0, 121.0), ("Caribbean", 15.0, -75.0),
    ("Kuril Islands", 46.0, 151.0), ("Lake Victoria", -1.0, 33.0),
    ("Bay of Bengal", 15.0, 88.0), ("Gulf of Oman", 24.5, 58.5), ("Bosphorus", 41.1, 29.0),
])
def test_waters_and_islands_are_no_namesake_towns(name, lat, lon):
    assert near(gz.load().resolve(name), lat, lon)


def test_a_world_city_named_like_its_state_is_the_city_unless_the_state_is_the_news():
    gaz = gz.load()
    assert gaz.resolve("New York").feature == "city"
    context = gz.build_context(gaz, ["New York", "Albany", "Syracuse", "Buffalo"])
    assert gaz.resolve("New York", context).feature == "admin1"


def test_country_points_sit_between_the_published_centroids():
    afghanistan = gz.country_entry("AFG")
    for lat, lon in ((33.0, 65.0), (33.94, 67.71)):
        assert gz.haversine_km(afghanistan.lat, afghanistan.lon, lat, lon) <= 161.0
