"""The tense governing a time expression, read from a dependency parse.

`timex.tag` resolves an underspecified date ("Friday", "in March") to its past or its
upcoming occurrence by the tense around it. `parse_tense(sdoc)` builds that tense
callback from a spaCy `Doc`: it climbs from the expression to the verb of its clause
and reads the verb group ("will meet", "is to meet", "plans to meet", "is meeting"
-> future; "met", "has met", "was met" -> past). A verb with no tense of its own (a
participle modifying a noun, an infinitive) defers to the clause above it. It says
None when the parse tells nothing, so the caller can fall back on `timex.guess_tense`,
and "completed" for a past event told as done (`clause_completed`), whose date cannot lie
after the publication date.
The module takes a parsed `Doc` and needs no model itself.
"""
from __future__ import annotations

from .timex_base import TenseFn

__all__ = ["clause_completed", "clause_tense", "parse_tense"]

FUTURE_MODALS = frozenset({"will", "shall", "'ll", "’ll", "wo", "would"})
# a modal of possibility or obligation with a bare verb looks ahead ("may meet Friday")
PROSPECT_MODALS = frozenset({"may", "might", "should", "must", "can"})
# verbs that set when something else is to happen: a time on them is that thing's time
# ("scheduled a news conference Thursday", "postponed until Tuesday", "planned a march
# on Saturday"), and so is a time on their infinitive ("planned to leave on Thursday")
SCHEDULE_LEMMAS = frozenset({"plan", "schedule", "expect", "set", "slate", "due", "arrange",
                             "postpone", "delay", "reschedule", "adjourn", "defer"})
# verbs of intent: their own time is when the intent was told ("agreed Friday to buy"),
# but the time of their infinitive is to come ("agreed to buy it in February")
INTENT_LEMMAS = frozenset({"intend", "aim", "prepare", "propose", "hope", "want", "seek",
                           "vow", "pledge", "promise", "threaten", "agree", "decide", "try",
                           "need", "plan", "schedule", "expect", "set", "slate", "due",
                           "arrange"})
PERFECT = frozenset({"have", "has", "had", "'ve", "'d", "having"})
# a preposition that fixes the direction whatever the verb says
PAST_PREPS = frozenset({"since"})
# "gave them until Tuesday to sign", "has until Friday to decide": a deadline to come
DEADLINE_PREPS = frozenset({"until", "till", "by"})
# a time that modifies a noun ("a June agreement", "Friday's vote") is that noun's time,
# which the clause's tense tells little about
NOUN_MODIFIER = frozenset({"compound", "poss", "nmod", "amod"})
# verbs of scheduled events: their bare present with a time is a timetable ("the two leaders
# meet Monday", "talks resume on Thursday"); other verbs' present is a caption's or a
# headline's past ("fighters patrol a street on Sunday") or tells no time at all
TIMETABLE_LEMMAS = frozenset({"meet", "visit", "travel", "arrive", "leave", "depart", "fly",
                              "begin", "start", "open", "resume", "convene", "reconvene",
                              "vote", "host", "hold", "sit", "expire", "end", "close",
                              "face", "hear", "rule", "testify", "sign", "launch", "kick"})
# adjectives of a rule or a payment taking effect: a time on them is when it applies, told
# ahead ("created the office, effective Feb. 1", "a dividend payable Dec. 7", "bonds due 1993")
FORWARD_ADJECTIVES = frozenset({"effective", "payable", "due", "redeemable", "valid"})
# a preposition that stretches a time out to a bound ("extended the offer until Nov. 9",
# "through January", "by March"): a past verb says nothing of which side of now the bound is
BOUND_PREPS = frozenset({"until", "till", "through", "thru", "by", "to", "into", "before",
                         "toward", "towards"})
# verbs of commitment: a time after their object is the promised thing's, still to come
# ("promised an election in December", "pledged a referendum in March")
PROMISE_LEMMAS = frozenset({"promise", "pledge", "vow"})
# adjectives of prospect before an infinitive: "is likely to worsen through the winter",
# "are set to resume in March", "is poised to fall": what follows is still to come
PROSPECT_ADJECTIVES = frozenset({"likely", "unlikely", "set", "poised", "bound", "certain",
                                 "sure", "about", "due", "expected", "slated", "ready"})
_CLIMB = 8
#: marks of a clause of time whose present perfect tells a moment still ahead ("once it
#: has massed enough troops", "when the talks have ended")
FORWARD_MARKS = frozenset({"once", "when", "after", "until", "before"})


def parse_tense(sdoc) -> TenseFn:
    """A `timex.tag` tense callback over the parsed text `sdoc` (a spaCy Doc): "past",
    "future", None, or "completed" for a past event whose time cannot lie ahead."""
    def tense(start: int, end: int) -> str | None:
        found = clause_tense(sdoc, start, end)
        if found == "past" and clause_completed(sdoc, start, end):
            return "completed"
        return found
    return tense


def clause_tense(sdoc, start: int, end: int) -> str | None:
    """ "past", "future", "either" (the nearest occurrence, on either side of the
    publication date) or None for the expression at characters [start, end) of `sdoc`."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    if tok.head.i != tok.i and tok.head.lower_ in PAST_PREPS:
        return "past"
    if tok.dep_ in NOUN_MODIFIER and tok.head.pos_ in ("NOUN", "PROPN"):
        return None
    if _forward_adjective(tok):
        return "future"
    verb = _governing_verb(tok)
    if verb is not None and _before_complement(tok, verb):
        verb = verb.head  # "said on Friday it would send": the time is the saying's
    if verb is not None and _deadline(tok, verb):
        return "future"
    if verb is not None and _promised_object(tok, verb):
        return "future"
    tense = _clause_tense(tok, verb)
    if tense is None and tok.head.i != tok.i and tok.head.lower_ in DEADLINE_PREPS:
        return "future"  # "to pay down the loan by February": a deadline told in no tense
    return tense


def _before_complement(tok, verb) -> bool:
    """ "said on Friday it would send ships": a time between a verb and the complement
    clause it introduces, parsed as part of that clause, belongs to the verb before it."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or not head.i < tok.i < verb.i:
        return False
    branch = tok
    while branch.head.i != verb.i and branch.head.i != branch.i:
        branch = branch.head
    inside = {b.i for b in branch.subtree}
    last = max(inside)
    return all(t.i > last for t in verb.subtree
               if t.i not in inside and t.dep_ not in ("mark", "punct"))


def _promised_object(tok, verb) -> bool:
    """ "have promised an election in December": a time right on a verb of commitment,
    after its object, dates what is promised (unless the promise itself had passed)."""
    if verb.lemma_ not in PROMISE_LEMMAS or _past_perfect(verb):
        return False
    prep = tok.head if tok.head.dep_ == "prep" else tok
    if prep.head.i != verb.i or prep.i < verb.i:
        return False
    # an object with a phrase of its own ("vowed revenge for the raid in April") leaves the
    # time to that phrase's event
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and verb.i < c.i < prep.i
               and not any(g.dep_ == "prep" for g in c.children) for c in verb.children)


def _schedules(verb) -> bool:
    """Is the verb one that sets when something else is to happen? "set" does so only with
    what it sets the time of ("set a date", "was set for Friday"), not in "set fire to the
    rifles on Friday" or "set off a bomb"."""
    if verb.lemma_ not in SCHEDULE_LEMMAS:
        return False
    if verb.lemma_ != "set":
        return True
    return any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "auxpass"
               or c.dep_ == "dobj" and c.lemma_.lower() in SET_TIMES for c in verb.children)


# what "set" fixes when it schedules: "set a date", "set a deadline"
SET_TIMES = frozenset({"date", "deadline", "time", "day", "timetable", "schedule"})


def _forward_adjective(tok) -> bool:
    """ "effective Feb. 1", "payable on Dec. 7", "effective from Monday"."""
    head = tok.head
    if head.dep_ == "prep" and head.lower_ in ("on", "from", "in", "as"):
        head = head.head
    return head.i != tok.i and head.pos_ in ("ADJ", "ADV") and head.lower_ in FORWARD_ADJECTIVES


def clause_completed(sdoc, start: int, end: int) -> bool:
    """Whether the expression at [start, end) dates an event the clause tells as done: a
    simple past verb with no auxiliary ("brought in a new chief in January"), or a past
    participle modifying a noun ("the year ended Jan. 31", "products introduced in April"),
    the time hanging on that verb itself and not on a bound ("until", "through", "by")."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    verb = _governing_verb(tok)
    if verb is None or _auxes(verb):
        return False
    if not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ == "acl")):
        return False
    if _schedules(verb) or verb.lemma_ in INTENT_LEMMAS:
        return False
    # on the verb itself or through one preposition: not "payable Dec. 1", "due in March"
    prep = tok.head
    return prep.i == verb.i or (prep.dep_ == "prep" and prep.head.i == verb.i
                                and prep.lower_ not in BOUND_PREPS)


def _clause_tense(tok, verb) -> str | None:
    """The tense of `verb`'s group, or of the clauses above it when it has none of its own."""
    for _ in range(4):
        if verb is None:
            return None
        tense, defer = _verb_group_tense(verb, fronted=tok.i < verb.i,
                                         direct=_direct(tok, verb))
        if tense or not defer:
            return tense
        verb = _governing_verb(verb.head) if verb.head.i != verb.i else None
    return None


def _governing_verb(tok):
    """The nearest verb at or above `tok` in the tree (None if none within a few steps)."""
    for _ in range(_CLIMB):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _direct(tok, verb) -> bool:
    """Whether the time modifies the verb itself, not a noun on the way ("are taking part
    after a pause in February": February is the pause's)."""
    t = tok.head
    while t.i != verb.i and t.head.i != t.i:
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            return False
        t = t.head
    return True


def _deadline(tok, verb) -> bool:
    prep = tok.head
    return (prep.lower_ in DEADLINE_PREPS and prep.head.i == verb.i
            and any(c.i > prep.i and c.tag_ == "VB" and c.dep_ in ("advcl", "xcomp")
                    and any(a.lower_ == "to" for a in _auxes(c)) for c in verb.children))


def _verb_group_tense(verb, *, fronted: bool = False,
                      direct: bool = True) -> tuple[str | None, bool]:
    """(tense, defer): the tense the verb group shows, and whether to ask the clause above
    (for a form without tense of its own: an infinitive, a participle modifying a noun).
    A time `fronted` before a schedule verb is when the plan was made ("On Friday, the
    government planned to pay"), one after it when the plan is for ("planned a march on
    Saturday"). The present progressive reads as a plan ("is meeting on Friday") only for
    a time `direct`ly on the verb."""
    words = {a.lower_ for a in _auxes(verb)}
    if words & FUTURE_MODALS:
        return ("past" if words & PERFECT and "would" in words else "future"), False
    if words & PROSPECT_MODALS:
        return (None if words & PERFECT else "future"), False
    if _schedules(verb) or _plan_adjective(verb) is not None:
        passed = _past_form(verb) if fronted else _past_perfect(verb)
        return ("past" if passed else "future"), False
    if "to" in words and verb.tag_ == "VB":
        head = verb.head
        if head.i != verb.i and verb.dep_ == "xcomp" and _is_going_or_be(head):
            if _past_form(head):
                return None, False  # "was to expire Friday": a plan told from the past
            return "future", False  # "is going to meet", "is to meet"
        if head.i != verb.i and verb.dep_ in ("xcomp", "acl", "ccomp") and (
                head.lemma_ in INTENT_LEMMAS):
            if _past_perfect(head):
                return "past", False
            if head.tag_ == "VBD" and any(c.dep_ == "prep" and c.lower_ in DEADLINE_PREPS
                                          for c in verb.children):
                return "either", False  # "threatened to withdraw by May 10": a deadline
                # set in the past, which may have passed when the story ran (the nearest)
            return "future", False
        if head.i != verb.i and verb.dep_ == "xcomp" and head.pos_ == "ADJ" \
                and head.lower_ in PROSPECT_ADJECTIVES:
            copula = head.head if head.dep_ == "acomp" else None
            if copula is not None and (_past_form(copula) or _past_perfect(copula)):
                return None, False  # "was likely to fall in March": told from the past
            return "future", False
        return None, True
    past_aux = any(a.tag_ == "VBD" for a in _auxes(verb))
    if words & PERFECT and not past_aux and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in FORWARD_MARKS for c in verb.children):
        return None, True  # "to counterattack once it has massed enough troops": the
        # present perfect of a clause of time looks ahead with the clause above it
    if words & PERFECT or past_aux:
        return "past", False
    if direct and verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP")
                                  for a in _auxes(verb)):
        return "future", False  # "is meeting on Friday"
    if verb.tag_ == "VBD":
        return "past", False
    if verb.tag_ == "VBN":
        return "past", False
    if verb.tag_ == "VBG" and not words and verb.dep_ in ("acl", "advcl"):
        return None, True  # "a drill involving a bomber on Sunday": the plan's tense
    if (direct and verb.tag_ in ("VBZ", "VBP") and not words and verb.lemma_ in TIMETABLE_LEMMAS
            and verb.dep_ in ("ROOT", "conj", "ccomp", "relcl")):
        return "future", False  # "the two leaders meet Monday": a timetable's present
    return None, False


def _auxes(verb) -> list:
    """The auxiliaries of `verb`; a conjoined verb without its own shares those of the verb
    it is conjoined to ("will meet the envoy and sign the accord on Friday")."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i
           and not _month_may(c)]
    if own or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return own
    return [c for c in verb.head.children if c.dep_ in ("aux", "auxpass") and c.i < verb.head.i
            and not _month_may(c)]


def _month_may(tok) -> bool:
    """The month misread as the modal ("On 2 May the army said ..."): "May" capitalized
    inside a sentence, or next to a number, is no "may" of possibility."""
    if tok.text != "May":
        return False
    doc = tok.doc
    near = [doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)]
    return not tok.is_sent_start or any(t.like_num for t in near)


def _plan_adjective(verb):
    """ "is due to expire Friday": the schedule word carried by a copula."""
    for c in verb.children:
        if c.dep_ == "acomp" and c.lemma_ in SCHEDULE_LEMMAS:
            return c
    return None


def _past_perfect(tok) -> bool:
    """ "had planned", "had been due": a plan that has passed."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(a.lower_ in ("had", "'d") for a in _auxes(verb))


def _past_form(verb) -> bool:
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in _auxes(verb))


def _is_going_or_be(tok) -> bool:
    return tok.lower_ == "going" or (tok.lemma_ == "be" and tok.tag_ in ("VBZ", "VBP", "VBD"))
