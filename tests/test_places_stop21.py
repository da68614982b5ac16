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


def test_a_town_found_once_is_that_town_wherever_its_name_stands_alone():
    doc = extract("Myawaddy explained: how rebels took a border town\n\n"
                  "Karen fighters entered Myawaddy on 11 April, officials in Yangon said.",
                  published="2024-04-26")
    place = next(p for p in doc.places if p.name == "Myawaddy")
    assert place.country == "MMR"
    assert [doc.text[m.start:m.end] for m in place.mentions] == ["Myawaddy", "Myawaddy"]
    assert place.mentions[0].start == 0


def test_a_repeated_name_an_actor_holds_is_left_to_the_actor():
    doc = extract("Drones struck Moscow on Monday. Moscow said the attack was repelled.",
                  published="2024-04-26")
    said = doc.text.index("Moscow said")
    assert all(m.start != said for p in doc.places for m in p.mentions)
    assert any(m.start == said for a in doc.actors for m in a.mentions)
