"""Stop-22 time rules: clock times and parts of a day fall on the last day the story named
(even when a month or "since June" was named after it), clock times written with a dot or
as a bare 24-hour time after a preposition, a date written after the weekday of a clock
time, and "the past N months" / "the past week" bounded up to the publication date."""
from __future__ import annotations

from claimtrace.timex import tag

PUB = "2025-11-24"  # a Monday


def found(text: str, anchor: str = PUB) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(t.text, t.value, t.earliest, t.latest) for t in tag(text, anchor=anchor, events=True)]


def test_a_clock_time_after_a_month_falls_on_the_last_day_named():
    text = ("The strike hit Beirut on Sunday, the first since June. Witnesses said it came "
            "shortly after 3 pm.")
    times = found(text)
    assert ("June", "2025-06", "2025-06-01", "2025-06-30") in times
    assert ("3 pm", "2025-11-23T15:00", "2025-11-23", "2025-11-23") in times
    # with no day named at all, the clock time is the publication day's
    assert found("Witnesses said it came shortly after 3 pm.") == [
        ("3 pm", "2025-11-24T15:00", "2025-11-24", "2025-11-24")]


def test_a_night_of_two_dates_is_no_day_in_focus():
    text = ("Rebels attacked on Wednesday. Overnight, shelling killed ten people. Tensions have "
            "risen since late April. Talks would resume later in the day.")
    later = [t for t in found(text, "2025-05-07") if t[0] == "later in the day"]
    assert later and later[0][2] == "2025-05-07"


def test_clock_times_written_with_a_dot_or_as_24_hour_times():
    assert found("The blast hit the vehicle at about 2.15 pm on Monday.")[0][1:] == (
        "2025-11-24T14:15", "2025-11-24", "2025-11-24")
    assert found("Residents heard explosions from about 04:00.") == [
        ("about 04:00", "2025-11-24T04:00", "2025-11-24", "2025-11-24")]
    # a decimal or a ratio is no time
    assert found("Prices rose by 2.15 percent.") == []
    assert found("The vote was 12:30 against.") == []


def test_a_date_written_after_the_weekday_of_a_clock_time_is_its_day():
    text = "It was shortly after 7 p.m. on Friday 19 August, and the restaurant was full."
    assert found(text, "2022-08-27") == [
        ("7 p.m. on Friday 19 August", "2022-08-19T19:00", "2022-08-19", "2022-08-19")]


def test_the_past_months_and_week_run_up_to_the_publication_date():
    assert found("Russia has gained ground over the past three months.", "2025-11-21") == [
        ("over the past three months", "P3M", "2025-08-21", "2025-11-21")]
    assert found("He had been held for the past 19 months.", "2024-09-22") == [
        ("the past 19 months", "P19M", "2023-02-22", "2024-09-22")]
    assert found("Fighting intensified over the past week.", "2025-11-07") == [
        ("the past week", "P1W", "2025-10-31", "2025-11-07")]
    assert found("Talks are due in the coming month.", "2025-01-31")[0][1:] == (
        "P1M", "2025-01-31", "2025-02-28")


def test_the_first_or_last_stretch_of_a_period_lies_in_it():
    times = found("Haiti saw 2,500 killings in the first three months of 2024.", "2024-06-27")
    assert ("the first three months", "P3M", "2024-01-01", "2024-03-31") in times
    times = found("Shelling peaked in the last two weeks of March.", "2024-06-27")
    assert ("the last two weeks", "P2W", "2024-03-18", "2024-03-31") in times
    times = found("Talks are planned for the first 10 days of October.", "2024-06-27")
    assert ("the first 10 days", "P10D", "2024-10-01", "2024-10-10") in times
    # with no period after it, "the last two weeks" runs up to the anchor, as before
    assert found("Shelling peaked in the last two weeks.", "2024-06-27") == [
        ("the last two weeks", "P2W", "2024-06-13", "2024-06-27")]


def test_a_day_that_dates_a_statement_or_bounds_a_stretch_is_not_the_narratives_day():
    text = ("A missile hit the block on Saturday. The governor said on Monday morning that 40 "
            "had died. The missile tore through the building in the mid-afternoon.")
    mid = [t for t in found(text, "2023-01-16") if t[0] == "mid-afternoon"]
    assert mid and mid[0][2] == "2023-01-14"
    text = ("Missiles struck the school on Tuesday morning. By Sunday, the toll had reached 58. "
            "The following day, the minister resigned.")
    nxt = [t for t in found(text, "2024-09-08") if t[0] == "The following day"]
    assert nxt and nxt[0][2] == "2024-09-04"
    # a day told as an event's stays the day in focus
    text = "The drone came shortly after dawn on Sunday. Officials said later that day it was a strike."
    later = [t for t in found(text, "2025-09-10") if t[0] == "later that day"]
    assert later and later[0][2] == "2025-09-07"
