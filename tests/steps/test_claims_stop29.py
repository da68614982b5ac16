"""Stop 29 readings, from the misses of the opened holdout43/44: a speaker's second act
conjoined to the first, labels in quotes, recognition withheld, help promised, the wounded
taken to hospital, security stepped up, a visitor expected, a prison broken into."""
from __future__ import annotations

import pytest

from claims_helpers import run


def _typed(text):
    doc, _ = run(text)
    return [(c.type, c.subtype) for c in doc.claims]


def test_a_verb_conjoined_to_a_promise_is_the_speaker_s_next_act_not_its_content():
    doc, _ = run("Netanyahu promised a firm response and urged members of the public not to "
                 "take the law into their own hands.")
    assert [(c.type, c.trigger.text) for c in doc.claims] == [
        ("THREATEN", "promised"), ("REQUEST", "urged")]


def test_what_a_warning_says_is_still_its_content():
    doc, _ = run("Moscow warned that Kyiv could attack and seize the plant.")
    assert {c.certainty for c in doc.claims} == {"possible"}
    assert "THREATEN" not in [c.type for c in doc.claims]


def test_a_finite_verb_after_an_infinitive_of_a_request_is_no_part_of_the_request():
    assert _typed("Ankara urged Baghdad not to be swayed by propaganda and offered to take "
                  "part in a joint investigation.") == [("REQUEST", None), ("COOPERATE", None)]


@pytest.mark.parametrize("text", [
    "Kyiv and its Western allies have said they will never recognise the annexation.",
    "The opposition does not recognise the result of the vote.",
])
def test_recognition_withheld_from_an_act_or_its_outcome_rejects_it(text):
    assert [t for t, _ in _typed(text)] == ["REJECT"]


@pytest.mark.parametrize("text", [
    "Witnesses described men who spoke a language they did not recognise.",
    "Moscow has not formally recognised the Taliban government.",
    "Serbia, which does not recognise the declaration of independence, protested.",
])
def test_a_word_unrecognised_a_government_and_background_reject_nothing(text):
    assert "REJECT" not in [t for t, _ in _typed(text)]


@pytest.mark.parametrize("text", [
    'Foreign Minister Sergei Lavrov called the bombing "a terrorist act that cannot be '
    'tolerated" and said security services were in contact.',
    'The governor called the raids "a planned act of wickedness".',
])
def test_a_quoted_label_read_as_apposition_still_charges(text):
    assert _typed(text) == [("ACCUSE", None)]


def test_a_phone_call_framing_a_label_is_still_a_meeting():
    doc, _ = run("In a phone call with Turkish President Tayyip Erdogan on Thursday, President "
                 "Vladimir Putin described the blasts as international terrorism.")
    assert [c.type for c in doc.claims] == ["CONSULT", "ACCUSE"]


def test_help_promised_or_pledged_is_aid():
    assert _typed("The governor promised the families financial help.") == [
        ("AID", "aid_package")]
    assert _typed("The EU pledged help for the victims.") == [("AID", "aid_package")]


def test_people_taken_to_hospital_are_the_wounded_and_people_taken_into_custody_captives():
    assert _typed("Rescuers said 38 people had been taken to hospital.") == [
        ("ASSAULT", "casualties")]
    assert _typed("Twelve people were rushed to hospital.") == [("ASSAULT", "casualties")]
    assert _typed("A spokesman said the injured had been taken to the Civil Hospital.") == []
    assert _typed("Police took three men into custody.") == [("COERCE", "capture")]


@pytest.mark.parametrize("text", [
    "Peskov said that security at the mission had been reinforced overnight.",
    "The ministry said security around foreign missions would be stepped up.",
    "The army heightened security in the north.",
])
def test_security_reinforced_or_stepped_up_mobilizes(text):
    assert [t for t, _ in _typed(text)] == ["MOBILIZE"]


def test_a_person_expected_in_a_place_visits_it_and_a_decision_expected_is_nothing():
    assert _typed("US Secretary of State Antony Blinken is expected in the region early next "
                  "week.") == [("CONSULT", "visit")]
    assert _typed("Putin is expected in Beijing on Tuesday.") == [("CONSULT", "visit")]
    assert _typed("The decision is expected in March.") == []
    assert _typed("Rain is expected in the region.") == []


def test_a_jailbreak_and_a_prison_broken_into_are_attacks_and_a_lull_broken_is_nothing():
    doc, _ = run("Islamic State claims Nigeria jailbreak that freed hundreds near Abuja")
    assert [(c.type, c.subtype, c.source.name) for c in doc.claims] == [
        ("ASSAULT", "attack", "Islamic State")]
    assert _typed("Its fighters had broken into the prison.") == [("ASSAULT", "attack")]
    assert _typed("The attacks broke a lull of several months.") == []


def test_a_clause_before_a_semicolon_is_no_content_of_the_verb_after_it():
    doc, _ = run("In April 2023, men in army uniforms killed at least 150 villagers in Karma, "
                 "according to residents; the authorities promised an inquiry whose findings "
                 "have never been published.")
    kill = [c for c in doc.claims if c.trigger.text == "killed"]
    assert [(c.type, c.subtype) for c in kill] == [("ASSAULT", "casualties")]


def test_the_parse_marks_a_clause_before_a_semicolon_as_parataxis(nlp):
    doc = nlp("Gunmen killed ten villagers, residents said; the army promised an inquiry.")
    deps = {t.text: (t.dep_, t.head.text) for t in doc}
    assert deps["said"] == ("parataxis", "promised") and deps["killed"] == ("ccomp", "said")
    doc = nlp("Gunmen killed ten villagers, residents said.")
    assert {t.text: t.dep_ for t in doc}["killed"] == "ccomp"


@pytest.mark.parametrize("text", [
    "Girkin wrote that the losses ran into the hundreds.",
    "He said the dead included the regiment's deputy commander.",
])
def test_whom_a_toll_includes_or_how_large_it_runs_is_told(text):
    assert _typed(text) == [("ASSAULT", "casualties")]


def test_the_dead_named_again_with_no_count_are_no_new_toll():
    assert _typed("The dead were buried on Sunday.") == []


def test_a_lower_case_word_after_a_word_starts_no_sentence(nlp):
    doc = nlp("Villages still counting their dead\n\nSurvivors of a weekend of coordinated "
              "raids in central Nigeria are still burying relatives. How many died is unclear.")
    assert [s.text.strip() for s in doc.sents][1].startswith("Survivors of a weekend")


def test_explosives_set_off_attack_and_rifles_set_on_fire_are_given_up():
    doc, _ = run("He opened fire at the gate, and then he set off his explosives.")
    assert {c.type for c in doc.claims} == {"ASSAULT"}
    assert _typed("The fighters set fire to their rifles.") == [("RETREAT", "withdrawal")]


def test_people_travelling_visit_no_one_but_a_leader_does():
    assert _typed("People had lined up their vehicles to travel into the occupied south of "
                  "the region.") == []
    assert _typed("Putin will travel to Beijing next week.") == [("CONSULT", "visit")]


def test_a_leader_calling_another_by_name_phones_and_support_offered_is_support():
    assert _typed("US President Joe Biden called Mr Netanyahu to condemn the attack and offer "
                  "support.") == [("CONSULT", "meeting"), ("SUPPORT", "support_statement")]
    assert _typed("Zelensky called Macron on Monday.") == [("CONSULT", "meeting")]
    assert _typed("Kyiv called Putin a war criminal.") == [("ACCUSE", None)]
    assert _typed("Zelensky called on Biden to send more missiles.") == [("REQUEST", None)]
    assert _typed("The shoal, which Filipinos call Ayungin and China calls Ren'ai Jiao, lies "
                  "west of Palawan.") == []


def test_a_reporter_s_question_is_no_request():
    doc, _ = run("Asked about Serhiivka, spokesman Dmitry Peskov told reporters that Russia "
                 "does not strike civilian targets.")
    assert "REQUEST" not in [c.type for c in doc.claims]


def test_forces_described_by_whom_they_back_voice_no_support():
    assert _typed("Militia fighters backing the army killed dozens of civilians.") == [
        ("ASSAULT", "casualties")]


def test_acts_conjoined_to_a_demand_are_demanded_too():
    doc, _ = run('"The transitional authorities must open an independent investigation, '
                 'suspend the units involved and let families bury their dead," said Aminata '
                 "Diallo, the group's director.")
    assert [c.type for c in doc.claims] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "The Islamic State group claimed responsibility for a suicide bombing that tore through "
    "a political rally in northwest Pakistan.",
    "Islamic State claims Pakistan rally bombing",
])
def test_a_rally_an_attack_hits_is_its_target_not_a_protest(text):
    assert "PROTEST" not in [t for t, _ in _typed(text)]
    assert "ASSAULT" in [t for t, _ in _typed(text)]


def test_a_side_that_complains_accuses_and_footage_called_a_fabrication_is_rejected():
    assert _typed("Prigozhin publicly complained that the ministry was stealing his "
                  "fighters' victory.") == [("ACCUSE", None)]
    assert _typed("The government spokesperson called the footage a fabrication spread by "
                  "enemies of the nation.") == [("REJECT", None)]


def test_operations_against_a_party_and_troops_pressing_on_a_city_fight():
    assert _typed("Ugandan and Congolese forces have conducted joint operations against the "
                  "ADF since late 2021.") == [("ASSAULT", "combat")]
    assert _typed("Troops were pressing on Kharkiv.") == [("ASSAULT", "combat")]
    assert _typed("Russia pressed Ukraine to accept the deal.") == [("REQUEST", None)]
