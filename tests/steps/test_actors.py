import pytest

from claimtrace.steps.actors import entity_patterns


def test_entity_patterns_cover_names_demonyms_seats_and_weapons():
    pats = {(p["label"], p["pattern"]) for p in entity_patterns()}
    assert ("GPE", "Pyongyang") in pats and ("NORP", "North Korean") in pats
    assert ("ORG", "Kremlin") in pats and ("PERSON", "Kim Jong Un") in pats
    assert ("ORG", "ZDF") in pats and ("WEAPON", "HIMARS") in pats


def _by_mention(doc, text):
    return [a for a in doc.actors if any(m.text == text for m in a.mentions)]


@pytest.mark.slow
def test_capital_that_acts_is_the_state(run):
    doc = run("Pyongyang has supplied shells to the Russian army, officials said.")
    (a,) = _by_mention(doc, "Pyongyang")
    assert (a.kind, a.code, a.country) == ("state", "PRK", None)
    m = a.mentions[0]
    assert doc.text[m.start:m.end] == "Pyongyang"


@pytest.mark.slow
def test_capital_as_location_is_not_an_actor(run):
    doc = run("Sergei Shoigu visited Pyongyang on Tuesday and later flew to Moscow.")
    assert _by_mention(doc, "Pyongyang") == [] and _by_mention(doc, "Moscow") == []
    (s,) = _by_mention(doc, "Sergei Shoigu")
    assert (s.kind, s.country, s.code) == ("person", "RUS", None)


@pytest.mark.slow
def test_possessive_metonym_and_demonym(run):
    doc = run("Kyiv's forces pushed back North Korean troops near the border.")
    assert _by_mention(doc, "Kyiv's forces")[0].code == "UKR"  # the state, whole phrase
    assert _by_mention(doc, "North Korean")[0].code == "PRK"


@pytest.mark.slow
def test_short_forms_corefer(run):
    doc = run("Kim Jong Un met the delegation in the capital. Kim later praised the army. "
              "Putin thanked him.")
    (kim,) = _by_mention(doc, "Kim")
    assert kim.name == "Kim Jong Un" and kim.country == "PRK" and len(kim.mentions) == 2
    assert _by_mention(doc, "Putin")[0].name == "Vladimir Putin"
    assert len({a.id for a in doc.actors}) == len(doc.actors)
    assert [a.id for a in doc.actors] == [f"a{i}" for i in range(1, len(doc.actors) + 1)]


@pytest.mark.slow
def test_unknown_person_takes_country_and_role_from_title(run):
    doc = run("Polish Deputy Foreign Minister Jan Nowakowski said the talks went well.")
    (p,) = _by_mention(doc, "Jan Nowakowski")
    assert (p.kind, p.country) == ("person", "POL")
    assert "Minister" in (p.role or "")


@pytest.mark.slow
def test_groups_and_unnamed_sources(run):
    doc = run("Western officials and Ukrainian authorities doubt it, citing intelligence reports.")
    assert _by_mention(doc, "Western officials")[0].kind == "group"
    ua = _by_mention(doc, "Ukrainian authorities")[0]
    assert ua.country == "UKR" and ua.code is None and ua.kind == "government_body"
    assert _by_mention(doc, "intelligence reports")[0].kind == "unnamed"


@pytest.mark.slow
def test_media_with_country(run):
    doc = run("The strikes continued, the German broadcaster ZDF reported, citing Reuters.")
    zdf = _by_mention(doc, "ZDF")[0]
    assert (zdf.kind, zdf.country) == ("media", "DEU")
    assert _by_mention(doc, "Reuters")[0].country == "GBR"


@pytest.mark.slow
@pytest.mark.shared
def test_worked_examples_score(shared_dir):
    from claimtrace.evaluation.actors import run as evaluate

    scores = evaluate(shared_dir)["scores"]
    assert scores["tune.actors.found"] >= 0.9 and scores["tune.actors.correct"] >= 0.85


@pytest.mark.slow
def test_office_title_with_state_is_a_person_and_corefers(run):
    doc = run("Vladimir Putin spoke on Monday. The Russian president said talks would go on.")
    (p,) = _by_mention(doc, "Russian president")
    assert p.name == "Vladimir Putin" and p.kind == "person" and len(p.mentions) == 2
    doc = run("Russia's defence minister warned the West about the strikes.")
    (m,) = [a for a in doc.actors if a.kind == "person"]
    assert m.country == "RUS" and "minister" in m.name


@pytest.mark.slow
def test_named_title_is_not_a_second_actor(run):
    doc = run("Gambian President Dawda Jawara will visit Senegal next week.")
    persons = [a for a in doc.actors if a.kind == "person"]
    assert [(p.name, p.country) for p in persons] == [("Dawda Jawara", "GMB")]


@pytest.mark.slow
def test_plural_demonym_is_a_group_of_that_state(run):
    doc = run("Palestinians accused Israel of blocking the talks.")
    (g,) = _by_mention(doc, "Palestinians")
    assert (g.kind, g.country, g.code) == ("group", "PSE", None)


@pytest.mark.slow
def test_country_anaphor_takes_the_last_state(run):
    doc = run("Russia launched a new offensive. The country's defense ministry said it went well.")
    (m,) = [a for a in doc.actors if a.kind == "government_body"]
    assert m.country == "RUS"


@pytest.mark.slow
def test_the_north_is_a_state_only_in_korean_documents(run):
    doc = run("South Korea said the North fired two missiles on Sunday.")
    assert _by_mention(doc, "North")[0].code == "PRK"
    doc = run("Sudan's army said the North was calm while fighting raged in the West.")
    assert _by_mention(doc, "North") == []


@pytest.mark.slow
def test_several_states_in_one_group_phrase_keep_their_codes(run):
    doc = run("Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.")
    assert _by_mention(doc, "Hungarian")[0].code == "HUN"
    assert _by_mention(doc, "Romanian")[0].code == "ROU"


@pytest.mark.slow
def test_local_armed_groups_take_the_place_country(run):
    doc = run("Darfur rebels attacked the town on Sunday, witnesses said.")
    (g,) = _by_mention(doc, "Darfur rebels")
    assert (g.kind, g.country) == ("armed_group", "SDN")


@pytest.mark.slow
def test_bare_institution_is_the_home_states(run):
    doc = run("Myanmar's military seized power in 2021. Critics say the junta has bombed "
              "villages across Myanmar, and Myanmar rejects the claims.")
    (j,) = _by_mention(doc, "junta")
    assert j.country == "MMR" and j.kind == "government_body"


@pytest.mark.slow
def test_state_government_is_the_state(run):
    doc = run("Congo's government accused Rwanda of backing the rebels.")
    assert _by_mention(doc, "Congo's government")[0].code == "COD"


@pytest.mark.slow
def test_bracketed_short_form_is_the_same_organization(run):
    doc = run("The Algerian government said it would talk to the Islamic Salvation Front (FIS). "
              "The FIS rejected the offer.")
    (f,) = _by_mention(doc, "Islamic Salvation Front")
    assert [m.text for m in f.mentions] == ["Islamic Salvation Front", "FIS", "FIS"]
    assert f.country == "DZA"


def test_dateline_country_reads_the_opening_lines():
    from claimtrace.steps.actors_coref import dateline_country

    assert dateline_country("Headline here\n\nKHARKIV, Ukraine, June 25 (Agency) - Text.") == "UKR"
    assert dateline_country("Headline\n\nACCRA, May 2 - The army said.") == "GHA"
    assert dateline_country("Lima, 7 May 2025\n\nThe navy said.") == "PER"
    assert dateline_country("By A Writer in Nairobi\n\nMonday 17 February 2025\n\nText.") is None


@pytest.mark.slow
def test_title_set_off_by_comma_gives_the_possessor_country(run):
    doc = run("Chile's interim defence minister, Tomas Ramirez, said the border was calm.")
    (p,) = _by_mention(doc, "Tomas Ramirez")
    assert (p.kind, p.country) == ("person", "CHL")


@pytest.mark.slow
def test_its_spokesman_looks_back_to_the_previous_sentence(run):
    doc = run("Peru's navy gave a different account. Its spokesman, Captain Luis Ortega, "
              "said Chilean boats had fired first.")
    (p,) = [a for a in doc.actors if a.kind == "person"]
    assert p.country == "PER"


@pytest.mark.slow
def test_untitled_person_takes_the_country_named_in_the_sentence(run):
    doc = run("Ghana and Togo signed the deal in May. Foreign ministry spokesman Kofi Mensah "
              "said on Monday that Togo would pay for the road.")
    (p,) = _by_mention(doc, "Kofi Mensah")
    assert p.country == "TGO"


@pytest.mark.slow
def test_un_official_gets_no_home_country(run):
    doc = run("ACCRA, May 2 - UN envoy Maria Lopez said the talks in Ghana would resume.")
    (p,) = _by_mention(doc, "Maria Lopez")
    assert p.country is None


@pytest.mark.slow
def test_dateline_decides_the_home_state_of_offices_and_bare_bodies(run):
    doc = run("Border clashes spread\n\nACCRA, May 2 - Security Minister Kwame Boateng said "
              "troops had been sent north. Togo and Burkina Faso closed their borders. "
              "On Tuesday, the communications ministry denounced foreign reports.")
    (p,) = _by_mention(doc, "Kwame Boateng")
    assert p.country == "GHA"
    (body,) = [a for a in doc.actors if any("communications ministry" in m.text
                                            for m in a.mentions)]
    assert (body.kind, body.country) == ("government_body", "GHA")


@pytest.mark.slow
def test_possessed_forces_are_the_state(run):
    doc = run("Chile's armed forces struck two camps on Monday.")
    (a,) = _by_mention(doc, "Chile's armed forces")
    assert (a.kind, a.code) == ("state", "CHL")


@pytest.mark.slow
def test_institution_run_by_a_group_takes_its_country(run):
    doc = run("Hamas-run media reported ten dead after the strike.")
    (a,) = _by_mention(doc, "Hamas-run media")
    assert (a.kind, a.country) == ("media", "PSE")


@pytest.mark.slow
def test_rights_groups_belong_to_no_state(run):
    doc = run("Ghana's army denied it. Human rights groups have accused the army of abuses in "
              "Ghana.")
    (a,) = _by_mention(doc, "Human rights groups")
    assert (a.kind, a.country) == ("group", None)


@pytest.mark.slow
def test_a_timestamp_zone_is_no_actor_and_a_shaken_capital_is_a_place():
    from claimtrace import extract
    doc = extract("11:40 GMT Explosions shook Kyiv overnight, officials said.",
                  published="2025-08-28")
    assert not [a for a in doc.actors if a.name == "GMT"]
    assert [p.name for p in doc.places] == ["Kyiv"]
    assert not [a for a in doc.actors if any(m.text == "Kyiv" for m in a.mentions)]


@pytest.mark.slow
def test_possessive_state_makes_its_own_body_not_the_un_one(run):
    doc = run("Oleg Varnov, a deputy head of Russia's Security Council, called the deal theft.")
    (body,) = _by_mention(doc, "Russia's Security Council")
    assert (body.kind, body.country) == ("government_body", "RUS")
    doc = run("The Security Council met on Friday after the vote.")
    assert _by_mention(doc, "Security Council")[0].country is None  # the UN body


@pytest.mark.slow
def test_state_in_a_counterpart_role_does_not_give_a_title_its_country(run):
    doc = run("The talks were tense. Foreign Minister Ana Velarde accused Lisbon of lying, "
              "while Spain's Interior Minister Tomas Brel said Madrid would answer.")
    (p,) = _by_mention(doc, "Ana Velarde")
    assert p.country == "ESP"  # not PRT: Lisbon is whom she accuses


@pytest.mark.slow
def test_well_known_office_holder_takes_state_from_lexicon(run):
    doc = run("Treasury Secretary Scott Bessent signed the accord in Kyiv with Ukrainian officials.")
    assert _by_mention(doc, "Scott Bessent")[0].country == "USA"


@pytest.mark.slow
def test_names_with_particles_and_named_gangs_are_armed_groups(run):
    doc = run("Police said members of the Cartel del Norte Grande were arrested in Caracas.")
    assert _by_mention(doc, "Cartel del Norte Grande")[0].kind == "armed_group"
    doc = run("The Kraze Tonton gang attacked the town, Haiti's police said.")
    (g,) = _by_mention(doc, "Kraze Tonton")
    assert (g.kind, g.country) == ("armed_group", "HTI")


@pytest.mark.slow
def test_bare_armed_groups_and_local_offices_are_the_home_states(run):
    doc = run("Quito, May 2 (Wire) - Ecuador's army shelled a camp. The guerrillas answered "
              "with mortars, and rival militias joined in. The ombudsman's office said five "
              "died, and city officials in Guayaquil closed schools in Ecuador.")
    for text in ("guerrillas", "rival militias", "ombudsman's office", "city officials"):
        (a,) = _by_mention(doc, text)
        assert a.country == "ECU", text
    assert _by_mention(doc, "guerrillas")[0].kind == "armed_group"


@pytest.mark.slow
def test_based_and_backed_groups(run):
    doc = run("Officials said Chad-based militants crossed the border. The Sudan-backed group "
              "denied it.")
    (m,) = _by_mention(doc, "Chad-based militants")
    assert (m.kind, m.country) == ("armed_group", "TCD")
    (g,) = _by_mention(doc, "Sudan-backed group")
    assert g.kind == "armed_group" and g.country != "SDN"  # Sudan stands behind it
    assert _by_mention(doc, "Sudan")[0].code == "SDN"  # and stays a state mention


@pytest.mark.slow
def test_offices_without_a_holder(run):
    doc = run("Juba, May 3 - South Sudan's army denied it. Police detained the Minister of Mines. "
              "The Special Representative of the Secretary-General urged the Government to act.")
    (m,) = _by_mention(doc, "Minister of Mines")
    assert (m.kind, m.country) == ("person", "SSD")
    (r,) = _by_mention(doc, "Special Representative of the Secretary-General")
    assert r.country is None
    (g,) = _by_mention(doc, "Government")
    assert (g.kind, g.country) == ("government_body", "SSD")


@pytest.mark.slow
def test_generic_body_name_belongs_to_the_state_before_it(run):
    doc = run("Bangladesh's Foreign Office said on Monday that Dhaka had protested. "
              "Foreign Office spokesman Rafiq Hasan said Dhaka expected an answer.")
    assert _by_mention(doc, "Bangladesh's Foreign Office")[0].country == "BGD"
    assert _by_mention(doc, "Rafiq Hasan")[0].country == "BGD"


@pytest.mark.slow
def test_capital_subject_misparsed_and_patrons_in_a_capital_act(run):
    doc = run("On Monday Oslo imposed new duties. Rebels said their backers in Moscow would help.")
    assert _by_mention(doc, "Oslo")[0].code == "NOR"
    assert _by_mention(doc, "Moscow")[0].code == "RUS"


@pytest.mark.slow
def test_institution_heads_with_a_state(run):
    doc = run("Chile's air-defence headquarters said the drones were shot down. Chile's state "
              "emergency service said two died. The train service resumed.")
    assert _by_mention(doc, "Chile's air-defence headquarters")[0].country == "CHL"
    assert _by_mention(doc, "Chile's state emergency service")[0].country == "CHL"
    assert not [a for a in doc.actors if "train service" in a.name]


@pytest.mark.slow
def test_names_the_parser_misses_or_mislabels(run):
    doc = run("The Harbour Relief Alliance (HRA) said 20 died. The HRA asked for help. Its "
              "spokeswoman, Mara Venn, said more aid was needed. Samira Haddad, a teacher who "
              "lives in Beirut, was hurt. Magen David Adom said it treated eight people.")
    (o,) = _by_mention(doc, "Harbour Relief Alliance")
    assert o.kind == "organization" and [m.text for m in o.mentions][1:] == ["HRA", "HRA"]
    assert _by_mention(doc, "Mara Venn")[0].kind == "person"
    assert _by_mention(doc, "Samira Haddad")[0].kind == "person"
    (mda,) = _by_mention(doc, "Magen David Adom")
    assert (mda.kind, mda.country) == ("organization", "ISR")


@pytest.mark.slow
def test_state_adjective_of_an_attack_does_not_give_a_speaker_its_country(run):
    doc = run("The toll rose to 20, according to regional governor Ivan Pronko, after the "
              "deadliest Russian strike this year on Chernihiv in Ukraine.")
    assert _by_mention(doc, "Ivan Pronko")[0].country == "UKR"


def test_named_org_run_stops_before_a_modified_noun():
    from spacy.lang.en import English

    from claimtrace.steps.actors_names import named_org_spans

    nlp = English()
    doc = nlp("The Harbour Relief Alliance sent money.")
    assert [s.text for s in named_org_spans(doc, set())] == ["Harbour Relief Alliance"]
    assert named_org_spans(doc, {1}) == []  # "Harbour" taken: no "Relief Alliance"


@pytest.mark.slow
def test_one_word_short_name_of_a_force_met_before_is_that_force(run):
    doc = run("Iran's Revolutionary Guards said they fired missiles at Israel. The Guards "
              "warned that any Israeli retaliation would be met with crushing attacks.")
    (guards,) = _by_mention(doc, "Revolutionary Guards")
    assert [m.text for m in guards.mentions] == ["Revolutionary Guards", "Guards"]
    assert guards.country == "IRN"


@pytest.mark.slow
def test_capital_in_a_dealing_between_states_is_the_state(run):
    doc = run("The missile test drew sharp criticism from Tokyo and Canberra. "
              "Ties between Hanoi and Manila have cooled. "
              "Observers doubt the government in Vientiane will respond.")
    for text, code in [("Tokyo", "JPN"), ("Canberra", "AUS"), ("Hanoi", "VNM"),
                       ("Manila", "PHL"), ("Vientiane", "LAO")]:
        (a,) = _by_mention(doc, text)
        assert (a.kind, a.code) == ("state", code), text


@pytest.mark.slow
def test_capital_reached_by_travel_stays_a_place(run):
    doc = run("The delegation flew from Tokyo to Canberra on Monday.")
    assert _by_mention(doc, "Tokyo") == [] and _by_mention(doc, "Canberra") == []


@pytest.mark.slow
def test_state_news_agencies_and_television_are_media(run):
    doc = run("Iranian state television said the talks had ended. "
              "Chinese state news agencies reported the launch.")
    tv = _by_mention(doc, "Iranian state television")
    assert tv and (tv[0].kind, tv[0].country) == ("media", "IRN")
    ag = _by_mention(doc, "Chinese state news agencies")
    assert ag and (ag[0].kind, ag[0].country) == ("media", "CHN")


@pytest.mark.slow
def test_capital_inside_a_persons_name_is_no_state(run):
    doc = run("Somalia's police said the attack was over. "
              "Police spokesman Abdirahman Aden Farah said two attackers were killed.")
    assert all(a.code != "YEM" and a.country != "YEM" for a in doc.actors)


@pytest.mark.slow
def test_ship_with_a_navy_prefix_is_that_navys_unit(run):
    doc = run("The USS Carl Vinson launched jets, and HMS Prince of Wales sailed east.")
    (us,) = _by_mention(doc, "USS Carl Vinson")
    (gb,) = _by_mention(doc, "HMS Prince of Wales")
    assert (us.kind, us.country) == ("military_unit", "USA")
    assert (gb.kind, gb.country) == ("military_unit", "GBR")


@pytest.mark.slow
def test_name_after_a_rank_or_office_is_a_person(run):
    doc = run("Governor Hyacinth Alia said the gunmen fled. Col. Ibrahim Musa Dauda agreed.")
    assert _by_mention(doc, "Hyacinth Alia")[0].kind == "person"
    assert _by_mention(doc, "Ibrahim Musa Dauda")[0].kind == "person"


@pytest.mark.slow
def test_noun_before_a_name_gives_its_kind(run):
    doc = run("The Taiwanese company Gold Apollo said it did not make the pagers.")
    (a,) = _by_mention(doc, "Gold Apollo")
    assert (a.kind, a.country) == ("organization", "TWN")


@pytest.mark.slow
def test_state_owning_an_office_stays_a_state_mention(run):
    doc = run("Britain's foreign secretary met Washington's ambassador in Kyiv on Monday.")
    assert {a.code for a in _by_mention(doc, "Britain")} == {"GBR"}
    assert {a.code for a in _by_mention(doc, "Washington")} == {"USA"}
    office = [a for a in doc.actors if a.kind == "person" and a.country == "GBR"]
    assert office and "Britain" in office[0].mentions[0].text


@pytest.mark.slow
def test_news_agencies_of_conflict_countries_are_media_of_their_state(run):
    doc = run("Radio Okapi and the Ethiopian News Agency reported the clashes.")
    assert (_by_mention(doc, "Radio Okapi")[0].kind, _by_mention(doc, "Radio Okapi")[0].country) \
        == ("media", "COD")
    assert _by_mention(doc, "Ethiopian News Agency")[0].country == "ETH"
