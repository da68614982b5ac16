"""Stop 24 readings: power seized is a coercive act and a headquarters seized is captured;
backing pledged for an army is support; men called up are mobilised; resigning in protest
protests; recognising a state's sovereignty supports it; damage caused is an attack (little
damage is none); a crime committed is charged to the one who committed it; forces sent to
"the region" are moved, not given; fighting that stopped or battles that did not happen are
no combat; footage shared is no cooperation; a named guest hosted is a visit."""
from __future__ import annotations

import pytest

from claims_helpers import assert_reading, run


@pytest.mark.parametrize("text, told, untold", [
    ("Captain Ibrahim Traore seized power in September 2022.", {"COERCE"}, set()),
    ("The MNDAA announced that it had seized the headquarters of the army's Northeastern "
     "Command in Lashio.", {"COERCE"}, set()),
    ("The minister pledged Tehran's firm backing for the Syrian army.", {"SUPPORT"}, {"AID"}),
    ("The military has been calling up about 5,000 men a month under a conscription law.",
     {"MOBILIZE"}, set()),
    ("The ports minister, Abdiqani Ateye, resigned in protest.", {"PROTEST"}, set()),
    ("The United States said it recognised Somalia's sovereignty and territorial integrity.",
     {"SUPPORT"}, set()),
    ("The strikes caused minor damage at the Nevatim air base, the army spokesman said.",
     {"ASSAULT"}, set()),
    ("Most of those attacks caused little damage.", set(), {"ASSAULT"}),
    ("Heavy fighting inside the city had largely stopped by Wednesday.", set(), {"ASSAULT"}),
    ("Ukrainian forces advanced without major battles.", {"ASSAULT"}, set()),
    ("Videos filmed by the attackers were shared on pro-JNIM channels.", set(), {"COOPERATE"}),
    ("The two agencies shared intelligence on the network.", {"COOPERATE"}, set()),
    ("After hosting Hassan Sheikh in Cairo on Sunday, Sisi said Egypt would stand by Somalia.",
     {"CONSULT", "SUPPORT"}, set()),
])
def test_reading(text, told, untold):
    assert_reading(text, told, untold)


def test_battles_that_did_not_happen_trigger_nothing():
    doc, _ = run("Ukrainian forces advanced without major battles.")
    assert doc.claims and not any(c.trigger is not None and c.trigger.text == "battles"
                                  for c in doc.claims)


def test_fighting_that_would_stop_is_still_told():
    doc, _ = run("Hegseth said the bombing would stop once the Houthis ended their attacks.")
    assert any(c.type in ("ASSAULT", "THREATEN") for c in doc.claims)


def test_a_crime_committed_is_charged_to_the_one_who_committed_it():
    doc, _ = run("Colombia's president Gustavo Petro suspended talks with the ELN, saying the "
                 "group had committed war crimes.")
    charge = next(c for c in doc.claims if c.type == "ACCUSE")
    names = {a.id: a.name for a in doc.actors}
    assert names.get(charge.target) == "National Liberation Army"
    assert charge.actor != charge.target


def test_soldiers_sent_to_the_region_are_moved_not_given():
    doc, _ = run("The Defence Ministry says some 5,000 soldiers have been sent to the region.")
    sent = [c for c in doc.claims if c.subtype == "troop_deployment"]
    assert sent and all(c.type == "MOBILIZE" for c in sent)


def test_soldiers_sent_to_another_state_are_given():
    doc, _ = run("Rwanda sent 4,000 soldiers to Congo, UN experts said.")
    assert any(c.type in ("AID", "MOBILIZE") and c.subtype == "troop_deployment"
               for c in doc.claims)
