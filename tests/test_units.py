"""The unit grammar over resources/units/ (no spaCy)."""
from __future__ import annotations

import pytest

from claimtrace.units import article_words, is_unit_name, read_unit, tables, unit_from_name


@pytest.mark.parametrize("text,unit", [
    ("km", "km"), ("kilometres away", "km"), ("Kilometers", "km"), ("mm", "mm"),
    ("MWh", "MWh"), ("kibibytes", "KiB"), ("GiB", "GiB"), ("microseconds", "µs"),
    ("square miles", "mi2"), ("sq km", "km2"), ("m²", "m2"), ("cubic metres", "m3"),
    ("per cent", "percent"), ("%", "percent"), ("°C", "°C"), ("degrees Fahrenheit", "°F"),
    ("pence", "penny"), ("hryvnias", "UAH"), ("nautical miles", "nmi"), ("mph", "mph"),
    ("megatonnes", "Mt"), ("millisieverts", "mSv"), ("Ma", "Ma"),
])
def test_atoms_and_prefixes(text, unit):
    m = read_unit(text, 0)
    assert m is not None and m.unit == unit


@pytest.mark.parametrize("text,unit,end", [
    ("km/h on", "km/h", 4), ("m/s2 then", "m/s2", 4), ("W/min,", "W/min", 5),
    ("kg/cm³.", "kg/cm3", 6), ("J/m^2 per year", "J/m2/year", 14),
    ("litres per 100 km", "l", 6), ("kilometres per hour", "km/h", 19),
    ("newton-metres", "N·m", 13), ("tonnes a year", "t/year", 13), ("s-1 in", "s-1", 3),
    ("Nm of torque", "N·m", 2), ("mAh battery", "mA·h", 3),
])
def test_compounds(text, unit, end):
    m = read_unit(text, 0)
    assert (m.unit, m.end) == (unit, end)


def test_currency_prefix_takes_only_divisors():
    text = "$12 an hour"
    assert read_unit(text, 3, prefix="USD").unit == "USD/h"
    assert read_unit("$12 for lunch", 3, prefix="USD") is None


@pytest.mark.parametrize("text", ["kelvinator", "K2", "kmx", "GPA", "a t", "2 1/2"])
def test_not_units(text):
    assert read_unit(text, 0) is None


def test_symbols_are_case_sensitive_names_are_not():
    assert read_unit("mW", 0).unit == "mW"
    assert read_unit("MW", 0).unit == "MW"
    assert read_unit("MEGAWATTS", 0).unit == "MW"
    assert read_unit("km", 0, symbols=False) is None  # symbols only right after digits
    assert read_unit("kilometre", 0, symbols=False).unit == "km"


@pytest.mark.parametrize("name,unit", [
    ("kilometre per square second", "km/s2"), ("inverse second", "s-1"),
    ("joule second", "J·s"), ("dollar per kilogram", "USD/kg"), ("degree Celsius", "°C"),
    ("kilobit per second", "kbit/s"), ("light-year", "ly"), ("no such unit", None),
])
def test_unit_from_name(name, unit):
    assert unit_from_name(name) == unit


def test_tables_are_built_once_and_article_words():
    assert tables() is tables()
    assert {"gallon", "penny", "kibibyte"} <= article_words()
    assert "second" not in article_words() and "bit" not in article_words()
    assert is_unit_name("Gallons") and not is_unit_name("tanks")


@pytest.mark.parametrize("text,unit", [
    ("sq.km", "km2"), ("sq. mi", "mi2"), ("sqm", "m2"), ("sqft", "ft2"), ("deg C", "°C"),
    ("degrees F", "°F"), ("NM", "nmi"), ("pc", "percent"), ("yds", "yd"), ("m/s²", "m/s2"),
    ("pakistani rupees", "PKR"), ("Canadian dollars", "CAD"), ("zlotys", "PLN"),
    ("arcseconds", "arcsec"),
])
def test_spelling_variants(text, unit):
    m = read_unit(text, 0)
    assert m is not None and m.unit == unit and m.end == len(text)


def test_squad_is_no_square_unit():
    assert read_unit("squad", 0) is None


def test_names_of_new_units():
    assert unit_from_name("minute of arc") == "arcmin"
    assert unit_from_name("second of arc") == "arcsec"


def test_currency_codes_and_dimensions():
    from claimtrace.units import currency_codes, unit_dimension

    codes = currency_codes()
    assert codes["USD"] == "USD" and codes["RMB"] == "CNY" and codes["Rs"] == "INR"
    assert "km" not in codes and "m" not in codes
    assert unit_dimension("km") == "length" and unit_dimension("MW") == "power"
    assert unit_dimension("no-such-unit") is None


def test_unit_in_context_picks_the_field_reading():
    from claimtrace.units import ambiguous_symbols, unit_in_context

    assert {'"', "'", "b", "K"} <= ambiguous_symbols()
    assert unit_in_context('"', "in", "seen through a telescope") == "arcsec"
    assert unit_in_context('"', "in", "a board 12 wide") is None
    assert unit_in_context("b", "bit", "measured in nuclear physics") == "b"
    assert unit_in_context("b", "in", "nuclear physics") is None  # not its usual reading
    assert unit_in_context("x", "-", "telescope") is None
