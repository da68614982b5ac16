"""Stop 31 readings, from a survey of what every open set still misses: attackers that
arrive, the sounds of an attack a witness reports, and vows to find whoever did it."""
from __future__ import annotations

from claims_helpers import run


def _typed(text):
    doc, _ = run(text)
    return [(c.type, c.subtype, c.trigger.text) for c in doc.claims]


def test_attackers_that_come_or_arrive_strike():
    assert _typed("The assailants arrived on motorbikes late on Friday.") == [
        ("ASSAULT", "attack", "arrived")]
    assert _typed("Residents say several dozen armed men arrived on foot.") == [
        ("ASSAULT", "attack", "arrived")]
    # the subject of the first verb is the second's too
    assert _typed("A teacher said the gunmen numbered about 100 and came on motorcycles.") == [
        ("ASSAULT", "attack", "came")]


def test_the_attack_as_the_time_of_something_else_is_not_told_again():
    assert _typed("The men had been digging for days when the gunmen arrived.") == []
    assert _typed("The smell of smoke still hung over the village two weeks after the "
                  "gunmen came.") == []


def test_troops_and_unarmed_people_that_arrive_do_not_attack():
    assert ("ASSAULT", "attack", "arrived") not in _typed(
        "French troops arrived in the town on Monday.")
    assert _typed("Many families arrived with nothing.") == []


def test_gunfire_and_booms_a_witness_reports_are_fighting_told():
    assert _typed("Residents of the capital described loud booms shortly after 7 p.m.") == [
        ("ASSAULT", "attack", "booms")]
    # sounds heard together are one attack, told by the first
    assert _typed("Witnesses reported heavy gunfire and explosions near the airport.") == [
        ("ASSAULT", "combat", "gunfire")]


def test_gunfire_listened_to_or_escaped_tells_nothing_new():
    assert _typed("He spent the night listening to gunfire in the corridor below.") == []
    assert _typed("Residents did not report any gunfire overnight.") == []


def test_vows_to_find_the_wrongdoers_threaten():
    for text, trigger in (
            ("The minister said those responsible will be found.", "found"),
            ("The president said the security forces would find the people who planned "
             "this.", "find"),
            ("Netanyahu said: We will reach anyone who tries to harm Israelis.", "reach")):
        assert _typed(text) == [("THREATEN", "warning", trigger)], text


def test_reaching_or_finding_others_threatens_no_one():
    assert ("THREATEN", "warning", "reach") not in _typed(
        "The UN said aid would reach people who need it.")
    assert _typed("Police said they would find a solution.") == []


def test_attackers_said_to_belong_to_a_group_charge_the_group():
    for text in ("The ministry said that the bomber was a member of the Islamic State group.",
                 "The governor named the two gunmen and said both were PKK members.",
                 "Police said they had identified the attackers as members of the jihadist "
                 "group."):
        assert [(t, s) for t, s, _ in _typed(text)] == [("ACCUSE", None)], text


def test_a_group_said_to_be_another_groups_front_is_charged():
    doc, _ = run("Security officials believe it is a front for the faction of Hafiz Gul "
                 "Bahadur.")
    assert [(c.type, c.trigger.text, c.certainty) for c in doc.claims] == [
        ("ACCUSE", "front", "believed")]


def test_belonging_that_charges_no_one_is_no_claim():
    assert _typed("Washington, which is not a member of the court, sided with its ally.") \
        == []
    assert _typed("There were three crew members on board.") == []
    assert _typed("She was a member of parliament for the ruling party.") == []


def test_a_bomb_set_off_is_an_attack_and_a_convoy_setting_off_is_not():
    assert _typed("He walked in among the passengers and set off the device near the "
                  "counter.") == [("ASSAULT", "attack", "set")]
    assert _typed("The first convoy set off for the border in October.") == []


def test_arms_laid_down_are_a_surrender():
    assert _typed("More than 2,000 soldiers laid down their weapons.") == [
        ("CONCEDE", None, "laid")]


def test_attackers_taking_part_tell_the_attack_and_a_minister_taking_part_does_not():
    assert _typed("Police said five attackers took part.") == [
        ("ASSAULT", "attack", "took")]
    assert _typed("The minister said he would not take part in the talks.") == []


def test_impacts_of_strikes_and_mass_graves_are_told():
    assert _typed("There were a limited number of impacts in central Israel, he said.") == [
        ("ASSAULT", "attack", "impacts")]
    assert _typed("The UN said it had received reports of at least eight mass graves.") == [
        ("ASSAULT", "casualties", "graves")]
    assert _typed("The charity is concerned by the humanitarian impact of the operation.") \
        == []


def test_a_verbless_label_charges_as_a_described_one_does():
    assert ("ACCUSE", None, "considers") in _typed(
        "Ankara considers the YBS an offshoot of the PKK.")
    assert _typed("Residents consider the town a safe place.") == []
    assert _typed("The UN described it as an excessive use of force against civilians.") == [
        ("ACCUSE", None, "described")]


def test_a_town_lost_is_given_up_by_the_side_that_lost_it():
    assert ("RETREAT", "withdrawal", "lost") in _typed(
        "The truce comes a week after the junta lost Laukkaing, the capital of the zone.")


def test_what_a_hospital_does_is_no_toll_and_what_it_did_is():
    assert _typed("The hospital also treats civilians from across the city.") == []
    assert _typed("The hospital treated 40 wounded people on Sunday.") == [
        ("ASSAULT", "casualties", "treated")]


def test_measures_taken_and_flights_cancelled_are_no_capture_or_blockade():
    assert _typed("Zarif wrote that Iran had taken proportionate measures in "
                  "self-defence.") == []
    assert _typed("All flights at the airport were cancelled for Wednesday.") == []


def test_jets_that_fly_over_and_drop_bombs_attack_once():
    assert _typed("Three military jets flew over the venue and dropped several bombs on "
                  "the stage.") == [("ASSAULT", "attack", "dropped")]
    assert _typed("Two Russian jets flew close to the destroyer on Monday.") == [
        ("MOBILIZE", "weapons_movement", "flew")]


def test_captions_in_brackets_and_live_coverage_greetings_are_furniture():
    assert _typed("[Photo: Mourners stand beside a mass grave in the village last "
                  "Sunday.]") == []
    assert _typed("Good morning and welcome to our live coverage of the conflict in "
                  "Myanmar.") == []
    assert _typed("Related research: Foreign drones over Tripoli | the oil blockade "
                  "explained") == []


def test_a_group_that_would_lay_down_its_arms_gives_nothing_up():
    assert _typed("The government is ready to hold talks with any armed group that lays "
                  "down its weapons.") == [("CONSULT", "meeting", "hold")]


def test_people_who_disappear_or_remain_in_captivity_are_held():
    assert _typed("Families say up to 350 residents have disappeared since 2019.") == [
        ("COERCE", None, "disappeared")]
    assert _typed("More than 100 of the girls are believed to remain in captivity.") == [
        ("COERCE", None, "remain")]


def test_people_harmed_are_a_toll_and_a_promise_that_they_will_not_be_is_none():
    assert _typed("The president said no Americans had been harmed.") == [
        ("ASSAULT", "casualties", "harmed")]
    assert _typed("The minister said civilians would not be harmed.") == []


def test_a_ship_named_like_a_city_is_not_a_town_lost():
    assert _typed("Explainer: How Russia lost the Moskva, the flagship of its Black Sea "
                  "Fleet") == []


def test_attackers_said_to_belong_to_cells_charge_and_kinsmen_do_not():
    assert _typed('Putin said the gunmen belonged to "sleeper cells" run from abroad.') == [
        ("ACCUSE", None, "belonged")]
    assert _typed("Both men belonged to the same clan.") == []


def test_people_evacuated_are_helped_and_only_those_moved_by_force_are_expelled():
    assert _typed("French helicopters later evacuated the wounded.") == [
        ("AID", None, "evacuated")]
    assert _typed("The crew was evacuated on Saturday by helicopters from a cruiser.") == [
        ("AID", None, "evacuated")]
    assert _typed("Soldiers forcibly evacuated the villagers on Monday.") == [
        ("COERCE", None, "evacuated")]


def test_health_teams_deployed_and_relief_distributed_are_aid():
    assert _typed("The charity has deployed two mobile health teams to the town.") == [
        ("AID", "aid_package", "deployed")]
    assert _typed("It will distribute food and shelter kits to 1,500 families.") == [
        ("AID", "aid_package", "distribute")]
    assert _typed("The army deployed two battalions to the town.") == [
        ("MOBILIZE", "troop_deployment", "deployed")]


def test_talks_that_take_place_meet_and_a_ceremony_does_not():
    assert ("CONSULT", "meeting", "took") in _typed(
        "A first round of talks took place in December.")
    assert _typed("The ceremony took place in the capital.") == []


def test_troops_accompanying_troops_deploy_and_pressing_for_something_asks_it():
    assert _typed("He said 12 American soldiers had accompanied about 30 Nigerien troops "
                  "on a patrol.") == [("MOBILIZE", "troop_deployment", "accompanied")]
    assert _typed("Parents pressed for the freedom of the last student.") == [
        ("REQUEST", None, "pressed")]


def test_a_side_ready_to_respond_threatens():
    assert _typed("An official said the United States was ready to respond once the "
                  "culprit was verified.") == [("THREATEN", "warning", "respond")]


def test_people_held_hostage_or_at_a_place_are_captives():
    for text in ("More than 130 guards were being held hostage by inmates.",
                 "Hundreds of soldiers are being held at a stadium."):
        assert _typed(text) == [("COERCE", "capture", "held")], text
    assert _typed("Talks were held at the palace.") == [("CONSULT", "meeting", "held")]
    assert _typed("A funeral was held at the mosque.") == []
    assert _typed("The troops are being held at military bases in the region.") == [
        ("MOBILIZE", "troop_deployment", "held")]


def test_signatures_put_to_a_document_sign_it():
    assert ("AGREE", "agreement", "put") in _typed(
        "The two ministers put their names to the document in Washington.")
    assert ("AGREE", "agreement", "put") not in _typed("Officials put the death toll at 25.")


def test_people_unaccounted_for_or_seeking_medical_help_are_a_toll():
    assert _typed("A relief society said that 19 people were still unaccounted for.") == [
        ("ASSAULT", "casualties", "unaccounted")]
    assert _typed("He said 59 people had sought medical help after the strike.") == [
        ("ASSAULT", "casualties", "sought")]
    assert _typed("Kyiv sought help from its allies.") == [("REQUEST", None, "sought")]
