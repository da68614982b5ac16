"""Sets of weekdays, 'overnight' before the report, 'one day' as some day, newspapers named
'daily', and 'that day' with no day told (TempEval-3 issue 4)."""
from claimtrace.timex import tag


def _values(text: str, anchor: str = "1989-10-30") -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, anchor=anchor, ranges=False)]


def test_plural_weekday_is_a_set():
    assert _values("The market is closed on Sundays.") == [("on Sundays", "XXXX-WXX-7")]
    t = tag("Flights leave on Tuesday nights.", anchor="1998-02-13", ranges=False)[0]
    assert (t.value, t.type) == ("XXXX-WXX-2TNI", "SET")


def test_weekday_joined_to_a_plural_one_shares_the_set():
    got = _values("two flights would leave Bombay on Monday and Tuesday nights from March 30.",
                  anchor="1998-02-13")
    assert ("on Monday", "XXXX-WXX-1TNI") in got
    assert ("Tuesday nights", "XXXX-WXX-2TNI") in got
    # a single weekday stays a day
    assert _values("He arrived on Tuesday.") == [("on Tuesday", "1989-10-24")]


def test_overnight_stays_the_night_before_the_report():
    # a day named earlier in the story does not move it: "swept in on Monday ... gunfire
    # was heard overnight" (told on Wednesday) is Tuesday night
    text = "Rebels swept into the city on Monday. Gunfire was heard overnight."
    got = dict(_values(text, anchor="2025-01-29"))
    assert got["overnight"] == "2025-01-28TNI"


def test_one_day_after_a_modal_is_some_day_to_come():
    assert _values("Islam will one day be the second largest religion.") == [("one day", "FUTURE_REF")]
    assert _values("She hopes to one day lead the party.") == [("one day", "FUTURE_REF")]
    assert _values("The trip could take one day.") == [("one day", "P1D")]


def test_a_paper_named_daily_is_no_time():
    assert _values("The Communist Party daily Granma said so.") == []
    assert _values("The Israeli daily reported the raid.") == []
    assert _values("Sign up for the weekly Levant Security Brief.") == []
    assert _values("Rallies are held daily in Havana.") == [("daily", "P1D")]


def test_that_day_needs_a_day_told_before():
    assert _values("Traders made losses that day.") == []
    assert _values("On Monday the army moved. Later that day shells fell.") == [
        ("On Monday", "1989-10-30"), ("Later that day", "1989-10-30")]
    got = _values("The town fell on Oct. 12. That afternoon, six were seized.")
    assert ("That afternoon", "1989-10-12TAF") in got
