"""Stop-26 time rule: a deadline on the infinitive of a past verb of intent ("threatened to
withdraw by May 10") was set in the past and may have passed when the story ran: it is the
occurrence nearest the publication date, on either side; a present or perfect intent still
looks ahead."""
from __future__ import annotations

import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def dates(text, published):
    return [(t.text, t.earliest) for t in extract(text, published=published).times]


@pytest.mark.parametrize("text, published, expected", [
    ("Earlier this month he threatened to pull his fighters out by May 10.", "2023-05-21",
     ("May 10", "2023-05-10")),
    ("He threatened to pull his fighters out by June 10.", "2023-05-21",
     ("June 10", "2023-06-10")),
    ("He threatens to pull his fighters out by May 10.", "2023-05-21",
     ("May 10", "2024-05-10")),
])
def test_a_deadline_set_by_a_past_intent_is_the_nearest_one(text, published, expected):
    assert expected in dates(text, published)


def test_so_far_this_year_runs_to_the_publication_date():
    found = extract("The attack was the deadliest on civilians so far this year.",
                    published="2025-04-14").times
    assert [(t.earliest, t.latest) for t in found] == [("2025-01-01", "2025-04-14")]
