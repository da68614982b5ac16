"""Mutual acts: two parties who do the same thing to each other.

"Russia and Ukraine accused each other of ...", "Kyiv and Moscow trade blame", "the two
sides blamed each other", "the armies exchanged accusations": one claim, whose actor is the
first party named and whose other party (the target of a charge or an attack, the
recipient of talks or an agreement) is the second. The contract has one actor per claim;
the order of the sentence decides which party stands in which role. Parties named by their
number ("the two sides", "both countries") are the two states the story sets against each
other, when it has such a pair.
"""
from __future__ import annotations

from .claim_index import Index, actor_in, both_parties, subject

#: "each other", "one another": the object of a mutual act
RECIPROCALS = frozenset({"other", "another"})
#: verbs of trading words or blows ("trade blame", "exchanged accusations"), with the
#: nouns that make the trade a mutual act
TRADING = frozenset({"trade", "exchange", "swap"})
TRADED = frozenset("""blame accusation allegation charge recrimination insult threat
barb""".split())


def mutual_parties(tok, index: Index):
    """(first party, second party) of a mutual act whose trigger is `tok`, or None."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.pos_ not in ("VERB", "AUX") or not (_reciprocal(verb) or _traded(verb, tok)):
        return None
    subj = subject(verb)
    if subj is None:
        return None
    if both_parties(subj):
        pair = index.sides()
        if pair is None:
            return None
        first, second = (index.state_of(code) for code in pair)
        return (first, second) if first is not None and second is not None else None
    parties = []
    for t in [subj, *subj.conjuncts]:
        actor = actor_in(t, index)
        if actor is not None and all(actor.id != p.id for p in parties):
            parties.append(actor)
    return (parties[0], parties[1]) if len(parties) == 2 else None


def _reciprocal(verb) -> bool:
    """ "accused each other", "blamed one another", "talked to each other"."""
    for c in verb.children:
        objs = [c] + [g for g in c.children if g.dep_ == "pobj"] if c.dep_ in (
            "dobj", "prep", "npadvmod") else []
        for o in objs:
            if o.lower_ in RECIPROCALS and any(d.lower_ in ("each", "one") for d in o.children):
                return True
    return False


def _traded(verb, tok) -> bool:
    """ "trade blame", "exchanged accusations": a verb of trading whose object is a charge
    (the trigger itself or the verb's object)."""
    if verb.lemma_.lower() not in TRADING:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TRADED for c in verb.children)
