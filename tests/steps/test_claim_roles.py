"""Roles read from the parse of one sentence (sentences written for these tests)."""
import pytest

from claims_helpers import run

pytestmark = pytest.mark.slow


def claim(doc, word):
    """The claim whose trigger is `word`."""
    found = [c for c in doc.claims if c.trigger is not None and c.trigger.text == word]
    assert found, [(c.trigger and c.trigger.text, c.type) for c in doc.claims]
    return found[0]


def test_the_subject_of_a_condition_is_the_party_threatened():
    doc, code = run("Canada threatened tough measures if Israel did not halt its offensive.")
    threat = claim(doc, "threatened")
    assert code(threat.actor) == "CAN" and code(threat.target) == "ISR"


def test_a_pronoun_object_is_not_the_subject_that_condemns_it():
    doc, code = run("Russian drones hit a hospital in Sumy on Sunday. "
                    "Several European leaders condemned it as a war crime.")
    condemned = claim(doc, "condemned")
    assert condemned.target != condemned.actor and code(condemned.target) == "RUS"


def test_a_date_before_the_verb_is_no_target():
    doc, code = run("On Friday Tokyo imposed sanctions on five Russian companies.")
    imposed = claim(doc, "imposed")
    assert code(imposed.target) == "RUS"


def test_a_gerund_after_by_shares_the_subject_of_its_verb():
    doc, code = run("Damascus responded by sending thousands of fighters to the coast.")
    assert code(claim(doc, "sending").actor) == "SYR"


def test_troops_arriving_from_a_state_were_sent_by_it():
    doc, code = run("Roughly 3,000 more troops have arrived from North Korea, officials said.")
    arrived = claim(doc, "arrived")
    assert code(arrived.actor) == "PRK" and code(arrived.recipient) != "PRK"


def test_flying_into_a_state_airspace_is_aimed_at_that_state():
    doc, code = run("Three Russian fighter jets flew into Finnish airspace on Friday.")
    flew = claim(doc, "flew")
    assert code(flew.actor) == "RUS" and code(flew.target) == "FIN"


def test_a_second_participle_shares_the_subject_of_the_first():
    doc, code = run("Myanmar's military bombed a village in Rakhine on Monday, killing 30 people "
                    "and wounding 15 others.")
    assert code(claim(doc, "wounding").actor) == "MMR"


def test_the_group_named_before_owns_the_members_of_the_group():
    doc, _ = run("The Rapid Support Forces attacked the camp on Monday. "
                 "Five members of the group were killed in the fighting.")
    killed = claim(doc, "killed")
    names = {a.id: a.name for a in doc.actors}
    assert killed.target is not None and "Rapid" in names[killed.target]


def test_a_conjunct_with_its_own_passive_subject_does_not_borrow_the_first_subject():
    doc, code = run("The air force said Russia launched 60 drones overnight and that 52 of them "
                    "were shot down.")
    shot = claim(doc, "shot")
    assert code(shot.actor) != "RUS" and code(shot.target) == "RUS"


def test_a_request_to_both_parties_addresses_one_of_the_two_sides():
    doc, code = run("Thailand accused Cambodia of shelling a border village. The UN envoy "
                    "called on both countries to respect the truce.")
    assert code(claim(doc, "called").recipient) in ("THA", "KHM")


def test_the_other_of_two_coordinated_parties_is_the_target_of_fighting():
    doc, code = run("Thailand and Cambodia clashed along the border on Thursday.")
    clashed = claim(doc, "clashed")
    assert code(clashed.actor) == "THA" and code(clashed.target) == "KHM"


def test_fighting_between_the_two_neighbours_is_between_the_two_sides():
    doc, code = run("India and Pakistan clashed again. India accused Pakistan of shelling. "
                    "The truce ended a week of fighting between the two neighbours.")
    fighting = claim(doc, "fighting")
    assert {code(fighting.actor), code(fighting.target)} == {"IND", "PAK"}


def test_the_sides_agreeing_are_the_two_sides_of_the_war():
    doc, code = run("Afghanistan and Pakistan fought for days. Officials said the sides had "
                    "agreed to a ceasefire.")
    agreed = claim(doc, "agreed")
    assert {code(agreed.actor), code(agreed.recipient)} == {"AFG", "PAK"}


def test_a_request_to_sanction_a_state_targets_that_state():
    doc, code = run("President Zelensky urged allies to impose new sanctions on Moscow.")
    urged = claim(doc, "urged")
    assert code(urged.actor) == "UKR" and code(urged.target) == "RUS"
    assert urged.recipient is None


def test_the_dead_of_an_intransitive_death_are_the_target_not_the_actor():
    doc, code = run("The defence ministry said 13 Cambodian soldiers had died in the fighting.")
    died = claim(doc, "died")
    assert code(died.target) == "KHM" and code(died.actor) != "KHM"


def test_a_participle_takes_its_actor_from_the_noun_it_describes():
    doc, code = run("Kenyan troops, deployed in Haiti since 2024, have patrolled the capital.")
    assert code(claim(doc, "deployed").actor) == "KEN"


def test_being_at_war_with_a_party_targets_that_party():
    doc, code = run("The militia, which has been at war with the Ethiopian army since 2023, "
                    "rejected the offer.")
    assert code(claim(doc, "war").target) == "ETH"


def test_clashing_with_a_state_targets_that_state():
    doc, code = run("India clashed with Pakistan along the border on Sunday.")
    clash = claim(doc, "clashed")
    assert code(clash.actor) == "IND" and code(clash.target) == "PAK"


def test_not_being_at_war_is_no_fighting():
    doc, _ = run("He insisted that Japan was not at war.")
    assert not [c for c in doc.claims if c.trigger is not None and c.trigger.text == "war"]


def test_the_place_an_attacking_group_comes_from_is_not_the_place_struck():
    doc, code = run("On Monday fighters of the Islamic State, whose branch operates in Nigeria, "
                    "attacked two army posts in and around a forest in northern Cameroon.")
    assert code(claim(doc, "attacked").target) == "CMR"


def test_the_doer_of_a_passive_claim_of_an_attack_is_its_actor():
    doc, code = run("Both bombings were claimed by the Islamic State group.")
    bombings = claim(doc, "bombings")
    assert bombings.actor is not None and code(bombings.actor) in ("Islamic State", None) \
        and "Islamic State" in next(a.name for a in doc.actors if a.id == bombings.actor)


def test_an_attack_attributed_to_a_group_is_the_groups():
    doc, _ = run("The raid on the village was attributed to Boko Haram.")
    raid = claim(doc, "raid")
    assert "Boko Haram" in next(a.name for a in doc.actors if a.id == raid.actor)


def test_the_owner_of_a_hyphenated_target_is_the_target():
    doc, code = run("It was the second assault on Turkish-owned factories in Syria this year.")
    assert code(claim(doc, "assault").target) == "TUR"


def test_a_backer_before_a_hyphen_is_not_the_owner():
    doc, code = run("It was the second assault on Iran-backed militias in Syria this year.")
    assert code(claim(doc, "assault").target) != "IRN"


def test_a_counterpart_named_in_apposition_is_the_other_party():
    doc, code = run("Lavrov held talks with his counterpart Choe Son Hui at a resort in Wonsan.")
    met = next(c for c in doc.claims if c.type == "CONSULT")
    assert code(met.recipient) == "PRK"


def test_the_doer_in_a_speakers_own_naming_of_an_act_is_the_target():
    doc, code = run("The ambassador condemned what she called the latest reckless action "
                    "by Turkey.")
    condemned = claim(doc, "condemned")
    assert code(condemned.target) == "TUR"


def test_the_doer_named_after_what_another_body_called_it_beats_that_body():
    doc, code = run("London condemned what the Foreign Office called escalatory behaviour "
                    "by Russia.")
    condemned = claim(doc, "condemned")
    assert code(condemned.actor) == "GBR" and code(condemned.target) == "RUS"


def test_the_party_said_to_bear_responsibility_is_blamed_not_blaming():
    doc, code = run("The group said Egypt bore full responsibility for what it called a "
                    "criminal aggression.")
    blamed = claim(doc, "called")
    assert code(blamed.target) == "EGY" and code(blamed.actor) != "EGY"


# stop 18: a charge names the doer of the act it is for, a response is given by whom it is
# drawn "from", an observer who reports a toll did not inflict it, a help verb's clause
# names who is helped, talks in a third country are between the story's sides

def test_the_subject_of_a_passive_charge_did_the_act():
    doc, code = run("The ADF militia has been blamed for repeated raids on farms in Beni "
                    "since 2019.")
    raids = claim(doc, "raids")
    assert raids.actor is not None and code(raids.actor) == "COD"


def test_a_definite_act_charged_is_not_told_again():
    doc, _ = run("Hezbollah blamed Israel for the assassination and vowed to respond.")
    assert not [c for c in doc.claims if c.trigger and c.trigger.text == "assassination"]


def test_a_response_drawn_from_capitals_is_theirs():
    doc, code = run("North Korea fired a ballistic missile into the sea on Monday. The launch "
                    "drew condemnation from Tokyo and Seoul.")
    condemnation = claim(doc, "condemnation")
    assert code(condemnation.actor) == "JPN"


def test_support_from_a_force_is_no_spoken_claim():
    doc, _ = run("The convoys are escorted by the army, with support from Russia's Africa "
                 "Corps.")
    assert not [c for c in doc.claims if c.trigger and c.trigger.text == "support"]


def test_officials_who_report_a_toll_did_not_inflict_it():
    doc, code = run("Israeli jets struck Rafah overnight; Gaza officials report a heavy toll.")
    toll = claim(doc, "toll")
    assert toll.actor is None or code(toll.actor) != "PSE"


def test_the_subject_of_a_help_clause_is_helped():
    doc, code = run("British surveillance flights helped Ukraine find the launchers, an "
                    "official said.")
    helped = claim(doc, "helped")
    assert code(helped.recipient) == "UKR"


def test_talks_in_a_third_country_are_not_with_their_host():
    doc, code = run("Russia fired 200 drones at Ukraine overnight. Ukraine struck two Russian "
                    "refineries and Russia shelled Kharkiv. Negotiators met in Istanbul on "
                    "Friday.")
    met = claim(doc, "met")
    assert code(met.recipient) != "TUR"


def test_a_definite_act_charged_with_its_own_target_gets_its_doer():
    doc, code = run("Kyiv blamed Russia for the missile strikes on Odesa.")
    strikes = claim(doc, "strikes")
    assert code(strikes.actor) == "RUS" and code(strikes.target) == "UKR"
