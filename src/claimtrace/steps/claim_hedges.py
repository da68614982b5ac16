"""Hedged possibility: an act or a charge a speaker will not exclude.

"Investigators have not ruled out sabotage", "she could not exclude that the ship was part
of a campaign", "Beijing's involvement cannot be ruled out", "it is possible that Iran
supplied the drones", "Russia may have been behind the attack": what is not excluded is
said to be possible, not denied. The "not" negates the excluding, not the act, so the act
keeps its own type with certainty `possible`; a party's share in it ("Beijing's
involvement", "a Chinese campaign") not excluded is a charge against that party (PLOVER
ACCUSE, subtype `warning`, as the contract types a charge told as a possibility).

A verb of excluding that is not negated ("the army ruled out a ceasefire") is a rejection
and stays the claims lexicon's business."""
from __future__ import annotations

from .claim_index import child_of, named_party, no_one
from .claim_lexicon import Trigger

# the reading the claims step types a party's share not excluded with
SUSPECT = Trigger("suspect", "NOUN", "ACCUSE", None, "warning", "statement", "any")

# verbs of excluding ("rule" only with its particle "out")
EXCLUDING = {"exclude", "discount", "preclude", "eliminate", "dismiss"}
# adjectives under which excluding cannot be done: "it is too early to rule out",
# "impossible to exclude"
UNABLE = {"impossible", "difficult", "hard", "early", "premature", "unable"}
# what is said to be possible: "it is possible that", "it is conceivable that"
POSSIBLE = {"possible", "conceivable", "plausible"}
# the nouns of a chance: "there is a possibility that", "the possibility that X cannot be
# excluded"
CHANCES = {"possibility", "chance", "prospect", "likelihood"}
GUESSING = {"may", "might", "could"}
# a party's share in an act: "Beijing's involvement", "a Russian role", "Iran's hand"
SHARES = {"involvement", "role", "hand", "complicity", "link", "participation",
          "responsibility", "connection", "culpability"}
# what a party can be said to run, of which an act may be part: "part of a Chinese campaign"
SCHEMES = {"campaign", "plot", "operation", "scheme", "effort", "strategy", "plan",
           "offensive", "conspiracy", "pattern"}


def not_excluded(verb) -> bool:
    """A verb of excluding that is negated or said to be beyond reach: "did not rule out",
    "cannot be excluded", "no one can exclude", "it is too early to rule out"."""
    lemma = verb.lemma_.lower()
    if not (lemma in EXCLUDING or lemma == "rule" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subj = child_of(verb, "nsubj")
    if subj is not None and no_one(subj):
        return True  # "no one could exclude"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in UNABLE  # "too early to"


def hedge_of(tok):
    """The word that makes the event `tok` names a possibility, or None: the negated verb
    of excluding whose object, clause or passive subject holds it, "possible" or
    "possibility" whose clause holds it, or a guessing modal on "be behind"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "behind" and any(
            c.dep_ == "aux" and c.lower_ in GUESSING for c in tok.head.head.children):
        return tok.head.head  # "Russia may have been behind the attack"
    child = tok
    for head in tok.ancestors:
        dep = child.dep_
        if dep in ("dobj", "ccomp", "nsubjpass", "xcomp") and not_excluded(head):
            return head
        if dep == "ccomp" and head.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in POSSIBLE for c in head.children):
            return head  # "it is possible that Iran supplied the drones"
        if dep in ("ccomp", "acl") and head.lemma_.lower() in CHANCES and not any(
                c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return head  # "there is a possibility that ..."
        if head.lemma_.lower() in ("say", "tell", "add", "state") or dep == "relcl":
            break  # a clause of its own: the hedge, if any, is inside it
        child = head
    return None


def suspicion(tok):
    """The party whose share in an act a speaker will not exclude, or None: "Beijing's
    involvement cannot be ruled out", "could not exclude Russian involvement", "could not
    exclude that the ship was part of a Chinese campaign"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in SHARES | SCHEMES:
        return None
    if lemma in SCHEMES and not (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                                 and tok.head.head.lemma_.lower() == "part"):
        return None  # a campaign is charged only as what the act may be part of
    party = named_party(tok, ("of", "by"), named_object=True)
    if party is None or hedge_of(tok) is None:
        return None
    return party


def hedged(tok, attr) -> bool:
    """Recast the attribution of the event `tok` names when a hedge makes it a
    possibility: certainty `possible`, and not negated (the "not" of "did not rule out"
    is the excluding's). True when it did."""
    hedge = hedge_of(tok)
    if hedge is None:
        return False
    attr.certainty, attr.negated = "possible", False
    return True


def ruled_in(tok, trig) -> bool:
    """ "did not rule out talks": a verb of excluding, negated, rejects nothing (what it
    does not exclude is the claim)."""
    return trig.type == "REJECT" and tok.pos_ == "VERB" and not_excluded(tok)
