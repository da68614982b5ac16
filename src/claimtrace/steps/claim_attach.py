"""What a claim's trigger attaches: the count or sum of its phrase, its date, and the item
supplied, moved or lost (a named weapon system or the object noun). Quantities and times
come from the earlier steps (`Index.quants`, `Index.times`); the choice is by the parse."""
from __future__ import annotations

import re

from ..attribution import figure_frame
from .claim_lexicon import Trigger, noun_classes
from .claim_roles import Index, phrase, pobj, subject

PARTITIVE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|an?\s+|those\s+)?", re.I)


def has_quantity(tok, index: Index) -> bool:
    ids = phrase(tok)
    if figure_frame(tok) is not None:
        ids |= phrase(tok.head)  # "put the toll at 40"
    return any(toks and toks[0].i in ids for _, toks in index.quants)


def attach_quantity(tok, trig: Trigger, index: Index) -> str | None:
    """The count (or money, for aid) of the trigger's phrase: the one closest to it in the
    parse tree (then in the text), so "More than 100 people, including 20 children, were
    killed" takes 100."""
    sub = phrase(tok)
    if tok.dep_ in ("xcomp", "conj", "acomp", "oprd"):
        # "roughly 4,000 ... have been killed or wounded", "10,000 troops were prepared to
        # join", "11,000 troops remain deployed": the subject of the verb it continues
        head_subj = subject(tok)
        if head_subj is None and tok.dep_ == "xcomp":
            # "forcing up to 400,000 people to flee": the object that does it
            head_subj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        head_subj = head_subj or subject(tok.head)
        if head_subj is not None:
            sub |= {t.i for t in head_subj.subtree}
    if tok.dep_ in ("acl", "relcl"):
        # "2 out of 5 missiles fired at Kharkiv", "the 11,000 troops the North deployed":
        # the noun the clause describes
        sub |= {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
        whole = _partitive_whole(tok.head)
        if whole is not None:
            sub |= {t.i for t in whole.subtree} - {t.i for t in tok.subtree}
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and \
            tok.head.pos_ in ("VERB", "AUX"):
        # "the death toll topped 45,000", "put casualties at around 1,100"
        sub |= phrase(tok.head)
    # "at least 100 soldiers have been killed and nearly 1,000 wounded": the count of the
    # elided coordinated event is not this one's
    elided = {t.i for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN")
              for t in c.subtree}
    cands = []
    for q, toks in index.quants:
        if not toks or toks[0].i not in sub or toks[0].i in elided:
            continue
        if q.unit not in (None, "USD", "EUR", "GBP", "percent"):
            continue
        if q.unit in ("USD", "EUR", "GBP") and trig.subtype not in ("aid_package", "agreement",
                                                                     "arms_transfer"):
            continue
        cands.append((q, toks))
    # "2 out of 5 missiles", "4,000 of the 11,000 soldiers": the part, not the whole
    text = index.doc.text
    parts = [(q, toks) for q, toks in cands
             if any(PARTITIVE.fullmatch(text[q.end:other.start]) for other, _ in cands
                    if other.start > q.end)]
    stated = _stated_figure(tok)
    best = min(parts or cands, default=None,
               key=lambda c: (c[1][0].i not in stated, _tree_distance(c[1], tok),
                              abs(c[1][0].i - tok.i)))
    return best[0].id if best else None


def _stated_figure(tok) -> set[int]:
    """Tokens of the figure a verb states about a noun subject or object: "the toll has
    risen to 3,085, with 4,715 injured" (to 3,085), "put the toll at 40"."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return set()
    return {t.i for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("to", "at")
            for t in c.subtree}


def _partitive_whole(noun):
    """The part a partitive noun phrase counts: "2 out of 5 missiles" -> "2"."""
    cur, hops = noun, 0
    while cur.dep_ in ("pobj", "prep") and hops < 4:
        cur, hops = cur.head, hops + 1
        if cur.lower_ not in ("of", "out"):
            break
    return cur if hops and cur.like_num else None


def _top(toks):
    return min(toks, key=lambda t: len(list(t.ancestors)))


def _tree_distance(toks, tok) -> int:
    """Hops from the quantity's top token up to the trigger or a common ancestor."""
    top = _top(toks)
    up = {tok.i: 0}
    for n, a in enumerate(tok.ancestors, start=1):
        up[a.i] = n
    hops = 0
    cur = top
    while cur.i not in up and cur.head is not cur:
        cur = cur.head
        hops += 1
    return hops + up.get(cur.i, 20)


def attach_time(tok, index: Index) -> str | None:
    """A time inside the trigger's phrase, else one attached to a verb above it."""
    sub = phrase(tok)
    ancestors = {tok.i} | {a.i for a in tok.ancestors}
    inside, above = [], []
    for t, toks in index.times:
        if not toks:
            continue
        undated = not t.earliest  # "near-daily attacks since January": the date, not "daily"
        if toks[0].i in sub:
            inside.append((undated, abs(toks[0].i - tok.i), t.id))
            continue
        root = min(toks, key=lambda x: len(list(x.ancestors)))
        head = root.head
        hops = 0
        while head.dep_ in ("prep", "pobj", "npadvmod") and head.head is not head and hops < 3:
            head = head.head
            hops += 1
        if head.i in ancestors:
            above.append((undated, abs(toks[0].i - tok.i), t.id))
    # inside the phrase first, then above it; a date before a duration or a frequency
    pick = sorted([(u, 0, d, i) for u, d, i in inside] + [(u, 1, d, i) for u, d, i in above])
    if pick:
        return pick[0][3]
    # the one dated expression of the sentence ("a video that appeared on March 26 showed
    # guns being moved"): attached elsewhere in the parse, but the only date there is
    sent = tok.sent
    dated = [t for t, toks in index.times if toks and t.earliest and
             sent.start <= toks[0].i < sent.end]
    return dated[0].id if len(dated) == 1 else None


def item_of(tok, trig: Trigger, sent, weapons_seen: list[str]) -> str | None:
    """What is supplied, moved, used or lost: a weapon system if named, else the object."""
    if trig.type not in ("AID", "MOBILIZE", "ASSAULT") or trig.subtype in ("casualties", "combat"):
        return None
    from ..weapons import find_weapons

    named = [w for w in find_weapons(sent.text)]
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and tok.pos_ == "NOUN":
        obj = next((pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if named:
        weapons_seen.append(named[0][2])
    if obj is None:
        return named[0][2] if named else None
    cls = noun_classes().get(obj.lemma_.lower())
    if cls != "weapons" and not named:
        return None
    if named:
        return named[0][2]
    if obj.lower_ in ("them", "it") or any(c.lower_ in ("the", "those", "these") for c in obj.children):
        if weapons_seen:
            return weapons_seen[-1]
    words = [t for t in obj.subtree if not t.like_num and t.dep_ not in ("det", "quantmod")
             and t.lower_ not in ("of", "up", "to", "more", "than", "about", "around", "roughly")]
    return " ".join(t.text for t in words)[:80] or None
