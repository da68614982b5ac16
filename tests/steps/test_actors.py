import pytest

from claimtrace.model import Document
from claimtrace.steps.actors import entity_patterns, resolve_actors


def test_entity_patterns_cover_names_demonyms_seats_and_weapons():
    pats = {(p["label"], p["pattern"]) for p in entity_patterns()}
    assert ("GPE", "Pyongyang") in pats and ("NORP", "North Korean") in pats
    assert ("ORG", "Kremlin") in pats and ("PERSON", "Kim Jong Un") in pats
    assert ("ORG", "ZDF") in pats and ("WEAPON", "HIMARS") in pats


@pytest.fixture(scope="module")
def run():
    # the shared parser (falls back to actor patterns only while the places lexicon is absent)
    from claimtrace.steps.parse import load_nlp

    nlp = load_nlp()

    def _run(text):
        doc = Document(text=text)
        doc.spacy = nlp(text)
        return resolve_actors(doc)
    return _run


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
    assert _by_mention(doc, "Kyiv")[0].code == "UKR"
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
