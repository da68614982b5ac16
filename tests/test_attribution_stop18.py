"""Stop 18 (issue 5): who holds a feeling, who speaks an infinitive, "as X pointed out", a
relative pronoun as written, and reports nested in a relative clause on another cue's object
(`claimtrace.attribution`, `claimtrace.attribution_relations`, `claimtrace.attribution_speakers`)."""
from __future__ import annotations

import pytest

from attribution_helpers import attributed
from claimtrace.attribution import experiencer
from claimtrace.attribution_relations import attributions

slow = pytest.mark.slow


def _pairs(nlp, text):
    doc = nlp(text)
    return [(r.source_span.text if r.source_span else None, r.cue)
            for s in doc.sents for r in attributions(s, author="Wire")]


@slow
def test_the_object_of_a_verb_of_feeling_holds_the_feeling(nlp):
    pairs = _pairs(nlp, "That worries environmentalists.")
    assert ("environmentalists", "worries") in pairs
    assert not any(src == "That" for src, _ in pairs)


@slow
def test_a_verb_of_feeling_without_an_object_or_with_it_has_no_experiencer(nlp):
    doc = nlp("The residents worry about the dam. The plan worries it.")
    assert [experiencer(t) for t in doc if t.lemma_ == "worry"] == [None, None]


@slow
def test_the_object_of_an_object_control_verb_speaks_the_infinitive(nlp):
    pairs = _pairs(nlp, "The senator also forced Stumpf to admit that no executives were "
                        "punished.")
    assert ("Stumpf", "to admit") in pairs
    assert ("The senator", "to admit") not in pairs


@slow
def test_a_claim_under_a_controlled_infinitive_is_the_objects(nlp):
    attr, _ = attributed(nlp, "The senator forced Stumpf to admit that executives were "
                              "never punished.", "punished")
    assert attr.source.name == "Stumpf"


@slow
def test_as_x_pointed_out_names_the_speaker_the_parse_hung_on_as(nlp):
    pairs = _pairs(nlp, "Hawaii, as one of Mr. Obama's climate advisers pointed out, "
                        "normally does not get back-to-back hurricanes.")
    assert pairs == [("one of Mr. Obama's climate advisers", "pointed out")]


@slow
def test_a_report_in_a_relative_clause_on_a_cue_verbs_object_is_nested(nlp):
    pairs = _pairs(nlp, "It also mentions policies she supported that Trump argues allowed "
                        "the group's reach to spread.")
    assert not any(cue == "supported" for _, cue in pairs)


@slow
def test_a_relative_clause_on_a_speaker_is_a_relation_of_its_own(nlp):
    pairs = _pairs(nlp, '"These are strange days," said Peter Morgan, a lawyer for the '
                        'Sierra Club, who has been challenging the coal industry for years.')
    assert ("who", "has been challenging") in pairs
    assert any(src and src.startswith("Peter Morgan") and cue == "said" for src, cue in pairs)


@slow
def test_such_as_is_no_speaker_before_a_report(nlp):
    pairs = _pairs(nlp, "The US can pay in kind, including new military assistance such as air "
                        "defence systems, officials in Kyiv say.")
    assert not any(src and "air defence" in src for src, _ in pairs)
