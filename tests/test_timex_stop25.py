"""Stop-25 time rule: the present perfect of a clause of time ("once it has massed enough
troops", "when the talks have ended") looks ahead with the clause above it, so a season told
there is the coming one; a past clause of time still dates the past one."""
from __future__ import annotations

import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def seasons(text, published="2024-08-21"):
    return [(t.text, t.earliest) for t in extract(text, published=published).times]


def test_a_season_after_a_clause_of_time_in_the_present_perfect_is_ahead():
    text = ("Analysts expect Russia to counterattack once it has massed enough troops, "
            "possibly in the autumn.")
    assert ("the autumn", "2024-09-01") in seasons(text)


def test_a_season_in_a_past_clause_is_behind():
    text = "Russia counterattacked after it had massed enough troops in the autumn."
    assert ("the autumn", "2023-09-01") in seasons(text)
