"""Stop 27 readings: an act of speech conjoined to a denied or described complement is the
speaker's ("denied that its soldiers were involved and blamed the RSF")."""
from __future__ import annotations

import pytest

from claims_helpers import run


def test_a_blame_conjoined_to_a_denied_complement_is_the_speaker_s_and_not_denied():
    doc, _ = run("He denied that the army was responsible and accused the rebels of the attack.")
    assert sorted(c.certainty for c in doc.claims if c.type == "ACCUSE") == ["alleged", "denied"]
    doc, code = run("The Sudanese army denied that its soldiers were involved and blamed the RSF.")
    # (stop 29: the denial is a claim of its own; the blame conjoined to it is no part of
    # what was denied)
    assert [(c.type, c.certainty, code(c.actor)) for c in doc.claims] == [
        ("REJECT", "denied", "SDN"), ("ACCUSE", "alleged", "SDN")]


def test_the_repair_moves_only_a_subjectless_act_of_speech_off_a_described_complement(nlp):
    heads = {t.text: t.head.text for t in nlp(
        "He denied that the army was responsible and accused the rebels of the attack.")}
    assert heads["accused"] == "denied"
    # an act the complement's own (active) subject does stays in the complement
    heads = {t.text: t.head.text for t in nlp(
        "The ministry said the police arrested the men and accused them of spying.")}
    assert heads["accused"] == "arrested"


@pytest.mark.parametrize("text", [
    'Josep Borrell said the attack was "an atrocity".',
    'A resident said the rampage had been a "pogrom" carried out by outlaws.',
    'A spokesman said the bombings were "desperate acts" by a weakened enemy.',
    "Taipei called the boarding an act of intimidation.",
])
def test_an_act_called_or_said_to_be_a_wrong_is_charged(text):
    doc, _ = run(text)
    assert [c.type for c in doc.claims] == ["ACCUSE"]


def test_the_label_may_come_first_and_whose_words_are_charged_is_the_target():
    doc, code = run('State Department spokesman Ned Price called "abhorrent" the remarks of '
                    "Israel's far-right Finance Minister Bezalel Smotrich.")
    assert [(c.type, code(c.actor), code(c.target)) for c in doc.claims] == [
        ("ACCUSE", "USA", "ISR")]
    doc, code = run("NATO chief Mark Rutte called Russia's behaviour reckless.")
    assert [(c.type, code(c.target)) for c in doc.claims] == [("ACCUSE", "RUS")]


def test_a_gerund_charged_names_the_act_its_verb_told_and_its_doer_is_the_target():
    doc, code = run("Chinese coast guard officers boarded a Taiwanese tourist boat near Kinmen "
                    "on Monday. Taipei called the boarding an act of intimidation.")
    charge = next(c for c in doc.claims if c.type == "ACCUSE")
    assert (code(charge.actor), code(charge.target)) == ("TWN", "CHN")


def test_an_act_called_by_words_of_praise_is_supported_and_a_neutral_name_is_nothing():
    doc, _ = run('UN Secretary-General Antonio Guterres called the deal "a first and welcome '
                 'step".')
    assert [(c.type, c.subtype) for c in doc.claims] == [("SUPPORT", "support_statement")]
    doc, _ = run("Russian officials call the town Artyomovsk.")
    assert doc.claims == []


def test_an_indefinite_event_with_a_participle_naming_a_party_is_told():
    doc, code = run("On Friday, 207 Ukrainians came home in a swap brokered by the United Arab "
                    "Emirates.")
    assert [(c.type, code(c.actor)) for c in doc.claims] == [("AGREE", "ARE")]
    # with no participant it stays a mere setting
    doc, _ = run("The talks would resume in the event of a swap.")
    assert "AGREE" not in {c.type for c in doc.claims}


@pytest.mark.parametrize("text, expected", [
    ("Security forces responded with live ammunition and tear gas.", ("ASSAULT", "attack")),
    ("Hundreds of troops backed by helicopters have been combing the forests.",
     ("MOBILIZE", "troop_deployment")),
    ("Zulum said security would be tightened across the state.", ("MOBILIZE", None)),
    ("Beijing would take all necessary measures to protect the fishermen, Zhu said.",
     ("THREATEN", "warning")),
    ("Manila said the plan was a pretext for occupying the reef.", ("ACCUSE", None)),
    ("Moldova says the incident was staged to sow panic.", ("ACCUSE", None)),
])
def test_responses_searches_security_warnings_and_imputed_purposes(text, expected):
    doc, _ = run(text)
    assert [(c.type, c.subtype) for c in doc.claims] == [expected]


def test_a_precaution_told_is_no_warning_and_a_staged_rally_no_charge():
    doc, _ = run('The governor said the military was taking "all necessary steps".')
    assert "THREATEN" not in {c.type for c in doc.claims}
    doc, _ = run("Opposition supporters staged a rally in the capital.")
    assert "ACCUSE" not in {c.type for c in doc.claims}


def test_whose_act_is_said_to_be_meant_to_justify_another_is_charged():
    doc, code = run("A Hamas official said the Israeli account was meant to justify the killing "
                    "of civilians.")
    charge = next(c for c in doc.claims if c.type == "ACCUSE")
    assert code(charge.target) == "ISR" and code(charge.actor) != "ISR"


@pytest.mark.parametrize("denial", [
    "A separatist spokesman denied that its fighters were involved.",
    "M23 spokesman Lawrence Kanyuka denied the group was responsible.",
])
def test_a_side_denying_its_share_in_an_act_told_before_denies_the_act(denial):
    doc, _ = run("Gunmen attacked the base on Sunday. " + denial)
    assert [(c.type, c.certainty) for c in doc.claims] == [
        ("ASSAULT", "asserted"), ("ASSAULT", "denied")]


@pytest.mark.parametrize("text, types", [
    ("Militants killed five soldiers. Aramane vowed that the soldiers' deaths would be "
     "avenged.", ["ASSAULT", "THREATEN"]),
    ("Security forces killed 96 people. The internet was cut, making it harder to document "
     "the toll, BHRC said.", ["ASSAULT"]),
    ("Western diplomats said Moscow had not provided evidence to support its account.", []),
])
def test_acts_avenged_tolls_documented_and_accounts_supported_tell_nothing_new(text, types):
    doc, _ = run(text)
    assert [c.type for c in doc.claims] == types


@pytest.mark.parametrize("text, types", [
    ("Militants opened fire on two army trucks carrying soldiers on a routine patrol.",
     ["ASSAULT"]),
    ("The plane had been carrying 65 captured Ukrainian servicemen to Belgorod.", []),
    ("Russian navy landing ships carried about 1,500 North Korean troops to Vladivostok.",
     ["MOBILIZE"]),
])
def test_a_vehicle_described_as_carrying_people_and_captives_carried_deploy_no_one(text, types):
    doc, _ = run(text)
    assert [c.type for c in doc.claims] == types


@pytest.mark.parametrize("text, expected", [
    ("Some young men threw stones at the police station.", ("ASSAULT", "attack")),
    ("The government said it would send a delegation to the area.", ("CONSULT", "visit")),
])
def test_stones_thrown_attack_and_a_delegation_sent_visits(text, expected):
    doc, _ = run(text)
    assert [(c.type, c.subtype) for c in doc.claims] == [expected]


def test_its_before_a_plural_reporter_is_the_body_named_before():
    doc, code = run("The China Coast Guard said it would begin patrols near Kinmen. A day "
                    "later, its officers boarded a Taiwanese tourist boat, Taiwanese officials "
                    "said.")
    boarding = next(c for c in doc.claims if c.type == "COERCE")
    assert (code(boarding.actor), code(boarding.target)) == ("CHN", "TWN")
    # a singular reporter still owns "its"
    doc, code = run("JNIM said its fighters had overrun the army base.")
    assert [c.source.name for c in doc.claims] == ["JNIM"]


def test_people_freed_in_a_swap_are_its_count():
    doc, _ = run("On Friday, 207 Ukrainians came home in a swap brokered by the United Arab "
                 "Emirates.")
    counts = {q.id: q.value for q in doc.quantities}
    assert [(c.type, counts.get(c.quantity)) for c in doc.claims] == [("AGREE", 207)]


def test_whose_troops_are_the_described_state_s():
    doc, code = run("Eritrea, whose troops fought alongside federal forces in Tigray, was not "
                    "at the talks.")
    fighting = next(c for c in doc.claims if c.type == "ASSAULT")
    assert code(fighting.actor) == "ERI"


@pytest.mark.parametrize("text, words, state", [
    ("Somaliland forces shelled Las Anod on Monday.", "Somaliland forces", "SOM"),
    ("Transnistrian officials said a drone had destroyed the helicopter.",
     "Transnistrian officials", "MDA"),
])
def test_officials_and_forces_of_a_breakaway_administration_act_for_its_state(text, words,
                                                                             state):
    doc, _ = run(text)
    actor = next(a for a in doc.actors if any(m.text == words for m in a.mentions))
    assert actor.country == state


def test_a_request_to_the_governments_of_a_state_is_addressed_to_that_state():
    doc, code = run("Guterres called on the governments of Sudan and South Sudan to guarantee "
                    "the safety of peacekeepers.")
    assert [(c.type, code(c.recipient)) for c in doc.claims] == [("REQUEST", "SDN")]


def test_tigray_forces_are_the_tigray_defence_forces():
    doc, _ = run("Tigrayan forces withdrew from the town on Monday.")
    actor = next(a for a in doc.actors if any(m.text == "Tigrayan forces" for m in a.mentions))
    assert (actor.name, actor.country) == ("Tigray Defence Forces", "ETH")


@pytest.mark.parametrize("text", [
    "Under the communique, Israel undertook to stop discussing new settlement units.",
    "The sides committed to disarming the combatants in stages.",
])
def test_an_act_a_side_commits_to_or_undertakes_is_an_agreed_term(text):
    doc, _ = run(text)
    assert [(c.type, c.subtype) for c in doc.claims] == [("AGREE", "agreement")]
    doc, _ = run("Britain committed 500 troops to the mission.")
    assert [c.type for c in doc.claims] == ["MOBILIZE"]
