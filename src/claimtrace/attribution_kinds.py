"""What kind of source a speaker is, for `claimtrace.attribution`: a known actor by its type
(a ministry of defence is military, a spy agency intelligence), a source noun by the lexicon
("analysts" are experts, a "security service" is intelligence, a bare "service" an
organization), a name that is no known actor by the entity it is (a person is an official,
a body or an acronym an organization)."""
from __future__ import annotations

from .attribution_lexicon import KIND_OF_ACTOR, SOURCE_NOUNS
from .model import Actor

# kinds of a body an actor owns ("the UN refugee agency", "Amnesty's Nigeria office"): the
# actor's own kind stands
BODY_KINDS = ("government", "organization")
# a source written as a name but not a known actor: its kind by the entity it is
NAME_KINDS = {"PERSON": "official", "ORG": "organization", "GPE": "government",
              "NORP": "unnamed"}


def _name_kind(head) -> str:
    """The kind of a source that is no known actor and has no source noun: a named person
    is an official ("Jean-Pierre said", and a surname the story gave a person before:
    "Mujahid said"), a named body or an acronym an organization ("MCPN calls on"); any
    other name or noun is unnamed."""
    if head.pos_ != "PROPN":
        return "unnamed"
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == head.text and e.end <= head.i
           for e in head.doc.ents):
        return "official"  # "Mujahid said", after "spokesman Zabihullah Mujahid"
    if head.ent_type_ in NAME_KINDS:
        return NAME_KINDS[head.ent_type_]
    return "organization" if head.is_upper and len(head) > 1 else "unnamed"


def _head_kind(head) -> str | None:
    """The source kind of a head noun, a two-word entry first ("security service" is
    intelligence, a bare "service" an organization)."""
    for child in head.children:
        if child.dep_ in ("compound", "amod") and child.i < head.i:
            kind = SOURCE_NOUNS.get(f"{child.lower_} {head.lemma_.lower()}")
            if kind:
                return kind
    return _noun_kind(head)


def _noun_kind(tok) -> str | None:
    """The source kind of a noun as written or by its lemma ("media" lemmatizes to "medium");
    a police officer or command is an official, not the military (stop 28: annotators key
    police sources as officials or government)."""
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "police"
           for c in tok.children):
        return "official"
    return SOURCE_NOUNS.get(tok.lower_) or SOURCE_NOUNS.get(tok.lemma_.lower())


def _actor_kind(actor: Actor, head=None) -> str:
    """Source kind of an actor: bodies by what they are (intelligence, military); a name the
    parse calls a person is an official even where the actor was typed a body."""
    kind = KIND_OF_ACTOR.get(actor.kind, "official")
    if "police" in actor.name.lower() and kind == "military":
        return "official"  # "the Yobe State police command" (stop 28)
    if head is not None and actor.kind == "organization" and head.ent_type_ == "PERSON" and \
            head.pos_ == "PROPN":
        return "official"
    if actor.kind == "government_body":
        low = actor.name.lower()
        if any(w in low for w in ("intelligence", "spy", "security service")):
            kind = "intelligence"
        elif any(w in low for w in ("military", "army", "defense", "defence", "staff",
                                    "armed forces", "navy", "air force")):
            kind = "military"
    return kind
