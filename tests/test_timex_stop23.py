"""Stop-23 time rule: "Nine days after the strike, ..." opening a sentence counts from the
last single day the story named, even several sentences back; with no such day it stays a
stretch back from the day the text is at."""
from __future__ import annotations

from claimtrace.timex import tag


def found(text: str, anchor: str = "2022-07-14"):
    return [(t.text, t.value, t.earliest, t.latest) for t in tag(text, anchor=anchor, events=True)]


def test_an_offset_after_an_event_told_further_back_counts_from_its_day():
    text = ("A missile hit the theatre on 16 March, killing hundreds. Officials met in Kyiv. "
            "Nine days after the strike, the city council put the toll at 300.")
    assert ("Nine days", "2022-03-25", "2022-03-25", "2022-03-25") in found(text)


def test_an_offset_inside_a_sentence_still_counts_back_from_the_day_told():
    text = "The talks resumed on Monday 11 July, two days after the ceasefire."
    assert ("two days", "2022-07-09", "2022-07-09", "2022-07-09") in found(text)
