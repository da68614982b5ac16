"""Stop-23 time rule: "Nine days after the strike, ..." opening a sentence counts from the
last single day the story named, even several sentences back; with no such day it stays a
stretch back from the day the text is at. "The middle of the month" is the month of the last
day or month the story named."""
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


def test_the_middle_of_the_month_is_the_month_the_story_is_at():
    text = "The theatre was hit on 16 March. By the middle of the month, the city was encircled."
    assert ("the middle of the month", "2022-03", "2022-03-11", "2022-03-20") in found(text)
    # with no date told before, the month of publication
    assert ("the end of the month", "2022-07", "2022-07-21", "2022-07-31") in found(
        "Prices rose by the end of the month, officials said.")
