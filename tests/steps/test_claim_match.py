"""Object classes of a trigger, on parses built by hand (no model)."""
import spacy
from spacy.tokens import Doc

from claimtrace.steps.claim_match import fits, object_class


def _doc(words, heads, deps, lemmas, pos):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas,
               pos=pos)


def test_protesters_as_subject_and_as_object():
    doc = _doc(["Protesters", "clashed", "with", "police"], [1, 1, 1, 2],
               ["nsubj", "ROOT", "prep", "pobj"], ["protester", "clash", "with", "police"],
               ["NOUN", "VERB", "ADP", "NOUN"])
    assert "protesters_subject" in object_class(doc[1])
    doc = _doc(["Police", "fired", "at", "protesters"], [1, 1, 1, 2],
               ["nsubj", "ROOT", "prep", "pobj"], ["police", "fire", "at", "protester"],
               ["NOUN", "VERB", "ADP", "NOUN"])
    classes = object_class(doc[1])
    assert "protesters" in classes and "protesters_subject" not in classes


def test_a_disaster_as_passive_agent_is_the_doer():
    doc = _doc(["Villages", "were", "hit", "by", "floods"], [2, 2, 2, 2, 3],
               ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
               ["village", "be", "hit", "by", "flood"], ["NOUN", "AUX", "VERB", "ADP", "NOUN"])
    classes = object_class(doc[2])
    assert "disaster_subject" in classes and fits("disaster_subject", classes, doc[2])
    doc = _doc(["Villages", "were", "hit", "by", "drones"], [2, 2, 2, 2, 3],
               ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
               ["village", "be", "hit", "by", "drone"], ["NOUN", "AUX", "VERB", "ADP", "NOUN"])
    assert "disaster_subject" not in object_class(doc[2])


def test_a_class_joined_by_plus_needs_both():
    doc = _doc(["They", "turned", "guns", "on", "police"], [1, 1, 1, 1, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["they", "turn", "gun", "on", "police"],
               ["PRON", "VERB", "NOUN", "ADP", "NOUN"])
    classes = object_class(doc[1])
    assert fits("weapons+on", classes, doc[1])
    assert not fits("weapons+against", classes, doc[1])


def test_at_needs_a_noun_and_at_war_is_a_state():
    doc = _doc(["It", "aimed", "at", "reinforcing", "calls"], [1, 1, 1, 2, 3],
               ["nsubj", "ROOT", "prep", "pcomp", "dobj"], ["it", "aim", "at", "reinforce", "call"],
               ["PRON", "VERB", "ADP", "VERB", "NOUN"])
    assert "at" not in object_class(doc[1])
    doc = _doc(["Rebels", "fired", "at", "the", "convoy"], [1, 1, 1, 4, 2],
               ["nsubj", "ROOT", "prep", "det", "pobj"], ["rebel", "fire", "at", "the", "convoy"],
               ["NOUN", "VERB", "ADP", "DET", "NOUN"])
    assert "at" in object_class(doc[1])
    doc = _doc(["They", "are", "at", "war"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
               ["they", "be", "at", "war"], ["PRON", "AUX", "ADP", "NOUN"])
    assert "at_head" in object_class(doc[3])

