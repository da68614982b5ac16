"""Speakers the parse lost, for `claimtrace.attribution`: a name written right before a
reporting verb that the parser attached elsewhere ("... with the board of the Post Trump
said", "Flynn, a top surrogate, said Thursday on Fox")."""
from __future__ import annotations

from .attribution_lexicon import REPORT_CUES, STANCE_VERBS


def _is_cue_verb(tok) -> bool:
    """A verb of the reporting or stance lexicon."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("VERB", "AUX") and (lemma in REPORT_CUES or lemma in STANCE_VERBS)


NAME_ENTS = ("PERSON", "ORG", "GPE", "NORP")


def _named_before(verb):
    """A name written right before a reporting verb whose parse lost it as the subject:
    parsed as the object of a preceding phrase ("with the board of the Post Trump said")
    or as an apposition ("Flynn, a top surrogate, said"); None if there is none."""
    doc = verb.doc
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)
    if not finite and verb.tag_ != "VBG":
        return None  # "in Michigan to ask": an infinitive has no subject of its own
    j = verb.i - 1
    while j >= 0 and doc[j].head == verb and doc[j].dep_ in ("advmod", "aux", "neg") \
            and doc[j].is_alpha:
        j -= 1  # "Trump also said", "Trump has said"
    if j < 0 or any(doc[k].dep_ in ("nsubj", "nsubjpass") and doc[k].head == verb
                    for k in range(j + 1, verb.i)):
        return None
    if doc[j].text == ",":
        # an apposition set off by commas: the name before its opening comma
        k = j - 1
        while k >= 0 and verb.i - k <= 12 and doc[k].text != "," and \
                doc[k].pos_ not in ("VERB", "AUX") and not doc[k].is_quote:
            k -= 1
        if k < 1 or doc[k].text != "," or k == j - 1:
            return None
        j = k - 1
    tok = doc[j]
    if not finite and (j != verb.i - 1 or tok.ent_type_ != "PERSON"):
        return None  # "footage of Jane Doe asking", not "in Tulsa, Oklahoma, arguing"
    if tok.pos_ != "PROPN" or tok.ent_type_ not in NAME_ENTS or \
            tok.dep_ not in ("pobj", "appos", "compound", "conj", "dobj", "npadvmod"):
        return None
    if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.i < verb.i:
        return None  # part of a longer name that does not end here
    return tok
