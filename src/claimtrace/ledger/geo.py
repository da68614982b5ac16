"""How exact a stored place's point is: the area an approximate place was put at, and the
location precision codes of the ACLED-like and UCDP-like exports (docs/ledger.md).

A place the gazetteer does not know is located at the area the text names with it
(`located_by == "containing_area"`, see steps/places_approx.py) and takes that area's
point. The contract does not name the area, so it is found again here: the document's
gazetteer place with the very same point (the step copies it), the smallest first.
"""
from __future__ import annotations

from typing import Any

GAZETTEER = "gazetteer"
CONTAINING_AREA = "containing_area"
LOCATED_BY = (GAZETTEER, CONTAINING_AREA)
#: among gazetteer places sharing one point, the area an approximate place was put at is
#: taken to be the smallest
AREA_ORDER = ("city", "other", "admin2", "region", "admin1", "country", "water")

#: ACLED geo_precision of a place the gazetteer located: 1 the place itself, 2 a part of
#: a region, 3 a larger region or the country
ACLED_GAZETTEER = {"city": 1, "other": 1, "admin2": 2, "water": 2, "admin1": 3,
                   "region": 3, "country": 3}
#: ACLED geo_precision of a place located at its containing area, by the area's feature:
#: a point in a named district or town is 2, in a province, region or country 3
ACLED_CONTAINING = {"city": 2, "other": 2, "admin2": 2, "admin1": 3, "region": 3,
                    "country": 3, "water": 3}
#: UCDP where_prec: 1 exact place, 2 within ~25 km of a known point, 3 admin2, 4 admin1,
#: 5 part of a country larger than admin1, 6 country, 7 sea
UCDP_GAZETTEER = {"city": 1, "other": 1, "admin2": 3, "admin1": 4, "region": 5,
                  "country": 6, "water": 7}
UCDP_CONTAINING = {"city": 2, "other": 2, "admin2": 3, "admin1": 4, "region": 5,
                   "country": 6, "water": 7}
#: precision when nothing is known of the feature (the coarsest but the country's)
ACLED_UNKNOWN = 3
UCDP_UNKNOWN = 6


def containing_areas(places: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """place id -> the contract dict of the area each approximate place was put at (the
    gazetteer place of the same document with the same point, smallest first); places
    whose area is not found are left out."""
    found: dict[str, dict[str, Any]] = {}
    known = [p for p in places if (p.get("located_by") or GAZETTEER) == GAZETTEER
             and p.get("lat") is not None and p.get("lon") is not None]
    for p in places:
        if p.get("located_by") != CONTAINING_AREA or p.get("lat") is None:
            continue
        same = [a for a in known if a["lat"] == p["lat"] and a["lon"] == p.get("lon")]
        if same:
            found[p["id"]] = min(same, key=_area_rank)
    return found


def _area_rank(place: dict[str, Any]) -> tuple[int, int]:
    feature = place.get("feature")
    rank = AREA_ORDER.index(feature) if feature in AREA_ORDER else len(AREA_ORDER)
    return rank, -len(place.get("mentions") or [])


def acled_precision(feature: str | None, located_by: str | None,
                    area_feature: str | None) -> int:
    """ACLED geo_precision (1..3) of a claim's place."""
    if located_by == CONTAINING_AREA:
        return ACLED_CONTAINING.get(area_feature or "", ACLED_UNKNOWN)
    return ACLED_GAZETTEER.get(feature or "", ACLED_UNKNOWN)


def ucdp_precision(feature: str | None, located_by: str | None,
                   area_feature: str | None) -> int:
    """UCDP where_prec (1..7) of a claim's place."""
    if located_by == CONTAINING_AREA:
        return UCDP_CONTAINING.get(area_feature or "", UCDP_UNKNOWN)
    return UCDP_GAZETTEER.get(feature or "", UCDP_UNKNOWN)
