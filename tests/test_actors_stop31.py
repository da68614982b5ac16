"""Stop 31: a state behind a coalition or deal named with a dotted abbreviation."""
from __future__ import annotations

from claimtrace import extract


def test_a_dotted_abbreviation_before_led_or_brokered_names_the_state():
    doc = extract("Talks on a U.S.-brokered truce collapsed on Friday.", published="2020-01-30")
    assert [(a.name, a.code) for a in doc.actors] == [("United States", "USA")]
    # (since stop 34 the coalition it leads is an actor of its own, the state's)
    doc = extract("The U.S.-led coalition said it had intercepted the drones.",
                  published="2020-01-30")
    assert sorted((a.name, a.code, a.country) for a in doc.actors) == [
        ("U.S.-led coalition", None, "USA"), ("United States", "USA", None)]


def test_the_split_keeps_the_text_and_its_offsets():
    text = "The U.N.-backed government said it would respond."
    doc = extract(text, published="2020-01-30")
    assert doc.text == text
    assert all(text[m.start:m.end] == m.text for a in doc.actors for m in a.mentions)
