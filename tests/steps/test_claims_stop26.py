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


@pytest.mark.parametrize("text, told", [
    ("The ministry says its troops have taken Pokrovsk; Kyiv says fighting goes on", "COERCE"),
    ('The army said its units had "completed the liberation" of the village.', "COERCE"),
    ("Army units returned fire and the attackers fled.", "ASSAULT"),
    ("Analysts said Moscow had committed about 12 battalions to the assault.", "MOBILIZE"),
])
def test_captures_fire_returned_and_units_committed(text, told):
    doc, _ = run(text)
    assert told in {c.type for c in doc.claims}, [(c.type, c.subtype) for c in doc.claims]


@pytest.mark.parametrize("text", [
    "Moscow announced the capture on Sunday. Kyiv called that a fabrication.",
    'A spokesman said the announcement was "wishful thinking".',
    "The general said the report was pure invention.",
])
def test_a_charge_called_false_is_rejected(text):
    doc, _ = run(text)
    rejected = [c for c in doc.claims if c.type == "REJECT"]
    assert rejected and rejected[-1].certainty == "denied"


def test_an_act_said_not_to_be_an_accident_is_not_rejected():
    doc, _ = run("The minister said the shooting could not have been an accident.")
    assert "REJECT" not in {c.type for c in doc.claims}


def test_a_rejection_in_a_relative_clause_of_another_s_report_is_its_subject_s_word():
    doc, _ = run("The ministry said its forces had taken the village, a claim that Kyiv's army "
                 "quickly rejected.")
    rejected = [c for c in doc.claims if c.type == "REJECT"]
    assert [c.source.name for c in rejected] == ["Kyiv's army"]
    # a content clause of a statement stays the statement's
    doc, _ = run("The foreign ministry said in a statement that Riga had summoned Russia's "
                 "envoy.")
    assert {c.source.name for c in doc.claims} == {"The foreign ministry"}


def test_units_of_the_reporter_s_own_group_are_the_reporter_s():
    doc, code = run("Russia's Defence Ministry said its forces had captured Pokrovsk. The "
                    "ministry said units of its Central group of forces had completed the "
                    "capture of the town.")
    captures = [c for c in doc.claims if c.subtype == "capture"]
    assert len(captures) == 2 and all(code(c.actor) == "RUS" for c in captures)


def test_responsibility_said_to_lie_with_a_party_charges_it_and_the_act_is_told_elsewhere():
    doc, code = run("The ministry said responsibility for the missile strike on the beach lay "
                    "with London.")
    assert [(c.type, code(c.target)) for c in doc.claims] == [("ACCUSE", "GBR")]


@pytest.mark.parametrize("text, told", [
    ("Macron touched down in Beirut on Thursday for a two-day visit.", ("CONSULT", "visit")),
    ("Erdogan landed in Baku on Monday.", ("CONSULT", "visit")),
    ('A senior cleric called for revenge against "the enemy" at the funeral.',
     ("THREATEN", "warning")),
    ("Two blasts went off minutes apart near the shrine.", ("ASSAULT", "attack")),
    ("Heavy gunfire was heard near the palace after the broadcast.", ("ASSAULT", "combat")),
])
def test_arrivals_calls_for_revenge_blasts_and_gunfire(text, told):
    doc, _ = run(text)
    assert told in {(c.type, c.subtype) for c in doc.claims}, [(c.type, c.subtype)
                                                               for c in doc.claims]


@pytest.mark.parametrize("text", [
    "LIVE Updated 09:12 EEST Key events: Three killed in Kharkiv · Moscow blames air "
    "defence Show key events only Please turn on JavaScript to use this feature",
    "Regional security The views expressed are the author's own.",
    "The charity accepts no government funding.",
    "The ferry was travelling downriver from Mopti with hundreds of passengers on board.",
    "A Pentagon spokesman declined to discuss the specific strike.",
    # narrow-sense verbs tell nothing outside their sense
    "The siren went off at noon.",
    "The diplomats heard the news on the radio.",
    "Kellogg said the strike went beyond any standard of decency.",
])
def test_page_furniture_and_words_that_tell_no_event(text):
    doc, _ = run(text)
    assert not doc.claims, [(c.type, c.subtype) for c in doc.claims]


def test_bodies_received_are_dead_not_a_population():
    doc, _ = run("The hospital said it had received 35 bodies by nightfall.")
    assert [(c.type, c.subtype) for c in doc.claims] == [("ASSAULT", "casualties")]


def test_people_among_a_toll_just_told_are_its_casualties():
    doc, _ = run("Pagers exploded across Lebanon, killing 12 people. The ambassador in Beirut "
                 "was among the injured, state media reported.")
    last = doc.claims[-1]
    assert (last.subtype, last.source.name) == ("casualties", "state media")
    doc, _ = run("Five people were killed in the strike. A two-year-old boy was among them.")
    assert [c.subtype for c in doc.claims] == ["casualties", "casualties"]
    # "among them" with no toll told just before names no one
    doc, _ = run("The army shelled the town. Aid workers were among them.")
    assert [c.subtype for c in doc.claims] == ["attack"]


def test_a_person_named_after_a_title_s_remit_is_the_title_holder_and_the_source():
    doc, _ = run("Iran's ambassador to Syria, Hossein Akbari, told state television that "
                 "Israeli jets had fired six missiles at the building. He said Iran's answer "
                 'would be "decisive and painful".', published="2024-04-02")
    assert [c.source.name for c in doc.claims] == ["Hossein Akbari", "Hossein Akbari"]


def test_a_charge_a_side_issues_is_its_word():
    doc, _ = run("Saudi Arabia, Qatar and Jordan also issued condemnations.")
    assert [(c.type, c.source.name) for c in doc.claims] == [("ACCUSE", "Saudi Arabia")]


def test_two_parties_forswearing_force_agree_and_what_they_forswear_is_no_act():
    doc, code = run("Guyana and Venezuela pledged on Thursday not to use force in their dispute.")
    assert [(c.type, code(c.actor), code(c.recipient)) for c in doc.claims] == [
        ("AGREE", "GUY", "VEN")]
    doc, _ = run("The two countries agreed that neither would threaten the other or resort to "
                 "force.")
    assert [c.type for c in doc.claims] == ["AGREE"]
    # an act agreed that is no forswearing stays told
    doc, _ = run("The two sides agreed that Russian troops would withdraw from the town.")
    assert sorted(c.type for c in doc.claims) == ["AGREE", "RETREAT"]


def test_talks_told_first_after_a_pledge_are_a_meeting_and_the_talks_before_a_statement_are_not():
    doc, _ = run("The presidents of Chad and Sudan have promised not to attack each other, "
                 "after face-to-face talks on Thursday.")
    assert "CONSULT" in {c.type for c in doc.claims}
    doc, _ = run("A statement issued after the talks said both sides wanted peace.")
    assert "CONSULT" not in {c.type for c in doc.claims}


@pytest.mark.parametrize("text, told", [
    ("Biden said he was ready to order further action if the attacks did not stop.", True),
    ("The army said it was prepared to respond with force if the rebels advanced.", True),
    ("He said Kyiv was willing to hold talks if Moscow withdrew its troops.", False),
])
def test_a_conditional_readiness_to_use_force_threatens(text, told):
    doc, code = run(text)
    threats = [c for c in doc.claims if c.type == "THREATEN"]
    assert bool(threats) is told
    assert all(c.target is None or c.target != c.actor for c in threats)


@pytest.mark.parametrize("text, actor", [
    ("The KNU said on Thursday that Myawaddy was under its control.", "Karen National Union"),
    ("The town came under Russian control in May.", "RUS"),
    ("The city is under the control of the Defence Forces of Ukraine.", "Defence Forces"),
])
def test_a_place_under_a_side_s_control_is_held_by_it(text, actor):
    doc, code = run(text)
    held = [c for c in doc.claims if c.subtype == "capture"]
    names = {a.id: a.name for a in doc.actors}
    assert held and actor in (code(held[0].actor), names.get(held[0].actor))


def test_a_fire_brought_under_control_and_a_state_of_commotion():
    doc, _ = run("The fire was brought under control by Sunday.")
    assert not doc.claims
    doc, _ = run("Three days later the president declared a state of internal commotion.")
    assert [c.type for c in doc.claims] == ["COERCE"]


def test_support_for_an_act_told_before_goes_to_its_doer_and_names_no_new_act():
    doc, code = run("US forces carried out air strikes on al-Shabaab positions near Jilib on "
                    "Sunday. Mogadishu has welcomed the strikes.")
    assert [(c.type, code(c.actor)) for c in doc.claims] == [("ASSAULT", "USA"),
                                                            ("SUPPORT", "SOM")]
    assert doc.claims[1].recipient == doc.claims[0].actor
    assert doc.claims[1].inferred == {"recipient": doc.claims[0].id}


def test_the_host_of_a_gathering_attended_receives_the_guest():
    doc, code = run("Zelensky attended a dinner on Tuesday hosted by the Dutch king.")
    names = {a.id: a.name for a in doc.actors}
    assert [(c.type, names.get(c.recipient)) for c in doc.claims] == [("CONSULT", "Dutch king")]
