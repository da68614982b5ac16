"""The parse step's own repairs of the small model's output."""
import pytest

from claimtrace.steps.parse import irregular_lemma, load_nlp

TABLE = {"took": ["take"], "ran": ["run"], "fought": ["fight"]}


def test_irregular_past_forms_take_their_listed_base():
    assert irregular_lemma("took", TABLE) == "take"
    assert irregular_lemma("retook", TABLE) == "retake"
    assert irregular_lemma("outran", TABLE) == "outrun"
    assert irregular_lemma("outfought", TABLE) == "outfight"


def test_unlisted_forms_and_short_remainders_are_left_alone():
    assert irregular_lemma("walked", TABLE) is None
    assert irregular_lemma("reran", {"an": ["be"]}) is None  # "an" is too short a stem


@pytest.mark.slow
def test_a_mistagged_prefixed_past_gets_its_lemma_and_base_forms_stay():
    doc = load_nlp()("Government troops retook the town. The rebels will lay mines.")
    lemmas = {t.text: t.lemma_ for t in doc if t.pos_ == "VERB"}
    assert lemmas["retook"] == "retake"
    assert lemmas["lay"] == "lay"  # a base form in its own right is not "lie"


@pytest.mark.slow
def test_a_question_heading_is_a_sentence_of_its_own():
    doc = load_nlp()("Why was the town blamed?\nOfficials said the jet was hit over the "
                     "town. Troops\nmoved in later.")
    assert [s.text.strip() for s in doc.sents][:2] == [
        "Why was the town blamed?", "Officials said the jet was hit over the town."]


@pytest.mark.slow
def test_a_gerund_after_a_denial_is_its_complement_not_an_adjective():
    doc = load_nlp()("The militia denied shelling villages. Both sides kept attacking "
                     "positions. The attacking forces withdrew.")
    by = {t.text: t for t in doc}
    assert by["shelling"].dep_ == "xcomp" and by["shelling"].head.text == "denied"
    assert by["villages"].head.text == "shelling"
    kept, forces = [t for t in doc if t.text == "attacking"]
    assert kept.head.text == "kept" and by["positions"].head.i == kept.i
    # an adjective of a subject stays one
    assert forces.dep_ == "amod" and forces.head.text == "forces"


@pytest.mark.slow
def test_a_state_after_the_object_of_find_is_its_complement():
    doc = load_nlp()("Paramedics found a man dead inside the flat. The dead man was buried.")
    found, buried = [t for t in doc if t.text == "dead"]
    assert found.dep_ == "oprd" and found.head.text == "found"
    assert buried.dep_ == "amod" and buried.head.text == "man"  # before its noun: an adjective
