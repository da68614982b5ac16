"""Scoring conventions of the quantities evaluation (no model, no shared data)."""
from __future__ import annotations

from claimtrace.evaluation.quantities import _is_year, _same_share, gold_unit
from claimtrace.model import Quantity


def quantity(value, unit):
    return Quantity(id="q1", text="", start=0, end=0, value=value, low=value, high=value,
                    qualifier="exact", unit=unit, counted=None)


def test_a_fraction_in_words_is_our_share_in_percent():
    gold = {"surface": "three quarters", "value": 0.75, "unit": "dimensionless"}
    assert _same_share(gold, quantity(75, "percent"))
    thirds = {"surface": "two thirds", "value": 2 / 3, "unit": "dimensionless"}
    assert _same_share(thirds, quantity(66.67, "percent"))


def test_a_decimal_or_another_value_is_no_share():
    assert not _same_share({"surface": "0.75", "value": 0.75, "unit": "dimensionless"},
                           quantity(75, "percent"))
    assert not _same_share({"surface": "a quarter", "value": 0.25, "unit": "dimensionless"},
                           quantity(20, "percent"))
    assert not _same_share({"surface": "a quarter", "value": 0.25, "unit": "dimensionless"},
                           quantity(25, None))


def test_unit_names_and_years():
    assert gold_unit("dozen") == (None, 12)
    assert gold_unit("kilometre") == ("km", 1)
    assert _is_year({"surface": "1984", "unit": "dimensionless"})
    assert not _is_year({"surface": "1984", "unit": "metre"})
