"""Threats and accusations told by what a speaker says (`claim_stance`), on sentences
written for these tests."""
import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def _one(text: str):
    doc = extract(text, published="2025-03-10")
    codes = {a.id: a.code for a in doc.actors}
    assert len(doc.claims) == 1, [(c.type, c.trigger.text) for c in doc.claims]
    claim = doc.claims[0]
    return claim, codes.get(claim.actor), codes.get(claim.target)


@pytest.mark.parametrize("text, target", [
    ("Iran's foreign ministry said Israel should expect a painful response.", "ISR"),
    ("A senior Iranian official said Washington would pay a heavy price.", "USA"),
])
def test_a_threatened_party_is_the_target_and_the_speakers_state_threatens(text, target):
    claim, actor, threatened = _one(text)
    assert (claim.type, claim.subtype, threatened) == ("THREATEN", "warning", target)
    assert claim.source.kind != "author" and claim.certainty == "reported"
    assert actor not in (None, target)


def test_not_going_unanswered_is_a_threat_not_a_denial():
    claim, actor, _ = _one("Tehran said the killing would not go unanswered.")
    assert (claim.type, actor, claim.negated, claim.certainty) == (
        "THREATEN", "IRN", False, "reported")


@pytest.mark.parametrize("text, actor", [
    ("Moscow said it would take countermeasures.", "RUS"),
    ("Beijing said it was ready to use force to stop any move toward independence.", "CHN"),
    ("The Kremlin said Moscow would treat foreign-supplied jets as legitimate targets.",
     "RUS"),
])
def test_the_party_who_threatens_is_the_actor(text, actor):
    claim, who, _ = _one(text)
    assert (claim.type, who) == ("THREATEN", actor)


@pytest.mark.parametrize("text, accused", [
    ("NATO said Russia bore full responsibility for the incident.", "RUS"),
    ("The minister said Israel had failed to protect civilians.", "ISR"),
    ("Zelensky said the strike showed that Moscow was deliberately dragging out the war.",
     "RUS"),
    ("The president said the assault showed the true nature of the regime in Caracas.",
     "VEN"),
])
def test_an_accusation_told_by_its_content_targets_the_accused(text, accused):
    claim, _, target = _one(text)
    assert (claim.type, target) == ("ACCUSE", accused)
    assert claim.source.kind != "author"


def test_the_speakers_state_accuses_when_a_government_voice_says_it():
    claim, actor, target = _one("Ukraine's foreign minister said the attack showed that "
                                "Moscow was deliberately stalling the talks.")
    assert (claim.type, actor, target) == ("ACCUSE", "UKR", "RUS")


@pytest.mark.parametrize("text", [
    "Russia bore the cost of the war for three years.",  # no charge: a cost, not blame
    "The rebels committed atrocities in the town.",  # the reporter's words: an event
    "Officials said the port would pay its workers more.",  # no threat
    "Police deliberately blocked the main road out of the city.",  # told, not said
])
def test_no_threat_or_charge_outside_what_someone_says(text):
    doc = extract(text, published="2025-03-10")
    assert not [c for c in doc.claims if c.type in ("THREATEN", "ACCUSE")]


def test_a_vow_to_make_someone_pay_is_a_threat_not_a_promise():
    doc = extract("Iran's foreign minister promised that Israel would pay for the killings.",
                  published="2025-03-10")
    codes = {a.id: a.code for a in doc.actors}
    assert [(c.type, codes.get(c.actor), codes.get(c.target)) for c in doc.claims] == [
        ("THREATEN", "IRN", "ISR")]


def test_a_vow_to_hunt_down_the_attackers_is_a_threat():
    doc = extract("The president vowed to hunt down everyone who planned the bombing.",
                  published="2025-03-10")
    assert [(c.type, c.subtype) for c in doc.claims] == [("THREATEN", "warning")]


def test_an_attack_said_to_be_plotted_abroad_accuses_that_country():
    claim, actor, target = _one("Pakistan's army said the assault had been planned from "
                                "Afghanistan.")
    assert (claim.type, actor, target) == ("ACCUSE", "PAK", "AFG")


def test_using_people_as_shields_is_a_charge_against_the_user():
    doc = extract("Israel's military said Hamas was using civilians as human shields.",
                  published="2025-03-10")
    names = {a.id: a.name for a in doc.actors}
    codes = {a.id: a.code for a in doc.actors}
    assert [(c.type, codes.get(c.actor), names.get(c.target)) for c in doc.claims] == [
        ("ACCUSE", "ISR", "Hamas")]


def test_a_plot_told_with_two_passive_verbs_accuses_the_agent():
    doc = extract("A bomb hit a bus near Quetta on Monday. The army said the bombing had been "
                  "planned and directed by Afghanistan.", published="2025-03-10")
    codes = {a.id: a.code for a in doc.actors}
    charges = [c for c in doc.claims if c.type == "ACCUSE"]
    assert [codes.get(c.target) for c in charges] == ["AFG"]
    # the bombing named again in the charge is no second attack
    assert [c.type for c in doc.claims].count("ASSAULT") == 1


@pytest.mark.parametrize("text, accused", [
    ("The president said the shelling showed Moscow had no interest in peace.", "RUS"),
    ("Amnesty International said the raid exposed the Nigerian government's failure to "
     "protect villagers.", "NGA"),
    ("Jordan's foreign minister said the strike showed a lack of Israeli political will.",
     "ISR"),
])
def test_a_fault_said_to_be_revealed_is_a_charge(text, accused):
    doc = extract(text, published="2025-03-10")
    codes = {a.id: a.code for a in doc.actors}
    charges = [c for c in doc.claims if c.type == "ACCUSE"]
    assert [codes.get(c.target) for c in charges] == [accused]
    assert charges[0].certainty != "denied" and charges[0].source.kind != "author"


def test_a_charge_called_baseless_is_rejected_by_the_party_charged():
    doc = extract("Pakistan blamed Kabul for the attack. A spokesman for the Afghan foreign "
                  "ministry said the allegation was baseless.", published="2025-03-10")
    codes = {a.id: a.code for a in doc.actors}
    assert [(c.type, codes.get(c.actor)) for c in doc.claims] == [
        ("ACCUSE", "PAK"), ("REJECT", "AFG")]
    assert doc.claims[1].inferred.get("actor") == doc.claims[0].id


def test_a_charge_told_false_by_the_reporter_is_no_rejection():
    doc = extract("The allegation was baseless.", published="2025-03-10")
    assert doc.claims == []


@pytest.mark.slow
def test_warnings_told_by_what_would_follow_a_move():
    from claimtrace import extract
    cases = {
        "The general warned that Uganda would regard any move against the president as a "
        "declaration of war.": "UGA",
        "Moscow warned that arming Kyiv would be a serious error.": "RUS",
        "The minister said Israel would hold to account anyone who harms its citizens.": "ISR",
    }
    for text, side in cases.items():
        doc = extract(text, published="2025-03-01")
        actors = {a.id: a for a in doc.actors}
        assert [(c.type, c.subtype) for c in doc.claims] == [("THREATEN", "warning")], text
        assert actors[doc.claims[0].actor].code == side
    # a mistake already made is no warning, and the act told stays an act
    doc = extract("Officials said sending the convoy had been a serious error.",
                  published="2025-03-01")
    assert "THREATEN" not in {c.type for c in doc.claims}


@pytest.mark.slow
def test_a_move_regarded_as_a_declaration_of_war_with_the_label_on_the_object():
    from claimtrace import extract
    doc = extract("He warned that Kenya would regard any move against the president as a "
                  "declaration of war on Kenya itself.", published="2025-03-01")
    assert [(c.type, c.subtype) for c in doc.claims] == [("THREATEN", "warning")]
