"""Threats a side announces of its own acts to come, against other sides' forecasts
(parse-level, so marked slow)."""
import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def claims(text):
    doc = extract(text, published="2025-06-10")
    actors = {a.id: a for a in doc.actors}
    code = lambda aid: aid and (actors[aid].code or actors[aid].country)  # noqa: E731
    return [(c.type, c.subtype, code(c.actor), code(c.target), c.trigger.text,
             c.inferred.get("target")) for c in doc.claims]


def test_a_side_saying_it_will_strike_threatens():
    found = claims("The foreign minister of Armenia said Armenia would strike back.")
    assert [c[:3] for c in found if c[4] == "strike"] == [("THREATEN", "warning", "ARM")]


def test_a_vow_to_retake_a_town_is_a_threat_of_the_speakers_side():
    found = claims("Kenya's defence minister Soipan Tuya vowed to retake the town within days.")
    assert [c[:3] for c in found if c[4] == "retake"] == [("THREATEN", "warning", "KEN")]


def test_the_right_to_respond_is_a_threat_not_background():
    found = claims("Prime Minister Edi Rama said Albania had every right to respond.")
    assert [c[:3] for c in found if c[4] == "respond"] == [("THREATEN", "warning", "ALB")]


def test_permission_to_strike_stays_unrealized():
    found = claims("Kyiv has asked its partners for permission to strike airfields deep inside Russia.")
    assert not [c for c in found if c[4] == "strike"]


def test_another_sides_act_to_come_is_a_forecast_not_a_threat():
    found = claims("Blinken said Russia would use the missiles against Ukraine within weeks.")
    assert [c[:2] for c in found if c[4] == "use"] == [("ASSAULT", "attack")]


def test_a_pledge_to_deepen_ties_is_no_threat():
    found = claims("The two ministers pledged to deepen military cooperation next year.")
    assert not [c for c in found if c[0] == "THREATEN"]


def test_an_unaimed_threat_answers_the_last_attack_on_the_speakers_side():
    found = claims("Drones launched by Azerbaijan struck a village in Armenia on Sunday. "
                   "The Armenian defence ministry said Armenia would retaliate.")
    [threat] = [c for c in found if c[0] == "THREATEN"]
    assert threat[2:4] == ("ARM", "AZE") and threat[5] is not None


def test_surface_rows_count_beside_the_lemmas_rows():
    # "take" has a lemma row (taking a place); "taken over" keeps its own surface row
    found = claims("Rebel fighters have taken over a former army post near the border with Uganda.")
    assert [c[:2] for c in found if c[4] == "taken"] == [("COERCE", "capture")]


def test_a_guess_about_the_past_is_no_threat():
    found = claims("A former Kenyan envoy has said that up to 9,000 people may have been killed.")
    assert [c[:2] for c in found if c[4] == "killed"] == [("ASSAULT", "casualties")]


def test_a_side_saying_it_could_launch_an_operation_threatens():
    found = claims("Turkish Foreign Minister Hakan Fidan said Ankara could launch a new operation.")
    assert [c[:3] for c in found if c[4] == "launch"] == [("THREATEN", "warning", "TUR")]


def test_in_a_weapons_test_story_a_missile_fired_at_no_one_is_the_test():
    found = claims("Pakistan said the ballistic missile it fired on Monday flew 450 km. "
                   "It was the country's second missile test this year.")
    assert [c[:2] for c in found if c[4] in ("fired", "test")] == [
        ("MOBILIZE", None), ("MOBILIZE", None)]
    assert [c[2] for c in found if c[4] == "fired"] == ["PAK"]


def test_a_missile_fired_at_a_target_stays_an_attack_in_a_test_story():
    found = claims("Iran tested a new engine last month. On Monday Iran fired missiles at Israel.")
    assert [c[:2] for c in found if c[4] == "fired"] == [("ASSAULT", "attack")]


def test_a_claim_of_responsibility_is_the_groups_alleged_attack():
    doc = extract("Al-Shabaab claimed responsibility for the bombing in Mogadishu on Sunday.",
                  published="2025-06-10")
    [c] = doc.claims
    actor = next(a for a in doc.actors if a.id == c.actor)
    assert (c.type, c.subtype, c.certainty, c.trigger.text) == ("ASSAULT", "attack", "alleged", "bombing")
    assert "Shabaab" in actor.name and "Shabaab" in c.source.name


def test_responsibility_alone_is_claimed_only_by_a_claim_verb():
    found = claims("The Islamic State group claimed responsibility.")
    assert [c[:2] for c in found] == [("ASSAULT", "attack")]
    assert claims("The minister said the government bears responsibility for the crisis.") == []


def test_labelling_an_event_is_an_accusation_and_not_a_new_event():
    found = claims("The Kremlin called the assault an illegal attack on Syria's sovereignty.")
    assert [c[:2] for c in found] == [("ACCUSE", None)]
    found = claims("Ankara regards the YPG as a terrorist organisation.")
    assert [c[0] for c in found] == ["ACCUSE"]
    assert claims("Officials regard the offer as generous.") == []


def test_a_breach_of_law_or_what_amounts_to_a_war_crime_is_an_accusation():
    found = claims("Legal scholars say the strikes may breach international law.")
    assert [(c[0], c[4]) for c in found] == [("ACCUSE", "breach")]
    found = claims("The envoy said the shelling may amount to a war crime.")
    assert [(c[0], c[4]) for c in found] == [("ACCUSE", "amount")]
    assert claims("The cuts amount to roughly 10 percent of the budget.") == []


def test_a_launch_origin_is_no_target_so_a_test_launch_stays_a_test():
    found = claims("Seoul said the missile was fired from near Pyongyang on Thursday. "
                   "It was North Korea's first ICBM test this year.")
    assert [c[:4] for c in found if c[4] == "fired"] == [("MOBILIZE", None, "PRK", None)]


def test_describing_an_event_as_a_charge_or_condemning_it_adds_no_event():
    found = claims('The government described the attack as "barbaric" on Monday.')
    assert [c[0] for c in found] == ["ACCUSE"]
    found = claims("The UN Security Council condemned the attack in a statement.")
    assert [c[0] for c in found] == ["ACCUSE"]


def test_a_group_that_did_not_claim_responsibility_is_no_claimer():
    assert claims("The Islamic State group did not claim responsibility.") == []


def test_a_side_disowning_an_attack_is_its_denied_attack():
    found = extract("An adviser to the president said Ukraine had nothing to do with the "
                    "shooting.", published="2025-06-10")
    [c] = [c for c in found.claims if c.type == "ASSAULT"]
    actors = {a.id: a for a in found.actors}
    assert (actors[c.actor].code, c.certainty) == ("UKR", "denied")


def test_not_involved_and_no_part_frames_deny_too():
    for text, code in (("A spokesman said Washington had not been involved in the strikes.", "USA"),
                       ("Tehran played no part in the bombing, the ministry said.", "IRN")):
        doc = extract(text, published="2025-06-10")
        actors = {a.id: a for a in doc.actors}
        [c] = [c for c in doc.claims if c.type == "ASSAULT"]
        assert (actors[c.actor].code, c.certainty) == (code, "denied"), text


def test_a_refusal_to_come_is_no_denial():
    doc = extract("The president's office said he would not take part in the talks.",
                  published="2025-06-10")
    assert not [c for c in doc.claims if c.certainty == "denied"]


def test_what_another_party_must_do_is_a_demand_on_it():
    doc = extract('"Russia must withdraw its troops from Ukraine," the foreign minister said.',
                  published="2025-06-10")
    actors = {a.id: a for a in doc.actors}
    [c] = doc.claims
    assert (c.type, c.actor, actors[c.recipient].code) == ("REQUEST", None, "RUS")


def test_own_resolve_and_the_reporters_must_are_no_demands():
    for text in ('"We must stay united," the president said.',
                 "The army must now rebuild its forces."):
        assert not [c for c in extract(text, published="2025-06-10").claims
                    if c.type == "REQUEST"], text


def test_a_threat_vowed_under_another_clause_is_the_vowers():
    doc = extract("Defence Minister Yoav Gallant said the fire could be seen across the region "
                  "and warned that Israel would strike again.", published="2024-07-21")
    [c] = [c for c in doc.claims if c.trigger.text == "strike"]
    assert (c.type, c.source.name) == ("THREATEN", "Defence Minister Yoav Gallant")


def test_promising_a_response_is_a_threat():
    doc = extract("The rebels' spokesman promised a massive response.", published="2025-06-10")
    assert [c.type for c in doc.claims] == ["THREATEN"]


def test_an_answer_that_would_meet_the_other_side_is_the_tellers_threat():
    found = claims("Iran's foreign ministry warned that any Israeli retaliation would be met "
                   "with crushing attacks.")
    assert [c[:4] for c in found] == [("THREATEN", "warning", "IRN", "ISR")]


def test_protesters_met_with_tear_gas_were_met_by_no_one():
    found = claims("Police said protesters were met with tear gas in the capital.")
    assert not [c for c in found if c[0] in ("CONSULT", "THREATEN")]


def test_would_not_hesitate_to_strike_is_the_sides_threat():
    found = claims("Houthi military spokesman Yahya Saree said the group would not hesitate to "
                   "hit vital targets inside Israel.")
    assert [c[:4] for c in found] == [("THREATEN", "warning", "YEM", "ISR")]


def test_a_vow_to_punish_wrongdoers_is_the_sides_threat_against_them():
    found = claims("Nigeria's army vowed to hold accountable anyone who harmed civilians.")
    assert [c[:3] for c in found] == [("THREATEN", "warning", "NGA")]
    found = claims("Trump said Iran would be held responsible for any further attacks.")
    assert [c[:4] for c in found if c[4] == "held"] == [("THREATEN", "warning", "USA", "IRN")]
    assert not [c for c in claims("The court held the two men responsible.") if c[0] == "THREATEN"]
