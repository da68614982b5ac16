"""Stop-19 readings of the claims step, on sentences written for these tests: an event told
anew by a new source through a bare definite noun, the speaker a pronoun names when only
an office describes it, acts that did not happen ("without"), releases, acts named as kinds,
and counted wounded or dead people."""
from functools import partial

import pytest

from claims_helpers import run as _run

pytestmark = pytest.mark.slow

run = partial(_run, published="2024-02-17")


def told(doc, sentence_start):
    """The claims whose evidence starts with `sentence_start`."""
    return [c for c in doc.claims if c.evidence.text.startswith(sentence_start)]


def test_a_new_source_tells_the_withdrawal_again_with_its_roles():
    doc, code = run("Ukraine pulled its troops out of Avdiivka on Saturday. "
                    "A brigade commander said the withdrawal had been completed.")
    again = told(doc, "A brigade commander")
    assert [c.type for c in again] == ["RETREAT"]
    assert code(again[0].actor) == "UKR" and again[0].certainty == "reported"
    assert again[0].inferred.get("actor") == told(doc, "Ukraine pulled")[0].id


def test_a_reported_capture_is_the_capture_told_before():
    doc, code = run("Russian troops captured the village of Krynky. "
                    "The defence minister reported the capture to the president.")
    again = told(doc, "The defence minister")
    assert [(c.type, c.subtype) for c in again] == [("COERCE", "capture")]
    assert code(again[0].actor) == "RUS" and again[0].source.name != "author"


@pytest.mark.parametrize("second", [
    "The minister said the deal showed that the country was not alone.",  # a view of it
    "Officials said the withdrawal would be completed within weeks.",  # still to come
    "No group has claimed the withdrawal.",  # no teller of it
])
def test_a_definite_event_noun_that_tells_no_news_is_no_claim_again(second):
    doc, _ = run("Ukraine pulled its troops out of Avdiivka on Saturday. "
                 "The two sides signed a deal in Riyadh. " + second)
    assert not [c for c in told(doc, second[:12]) if c.type in ("RETREAT", "AGREE")], \
        [(c.type, c.evidence.text) for c in doc.claims]


def test_the_same_teller_naming_the_event_again_adds_nothing():
    doc, _ = run("Ukraine pulled its troops out of Avdiivka, the army said. "
                 "The army said the withdrawal had been completed.")
    assert not told(doc, "The army said the withdrawal")


def test_he_is_the_speaker_an_office_describes_not_a_byline_name():
    doc, code = run("Ukraine pulls troops out of Avdiivka\n\nBy Olena Marchuk and Daniel Reese\n\n"
                    "Ukraine's top commander said on Saturday that he had ordered his troops "
                    "out of the eastern town of Avdiivka.")
    ordered = told(doc, "Ukraine's top commander")
    assert [(c.type, c.subtype) for c in ordered] == [("RETREAT", "withdrawal")]
    assert code(ordered[0].actor) == "UKR"
    assert all("Reese" not in a.name for c in doc.claims for a in doc.actors if a.id == c.actor)


def test_ordering_troops_to_a_place_is_still_a_deployment():
    doc, code = run("Putin ordered troops to the Kursk region on Monday.")
    assert [(c.type, c.subtype) for c in doc.claims] == [("MOBILIZE", "troop_deployment")]


@pytest.mark.parametrize("text, absent", [
    ("Several bloggers blamed Ukrainian saboteurs without offering evidence.", "AGREE"),
    ("The rebels occupied the governor's office without meeting resistance.", "CONSULT"),
    ("The seven crew members were released without charge, the office said.", "COERCE"),
])
def test_what_did_not_happen_is_no_event(text, absent):
    doc, _ = run(text)
    assert doc.claims and absent not in [c.type for c in doc.claims]


def test_a_release_is_no_hostage_taking_nor_a_flight():
    doc, _ = run("Hamas released two hostages on Friday.")
    assert [c.type for c in doc.claims] == ["RETREAT"]
    doc, _ = run("The seven other crew members were released on Wednesday, the office said.")
    assert [c.type for c in doc.claims] == ["RETREAT"]


def test_captives_not_released_are_still_held():
    doc, _ = run("Hamas said the captives would not be released until Israel stops its offensive.")
    assert "RETREAT" not in [c.type for c in doc.claims]


@pytest.mark.parametrize("text, absent", [
    # violence named as a kind of act, and what has stopped
    ("Deliberately killing civilians and people who are no longer fighting is a war crime, "
     "the director said.", "ASSAULT"),
    # supplies kept from the towns are not given
    ("JNIM has blockaded several towns since 2023, cutting off food and medical supplies.", "AID"),
    # a vehicle that travels visits no one
    ("A passenger train travelling from Klimovo to Moscow passed beneath the bridge.", "CONSULT"),
])
def test_acts_named_as_kinds_stopped_or_kept_from_someone_are_no_events(text, absent):
    doc, _ = run(text)
    assert absent not in [c.type for c in doc.claims], [(c.type, c.subtype) for c in doc.claims]


def test_a_stance_on_helping_and_a_trip_by_train_are_still_told():
    doc, _ = run("Kim told Putin that helping Russia was a fraternal duty.")
    assert "SUPPORT" in [c.type for c in doc.claims]
    doc, _ = run("The three prime ministers travelled to Kyiv by train on Tuesday.")
    assert [c.subtype for c in doc.claims] == ["visit"]


@pytest.mark.parametrize("text, value", [
    ("The health centre received 27 wounded people on Sunday.", 27),
    ("Doctors treated dozens of injured civilians overnight.", 24),
])
def test_counted_wounded_people_are_casualties_whatever_the_verb(text, value):
    doc, _ = run(text)
    quants = {q.id: q for q in doc.quantities}
    assert [(c.subtype, quants[c.quantity].value) for c in doc.claims] == [("casualties", value)]


def test_the_dead_including_people_are_the_toll_told_on():
    doc, code = run("An Israeli strike killed seven aid workers in Gaza on Monday. "
                    "The dead include three British nationals, the charity said.")
    quants = {q.id: q for q in doc.quantities}
    told_on = told(doc, "The dead include")
    assert [(c.subtype, quants[c.quantity].value) for c in told_on] == [("casualties", 3)]
    assert code(told_on[0].actor) == "ISR"


def test_wounded_people_captured_are_a_capture_not_casualties():
    doc, _ = run("Ukraine said its forces had captured two wounded North Korean soldiers.")
    assert [c.subtype for c in doc.claims] == ["capture"]


@pytest.mark.parametrize("text", [
    "A road bridge collapsed on to the railway line late on Saturday.",
    "A railway bridge gave way at about 3am on Sunday.",
])
def test_infrastructure_that_gives_way_is_damage(text):
    doc, _ = run(text)
    assert [(c.type, c.subtype) for c in doc.claims] == [("ASSAULT", "attack")]


def test_talks_that_collapse_or_a_side_giving_way_are_no_damage():
    doc, _ = run("Russia gave way on the demand after the talks had stalled.")
    assert "ASSAULT" not in [c.type for c in doc.claims]


def test_the_injured_named_again_are_no_new_toll_but_a_count_is():
    doc, _ = run("A bomb killed 26 people at the station. A spokesman said the injured had "
                 "been taken to the Civil Hospital. The 12 injured were flown to Karachi.")
    assert not told(doc, "A spokesman said")
    assert [c.subtype for c in told(doc, "The 12 injured")] == ["casualties"]


def test_a_live_page_link_after_the_headline_is_furniture():
    doc, _ = run("Iran seizes container ship near Hormuz\n\nCommandos boarded the MSC Aries.\n\n"
                 "Live: Iran launches drone and missile attack on Israel")
    assert not told(doc, "Live:")
    doc, _ = run("Live: Iran launches drone and missile attack on Israel\n\nSirens sounded.")
    assert told(doc, "Live:")  # the page's own headline is news


@pytest.mark.parametrize("text", [
    "Around 30 fighters of the PKK set fire to their rifles near Sulaymaniyah on Friday.",
    "We are destroying our weapons of our own free will, she said.",
    "Further groups of fighters were expected to hand over their weapons in the coming weeks.",
])
def test_a_side_giving_up_its_own_arms_disarms(text):
    doc, _ = run(text)
    assert [(c.type, c.subtype, c.mode) for c in doc.claims] == [("RETREAT", "withdrawal",
                                                                    "disarm")]


@pytest.mark.parametrize("text", [
    "Ukraine destroyed their tanks near Kursk.",  # "their" is not Ukraine's
    "Fano turned its guns on the government in August 2023.",  # turning guns on is attack
])
def test_arms_of_another_side_or_turned_on_someone_are_no_disarming(text):
    doc, _ = run(text)
    assert "RETREAT" not in [c.type for c in doc.claims]


def test_an_event_told_anew_beside_the_sentences_own_claim():
    doc, code = run("Ukraine pulled its troops out of Avdiivka on Saturday. A general said the "
                    "withdrawal had been completed and that Russian forces had shelled Kherson.")
    again = told(doc, "A general said")
    assert sorted(c.type for c in again) == ["ASSAULT", "RETREAT"]
    assert [code(c.actor) for c in again if c.type == "RETREAT"] == ["UKR"]


def test_standing_with_or_by_a_partner_is_support_but_standing_somewhere_is_not():
    doc, code = run("Washington stood with its NATO ally, the ambassador said.")
    assert [(c.type, code(c.actor)) for c in doc.claims] == [("SUPPORT", "USA")]
    doc, _ = run("Protesters stood outside the embassy on Friday.")
    assert "SUPPORT" not in [c.type for c in doc.claims]


def test_standing_with_or_by_a_named_party_names_it_as_recipient():
    doc, code = run("Germany stands with Ukraine. Kim said Pyongyang would stand by Moscow.")
    assert [(code(c.actor), code(c.recipient)) for c in doc.claims
            if c.type == "SUPPORT"] == [("DEU", "UKR"), ("PRK", "RUS")]


def test_an_attack_named_by_its_day_and_judged_is_no_new_attack():
    doc, _ = run("Russian missiles hit Kyiv overnight, killing five people. Zelensky says the "
                 "night's attack shows that pressure on Moscow is not yet strong enough.")
    assert not told(doc, "Zelensky says")


def test_an_offer_to_act_cooperates_condolences_support_and_a_deal_agrees():
    doc, _ = run("China urged restraint and offered to play a constructive role.")
    assert "COOPERATE" in [c.type for c in doc.claims] and "AGREE" not in [
        c.type for c in doc.claims]
    doc, _ = run("Putin offered his condolences to the president on Tuesday.")
    assert [c.type for c in doc.claims] == ["SUPPORT"]
    doc, _ = run("Qatar offered a ceasefire deal to both sides.")
    assert [c.type for c in doc.claims] == ["AGREE"]
