"""Stop 29: a weekday that is a person's first name is no date ("Monday Kassah"), and a
weekday set in apposition to a date renames that date ("December 23, the Saturday before
Christmas")."""
from __future__ import annotations

from claimtrace import extract
from claimtrace.timex import tag


def _times(text, published="2024-01-12"):
    return [(t.text, t.earliest) for t in extract(text, published=published).times]


def test_a_weekday_before_a_person_s_name_is_a_first_name_and_the_next_day_follows_the_date():
    assert _times("On December 25, Monday Kassah, the council chairman, told reporters that "
                  "113 bodies had been recovered. The next day, state officials put the toll "
                  "at about 160.") == [("December 25", "2023-12-25"),
                                       ("The next day", "2023-12-26")]


def test_a_weekday_after_a_preposition_stays_a_day_before_a_name():
    assert _times("On Friday Biden said the strike was lawful.") == [("On Friday", "2024-01-12")]


def test_blocked_spans_hold_no_time_expression():
    text = "Monday Kassah spoke on Tuesday."
    assert [t.text for t in tag(text, anchor="2024-01-12", blocked=((0, 6),))] == ["on Tuesday"]
    assert [t.text for t in tag(text, anchor="2024-01-12")][0] == "Monday"


def test_a_weekday_in_apposition_to_a_date_renames_it():
    times = _times("The gunmen came on December 23, the Saturday before Christmas, from the "
                   "forest.")
    assert ("the Saturday before", "2023-12-23") in times


def test_an_apposed_weekday_is_the_whole_day_and_an_apposed_night_its_night():
    found = {t.text: (t.value, t.type) for t in tag(
        "The gunmen came on December 23, the Saturday before Christmas, from the forest.",
        anchor="2024-01-12", events=True)}
    assert found["the Saturday before"] == ("2023-12-23", "DATE")
    found = {t.text: t.value for t in tag("He was last seen on Nov. 3, the night before the "
                                          "raid.", anchor="2024-01-12", events=True)}
    assert found["the night before"].endswith("TNI")
