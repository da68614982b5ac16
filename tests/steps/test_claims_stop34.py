"""Stop 34 readings: people ordered or told to leave a place, and a witness's own hand in
a task ("a resident who helped bury the dead"), which gives no aid."""
from __future__ import annotations

import pytest
from claims_helpers import run


def _claims(text):
    doc, _ = run(text, published="2024-10-07")
    return [(c.trigger.text, c.type, c.subtype) for c in doc.claims]


@pytest.mark.parametrize("text", [
    "The army ordered all residents of the northern Gaza Strip to move south of Wadi Gaza.",
    "The army ordered them by loudspeaker and leaflets to leave for Gaza City.",
    "The junta ordered the French ambassador to leave within 48 hours.",
])
def test_people_ordered_to_leave_are_displaced_by_force(text):
    assert ("ordered", "COERCE", None) in _claims(text)


def test_people_told_to_leave_are_warned():
    assert ("told", "THREATEN", "warning") in _claims(
        "The military spokesman told residents of parts of the city to leave immediately.")


def test_troops_ordered_to_leave_withdraw():
    assert ("ordered", "RETREAT", "withdrawal") in _claims(
        "Shoigu ordered his troops to leave the city of Kherson.")


@pytest.mark.parametrize("text", [
    "The commander ordered the unit to hold the bridge.",
    "He told me to leave the room.",
    "Officials told reporters that the road was closed.",
])
def test_no_order_to_leave_no_displacement(text):
    assert not [c for c in _claims(text) if c[0] in ("ordered", "told")
                and c[1] in ("COERCE", "THREATEN")]


@pytest.mark.parametrize("text", [
    "A resident who helped bury the dead put the number at four.",
    "A local vigilante leader who helped carry victims to the hospital said he had "
    "counted around 60 bodies.",
])
def test_a_witness_who_helped_with_a_task_gives_no_aid(text):
    assert not [c for c in _claims(text) if c[0] == "helped"]


def test_a_state_that_helped_another_still_aids_it():
    assert ("helped", "AID", None) in _claims(
        "American intelligence had helped Israel locate the captives.")


def test_a_thing_that_helped_someone_act_is_still_aid():
    assert ("helped", "AID", None) in _claims(
        "A spokesman suggested that the rebels had been given intelligence that helped them "
        "plan the attack.")


@pytest.mark.parametrize("text", [
    "No one has claimed the attack, which killed 12 soldiers.",
    "Nobody has claimed the attack, which killed 12 soldiers.",
    "No group has claimed the attack, which killed 12 soldiers.",
])
def test_a_subject_that_names_no_one_is_no_source(text):
    doc, _ = run(text, published="2024-10-07")
    (killed,) = [c for c in doc.claims if c.trigger.text == "killed"]
    assert killed.source is None or killed.source.kind == "author"
    assert killed.certainty == "asserted"


def test_a_named_claimant_stays_the_source():
    doc, _ = run("The group has claimed the attack, which killed 12 soldiers.",
                 published="2024-10-07")
    (killed,) = [c for c in doc.claims if c.trigger.text == "killed"]
    assert killed.source.name == "The group"


@pytest.mark.parametrize("text, visit", [
    ("Prime Minister Shehbaz Sharif travelled to Quetta on Thursday.", True),
    ("A nurse who travelled with one of the first ambulances said 40 people died.", False),
    ("The convoy was travelling from Islamabad to the camp when it was hit.", False),
])
def test_travel_is_a_visit_only_to_a_destination(text, visit):
    assert (("CONSULT", "visit") in [(c[1], c[2]) for c in _claims(text)]) is visit


def test_forces_that_set_up_checkpoints_are_deployed():
    assert ("set", "MOBILIZE", "troop_deployment") in _claims(
        "Soldiers and police set up checkpoints on the roads leading into the town on "
        "Wednesday.")
    assert not [c for c in _claims("The council set up a committee on Wednesday.")
                if c[0] == "set"]


def _targets(text, word):
    doc, _ = run(text, published="2024-10-07")
    actors = {a.id: a for a in doc.actors}
    return [(actors[c.target].code or actors[c.target].country) if c.target else None
            for c in doc.claims if c.trigger.text == word]


def test_drones_destroyed_after_they_entered_are_the_sender_s_loss():
    assert _targets("Polish jets scrambled overnight. Russian drones entered Polish airspace "
                    "before dawn, the army said. Officials said three of the drones had been "
                    "destroyed.", "destroyed") == ["RUS"]



def test_a_toll_of_troops_a_side_sent_is_that_side_s_loss():
    assert _targets("Some 12,000 North Korean troops were deployed to Kursk. Roughly 600 of "
                    "them have been killed, officials said.", "killed") == ["PRK"]


def test_an_accusation_of_an_act_a_state_word_names_targets_that_state():
    assert _targets("Egypt and Saudi Arabia both condemned what they called an Israeli attack "
                    "on the hospital.", "condemned") == ["ISR"]


def test_an_accusation_of_a_state_s_possessed_act_targets_that_state():
    assert _targets("Ukraine's foreign ministry condemned Russia's strikes on the power grid.",
                    "condemned") == ["RUS"]
