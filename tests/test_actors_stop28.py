"""Stop 28: US executive departments named bare are the United States'; a date the parse
hangs before a noun is no part of an actor's name."""
from __future__ import annotations

from claimtrace import extract


def _actors(text):
    return [(a.name, a.code or a.country) for a in extract(text, published="2024-11-25").actors]


def test_a_bare_us_department_is_the_united_states_not_the_state_it_acts_on():
    actors = dict(_actors("The Commerce Department later blacklisted six Chinese entities."))
    assert actors["US Department of Commerce"] == "USA"
    assert ("US Department of Justice", "USA") in _actors(
        "The Justice Department charged two men with spying.")


def test_a_date_before_a_noun_is_not_part_of_the_actor_s_name():
    names = [n for n, _ in _actors("In a separate incident, last month gunmen attacked another "
                                   "convoy in the district, killing 15 people.")]
    assert not any("month" in n for n in names)
