"""Stop-24 time rule: a clock time with a named zone written as words ("7:45 p.m. Sanaa
time on Friday", "local time") keeps the weekday told after it."""
from __future__ import annotations

from claimtrace.timex import tag


def found(text: str, anchor: str = "2024-01-27"):
    return [(t.text, t.earliest) for t in tag(text, anchor=anchor, events=True)]


def test_a_clock_time_in_a_named_zone_keeps_its_weekday():
    text = "The Houthis fired a missile at about 7:45 p.m. Sanaa time on Friday."
    assert ("about 7:45 p.m. Sanaa time on Friday", "2024-01-26") in found(text)


def test_a_clock_time_in_local_time_keeps_its_weekday():
    text = "The blast came at 9 p.m. local time on Thursday."
    assert any(earliest == "2024-01-25" for _, earliest in found(text))
