"""Stop 30: "the past day" is the day up to the publication date, as "the past week" is the
week; "the last day of the talks" is no such stretch."""
from __future__ import annotations

from claimtrace.timex import tag


def _tags(text, anchor="2023-12-26"):
    return [(text[t.start:t.end], t.value, t.earliest, t.latest) for t in tag(text, anchor=anchor)]


def test_the_past_day_ends_at_the_anchor():
    assert _tags("Russian forces attacked 60 times over the past day.") == [
        ("the past day", "P1D", "2023-12-25", "2023-12-26")]
    assert _tags("In the last day, 30 drones were downed.") == [
        ("the last day", "P1D", "2023-12-25", "2023-12-26")]


def test_the_last_day_of_something_is_no_stretch_before_the_anchor():
    assert _tags("On the last day of the talks, they signed.") == []

