"""Trigger lexicon coverage: new rows type their events, common non-events stay claim-free."""
import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def _types(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.type, c.subtype) for c in extract(text).claims}


@pytest.mark.parametrize("text, expected", [
    ("Rebel fighters took the town of Kiwanja on Monday.", ("COERCE", "capture")),
    ("The garrison town fell to the insurgents after two days.", ("COERCE", "capture")),
    ("Government troops recaptured the village of Nkoto on Sunday.", ("COERCE", "capture")),
    ("The militia gained control of the airport overnight.", ("COERCE", "capture")),
    ("Police took twelve protesters into custody in Dhaka.", ("COERCE", "capture")),
    ("Gunmen opened fire on a bus near Quetta on Friday.", ("ASSAULT", "attack")),
    ("A truck rammed a checkpoint in Kabul on Tuesday.", ("ASSAULT", "attack")),
    ("A helicopter dropped barrel bombs on the town of Daraya.", ("ASSAULT", "attack")),
    ("Fighters repelled an assault on the base near Gao.", ("ASSAULT", "combat")),
    ("Mali broke off diplomatic relations with Algeria on Sunday.", ("SANCTION", "sanction")),
    ("Canada recalled its ambassador from Riyadh on Monday.", ("SANCTION", "sanction")),
    ("The Treasury designated four shipping firms in Dubai.", ("SANCTION", "sanction")),
    ("Vessels carried artillery shells from Rajin to Vladivostok.",
     ("MOBILIZE", "weapons_movement")),
    ("Macron spoke by phone with Erdogan on Wednesday.", ("CONSULT", "meeting")),
    ("Armenia and Azerbaijan exchanged prisoners near the border on Friday.",
     ("AGREE", "agreement")),
])
def test_new_rows_type_events(text, expected):
    assert expected in _types(text)


def test_freeing_people_is_a_release():
    assert ("RETREAT", None) in _types("The rebels freed five hostages in Bamako on Friday.")


def test_looting_is_assault_without_subtype():
    assert ("ASSAULT", None) in _types("Rioters looted shops in Pretoria on Tuesday.")


def test_drills_are_mobilization():
    assert any(t == "MOBILIZE" for t, _ in _types(
        "China held large military drills around Taiwan on Monday."))


@pytest.mark.parametrize("text", [
    "Soldiers took part in the parade in Seoul.",
    "The ceremony took place in Kinshasa on Monday.",
    "Oil prices fell to a two-year low.",
    "The minister spoke at length about the economy.",
    "Farmers set up stalls in the market.",
])
def test_non_events_stay_claim_free(text):
    assert extract(text).claims == []


def test_take_place_keeps_the_event_noun():
    # inflected forms keep "take" out of the lemmas that background nouns near them
    assert ("ASSAULT", "attack") in _types(
        "The Russian missile attack on Kharkiv took place on Monday.")


def test_holding_places_troops_abroad_denials_and_commitments():
    doc = extract("The rebels held most of Kherson on Wednesday. Kenya has roughly 400 officers "
                  "in the country. Tehran has denied any role. Kenya has pledged to send "
                  "another 600 officers. The exhibition was held in the capital.",
                  published="2025-01-29")
    by = {c.trigger.text: c for c in doc.claims}
    assert by["held"].subtype == "capture" and "Kherson" in by["held"].evidence.text
    assert by["has"].subtype == "troop_deployment"
    assert by["denied"].type == "REJECT"
    assert by["send"].subtype == "troop_deployment"
    assert not [c for c in doc.claims if "exhibition" in c.evidence.text]


def test_displacement_support_and_the_purpose_of_what_is_sent():
    doc = extract("More than 12 million people have been forced from their homes. "
                  "Washington would continue to support Taiwan. North Korea shipped 1,500 "
                  "troops to the Far East to support Russia.", published="2025-04-02")
    by = {c.trigger.text: c for c in doc.claims}
    assert by["forced"].type == "COERCE"
    assert by["support"].type == "SUPPORT" and "Washington" in by["support"].evidence.text
    assert not [c for c in doc.claims if c.type == "SUPPORT" and "shipped" in c.evidence.text]


def test_promised_deliveries_contributed_troops_and_undisclosed_losses():
    doc = extract("Western partners have promised more air defence systems to Kyiv. Egypt has "
                  "pledged to contribute soldiers to the force. Russia does not publish its "
                  "own losses.", published="2025-04-02")
    by = {c.trigger.text: c for c in doc.claims}
    assert by["promised"].type == "AID" and by["promised"].subtype == "arms_transfer"
    assert by["contribute"].subtype == "troop_deployment" and "pledged" not in by
    assert "losses" not in by


def test_relative_clause_objects_and_advances():
    doc = extract("The treaty that Kim Jong Un and Vladimir Putin signed in Pyongyang gives both "
                  "sides cover. The rebels could push on toward Bukavu.", published="2025-03-01")
    types = {c.trigger.text: (c.type, c.subtype) for c in doc.claims}
    assert ("AGREE", "agreement") in types.values()  # told by "treaty" or "signed"
    assert types.get("push") == ("ASSAULT", "combat")


def test_bodies_count_the_dead_only_with_a_number():
    doc = extract("At least 100 bodies have been brought to the main hospital. A UN body "
                  "condemned the shelling.", published="2025-01-29")
    bodies = [c for c in doc.claims if c.trigger.text == "bodies"]
    assert len(bodies) == 1 and bodies[0].subtype == "casualties" and bodies[0].quantity
    assert not [c for c in doc.claims if c.trigger.text == "body"]


def test_burning_boarding_brokering_and_executions_are_events():
    doc = extract("Gunmen burned dozens of homes in the village. Commandos boarded the tanker "
                  "off Hodeidah. Qatar brokered a truce between the two sides. The militants "
                  "executed 12 prisoners.", published="2025-02-01")
    subtypes = {c.trigger.text: c.subtype for c in doc.claims}
    assert subtypes.get("burned") == "attack" and subtypes.get("boarded") == "capture"
    assert subtypes.get("brokered") == "agreement" and subtypes.get("executed") == "casualties"


@pytest.mark.parametrize("text, expected", [
    ("The army has set up a new military base near the village.",
     ("MOBILIZE", "troop_deployment")),
    ("Hundreds of demonstrators gathered outside parliament on Tuesday.", ("PROTEST", None)),
    ("Protesters clashed with police in the capital.", ("PROTEST", None)),
    ("Angry protesters blocked the main road into the city.", ("PROTEST", None)),
    ("Police fired tear gas at protesters in the city centre.", ("COERCE", None)),
    ("Police discovered a cache of weapons in a house in the north.", ("COERCE", None)),
    ("Army engineers defused two roadside bombs.", ("COERCE", None)),
    ("The interior ministry imposed a curfew on the town after the riots.", ("COERCE", None)),
    ("The government lifted the state of emergency in the eastern region.", ("CONCEDE", None)),
    ("The donor gave the ministry 5 million dollars of aid for schools.", ("AID", "aid_package")),
    ("Militants set off a roadside bomb near the convoy.", ("ASSAULT", "attack")),
    ("A man hurled a grenade at the police station on Friday.", ("ASSAULT", "attack")),
])
def test_protests_bases_curbs_and_weapons_found(text, expected):
    assert expected in _types(text)


def test_the_same_verbs_keep_their_other_senses():
    assert ("CONSULT", "meeting") in _types("Foreign ministers gathered in Brussels for talks.")
    assert ("ASSAULT", "attack") in _types("Rebels fired rockets at the airport on Sunday.")
    assert ("COERCE", None) in _types("Israel blocked aid deliveries to the enclave.")


@pytest.mark.parametrize("text", [
    "A strong earthquake hit the northern province on Monday.",
    "Several villages were hit by heavy floods overnight.",
    "A powerful storm struck the coast on Friday.",
    "The team set a new record in the final.",
])
def test_disasters_hitting_places_are_no_attacks(text):
    assert extract(text).claims == []


@pytest.mark.parametrize("text, expected", [
    ("The army has been at war with the rebels since April 2023.", ("ASSAULT", "combat")),
    ("Gunmen arrived in pickup trucks at dawn, firing into homes.", ("ASSAULT", "attack")),
    ("The missiles had been aimed at a crowded market street.", ("ASSAULT", "attack")),
    ("The rebels turned their guns on the government in May.", ("ASSAULT", "attack")),
    ("Police have opened an inquiry into the sabotage of the cable.", ("ACCUSE", None)),
    ("Two bombers entered the country's airspace on Friday.",
     ("MOBILIZE", "weapons_movement")),
    ("Ukrainian troops launched a surprise incursion into Russian territory in August.",
     ("ASSAULT", "combat")),
    ("The raids drove tens of thousands from their homes.", ("COERCE", None)),
    ("More than 5,000 people crossed into the neighbouring province.", ("COERCE", None)),
    ("Kyiv will press its partners to lift the restrictions.", ("REQUEST", None)),
    ("Moscow could reward Pyongyang by sharing missile technology.",
     ("AID", "arms_transfer")),
])
def test_conflict_senses_of_common_words(text, expected):
    assert expected in _types(text)


@pytest.mark.parametrize("text", [
    "The campaign of civil disobedience was aimed at reinforcing their demands.",
    "The pilot declared an emergency shortly after take-off.",
])
def test_the_same_words_outside_conflict_stay_claim_free(text):
    assert not any(t == "ASSAULT" or t == "COERCE" for t, _ in _types(text))


@pytest.mark.parametrize("text, expected", [
    ("Dozens of villagers arrived with shrapnel wounds on Sunday.", ("ASSAULT", "casualties")),
    ("Three police officers suffered serious injuries in Mosul.", ("ASSAULT", "casualties")),
    ("A shepherd lost a leg near the border village.", ("ASSAULT", "casualties")),
    ("Navy divers rescued eleven crew members off Aden.", ("AID", None)),
    ("The charity delivered food and medicine to Kadugli.", ("AID", "aid_package")),
    ("Trucks carrying flour reached Kadugli on Tuesday.", ("AID", "aid_package")),
    ("The general was ready to hand over power to a civilian council.", ("CONCEDE", None)),
    ("The convoy received guarantees of safe passage from both factions.",
     ("AGREE", "agreement")),
    ("The minister laid the blame on the rebels.", ("ACCUSE", None)),
    ("Two fighter jets caught fire at the airbase.", ("ASSAULT", "equipment_loss")),
    ("Gunmen raked the market with bullets on Friday.", ("ASSAULT", "attack")),
    ("The clinic took a direct hit on Tuesday.", ("ASSAULT", "attack")),
    ("Congress restricted military aid to Baku in 2019.", ("SANCTION", "sanction")),
    ("Tokyo is expected to announce similar measures against Moscow.",
     ("SANCTION", "sanction")),
    ("The government declared a state of emergency in three provinces.", ("COERCE", None)),
    ("The governor declared a curfew after the riots.", ("COERCE", None)),
    ("Warsaw closed its border crossings with Minsk on Monday.", ("COERCE", None)),
    ("The army said it would seal the southern border.", ("COERCE", None)),
    ("Kabul informed Islamabad of the operation by telephone.", ("CONSULT", None)),
    ("The bloodshed in the port city was the worst in a decade.", ("ASSAULT", "combat")),
])
def test_wounds_relief_handovers_and_closures(text, expected):
    assert expected in _types(text)


@pytest.mark.parametrize("text", [
    "The barn caught fire on Sunday.",
    "The minister arrived at the hospital on Monday.",
    "Russia lost the upper hand in the talks.",
])
def test_near_misses_of_the_new_rows_stay_claim_free(text):
    assert not any(t in ("ASSAULT", "COERCE") for t, _ in _types(text))


@pytest.mark.parametrize("text, expected", [
    ("Russian jets pummelled the town of Izium on Monday.", ("ASSAULT", "attack")),
    ("Saboteurs sabotaged a gas pipeline near Kherson on Monday.", ("ASSAULT", "attack")),
    ("At least 40 villagers were slain in Beni on Monday.", ("ASSAULT", "casualties")),
    ("Three soldiers perished near Gao on Tuesday.", ("ASSAULT", "casualties")),
    ("The army said it eliminated 12 militants near Tillaberi.", ("ASSAULT", "casualties")),
    ("The rebels wrested control of the border post from the army.", ("COERCE", "capture")),
    ("Soldiers escorted the convoy to Kidal on Friday.", ("MOBILIZE", "troop_deployment")),
    ("The retreat of the troops from Kherson ended on Friday.", ("RETREAT", "withdrawal")),
    ("Armenia and Azerbaijan sign peace deal in Washington", ("AGREE", "agreement")),
    ("The loss of two tanks slowed the advance near Pokrovsk.", ("ASSAULT", "equipment_loss")),
    ("Kenya downgraded diplomatic ties with Sudan on Monday.", ("SANCTION", "sanction")),
    ("Hamas issued an ultimatum to Israel on Tuesday.", ("THREATEN", "warning")),
    ("Ukrainian forces were driven out of the village on Monday.", ("RETREAT", "withdrawal")),
    ("Militiamen drove residents out of the town on Sunday.", ("COERCE", None)),
])
def test_rarer_conflict_words_type_events(text, expected):
    assert expected in _types(text)


@pytest.mark.parametrize("text", [
    "Moscow accused Kyiv of trying to sabotage the peace talks.",
    "Demand for oil fell sharply in March.",
    "The court rejected his appeal on Monday.",
    "The ferry sailed from Dover to Calais.",
    "Investors fear the loss of market share.",
    "She drove out of the city on Friday.",
])
def test_other_senses_of_the_rarer_words_are_no_such_event(text):
    assert not any(t in ("ASSAULT", "REQUEST", "MOBILIZE", "RETREAT") or s == "equipment_loss"
                   for t, s in _types(text))


@pytest.mark.parametrize("text, expected", [
    ("Two shepherds were caught in crossfire near the ridge.", ("ASSAULT", "casualties")),
    ("Debris from a downed drone fell on a school in Odesa.", ("ASSAULT", "attack")),
    ("A car bomb tore through a busy square in Mogadishu.", ("ASSAULT", "attack")),
    ("Police beat demonstrators outside the court.", ("ASSAULT", "attack")),
    ("Indian and Pakistani troops traded fire across the frontier.", ("ASSAULT", "combat")),
    ("The navies exchanged fire near the island on Sunday.", ("ASSAULT", "combat")),
    ("Soldiers came under heavy shelling near Kupiansk.", ("ASSAULT", "attack")),
    ("Soldiers rounded up dozens of young men in the market.", ("COERCE", "capture")),
    ("Special forces neutralised the cell near Djibo on Friday.", ("ASSAULT", "combat")),
    ("The junta quelled the unrest in the capital.", ("COERCE", None)),
    ("A military court sentenced the colonel to twenty years.", ("COERCE", None)),
    ("Minsk put its troops on high alert on Friday.", ("MOBILIZE", "troop_deployment")),
    ("Two destroyers sailed through the strait on Tuesday.",
     ("MOBILIZE", "weapons_movement")),
    ("Moscow has positioned tactical missiles in Belarus.",
     ("MOBILIZE", "weapons_movement")),
    ("The foreign minister arrived in Ankara on Monday.", ("CONSULT", "visit")),
    ("Volunteers handed out food and blankets in the camp.", ("AID", "aid_package")),
    ("The State Department approved a possible arms sale to Manila.",
     ("AID", "arms_transfer")),
    ("The cabinet allocated $40 million for the displaced.", ("AID", "aid_package")),
    ("The rebels handed the town over to the army.", ("CONCEDE", None)),
    ("The army admitted responsibility for the strike.", ("CONCEDE", None)),
    ("Government troops melted away as the rebels advanced.", ("RETREAT", "withdrawal")),
    ("Ukrainian troops fell back to the river.", ("RETREAT", "withdrawal")),
    ("The garrison vacated the airbase on Sunday.", ("RETREAT", "withdrawal")),
    ("The junta defied the bloc's ultimatum.", ("REJECT", None)),
    ("Hamas turned down the proposal on Monday.", ("REJECT", None)),
    ("Kyiv sought more air defence systems from its partners.", ("REQUEST", None)),
    ("The bloc hit three refineries with sanctions.", ("SANCTION", "sanction")),
    ("Washington withheld military aid to Cairo.", ("SANCTION", "sanction")),
    ("The two leaders forged a defence pact.", ("AGREE", "agreement")),
    ("Protesters took to the streets of Tbilisi.", ("PROTEST", None)),
    ("Hundreds held a vigil outside the embassy.", ("PROTEST", None)),
])
def test_phrasings_beyond_the_open_sets(text, expected):
    assert expected in _types(text)


@pytest.mark.parametrize("text", [
    "The striker shot to fame after the final.",
    "Sales hit a record high in March.",
    "The photo captured the mood of the crowd.",
    "Oil prices fell back to last year's level.",
    "The negotiators hammered out the wording overnight.",
    "Six of the patients were admitted to hospital.",
    "The storm left debris on the road.",
    "The team beat its rivals in the final.",
    "He sought refuge in the embassy.",
])
def test_idioms_and_other_senses_of_the_new_rows_make_no_claim(text):
    assert extract(text).claims == []


@pytest.mark.parametrize("text, expected", [
    ("Officials shut the airport for two hours after drones appeared over the runway.",
     ("COERCE", None)),
    ("Rail traffic across the bridge was halted for several hours on Monday.",
     ("COERCE", None)),
    ("The junta expelled the Belgian soldiers last year.", ("COERCE", "withdrawal")),
    ("Investigators said the raid bore the hallmarks of a sabotage operation.",
     ("ACCUSE", None)),
    ("Police said the blast carried the hallmarks of an attack by the separatists.",
     ("ACCUSE", None)),
    ("The ministry said the colonel had orchestrated the bombing of the market.",
     ("ACCUSE", None)),
    ("The council renewed its appeal for a ceasefire.", ("REQUEST", None)),
    ("The navy unveiled its largest frigate at a ceremony in Nampo.", ("MOBILIZE", None)),
    ("Hundreds of soldiers were trapped in the town, the ministry said.",
     ("COERCE", "combat")),
    ("The charity suspended its services in the province after the raid.",
     ("RETREAT", "withdrawal")),
    ("Gunmen exchanged fire with police for two hours.", ("ASSAULT", "combat")),
])
def test_second_pass_word_classes(text, expected):
    assert expected in _types(text)


@pytest.mark.parametrize("text, wrong", [
    ("The two sides renewed the ceasefire for another month.", "REQUEST"),
    ("Police received reports of drones over the naval base on Sunday.", "AID"),
    ("Hundreds of mourners gathered at the cemetery on Saturday.", "CONSULT"),
    ("Fog closed the airport for most of the morning.", "COERCE"),
    ("A medic, who asked not to be named, said the road was open.", "REQUEST"),
    ("He repeated his claim that the election was rigged.", "REQUEST"),
    ("Carriers suspended flights to the capital for a week.", "COERCE"),
])
def test_second_pass_other_senses(text, wrong):
    assert wrong not in {t for t, _ in _types(text)}


def test_a_trapped_animal_is_no_event():
    assert extract("A stray cat was trapped in the basement for two days.").claims == []
