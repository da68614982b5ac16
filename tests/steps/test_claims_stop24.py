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
    # a titled person arriving is a visit; vowing to do something threatens; weapons stored
    # somewhere are moved there
    ("Iranian Foreign Minister Abbas Araghchi arrived in Damascus on Sunday.", {"CONSULT"},
     set()),
    ("Somalia vows to defend its territory.", {"THREATEN"}, set()),
    ("Russian troops stored heavy weapons inside the plant, the inspectors said.", {"MOBILIZE"},
     set()),
    # signals jammed, explosives rigged, a hold consolidated, a flag raised over a place,
    # people treated; a ceasefire taking hold captures nothing
    ("The North had jammed GPS signals near the islands, the Joint Chiefs of Staff said.",
     {"ASSAULT"}, set()),
    ("The pagers are believed to have been rigged with explosives.", {"ASSAULT"}, set()),
    ("Insurgents consolidated their hold over most of Syria's second-largest city.",
     {"COERCE"}, set()),
    ("Fighters entered the city centre and raised their flag over the citadel.", {"COERCE"},
     set()),
    ("Fifteen peacekeepers were treated for skin irritation, the mission said.", {"ASSAULT"},
     set()),
    ("A ceasefire between Israel and Hezbollah takes hold in Lebanon.", set(), {"COERCE"}),
    # troops ordered to leave a city withdraw; troops shifted to other fronts are moved
    ("Shoigu ordered his troops to leave the city of Kherson.", {"RETREAT"}, {"MOBILIZE"}),
    ("Both sides may shift troops to other fronts.", {"MOBILIZE"}, set()),
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


def _sources(text):
    doc, _ = run(text)
    return [c.source.name for c in doc.claims]


def test_a_group_named_by_a_pronoun_is_named_as_the_text_named_it():
    # the text's "Baloch Liberation Army" and "ELN", not the lexicon's canonical names
    assert "Baloch Liberation Army" in _sources(
        "The Baloch Liberation Army said it had seized the train. The group later claimed it "
        "had killed 50 hostages.")
    assert "ELN" in _sources("The National Liberation Army (ELN) launched an offensive in "
                             "Catatumbo. The ELN said it had moved against the dissidents. It "
                             "denied attacking civilians.")


def test_a_capital_or_a_demonym_never_names_a_source_told_by_a_pronoun():
    from claimtrace.attribution_sources import _as_written
    from claimtrace.model import Actor, Span
    ethiopia = Actor("a1", "Ethiopia", "state", mentions=[
        Span(0, 8, "Ethiopia"), Span(30, 41, "Addis Ababa"), Span(50, 59, "Ethiopian")])
    assert _as_written(ethiopia, 100) == "Ethiopia"
    bla = Actor("a2", "Balochistan Liberation Army", "armed_group", mentions=[
        Span(0, 26, "the Baloch Liberation Army"), Span(40, 43, "BLA")])
    assert _as_written(bla, 30) == "Baloch Liberation Army"
    assert _as_written(bla, 100) == "BLA"


def test_a_live_blog_stamp_with_its_date_is_no_source():
    names = _sources("15:30 GMT (17 Sep)\nAfrican Union Commission chairman Moussa Faki Mahamat "
                     "condemned the attack and expressed solidarity with Mali.")
    assert names and all("GMT" not in (n or "") and "Mahamat" in (n or "") for n in names)


def test_moving_against_a_group_is_fighting_it():
    doc, _ = run("The ELN said it had moved against the dissidents.")
    assert any(c.type == "ASSAULT" for c in doc.claims)



def test_an_attack_told_before_and_placed_in_time_is_no_new_claim():
    doc, _ = run("Gunmen attacked the school on Tuesday. Tuesday's attack came a day after the "
                 "first anniversary of the alliance.")
    assert len([c for c in doc.claims if c.type == "ASSAULT"]) == 1


@pytest.mark.parametrize("text, told", [
    ("The hijacking of the train lasted more than a day.", "COERCE"),
    ("The sinking of the cruiser was confirmed by Kyiv on Friday.", "ASSAULT"),
    ("The downing of the airliner over Donetsk killed 298 people.", "ASSAULT"),
])
def test_event_nouns(text, told):
    assert_reading(text, {told}, set())


def test_a_side_denying_its_own_wrongdoing_rejects_the_charge():
    doc, _ = run("Ethiopia's foreign ministry said on January 3 that Ethiopia had violated no law.")
    assert [(c.type, c.certainty) for c in doc.claims] == [("REJECT", "denied")]


def test_a_charge_the_accused_denies_stays_a_charge():
    doc, _ = run("Moscow said Kyiv had violated international law.")
    assert [c.type for c in doc.claims] == ["ACCUSE"]
