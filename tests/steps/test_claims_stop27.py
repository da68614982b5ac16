"""Stop 27 readings: an act of speech conjoined to a denied or described complement is the
speaker's ("denied that its soldiers were involved and blamed the RSF")."""
from __future__ import annotations

from claims_helpers import run


def test_a_blame_conjoined_to_a_denied_complement_is_the_speaker_s_and_not_denied():
    doc, _ = run("He denied that the army was responsible and accused the rebels of the attack.")
    assert sorted(c.certainty for c in doc.claims if c.type == "ACCUSE") == ["alleged", "denied"]
    doc, code = run("The Sudanese army denied that its soldiers were involved and blamed the RSF.")
    assert [(c.type, c.certainty, code(c.actor)) for c in doc.claims] == [
        ("ACCUSE", "alleged", "SDN")]


def test_the_repair_moves_only_a_subjectless_act_of_speech_off_a_described_complement(nlp):
    heads = {t.text: t.head.text for t in nlp(
        "He denied that the army was responsible and accused the rebels of the attack.")}
    assert heads["accused"] == "denied"
    # an act the complement's own (active) subject does stays in the complement
    heads = {t.text: t.head.text for t in nlp(
        "The ministry said the police arrested the men and accused them of spying.")}
    assert heads["accused"] == "arrested"
