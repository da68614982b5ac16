"""Claim recall, stop 18 (issue 5): events told by their course, by a copula that ranks them,
and reinforcements moved; on sentences written for these tests, each with the other sense
that must stay claim-free."""
import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def _told(text: str) -> list[tuple[str, str | None, str]]:
    doc = extract(text, published="2024-06-10")
    return [(c.type, c.subtype, c.trigger.text) for c in doc.claims]


def test_an_event_noun_whose_start_is_told_is_a_claim():
    assert ("ASSAULT", "attack", "shelling") in _told(
        "Residents were asleep in the village when the shelling started.")
    assert ("ASSAULT", "combat", "fighting") in _told(
        "The fighting continued through the night in the northern districts.")


def test_an_event_named_to_date_another_stays_no_claim():
    # "since the clashes began" dates the flight; the flight is told by its own claim
    assert not any(trig == "clashes" for _, _, trig in _told(
        "Since the clashes began, the market has stayed closed."))


def test_an_event_noun_a_copula_ranks_is_told():
    assert ("ASSAULT", "attack", "bombing") in _told(
        "The bombing was the deadliest in the province this year.")
    assert ("ASSAULT", "attack", "raid") in _told(
        "The raid is the latest in a series of attacks on the port.")


def test_a_copula_that_does_not_rank_leaves_the_back_reference_alone():
    # "the attack was a message": what the event meant, told of an event already told
    assert not any(trig == "attack" for _, _, trig in _told(
        "The attack was a message to the government, the analyst said."))


def test_reinforcements_sent_are_moved_not_given():
    told = _told("The governor said reinforcements had been sent to the district.")
    assert ("MOBILIZE", "troop_deployment", "sent") in told
    assert not any(t == "AID" for t, _, _ in told)
    # troops sent to another state stay aid
    assert ("AID", "troop_deployment", "sent") in _told("Iran sent troops to Syria in 2015.")
