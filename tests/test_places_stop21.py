"""Stop 21 geocoding: a name the parser split after its first word ("Oleshky and Hola
Prystan") is read whole, not as the first word's namesake (Hola in Kenya)."""
from __future__ import annotations

import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def test_a_coordinated_two_word_town_is_read_whole():
    doc = extract("Ukraine said the dam was destroyed. Authorities declared a state of "
                  "emergency in the town and in Oleshky and Hola Prystan.",
                  published="2023-06-07")
    found = {p.name: p for p in doc.places}
    assert "Hola" not in found
    assert found["Hola Prystan"].country == "UKR"


def test_coordinated_one_word_towns_stay_apart():
    doc = extract("Strikes hit Bahawalpur and Muridke on Tuesday, the army said.",
                  published="2025-05-07")
    assert {p.name for p in doc.places} >= {"Bahawalpur", "Muridke"}
