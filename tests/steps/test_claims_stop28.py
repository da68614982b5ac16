"""Stop 28 readings: the dead counted, buried or recovered; a base overrun; a participle of
belief describing the doer ("fighters believed to belong to X overran ...")."""
from __future__ import annotations

import pytest

from claims_helpers import run


@pytest.mark.parametrize("text", [
    "A village near the border counts its dead after a night of fire.",
    "Survivors count their dead after the raid.",
    "Forensic teams began exhuming bodies at the site.",
])
def test_the_dead_counted_or_exhumed_tell_the_killing_in_the_author_s_voice(text):
    doc, _ = run(text)
    assert [(c.type, c.subtype, c.source.kind) for c in doc.claims] == [
        ("ASSAULT", "casualties", "author")]


def test_counting_something_else_is_no_killing():
    doc, _ = run("Officials counted the ballots on Sunday.")
    assert doc.claims == []


def test_a_base_overrun_is_attacked_and_a_town_overrun_captured():
    doc, code = run("Gunmen overran an army base near the lake.")
    assert [(c.type, c.subtype) for c in doc.claims] == [("ASSAULT", "attack")]
    doc, code = run("The RSF overran the town of Al-Nahud.")
    assert [(c.type, c.subtype) for c in doc.claims] == [("COERCE", "capture")]


def test_defenders_leaving_a_position_withdraw():
    doc, code = run("The last Ukrainian defenders left the steel works on Friday.")
    assert [(c.type, code(c.actor)) for c in doc.claims] == [("RETREAT", "UKR")]


def test_graves_counted_are_the_dead_and_a_grave_holding_bodies_deploys_no_one():
    doc, _ = run("Investigators had counted more than 440 graves at the site.")
    assert [(c.type, c.subtype) for c in doc.claims] == [("ASSAULT", "casualties")]
    doc, _ = run("One mass grave holds the bodies of 17 soldiers.")
    assert "MOBILIZE" not in [c.type for c in doc.claims]


@pytest.mark.parametrize("text", [
    "Funerals for the victims were held across the district.",
    "The service said it had deployed more than 300 rescuers to the site.",
    "The balloon had been blown off course.",
    "SCHM found no evidence to support that claim.",
])
def test_rites_rescuers_a_course_blown_and_a_claim_supported_are_no_events(text):
    doc, _ = run(text)
    assert doc.claims == []


def test_a_general_strike_is_a_protest_and_a_general_killed_no_strike():
    doc, code = run("Palestinian factions called a general strike across the West Bank.")
    assert [(c.type, code(c.actor)) for c in doc.claims] == [("PROTEST", "PSE")]
    doc, _ = run("A general was killed in the strike.")
    assert "PROTEST" not in [c.type for c in doc.claims]


def test_a_call_declined_is_a_refusal_and_no_meeting():
    doc, code = run("China's defence minister declined a call from Lloyd Austin.")
    assert [(c.type, code(c.actor)) for c in doc.claims] == [("REJECT", "CHN")]
    doc, code = run("Iran refused talks with the United States.")
    assert [c.type for c in doc.claims] == ["REJECT"]


def test_regret_voiced_concedes_and_an_overreaction_charges():
    doc, code = run("China voiced regret for the entry of the balloon.")
    assert [(c.type, code(c.actor)) for c in doc.claims] == [("CONCEDE", "CHN")]
    doc, code = run("Beijing called the US action a clear overreaction.")
    assert [(c.type, code(c.actor), code(c.target)) for c in doc.claims] == [
        ("ACCUSE", "CHN", "USA")]


@pytest.mark.parametrize("text, expected", [
    ("Israeli troops have largely sealed off Nablus.", ("COERCE", "ISR")),
    ("Moscow keeps sending these missiles against Ukrainian cities.", ("ASSAULT", "RUS")),
    ("Heavy gunfire and explosions echoed through the alleys of Nablus.", ("ASSAULT", None)),
])
def test_a_town_sealed_off_missiles_sent_against_cities_and_gunfire_echoing(text, expected):
    doc, code = run(text)
    assert [(c.type, code(c.actor)) for c in doc.claims] == [expected]


def test_sporadic_firing_reported_is_shooting_and_no_weapons_test():
    doc, _ = run("Kurram violence: death toll passes 80 as fragile truce is tested.\n\n"
                 "Residents reported sporadic firing overnight.")
    assert ("ASSAULT", "attack") in [(c.type, c.subtype) for c in doc.claims]
    assert "MOBILIZE" not in [c.type for c in doc.claims]


def test_a_long_history_of_violence_tells_no_act():
    doc, _ = run("Kurram has a long history of violence between its Sunni and Shia tribes.")
    assert doc.claims == []


def test_a_participle_of_belief_after_the_doer_names_no_source(nlp):
    heads = {t.text: (t.head.text, t.dep_) for t in nlp(
        "Fighters believed to belong to the group overran an army base.")}
    assert heads["overran"] == ("overran", "ROOT") and heads["believed"] == ("Fighters", "acl")
    doc, _ = run("Gunmen believed to be from the group attacked the village.")
    assert [(c.type, c.source.kind) for c in doc.claims] == [("ASSAULT", "author")]
    # a believer named as the subject of a finite verb keeps the report
    doc, _ = run("Investigators believe at least four gunmen took part in the attack.")
    assert [c.source.name for c in doc.claims] == ["Investigators"]


def test_each_item_under_an_open_call_is_a_request_to_the_body_it_names():
    doc, code = run("The army bombed the village on Monday, the Sagaing Civilian Harm Monitor "
                    "(SCHM) said.\n\nSCHM calls on:\n"
                    "- the junta to halt air strikes on populated areas and allow access;\n"
                    "- Beijing and ASEAN to use their influence to secure a lasting ceasefire.\n")
    requests = [c for c in doc.claims if c.type == "REQUEST"]
    assert [(c.source.name, c.cue, c.evidence.text[:12]) for c in requests] == [
        ("SCHM", "calls on", "the junta to"), ("SCHM", "calls on", "Beijing and ")]
    assert code(requests[1].recipient) == "CHN"
    # the acts asked for are not told: no withdrawal, no ceasefire agreed
    assert [c.type for c in doc.claims] == ["ASSAULT", "REQUEST", "REQUEST"]


def test_a_call_that_names_its_addressee_stays_one_request():
    doc, _ = run("The monitor calls on the government to:\n- publish the findings;\n"
                 "- compensate the families.\n")
    assert len([c for c in doc.claims if c.type == "REQUEST"]) <= 1


def test_a_caption_line_is_furniture():
    doc, _ = run("Caption: Burkina Faso's army is fighting jihadist groups on several fronts.")
    assert doc.claims == []


def test_sanctions_breached_are_no_sanction_and_sanctions_imposed_are():
    doc, _ = run("Moscow has denied breaching UN sanctions.")
    assert "SANCTION" not in [c.type for c in doc.claims]
    doc, code = run("The EU imposed sanctions on Russia.")
    assert [(c.type, code(c.target)) for c in doc.claims] == [("SANCTION", "RUS")]


def test_whoever_may_help_is_no_one_s_aid_but_whoever_harms_is_a_threat_s_condition():
    doc, _ = run("The gunmen left a note warning that anyone who helped the army would be "
                 "punished.")
    assert [c.type for c in doc.claims] == ["THREATEN"]
    doc, _ = run("Anyone who harms Americans should expect an answer, Biden said.")
    assert [c.type for c in doc.claims] == ["THREATEN"]


def test_gatherings_banned_are_restricted_and_standing_with_a_named_government_supports():
    doc, _ = run("Authorities in the capital banned public celebrations.")
    assert [c.type for c in doc.claims] == ["COERCE"]
    doc, code = run("Kanaani said Tehran stood firmly with the Syrian government and people.")
    assert [(c.type, code(c.actor), code(c.recipient)) for c in doc.claims] == [
        ("SUPPORT", "IRN", "SYR")]


def test_a_response_called_hysterical_is_charged():
    doc, code = run('Wang Yi called the American response "hysterical".')
    assert [(c.type, code(c.target)) for c in doc.claims] == [("ACCUSE", "USA")]


@pytest.mark.parametrize("text", [
    "18 people are still listed as missing.",
    "One serviceman was missing.",
    "Nearly 200 others have been reported missing.",
])
def test_people_missing_are_casualties(text):
    doc, _ = run(text)
    assert [(c.type, c.subtype) for c in doc.claims] == [("ASSAULT", "casualties")]


@pytest.mark.parametrize("text", [
    "The report is missing key details.",
    "Officials said data was missing from the report.",
    "Warsaw said it was weighing a request for consultations under Article 4 of NATO's "
    "founding treaty.",
])
def test_something_missed_and_a_treaty_invoked_are_no_events(text):
    doc, _ = run(text)
    assert [c.type for c in doc.claims] == []


@pytest.mark.parametrize("text", [
    "A senior police officer said 82 people had died.",
    "The state police command said 34 people had been killed.",
])
def test_a_police_source_is_an_official(text):
    doc, _ = run(text)
    assert [c.source.kind for c in doc.claims] == ["official"]


@pytest.mark.parametrize("text", [
    "Israel has not said it carried out that strike.",
    "No group has so far said it carried out the attacks.",
])
def test_an_act_a_negated_report_would_tell_is_untold(text):
    doc, _ = run(text)
    assert doc.claims == []


@pytest.mark.parametrize("text", [
    "It has not said how many of its own men died during the offensive.",
    "Russia and North Korea have never officially acknowledged the deployment.",
    "The army said it carried out the strike.",
])
def test_an_open_question_an_unacknowledged_object_and_a_report_still_tell(text):
    doc, _ = run(text)
    assert len(doc.claims) == 1
