"""Tests of `claimtrace.steps.quantities_context`: alternatives joined into a range,
currency names read by the document's countries, barrels counted."""
from __future__ import annotations

import pytest

from claimtrace.model import Document, Place, Quantity, Span
from claimtrace.steps.quantities_context import count_barrels, join_alternatives, name_currencies


def _q(text: str, word: str, value: float, **kw) -> Quantity:
    start = text.index(word)
    return Quantity(id="q", text=word, start=start, end=start + len(word), value=value,
                    low=value, high=value, **kw)


def test_two_close_figures_joined_by_or_are_a_range():
    text = "Raiders took five or six jeeps."
    found = join_alternatives(text, [_q(text, "five", 5), _q(text, "six", 6, counted="jeep")])
    assert len(found) == 1
    q = found[0]
    assert (q.text, q.value, q.low, q.high, q.qualifier, q.counted) == (
        "five or six", 5, 5, 6, "range", "jeep")


@pytest.mark.parametrize("text, a, b, va, vb", [
    ("They hit one or 40 targets.", "one", "40", 1, 40),      # too far apart
    ("They hit nine or four targets.", "nine", "four", 9, 4),  # not rising
    ("They hit 3 and 4 targets.", "3", "4", 3, 4),            # no alternative
])
def test_other_pairs_stay_two_counts(text, a, b, va, vb):
    found = join_alternatives(text, [_q(text, a, va), _q(text, b, vb)])
    assert [q.id for q in found] == ["q1", "q2"]


def _doc(text: str, country: str | None) -> Document:
    doc = Document(text=text)
    if country:
        doc.places = [Place(id="p1", name="X", feature="city", country=country,
                            mentions=[Span(0, 1, text[0])])]
    return doc


@pytest.mark.parametrize("country, code", [("MEX", "MXN"), ("PHL", "PHP"), ("ARG", "ARS")])
def test_bare_peso_takes_the_country_of_the_document(country, code):
    text = "Kidnappers asked for 20 million pesos."
    doc = _doc(text, country)
    q = _q(text, "20 million", 20e6, counted="peso")
    name_currencies(doc, [q])
    assert (q.unit, q.counted) == (code, None)


def test_peso_without_a_country_keeps_its_reading():
    text = "Kidnappers asked for 20 million pesos."
    q = _q(text, "20 million", 20e6, counted="peso")
    name_currencies(_doc(text, None), [q])
    assert (q.unit, q.counted) == (None, "peso")


def test_a_name_read_as_one_currency_moves_to_the_documents_country():
    text = "The fine was 9 million rupees."
    q = _q(text, "9 million rupees", 9e6, unit="INR")
    name_currencies(_doc(text, "LKA"), [q])
    assert q.unit == "LKR"


def test_a_currency_name_of_one_country_needs_no_context():
    text = "Rations cost 5,000 kyats."
    q = _q(text, "5,000", 5000, counted="kyat")
    name_currencies(_doc(text, None), [q])
    assert q.unit == "MMK"


def test_barrels_are_counted():
    text = "The terminal ships 80,000 barrels a day."
    q = _q(text, "80,000 barrels a day", 80000, unit="bbl/day")
    count_barrels([q])
    assert (q.unit, q.counted) == ("bbl/day", "barrel")
