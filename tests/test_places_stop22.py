"""Stop 22 toponyms: a name before a military "direction", "axis" or "sector" ("the Jermuk
and Vardenis directions") and after "the road hub of" is a place; the same words used
otherwise name none."""
from __future__ import annotations

import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def places(text):
    doc = extract(text, published="2024-07-01")
    return {p.name: p.country for p in doc.places}


@pytest.mark.parametrize("text,name,country", [
    ("Armenia said shelling of the Jermuk and Vardenis directions continued.", "Vardenis", "ARM"),
    ("Armenia said shelling of the Jermuk and Vardenis directions continued.", "Jermuk", "ARM"),
    ("Ukrainian troops pushed towards the road hub of Tokmak.", "Tokmak", "UKR"),
])
def test_a_name_before_a_direction_or_after_a_hub_is_a_place(text, name, country):
    assert places(text).get(name) == country


def test_the_words_alone_name_no_place():
    assert places("He has a good sense of direction, the officer said.") == {}
