"""Stop 28: mountain ranges, the North American Great Lakes, Pearl Harbor and Russia's
spaceports are places of their own, not the namesake towns the gazetteer also knows."""
from __future__ import annotations

import pytest

from claimtrace import extract
from claimtrace.gazetteer import haversine_km


@pytest.mark.parametrize("text, name, point", [
    ("Leaders meeting at a summit in the Bavarian Alps called the strike abominable.",
     "Alps", (47.4, 11.1)),
    ("Kim reviewed images of the naval base at Pearl Harbor.", "Pearl Harbor", (21.36, -157.95)),
    ("Kim met Putin at the Vostochny Cosmodrome in September.", "Vostochny Cosmodrome",
     (51.88, 128.33)),
    ("The balloon later drifted over Lake Huron.", "Lake Huron", (44.8, -82.4)),
])
def test_a_range_a_lake_a_harbour_and_a_spaceport_resolve_to_themselves(text, name, point):
    places = extract(text, published="2023-11-25").places
    assert [p.name for p in places] == [name]
    assert haversine_km(places[0].lat, places[0].lon, *point) < 161


def test_a_launch_site_is_known_by_its_other_name():
    places = extract("North Korea fired a rocket from the Sohae Satellite Launching Ground.",
                     published="2023-11-25").places
    assert [(p.name, p.country) for p in places] == [("Sohae Satellite Launching Station", "PRK")]
