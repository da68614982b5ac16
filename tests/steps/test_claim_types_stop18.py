"""Claim types decided by the clause around the trigger (stop 18, issue 5): an act carried on
under a vow is a threat, and help a speaker names a duty or a gesture is backing."""
from __future__ import annotations

import pytest

import claimtrace


def _types(text: str) -> dict[str, set[str]]:
    doc = claimtrace.extract(text, published="2025-02-10")
    out: dict[str, set[str]] = {}
    for claim in doc.claims:
        out.setdefault(claim.type, set()).add(doc.text[claim.trigger.start:claim.trigger.end])
    return out


@pytest.mark.parametrize("sentence", [
    "Defence minister Yoav Gallant vowed that Israel would keep striking Hezbollah in Lebanon.",
    "Defence minister Yoav Gallant vowed that Israel would continue to strike Hezbollah.",
])
def test_vowed_act_carried_on_is_a_threat(sentence):
    types = _types("Border clashes\n" + sentence)
    assert "THREATEN" in types
    assert "ASSAULT" not in types


def test_act_carried_on_without_a_vow_stays_the_act():
    types = _types("Border clashes\nIsraeli jets kept striking Hezbollah positions in Lebanon on "
                   "Monday.")
    assert "ASSAULT" in types
    assert "THREATEN" not in types


def test_help_named_a_duty_is_backing():
    doc = claimtrace.extract(
        "Summit in Beijing\nKim Jong Un met Vladimir Putin in Beijing on Wednesday. Kim told "
        "Putin that helping Russia was a fraternal duty, KCNA said.", published="2025-09-03")
    actors = {a.id: a for a in doc.actors}
    backing = [c for c in doc.claims if "helping" in c.evidence.text]
    assert [c.type for c in backing] == ["SUPPORT"]
    assert actors[backing[0].actor].code == "PRK"
    assert actors[backing[0].recipient].code == "RUS"


def test_help_delivered_stays_aid():
    types = _types("Shells for Moscow\nNorth Korea has sent Russia millions of artillery shells, "
                   "South Korean officials said.")
    assert "AID" in types
    assert "SUPPORT" not in types
