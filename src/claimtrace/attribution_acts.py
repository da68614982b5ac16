"""Claims that are a speaker's own act, for `claimtrace.attribution`: a denial of a claim
("Tehran rejected the accusation", "a figure the army dismissed as propaganda") or blame
("officials blamed the RSF for the attack"); events told inside a figure someone states
("officials put the number of missiles delivered at 200"); and acts someone is charged
with ("accused of helping ...")."""
from __future__ import annotations

from .attribution_lexicon import (CLAIM_OBJECTS, FIGURE_FRAMES, LIGHT_VERBS, OWN_ACTS,
                                  REPORT_NOUNS, VOICED_NOUNS)


def _claim_noun(tok) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in CLAIM_OBJECTS or lemma in REPORT_NOUNS


def _on_a_claim(verb) -> bool:
    """The act takes what someone said as its object: "rejected the claim", "dismissed it
    as fake", "a figure the army dismissed"."""
    if verb.dep_ == "relcl" and _claim_noun(verb.head):
        return True
    return any((c.dep_ in ("dobj", "nsubjpass") and _claim_noun(c)) or
               (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


def own_act(verb) -> str | None:
    """The certainty of a claim that is the subject's own act (a denial, blame), or None."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    for act, certainty, needs in OWN_ACTS:
        if act == lemma and (needs != "claim" or _on_a_claim(verb)):
            return certainty
    return None


def figure_above(trigger):
    """(verb, preposition) of a figure frame whose object holds the trigger: "put the
    number of missiles delivered at 200", "put the figure at 11,000, most of them deployed
    to Kursk"; None when the nearest verb above the trigger frames no figure."""
    verb = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    # the figure's preposition may be parsed lower down ("the number of missiles delivered
    # at 200" hangs "at" on "delivered")
    prep = figure_prep(verb, [*verb.children, *verb.subtree], ("prep", "dative"))
    return (verb, prep) if prep is not None else None


def figure_prep(verb, toks, deps, after: int = -1):
    """The first of `toks` (after token index `after`) that is a preposition of `verb`'s
    figure frame with a number in its phrase: "at" in "put the toll ... at around 280"."""
    lemma = verb.lemma_.lower()
    return next((t for t in toks if t.dep_ in deps and t.i > after
                 and (lemma, t.lower_) in FIGURE_FRAMES and any(x.like_num for x in t.subtree)),
                None)


CHARGES = {"accuse", "accusation", "allegation", "allege", "charge", "suspect", "suspicion",
           "blame"}


def charged_with(trigger):
    """The word that charges someone with the trigger's act, if any: the trigger (or the
    gerund it heads) is the object of "of" after "accused", "allegations", "suspected"."""
    tok = trigger
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.tag_ == "VBG":
        tok = tok.head  # "accused of carrying out raids": the gerund carries the noun
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ != "of":
        return None
    word = tok.head.head
    if word.dep_ == "dobj" and word.lemma_.lower() not in CHARGES:
        word = word.head  # "accused the junta of targeting ..."
    return word if word.lemma_.lower() in CHARGES else None


OWNER_PREPS = ("by", "from")


def speech_owner(trigger):
    """Who voices a noun of a speech act that is itself the event (`VOICED_NOUNS`): the owner of "his call for a
    ceasefire" (the subject of the verb that voices it when the owner is a pronoun: "the
    envoy repeated his call"), the subject of a light verb ("issued an appeal"), the object
    of "by"/"from" ("a demand by the unions"); None otherwise."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in VOICED_NOUNS:
        return None
    verb = trigger.head if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" else None
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    owner = next((c for c in trigger.children if c.dep_ == "poss"), None)
    if owner is not None:
        return doer if owner.pos_ == "PRON" and doer is not None and doer.pos_ != "PRON" \
            else owner
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    if doer is not None and verb.lemma_.lower() in LIGHT_VERBS:
        return doer
    return None
