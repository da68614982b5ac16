"""Stop 30 readings, from the misses of the opened holdout45/46 and a survey of what every
open set still misses: a toll told by the news of it, an insurgency waged, and a place the
gazetteer knows taken even where the model tags it as something else."""
from __future__ import annotations

from claims_helpers import run


def _typed(text):
    doc, _ = run(text)
    return [(c.type, c.subtype) for c in doc.claims]


def test_no_word_of_casualties_is_a_toll_of_none_as_no_casualties_reported_is():
    for text in ("There was no immediate word of casualties after the blast.",
                 "There were no reports of casualties among the crew, the navy said.",
                 "It said there were no indications of civilian casualties."):
        assert _typed(text) == [("ASSAULT", "casualties")], text


def test_news_someone_else_received_tells_no_toll():
    assert _typed("The UN was alarmed by reports of civilian casualties.") == [
        ("ACCUSE", None)]
    assert _typed("It said it was aware of reports of casualties.") == []


def test_news_of_other_events_tells_them_only_when_it_came():
    assert _typed("There were reports of shelling in the town overnight.") == [
        ("ASSAULT", "attack")]
    assert _typed("There was no sign of fighting in the town.") == []


def test_an_insurgency_waged_is_fighting():
    doc, code = run("The PKK has waged an insurgency against the Turkish state since 1984.")
    assert [(c.type, c.subtype, c.trigger.text) for c in doc.claims] == [
        ("ASSAULT", "combat", "waged")]


def test_a_town_named_in_apposition_is_territory_taken():
    doc, code = run("The minister said Russian troops had completely taken Marinka, a town "
                    "just west of Donetsk.")
    assert [(c.type, c.subtype, c.trigger.text) for c in doc.claims] == [
        ("COERCE", "capture", "taken")]


def test_a_place_the_gazetteer_knows_is_territory_even_when_the_model_misses_it():
    # the model parses "Paletwa" as a plural noun with no entity; the places step knows it
    doc, _ = run("Arakan Army takes Paletwa\n\nThe Arakan Army said on Sunday it had taken "
                 "the town of Paletwa in Chin state.")
    assert ("COERCE", "capture", "takes") in [
        (c.type, c.subtype, c.trigger.text) for c in doc.claims]
    assert any(p.name.startswith("Paletwa") for p in doc.places)


def test_a_site_no_gazetteer_knows_is_entered_not_taken():
    assert _typed("Witnesses said several gunmen posing as churchgoers entered St. Francis "
                  "Xavier Catholic Church in Owo at around 11:30 a.m. on Sunday.") == []


def test_forces_pursuing_attackers_go_after_them_but_pursuing_talks_is_no_attack():
    assert _typed("Security forces were pursuing the attackers.") == [("ASSAULT", "attack")]
    assert _typed("Police chased the gunmen into the forest.") == [("ASSAULT", "attack")]
    assert "ASSAULT" not in [t for t, _ in _typed(
        "The government is pursuing talks with the rebels.")]


def test_arms_given_up_by_a_relative_clause_s_subject_are_no_transfer():
    doc, _ = run("The governor has championed amnesty deals for gangs that gave up their "
                 "weapons.")
    assert ("AID", "arms_transfer") not in [(c.type, c.subtype) for c in doc.claims]
    assert _typed("Iran gave the Houthis their first drones.") == [("AID", "arms_transfer")]


def test_a_burial_of_victims_tells_their_deaths():
    assert _typed("The governor attended the burial of 43 victims in Zabarmari on Sunday.") == [
        ("ASSAULT", "casualties")]
    assert _typed("The funeral of the former president will take place on Monday.") == []


def test_operations_stepped_up_or_intensified_and_troops_intervening_are_fighting():
    for text in ("The military said it had stepped up air and ground operations in the area.",
                 "The army intensified operations in the area.",
                 "Peacekeepers based near the site had intervened."):
        assert _typed(text) == [("ASSAULT", "combat")], text
    assert _typed("The United States intervened to broker a truce.") == []
    assert _typed("Police stepped up security around the city.") == [("MOBILIZE", None)]


def test_contact_established_is_a_meeting_but_being_in_contact_is_none():
    assert _typed("The governor said his government had established contact with the "
                  "abductors.") == [("CONSULT", "meeting")]
    assert "CONSULT" not in [t for t, _ in _typed(
        "The attackers had been in contact with handlers abroad throughout the siege.")]


def test_concern_raised_charges_but_the_alarm_raised_does_not():
    assert _typed("Bangladesh has raised concerns about shells landing on its side of the "
                  "frontier.") == [("ACCUSE", None)]
    assert "ACCUSE" not in [t for t, _ in _typed(
        "The agency raised the alarm in October, saying troops had been shipped to Russia.")]


def test_a_side_objecting_rejects():
    assert _typed("Local leaders have objected to AA control of the township.") == [
        ("REJECT", None)]


def test_hosting_a_guest_is_a_visit_but_hosting_a_site_or_an_exercise_is_none():
    assert ("CONSULT", "visit") in _typed("Egypt hosted Hamas leaders for talks in Cairo.")
    assert ("CONSULT", "visit") in _typed(
        "The ministers signed a peace agreement in Washington on Friday, at a ceremony hosted "
        "by US Secretary of State Marco Rubio.")
    assert _typed("It also hosts a military airfield.") == []
    assert ("CONSULT", "visit") not in _typed(
        "The centre has hosted regular joint exercises with Nato countries since 2015.")


def test_an_act_said_not_to_be_the_first_is_not_told():
    assert _typed("It was not the first attack on the area.") == []
    assert _typed("It was the first attack on the area in a year.") == [("ASSAULT", "attack")]


def test_the_dead_named_again_are_no_toll_but_counted_among_them_are():
    assert _typed("For Abebe, the arithmetic of the dead means little.") == []
    assert _typed("Around 30 of the injured are in a serious condition.") == [
        ("ASSAULT", "casualties")]


def test_who_or_when_a_source_did_not_say_is_not_told():
    assert _typed("The directorate did not say who had carried out the strike.") == []
    assert _typed("The ministry did not say when the meeting was held.") == []
    assert _typed("It has not said how many of its own men died during the offensive.") == [
        ("ASSAULT", "casualties")]


def test_speaking_by_telephone_to_a_reporter_is_no_meeting():
    assert ("CONSULT", "meeting") not in _typed(
        "Speaking by telephone from Gimbi town on Sunday, he said he had helped to bury 230 "
        "bodies.")
    assert _typed("Erdogan spoke by phone with Putin on Monday.") == [("CONSULT", "meeting")]


def test_a_train_leaving_a_town_is_no_withdrawal():
    assert _typed("Railway officials said about 440 people were on board when the train left "
                  "Quetta that morning.") == []
    assert _typed("Russian troops left Kherson on Friday.") == [("RETREAT", "withdrawal")]


def test_arms_given_up_by_whoever_would_are_no_act():
    assert ("RETREAT", "withdrawal") not in _typed(
        "The governor has championed amnesty deals for gangs that give up their weapons.")
    assert _typed("The fighters who handed over their weapons were pardoned.") == [
        ("RETREAT", "withdrawal")]


def test_the_parse_gives_a_second_clause_its_subject_back(nlp):
    doc = nlp("Armed groups have exploited disputes between farmers and herders, and ethnic "
              "militias have been accused of killing hundreds of civilians.")
    deps = {t.text: (t.dep_, t.head.text) for t in doc}
    assert deps["militias"] == ("nsubjpass", "accused")
    doc = nlp("The army shelled farmers and herders near the river.")
    assert {t.text: t.dep_ for t in doc}["herders"] == "conj"


def test_acts_those_accused_in_the_passive_are_said_to_have_done_are_alleged():
    doc, _ = run("Armed groups have exploited disputes between farmers and herders, and ethnic "
                 "self-defence militias have been accused of killing hundreds of civilians in "
                 "reprisal raids.")
    assert [(c.type, c.subtype, c.certainty) for c in doc.claims] == [
        ("ASSAULT", "casualties", "alleged")]
    assert _typed("Kyiv accused Moscow of shelling the plant.") == [("ACCUSE", None)]


def test_troops_pushing_to_retake_a_city_fight_for_it():
    assert _typed("A senior US defence official said that Ukrainian troops were pushing to "
                  "retake Kherson.") == [("ASSAULT", "combat")]


def test_the_weighed_charge_of_a_bomb_tells_its_attack_but_explosives_seized_do_not():
    for text in ("Officials estimated that the device held 60 to 70 kg of explosives.",
                 "Preliminary police estimates put the explosives at up to 350 kg.",
                 "The attacker appeared to have carried between 6 and 8 kilograms of "
                 "explosives."):
        assert ("ASSAULT", "attack") in _typed(text), text
    doc, _ = run("Police seized 200 kg of explosives on Monday.")
    assert [c.trigger.text for c in doc.claims if c.type == "ASSAULT"] == []


def test_sharing_with_a_party_cooperates_but_figures_or_bread_shared_do_not():
    assert ("COOPERATE", None) in _typed(
        "Taiwan would share information with like-minded partners, the minister said.")
    assert ("COOPERATE", None) in _typed("The two countries agreed to share intelligence.")
    assert _typed("The families had shared what little bread they had.") == []


def test_asking_on_the_way_is_no_request_but_a_statement_asking_someone_to_act_is():
    assert _typed("They went from house to house asking for the men who had joined the "
                  "militia.") == []
    assert _typed("Kyiv issued a statement asking the UN to send monitors.") == [
        ("REQUEST", None)]


def test_communities_that_back_a_side_voice_no_support():
    assert ("SUPPORT", "support_statement") not in _typed(
        "The colonel accused the army of targeting civilians to punish communities that back "
        "the rebels.")
    assert _typed("Germany backs Ukraine's bid to join the alliance.") == [
        ("SUPPORT", "support_statement")]


def test_flights_and_services_suspended_by_no_one_are_no_event():
    assert _typed("Flights at Erbil's international airport were suspended for several "
                  "hours overnight, airport officials said.") == []
    assert _typed("Railway officials said services to and from Quetta were suspended until "
                  "Monday.") == []
    assert _typed("MSF said it had temporarily suspended services at the University Hospital "
                  "of Mirebalais.") == [("RETREAT", "withdrawal")]


def test_drones_sent_at_a_target_attack_it_and_drones_sent_to_a_state_arm_it():
    assert _typed("Hezbollah said it had sent a swarm of drones at the Golani camp.") == [
        ("ASSAULT", "attack")]
    assert _typed("Iran sent drones to Russia.") == [("AID", "arms_transfer")]


def test_the_talks_that_led_to_a_deal_are_its_setting():
    assert _typed("Trump wrote that India and Pakistan had agreed to stop fighting after a "
                  "night of talks brokered by Washington.") == [("AGREE", "agreement")]
    assert _typed("After three rounds of talks in Geneva, the delegations left without a "
                  "deal.") == [("CONSULT", "meeting")]
