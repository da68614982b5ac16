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
