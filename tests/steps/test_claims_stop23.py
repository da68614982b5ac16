"""Stop 23 readings: a deed its own side says was not done is denied (a threat or a demand
put negatively stays what it is); an account, a toll or a reward offered is no agreement;
people who gathered hold no meeting, leaders who gather do; attacks promised, deaths not
left unanswered and attackers to be pursued are threats; an appeal to do something is a
request; two parties who act on each other ("accused each other", "traded blame") are the
claim's actor and its target or recipient, in the order named."""
from __future__ import annotations

import pytest

from claims_helpers import assert_reading, run


@pytest.mark.parametrize("text", [
    "Spokesman Dmitry Peskov said the Russian armed forces did not attack civilian sites.",
    "Russian aircraft had not flown any missions near Balyun, the Russian defence ministry said.",
])
def test_a_deed_its_own_side_says_was_not_done_is_denied(text):
    deeds = [c for c in run(text)[0].claims if c.type in ("ASSAULT", "MOBILIZE")]
    assert deeds and all(c.certainty == "denied" for c in deeds)


def test_a_deed_another_says_was_not_done_is_reported():
    doc, _ = run("Ukrainian officials said Russian aircraft had not struck the dam.")
    deeds = [c for c in doc.claims if c.type == "ASSAULT"]
    assert deeds and all(c.certainty != "denied" for c in deeds)


def test_a_threat_put_negatively_is_no_denial():
    doc, _ = run("Hamas official Khalil al-Hayya said the captives would not be released until "
                 "Israel stops its offensive.")
    assert all(c.certainty != "denied" for c in doc.claims)


@pytest.mark.parametrize("text, told, untold", [
    ("Moscow offered a sharply different account.", set(), {"AGREE"}),
    ("The ministry offered a lower toll in an interview on Saturday.", set(), {"AGREE"}),
    ("Police offered a reward of 2 million rupees for information.", set(), {"AGREE"}),
    ("Russia offered a ceasefire to Ukraine on Monday.", {"AGREE"}, set()),
    ("A missile hit a cafe, killing 51 people who had gathered for a memorial meal.",
     {"ASSAULT"}, {"CONSULT"}),
    ("European leaders gather in Kyiv on the war's anniversary.", {"CONSULT"}, set()),
    # attacks promised are threatened; backing promised "in the war" is support
    ("Moscow promised more attacks on the capital.", {"THREATEN"}, {"AGREE"}),
    ("Kim promised Russia his government's unconditional backing in the war.", {"SUPPORT"},
     {"THREATEN"}),
    # a side that will not leave deaths unanswered, or will pursue those behind an attack,
    # threatens; pursuing talks threatens nobody
    ("Turkish official Altun said Ankara would not leave the attack unanswered.",
     {"THREATEN"}, set()),
    ("President Joe Biden said those behind the bombing would be pursued.", {"THREATEN"},
     set()),
    ("The envoy said both sides would pursue talks.", set(), {"THREATEN"}),
    # an appeal to do something is a request
    ("The president appealed to foreign partners to send doctors and medicine.",
     {"REQUEST"}, set()),
    # not resting until the attackers are caught threatens them; praying for victims
    # supports; a case or an inquiry opened is a charge looked into
    ("The governor said he would not rest until they were caught.", {"THREATEN"}, set()),
    ("The governor said he would rest at home until Monday.", set(), {"THREATEN"}),
    ("Pope Francis said he was praying for the victims and for Nigeria.", {"SUPPORT"},
     set()),
    ("Ukrainian prosecutors have opened a war crimes case.", {"ACCUSE"}, set()),
    ("The army opened an inquiry into the incident.", {"ACCUSE"}, set()),
    # a dam supplying electricity transfers nothing; a state supplying drones does
    ("The dam supplies electricity to about two million people.", set(), {"AID"}),
    ("Iran has supplied drones to Russia.", {"AID"}, set()),
    # work, classes or the internet paused by their own side sanction nobody
    ("The university suspended classes until further notice.", set(), {"SANCTION"}),
    ("Officials said work on the dam had been suspended.", set(), {"SANCTION"}),
    ("India suspended the Indus Waters Treaty with Pakistan.", {"REJECT"}, set()),
    # an event noun naming an organisation or its work is no event
    ("The Sahel Civilian Aid Network today called on the UN to act.", {"REQUEST"}, {"AID"}),
    ("An aid group demanded protection for the survivors.", set(), {"AID"}),
    ("Washington will resume military aid to Ukraine.", {"AID"}, set()),
    # ties restored are cooperation; a ship or sovereignty restored is not
    ("Saudi Arabia and Iran restored diplomatic ties in March.", {"COOPERATE"}, set()),
    ("Aliyev said Azerbaijan had restored its sovereignty.", set(), {"COOPERATE"}),
    # an investigation ordered or led is no charge; one opened is
    ("President Bola Tinubu has ordered an investigation into the incident.", set(),
     {"ACCUSE"}),
    ("Kazakhstan is leading the technical investigation.", set(), {"ACCUSE"}),
    # a mediation named as the means of a deal, or a scene visited, is no meeting
    ("It thanked the UAE for its mediation.", set(), {"CONSULT"}),
    ("Mohamud told reporters after visiting the scene that the toll would rise.", set(),
     {"CONSULT"}),
    ("Blinken visited Kyiv on Tuesday.", {"CONSULT"}, set()),
])
def test_reading(text, told, untold):
    assert_reading(text, told, untold)


def _parties(text, type_):
    doc, _ = run(text)
    names = {a.id: a.code or a.name for a in doc.actors}
    found = [c for c in doc.claims if c.type == type_]
    assert found, text
    return names.get(found[0].actor), names.get(found[0].target), names.get(found[0].recipient)


@pytest.mark.parametrize("text, type_, actor, other", [
    ("Russia and Ukraine accused each other on Friday of killing the prisoners.", "ACCUSE",
     "RUS", "UKR"),
    ("Kyiv and Moscow traded blame on Friday.", "ACCUSE", "UKR", "RUS"),
    ("Armenia and Azerbaijan blamed each other for the collapse of the talks.", "ACCUSE",
     "ARM", "AZE"),
])
def test_a_mutual_act_sets_the_first_party_against_the_second(text, type_, actor, other):
    assert _parties(text, type_)[:2] == (actor, other)


def test_a_one_sided_charge_keeps_its_own_target():
    assert _parties("Russia accused Ukraine of shelling the prison.", "ACCUSE")[:2] == (
        "RUS", "UKR")


def test_what_a_witness_describes_is_the_witness_report():
    doc, _ = run("Residents described heavy shelling overnight.")
    shelling = [c for c in doc.claims if c.type == "ASSAULT"]
    assert shelling and shelling[0].source.name == "Residents"
    assert shelling[0].certainty == "reported"


def test_an_act_described_as_something_is_labelled_not_reported():
    doc, _ = run("The minister described the strike as cowardly.")
    assert all(c.type != "ASSAULT" or c.source.name != "The minister" for c in doc.claims)


def test_they_in_a_quote_is_not_the_person_quoted():
    doc, _ = run('Fatima arrived after armed men burned her village. "They came on motorbikes '
                 'and started shooting," she said.')
    names = {a.id: a.name for a in doc.actors}
    shooting = [c for c in doc.claims if "shooting" in c.evidence.text]
    assert shooting and names.get(shooting[0].actor) != "Fatima"


def test_unnamed_officials_speak_for_the_state_the_story_is_about():
    doc, _ = run("Russian forces shelled Kramatorsk on Monday. Ukrainian troops held the line "
                 "near Sloviansk. Officials called the attackers terrorists.")
    codes = {a.id: a.code for a in doc.actors}
    charge = [c for c in doc.claims if c.type == "ACCUSE"]
    assert charge and codes.get(charge[0].actor) == "UKR"
    assert charge[0].inferred.get("actor") == "document"


def test_named_sources_keep_their_own_state():
    doc, _ = run("Russian forces shelled Kramatorsk on Monday. Ukrainian troops held the line "
                 "near Sloviansk. Kremlin spokesman Dmitry Peskov called the claims lies.")
    codes = {a.id: a.code or a.country for a in doc.actors}
    charge = [c for c in doc.claims if c.type in ("ACCUSE", "REJECT")]
    assert all(codes.get(c.actor) != "UKR" for c in charge)


def test_a_speaker_act_hung_on_a_clause_with_an_auxiliary_is_the_speaker_s():
    doc, _ = run("Russian aircraft bombed the theatre on 16 March. President Volodymyr Zelensky "
                 "said that the bombing proved Russia was deliberately hunting civilians and "
                 "urged Western governments to close the skies over Ukraine.")
    codes = {a.id: a.code or a.country for a in doc.actors}
    ask = [c for c in doc.claims if c.type == "REQUEST"]
    assert ask and codes.get(ask[0].actor) == "UKR"


def test_a_place_in_the_subject_beside_the_actor_is_where_the_act_was():
    doc, _ = run("Houthi drones hit Abu Dhabi on Monday, killing three. Air strikes by the "
                 "Saudi-led coalition on a house in the Yemeni capital overnight killed at "
                 "least 14 people, the Houthi-run health ministry said.")
    codes = {a.id: a.code for a in doc.actors}
    toll = [c for c in doc.claims if "14 people" in c.evidence.text and c.subtype == "casualties"]
    assert toll and codes.get(toll[0].target) == "YEM"


def test_losses_a_side_acknowledges_are_its_own():
    doc, _ = run("Kyrgyz troops shelled Tajik villages on Friday. Tajik officials have "
                 "acknowledged 35 deaths, among them women and children.")
    codes = {a.id: a.code for a in doc.actors}
    names = {a.id: a.name for a in doc.actors}
    toll = [c for c in doc.claims if c.subtype == "casualties"]
    assert toll and codes.get(toll[0].target) == "TJK"
    assert names.get(toll[0].actor) != "Tajik officials"
