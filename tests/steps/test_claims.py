
"""The claims step on sentences written for these tests (parse-level, so marked slow)."""
import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def claims_of(text, **kw):
    doc = extract(text, published=kw.pop("published", "2025-03-28"), **kw)
    actors = {a.id: a for a in doc.actors}
    quants = {q.id: q for q in doc.quantities}
    return doc, actors, quants


def code(actors, aid):
    a = actors.get(aid)
    return a and (a.code or a.country)


def test_believed_transfer_with_quantity_and_according_to():
    doc, actors, quants = claims_of(
        "Tehran is believed to have shipped as many as 300 drones to Moscow, according to Reuters.")
    [c] = [c for c in doc.claims if c.subtype == "arms_transfer"]
    assert (c.type, code(actors, c.actor), code(actors, c.recipient)) == ("AID", "IRN", "RUS")
    assert (c.source.name, c.source.kind, c.cue, c.certainty) == ("Reuters", "media", "according to", "believed")
    q = quants[c.quantity]
    assert (q.value, q.qualifier, q.counted) == (300, "up_to", "drone")


def test_reported_speech_with_modal_is_possible():
    doc, actors, _ = claims_of("The ministry said Russia could move more troops to the border region.")
    [c] = [c for c in doc.claims if c.subtype == "troop_deployment"]
    assert c.certainty == "possible" and c.cue == "said" and code(actors, c.actor) == "RUS"


def test_estimate_of_casualties_keeps_source_and_qualifier():
    doc, actors, quants = claims_of(
        "Ukraine's military estimates that about 2,000 of the soldiers have been killed or wounded.")
    [c] = [c for c in doc.claims if c.subtype == "casualties"]
    assert c.certainty == "estimated" and c.source.kind in ("military", "government")
    assert quants[c.quantity].qualifier == "approx" and quants[c.quantity].value == 2000


def test_denial_is_negated_and_denied():
    doc, actors, _ = claims_of("Minsk denied that it had sent troops to Ukraine.")
    [c] = [c for c in doc.claims if c.subtype == "troop_deployment"]
    assert c.negated and c.certainty == "denied"


def test_visit_and_meeting_in_one_sentence_are_two_claims():
    doc, actors, _ = claims_of("On Tuesday, Lavrov visited Beijing for talks with Wang Yi.")
    subtypes = {c.subtype for c in doc.claims}
    assert {"visit", "meeting"} <= subtypes
    visit = next(c for c in doc.claims if c.subtype == "visit")
    assert code(actors, visit.actor) == "RUS" and code(actors, visit.recipient) == "CHN"
    assert doc.times and visit.time == doc.times[0].id


def test_capability_and_conditional_clauses_yield_no_claims():
    doc, _, _ = claims_of("The howitzers can strike targets 30 kilometers away. "
                          "If deployed, they would be hard to find.")
    assert doc.claims == []
    assert doc.notes and "no claims" in doc.notes[0]


def test_page_furniture_is_skipped_with_a_reason():
    doc, _, _ = claims_of("Troops entered the village on Monday. Sign up for our newsletter "
                          "to get updates on the attacks.")
    assert all("newsletter" not in c.evidence.text for c in doc.claims)
    assert any("furniture" in s.reason for s in doc.skipped)


def test_unattributed_claim_is_credited_to_the_outlet():
    doc, actors, _ = claims_of("Russian forces shelled Kharkiv overnight.", outlet="Example Wire")
    [c] = [c for c in doc.claims if c.type == "ASSAULT"]
    assert (c.source.kind, c.source.name, c.certainty) == ("author", "Example Wire", "asserted")
    assert code(actors, c.actor) == "RUS"


def test_request_content_is_not_an_event():
    doc, _, _ = claims_of("Kyiv called on its allies to supply more air defence systems.")
    assert [c.type for c in doc.claims] == ["REQUEST"]


def test_every_act_a_request_asks_for_belongs_to_the_request():
    doc, _, _ = claims_of("The agency called on all parties to respect the truce and to stop "
                          "shelling residential areas.")
    assert [c.type for c in doc.claims] == ["REQUEST"]
    doc, _, _ = claims_of("The envoy called for an end to the air strikes on the city.")
    assert [c.type for c in doc.claims] == ["REQUEST"]


def test_a_request_told_by_the_author_is_the_requesters_word():
    doc, _, _ = claims_of("Finland's president welcomed the truce and called on Moscow to respect it.")
    [c] = [c for c in doc.claims if c.type == "REQUEST"]
    assert c.source.kind != "author" and "president" in c.source.name.lower()


def test_idioms_and_states_are_no_events():
    for text in ("The minister struck a cautious note.",
                 "The defence secretary is taking part by video link.",
                 "Good morning and welcome to our live coverage.",
                 "Traffic was backed up for kilometres on the highway.",
                 "Guards armed with batons stood at the gate.",
                 "A mobile launcher makes the missile harder to find and destroy."):
        doc, _, _ = claims_of(text)
        assert doc.claims == [], text


def test_taking_part_in_an_operation_is_the_attack():
    doc, _, _ = claims_of("About 60 jets took part in the raid, the air force said.")
    assert [c.type for c in doc.claims] == ["ASSAULT"]


def test_what_an_attack_hits_is_its_target_not_an_event():
    doc, _, _ = claims_of("The ministry said its missiles had struck a meeting of army officers.")
    assert [c.type for c in doc.claims] == ["ASSAULT"]


def test_offered_help_is_aid_and_expelled_boats_are_coerced():
    assert [t for t, *_ in roles("The navy offered medical help to the injured crew.")] == ["AID"]
    assert [t for t, *_ in roles("The coast guard said it had expelled three fishing vessels.")] \
        == ["COERCE"]


def test_more_ways_news_tells_violence_and_deployments():
    cases = {
        "Gunmen set fire to a dozen shops in the market.": ("ASSAULT", "attack"),
        "Two undersea data cables were cut in the Baltic Sea.": ("ASSAULT", "equipment_loss"),
        "Rescuers recovered 30 bodies from the rubble.": ("ASSAULT", "casualties"),
        "Villagers buried 12 people on Sunday.": ("ASSAULT", "casualties"),
        "NATO said it would strengthen its presence in the region.": ("MOBILIZE", "troop_deployment"),
        "Latvia sent a navy patrol ship to guard the pipeline.": ("MOBILIZE", "weapons_movement"),
    }
    for text, expected in cases.items():
        doc, _, _ = claims_of(text)
        assert [(c.type, c.subtype) for c in doc.claims] == [expected], text


def test_reserving_the_right_to_respond_is_a_threat():
    doc, actors, _ = claims_of("Qatar said it reserves the right to respond to the attack.")
    assert ("THREATEN", "QAT") in [(c.type, code(actors, c.actor)) for c in doc.claims]


def test_dismay_accuses_with_its_bearer_as_actor():
    doc, actors, _ = claims_of("Chancellor Olaf Scholz said Germany was unhappy about the raid.")
    [c] = [c for c in doc.claims if c.type == "ACCUSE"]
    assert code(actors, c.actor) == "DEU" and c.target is None


def test_civilians_leaving_are_displaced_not_withdrawing():
    doc, _, _ = claims_of("Dozens of families have left the town, local officials said.")
    assert [(c.type, c.subtype) for c in doc.claims] == [("COERCE", None)]


def test_casualties_told_as_the_dead_among_whom_or_a_stated_figure():
    doc, _, _ = claims_of("Four journalists were among the dead.")
    assert [(c.type, c.subtype) for c in doc.claims] == [("ASSAULT", "casualties")]
    doc, _, _ = claims_of("A police spokesman put the number of dead at 14.")
    [c] = doc.claims
    assert (c.subtype, c.certainty) == ("casualties", "reported")
    assert "spokesman" in c.source.name and c.quantity is not None


def test_being_behind_an_attack_makes_the_actor_and_a_lost_jet_the_target():
    doc, actors, _ = claims_of("Officials said Iran was believed to be behind the attack.")
    assert [(c.type, code(actors, c.actor)) for c in doc.claims] == [("ASSAULT", "IRN")]
    doc, actors, _ = claims_of("One of the Russian jets went down near the coast.")
    [c] = doc.claims
    assert (c.subtype, c.actor, code(actors, c.target)) == ("equipment_loss", None, "RUS")


def test_artillery_exchanges_are_combat_and_prisoner_exchanges_an_agreement():
    doc, _, _ = claims_of("Artillery exchanges continued along the border.")
    assert [(c.type, c.subtype) for c in doc.claims] == [("ASSAULT", "combat")]
    doc, _, _ = claims_of("The two sides agreed a prisoner exchange.")
    assert "ASSAULT" not in [c.type for c in doc.claims]


def test_what_a_military_detects_is_the_other_sides_movement_in_its_report():
    doc, actors, _ = claims_of("Taiwan's defence ministry said it had detected 40 Chinese "
                               "military aircraft around the island.")
    [c] = doc.claims
    assert (c.type, code(actors, c.actor)) == ("MOBILIZE", "CHN")
    assert "ministry" in c.source.name and c.certainty == "reported"


def test_a_deal_named_but_not_made_is_no_agreement():
    for text in ("Officials said the agreement had collapsed by Sunday.",
                 "Turkey says it is enforcing the truce along the border.",
                 "The envoy arrived for talks on a plan for a ceasefire."):
        doc, _, _ = claims_of(text)
        assert "AGREE" not in [c.type for c in doc.claims], text
    doc, _, _ = claims_of("The army announced a ceasefire on Wednesday.")
    assert "AGREE" in [c.type for c in doc.claims]


def test_standing_control_and_rehearsals_are_no_events():
    for text in ("Analysts say the loss hurts the militia, which still controls most of the west.",
                 "A spokesman said the drills practised blockading the ports."):
        doc, _, _ = claims_of(text)
        assert not [c for c in doc.claims if c.type == "COERCE"], text
    doc, _, _ = claims_of("Ukraine says it holds 1,000 square kilometres of the region.")
    assert [c.type for c in doc.claims] == ["COERCE"]


def test_an_event_is_no_ones_voice_and_observers_are_no_actors():
    doc, _, _ = claims_of("The prisoner swap, agreed at talks in Geneva last week, freed 90 "
                          "soldiers on each side.")
    assert all(c.source.kind == "author" for c in doc.claims)
    doc, actors, _ = claims_of("The United Nations recorded 40 attacks on clinics this year.")
    [c] = doc.claims
    assert c.actor is None and c.source.name == "The United Nations"


def test_a_weapons_tests_flight_is_the_testers_mobilization():
    doc, actors, _ = claims_of(
        "North Korea said it had test-fired a new ICBM on Thursday. Leader Kim Jong Un oversaw "
        "the test. Japan said the missile reached an altitude of more than 6,000 km and the "
        "flight lasted about 80 minutes. It came down in the sea west of Hokkaido.")
    assert [c.type for c in doc.claims] == ["MOBILIZE"] * 5
    assert {code(actors, c.actor) for c in doc.claims} == {"PRK"}
    heights = [q for q in doc.quantities if q.value == 6000]
    assert heights and any(c.quantity == heights[0].id for c in doc.claims)


def test_flight_words_outside_a_weapons_test_are_no_claims():
    doc, _, _ = claims_of("The delegation's flight lasted nine hours. It came down to money.")
    assert doc.claims == []


def test_labels_that_charge_are_accusations():
    for text in ("Latvia's foreign minister called the incursion an extraordinarily brazen act.",
                 "Ankara regards the militia as an offshoot of the PKK."):
        doc, _, _ = claims_of(text)
        assert "ACCUSE" in [c.type for c in doc.claims], text


def test_broader_conflict_vocabulary():
    cases = {"Militias razed three villages.": "ASSAULT",
             "Gunmen gunned down two officers.": "ASSAULT",
             "The authorities evicted hundreds of families.": "COERCE",
             "The group recruited 500 fighters.": "MOBILIZE",
             "Senegal extradited the suspect.": "COERCE",
             "The two governments concluded a defence pact.": "AGREE",
             "The ministry deplored the raid.": "ACCUSE",
             "The rebels agreed to disband their units.": "RETREAT"}
    for text, expected in cases.items():
        doc, _, _ = claims_of(text)
        assert expected in [c.type for c in doc.claims], text


def test_what_people_fled_is_no_event_and_hosting_refugees_no_visit():
    doc, _, _ = claims_of("The town hosts thousands of people who fled fighting in the north.")
    assert [c.type for c in doc.claims] == []
    doc, actors, _ = claims_of("Iraq hosts roughly 2,500 US troops.")
    assert [c.type for c in doc.claims] != []


def roles(text):
    doc, actors, _ = claims_of(text)
    return [(c.type, code(actors, c.actor), code(actors, c.recipient), code(actors, c.target))
            for c in doc.claims]


def test_object_demonym_is_the_target_of_a_sanction():
    assert ("SANCTION", "CHE", None, "RUS") in roles("Switzerland expelled two Russian diplomats on Monday.")


def test_subject_of_a_demanded_clause_is_the_recipient():
    assert ("REQUEST", "CHN", "JPN", None) in roles(
        "Beijing demanded that Japan halt the patrols near the islands.")


def test_party_in_the_threatened_act_is_the_target():
    assert ("THREATEN", "ARM", None, "AZE") in roles(
        "Armenia threatened to cut ties with Azerbaijan over the blockade.")


def test_weapon_maker_is_not_the_target_of_an_attack():
    assert ("ASSAULT", "RUS", None, "UKR") in roles("Russia used Iranian drones to strike Kyiv on Tuesday.")
    assert ("ASSAULT", "RUS", None, "UKR") in roles("Russia fired dozens of Iranian drones at Odesa overnight.")


def test_object_of_an_invasion_noun_is_the_target():
    assert ("ASSAULT", "TUR", None, "SYR") in roles("Critics condemned Turkey's invasion of northern Syria.")


def test_protest_is_addressed_to_the_state_where_it_is_held():
    assert ("PROTEST", None, None, "GEO") in roles("Thousands of students protested in Tbilisi on Sunday.")


def test_passive_subject_supplied_with_is_the_recipient():
    assert ("AID", None, "GEO", None) in roles(
        "Georgia will be supplied with anti-tank missiles, the ministry said.")


def test_coordinated_subjects_agree_with_each_other():
    assert ("AGREE", "SRB", "HUN", None) in roles("Serbia and Hungary agreed to build a new pipeline.")


def test_partitive_figure_is_the_part():
    doc, _, quants = claims_of("Two out of five missiles fired at Odesa overnight were "
                               "Iranian-made, the governor said.")
    [c] = [c for c in doc.claims if c.subtype == "attack"]
    assert quants[c.quantity].value == 2


def test_definite_description_source_is_the_body_named_before():
    doc, _, _ = claims_of("South Korea's National Intelligence Service said on Friday that "
                          "3,000 troops had arrived in Russia. The agency said the total could "
                          "eventually reach 12,000 soldiers.")
    sources = {c.source.actor for c in doc.claims if c.subtype == "troop_deployment"}
    assert len(sources) == 1 and None not in sources
    later = [c for c in doc.claims if "agency" in c.evidence.text]
    assert later and later[0].source.mention.text == "The agency"


def test_a_linked_headline_marked_photos_is_furniture():
    doc, _, _ = claims_of("Troops entered the village on Monday.\n"
                          "- Drones hit a depot near Odesa in overnight attack (photos)")
    assert [c.evidence.text for c in doc.claims if "depot" in c.evidence.text] == []


def test_new_plover_triggers_type_general_political_events():
    doc, actors, _ = claims_of("Turkey praised the agreement on Monday. "
                               "Gunmen assassinated a provincial governor in Kandahar. "
                               "Hundreds of rebels surrendered to the army last week.")
    types = {c.trigger.text: c.type for c in doc.claims}
    assert types.get("praised") == "SUPPORT"
    assert types.get("assassinated") == "ASSAULT"
    assert types.get("surrendered") == "RETREAT"


def test_a_warning_is_a_claim_only_when_its_content_is_no_event_of_its_own():
    doc, _, _ = claims_of("The envoy warned that the truce could still collapse.")
    assert ("THREATEN", "warning") in [(c.type, c.subtype) for c in doc.claims]
    doc, _, _ = claims_of("Analysts warned that Russia could attack Odesa next week.")
    assert [c.subtype for c in doc.claims] == ["attack"]
    assert doc.claims[0].certainty == "possible"


def test_a_blank_line_ends_a_sentence():
    doc, _, _ = claims_of("Rebels seize border town\n\nBy A. Writer\n\n"
                          "GOMA, Jan 27 (Example Wire) - Rebels seized the town of Bunagana "
                          "on Monday, officials said.")
    sents = [s.text for s in doc.spacy.sents] if doc.spacy is not None else None
    evidence = {c.evidence.text for c in doc.claims}
    assert not any("By A. Writer" in e for e in evidence)
    assert any(e.startswith("GOMA, Jan 27") for e in evidence), (sents, evidence)


def test_a_bare_definite_event_noun_of_a_verb_that_is_no_event_refers_back():
    doc, _, _ = claims_of("Israel and Hezbollah held talks in Cairo on Monday. "
                          "The talks do not cover Gaza. The package also includes drones.")
    assert [c.trigger.text for c in doc.claims if "Gaza" in c.evidence.text] == []
    assert [c.trigger.text for c in doc.claims if "drones" in c.evidence.text] == ["package"]


def test_an_event_noun_takes_the_modality_of_its_verb():
    doc, _, _ = claims_of("Hamas is believed to be holding about 100 hostages. "
                          "An agreement on the jets is expected next month.")
    by = {c.trigger.text: c for c in doc.claims}
    capture = next(c for c in doc.claims if c.subtype == "capture")  # holding hostages
    assert capture.certainty == "believed"
    assert by["agreement"].certainty == "possible"


def test_a_named_charge_is_the_claim_and_acts_charged_by_no_one_named_are_alleged():
    doc, _, _ = claims_of("Kyiv accused Russian troops of shelling Kherson on Monday. "
                          "Wagner faced allegations of carrying out raids against civilians.")
    by = {c.trigger.text: c for c in doc.claims}
    # a named accuser's charge is the claim; the act charged is no claim of its own
    assert by["accused"].type == "ACCUSE" and by["accused"].certainty == "alleged"
    assert "shelling" not in by
    # with no accuser named, the act is told as alleged: "carrying out raids" is one attack (told by "carrying", with "raids" as its object)
    [raids] = [c for c in doc.claims if c.type == "ASSAULT" and "Wagner" in c.evidence.text]
    assert raids.certainty == "alleged"


def test_sources_named_nearer_than_the_reporting_verb_and_bodies_with_their_of_phrase():
    doc, _, _ = claims_of(
        "Hezbollah said the barrage answered a strike on Beirut that killed at least 29 people, "
        "according to Lebanon's health ministry. A U.N. group of experts said Rwandan troops "
        "were fighting in Goma. Although no casualties were reported, the network condemned "
        "the shelling, calling it an escalation.")
    by = {c.trigger.text: c for c in doc.claims}
    assert "health ministry" in by["killed"].source.name
    assert by["fighting"].source.name.endswith("group of experts")
    assert by["condemned"].source.name == "the network"


def test_stance_claims_carry_the_certainty_of_the_stance():
    doc, _, _ = claims_of("Tehran has denied any role. The envoy warned that the truce could "
                          "collapse. Kyiv accused Moscow of lying.")
    by = {c.trigger.text: c for c in doc.claims}
    assert by["denied"].certainty == "denied" and by["denied"].type == "REJECT"
    assert by["warned"].certainty == "possible"
    assert by["accused"].certainty == "alleged"


def test_asking_not_to_be_named_is_no_request():
    doc, _, _ = claims_of("A local official, who asked not to be named, said 40 soldiers were "
                          "killed. Kenya asked the UN to send more troops.")
    assert [c.trigger.text for c in doc.claims if c.type == "REQUEST"] == ["asked"]
    assert all("official" not in c.evidence.text for c in doc.claims if c.type == "REQUEST")


def test_pledges_of_an_act_figurative_losses_and_described_backing():
    doc, _, _ = claims_of("Kenya has pledged to send another 600 officers. The toll on daily "
                          "life is heavy. Army units, backed by clan militias, killed 30 fighters.")
    types = [(c.trigger.text, c.type) for c in doc.claims]
    assert ("send", "AID") in types or ("send", "MOBILIZE") in types
    assert not [t for t in types if t[0] in ("pledged", "toll", "backed")]


def test_sources_an_apposed_person_an_it_that_keeps_reporting_and_no_apposition_in_names():
    doc, _, _ = claims_of(
        "Ukraine's air force said Russia launched 70 drones at Kyiv. Russia also fired nine "
        "missiles, all of which were intercepted, it said. The chief of the general staff, "
        "Valery Gerasimov, said troops had retaken Sudzha. Kataib Hezbollah, one of the "
        "strongest militias in Iraq, said it attacked a base.")
    by = {c.trigger.text: c for c in doc.claims}
    assert "air force" in by["fired"].source.name.lower()
    assert by["retaken"].source.name == "Valery Gerasimov"
    assert by["attacked"].source.name == "Kataib Hezbollah"


def test_a_toll_put_at_a_figure_is_the_subjects_report_not_their_act():
    doc, actors, quants = claims_of(
        "Gunmen attacked a village near Djibo on Sunday. A local official put the toll at 40.")
    [c] = [c for c in doc.claims if c.subtype == "casualties"]
    assert c.actor is None and quants[c.quantity].value == 40
    assert (c.source.name, c.source.kind, c.cue) == ("A local official", "official", "put the toll at")


def test_the_agent_of_a_passive_claim_is_the_source():
    doc, _, _ = claims_of("The raid on the army base was claimed by JNIM.")
    [c] = [c for c in doc.claims if c.type == "ASSAULT"]
    assert c.source.name == "JNIM" and c.certainty == "alleged"


def test_a_question_asserts_no_event():
    doc, _, _ = claims_of("How many troops did Pyongyang send to Russia?")
    assert doc.claims == []
    assert any("question" in s.reason for s in doc.skipped)


def test_seizing_power_and_stopped_attacks_are_no_events():
    doc, _, _ = claims_of("The general, who seized power in a coup in 2021, appealed for help. "
                          "The militia said it would stop attacking US bases.")
    assert [c for c in doc.claims if c.subtype in ("capture", "attack")] == []


def test_purpose_clauses_name_the_recipient_of_troops():
    doc, actors, _ = claims_of("Burundi deployed soldiers to support Congolese forces. "
                               "Pyongyang began sending troops to help Moscow push Ukraine out.")
    pairs = {(code(actors, c.actor), code(actors, c.recipient)) for c in doc.claims
             if c.subtype == "troop_deployment"}
    assert pairs == {("BDI", "COD"), ("PRK", "RUS")}


def test_weapons_of_the_reporter_and_nationality_of_the_target():
    doc, actors, _ = claims_of("Ukraine says its sea drones shot down two Russian fighter jets.")
    [c] = [c for c in doc.claims if c.subtype == "equipment_loss"]
    assert (code(actors, c.actor), code(actors, c.target)) == ("UKR", "RUS")


def test_generic_rebels_are_the_armed_group_the_article_names():
    doc, actors, _ = claims_of("M23 fighters advanced on Bukavu last week, and M23 said it "
                               "would hold the airport. Rebels seized the city on Sunday.")
    [c] = [c for c in doc.claims if c.subtype == "capture" and "Rebels" in c.evidence.text]
    assert actors[c.actor].name == "M23" and c.inferred.get("actor") == "document"


def test_denying_an_allegation_is_a_rejection():
    doc, _, _ = claims_of("Rights groups accused the police of torture. The interior ministry "
                          "denied the allegation.")
    [c] = [c for c in doc.claims if "denied" in c.evidence.text]
    assert (c.type, c.certainty) == ("REJECT", "denied")


def test_permission_to_strike_is_no_strike_and_partners_are_not_the_possessor():
    doc, actors, _ = claims_of("Kyiv asked its partners for permission to hit airfields inside "
                               "Russia. Kyiv's Western partners have promised more air defences.")
    assert not [c for c in doc.claims if c.type == "ASSAULT"]
    assert all(code(actors, c.actor) != "UKR" for c in doc.claims if "promised" in c.evidence.text)


def test_a_sources_relative_clause_after_according_to_is_no_event():
    doc, _, _ = claims_of("About 300 soldiers were killed, according to a lawmaker who attended "
                          "the briefing.")
    assert [c.subtype for c in doc.claims] == ["casualties"]


def test_suspending_operations_is_a_withdrawal_and_cutting_ties_a_sanction():
    doc, actors, _ = claims_of("The militia suspended its military operations on Tuesday. "
                               "Chad cut diplomatic ties with Sudan.")
    assert [c.type for c in doc.claims] == ["RETREAT", "SANCTION"]
    assert code(actors, doc.claims[1].target) == "SDN"


def test_a_reported_consequence_with_a_modal_is_a_warning():
    doc, _, _ = claims_of("The UN chief said the strikes could trigger further displacement. "
                          "He said the talks would resume on Monday.")
    warnings = [c for c in doc.claims if c.subtype == "warning"]
    assert [(c.trigger.text, c.certainty) for c in warnings] == [("trigger", "possible")]


def test_retaliating_with_strikes_names_the_attacker():
    doc, actors, _ = claims_of("Israel responded to the missile fire with air strikes on Monday.")
    [c] = [c for c in doc.claims if c.subtype == "attack"]
    assert code(actors, c.actor) == "ISR"


def test_fleeing_people_are_counted_and_a_toll_takes_the_figure_it_rose_to():
    doc, _, quants = claims_of("The fighting forced up to 400,000 people to flee. The death toll "
                               "has risen to 3,085, officials said.")
    flee = next(c for c in doc.claims if c.trigger.text == "flee")
    assert quants[flee.quantity].value == 400000
    toll = next(c for c in doc.claims if c.trigger.text == "toll")
    assert quants[toll.quantity].value == 3085


def test_held_hostages_released_persons_and_a_denied_deployment_are_events():
    doc, actors, _ = claims_of("Fifty-eight hostages are still being held in Gaza. Hamas released "
                               "soldier Edan Alexander this month. Russia and North Korea have "
                               "never acknowledged the deployment.")
    by = {c.trigger.text: c for c in doc.claims}
    assert by["held"].subtype == "capture" and by["released"].type == "RETREAT"
    assert (by["deployment"].subtype, by["deployment"].certainty) == ("troop_deployment", "denied")


def test_the_origin_of_a_launch_is_the_attacker_and_its_heading_the_target():
    doc, actors, _ = claims_of("About 100 drones were launched from Iran towards Israeli "
                               "territory, the military said.")
    [c] = [c for c in doc.claims if c.subtype == "attack"]
    assert (code(actors, c.actor), code(actors, c.target)) == ("IRN", "ISR")


def test_an_accusation_told_by_the_author_is_the_accusers_claim():
    doc, actors, _ = claims_of("Niamey blamed the Islamic State in the Sahel for the attack.")
    [c] = [c for c in doc.claims if c.type == "ACCUSE"]
    assert (c.source.name, c.source.kind, code(actors, c.source.actor)) == ("Niamey", "government", "NER")


def test_a_claim_takes_a_date_before_a_frequency():
    doc = extract("The governor said militants had carried out near-daily attacks on army "
                  "positions since January.", published="2025-05-21")
    [c] = [c for c in doc.claims if c.subtype == "attack"]
    t = next(t for t in doc.times if t.id == c.time)
    assert (t.text, t.earliest) == ("January", "2025-01-01")


def test_boosting_military_spending_is_mobilization_and_deterred_acts_are_not_told():
    doc, actors, _ = claims_of("The invasion has raised security fears. Poland has vowed to "
                               "boost military spending to deter Russian aggression.")
    types = [(c.trigger.text, c.type) for c in doc.claims]
    assert ("boost", "MOBILIZE") in types and ("invasion", "ASSAULT") in types
    assert not any(t == "aggression" for t, _ in types)


def test_parties_of_talks_come_through_a_raising_verb():
    doc, actors, _ = claims_of("Ukrainian and Russian representatives are set to resume their "
                               "negotiations on Wednesday.")
    [c] = [c for c in doc.claims if c.subtype == "meeting"]
    assert {code(actors, c.actor), code(actors, c.recipient)} == {"UKR", "RUS"}


def test_a_denied_act_is_not_merged_with_an_asserted_one():
    doc, _, _ = claims_of("The ministry says its forces target only military infrastructure "
                          "and denies attacking civilians.")
    assert sorted(c.certainty for c in doc.claims if c.type == "ASSAULT") == ["denied", "reported"]


def test_a_pledge_of_support_or_a_threat_told_by_the_author_is_the_speakers_claim():
    doc, actors, _ = claims_of("Kim Jong Un reiterated his country's full support for Russia. "
                               "Britain threatened new sanctions on Tehran.")
    sources = {c.subtype or c.type: c.source.name for c in doc.claims}
    assert sources.get("support_statement") == "Kim Jong Un"
    assert any(c.source.name == "Britain" for c in doc.claims if c.type in ("THREATEN", "SANCTION"))


def test_calling_something_a_crime_is_an_accusation_but_a_neutral_name_is_not():
    doc, _, _ = claims_of("Peskov called the sanctions illegal. The invasion, which Russia "
                          "calls a special military operation, has raised fears.")
    accusations = [c for c in doc.claims if c.type == "ACCUSE"]
    assert [(c.trigger.text, c.source.name) for c in accusations] == [("called", "Peskov")]


def test_dismissals_conditional_threats_and_troop_moves():
    doc, _, _ = claims_of("Kremlin aide Yuri Ushakov dismissed the suggestion. Netanyahu said "
                          "his forces would strike hard if Hezbollah broke the deal. Up to "
                          "5,000 soldiers are expected to move into the area.")
    by = {c.trigger.text: (c.type, c.subtype) for c in doc.claims}
    assert by["dismissed"] == ("REJECT", None)
    assert by["strike"] == ("THREATEN", "warning")
    assert by["move"] == ("MOBILIZE", "troop_deployment")


def test_a_sanctions_package_is_a_sanction():
    doc, _, _ = claims_of("The EU adopted a 16th package of sanctions against Russia on Monday. "
                          "EU unveils new sanctions package.")
    assert [c.type for c in doc.claims] == ["SANCTION", "SANCTION"]


def test_a_sentence_opening_with_by_is_no_byline_and_a_ceasefire_in_force_is_told():
    doc, _, _ = claims_of("By the time neighbours reached the car, the two men inside were dead, "
                          "the health ministry said. The ceasefire has formally taken effect.")
    assert sorted(c.subtype for c in doc.claims) == ["agreement", "casualties"]


def test_a_figure_put_at_through_a_long_phrase_and_an_event_that_only_dates_another():
    doc, actors, quants = claims_of("Lebanese officials put the overall death toll from Israeli "
                                    "fire since the ceasefire at around 280.")
    assert [c.subtype for c in doc.claims] == ["casualties"]
    [c] = doc.claims
    assert (c.source.name, quants[c.quantity].value, code(actors, c.actor)) == \
        ("Lebanese officials", 280, "ISR")


def test_the_receiver_of_arms_is_the_recipient_and_the_supplier_the_actor():
    doc, actors, _ = claims_of("Kyiv received 40 tanks from Germany in March. Russia had "
                               "received shipments of Iranian missiles.")
    pairs = [(code(actors, c.actor), code(actors, c.recipient)) for c in doc.claims]
    assert pairs == [("DEU", "UKR"), ("IRN", "RUS")]


def test_contact_lines_weapon_specs_and_sanctions_packages_make_no_aid():
    doc, _, _ = claims_of("Britain said it was sanctioning more than 100 individuals, its largest "
                          "package so far. The missile carries a warhead of 150 kilograms. "
                          "Media contact: Jane Doe, communications officer | Donate now")
    assert [c.type for c in doc.claims] == ["SANCTION"]


def test_joining_a_leader_at_a_summit_is_a_meeting_with_that_leader():
    doc, actors, _ = claims_of("On Monday the Polish and Czech prime ministers joined President "
                               "Volodymyr Zelensky at a summit.")
    [c] = [c for c in doc.claims if c.subtype == "meeting"]
    assert actors[c.recipient].name == "Volodymyr Zelensky"


def test_calls_for_something_are_requests_and_a_call_with_a_leader_is_talks():
    doc, actors, _ = claims_of("The UN called for a ceasefire. The minister held a call with "
                               "Vladimir Putin on Friday.")
    kinds = [(c.type, c.subtype) for c in doc.claims]
    assert kinds == [("REQUEST", None), ("CONSULT", "meeting")]
    assert actors[doc.claims[1].recipient].name == "Vladimir Putin"


def test_new_violence_and_transfer_verbs_type_their_events():
    found = roles("A Russian warship collided with a Latvian patrol boat on Monday. "
                  "The army said it had neutralised 14 militants near the border. "
                  "Israel is believed to have knocked out two radar sites in Syria. "
                  "Belarusian officers have handed the fighters rifles and ammunition.")
    types = [r[0] for r in found]
    assert types.count("ASSAULT") == 3 and "AID" in types


def test_under_fire_the_subject_is_hit_and_from_names_the_shooter():
    assert ("ASSAULT", "RUS", None, "UKR") in roles(
        "A Ukrainian convoy came under fire from Russian troops near the border on Monday.")


def test_came_is_an_event_only_under_fire():
    doc, _, _ = claims_of("Russian troops shelled Kherson on Friday. The shelling came days "
                          "before the talks in Geneva, which ended without a result.")
    assert [c.trigger.text for c in doc.claims if c.type == "ASSAULT"] == ["shelled"]


def test_an_announced_ceasefire_is_told_but_one_only_sought_is_not():
    doc, _, _ = claims_of("Hours later the defence ministry announced a ceasefire in the capital.")
    assert [c.type for c in doc.claims] == ["AGREE"]
    doc, _, _ = claims_of("Egypt said it would pause its mediation until both sides showed more "
                          "willingness to reach a deal.")
    assert "AGREE" not in [c.type for c in doc.claims]


def test_orders_entries_departures_and_air_activity_are_events():
    found = roles("President Lula has ordered 5,000 troops to the northern border. "
                  "Wagner said it was leaving Mali. "
                  "Twelve of the Chinese aircraft had crossed the median line. "
                  "At least two Indian jets had crashed near the border. "
                  "Around 40 aircraft took part in the operation.")
    types = [r[0] for r in found]
    assert types == ["MOBILIZE", "RETREAT", "MOBILIZE", "ASSAULT", "ASSAULT"]
    assert found[0][1] == "BRA"


def test_weapons_that_come_from_a_state_are_its_transfer_but_a_drone_that_came_is_not():
    assert ("AID", "PRK", None, None) in roles(
        "Officials say roughly half of the shells fired by Russian guns came from North Korea.")
    doc, _, _ = claims_of("The drone came in the late afternoon, residents said.")
    assert "AID" not in [c.type for c in doc.claims]


def test_arms_transfers_between_unnamed_parties_stay_transfers():
    doc, _, _ = claims_of("Both governments have denied that any arms transfers are taking place.")
    assert [(c.type, c.subtype, c.certainty) for c in doc.claims] == [("AID", "arms_transfer", "denied")]


def test_ships_sent_into_waters_are_a_movement_not_a_gift():
    doc, actors, _ = claims_of("Manila said China had sent more than a dozen coast guard ships "
                               "into waters near the shoal.")
    assert [(c.type, c.subtype, code(actors, c.actor)) for c in doc.claims] == [
        ("MOBILIZE", "weapons_movement", "CHN")]


def test_condemning_an_event_told_before_targets_its_author_and_adds_no_event():
    doc, actors, _ = claims_of("China began large-scale drills around Taiwan on Tuesday. "
                               "In Taipei, the presidential office condemned the drills.")
    assert [(c.type, code(actors, c.actor)) for c in doc.claims] == [("MOBILIZE", "CHN"), ("ACCUSE", "TWN")]
    accuse = doc.claims[1]
    assert code(actors, accuse.target) == "CHN" and accuse.inferred["target"] == doc.claims[0].id


def test_pushed_out_of_a_place_is_a_withdrawal_of_the_pushed_side():
    assert ("RETREAT", "UKR", None, None) in roles("Ukrainian troops were pushed out of the Kursk region in March.")
    assert ("RETREAT", "UKR", None, None) in roles("Russian forces pushed Ukrainian troops out of Kursk.")


def test_votes_condemnations_and_abandoned_positions_are_events():
    found = roles("The United States voted against the resolution on Monday. "
                  "The Security Council voted to extend the mission's mandate. "
                  "France and Germany issued separate condemnations. "
                  "Syrian troops abandoned their positions in the buffer zone.")
    assert [r[0] for r in found] == ["REJECT", "AGREE", "ACCUSE", "RETREAT"]
    doc, _, _ = claims_of("Members will vote on the resolution next week.")
    assert doc.claims == []


def test_carrying_out_a_strike_is_an_attack_and_leaving_people_dead_a_toll():
    doc, actors, _ = claims_of("The ministry said Russia had carried out a massive strike on air "
                               "bases in Ukraine.")
    assert [(c.type, c.subtype) for c in doc.claims if c.trigger.text == "carried"] == [
        ("ASSAULT", "attack")]
    doc, _, _ = claims_of("Rival militias fought for two days, leaving 32 people dead.")
    assert "casualties" in [c.subtype for c in doc.claims]


def test_pushing_or_sweeping_into_a_place_is_fighting_or_taking_it():
    found = roles("Rebel fighters swept into the city of Hama on Friday. "
                  "Gangs are pushing into the rural areas north of the capital.")
    assert [r[0] for r in found] == ["COERCE", "ASSAULT"]


def test_civilians_leaving_an_area_is_no_withdrawal():
    doc, _, _ = claims_of("About 30,000 civilians were able to leave threatened areas on Tuesday.")
    assert "RETREAT" not in [c.type for c in doc.claims]
    assert ("RETREAT", "ISR", None, None) in roles("Israeli troops will withdraw from southern Lebanon.")


def test_a_denial_told_by_the_author_is_the_deniers_word():
    doc, _, _ = claims_of("Kenya accused the militia of attacking the convoy, an accusation the "
                          "group denies.")
    [reject] = [c for c in doc.claims if c.type == "REJECT"]
    assert reject.source.name == "the group" and reject.source.kind != "author"


def test_x_followed_repeats_the_event_before_for_the_new_side():
    doc, actors, _ = claims_of("Mali cut diplomatic ties with Ukraine on Sunday. Niger followed "
                               "two days later.")
    first, second = doc.claims
    assert (first.type, second.type) == ("SANCTION", "SANCTION")
    assert (code(actors, second.actor), code(actors, second.target)) == ("NER", "UKR")
    assert second.evidence.text.startswith("Niger followed")


def test_followed_with_an_object_is_no_ellipsis():
    doc, _, _ = claims_of("Mali cut diplomatic ties with Ukraine. The talks followed weeks of "
                          "fighting.")
    assert [c.type for c in doc.claims] == ["SANCTION"]


def test_an_event_noun_erupting_is_told_but_one_dating_another_is_not():
    doc, _, _ = claims_of("The fighting erupted on Sunday in the southern province.")
    assert [(c.type, c.trigger.text) for c in doc.claims] == [("ASSAULT", "fighting")]
    doc, _, _ = claims_of("Hezbollah has fired rockets at Israel since the conflict began.")
    assert [c.trigger.text for c in doc.claims] == ["fired"]


def test_wounds_treated_hurt_and_sized_losses_are_casualties():
    for text in ("Dozens of others were being treated in hospital.", "No one was hurt.",
                 "Pro-Kremlin bloggers acknowledged heavy casualties among the troops."):
        doc, _, _ = claims_of(text)
        assert [c.subtype for c in doc.claims] == ["casualties"], text


def test_retaking_and_signing_a_declaration_are_found():
    doc, _, _ = claims_of("Government forces retook the town of Gao in March.")
    assert [(c.type, c.subtype) for c in doc.claims] == [("COERCE", "capture")]
    doc, _, _ = claims_of("The two presidents signed a joint declaration in Washington.")
    assert [c.type for c in doc.claims] == ["AGREE"]


def test_jets_sent_to_bomb_tell_the_strike_not_a_transfer():
    doc, actors, _ = claims_of("Thailand sent F-16 fighter jets on Thursday to bomb Cambodian "
                               "military positions.")
    assert [(c.type, code(actors, c.actor)) for c in doc.claims] == [("ASSAULT", "THA")]


def test_missiles_sent_to_another_side_stay_a_transfer():
    doc, actors, _ = claims_of("The US sent ATACMS missiles to Ukraine to strike Russian bases.")
    assert ("AID", "USA", "UKR") in [(c.type, code(actors, c.actor), code(actors, c.recipient))
                                     for c in doc.claims]


def test_conceding_that_reports_the_fact_conceding_defeat_is_the_event():
    doc, _, _ = claims_of("The army conceded only that it had suffered significant losses.")
    assert [c.type for c in doc.claims] == ["ASSAULT"]
    doc, _, _ = claims_of("The government conceded defeat on Sunday.")
    assert [c.type for c in doc.claims] == ["CONCEDE"]


def test_labelled_links_to_other_pages_are_furniture():
    doc, _, _ = claims_of("Map: where Russian strikes hit on Monday\n\n"
                          "Watch: Rebels storm the airport\n\nRebels stormed the airport.")
    assert [c.evidence.text for c in doc.claims] == ["Rebels stormed the airport."]


def test_followed_repeats_the_first_event_of_the_sentence_before():
    doc, actors, _ = claims_of("Bamako cut diplomatic ties with Kyiv, accusing it of backing "
                               "terrorism. Niger followed two days later.")
    last = doc.claims[-1]
    assert (last.type, code(actors, last.actor)) == ("SANCTION", "NER")


def test_an_event_in_an_after_clause_of_a_request_is_told_not_requested():
    doc, actors, _ = claims_of("Poland asked its NATO allies on Wednesday to open consultations, "
                               "hours after Polish jets shot down Russian drones over its "
                               "territory.")
    assert ("ASSAULT", "POL") in [(c.type, code(actors, c.actor)) for c in doc.claims]
    doc, _, _ = claims_of("Kyiv called on Moscow to withdraw its troops from the region.")
    assert [c.type for c in doc.claims] == ["REQUEST"]


def test_a_sides_troops_said_to_be_somewhere_are_deployed_there():
    doc, actors, quants = claims_of("There are about 11,000 North Korean troops in the Kursk "
                                    "region.")
    [c] = doc.claims
    assert (c.type, c.subtype, code(actors, c.actor)) == ("MOBILIZE", "troop_deployment", "PRK")
    assert quants[c.quantity].value == 11000
    doc, actors, _ = claims_of("The spokesman said there were no North Korean soldiers in "
                               "Russia.")
    assert [(c.subtype, c.certainty) for c in doc.claims] == [("troop_deployment", "denied")]


def test_units_inside_another_phrase_or_without_a_side_are_no_deployment():
    for text in ('He says there is "no threat of encirclement" of Ukrainian units in Kursk.',
                 "The soldiers were in good spirits."):
        doc, _, _ = claims_of(text)
        assert not [c for c in doc.claims if c.subtype == "troop_deployment"], text


def test_the_side_said_to_be_behind_it_is_the_actor_of_the_attack_before():
    doc, actors, _ = claims_of("Gunmen opened fire in a concert hall near Moscow on Friday. "
                               "A US official said the Islamic State was believed to be "
                               "behind it.")
    last = doc.claims[-1]
    assert (last.type, last.subtype, last.certainty) == ("ASSAULT", "attack", "believed")
    assert actors[last.actor].name.endswith("Islamic State")
    assert last.source.name == "A US official"


def test_troops_due_to_leave_withdraw():
    doc, _, quants = claims_of("Its roughly 10,000 troops are due to leave next year.")
    [c] = doc.claims
    assert (c.type, quants[c.quantity].value) == ("RETREAT", 10000)


def test_slamming_into_a_building_is_an_attack_a_storm_slamming_is_not():
    doc, _, _ = claims_of("A drone slammed into a building in Tel Aviv.")
    assert [c.type for c in doc.claims] == ["ASSAULT"]
    doc, _, _ = claims_of("A powerful storm slammed into the coast on Sunday.")
    assert doc.claims == []


def test_behind_the_operation_names_the_attack_before_again():
    doc, actors, _ = claims_of("Explosions tore through homes across Lebanon on Tuesday. US "
                               "officials said Israel was believed to be behind the operation.")
    last = doc.claims[-1]
    assert (last.type, code(actors, last.actor), last.certainty) == ("ASSAULT", "ISR", "believed")


def test_a_second_contingent_following_is_more_of_the_same_deployment():
    doc, actors, quants = claims_of("North Korea sent about 11,000 troops to Russia in October. "
                                    "A second contingent of some 3,000 troops followed in "
                                    "January.")
    first, second = doc.claims
    assert (second.subtype, code(actors, second.actor)) == ("troop_deployment", "PRK")
    assert quants[second.quantity].value == 3000


def test_a_bare_count_of_more_takes_the_class_of_the_last_figure():
    doc = extract("Iran has shipped 200 missiles to Russia. Another 100 were delivered in March.",
                  published="2025-04-01")
    assert [c.subtype for c in doc.claims] == ["arms_transfer", "arms_transfer"]
    doc = extract("Another 100 were delivered in March.", published="2025-04-01")
    assert doc.claims == []  # nothing counted before: no class, no claim


def test_the_outbreak_of_a_war_is_fighting_between_its_sides():
    doc = extract("The war between the army and the militia broke out in April 2023.",
                  published="2025-01-13")
    (war,) = doc.claims
    assert (war.trigger.text, war.type, war.subtype) == ("war", "ASSAULT", "combat")
    told = extract("The war that erupted in 2023 has displaced millions of people.",
                   published="2025-01-13")
    war = next(c for c in told.claims if c.trigger.text == "war")
    assert (war.type, war.quantity) == ("ASSAULT", None)
    quiet = extract("Since the war began, prices have doubled.", published="2025-01-13")


def test_armed_men_who_flee_withdraw_and_civilians_who_flee_are_displaced():
    fighters = extract("Dozens of militia fighters fled eastwards before the army arrived, "
                       "residents said.", published="2025-01-13")
    assert [(c.type, c.subtype) for c in fighters.claims if c.trigger.text == "fled"] == [
        ("RETREAT", "withdrawal")]
    families = extract("Thousands of families fled the town on Monday.", published="2025-01-13")
    assert [c.type for c in families.claims if c.trigger.text == "fled"] == ["COERCE"]


def test_a_condition_until_and_a_visitor_leaving_are_no_withdrawals():
    doc = extract("Its leader said the captives would not be released until Israel stops its "
                  "offensive and pulls its troops out.", published="2024-10-20")
    assert not [c for c in doc.claims if c.type == "RETREAT"]
    doc = extract("After leaving Pyongyang, Putin flew to Hanoi.", published="2024-06-20")
    assert not [c for c in doc.claims if c.type == "RETREAT"]
    doc = extract("Russian troops left the town of Kherson in November.", published="2024-12-01")
    assert [c.type for c in doc.claims] == ["RETREAT"]


def test_no_object_given_denies_the_act_or_makes_no_agreement():
    doc = extract("Russia has provided no weapons to the group, the ministry said.",
                  published="2024-07-20")
    assert [(c.type, c.certainty) for c in doc.claims] == [("AID", "denied")]
    assert extract("He offered no evidence for the assertion.",
                   published="2024-07-20").claims == []


def test_neither_party_acknowledging_the_event_denies_it():
    doc = extract("North Korea has sent missiles to Russia, officials said. Neither Moscow nor "
                  "Pyongyang has formally acknowledged the transfers.", published="2025-04-25")
    told, again = doc.claims
    assert (again.trigger.text, again.type, again.certainty) == ("transfers", "AID", "denied")


@pytest.mark.slow
def test_an_event_noun_naming_a_bodys_remit_is_no_event():
    doc = extract("A UN sanctions monitoring team said the militia has about 3,000 fighters. "
                  "Ceasefire monitors arrived in the town.", published="2025-03-10")
    assert not [c for c in doc.claims if c.type in ("SANCTION", "AGREE")]


@pytest.mark.slow
def test_people_reported_or_confirmed_dead_are_casualties():
    doc = extract("Five soldiers were reported dead after the raid. The governor said at least "
                  "ten people had been confirmed dead.", published="2025-03-10")
    tolls = [(c.subtype, q.value) for c in doc.claims for q in doc.quantities
             if q.id == c.quantity]
    assert ("casualties", 5) in tolls and ("casualties", 10) in tolls


@pytest.mark.slow
def test_trying_to_take_a_town_is_fighting_for_it_not_its_capture():
    doc = extract("Russian forces have been trying to take the town since the summer. The army "
                  "captured the village on Monday.", published="2025-03-10")
    assert [(c.type, c.subtype) for c in doc.claims] == [("ASSAULT", "combat"),
                                                        ("COERCE", "capture")]


def test_no_one_claiming_an_attack_is_no_claim_of_responsibility():
    doc = extract("Gunmen attacked a convoy in Kurram on Sunday. No group has claimed "
                  "responsibility for the ambush.", published="2025-03-10")
    assert [c.trigger.text for c in doc.claims] == ["attacked"]


def test_neither_confirming_nor_denying_says_nothing():
    doc = extract("Israel has neither confirmed nor denied involvement in the raid.",
                  published="2025-03-10")
    assert doc.claims == []


def test_a_toll_said_to_rise_is_a_casualty_claim_not_a_warning():
    doc = extract("A missile hit a market in Kherson. The mayor warned that the death toll "
                  "could rise.", published="2025-03-10")
    told = [(c.type, c.subtype, c.certainty) for c in doc.claims]
    assert told[1:] == [("ASSAULT", "casualties", "possible")]
    tension = extract("The minister warned that tensions could rise further.",
                      published="2025-03-10")
    assert [(c.type, c.subtype) for c in tension.claims] == [("THREATEN", "warning")]


@pytest.mark.slow
def test_denying_a_role_in_the_attack_told_before_is_the_attack_denied():
    doc, actors, _ = claims_of("A bomb hit a bus carrying engineers near the dam on Monday. "
                               "Hezbollah denied any role in a message to reporters.")
    attack, denial = doc.claims[0], doc.claims[-1]
    assert (denial.type, denial.subtype, denial.certainty) == ("ASSAULT", "attack", "denied")
    assert denial.inferred["type"] == attack.id
    assert code(actors, denial.actor) == "LBN"
    # ties to a party are no share in an act
    doc, _, _ = claims_of("A bomb hit a bus near the dam on Monday. The party denies any "
                          "links to the gunmen.")
    assert all(c.certainty != "denied" or c.type != "ASSAULT" for c in doc.claims)


@pytest.mark.slow
def test_a_deal_suspended_welcomed_or_violated_is_no_new_agreement():
    for text in ("Seoul suspended a 2018 military agreement with Pyongyang on Tuesday.",
                 "Washington welcomed the agreement.",
                 "The rebels breached the truce within hours."):
        doc, _, _ = claims_of(text)
        assert "AGREE" not in {c.type for c in doc.claims}, text
    doc, _, _ = claims_of("Japan and the Philippines signed a defence agreement on Monday.")
    assert [c.type for c in doc.claims] == ["AGREE"]


@pytest.mark.slow
def test_a_push_towards_a_place_is_an_advance_and_likely_hedges_it():
    doc, _, _ = claims_of("The rebels pushed towards the capital on Sunday.")
    assert [(c.type, c.subtype, c.certainty) for c in doc.claims] == [
        ("ASSAULT", "combat", "asserted")]
    doc, _, _ = claims_of("Russian forces are likely to advance toward the city.")
    assert [(c.type, c.certainty) for c in doc.claims] == [("ASSAULT", "believed")]
    # a push for talks is no advance
    doc, _, _ = claims_of("Diplomats pushed for talks on Sunday.")
    assert "ASSAULT" not in {c.type for c in doc.claims}


@pytest.mark.slow
def test_a_place_or_people_shaken_by_blasts_is_an_attack():
    for text in ("Residents of the city were woken by a powerful explosion.",
                 "The capital was rocked by several blasts overnight."):
        doc, _, _ = claims_of(text)
        assert [(c.type, c.subtype) for c in doc.claims] == [("ASSAULT", "attack")], text
    for text in ("The town was shaken by the news.", "She was woken by her alarm."):
        doc, _, _ = claims_of(text)
        assert not doc.claims, text
