"""Approximate places: the area they were put at, and the exports' precision codes."""
from __future__ import annotations

import pytest

from claimtrace.ledger import geo

from .factory import approx_doc


def test_containing_area_is_the_gazetteer_place_with_the_same_point():
    places = approx_doc().to_dict()["places"]
    areas = geo.containing_areas(places)
    by_name = {p["name"]: p["id"] for p in places}
    assert {pid: a["name"] for pid, a in areas.items()} == {
        by_name["Velmora"]: "Oskel District", by_name["Lukan"]: "Tarvo Province"}


def test_smallest_area_wins_and_unknown_areas_are_left_out():
    point = {"lat": 1.0, "lon": 2.0, "mentions": []}
    places = [{"id": "a", "name": "Big", "feature": "admin1", **point},
              {"id": "b", "name": "Town", "feature": "city", **point},
              {"id": "x", "name": "Hamlet", "feature": "other", "located_by": "containing_area",
               **point},
              {"id": "y", "name": "Lost", "feature": "other", "located_by": "containing_area",
               "lat": 9.0, "lon": 9.0, "mentions": []}]
    assert {k: v["name"] for k, v in geo.containing_areas(places).items()} == {"x": "Town"}


@pytest.mark.parametrize("feature, located_by, area, acled, ucdp", [
    ("city", "gazetteer", None, 1, 1),
    ("other", "gazetteer", None, 1, 1),
    ("admin2", "gazetteer", None, 2, 3),
    ("admin1", "gazetteer", None, 3, 4),
    ("region", "gazetteer", None, 3, 5),
    ("country", "gazetteer", None, 3, 6),
    ("other", "containing_area", "city", 2, 2),
    ("other", "containing_area", "admin2", 2, 3),
    ("other", "containing_area", "admin1", 3, 4),
    ("other", "containing_area", "country", 3, 6),
    ("other", "containing_area", None, 3, 6),  # area not found: coarse, never 1
])
def test_precision_codes(feature, located_by, area, acled, ucdp):
    assert geo.acled_precision(feature, located_by, area) == acled
    assert geo.ucdp_precision(feature, located_by, area) == ucdp
