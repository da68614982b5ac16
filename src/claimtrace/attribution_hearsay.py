"""News passed on with no owner, for `claimtrace.attribution`: an event told inside
"reports that ...", "allegations of ...", "Reports are coming in of ..." is reported, not
asserted; whoever reacts to those reports ("expressed alarm at reports that ...", "is
alarmed by reports of ...") passes them on, else the reports are the source. And a
pronoun speaker ("..., he said") no known actor stands for: the last named speaker before
it ("the deputy commissioner of the district said. ... , he said")."""
from __future__ import annotations

import re

from .attribution_lexicon import (FIRST_PERSON, HEARSAY_NOUNS, REACTIONS, REPORT_CUES,
                                  SOURCE_NOUNS)

CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
# how the trigger may hang below the clause the reports carry
CLIMB_DEPS = ("conj", "xcomp", "dobj", "nsubj", "nsubjpass", "attr")
# pronoun speakers and the speakers they can stand for
PERSONAL = ("he", "she")
PLURAL = ("they",)
BODY = ("it",)
# source kinds of nouns that name a person; and the military ranks that do
PERSON_KINDS = ("official", "expert", "witness")
RANKS = ("commander", "general", "officer", "colonel", "major", "captain")
# sentences back to look for a pronoun's speaker
LOOKBACK = 3


def hearsay(trigger):
    """(reports noun, who passes them on or None) when `trigger` is told inside unowned
    reports; None otherwise."""
    node = trigger
    for _ in range(5):
        head = node.head
        if head is node:
            return None
        noun = _carrier(node, head)
        if noun is not None:
            return noun, _reactor(noun)
        if node.dep_ not in CLIMB_DEPS or REPORT_CUES.get(head.lemma_.lower()):
            return None
        node = head
    return None


def hearsay_certainty(noun) -> str:
    return HEARSAY_NOUNS[_news_lemma(noun)]


def _news_lemma(tok) -> str | None:
    """The news noun a token is, also capitalized at a sentence start, where the parser
    may take "Reports" for a name."""
    if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and _line_start(tok)):
        low = tok.lemma_.lower()
        if low in HEARSAY_NOUNS:
            return low
        if tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s") and \
                tok.lower_[:-1] in HEARSAY_NOUNS:
            return tok.lower_[:-1]
    return None


def _line_start(tok) -> bool:
    """First word of its sentence or line (a heading above may join the sentence)."""
    return tok.i == tok.sent.start or "\n" in tok.doc[tok.i - 1].text_with_ws or \
        tok.doc[tok.i - 1].is_punct


def _clock(tok) -> bool:
    """A time stamp the parser hung on the noun ("07:10 GMT Reports are ..."), no owner."""
    stamp = any(CLOCK.fullmatch(c.text) for c in tok.head.children)
    return tok.ent_type_ in ("TIME", "DATE", "CARDINAL") or tok.like_num or (
        stamp and tok.is_upper)


def _is_hearsay(noun) -> bool:
    """An unowned news noun: "reports", "allegations", not "his report", "this claim"."""
    if _news_lemma(noun) is None:
        return False
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and not _clock(child)) or (
                child.dep_ == "det" and child.lower_ in ("this", "that", "these", "those")):
            return False
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "in"):
            return False  # "reports by the ministry", "reports in local media": owned
    return noun.tag_ in ("NNS", "NNPS") or not any(c.dep_ == "det" and c.lower_ == "the"
                                         for c in noun.children)


def _carrier(node, head):
    """The news noun that carries `node`: "reports that X" (a clause on the noun), "reports
    of X", "Reports are coming in of X" (the "of" hung on the noun's verb)."""
    if node.dep_ in ("acl", "ccomp") and _is_hearsay(head):
        return head
    if node.dep_ != "pobj" or head.lower_ != "of":
        return None
    if _is_hearsay(head.head):
        return head.head
    up = head.head
    for _ in range(2):  # "coming in of": of <- in <- coming
        if up.pos_ in ("VERB", "AUX"):
            return next((c for c in up.children if c.dep_ == "nsubj" and _is_hearsay(c)), None)
        if up.pos_ != "ADP" or up.head is up:
            return None
        up = up.head
    return None


def _reactor(noun):
    """Who reacts to the reports ("X expressed alarm at reports", "X is alarmed by
    reports", "X welcomed reports"), or None."""
    word = noun.head
    if noun.dep_ == "pobj":
        word = noun.head.head  # at/by/about -> alarm/alarmed
    if not _reaction(word) and not any(c.dep_ == "dobj" and _reaction(c) for c in word.children):
        return None  # (an object of reaction: "expressed alarm at reports")
    verb = word.head if word.dep_ in ("dobj", "acomp") else word
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in FIRST_PERSON:  # ("is alarmed by" parses as passive)
        return None
    return subj


def _reaction(tok) -> bool:
    return tok.lemma_.lower() in REACTIONS or tok.lower_ in REACTIONS


def earlier_speaker(pronoun):
    """The subject of the nearest earlier reporting verb, a few sentences back, that the
    pronoun can stand for (a person for he/she, a plural for they, a body for it), or None."""
    low = pronoun.lower_
    if low not in PERSONAL + PLURAL + BODY:
        return None
    doc = pronoun.doc
    first = doc[pronoun.sent.start].sent
    for _ in range(LOOKBACK):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    for i in range(pronoun.i - 1, first.start - 1, -1):
        tok = doc[i]
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in REPORT_CUES or \
                tok.pos_ not in ("NOUN", "PROPN"):
            continue
        plural = tok.tag_ in ("NNS", "NNPS")
        if (low in PLURAL) == plural and (
                plural or (_a_person(tok) if low in PERSONAL else tok.ent_type_ != "PERSON"
                           and not _a_person(tok))):
            return tok
    return None


def _a_person(tok) -> bool:
    """A speaker "he" or "she" can stand for: a named person, a title ("the deputy
    commissioner"), not a body ("the ministry") or a place."""
    if tok.ent_type_:
        return tok.ent_type_ == "PERSON"
    lemma = tok.lemma_.lower()
    kind = SOURCE_NOUNS.get(lemma)
    return tok.pos_ == "NOUN" and (kind is None or kind in PERSON_KINDS or lemma in RANKS)
