"""Sources named by a verb of giving or crediting, not of saying, for
`claimtrace.attribution`: a figure someone hands over ("the agency gave an initial toll of
at least 40 dead", "the ministry released a new tally") and an act someone is credited
with ("the army credited its units with the capture"). The giver or the one who credits is
the source of the event told inside.
"""
from __future__ import annotations

from .attribution_lexicon import CREDIT_FRAMES, FIGURE_GIVERS, FIGURE_NOUNS

# how far up from the trigger the figure noun may sit ("a toll of 40 people killed":
# killed -> people -> of -> toll)
FIGURE_REACH = 4


def given_figure(trigger):
    """The verb that gives a figure holding the trigger ("gave a toll of 40 dead": the
    trigger is the toll or inside its "of" phrase), or None."""
    tok = trigger
    for _ in range(FIGURE_REACH + 1):
        if tok.pos_ in ("NOUN", "PROPN") and _figure_noun(tok) and tok.dep_ == "dobj":
            verb = tok.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() in FIGURE_GIVERS:
                return verb
            return None
        if tok.dep_ not in ("pobj", "prep", "compound", "amod", "nummod", "acl", "appos") \
                or tok.head is tok:
            return None
        tok = tok.head
    return None


def _figure_noun(tok) -> bool:
    if tok.lemma_.lower() in FIGURE_NOUNS:
        return True
    # "casualty figures", "death toll": the compound carries the figure word too
    return any(c.dep_ == "compound" and c.lemma_.lower() in FIGURE_NOUNS for c in tok.children)


def credited_with(trigger):
    """(verb, certainty) when the trigger is the act a verb credits someone with ("credited
    its units with the capture"), else None."""
    tok = trigger
    while tok.dep_ == "xcomp" and tok.head.tag_ == "VBG" and tok.head.dep_ == "pcomp":
        tok = tok.head  # "credited the militia with helping to push the rebels out"
    if tok.dep_ == "pcomp" or (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.tag_ == "VBG"):
        tok = tok.head if tok.dep_ == "dobj" else tok  # "with capturing the bridge"
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.dep_ != "prep":
        return None
    prep = tok.head
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    lemma, word = verb.lemma_.lower(), prep.lower_
    for frame_verb, frame_prep, certainty in CREDIT_FRAMES:
        if frame_verb == lemma and frame_prep == word and any(
                c.dep_ == "dobj" and c.i < prep.i for c in verb.children):
            return verb, certainty
    return None

