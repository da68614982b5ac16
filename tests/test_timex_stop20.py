"""Time-expression rules added for TempEval-3 value F1: the day named again in apposition,
the counted day of an event going on now, "then current", "a later date", vague centuries."""
from __future__ import annotations

from claimtrace.timex import tag

PUB = "1989-10-30"  # a Monday


def found(text: str, anchor: str | None = PUB) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, anchor=anchor)]


def test_apposed_day_before_an_event_is_the_day_named():
    text = "Eight trading days after Oct. 12, the day before the stock market plunge, prices fell."
    assert ("the day before", "1989-10-12") in found(text)
    text = "He was last seen Nov. 3, the day before authorities issued a warrant."
    assert ("the day before", "1998-11-03") in found(text, "1998-11-20")
    # told on its own, "the day before" still counts back from the day named
    text = "They met on Friday. The day before, rebels attacked."
    assert found(text) == [("on Friday", "1989-10-27"), ("The day before", "1989-10-26")]


def test_counted_day_of_an_ongoing_event_is_the_report_day():
    text = 'In Saudi Arabia, today is the eighth day of "Desert Shield," the operation.'
    assert ("the eighth day", "1990-08-15") in found(text, "1990-08-15")
    text = "It's the second day of an offensive by the security forces."
    assert found(text, "1998-03-06") == [("the second day", "1998-03-06")]
    # a counted day with its own day named is that day, not the report's
    assert found("Monday was the third day of the strike.") == [("Monday", "1989-10-30")]
    assert found("Wednesday is the first day of the festival.", "1990-08-15") == [
        ("Wednesday", "1990-08-15")]
    assert found("She is the second day trader.") == []


def test_then_current_is_a_past_reference():
    text = "holders may buy shares at 50% of the then current market price"
    assert found(text) == [("then current", "PAST_REF")]
    assert found("the then-current chairman resigned") == [("then-current", "PAST_REF")]
    assert found("the current market price") == [("current", "PRESENT_REF")]


def test_a_later_date_is_a_future_reference():
    t = tag("Offerings will follow at a later date.", anchor=PUB)
    assert [(x.text, x.value, x.earliest) for x in t] == [("a later date", "FUTURE_REF", PUB)]


def test_vague_centuries_take_the_century_unit():
    assert found("The mosque dominated the skyline for centuries.") == [("centuries", "PXC")]
    assert found("It lasted two centuries.") == [("two centuries", "P200Y")]


def test_couple_of_after_next_or_past_counts_two():
    text = "Over the next couple of years we expect growth."
    assert [v for _, v in found(text)] == ["P2Y"]
    assert [v for _, v in found("Prices fell in the past couple of weeks.")] == ["P2W"]


def test_a_week_of_an_event_within_it_is_a_stretch():
    assert found("He was killed within a week of his capture.") == [("a week", "P1W")]
    assert found("They hold a quarter of the market.") == []


def test_people_of_tomorrow_name_an_age_not_a_day():
    assert found("If I were choosing the people of tomorrow, I would choose them.") == []
    assert found("The events of today shocked them.") == [("today", PUB)]
