"""Stop-20 name bounds: a one-word name of a known person inside someone else's longer
name, and a person's name the tagger cut at a hyphen."""
import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def _names(doc):
    return {m.text: (a.name, a.country or a.code) for a in doc.actors for m in a.mentions}


def test_a_known_surname_starting_another_name_is_that_other_person(run):
    doc = run("Iranian Foreign Minister Abbas Zardani said Iran would answer any attack.")
    names = _names(doc)
    assert names.get("Abbas Zardani") == ("Abbas Zardani", "IRN")
    assert "Mahmoud Abbas" not in {a.name for a in doc.actors}


def test_the_known_person_alone_is_still_found(run):
    doc = run("Palestinian President Mahmoud Abbas spoke on Monday. Abbas said the talks "
              "had failed.")
    assert _names(doc).get("Abbas") == ("Mahmoud Abbas", "PSE")


def test_a_hyphenated_first_name_stays_in_the_name(run):
    doc = run("Russian deputy defence minister Yunus-Bek Yevkurov visited Niamey on Monday.")
    assert _names(doc).get("Yunus-Bek Yevkurov") == ("Yunus-Bek Yevkurov", "RUS")
    assert not any("Yunis" in p.name or "Yūnis" in p.name for p in doc.places)


def test_two_known_names_joined_by_a_hyphen_stay_two(run):
    doc = run("The Israel-Hamas war began in October 2023.")
    assert {"Israel", "Hamas"} <= set(_names(doc))


def test_a_capital_named_as_the_capital_is_a_place():
    doc = extract("The Houthis, who control Yemen's capital Sanaa, fired drones at Eilat.",
                  published="2023-11-20")
    assert "Sanaa" in {p.name for p in doc.places}
    assert "Sanaa" not in _names(doc)


def test_a_capital_that_speaks_is_still_its_state(run):
    doc = run("Sanaa said the ship had been seized because it was linked to Israel.")
    assert _names(doc).get("Sanaa", (None, None))[1] == "YEM"
