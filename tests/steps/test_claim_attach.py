"""The claims step's choice of a trigger's quantity and time, on sentences written for these
tests (needs the spaCy model)."""
from __future__ import annotations

import pytest

from claimtrace.pipeline import extract

pytestmark = pytest.mark.slow


def _attached(text: str, *, published: str = "2025-03-14") -> list[tuple]:
    """(type, subtype, quantity text, time text) of each claim."""
    doc = extract(text, published=published)
    qs = {q.id: q.text for q in doc.quantities}
    ts = {t.id: t.text for t in doc.times}
    return [(c.type, c.subtype, qs.get(c.quantity), ts.get(c.time)) for c in doc.claims]


def _quantities(text: str, subtype: str, **kw) -> set:
    return {q for _, sub, q, _ in _attached(text, **kw) if sub == subtype}


def _times(text: str, type_: str, **kw) -> set:
    return {t for typ, _, _, t in _attached(text, **kw) if typ == type_}


def test_an_attack_takes_the_count_of_what_it_did():
    text = "A car bomb hit a crowded market in the town on Monday, killing at least nine people."
    assert "at least nine" in _quantities(text, "attack")


def test_coordinated_verbs_share_their_object():
    text = "Ukrainian units shot down or jammed 120 Russian drones and eight missiles overnight."
    assert _quantities(text, "equipment_loss") == {"120"}


def test_a_noun_that_counts_the_events_stands_in_for_them():
    text = "Israeli jets carried out four waves of strikes on Houthi targets in Yemen."
    assert _quantities(text, "attack") == {"four"}


def test_a_share_of_an_earlier_figure_is_not_the_figure():
    text = ("The army said its air defences had destroyed more than 90 drones overnight, "
            "dozens of them over the coast.")
    assert _quantities(text, "equipment_loss") == {"more than 90"}


def test_first_of_coordinated_counts_is_the_claim():
    text = "The ministry says about 60 fighters and more than 20 civilians have been killed."
    assert _quantities(text, "casualties") == {"about 60"}


def test_a_total_of_is_no_hop_away():
    text = ("The country is thought to have sent a total of around 9,000 troops in three "
            "brigades to the front, officials said.")
    assert "around 9,000" in {q for _, _, q, _ in _attached(text)}


def test_any_currency_counts_for_aid():
    text = "Tokyo has pledged 500 million yen in emergency aid to the flood victims."
    assert {q for typ, _, q, _ in _attached(text) if typ == "AID"} == {"500 million yen"}


def test_an_area_is_the_figure_of_a_capture_without_a_count():
    text = "Russian troops have retaken more than 300 square kilometres of territory in Kursk."
    assert {q for typ, _, q, _ in _attached(text) if typ == "COERCE"} == \
        {"more than 300 square kilometres"}


def test_the_event_time_beats_the_time_of_its_report():
    text = ("The health office now says at least 40 people have been killed since the clashes "
            "began on Saturday.")
    assert _times(text, "ASSAULT") == {"on Saturday"}


def test_a_since_in_the_phrase_does_not_date_the_event():
    text = ("The envoy arrived in the capital on Monday, his first visit to the country since "
            "2018, state media reported.")
    assert _times(text, "CONSULT") == {"on Monday"}


def test_a_day_beats_a_clock_time():
    text = "The army said the rocket was fired at the border town at 06:40 local time on Friday."
    assert _times(text, "ASSAULT") == {"on Friday"}


def test_the_dateline_is_no_event_time():
    text = ("LAGOS, March 12 (Wire) - Gunmen attacked a village in the north on Sunday, "
            "killing 14 people, police said.")
    assert _times(text, "ASSAULT") == {"on Sunday"}


def test_a_when_clause_takes_the_time_it_describes():
    text = ("The two states signed a defence pact in March, when the king visited the capital "
            "for the first time in 30 years.")
    assert _times(text, "CONSULT") == {"March"}


def test_a_clause_of_contrast_keeps_its_own_time():
    text = ("Analysts said losses averaged 900 a day in April, while the general staff put total "
            "losses since the February 2022 invasion at some 400,000 killed and wounded.")
    times = {t for _, sub, q, t in _attached(text) if q == "some 400,000"}
    assert times == {"February 2022"}
