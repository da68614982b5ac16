"""Regions, peninsulas, seas named short and air bases added in stop 15 (second pass): the
gazetteer resolves them instead of namesake towns abroad."""
from __future__ import annotations

import pytest

from claimtrace import gazetteer as gz


@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("Jutland", "DNK", 56.2, 9.2),
    ("Waziristan", "PAK", 32.5, 69.8),
    ("Transylvania", "ROU", 46.4, 24.3),
    ("Patagonia", "ARG", -44.0, -68.5),
    ("the Kivus", "COD", -1.9, 28.9),
    ("Skrydstrup air base", "DNK", 55.22, 9.26),
    ("Baluchistan", "PAK", 28.5, 65.1),
])
def test_regions_and_bases_resolve_in_their_country(name, country, lat, lon):
    cand = gz.load().resolve(name)
    assert cand is not None and cand.country == country
    assert gz.haversine_km(cand.lat, cand.lon, lat, lon) <= 161


@pytest.mark.parametrize("name", ["Baltic", "the Caspian"])
def test_a_sea_named_without_sea_is_the_sea(name):
    cand = gz.load().resolve(name)
    assert cand is not None and cand.feature == "water"
