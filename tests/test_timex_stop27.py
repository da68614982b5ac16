"""Stop-27 time rule: a bare "weekend" naming an act ("79 killed in weekend attack") is the
weekend just past; a bare "weekend" naming anything else ("weekend shifts") is no date."""
from __future__ import annotations

from claimtrace.timex import tag


def spans(text, anchor="2022-06-14"):
    return [(text[t.start:t.end], t.earliest, t.latest) for t in tag(text, anchor=anchor)]


def test_a_weekend_attack_is_the_weekend_just_past():
    assert spans("Burkina Faso says 79 killed in weekend attack on a northern town") == [
        ("weekend", "2022-06-11", "2022-06-12")]


def test_a_weekend_that_names_no_act_is_no_date():
    assert spans("He works weekend shifts at the hospital.") == []
