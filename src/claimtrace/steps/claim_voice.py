"""Whose word a claim is: the attribution step's source, cue and certainty, recast where the
kind of event decides it.

`claimtrace.attribution.attribute` finds who says a sentence ("according to ZDF", "the
ministry said"). Some claims are someone's word by what they are, whatever the sentence's
frame: an accusation, a threat or a pledge is its speaker's ("Niamey blamed the Islamic
State"); a figure is told by whoever states it ("a spokesman put the number of dead at
10"); what a military detected is its report; a claim of responsibility is the group's
word, and alleged. And an event noun is no one's voice ("The prisoner swap, agreed at talks
in Istanbul, ..." names no source). These need the claim's type, so they sit here, on top
of `attribute()`.

Saying is not doing: a side that condemns, urges or warns gives its word, but a side that
asks the UN for a mission, pledges aid, agrees a deal or summons an ambassador performs an
act, and the article tells it on its own authority ("Egypt has pledged troops" is the
author's claim, not Egypt's).
"""
from __future__ import annotations

from ..attribution import Attribution, actor_source, attribute, figure_frame
from ..model import Document, Source
from .claim_index import Index
from .claim_lexicon import Trigger
from .claim_match import match_lemma
from .claim_words import FIGURE_NOUNS, SAID_BY_ACTOR, SIGHTING

# verbs of acts a side performs, not words it says: the article tells them, not their doer
# ("asked the UN to send troops", "pressed both sides to accept", "pledged 100 million",
# "agreed a deal", "summoned the ambassador", "opened an inquiry")
PERFORMED = {"ask", "press", "pledge", "agree", "summon", "open"}
# verbs by which a side utters a charge or a threat named by a noun ("issued condemnations",
# "voiced a warning", "lodged a protest")
UTTERING = {"issue", "voice", "express", "deliver", "lodge", "level", "repeat", "reiterate"}
# verbs that perform the event they take as object: "the junta declared a truce"
DECLARING = {"declare"}


def figure_verb(tok):
    """ "put the number of dead at 10": for the counted word of a figure someone states,
    the verb that states it ("put"), else None."""
    head = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if head is None or head.head.lemma_.lower() not in FIGURE_NOUNS:
        return None
    frame = figure_frame(head.head)
    return frame[0] if frame is not None else None


def voice(doc: Document, sent, tok, trig: Trigger, typed: tuple, index: Index,
          claimed: tuple = (None, None)) -> Attribution:
    """Source, cue and certainty of the claim `tok` triggers, typed `typed` = (type,
    subtype); `claimed` = (the claimer, the "claimed" verb) of a claim of responsibility."""
    type_, subtype = typed
    claimer, owned = claimed
    attr = attribute(tok, sent, index.actor_of, doc.meta.outlet, index.pronoun)
    if (type_ in SAID_BY_ACTOR and not (type_ == "REJECT" and trig.kind == "event")
            or subtype == "support_statement") and \
            tok.pos_ == "VERB" and (attr.source.kind == "author"
                                    or _own_clause(tok, trig, index)) and (
            said := actor_source(tok, index.actor_of, index.pronoun)) is not None:
        # an accusation, a threat, a pledge of support is its speaker's claim: "Niamey
        # blamed the Islamic State", "Kim reiterated his country's full support" (a
        # refusal done, "Petro suspended the talks", is the author's to tell); so is one
        # in a relative clause of another's report ("the ministry said ..., a claim that
        # Ukraine's military swiftly rejected")
        attr.source, attr.cue = said, attr.cue or tok.text
    if type_ in SAID_BY_ACTOR and tok.pos_ == "NOUN" and tok.dep_ == "dobj" \
            and tok.head.lemma_.lower() in UTTERING and attr.source.kind == "author" and (
            said := actor_source(tok.head, index.actor_of, index.pronoun)) is not None:
        # "Saudi Arabia, Qatar and Jordan also issued condemnations", "voiced a warning":
        # the charge or threat a side utters is its word
        attr.source, attr.cue = said, tok.head.text
    if (stater := figure_verb(tok)) is not None:
        reported_by(attr, stater, index)  # "a spokesman put the number of dead at 10"
    if trig.lemma in SIGHTING:
        reported_by(attr, tok, index)  # what a military detected is its report
    if attr.source.kind != "author" and attr.source.actor is None and attr.source.mention and \
            (said := doc.spacy.char_span(attr.source.mention.start, attr.source.mention.end,
                                         alignment_mode="expand")) is not None and \
            len(said) and match_lemma(said.root) and said.root.pos_ == "NOUN":
        # "The prisoner swap, agreed at talks in Istanbul, ...": an event is no one's voice
        attr.source, attr.cue = Source(name=doc.meta.outlet, kind="author"), None
    if performed(tok, attr, index):
        attr.source, attr.cue = Source(name=doc.meta.outlet, kind="author"), None
        if attr.certainty == "reported":
            attr.certainty = "asserted"
    if claimer is not None and (said := actor_source(owned, index.actor_of, index.pronoun)):
        # the claim of responsibility is the group's word: its source, and alleged
        attr.source, attr.cue, attr.certainty = said, owned.text, "alleged"
    return attr


def _own_clause(tok, trig: Trigger, index: Index) -> bool:
    """A verb of rejecting, charging or threatening heading a relative clause whose subject
    says it ("a claim that Ukraine's military rejected", "the RSF, which denied any role"):
    what it says is its subject's word, not the outer report's. A content clause ("said in
    a statement that Tallinn had summoned ...") has no relative pronoun and stays the
    report's, and so does a clause about no party ("attacks that could amount to war
    crimes") or a crime named there ("those who committed these crimes")."""
    if trig.type not in ("REJECT", "ACCUSE", "THREATEN") or trig.object == "crime" or \
            tok.dep_ not in ("relcl", "acl"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    relative = [c for c in tok.children if c.lower_ in ("that", "which", "who", "whom")
                and c.dep_ in ("nsubj", "dobj")]
    if subj is None:
        return False
    if not relative:
        # "a claim that Ukraine's military swiftly rejected", its "that" parsed as a marker:
        # a relative all the same when the verb lacks its object
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in tok.children)
    return subj.i not in {r.i for r in relative} or tok.head.i in index.actor_at


def performed(tok, attr: Attribution, index: Index) -> bool:
    """True when `attr` makes the doer of a performed act its source only because it did
    it: "Ukraine asked its partners for permission" (the trigger, cued by itself), "the
    junta declared a truce" (the event the verb performs). "agreed that the war must end"
    states a view and stays its speaker's."""
    verb = tok if tok.pos_ == "VERB" and tok.lemma_.lower() in PERFORMED else \
        tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in DECLARING else None
    if verb is None or attr.source.kind == "author" or attr.cue is None or \
            verb.text not in attr.cue.split() or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    said = actor_source(verb, index.actor_of, index.pronoun)
    return said is not None and said.name == attr.source.name


def reported_by(attr: Attribution, verb, index: Index) -> None:
    """A claim the author tells through another's act of stating it (a figure put, forces
    detected): the verb's subject is its source and `verb` its cue, and what was asserted
    is reported."""
    if attr.source.kind != "author" or (
            said := actor_source(verb, index.actor_of, index.pronoun)) is None:
        return
    attr.source, attr.cue = said, verb.text
    if attr.certainty == "asserted":
        attr.certainty = "reported"
