"""Stop 21 actors: a known one-word name led in by a name particle ("Ahmed Awad bin
Mubarak") is the end of someone else's name, not the known person."""
from __future__ import annotations

import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def names(text):
    return {a.name: a for a in extract(text, published="2024-03-03").actors}


def test_a_particle_leads_into_someone_elses_name():
    found = names("Prime Minister Ahmed Awad bin Mubarak condemned the attack.")
    assert "Hosni Mubarak" not in found
    assert found["Ahmed Awad bin Mubarak"].kind == "person"


def test_the_known_name_alone_is_still_the_known_person():
    found = names("Former president Hosni Mubarak ruled Egypt for 30 years. Mubarak died in 2020.")
    assert found["Hosni Mubarak"].country == "EGY"
