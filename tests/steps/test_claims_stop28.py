"""Stop 28 readings: the dead counted, buried or recovered; a base overrun; a participle of
belief describing the doer ("fighters believed to belong to X overran ...")."""
from __future__ import annotations

import pytest

from claims_helpers import run


@pytest.mark.parametrize("text", [
    "A village near the border counts its dead after a night of fire.",
    "Survivors count their dead after the raid.",
    "Rescuers buried the dead on Sunday.",
])
def test_the_dead_counted_or_buried_tell_the_killing_in_the_author_s_voice(text):
    doc, _ = run(text)
    assert [(c.type, c.subtype, c.source.kind) for c in doc.claims] == [
        ("ASSAULT", "casualties", "author")]


def test_counting_something_else_is_no_killing():
    doc, _ = run("Officials counted the ballots on Sunday.")
    assert doc.claims == []


def test_a_base_overrun_is_attacked_and_a_town_overrun_captured():
    doc, code = run("Gunmen overran an army base near the lake.")
    assert [(c.type, c.subtype) for c in doc.claims] == [("ASSAULT", "attack")]
    doc, code = run("The RSF overran the town of Al-Nahud.")
    assert [(c.type, c.subtype) for c in doc.claims] == [("COERCE", "capture")]


def test_defenders_leaving_a_position_withdraw():
    doc, code = run("The last Ukrainian defenders left the steel works on Friday.")
    assert [(c.type, code(c.actor)) for c in doc.claims] == [("RETREAT", "UKR")]
