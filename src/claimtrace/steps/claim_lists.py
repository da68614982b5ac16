"""Requests listed under a call with no addressee of its own.

A press release often ends "SCHM calls on:" over a list of items, each naming whom it asks
and what ("- the UN Security Council to refer the situation to the ICC;"). The parser joins
the call to its first item, or reads no request at all, so most items are lost; each item
is one request of its own, by the caller, to the body it names. When the call names its
addressee ("calls on the government to:"), the items are the terms of that one request and
are left as they are.
"""
from __future__ import annotations

import re

from ..attribution_kinds import _actor_kind
from ..model import Claim, Document, Source
from .claim_index import Index

#: a line that is a call whose colon follows the verb itself: "SCHM calls on:", "The forum
#: urges:"; the caller is what comes before the verb
OPEN_CALL = re.compile(r"^[ \t]*(?P<who>\S[^\n]{0,80}?)[ \t]+(?P<cue>calls?[ \t]+(?:on|upon)|"
                       r"urges?|appeals?[ \t]+to)[ \t]*:[ \t]*$", re.M)
#: one item of a list: "- the junta to halt air strikes;", "• all states to ..."
ITEM = re.compile(r"^[ \t]*[-•*▪][ \t]+(?P<body>\S[^\n]*?)[ \t]*$", re.M)
#: the infinitive that says what the item asks: "the UN Security Council to refer ..."
ASKED = re.compile(r"\bto\s+(?P<verb>[a-z]+)\b")


def listed_requests(doc: Document, claims: list[Claim],
                    index: Index) -> tuple[list[Claim], set[str]]:
    """A request claim for each item after an open call, in text order, with empty ids,
    and the ids of the claims of `claims` to drop: the acts the call's sentence names
    other than the request (they are asked for, not told). A request read from the call
    itself keeps the first item only (the parser reads the call and its whole list as one
    sentence): its evidence is cut after that item, and the item's addressee becomes its
    recipient when it has none."""
    text = doc.text
    out: list[Claim] = []
    dropped: set[str] = set()
    for call in OPEN_CALL.finditer(text):
        caller = _actor_in(index, call.start("who"), call.end("who"))
        caller_id = caller.id if caller else None
        within = [c for c in claims if c.evidence.start <= call.start("cue") < c.evidence.end]
        own = next((c for c in within if c.type == "REQUEST"), None)
        dropped.update(c.id for c in within if c is not own)
        pos = call.end() + 1
        for n, item in enumerate(ITEM.finditer(text, pos)):
            if item.start() != pos:
                break  # the list ends at the first line that is no item
            pos = item.end() + 1
            start, end = item.start("body"), item.end("body")
            asked = ASKED.search(item.group("body"))
            if asked is None:
                continue
            addressee = getattr(_actor_in(index, start, start + asked.start()), "id", None)
            if n == 0 and own is not None:
                own.evidence = doc.span(own.evidence.start, end)
                own.recipient = own.recipient or addressee
                continue
            verb = start + asked.start("verb")
            out.append(Claim(
                id="", kind="statement", type="REQUEST", evidence=doc.span(start, end),
                actor=caller_id, recipient=addressee,
                source=Source(name=call.group("who"),
                              kind=_actor_kind(caller) if caller else "unnamed",
                              actor=caller_id,
                              mention=doc.span(call.start("who"), call.end("who"))),
                cue=call.group("cue"), certainty="asserted",
                trigger=doc.span(verb, verb + len(asked.group("verb")))))
    return out, dropped


def _actor_in(index: Index, start: int, end: int):
    """The actor first mentioned within the characters [start, end), or None."""
    span = index.doc.spacy.char_span(start, end, alignment_mode="expand")
    return index.actor_of(span.start, span.end) if span is not None else None
