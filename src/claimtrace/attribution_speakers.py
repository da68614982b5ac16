"""Speakers and reports the parse lost, for `claimtrace.attribution`: a name written right
before a reporting verb that the parser attached elsewhere ("... with the board of the Post
Trump said", "Flynn, a top surrogate, said Thursday on Fox", "X, the NIS (NIS) told
lawmakers"), a name hung on a title's "of" phrase ("the governor of Kursk, Alexei Smirnov"),
a reported clause hung on a noun ("said in a statement that ...")."""
from __future__ import annotations

from .attribution_lexicon import REPORT_CUES, SOURCE_NOUNS, STANCE_VERBS
from .attribution_senses import physical_sense


def _is_cue_verb(tok) -> bool:
    """A verb of the reporting or stance lexicon."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("VERB", "AUX") and (lemma in REPORT_CUES or lemma in STANCE_VERBS) \
        and not physical_sense(tok)


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
    if doc[j].text == ")":
        # "the National Intelligence Service (NIS) said": the name before its parenthesis
        k = j - 1
        while k > 0 and j - k <= 12 and doc[k].text not in ("(", ")"):
            k -= 1
        if doc[k].text != "(" or k < 1:
            return None
        j = k - 1
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
    named = tok.ent_type_ in NAME_ENTS or any(
        c.dep_ == "compound" and c.ent_type_ in NAME_ENTS for c in tok.children)
    if tok.pos_ != "PROPN" or not named or \
            tok.dep_ not in ("pobj", "appos", "compound", "conj", "dobj", "npadvmod"):
        return None
    if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.i < verb.i:
        return None  # part of a longer name that does not end here
    return tok


def _content_clause(verb) -> bool:
    """A finite clause opened by "that" with a subject of its own (so "that" is no
    relative pronoun)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    # a passive takes no object: "that" parsed as one ("a briefing that the plant was hit")
    # opens the clause
    return any(c.lower_ == "that" and (c.dep_ == "mark" or (passive and c.dep_ == "dobj"))
               for c in verb.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _trailing_report(verb, trigger) -> bool:
    """ "X shipped munitions, the NIS (NIS) told lawmakers": a report verb coordinated
    after the clause, its speaker parsed into that clause."""
    return verb.dep_ == "conj" and verb.i > trigger.i and _is_cue_verb(verb) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
        _named_before(verb) is not None


def _titled_name(head):
    """The name set off after a title's "of" phrase, where the parse hangs it: "the acting
    governor of Kursk, Alexei Smirnov" -> Smirnov; None otherwise."""
    if SOURCE_NOUNS.get(head.lemma_.lower()) not in ("official", "military"):
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return None
    return next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and
                 c.ent_type_ not in ("GPE", "LOC", "ORG") and
                 any(g.dep_ == "compound" and g.i < c.i for g in c.children)), None)
