"""Stop 31: a site named between its possessor and its noun lies in the possessor."""
from __future__ import annotations

from claimtrace import extract


def _places(text):
    doc = extract(text, published="2019-01-16")
    return [(p.name, p.country, round(p.lat, 1), round(p.lon, 1)) for p in doc.places]


def test_a_site_with_its_own_name_after_the_city_possessive_lies_in_the_city():
    assert _places("Gunmen attacked Nairobi's Westgate shopping mall in 2013.") == [
        ("Nairobi's Westgate shopping mall", "KEN", -1.3, 36.8)]


def test_a_city_named_before_an_airport_stays_the_city():
    assert [p[:2] for p in _places("The convoy was hit near Baghdad airport on Friday.")] \
        == [("Baghdad", "IRQ")]
