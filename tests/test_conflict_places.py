"""The curated conflict-places list (resources/gazetteer/conflict_places.tsv) is well formed.

Every row: the columns of `supplement.tsv`, a known feature, coordinates inside a generous
box around the country, a non-negative population, no (name, country) twice and no name
that the supplement already holds.
"""
from __future__ import annotations

import pytest

from claimtrace.resources import read_tsv

COLUMNS = ["name", "aliases", "feature", "country", "admin1", "lat", "lon", "population",
           "geonames_id"]
FEATURES = {"city", "town", "village", "camp", "district", "admin2", "admin1", "region",
            "facility", "crossing", "airport", "base", "neighbourhood", "island", "river", "sea"}
# features that may have no country (disputed islands and reefs, seas, cross-border regions)
STATELESS = {"island", "sea", "region"}
MARGIN = 1.0  # degrees added on each side of a country's box

# Rough bounding boxes (lat_min, lat_max, lon_min, lon_max) from public atlas facts.
BBOX = {
    "UKR": (44.3, 52.4, 22.1, 40.3), "RUS": (41.2, 81.9, 19.6, 180.0),
    "PSE": (31.2, 32.6, 34.2, 35.6), "ISR": (29.5, 33.4, 34.2, 35.9),
    "SYR": (32.3, 37.4, 35.6, 42.4), "LBN": (33.0, 34.7, 35.1, 36.7),
    "IRQ": (29.0, 37.4, 38.7, 48.6), "IRN": (25.0, 39.8, 44.0, 63.4),
    "YEM": (12.1, 19.0, 42.5, 54.6), "SDN": (8.6, 22.3, 21.8, 38.7),
    "SSD": (3.4, 12.3, 23.4, 36.0), "TCD": (7.4, 23.5, 13.4, 24.0),
    "SOM": (-1.7, 12.0, 40.9, 51.5), "ETH": (3.4, 15.0, 33.0, 48.0),
    "ERI": (12.3, 18.1, 36.4, 43.2), "DJI": (10.9, 12.8, 41.7, 43.5),
    "EGY": (21.9, 31.7, 24.6, 36.9), "MLI": (10.1, 25.0, -12.3, 4.3),
    "BFA": (9.4, 15.1, -5.6, 2.4), "NER": (11.6, 23.6, 0.1, 16.0),
    "NGA": (4.2, 13.9, 2.6, 14.7), "CMR": (1.6, 13.1, 8.4, 16.2),
    "MRT": (14.7, 27.3, -17.1, -4.8), "COD": (-13.5, 5.4, 12.2, 31.3),
    "RWA": (-2.9, -1.0, 28.8, 30.9), "BDI": (-4.5, -2.3, 28.9, 30.9),
    "UGA": (-1.5, 4.3, 29.5, 35.1), "MOZ": (-26.9, -10.4, 30.2, 40.9),
    "HTI": (18.0, 20.1, -74.5, -71.6), "VEN": (0.6, 12.3, -73.4, -59.8),
    "COL": (-4.3, 13.4, -79.1, -66.8), "GUY": (1.1, 8.6, -61.4, -56.4),
    "PAN": (7.2, 9.7, -83.1, -77.1), "MEX": (14.5, 32.8, -118.5, -86.7),
    "MMR": (9.6, 28.6, 92.1, 101.2), "IND": (6.7, 37.1, 68.1, 97.4),
    "PAK": (23.6, 37.1, 60.8, 77.9), "AFG": (29.3, 38.5, 60.5, 75.0),
    "THA": (5.6, 20.5, 97.3, 105.7), "KHM": (10.4, 14.7, 102.3, 107.7),
    "AZE": (38.3, 41.9, 44.7, 50.4), "ARM": (38.8, 41.3, 43.4, 46.7),
    "PRK": (37.6, 43.1, 124.1, 130.8), "KOR": (33.1, 38.7, 124.5, 131.0),
    "TWN": (20.6, 26.4, 116.6, 122.1), "CHN": (18.1, 53.6, 73.5, 135.1),
    "JPN": (24.0, 45.6, 122.9, 146.0), "PHL": (4.5, 21.2, 116.9, 126.7),
    "VNM": (8.4, 23.4, 102.1, 109.5), "GUM": (13.2, 13.7, 144.6, 145.0),
    "JOR": (29.1, 33.4, 34.9, 39.3), "TUR": (35.8, 42.1, 25.6, 44.8),
    "LBY": (19.5, 33.2, 9.3, 25.2), "QAT": (24.4, 26.2, 50.7, 51.7),
    "ARE": (22.6, 26.1, 51.5, 56.4), "KWT": (28.5, 30.1, 46.5, 48.5),
    "BHR": (25.7, 26.4, 50.3, 50.8), "SAU": (16.3, 32.2, 34.5, 55.7),
    "CYP": (34.5, 35.8, 32.2, 34.6), "GRC": (34.8, 41.8, 19.3, 29.7),
    "DEU": (47.2, 55.1, 5.8, 15.1), "POL": (49.0, 54.9, 14.1, 24.2),
    "BEN": (6.2, 12.4, 0.8, 3.9), "TGO": (6.1, 11.2, -0.2, 1.8),
    "IDN": (-11.0, 6.1, 95.0, 141.1), "ECU": (-5.0, 1.5, -81.1, -75.2),
    "FIN": (59.8, 70.1, 20.5, 31.6),
    "DNK": (54.5, 57.8, 8.0, 15.2),  # stop 15, second pass
    "BEL": (49.5, 51.5, 2.5, 6.4),  # stop 15, second pass
    "NLD": (50.7, 53.6, 3.3, 7.3),  # stop 15, second pass
    "EST": (57.5, 59.7, 21.7, 28.2),  # stop 15, second pass
    "LTU": (53.9, 56.5, 20.9, 26.9),  # stop 15, second pass
    "LVA": (55.6, 58.1, 20.9, 28.3),  # stop 15, second pass
    "ROU": (43.6, 48.3, 20.2, 29.7),  # stop 15, second pass
    "NOR": (57.9, 71.2, 4.6, 31.1),  # stop 15, second pass
    "GBR": (49.9, 60.9, -8.7, 1.8),  # stop 15, second pass
    "ITA": (35.5, 47.1, 6.6, 18.5),  # stop 15, second pass
    "HUN": (45.7, 48.6, 16.1, 22.9),  # stop 15, second pass
}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_tsv("gazetteer", "conflict_places.tsv")


def test_has_the_supplement_columns_and_a_broad_coverage(rows):
    assert list(rows[0]) == COLUMNS
    assert len(rows) >= 600
    assert len({r["country"] for r in rows}) >= 40


def test_every_row_is_well_formed(rows):
    for r in rows:
        assert r["name"].strip() == r["name"] and r["name"], r
        assert r["feature"] in FEATURES, r
        assert r["country"] or r["feature"] in STATELESS, r
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, r
        assert int(r["population"]) >= 0, r
        assert r["geonames_id"] == "", r
        aliases = r["aliases"].split("|") if r["aliases"] else []
        assert all(a.strip() == a and a for a in aliases), r
        assert r["name"] not in aliases, r


def test_coordinates_fall_inside_the_country(rows):
    for r in rows:
        if not r["country"]:
            continue
        assert r["country"] in BBOX, f"add a box for {r['country']} ({r['name']})"
        s, n, w, e = BBOX[r["country"]]
        lat, lon = float(r["lat"]), float(r["lon"])
        assert s - MARGIN <= lat <= n + MARGIN and w - MARGIN <= lon <= e + MARGIN, r


def test_no_place_is_listed_twice(rows):
    keys = [(r["name"].casefold(), r["country"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_no_name_repeats_the_supplement(rows):
    supplement = {r["name"].casefold() for r in read_tsv("gazetteer", "supplement.tsv")}
    assert not [r["name"] for r in rows if r["name"].casefold() in supplement]


def test_a_bounding_box_catches_a_misplaced_row():
    # the check itself: Gaza coordinates given to a Ukrainian village fail
    s, n, w, e = BBOX["UKR"]
    assert not (s - MARGIN <= 31.5 <= n + MARGIN and w - MARGIN <= 34.45 <= e + MARGIN)


def test_the_built_gazetteer_holds_the_conflict_places_as_curated_towns():
    from claimtrace import gazetteer as gz

    [cand] = [c for c, _ in gz.load().candidates("Quissanga") if c.country == "MOZ"]
    assert cand.curated and cand.feature == "city"
    assert abs(cand.lat + 12.42) < 0.01 and abs(cand.lon - 40.55) < 0.01


@pytest.mark.parametrize("name, country, lat, lon", [
    ("Tondikiwindi", "NER", 14.62, 1.78),    # absent from the packages
    ("Banki", "NGA", 11.00, 14.07),          # was an Indian town 7,700 km away
    ("Boni", "MLI", 15.07, -1.99),           # was Bonn
    ("Pauktaw", "MMR", 20.19, 93.08),        # was a Yangon homonym 490 km away
    ("Dachne", "UKR", 48.18, 36.85),         # was the Odesa Oblast homonym
    ("Lower Kurram", "PAK", 33.65, 70.40),
    ("Djugu territory", "COD", 1.90, 30.30),
    # stop 15: classes the lists covered thinly
    ("Pendjari National Park", "BEN", 11.20, 1.60),  # parks used by armed groups
    ("Ras Lanuf", "LBY", 30.50, 18.57),              # oil terminals and fields
    ("Rumaila oil field", "IRQ", 30.35, 47.30),
    ("Wagah", "PAK", 31.60, 74.57),                  # border crossings
    ("Kadhimiya", "IRQ", 33.38, 44.34),              # districts of big cities
    ("Al-Watiya air base", "LBY", 32.47, 11.90),     # bases abroad
])
def test_stop_16_places_resolve_to_the_theatre_without_context(name, country, lat, lon):
    from claimtrace import gazetteer as gz

    place = gz.load().resolve(name)
    assert place is not None and place.country == country
    assert abs(place.lat - lat) < 0.01 and abs(place.lon - lon) < 0.01
