from claimtrace.actors_lexicon import DEMONYM, METONYM, NAME, load_lexicon, lookup
from claimtrace.model import ACTOR_KINDS


def test_states_have_iso3_names_demonyms_metonyms():
    lex = load_lexicon()
    prk = lex.state("PRK")
    assert prk.name == "North Korea" and prk.kind == "state" and prk.country is None
    assert {"DPRK", "North Korea"} <= set(prk.names)
    assert lex.best("North Korean").how == DEMONYM
    assert lex.best("Pyongyang").how == METONYM and lex.best("Pyongyang").entry.code == "PRK"
    assert lex.best("the Kremlin").entry.code == "RUS"
    assert lex.best("Kiev").entry.code == lex.best("Kyiv").entry.code == "UKR"
    assert lex.best("UK").entry.code == "GBR" and lex.best("ROK").entry.code == "KOR"
    assert len([e for e in lex.entries if e.kind == "state"]) > 190


def test_lookup_is_case_sensitive():
    assert lookup("us") == []
    assert lex_best_code("US") == "USA"


def lex_best_code(text):
    return load_lexicon().best(text).entry.code


def test_non_state_actors_carry_their_country_and_kind():
    lex = load_lexicon()
    for text, kind, country in [("ZDF", "media", "DEU"), ("Reuters", "media", "GBR"),
                                ("KCNA", "media", "PRK"), ("Shoigu", "person", "RUS"),
                                ("RSF", "armed_group", "SDN"), ("GUR", "military_unit", "UKR"),
                                ("NATO", "organization", None), ("NIS", "government_body", "KOR")]:
        s = lex.best(text)
        assert s.how == NAME and (s.entry.kind, s.entry.country, s.entry.code) == (kind, country, None)


def test_every_kind_is_the_contracts():
    assert {e.kind for e in load_lexicon().entries} <= set(ACTOR_KINDS)


def test_plural_demonyms_name_the_people_of_a_state():
    from claimtrace.actors_lexicon import PLURAL, plural_demonym

    lex = load_lexicon()
    for text, code in [("Palestinians", "PSE"), ("Israelis", "ISR"), ("North Koreans", "PRK"),
                       ("Liberians", "LBR")]:
        s = lex.best(text)
        assert (s.how, s.entry.code) == (PLURAL, code)
    assert plural_demonym("Sudanese") is None and plural_demonym("U.S.") is None
    assert plural_demonym("Iraqi") == "Iraqis"


def test_demonyms_cover_small_states_too():
    for text, code in [("Gambian", "GMB"), ("Sierra Leonean", "SLE"), ("Fijian", "FJI"),
                       ("Croat", "HRV")]:
        assert lex_best_code(text) == code


def test_armed_groups_bodies_and_ngos_carry_their_country():
    lex = load_lexicon()
    for text, kind, country in [("M23", "armed_group", "COD"), ("SDF", "armed_group", "SYR"),
                                ("HTS", "armed_group", "SYR"), ("ISWAP", "armed_group", "NGA"),
                                ("al-Shabaab", "armed_group", "SOM"), ("PKK", "armed_group", "TUR"),
                                ("Viv Ansanm", "armed_group", "HTI"),
                                ("Arakan Army", "armed_group", "MMR"),
                                ("MSF", "organization", None), ("HRW", "organization", None),
                                ("OCHA", "organization", None), ("UNHCR", "organization", None),
                                ("IDF", "military_unit", "ISR"), ("Tatmadaw", "military_unit", "MMR")]:
        e = lex.best(text).entry
        assert (e.kind, e.country) == (kind, country), text


def test_curated_surfaces_are_unambiguous():
    seen: dict[str, str] = {}
    for s in load_lexicon().surfaces():
        if s.entry.curated:
            assert seen.setdefault(s.text, s.entry.key) == s.entry.key, s.text


def test_curated_alias_belongs_to_one_state():
    assert lex_best_code("Congo") == "COD"
    assert lex_best_code("Congo-Brazzaville") == "COG"


def test_agencies_written_in_title_case_and_spelling_variants():
    lex = load_lexicon()
    unicef = lex.best("Unicef").entry
    assert unicef.kind == "organization" and unicef.country is None
    for form in ("al Shabaab", "Al Shabaab", "al-Shabaab"):
        e = lex.best(form).entry
        assert (e.kind, e.country) == ("armed_group", "SOM")
    assert lex.best("Taiwan Affairs Office").entry.country == "CHN"


def test_generic_ministry_names_belong_to_no_state_in_the_lexicon():
    # "the Ministry of Defence" is whichever state the article is about, decided in context
    assert lookup("Ministry of Defence") == [] and lookup("MoD") == []
    assert load_lexicon().best("Britain's Ministry of Defence").entry.country == "GBR"


def test_state_agencies_nato_bodies_and_jihadist_outlets():
    lex = load_lexicon()
    for text, kind, country in [("Rosaviatsia", "government_body", "RUS"),
                                ("Ukrenergo", "organization", "UKR"),
                                ("North Atlantic Council", "organization", None),
                                ("Amaq", "media", None),
                                ("Tehreek-e-Taliban Pakistan", "armed_group", "PAK"),
                                ("Permanent Strategic Framework", "armed_group", "MLI")]:
        e = lex.best(text).entry
        assert (e.kind, e.country or None) == (kind, country), text
