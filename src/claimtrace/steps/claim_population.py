"""Counted people who stay, leave, arrive or are sheltered: figures of a population.

"City officials say fewer than 1,300 remain", "up to 2,000 families have left the camp",
"our teams have registered more than 9,000 new arrivals", "some 20,000 people managed to get
to safety": a count of civilians where they are, or where they went, is a figure a source
gives, and it fits no PLOVER event type. The claims step makes it a claim of kind
`quantity` with no type and the subtype `population`, so the ledger can follow the figure
over time and between sources (residents left in a besieged town, people at a camp).
`counted_people(tok)` answers for one verb (spaCy token); `evacuated_people(tok)` takes
counted evacuees before the lexicon's senses of "evacuate".
"""
from __future__ import annotations

from .claim_lexicon import Trigger, noun_classes

# the claim: no PLOVER type fits a population figure
POPULATION = Trigger("remain", "VERB", None, None, "population", "quantity", "any")

# verbs whose counted subject stays or moves ("fewer than 1,000 residents remained",
# "dozens of families had arrived there", "20,000 people managed to get out")
STAYING = {"remain", "stay", "leave", "arrive", "return", "reach", "escape", "get",
           "cross", "shelter", "drive", "head", "walk", "travel", "move"}
# verbs whose counted object is taken in or moved ("registered 9,000 new arrivals", "the
# site was sheltering 11,000 displaced people", "resettled hundreds of families")
HOSTING = {"register", "shelter", "host", "receive", "house", "resettle", "relocate",
           "evacuate", "record"}
# every verb that can tell a population figure ("still living" besides)
POPULATION_VERBS = frozenset(STAYING | HOSTING | {"live"})
# people counted as such though no noun class says so
PEOPLE_WORDS = {"arrival", "inhabitant", "household", "idp", "idps", "displaced", "evacuee"}


def counted_people(tok) -> bool:
    """Does this verb tell where a counted group of people is or went? (Asked of every
    word no other reading took, so the cheap lemma test comes first.)"""
    lemma = tok.lemma_.lower()
    if lemma not in POPULATION_VERBS:
        return False
    if tok.dep_ == "relcl" or tok.pos_ not in ("VERB", "AUX") and not (
            tok.dep_ in ("ROOT", "ccomp", "conj") and any(c.dep_ == "nsubj" for c in tok.children)):
        return False  # ("camps, which shelter hundreds of thousands": what a place is; "say
        # fewer than 1,300 remain": a verb the tagger took for a noun still has its subject)
    if lemma == "live" and not any(c.dep_ == "advmod" and c.lower_ == "still"
                                   for c in tok.children):
        return False  # ("fewer than 100 civilians were still living there")
    deps = (("nsubj",) if lemma in STAYING or lemma == "live" else ()) + (
        ("dobj", "nsubjpass") if lemma in HOSTING else ())
    # ("20,000 people managed to get to safety": the subject of the verb it completes)
    kids = list(tok.children) + (list(tok.head.children) if tok.dep_ == "xcomp" else [])
    return any(c.dep_ in deps and _counted(c) for c in kids)


def evacuated_people(tok) -> bool:
    """ "more than 1,000 people had been evacuated", "they evacuated 2,000 civilians", "900
    people had been taken out of three districts": a count
    of people moved to safety is a population figure whoever moved them and from whatever
    danger (the gold of many sets keys it with no type, some as COERCE or AID), before the
    lexicon reads the verb as an expulsion, or as no event in a flood."""
    lemma = tok.lemma_.lower()
    if lemma == "take" and any(c.dep_ in ("prt", "prep") and c.lower_ == "out"
                               for c in tok.children):
        # "about 900 people had been taken out of three riverside districts" (a passive
        # with no doer: "gunmen took 20 villagers out of their homes" is no rescue)
        return not any(c.dep_ == "agent" for c in tok.children) and any(
            c.dep_ == "nsubjpass" and _counted(c) for c in tok.children)
    return lemma == "evacuate" and counted_people(tok)


def _counted(noun) -> bool:
    """ "fewer than 1,300 residents", "dozens of families", "9,000 new arrivals", "1,300"
    (the people named before)."""
    if noun.pos_ == "NUM" or noun.like_num:
        return noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "remain"
    if noun.lemma_.lower() in ("dozen", "hundred", "thousand", "ten"):
        noun = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), noun)
        return _people(noun)
    return _people(noun) and any(c.dep_ == "nummod" for c in noun.children)


def _people(noun) -> bool:
    lemma = noun.lemma_.lower()
    if any(c.dep_ == "amod" and c.lower_ == "armed" for c in noun.children):
        return False  # ("hundreds of armed men arrived": fighters)
    return noun_classes().get(lemma) == "people" and lemma not in (
        "militant", "hostage", "prisoner", "victim", "protester", "demonstrator", "man",
        "body", "corpse") \
        or lemma in PEOPLE_WORDS
