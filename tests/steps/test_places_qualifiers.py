"""Qualified place names ("Paris, Tex.") and the comma lists that are no qualifiers."""
from __future__ import annotations

from claimtrace import gazetteer as gz
from claimtrace.steps import places, places_qualifiers


def test_comma_lists_of_places_are_no_qualifiers():
    text = "Rallies were held in Chicago, Texas, Boston and Denver."
    ordered = [places._Mention(text.index(w), text.index(w) + len(w), w, True, False)
               for w in ("Chicago", "Texas", "Boston", "Denver")]
    assert places_qualifiers.listed(text, ordered) == {0, 1, 2}
    assert places_qualifiers.qualifiers(text, ordered, gz.load()) == {}
    # a list may still pair a town with an abbreviated state
    text = "Finalists: Denver, Dayton, Paris, Tex., and Boise."
    ordered = [places._Mention(text.index(w), text.index(w) + len(w), w, True, False)
               for w in ("Denver", "Dayton", "Paris", "Tex.", "Boise")]
    assert places_qualifiers.qualifiers(text, ordered, gz.load())["paris"] == ("USA", "Texas")


def test_a_place_known_by_the_name_only_as_an_old_name_is_no_qualified_place():
    # "Washington, New York": a list (Washington is no town of New York by its own name)
    assert places_qualifiers.qualifier("Washington", "New York", gz.load()) is None
    assert places_qualifiers.qualifier("Albany", "New York", gz.load()) == ("USA", "New York")
