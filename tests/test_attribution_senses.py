"""The physical sense of a cue verb (`claimtrace.attribution_senses`): a strike or a
movement told with a verb that also reports speech makes no source."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimtrace.attribution import attribute
from claimtrace.attribution_relations import attributions
from claimtrace.attribution_senses import physical_sense


def _doc(rows):
    """A parsed sentence from (word, head index, dep, pos, lemma) rows."""
    words, heads, deps, pos, lemmas = (list(col) for col in zip(*rows))
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(rows) - 1))


def _verb(rows, lemma):
    doc = _doc(rows)
    return next(t for t in doc if t.lemma_ == lemma)


# "A shell slammed into the depot ."
INTO = [("A", 1, "det", "DET", "a"), ("shell", 2, "nsubj", "NOUN", "shell"),
        ("slammed", 2, "ROOT", "VERB", "slam"), ("into", 2, "prep", "ADP", "into"),
        ("the", 5, "det", "DET", "the"), ("depot", 3, "pobj", "NOUN", "depot"),
        (".", 2, "punct", "PUNCT", ".")]
# "The senator slammed the budget ."
SPEECH = [("The", 1, "det", "DET", "the"), ("senator", 2, "nsubj", "NOUN", "senator"),
          ("slammed", 2, "ROOT", "VERB", "slam"), ("the", 4, "det", "DET", "the"),
          ("budget", 2, "dobj", "NOUN", "budget"), (".", 2, "punct", "PUNCT", ".")]
# "Troops pounded the village with mortars ."
INSTRUMENT = [("Troops", 1, "nsubj", "NOUN", "troop"), ("pounded", 1, "ROOT", "VERB", "pound"),
              ("the", 3, "det", "DET", "the"), ("village", 1, "dobj", "NOUN", "village"),
              ("with", 1, "prep", "ADP", "with"), ("mortars", 4, "pobj", "NOUN", "mortar"),
              (".", 1, "punct", "PUNCT", ".")]
# "The senator played down the report ." (a phrasal cue, though "down" is a path word)
PHRASAL = [("The", 1, "det", "DET", "the"), ("senator", 2, "nsubj", "NOUN", "senator"),
           ("played", 2, "ROOT", "VERB", "play"), ("down", 2, "prt", "ADP", "down"),
           ("the", 5, "det", "DET", "the"), ("report", 2, "dobj", "NOUN", "report"),
           (".", 2, "punct", "PUNCT", ".")]
# "The minister said the talks continued ." ("say" has no physical sense)
SAID = [("The", 1, "det", "DET", "the"), ("minister", 2, "nsubj", "NOUN", "minister"),
        ("said", 2, "ROOT", "VERB", "say"), ("the", 4, "det", "DET", "the"),
        ("talks", 5, "nsubj", "NOUN", "talk"), ("continued", 2, "ccomp", "VERB", "continue"),
        (".", 2, "punct", "PUNCT", ".")]


def test_path_preposition_and_thing_subject_mark_a_strike():
    assert physical_sense(_verb(INTO, "slam"))


def test_a_speaker_slamming_a_decision_is_speech():
    assert not physical_sense(_verb(SPEECH, "slam"))


def test_instrument_and_struck_place_mark_a_strike():
    assert physical_sense(_verb(INSTRUMENT, "pound"))


def test_phrasal_cue_particle_is_no_path():
    assert not physical_sense(_verb(PHRASAL, "play"))


def test_verbs_without_a_physical_sense_are_never_read_so():
    assert not physical_sense(_verb(SAID, "say"))


def test_a_strike_makes_no_relation_and_no_source():
    doc = _doc(INTO)
    assert attributions(doc[:]) == []
    attr = attribute(doc[2], doc[:], lambda s, e: None, "Wire")
    assert attr.source.kind == "author" and attr.cue is None


def test_speech_sense_keeps_its_relation():
    doc = _doc(SPEECH)
    rels = attributions(doc[:])
    assert [(r.source_span.text, r.cue) for r in rels] == [("The senator", "slammed")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A drone slammed into an apartment block in the capital overnight.",
    "Missiles blasted through the roof of the clinic.",
    "Artillery units hammered the town with rockets for a third day.",
])
def test_parsed_strikes_have_no_source(nlp, text):
    doc = nlp(text)
    assert [r.cue for s in doc.sents for r in attributions(s)] == []


@pytest.mark.slow
def test_parsed_criticism_keeps_its_source(nlp):
    doc = nlp("The opposition leader blasted the new budget on Tuesday.")
    rels = [r for s in doc.sents for r in attributions(s)]
    assert [(r.source_span.text, r.cue) for r in rels] == [("The opposition leader", "blasted")]
