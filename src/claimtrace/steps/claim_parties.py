"""Parties of a claim found through the words that relate them to the event: who a charge
names as the doer ("blamed X for repeated attacks"), who gives the response an act draws
("condemnation from Seoul"), who a help verb enables, who a threat's condition names, who
an object-control verb makes act, both sides addressed by number, a coordinated second
party, and a capital or country named as a destination standing for its state.
Split from `claim_roles`, which calls these while it reads a claim's roles."""
from __future__ import annotations

from ..actors_lexicon import load_lexicon
from ..model import Actor
from .claim_index import Index, actor_in, both_parties, child_of, pobj, prep_object, subject
from .claim_lexicon import Trigger
from .claim_words import CONDITION_MARKS

# verbs whose object does what their complement says ("forced the army to withdraw")
OBJECT_CONTROL = {"force", "order", "help", "allow", "enable", "urge", "ask", "persuade",
                  "compel", "push", "pressure", "pressure", "instruct", "authorize",
                  "authorise", "permit", "encourage", "invite", "command"}

# verbs that charge their object with an act ("accused the junta of targeting ...")
CHARGING = {"accuse", "blame", "charge", "suspect", "convict", "condemn", "criticize",
            "criticise", "denounce"}

# the words a request, talks or support address their parties by ("called on both sides")
ADDRESSING = ("on", "to", "with", "between")

# verbs by which an act draws others' response: "the launch drew condemnation from Seoul"
DRAWING = {"draw", "prompt", "provoke", "attract", "trigger", "spark", "earn", "receive",
           "face", "meet"}

# determiners of an act already told ("blamed Israel for the assassination")
DEFINITE = {"the", "this", "that", "these", "those", "its", "their"}

# claims an act draws from others, named "from X" ("condemnation from Seoul")
RESPONSES = ("ACCUSE", "PROTEST", "REJECT", "THREATEN")

# subordinators of a condition a threat sets its addressee ("unless the troops leave",
# "until Israel stops its offensive")
CONDITIONS = CONDITION_MARKS | {"until"}


def seat_of_power(tok, index: Index) -> Actor | None:
    """A capital or country named as a destination stands for its state ("shipped drones
    to Moscow" -> Russia receives them); other places do not ("deployed to Crimea")."""
    name = tok.doc[tok.left_edge.i:tok.i + 1].text if tok.dep_ != "compound" else tok.text
    for text in (name, tok.text):
        hit = load_lexicon().best(text)
        if hit is not None and hit.entry.kind == "state" and hit.how != "demonym":
            return index.state_actor(hit.entry, tok)
    return None


def helped_to_do(tok, index: Index, actor: Actor | None) -> Actor | None:
    """The party a help verb enables, parsed as the subject of the clause it takes:
    "intelligence had helped Israel locate the captives" (Israel is helped)."""
    if any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return None
    for clause in tok.children:
        if clause.dep_ in ("ccomp", "xcomp") and clause.i > tok.i:
            s = subject(clause, own=True)
            found = actor_in(s, index, strict=True) if s is not None and s.i > tok.i else None
            if found is not None and found is not actor:
                return found
    return None


def drawn_from(tok, trig: Trigger, index: Index) -> Actor | None:
    """Who gives the response an act draws, named "from X" on the noun or on the verb that
    takes it: "the launch drew condemnation from Seoul, Tokyo and Washington" (the first
    named; a capital stands for its state). Only a response: "with support from Russia's
    Africa Corps" tells who helps, not who speaks."""
    source = prep_object(tok, "from") if trig.type in RESPONSES else None
    if source is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in DRAWING:
        source = prep_object(tok.head, "from")
    if source is None:
        return None
    return actor_in(source, index, strict=True) or seat_of_power(source, index)


def charged_with(tok, index: Index, *, told: bool = False) -> Actor | None:
    """The doer of an act a charge names: "CODECO has been blamed for repeated attacks"
    (the passive's subject), "Kyiv blamed Moscow for new strikes" (the object). A definite
    act ("for the assassination") was told before: the new claim is the charge, not it, so
    its doer is given (`told`) only when the sentence gives the act a place or a target of
    its own."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "of"):
        return None
    if not told and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE
                        for c in tok.children):
        return None  # "blamed Israel for the assassination": an act told before, charged

    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHARGING:
        return None
    who = child_of(verb, "nsubjpass") or child_of(verb, "dobj")
    return actor_in(who, index) if who is not None else None


def second_party(subj, index: Index, actor: Actor | None) -> Actor | None:
    """The other of two coordinated parties of a subject ("Thailand and Cambodia", "Indian
    and Pakistani troops"), if it names another actor than `actor`."""
    conj = [c for c in subj.children if c.dep_ == "conj"]
    conj += [cc for c in subj.children if c.dep_ in ("amod", "compound", "nmod")
             for cc in c.children if cc.dep_ == "conj"]
    found = actor_in(conj[0], index) if conj else None
    return found if found is not actor else None


def both_addressed(tok, index: Index, actor: Actor | None) -> Actor | None:
    """One of a war's two sides, when a request, talks or support address both by their
    number ("called on both countries to show restraint", "received both ministers"); the
    other, when the actor is one of them."""
    cands = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    cands += [pobj(p) for p in tok.children if p.dep_ == "prep" and p.lower_ in ADDRESSING]
    if not any(c is not None and both_parties(c) for c in cands) or index.sides() is None:
        return None
    for code in index.sides():
        if actor is None or code not in (actor.code, actor.country):
            return index.state_of(code)
    return None


def conditioned(tok, index: Index, actor: Actor | None) -> Actor | None:
    """The party a threat is made to, named as the subject of its condition: "threatened
    action if Israel did not halt", "would strike hard if Hezbollah broke the deal"."""
    for clause in tok.children:
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS
                                          for m in clause.children):
            found = actor_in(subject(clause, own=True), index)
            if found is not None and found is not actor:
                return found
    return None


def controller(tok, index: Index) -> Actor | None:
    """The object that does what an object-control verb says: "forced the army to
    withdraw" (the army withdraws), "accused the junta of targeting villages" (the junta
    targets)."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        obj = child_of(head, "dobj")
        if obj is not None:
            return actor_in(obj, index)
    if tok.dep_ == "pcomp" and head.lower_ == "of":
        noun = head.head
        verb = noun.head if noun.dep_ == "dobj" else noun
        if verb.lemma_.lower() in CHARGING:
            obj = noun if noun.dep_ == "dobj" else child_of(verb, "dobj")
            if obj is None and verb.dep_ != "dobj":
                obj = subject(verb)  # "they were accused of helping ..."
            if obj is not None:
                return actor_in(obj, index)
    return None
