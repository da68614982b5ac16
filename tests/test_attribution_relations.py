"""Every attribution relation of a sentence (`claimtrace.attribution_relations`)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimtrace.attribution_relations import attributions, find_text

slow = pytest.mark.slow


def _doc(rows, vocab=None):
    """A parsed sentence from (word, head index, dep, pos, tag, lemma) rows."""
    words, heads, deps, pos, tags, lemmas = (list(col) for col in zip(*rows))
    return Doc(vocab or Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(rows) - 1))


# "The mayor said the bridge fell , adding that crews had arrived ."
PARTICIPLE = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("bridge", 5, "nsubj", "NOUN", "NN", "bridge"),
    ("fell", 2, "ccomp", "VERB", "VBD", "fall"),
    (",", 2, "punct", "PUNCT", ",", ","),
    ("adding", 2, "advcl", "VERB", "VBG", "add"),
    ("that", 11, "mark", "SCONJ", "IN", "that"),
    ("crews", 11, "nsubj", "NOUN", "NNS", "crew"),
    ("had", 11, "aux", "AUX", "VBD", "have"),
    ("arrived", 7, "ccomp", "VERB", "VBN", "arrive"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "Rebels seized the depot and claimed the town ."
COORDINATED = [
    ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
    ("seized", 1, "ROOT", "VERB", "VBD", "seize"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("depot", 1, "dobj", "NOUN", "NN", "depot"),
    ("and", 1, "cc", "CCONJ", "CC", "and"),
    ("claimed", 1, "conj", "VERB", "VBD", "claim"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("town", 5, "dobj", "NOUN", "NN", "town"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# "Guards who reported the fire fled ." (a relative clause: a nested report, left out)
RELATIVE = [
    ("Guards", 5, "nsubj", "NOUN", "NNS", "guard"),
    ("who", 2, "nsubj", "PRON", "WP", "who"),
    ("reported", 0, "relcl", "VERB", "VBD", "report"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("fire", 2, "dobj", "NOUN", "NN", "fire"),
    ("fled", 5, "ROOT", "VERB", "VBD", "flee"),
    (".", 5, "punct", "PUNCT", ".", "."),
]

# "The union endorsed the senator ." (a stance act: no clause reported)
ACT = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("union", 2, "nsubj", "NOUN", "NN", "union"),
    ("endorsed", 2, "ROOT", "VERB", "VBD", "endorse"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("senator", 2, "dobj", "NOUN", "NN", "senator"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "The senator was endorsed by the union ."
PASSIVE_ACT = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 3, "nsubjpass", "NOUN", "NN", "senator"),
    ("was", 3, "auxpass", "AUX", "VBD", "be"),
    ("endorsed", 3, "ROOT", "VERB", "VBN", "endorse"),
    ("by", 3, "agent", "ADP", "IN", "by"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("union", 4, "pobj", "NOUN", "NN", "union"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# "I know the plan failed ." (the author's own cue, in the first person)
FIRST_PERSON = [
    ("I", 1, "nsubj", "PRON", "PRP", "I"),
    ("know", 1, "ROOT", "VERB", "VBP", "know"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("plan", 4, "nsubj", "NOUN", "NN", "plan"),
    ("failed", 1, "ccomp", "VERB", "VBD", "fail"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _fix(rows, heads):
    return [(w, heads[i], d, p, t, l) for i, (w, _, d, p, t, l) in enumerate(rows)]


def test_root_report_and_participle_report_are_two_relations():
    doc = _doc(PARTICIPLE)
    rels = attributions(doc[:], author="Wire")
    assert [(r.source_span.text, r.cue) for r in rels] == [("The mayor", "said"),
                                                           ("The mayor", "adding")]
    said, adding = rels
    assert said.content.text == "the bridge fell"
    assert adding.content.text == "that crews had arrived"
    assert (adding.cue_span.start, adding.cue_span.end) == (doc[7].idx, doc[7].idx + 6)


def test_a_verb_coordinated_with_the_main_one_shares_its_subject():
    doc = _doc(COORDINATED)
    rels = attributions(doc[:], author="Wire")
    assert [(r.source_span.text, r.cue, r.certainty) for r in rels] == [
        ("Rebels", "claimed", "alleged")]
    assert rels[0].content.text == "the town"


def test_no_relation_in_a_relative_clause_or_without_a_cue():
    doc = _doc(RELATIVE)
    assert attributions(doc[:], author="Wire") == []
    plain = _doc(_fix(COORDINATED[:4] + COORDINATED[8:], [1, 1, 3, 1, 1]))  # no cue
    assert attributions(plain[:], author="Wire") == []


def test_one_relation_is_reported_once():
    doc = _doc(PARTICIPLE)
    rels = attributions(doc[:])
    keys = [(r.source_span.start, r.cue_span.start) for r in rels]
    assert len(keys) == len(set(keys))


def test_a_stance_act_is_a_relation_of_its_subject():
    rels = attributions(_doc(ACT)[:], author="Wire")
    assert [(r.source_span.text, r.cue, r.certainty, r.content.text) for r in rels] == [
        ("The union", "endorsed", "asserted", "the senator")]


def test_a_passive_stance_act_is_a_relation_of_its_agent():
    rels = attributions(_doc(PASSIVE_ACT)[:], author="Wire")
    assert [(r.source_span.text, r.content.text) for r in rels] == [("the union", "The senator")]


def test_a_stance_act_on_nothing_or_by_no_one_is_no_relation():
    rallied = _doc([("Crowds", 1, "nsubj", "NOUN", "NNS", "crowd"),
                    ("rallied", 1, "ROOT", "VERB", "VBD", "rally"),
                    (".", 1, "punct", "PUNCT", ".", ".")])
    assert attributions(rallied[:], author="Wire") == []
    it = _doc(_fix([("It", 0, "nsubj", "PRON", "PRP", "it")] + ACT[2:], [1, 1, 3, 1, 1]),
              spacy.blank("en").vocab)
    assert attributions(it[:], author="Wire") == []
    they = _doc(_fix([("They", 0, "nsubj", "PRON", "PRP", "they")] + ACT[2:], [1, 1, 3, 1, 1]),
                spacy.blank("en").vocab)
    assert [r.source_span.text for r in attributions(they[:], author="Wire")] == ["They"]


def test_the_authors_first_person_cue_has_the_pronoun_as_its_source():
    doc = _doc(FIRST_PERSON, spacy.blank("en").vocab)  # (English lower-casing: "I" -> "i")
    rels = attributions(doc[:], author="Wire")
    assert [(r.source_span.text, r.cue, r.source.kind) for r in rels] == [("I", "know", "author")]
    assert rels[0].content.text == "the plan failed"


def test_find_text_nearest_and_case_insensitive():
    text = "Officials said X. He said Y."
    span = find_text(text, "said", 0, len(text), 20)
    assert (span.start, span.end, span.text) == (21, 25, "said")
    assert find_text("According to ZDF", "according to", 0, 16, 0).text == "According to"
    assert find_text(text, None, 0, 5, 0) is None
    assert find_text(text, "denied", 0, len(text), 0) is None


@slow
def test_parsed_sentences_find_every_cue(nlp):
    doc = nlp("The ministry denied the report, saying that no troops had crossed the border.")
    cues = [r.cue for r in attributions(next(doc.sents))]
    assert "saying" in cues and any(c and "denied" in c for c in cues)
    doc = nlp("Analysts questioned the ministry's claim that the convoy was hit by a drone.")
    rels = attributions(next(doc.sents))
    owned = [r for r in rels if r.cue == "claim"]
    assert owned and owned[0].source_span.text.startswith("the ministry")
    assert "the convoy was hit" in owned[0].content.text


@slow
def test_parsed_sentence_without_attribution_has_none(nlp):
    doc = nlp("The bridge over the river collapsed on Tuesday morning.")
    assert attributions(next(doc.sents), author="Wire") == []


@slow
def test_parsed_stance_acts_are_relations(nlp):
    doc = nlp("The committee voted on Thursday to hold the former aide in contempt.")
    rels = attributions(next(doc.sents))
    assert [(r.source_span.text, r.cue) for r in rels] == [("The committee", "voted")]
    doc = nlp("Opposition leaders denounced the decree as an illegal power grab.")
    rels = attributions(next(doc.sents))
    assert [(r.source_span.text, r.cue) for r in rels] == [("Opposition leaders", "denounced")]

    doc = nlp("The minister spoke to reporters about the ceasefire talks.")
    rels = attributions(next(doc.sents))
    assert [(r.source_span.text, r.content.text) for r in rels] == [
        ("The minister", "about the ceasefire talks")]
    doc = nlp("The minister spoke to reporters at the airport.")
    assert attributions(next(doc.sents)) == []  # no topic, no stance


# "“ He said it failed , ” she wrote ." (a report told inside a quotation)
QUOTED = [
    ("“", 2, "punct", "PUNCT", "``", "“"),
    ("He", 2, "nsubj", "PRON", "PRP", "he"),
    ("said", 8, "ccomp", "VERB", "VBD", "say"),
    ("it", 4, "nsubj", "PRON", "PRP", "it"),
    ("failed", 2, "ccomp", "VERB", "VBD", "fail"),
    (",", 2, "punct", "PUNCT", ",", ","),
    ("”", 2, "punct", "PUNCT", "''", "”"),
    ("she", 8, "nsubj", "PRON", "PRP", "she"),
    ("wrote", 8, "ROOT", "VERB", "VBD", "write"),
    (".", 8, "punct", "PUNCT", ".", "."),
]


def test_a_report_inside_a_quotation_is_the_quoted_speakers_not_a_relation():
    doc = _doc(QUOTED, spacy.blank("en").vocab)
    rels = attributions(doc[:], author="Wire")
    assert [(r.source_span.text, r.cue) for r in rels] == [("she", "wrote")]


def test_a_quotation_never_closed_keeps_its_reports():
    # a transcript turn or block quotation opened and not closed in its paragraph
    rows = [r for i, r in enumerate(QUOTED) if i != 6]
    doc = _doc(_fix(rows, [2, 2, 7, 4, 2, 2, 7, 7, 7]), spacy.blank("en").vocab)
    sources = [r.source_span.text for r in attributions(doc[:], author="Wire")]
    assert "He" in sources


# "Rebels seized the depot and the army claimed the town ." (a coordinated clause with a
# subject of its own)
OWN_SUBJECT = [
    ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
    ("seized", 1, "ROOT", "VERB", "VBD", "seize"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("depot", 1, "dobj", "NOUN", "NN", "depot"),
    ("and", 1, "cc", "CCONJ", "CC", "and"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("army", 7, "nsubj", "NOUN", "NN", "army"),
    ("claimed", 1, "conj", "VERB", "VBD", "claim"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("town", 7, "dobj", "NOUN", "NN", "town"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_coordinated_report_with_a_subject_of_its_own_is_a_relation():
    rels = attributions(_doc(OWN_SUBJECT)[:], author="Wire")
    assert [(r.source_span.text, r.cue) for r in rels] == [("the army", "claimed")]


@slow
def test_according_to_is_a_relation_beside_the_clauses_own_speaker(nlp):
    doc = nlp("The minister hopes to sign the treaty next week, according to two officials.")
    rels = attributions(next(doc.sents))
    assert [(r.source_span.text, r.cue) for r in rels] == [
        ("The minister", "hopes"), ("two officials", "according to")]


@slow
def test_a_report_set_off_inside_a_lower_clause_is_a_relation(nlp):
    doc = nlp("The bridge, which, the mayor said, was shut for repairs, reopened on Monday.")
    rels = attributions(next(doc.sents))
    assert [(r.source_span.text, r.cue) for r in rels] == [("the mayor", "said")]


@slow
def test_a_stance_act_in_a_relative_clause_is_a_relation(nlp):
    doc = nlp("The senator, who endorsed the bill, resigned on Friday.")
    rels = attributions(next(doc.sents))
    assert [(r.source_span.text, r.cue, r.source.name) for r in rels] == [
        ("who", "endorsed", "The senator")]


@slow
def test_a_poll_named_after_in_is_the_source(nlp):
    doc = nlp("In the latest regional poll, the governor leads her rival by six points.")
    rels = attributions(next(doc.sents))
    assert [(r.source_span.text, r.cue) for r in rels] == [("the latest regional poll", "In")]


@slow
def test_said_in_a_report_keeps_the_speaker(nlp):
    doc = nlp("The agency said in a report that the dam had been damaged.")
    rels = attributions(next(doc.sents))
    assert [(r.source_span.text, r.cue) for r in rels] == [("The agency", "said")]


@slow
@pytest.mark.parametrize("text, source, cue", [
    ("Coastal Mayors Rip State Budget As A Giveaway.", "Coastal Mayors", "Rip"),
    ("Railing Against The Plan, Governor Vows To Veto Water Bill.", "Governor", "Vows"),
])
def test_a_title_case_headline_credits_its_cue_word(nlp, text, source, cue):
    rels = attributions(next(nlp(text).sents))
    assert [(r.source_span.text, r.cue) for r in rels] == [(source, cue)]


@slow
@pytest.mark.parametrize("text", [
    "Harbor Power Plant Rules Face New Test In Court.",
    "A Harbor Reconstruction Plan.",
])
def test_a_headline_noun_that_names_what_acts_is_no_cue(nlp, text):
    assert attributions(next(nlp(text).sents)) == []
