"""Stop 25 readings: a text initialled is agreed; fighters who break through fight (a deal
or a law "broken" is no new act); people handed over are released, and released in a swap
the release is the swap (AGREE); fighters who regroup move; an air, bombing or drone
campaign is an attack (an election campaign is none); troops pulled away withdraw; a copula
calling an act an outrage or a crime is the speaker's charge, and the act it names again
is told where it happened."""
from __future__ import annotations

import pytest

from claims_helpers import assert_reading, run


@pytest.mark.parametrize("text, told, untold", [
    ("The two foreign ministers initialled the text of the agreement on Wednesday.",
     {"AGREE"}, set()),
    ("Thousands of soldiers, backed by armoured vehicles, broke through the border defences.",
     {"ASSAULT"}, set()),
    ("The attacks broke a lull of several months.", set(), {"ASSAULT"}),
    ("Netanyahu said his forces would strike hard if Hezbollah broke the deal.", {"THREATEN"},
     {"AGREE"}),
    ("An analyst believes the militants may already be regrouping on the islands.",
     {"MOBILIZE"}, set()),
    ("Washington began a sustained air campaign against the Houthis on March 15.",
     {"ASSAULT"}, set()),
    ("The president's campaign against corruption began in March.", set(), {"ASSAULT"}),
    ("Officials hope the offensive will force Moscow to pull troops away from the east.",
     {"RETREAT"}, set()),
    ("The rebels handed over 12 captured soldiers to the Red Cross on Monday.", {"RETREAT"},
     set()),
])
def test_reading(text, told, untold):
    assert_reading(text, told, untold)


@pytest.mark.parametrize("text", [
    "A further 307 people from each side were freed on Saturday.",
    "Russia and Ukraine each handed over 303 more prisoners of war on Sunday.",
    "The ministry said 307 servicemen had been returned and that the same number of "
    "prisoners had been handed over.",
])
def test_a_release_in_a_swap_is_the_swap(text):
    doc, code = run(text)
    kinds = {(c.type, c.subtype) for c in doc.claims}
    assert ("AGREE", "agreement") in kinds and not any(t == "RETREAT" for t, _ in kinds), kinds


def test_a_release_with_no_swap_stays_a_release():
    doc, code = run("Hamas released three hostages on Saturday.")
    assert [(c.type, c.mode) for c in doc.claims] == [("RETREAT", "release")]


@pytest.mark.parametrize("text", [
    "The US envoy said the Sumy strike was an outrage.",
    "What happened at Ras Isa is a crime against workers, the Houthi political bureau said.",
])
def test_a_copula_calling_an_act_an_outrage_or_a_crime_charges_it(text):
    doc, code = run(text)
    assert [c.type for c in doc.claims] == ["ACCUSE"], [(c.type, c.subtype) for c in doc.claims]
    assert doc.claims[0].source.kind != "author"


def test_an_act_launched_under_a_name_given_in_a_free_relative_is_the_act():
    doc, code = run("Moscow launched what Ukraine's air force called the biggest aerial attack "
                    "of the war.")
    assert [c.type for c in doc.claims] == ["ASSAULT"]  # no charge by the air force
    claim = doc.claims[0]
    assert code(claim.actor) == "RUS"
    assert claim.source.name == "Ukraine's air force" and claim.certainty == "reported"


def test_a_label_given_to_what_a_party_took_part_in_stays_a_charge():
    doc, _ = run("The ships took part in what Manila called dangerous manoeuvres.")
    assert [c.type for c in doc.claims] == ["ACCUSE"]


def test_what_took_place_is_told_and_no_place_is_taken():
    assert_reading("The clash took place on Monday near the shoal.", {"ASSAULT"}, {"COERCE"})
    assert_reading("The exchanges took place on the border between Ukraine and Belarus.",
                   set(), {"COERCE"})


def test_a_statement_made_on_social_media_is_news_and_a_follow_line_is_furniture():
    doc, code = run("Donald Trump was first to announce it, writing on social media that India "
                    "and Pakistan had agreed to stop fighting.")
    assert "AGREE" in {c.type for c in doc.claims}
    doc, _ = run("The army said it had repelled the attack.\n\nFollow Atlas Wire on social media "
                 "| Subscribe to the Caucasus Briefing")
    assert doc.claims and not any("Follow" in doc.text[c.evidence.start:c.evidence.end]
                                  for c in doc.claims)


def test_footage_shared_on_social_media_is_no_cooperation():
    assert_reading("Footage shared on social media showed soldiers cheering outside the "
                   "headquarters.", set(), {"COOPERATE"})


def test_a_leader_saying_his_side_s_strikes_will_continue_threatens():
    doc, code = run("President Donald Trump has said the strikes will continue until the "
                    "Houthis no longer threaten navigation.")
    assert [(c.type, code(c.actor)) for c in doc.claims] == [("THREATEN", "USA")]


def test_a_ceasefire_said_to_be_in_force_is_told():
    doc, _ = run("Pakistan's foreign minister, Ishaq Dar, said the ceasefire was in force.")
    assert [c.type for c in doc.claims] == ["AGREE"]
    assert doc.claims[0].source.name == "Ishaq Dar"


def test_no_such_act_denies_it_and_no_one_hurt_is_asserted_absence():
    doc, _ = run("An Indian official said no such negotiations had been agreed.")
    assert [(c.type, c.certainty) for c in doc.claims] == [("AGREE", "denied")]
    doc, _ = run("Nobody was hurt in the attack, the mayor said.")
    assert all(c.certainty != "denied" for c in doc.claims)


@pytest.mark.parametrize("text, told, untold", [
    # attacks suspended are no attack (the suspension is the claim); talks suspended refused
    ("Kataib Hezbollah said on Tuesday it was suspending attacks on U.S. forces.",
     {"RETREAT"}, {"ASSAULT"}),
    ("Gustavo Petro suspended peace talks with the ELN on Tuesday.", {"REJECT"}, set()),
    # a warning about a thing is a warning, whatever else the sentence tells
    ("The UN nuclear watchdog has warned about fighting near the Kursk nuclear power plant.",
     {"THREATEN"}, set()),
    # a team treating patients gives care; the injured treated are casualties
    ("Our mobile teams have treated more than 1,200 patients since Saturday.", {"AID"},
     {"ASSAULT"}),
    ("The rescue service said it treated more than 60 people, seven of them in serious "
     "condition.", {"ASSAULT"}, {"AID"}),
    ("Doctors at the hospital treated dozens of injured civilians.", {"ASSAULT"}, {"AID"}),
    # crowds gathered for a feast make no protest; for a rally, or night after night, they do
    ("Russian missile strike on Sumy kills 35 as crowds gather for Palm Sunday", {"ASSAULT"},
     {"PROTEST"}),
    ("Hundreds of protesters gathered outside the government headquarters for a second night.",
     {"PROTEST"}, set()),
    # efforts to reach a ceasefire reach none
    ("Mikati accused Israel of showing it did not care about any efforts to reach a ceasefire.",
     {"ACCUSE"}, {"AGREE"}),
])
def test_reading_of_halts_warnings_care_and_efforts(text, told, untold):
    assert_reading(text, told, untold)


def test_a_refusal_done_is_the_author_s_to_tell():
    doc, _ = run("Gustavo Petro suspended peace talks with the ELN on Tuesday.")
    assert [(c.type, c.source.kind) for c in doc.claims] == [("REJECT", "author")]


@pytest.mark.parametrize("text", [
    "Both governments pledge to respect each other's territorial integrity and to stop "
    "backing armed groups.",
    "A spokesman said both governments had pledged not to take hostile action against each "
    "other or to support groups that attack the other side.",
])
def test_a_pledge_parties_make_to_each_other_is_their_agreement(text):
    doc, _ = run(text)
    assert [c.type for c in doc.claims] == ["AGREE"], [(c.type, c.subtype) for c in doc.claims]


def test_a_pledge_to_one_party_stays_support():
    assert_reading("Germany pledged to support Ukraine for as long as it takes.", {"SUPPORT"},
                   {"AGREE"})


def test_what_a_figure_is_put_above_is_the_putter_s_estimate():
    doc, _ = run("Local authorities have since put the toll above 400.")
    claim = doc.claims[0]
    assert claim.source.name == "Local authorities" and claim.certainty != "asserted"


def test_what_followed_described_as_a_punishment_is_a_charge():
    assert_reading("Survivors describe what followed as collective punishment.", {"ACCUSE"},
                   set())


@pytest.mark.parametrize("text, told, untold", [
    # a side saying those responsible will answer for it threatens them
    ("Zelensky said the people responsible for the attack would answer for it.", {"THREATEN"},
     set()),
    # a fight waged against a named party is fighting; a partner in a fight against a scourge
    # tells none
    ("The group said it would keep up its fight against Israel.", {"ASSAULT"}, set()),
    ("Washington regards the YPG as a key partner in the fight against Islamic State.", set(),
     {"ASSAULT"}),
    ("The government said American support was strengthening the fight against terrorism.",
     set(), {"ASSAULT"}),
    # shooting that went on is told, not a back-reference
    ("The shooting went on for about an hour, a witness said.", {"ASSAULT"}, set()),
    # a refusal told in a relative clause of what was asked for is a refusal of its own
    ("Ukraine and its allies have called for a 30-day ceasefire, which Russia has so far "
     "refused.", {"REQUEST", "REJECT"}, set()),
    # a live blog's list of key events is navigation
    ("Key events 23:12 Delhi alleges breaches 17:58 Both sides confirm truce Show all key "
     "events", set(), {"ACCUSE", "AGREE"}),
])
def test_reading_of_reckonings_fights_and_refusals(text, told, untold):
    assert_reading(text, told, untold)


def test_a_president_who_flies_somewhere_visits_it():
    assert_reading("President Mahamat Idriss Deby flew to the area the following morning.",
                   {"CONSULT"}, set())
