import pytest

from claimtrace import extract
from claimtrace.steps.headline import headline, past_form, repair_headline
from claimtrace.steps.parse import load_nlp


def test_past_forms_of_regular_and_irregular_verbs():
    assert [past_form(v) for v in ("attack", "seize", "ban", "bury", "sink", "storm")] == [
        "attacked", "seized", "banned", "buried", "sank", "stormed"]


@pytest.mark.slow
def test_a_present_tense_headline_verb_read_as_a_noun_becomes_the_verb():
    nlp = load_nlp()
    doc = nlp("Border police fires tear gas at farmers near the river\n\n"
              "The clash began on Monday, officials said.")
    assert repair_headline(nlp, doc)
    fires = next(t for t in doc if t.text == "fires")
    assert fires.pos_ == "VERB" and fires.lemma_ == "fire"
    assert any(c.dep_ == "nsubj" and c.text == "police" for c in fires.children)
    assert fires.text == "fires" and doc.text.startswith("Border police fires tear gas")


@pytest.mark.slow
def test_sentences_and_nouns_that_are_nouns_are_left_alone():
    nlp = load_nlp()
    # not a headline: the line ends with a full stop
    doc = nlp("Border police fires tear gas at farmers.\n\nMore later.")
    assert headline(doc) is None
    # "strike" before a verb is the subject's noun, not a verb
    doc = nlp("Israel says Beirut strike killed a senior commander\n\nThe army said so.")
    assert not repair_headline(nlp, doc)
    assert next(t for t in doc if t.text == "strike").pos_ == "NOUN"


@pytest.mark.slow
def test_the_headline_event_becomes_a_claim():
    doc = extract("Rebel fighters attack army post in the north\n\nThe assault began at dawn "
                  "on Friday, a local official said.", published="2025-03-28")
    first = [c for c in doc.claims if c.evidence.start == 0]
    assert first and first[0].type == "ASSAULT"


@pytest.mark.slow
def test_only_the_first_line_is_the_headline_when_a_byline_follows():
    nlp = load_nlp()
    doc = nlp("Coast guard fires water cannon at fishing boats\nBy Ana Reyes and Tom Hale\n\n"
              "MANILA - The incident happened on Monday.")
    line = headline(doc)
    assert line is not None and "Reyes" not in line.text
    assert repair_headline(nlp, doc)
    assert next(t for t in doc if t.text == "fires").pos_ == "VERB"
