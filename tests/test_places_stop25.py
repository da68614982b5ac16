"""Stop 25 places: a town read only by an alternate name, outside the story's countries and
with no support from its other places, is no place ("Banjska", a village of Kosovo, is in
the gazetteer only as an old name of Bulgaria's Bansko); a town the story's countries hold
keeps its own reading."""
from __future__ import annotations

import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def places_named(text, words, published="2023-09-26"):
    return [p for p in extract(text, published=published).places
            if any(m.text == words for m in p.mentions)]


def test_an_alias_of_a_town_in_a_country_the_story_never_names_is_no_place():
    text = ("Kosovo police said gunmen had barricaded themselves in the monastery at Banjska. "
            "Serbia denied any role. Back in Banjska, the monks stayed inside.")
    found = places_named(text, "Banjska")
    assert all(p.country != "BGR" for p in found)  # (placed, if at all, where the story is)


def test_the_town_a_name_is_primary_for_is_still_read():
    text = "Gunmen attacked a hotel in Bansko, Bulgaria, the police said."
    found = places_named(text, "Bansko")
    assert found and found[0].country == "BGR"
