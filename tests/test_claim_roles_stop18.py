"""Roles read from the parse (stop 18, issue 5): a charge names the doer of the act it is
for, a response is given by whom it is drawn "from", an observer who reports a toll did
not inflict it, a passive host receives, a help verb's clause names who is helped, a
request's purpose clause names whom it presses, and talks in a third country are between
the story's sides (sentences written for these tests)."""
import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def run(text):
    doc = extract(text, published="2025-06-14")
    actors = {a.id: a for a in doc.actors}
    return doc, lambda aid: (actors[aid].code or actors[aid].country) if aid else None


def claim(doc, word):
    """The claim whose trigger is `word`."""
    found = [c for c in doc.claims if c.trigger is not None and c.trigger.text == word]
    assert found, [(c.trigger and c.trigger.text, c.type) for c in doc.claims]
    return found[0]


def test_the_subject_of_a_passive_charge_did_the_act():
    doc, code = run("The ADF militia has been blamed for repeated raids on farms in Beni "
                    "since 2019.")
    raids = claim(doc, "raids")
    assert raids.actor is not None and code(raids.actor) == "COD"


def test_a_definite_act_charged_is_not_told_again():
    doc, _ = run("Hezbollah blamed Israel for the assassination and vowed to respond.")
    assert not [c for c in doc.claims if c.trigger and c.trigger.text == "assassination"]


def test_a_response_drawn_from_capitals_is_theirs():
    doc, code = run("North Korea fired a ballistic missile into the sea on Monday. The launch "
                    "drew condemnation from Tokyo and Seoul.")
    condemnation = claim(doc, "condemnation")
    assert code(condemnation.actor) == "JPN"


def test_support_from_a_force_is_no_spoken_claim():
    doc, _ = run("The convoys are escorted by the army, with support from Russia's Africa "
                 "Corps.")
    assert not [c for c in doc.claims if c.trigger and c.trigger.text == "support"]


def test_officials_who_report_a_toll_did_not_inflict_it():
    doc, code = run("Israeli jets struck Rafah overnight; Gaza officials report a heavy toll.")
    toll = claim(doc, "toll")
    assert toll.actor is None or code(toll.actor) != "PSE"


def test_the_subject_of_a_help_clause_is_helped():
    doc, code = run("British surveillance flights helped Ukraine find the launchers, an "
                    "official said.")
    helped = claim(doc, "helped")
    assert code(helped.recipient) == "UKR"


def test_talks_in_a_third_country_are_not_with_their_host():
    doc, code = run("Russia fired 200 drones at Ukraine overnight. Ukraine struck two Russian "
                    "refineries and Russia shelled Kharkiv. Negotiators met in Istanbul on "
                    "Friday.")
    met = claim(doc, "met")
    assert code(met.recipient) != "TUR"


def test_a_definite_act_charged_with_its_own_target_gets_its_doer():
    doc, code = run("Kyiv blamed Russia for the missile strikes on Odesa.")
    strikes = claim(doc, "strikes")
    assert code(strikes.actor) == "RUS" and code(strikes.target) == "UKR"
