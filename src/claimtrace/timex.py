"""Find and normalize time expressions in English news text (pure functions, no model).

`tag(text, anchor=...)` returns `Timex` records: character offsets, a TIMEX3-style
value (`2025-03-26`, `2024-08`, `2024-SU`, `2024-Q4`, `2024`, `199`, `P3Y`,
`PRESENT_REF`), the ISO dates bounding the interval, a granularity and a TIMEX3 mod.
Relative expressions ("Friday", "last week", "two days ago") resolve against the anchor
(the publication date); the tense near the expression ("reported Friday" vs "will meet
on Friday") decides between the past and the upcoming occurrence. The rules are regular
expressions over a small lexicon (month, weekday, season and number words):
`timex_base` holds the lexicon, calendar helpers and rule registry, `timex_dates` the
calendar rules, `timex_relative` the deictic, anaphoric, duration and reference rules;
this module picks the non-overlapping longest matches and resolves them in text order.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import timex_dates, timex_relative  # noqa: F401  (registers the rules, in order)
from .timex_base import _RULES, Timex, TenseFn, _Ctx, _add_months, _month_span
from .timex_relative import _ago

__all__ = ["Timex", "guess_tense", "tag"]

# --- ranges ("between March and May 2024", "from 2022 to 2024") -----------------------------
_RANGE = re.compile(r"^\s*(?:-|–|to|and|through|until|till)\s*$", re.I)
_RANGE_OPEN = re.compile(r"(?:\bbetween|\bfrom)\s+$", re.I)


def _merge_ranges(text: str, found: list[Timex]) -> list[Timex]:
    out: list[Timex] = []
    i = 0
    while i < len(found):
        t = found[i]
        if i + 1 < len(found):
            u = found[i + 1]
            gap = text[t.end:u.start]
            opener = _RANGE_OPEN.search(text[max(0, t.start - 9):t.start])
            left = _complete_left(t, u) if t.earliest and u.latest else t
            if (_RANGE.match(gap) and t.type == u.type == "DATE" and left.earliest and u.latest
                    and (opener or "-" in gap or "–" in gap) and left.earliest <= u.latest):
                start = opener.start() + max(0, t.start - 9) if opener else t.start
                out.append(Timex(start, u.end, text[start:u.end], f"{left.value}/{u.value}",
                                 left.earliest, u.latest, u.granularity, None, "DATE"))
                i += 2
                continue
        out.append(t)
        i += 1
    return out


def _complete_left(t: Timex, u: Timex) -> Timex:
    """In "between March and May 2024", March takes its year from May 2024 (but "between
    November 2023 and December 2024" keeps the year it names)."""
    if re.search(r"\b\d{4}\b|['’]\d\d\b", t.text):
        return t
    if t.granularity == "month" and u.granularity == "month" and t.value and u.value:
        y, m = u.value[:4], int(t.value[5:7])
        e, l = _month_span(int(y), m)
        if e <= date.fromisoformat(u.latest):
            return Timex(t.start, t.end, t.text, f"{y}-{m:02d}", e.isoformat(), l.isoformat(),
                         "month")
    return t


# --- tense and the driver --------------------------------------------------------------------
_FUTURE_CUE = re.compile(r"\b(?:will|'ll|shall|going\s+to|plans?\s+to|planning\s+to|planned|"
                         r"scheduled|expected\s+to|is\s+to|are\s+to|due\s+to|would|intends?\s+to|"
                         r"set\s+to|upcoming|as\s+soon\s+as|as\s+early\s+as|deadline\s+of|"
                         r"(?:wait|await|expect|postpone|delay|adjourn)\w*\s+(?:\w+\s+)?until)\b",
                         re.I)
_PAST_CUE = re.compile(r"\b(?:was|were|had|did|said|told|met|made|took|came|went|began|held|saw|"
                       r"fell|hit|struck|sent|fought|won|lost|left|gave|brought|shot|spoke|"
                       r"wrote|became|read|found|led|paid|sold|bought|kept|fled|rose|grew|drove|"
                       r"flew|ran|threw|broke|chose|spent|built|heard|thought|sought|caught|stood|"
                       r"withdrew|forgave|swore|(?-i:[a-z]\w*ed))\b", re.I)
_PLAN_PASSED = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", re.I)
# "will be named", "to be held": a participle after "be" is no past tense
_PASSIVE = re.compile(r"\b(?:be|being)\s+$", re.I)
# a deadline: "gave them until Tuesday to sign", "has until Friday to decide"
_DEADLINE = re.compile(r"\b(?:until|till|by)\s+(?:\S+\s+){0,3}$", re.I)
_SINCE = re.compile(r"\bsince\s+(?:\S+\s+){0,3}$", re.I)
_DEADLINE_AFTER = re.compile(r"^(?:\s+\S+){0,2}?\s+to\s+[a-z]+", re.I)


def guess_tense(text: str, start: int, end: int) -> str | None:
    """A model-free guess of the tense governing the expression at [start, end).

    The cue word nearest before the expression decides ("they would appeal the decision,
    announced Wednesday" is past); with no cue before it, a past verb right after it does,
    and failing that a future cue further back in the sentence ("will be named commander
    of the shuttle for a mission in December"). A participle after "be" is no past cue.
    """
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 90, 0)
    left = text[lo:start]
    past = [m.end() for m in _PAST_CUE.finditer(left) if not _PASSIVE.search(left, 0, m.start())]
    # "had been scheduled to expire Friday": a plan told in the past tense has passed
    far = [m.end() for m in _FUTURE_CUE.finditer(left)
           if not _PLAN_PASSED.search(left, 0, m.start())]
    fut = [e for e in far if e > len(left) - 45]
    if _DEADLINE.search(left[-30:]) and _DEADLINE_AFTER.match(text[end:end + 30]):
        return "future"
    if _SINCE.search(left[-30:]):
        return "past"  # "since (shortly after) the Oct. 23 attack"
    if fut and (not past or fut[-1] >= past[-1]):
        return "future"
    if past or _PAST_CUE.search(text[end:end + 30]):
        return "past"
    return "future" if far else None


_MONTHS_STRETCH = re.compile(r"P(?:[2-9]|1[01])M$")  # "the nine months", "six months"
# a day that dates a statement: "said on Monday", "told reporters on Friday", "in an update
# on Monday", "a statement on Sunday"
_REPORT_DAY = re.compile(r"\b(?:said|says|told(?:\s+\w+){0,2}|reported|announced|added|wrote|"
                         r"posted|confirmed|stated|update|statement|briefing)"
                         r"\s+(?:on\s+|late\s+|early\s+)?$", re.I)
_PREFIX_MOD = re.compile(r"(?:\b(?P<w>since|before|after|until|by|about|around|roughly|"
                         r"approximately|circa|c\.)\s+)$", re.I)


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|mid|late|the|last)[- ]?\s*)?$", re.I)
_OPEN_QUOTE = re.compile(r"(?:[\"“]|``|'')$")
_LOWER_WORDS = re.compile(r"\b(?:week|month|year|day|hours?|minutes?|seconds?|days|weeks|months|years|"
                          r"morning|night|today|tonight|now)\b", re.I)


def _quoted_title(text: str, start: int, end: int) -> bool:
    """ '"This Week" with David Brinkley', "''60 Minutes''": a title in quotes, capitalized
    where running text has a common noun, names a programme rather than a time."""
    if not _OPEN_QUOTE.search(text[max(0, start - 2):start]):
        return False
    found = list(_LOWER_WORDS.finditer(text, start, end))
    return (bool(found) and found[0].start() > start  # a word begins it: maybe a sentence
            and all(w.group(0)[0].isupper() for w in found) and not text[start:end].isupper())


# a photo caption ("[Photo] Mourners on Thursday ...", "... Photograph: Agency") dates the
# picture, not the story: its day does not become the day the narrative is at
_CAPTION_LINE = re.compile(r"^[ \t]*(?:\[(?:Photo|Image|Picture)\b|(?:Photo|Photograph|Image|Picture|Caption)"
                           r"\s*:)[^\n]*|^[^\n]*\b(?:Photograph|Photo)\s*:\s*[A-Z][^\n.]{0,60}$", re.M)


def tag(text: str, *, anchor: str | date | None = None, tense: TenseFn | None = None,
        ranges: bool = True, events: bool = False,
        blocked: tuple[tuple[int, int], ...] = ()) -> list[Timex]:
    """Find and normalize the time expressions of `text`.

    `anchor` is the publication date (ISO string or date; None leaves relative expressions
    unresolved). `tense(start, end)` may give "past"/"future" for an expression (e.g. from
    a parse), or "completed" for an event told as done (never dated after the anchor);
    otherwise `guess_tense` looks at the nearby words. `ranges` joins "from X to Y" into
    one interval expression (value "X/Y"). `events` dates the offsets from an
    event ("two days after the attack") from the day the text is at (TIMEX3 keeps them
    as durations, so the benchmarks leave it off). `blocked` character spans hold no time
    expression (a weekday that is a person's first name, "Monday Kassah").
    """
    if isinstance(anchor, str):
        try:
            anchor = date.fromisoformat(anchor[:10])
        except ValueError:
            anchor = None
    # the day parts of a narrative ("before dawn", "later in the day") are no TIMEX3
    rules = [r for r in _RULES if events or not getattr(r[1], "narrative", False)]
    cands: list[tuple[int, int, int, re.Match]] = []
    for prio, (rx, fn) in enumerate(rules):
        for m in rx.finditer(text):
            if m.end() > m.start():
                cands.append((m.start(), m.end(), prio, m))
    # the longest match wins; ties go to the earlier rule
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, int, re.Match]] = []
    probe = _Ctx(text, anchor, None, None, events=events, probe=True)
    for c in cands:
        if any(c[0] < t[1] and t[0] < c[1] for t in taken) or _quoted_title(text, c[0], c[1]) \
                or any(c[0] < b[1] and b[0] < c[1] for b in blocked):
            continue
        if rules[c[2]][1](c[3], probe) is None:
            continue  # rejected: a shorter match may still take the place
        taken.append(c)
    taken.sort(key=lambda c: c[0])
    captions = [(c.start(), c.end()) for c in _CAPTION_LINE.finditer(text)]
    out: list[Timex] = []
    ctx = _Ctx(text, anchor, None, None, events=events)
    for s, e, prio, m in taken:
        found_tense = (tense(s, e) if tense else None) or guess_tense(text, s, e)
        # "since October": the start of a state that holds now, so never after the anchor
        ctx.completed = found_tense == "completed" or bool(_SINCE_BEFORE.search(text, 0, s))
        ctx.tense = "past" if ctx.completed else found_tense
        t = rules[prio][1](m, ctx)
        if t is None:
            continue
        t.text = text[t.start:t.end]
        pm = _PREFIX_MOD.search(text[max(0, t.start - 15):t.start])
        if pm and t.mod is None and t.type != "DURATION":
            w = pm["w"].lower()
            t.mod = {"since": "SINCE", "before": "BEFORE", "until": "BEFORE", "by": "BEFORE",
                     "after": "AFTER"}.get(w, "APPROX")
        if (pm and pm["w"].lower() == "before" and anchor and t.earliest
                and t.type != "DURATION" and t.granularity != "day"
                and date.fromisoformat(t.earliest) > anchor):
            t.earliest = anchor.isoformat()  # "before the end of the year": from now until then
        if anchor and t.type != "DURATION":
            _to_date(text, t, anchor)
        if events and t.type == "DURATION" and t.earliest is None:
            _bound_stretch(t, ctx)
        if t.granularity == "quarter" and t.earliest and ctx.main_quarter is None:
            e = date.fromisoformat(t.earliest)
            ctx.main_quarter = (e.year, (e.month - 1) // 3 + 1)
        if (t.earliest and t.granularity in ("day", "month", "quarter", "week", "year", "season")
                and t.type != "SET"
                and rules[prio][1] is not _ago
                and not any(cs <= t.start < ce for cs, ce in captions)):
            ctx.ref = (t.granularity, date.fromisoformat(t.earliest), date.fromisoformat(t.latest))
            ctx.months_stretch = False
            # the day a narrative is at: a single day (not a night of two dates), not the day
            # a statement was made ("the governor said on Monday") nor a bound ("by Sunday")
            told = _REPORT_DAY.search(text, max(0, t.start - 40), t.start) or (
                pm and pm["w"].lower() in ("by", "until", "since"))
            ctx.told = bool(told)
            if t.granularity == "day" and t.earliest == t.latest and not told:
                ctx.day = ctx.ref[1]
        elif t.type == "DURATION" and _MONTHS_STRETCH.match(t.value or ""):
            ctx.months_stretch = True
        out.append(t)
    if events and anchor:
        out = [_event_offset(text, t, out, anchor) for t in out]
    for t, u in zip(out, out[1:]):
        _part_of_period(text, t, u)
    return _merge_ranges(text, out) if ranges else out


# --- the first or last stretch of a period ("the first three months of 2024") ----------
_EDGE_OF = re.compile(r"^the\s+(?P<edge>first|last|final|opening|closing)\s", re.I)
_UNIT_DAYS = {"D": 1, "W": 7}


def _part_of_period(text: str, t: Timex, u: Timex) -> None:
    """ "the first three months of 2024", "the last two weeks of March": the stretch at
    that end of the period named right after "of" (the value stays the duration)."""
    em = _EDGE_OF.match(t.text)
    sm = _STRETCH.match(t.value or "")
    if (t.type != "DURATION" or em is None or sm is None or u.type != "DATE"
            or not (u.earliest and u.latest)
            or not re.fullmatch(r"\s+of\s+", text[t.end:u.start])):
        return
    first, last = date.fromisoformat(u.earliest), date.fromisoformat(u.latest)
    n, unit = int(sm["n"]), sm["u"]
    if em["edge"].lower() in ("first", "opening"):
        if unit in _UNIT_DAYS:
            end = first + timedelta(days=n * _UNIT_DAYS[unit] - 1)
        else:
            y, m = _add_months(first.year, first.month, n * (12 if unit == "Y" else 1))
            end = date(y, m, 1) - timedelta(days=1)
        t.earliest, t.latest = first.isoformat(), min(end, last).isoformat()
    else:
        if unit in _UNIT_DAYS:
            start = last - timedelta(days=n * _UNIT_DAYS[unit] - 1)
        else:
            y, m = _add_months(last.year, last.month, 1 - n * (12 if unit == "Y" else 1))
            start = date(y, m, 1)
        t.earliest, t.latest = max(start, first).isoformat(), last.isoformat()


# --- the part of a period that has passed ("so far in 2025", "this year to date") -------
_SO_FAR_BEFORE = re.compile(r"\b(?:so|thus)\s+far\s+(?:(?:in|this|during)\s+)?$|"
                            r"\b(?:to\s+date|until\s+now|up\s+to\s+now)\s+(?:in|this)\s+$", re.I)
_SO_FAR_AFTER = re.compile(r"^,?\s+(?:so|thus)\s+far\b|^\s+to\s+date\b", re.I)


def _to_date(text: str, t: Timex, anchor: date) -> None:
    """ "so far in 2025", "this year to date": the period up to the publication date, when
    the period holds it."""
    if not (t.earliest and t.latest and t.granularity in ("year", "month", "quarter", "season")):
        return
    if not (_SO_FAR_BEFORE.search(text, max(0, t.start - 20), t.start)
            or _SO_FAR_AFTER.match(text[t.end:t.end + 12])):
        return
    if date.fromisoformat(t.earliest) <= anchor <= date.fromisoformat(t.latest):
        t.latest = anchor.isoformat()


# --- stretches from a known day ("over the next two weeks", "in the coming days") --------
_AHEAD = re.compile(r"(?:\b(?:over|in|during|for|within)\s+)?\bthe\s+(?:next|coming|following)\s",
                    re.I)
_STRETCH = re.compile(r"P(?P<n>\d+)(?P<u>[DWMY])$")


def _bound_stretch(t: Timex, ctx: _Ctx) -> None:
    """ "over the next two weeks": the days from the day the text is at (the day in focus
    for a story told in the past, else the anchor) to the end of the stretch. TIMEX3 keeps
    the duration as its value; the bounds are what a ledger can date."""
    sm = _STRETCH.match(t.value or "")
    if sm is None or not _AHEAD.match(t.text):
        return
    if ctx.tense == "past" and ctx.ref and ctx.ref[0] == "day":
        start = ctx.ref[1]
    elif ctx.anchor is not None:
        start = ctx.anchor
    else:
        return
    n, u = int(sm["n"]), sm["u"]
    if u in "DW":
        end = start + timedelta(days=n * (7 if u == "W" else 1) - 1)
    else:
        y, m = _add_months(start.year, start.month, n * (12 if u == "Y" else 1))
        end = date(y, m, min(start.day, _month_span(y, m)[1].day)) - timedelta(days=1)
    t.earliest, t.latest = start.isoformat(), max(start, end).isoformat()


# --- offsets from an event ("a day after the exchange", "two days after M23 seized ...") ---
_AFTER_EVENT = re.compile(r"\s+after\b(?!\s+(?:that|then)\b)", re.I)
_OFFSET = re.compile(r"P(?P<n>\d+)(?P<u>[DW])$")
_OPENS_SENTENCE = re.compile(r"^[\s\"'“‘(]*(?:(?:and|but|then|just|only|barely|some)\s+)?$", re.I)
# "... after the seizure.", "after that attack,": an event told before, not a new clause
_BACK_REFERENCE = re.compile(r"\s+after\s+(?:the|this|that|these|those)\s+[a-z]+(?:\s+[a-z]+)?\s*[.,;:]",
                             re.I)
_SENT_END = re.compile(r"[.!?]['\"’”)]*\s+|\n\s*")


def _event_offset(text: str, t: Timex, found: list[Timex], anchor: date) -> Timex:
    """ "(said on Monday,) a day after the two sides met": the day of that earlier event,
    counted back from the day the text is at (a day named in this or the sentence before,
    else the anchor); "Nine days after the strike, ..." opening a sentence with no such day
    counts forward from the last single day named further back."""
    om = _OFFSET.match(t.value or "")
    if t.type != "DURATION" or om is None or t.mod or not _AFTER_EVENT.match(text, t.end):
        return t
    bounds = [0] + [m.end() for m in _SENT_END.finditer(text, 0, t.start)]
    lo = bounds[-2] if len(bounds) > 1 else 0
    single = [u for u in found if u.end <= t.start and u.granularity == "day"
              and u.earliest and u.earliest == u.latest]
    days = [u for u in single if lo <= u.start]
    opens = _OPENS_SENTENCE.match(text[bounds[-1]:t.start])
    ref, k = anchor, -1
    if days:
        ref = date.fromisoformat(days[-1].earliest)
        if days[-1].start < bounds[-1] and (opens or _BACK_REFERENCE.match(text, t.end)):
            # "Rebels took the airport on Monday. Two days after the seizure, the army ...":
            # the day named before is the earlier event's, the sentence tells what followed
            k = 1
    elif single and opens and _BACK_REFERENCE.match(text, t.end):
        # "Nine days after the strike, ...": an event told further back, whose day is the
        # last single day the story named before
        ref, k = date.fromisoformat(single[-1].earliest), 1
    d = ref + k * timedelta(days=int(om["n"]) * (7 if om["u"] == "W" else 1))
    return Timex(t.start, t.end, t.text, d.isoformat(), d.isoformat(), d.isoformat(), "day",
                 None, "DATE")
