"""Headline grammar the re-read repairs: a whole first line, bare subjects the tagger
misreads, a dropped article, a passive without its auxiliary, a verb under a label."""
import pytest

from claimtrace import extract
from claimtrace.steps.headline import first_line_end, headline, repair_headline
from claimtrace.steps.parse import load_nlp


def _tok(doc, text):
    return next(t for t in doc if t.text == text)


def _subjects(tok):
    return {c.text for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")}


@pytest.mark.slow
def test_the_headline_is_the_whole_first_line_and_one_sentence():
    nlp = load_nlp()
    doc = nlp("At Kupiansk depot, a supply convoy became a target\n\nThe strike came at noon.")
    line = headline(doc)
    assert line is not None and line.text.endswith("a target")
    assert len(list(line.sents)) == 1
    # a question in the headline still ends its sentence
    doc = nlp("Who shelled the dam at night? What the satellite images show\n\nMore below.")
    assert len(list(headline(doc).sents)) == 2


@pytest.mark.slow
def test_a_bare_common_noun_subject_is_read_with_an_article():
    nlp = load_nlp()
    doc = nlp("Police detain six after blast damages main rail bridge\n\nThe bridge is shut.")
    assert repair_headline(nlp, doc)
    damages = _tok(doc, "damages")
    assert damages.pos_ == "VERB" and damages.lemma_ == "damage"
    assert _subjects(damages) == {"blast"}
    assert doc.text.startswith("Police detain six after blast damages")  # text untouched
    assert len(doc) == len(nlp("Police detain six after blast damages main rail bridge\n\n"
                               "The bridge is shut."))


@pytest.mark.slow
def test_a_passive_without_its_auxiliary_gets_its_subject():
    nlp = load_nlp()
    doc = nlp("Chad: Scores killed as gunmen storm Lac village of Ngouboua\n\nOfficials spoke.")
    assert repair_headline(nlp, doc)
    assert _subjects(_tok(doc, "killed")) == {"Scores"}
    assert _tok(doc, "storm").pos_ == "VERB"


@pytest.mark.slow
def test_a_misread_name_subject_still_makes_the_verb():
    nlp = load_nlp()
    doc = nlp("Houthis sink cargo vessel off Hodeidah coast\n\nThe crew was rescued.")
    repair_headline(nlp, doc)
    assert _tok(doc, "sink").pos_ == "VERB" and _subjects(_tok(doc, "sink")) == {"Houthis"}


@pytest.mark.slow
def test_a_demonym_before_a_noun_is_no_subject():
    nlp = load_nlp()
    doc = nlp("Oman keeps silent after Iranian strike on tanker in Gulf of Oman\n\nMore later.")
    repair_headline(nlp, doc)
    assert _tok(doc, "strike").pos_ == "NOUN"


@pytest.mark.slow
def test_headline_claims_come_out_and_page_furniture_stays_empty():
    doc = extract("Blast damages key power line near Mitrovica\n\nPolice said the explosion "
                  "happened overnight.", published="2025-02-01")
    first = [c for c in doc.claims if c.evidence.start == 0]
    assert first and first[0].type == "ASSAULT"
    doc = extract("Read more: Militants storm border post in the east\n\nThe weather was mild "
                  "in the capital on Tuesday, forecasters said.", published="2025-02-01")
    assert not [c for c in doc.claims if c.type == "ASSAULT"]


def test_a_line_with_a_full_stop_or_no_break_is_no_headline():
    from spacy.lang.en import English

    nlp = English()
    assert first_line_end(nlp("Troops storm the town.\n\nMore.")) is None
    assert first_line_end(nlp("Troops storm the town")) is None
    assert first_line_end(nlp("Troops storm the town\n\nMore.")) == 4


def test_a_headline_claim_of_an_attack_is_the_claimers_alleged_act():
    # "claims" read as a noun left the attack to the author; re-read as "claimed", the
    # group that claims it is its source and doer, certainty alleged
    doc = extract("Separatist BLA claims attack on Quetta station\n\nPolice said 26 people died.",
                  published="2024-11-09")
    attack = next(c for c in doc.claims if c.subtype == "attack")
    assert attack.certainty == "alleged" and attack.source.name == "Separatist BLA"
    assert attack.actor is not None
