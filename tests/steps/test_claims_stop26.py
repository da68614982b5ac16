"""Stop 26 readings: a vow keeps its own claim beside the act it answers ("vowed to make X
pay for the raid", "vows revenge after ..."); threats told by their content: a side made to
regret, an answer said to be harsh, a response a side will feel, an involvement that will not
be left without a response."""
from __future__ import annotations

import pytest

from claims_helpers import run


@pytest.mark.parametrize("text, target", [
    ("Tehran vowed on Friday to make Washington pay for the raid that killed two of its "
     "advisers.", "USA"),
    ("The general said Israel would be made to regret the attack on the convoy.", "ISR"),
    ("Zelensky said Russia would feel our response to the shelling of Kharkiv.", "RUS"),
    ("Peskov said London's role in the sabotage would not be left without a response.",
     "GBR"),
])
def test_a_threat_told_by_its_content_names_who_is_threatened(text, target):
    doc, code = run(text)
    threats = [c for c in doc.claims if c.type == "THREATEN"]
    assert len(threats) == 1, [(c.type, c.subtype) for c in doc.claims]
    assert code(threats[0].target) == target


def test_a_vow_beside_the_act_it_answers_is_a_claim_of_its_own():
    doc, code = run("Hezbollah vowed revenge after a strike on a Beirut suburb killed one of its "
                    "commanders.")
    assert sorted(c.type for c in doc.claims) == ["ASSAULT", "THREATEN"]
    # a warning whose content is an act is still told by that act alone
    doc, _ = run("The ministry warned that Russia could attack the port within weeks.")
    assert [c.type for c in doc.claims] == ["ASSAULT"]


def test_an_answer_said_to_be_harsh_threatens_for_its_owner():
    doc, code = run('The ambassador said Iran\'s reply would be "swift and severe".')
    assert [(c.type, code(c.actor)) for c in doc.claims] == [("THREATEN", "IRN")]
    doc, _ = run("The minister said the reaction of markets would be muted.")
    assert not [c for c in doc.claims if c.type == "THREATEN"]
