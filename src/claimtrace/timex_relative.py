"""Rules for deictic, anaphoric and vague expressions: "yesterday", "Friday", "two days ago",
"the next day", "three years" (durations), "now" / "recently" and "every week" (sets).
Registered after `timex_dates`, so an equally long calendar match wins.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .timex_base import (
    DAY_PARTS, UNITS, WEEKDAYS, _MON, _NUMW, _UNIT, _WD, _YEAR, _DAY, _Ctx, _add_months, _fraction_duration, _iso,
    _day_in_focus, _mk, _month_span, _months_back, _num, _quarter_span, _rule, _unit, _week_value,
    _weekday_date, Timex,
)
from .timex_dates import _explicit_day

# a bare "weekend" naming an act ("79 killed in weekend attack"): the weekend just past
_WEEKEND_EVENT = re.compile(r"\s+(?:attacks?|strikes?|raids?|clash(?:es)?|fighting|bombings?|"
                            r"shelling|assaults?|violence|killings?|massacre|ambush)\b", re.I)


@_rule(r"\b(?:(?P<pre>late|early|earlier|later)\s+)?(?P<w>yesterday|today|tomorrow|tonight|overnight|"
       r"last\s+night|this\s+(?:morning|afternoon|evening)|(?:this\s+)?(?:past\s+)?weekend|"
       r"the\s+(?:early|small)\s+hours(?!\s+of\b))"
       r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b", re.I)
def _deictic_day(m, ctx):
    a = ctx.anchor
    if m["w"] == "Today" and _NAME_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # the name of a programme or paper: "VOA Today", "USA Today"
    w = re.sub(r"\s+", " ", m["w"].lower())
    generic = (_GENERIC_DAY.match(ctx.text, m.end())
               or _GENERIC_OF.search(ctx.text, max(0, m.start() - 30), m.start()))
    if w in ("today", "tomorrow") and generic:
        return None  # "today's world", "the leaders of tomorrow": the present or future age, no day
    if "weekend" in w:
        if not w.startswith("this") and "past" not in w \
                and not _WEEKEND_EVENT.match(ctx.text, m.end()):
            return None  # (but "killed in weekend attack": the weekend just past)
    off = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "overnight": -1,
           "last night": -1}.get(w, 0)
    part = (m["part"] or "").lower()
    if w == "tonight" or w == "last night":
        part = "night"
    elif w.startswith("this "):
        part = w.split()[1]
    elif w.endswith(" hours"):
        # "in the early hours" with no day named: the small hours of the day last named, else
        # of the day of the report
        part = "morning"
    if a is None:
        return _mk(ctx, m, None, None, "day", typ="TIME" if part else "DATE")
    if "weekend" in w:
        mon0 = a - timedelta(days=a.weekday()) - timedelta(weeks=1 if a.weekday() < 5 else 0)
        sat = mon0 + timedelta(days=5)
        return _mk(ctx, m, _week_value(mon0) + "-WE", (sat, sat + timedelta(days=1)), "week")
    d = a + timedelta(days=off)
    if w.endswith(" hours") and ctx.ref and ctx.ref[0] == "day":
        d = ctx.ref[1]  # "raided the town on Monday ... the jail was stormed in the early hours"
    if w == "overnight":
        return _mk(ctx, m, d.isoformat() + "TNI", (d, a), "day", typ="TIME")
    pre = (m["pre"] or "").lower()
    mod = {"late": "END", "early": "START", "earlier": "START", "later": "END"}.get(pre)
    if w.endswith(" hours"):
        mod = "START"
    val = d.isoformat() + (f"T{DAY_PARTS[part]}" if part else "")
    return _mk(ctx, m, val, (d, d), "day", mod, typ="TIME" if part else "DATE")


# "today's" / "tomorrow's" before a word for people or an age speaks of the times, not a day
_GENERIC_DAY = re.compile(r"['’]s\s+(?:(?:young|younger|modern|global|digital|interconnected)\s+)?"
                          r"(?:world|society|societies|youth|young|generations?|children|kids|"
                          r"leaders|age|era|times|culture|standards|people)\b", re.I)

# "the people of tomorrow", "the world of today": the age, as "tomorrow's leaders" is
_GENERIC_OF = re.compile(r"\b(?:world|society|societies|youth|generations?|children|kids|leaders|"
                         r"people|workers|jobs|technology|technologies|weapons|armies|cities)"
                         r"\s+of\s+$", re.I)

# a capitalized word right before, not at a sentence start: "Today" is part of a name
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w.&-]*\s+$")

# a weekday joined to a plural one shares its set: "Monday and Tuesday nights", "Saturday or Sundays"
_PLURAL_WEEKDAY_AFTER = re.compile(rf"\s+(?:and|or|&)\s+{_WD}(?:s|\s+(?P<part>morning|afternoon|evening|night)s)\b")

# "ahead of Friday's meeting" looks forward; "Friday's ruling" otherwise names a past event
_POSS_AHEAD = re.compile(r"\b(?:ahead\s+of|until|till|upcoming|await\w*|"
                         r"prepar\w+\s+for|scheduled)\s+(?:the\s+)?$", re.I)


@_rule(rf"\b(?:(?P<pre>late|early|later|earlier|midnight|noon|midday|the\s+previous|the\s+following|"
       rf"(?i:this\s+coming|coming|last|next|this|on|past)(?=\s))\s+)?"
       rf"(?P<wd>{_WD})(?:(?P<poss>['’]s)|(?P<wpl>s)|\s+(?P<part>morning|afternoon|evening|night)(?P<ppl>s)?)?(?!\w)"
       rf"(?:\s+\((?P<mon>{_MON})\s+(?P<d>{_DAY})\)|,?\s+(?P<mon3>{_MON})\s+(?P<d3>{_DAY})\b(?:,?\s+(?P<y3>{_YEAR})\b)?)?")
def _weekday(m, ctx):
    wd = WEEKDAYS[m["wd"].lower()]
    joined = _PLURAL_WEEKDAY_AFTER.match(ctx.text, m.end())
    if m["wpl"] or m["ppl"] or joined:
        # "on Tuesdays", "Tuesday nights", "on Monday and Tuesday nights": that weekday of
        # every week, a set (TIMEX3 XXXX-WXX-2TNI), no one day
        part = (m["part"] or (joined["part"] if joined else None) or "").lower()
        code = f"T{DAY_PARTS[part]}" if part else ""
        return _mk(ctx, m, f"XXXX-WXX-{wd + 1}{code}", None, "unknown", typ="SET")
    pre = re.sub(r"\s+", " ", (m["pre"] or "").lower())
    shift = pre if pre in ("last", "next", "this") else ("last" if pre == "past" else None)
    if pre in ("coming", "this coming") or (m["poss"] and not pre):
        ahead = pre or _POSS_AHEAD.search(ctx.text[max(0, m.start() - 25):m.start()])
        ctx = _Ctx(ctx.text, ctx.anchor, "future" if ahead else "past", ctx.ref, ctx.main_quarter,
                   ctx.events)
    if pre.startswith("the ") and ctx.anchor:
        base = ctx.ref[1] if ctx.ref and ctx.ref[0] == "day" else ctx.anchor
        sub = _Ctx(ctx.text, base, None, None)
        d = _weekday_date(sub, wd, "last" if "previous" in pre else "next")
        return _mk(ctx, m, d.isoformat(), (d, d), "day")
    if m["mon"] or m["mon3"]:
        t = _explicit_day(m, ctx, m["mon"] or m["mon3"], m["d"] or m["d3"], m["y3"])
        d = date.fromisoformat(t.value) if t and t.value and t.value[0].isdigit() else None
    else:
        d = _weekday_date(ctx, wd, shift)
    part = (m["part"] or "").lower()
    if d is None:
        return _mk(ctx, m, f"XXXX-WXX-{wd + 1}", None, "day")
    mod = {"late": "END", "early": "START", "later": "END", "earlier": "START"}.get(pre)
    if pre == "midnight":
        return _mk(ctx, m, d.isoformat() + "T24:00", (d, d + timedelta(days=1)), "day", typ="TIME")
    if pre in ("noon", "midday"):
        return _mk(ctx, m, d.isoformat() + "T12:00", (d, d), "day", typ="TIME")
    val = d.isoformat() + (f"T{DAY_PARTS[part]}" if part else "")
    return _mk(ctx, m, val, (d, d), "day", mod, typ="TIME" if part else "DATE")


@_rule(r"\b(?:(?:at|around|about|approximately)\s+)?(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*"
       r"(?P<ap>a\.m\.|p\.m\.|am\b|pm\b|o'clock)(?:\s+(?P<tz>[A-Z]{2,4})\b"
       r"|\s+(?:local|[A-Z][a-z]+)\s+time\b)?"  # "7:45 p.m. Sanaa time on Friday"
       rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{_WD}|yesterday|today|tomorrow)"
       rf"(?:,?\s+(?P<d2>{_DAY})\s+(?P<mon2>{_MON})\b|,?\s+(?P<mon3>{_MON})\s+(?P<d3>{_DAY})\b)?"
       rf"|(?P<mon>{_MON})\s+(?P<d>{_DAY})\b))?")
def _clock(m, ctx):
    """ "at about 2.15 pm", "7 p.m. on Friday 19 August": that time on the day named with
    it, else on the day the story is at (`_day_in_focus`)."""
    h = int(m["h"])
    ap = m["ap"].lower()
    if h > 12 or h == 0:
        return None
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    d = _day_in_focus(ctx)
    if m["wd"]:
        w = m["wd"].lower()
        if w in WEEKDAYS:
            d = _weekday_date(ctx, WEEKDAYS[w])
        elif ctx.anchor:
            d = ctx.anchor + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[w])
    mon, day = m["mon"] or m["mon2"] or m["mon3"], m["d"] or m["d2"] or m["d3"]
    if mon:  # a date written out beats the weekday told with it
        t = _explicit_day(m, ctx, mon, day, None)
        d = date.fromisoformat(t.value) if t and t.value and t.value[0].isdigit() else d
    mod = "APPROX" if re.match(r"(?:around|about|approximately)", m.group(0), re.I) else None
    if d is None:
        return _mk(ctx, m, f"XXXX-XX-XXT{h:02d}:{m['mi'] or '00'}", None, "day", mod, typ="TIME")
    return _mk(ctx, m, f"{d.isoformat()}T{h:02d}:{m['mi'] or '00'}", (d, d), "day", mod, typ="TIME")


@_rule(r"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\s*(?P<tz>GMT|UTC|BST|CET|CEST|EET|EEST|"
       r"MSK|IST|EST|EDT|PST|PDT|local\s+time)\b")
def _clock24(m, ctx):
    """ "11:40 GMT" (a live blog's entry, a 24-hour time with its zone): that time of the
    day in focus, else of the publication date."""
    d = _day_in_focus(ctx)
    if d is None:
        return _mk(ctx, m, f"XXXX-XX-XXT{int(m['h']):02d}:{m['mi']}", None, "day", typ="TIME")
    return _mk(ctx, m, f"{d.isoformat()}T{int(m['h']):02d}:{m['mi']}", (d, d), "day", typ="TIME")


@_rule(r"\b(?:at|from|around|about|until|till|after|before|since|by)\s+"
       r"(?P<mod>(?:about|around|approximately)\s+)?(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\b"
       r"(?![:.]\d|\s*(?:a\.?m\.?|p\.?m\.?)(?!\w))", re.I)
def _clock24_told(m, ctx):
    """ "explosions from about 04:00": a 24-hour time after a preposition, with no zone, on
    the day the story is at (the preposition is no part of the expression)."""
    d = _day_in_focus(ctx)
    value = f"T{int(m['h']):02d}:{m['mi']}"
    mod = "APPROX" if m["mod"] else None
    t = _mk(ctx, m, (d.isoformat() if d else "XXXX-XX-XX") + value, (d, d) if d else None,
            "day", mod, typ="TIME")
    t.start = m.start("mod") if m["mod"] else m.start("h")
    return t


_RELATIVE_AFTER = re.compile(r"\s+(?:when|that)\b", re.I)
_CLAUSE_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|he|she|they|we|i|you|it)\s", re.I)


@_rule(r"\b(?:(?P<pre>the|that|this|in\s+the|later\s+that|earlier\s+that|the\s+same)\s+)"
       r"(?P<w>morning|afternoon|evening|night|day)\b(?!\s+(?:of|before|after)\b)", re.I)
def _day_part_ref(m, ctx):
    w = m["w"].lower()
    pre = re.sub(r"\s+", " ", m["pre"].lower())
    if not pre.endswith("that") and _RELATIVE_AFTER.match(ctx.text, m.end()):
        return None  # "the night that the plane went down" (but "in the chaos of that
        # afternoon that six were seized" is the afternoon already named)
    if w == "day" and pre not in ("that", "the same", "later that", "earlier that"):
        return None
    if pre in ("the", "in the") and _CLAUSE_AFTER.match(ctx.text, m.end()):
        return None  # "the night the plane went down": the night of an event, not a known day
    if pre.endswith("that") or pre == "the same":
        if not (ctx.probe or ctx.ref and ctx.ref[0] == "day" or ctx.day):
            return None  # "trades made that day" with no day told: an event's day, not the report's
    base = _day_in_focus(ctx)
    if base is None:
        return None
    if w == "day":
        return _mk(ctx, m, base.isoformat(), (base, base), "day")
    return _mk(ctx, m, f"{base.isoformat()}T{DAY_PARTS[w]}", (base, base), "day", typ="TIME")


# a count before "day after" / "night before": "a day after ...", "two nights before ..."
_COUNTED = re.compile(rf"\b(?:{_NUMW})\s+$", re.I)


# a day named just before, then a comma: "Oct. 12, the day before the plunge", "last seen
# Nov. 3, the day before police issued a warrant" (the apposition renames that day)
_DAY_APPOSED = re.compile(rf"(?:\b{_MON}\s+{_DAY}(?:,\s+{_YEAR})?|\b{_WD})\s*,\s+$")


@_rule(rf"(?<=,\s)the\s+(?P<u>day|night|{_WD})\s+(?:before|after)\b(?!\s*[.,;:])", re.I)
def _apposed_day(m, ctx):
    """ "Oct. 12, the day before the stock market plunge", "December 23, the Saturday before
    Christmas": the day just named, told again as a day before (or after) an event; not a
    day before that day."""
    if not _DAY_APPOSED.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None
    if ctx.probe:
        return _mk(ctx, m, None, None, "day")
    if not (ctx.ref and ctx.ref[0] == "day"):
        return None
    d = ctx.ref[1]
    part = "TNI" if m["u"].lower() == "night" else ""  # (a weekday is the whole day)
    return _mk(ctx, m, d.isoformat() + part, (d, d), "day", typ="TIME" if part else "DATE")


@_rule(r"\b(?:the\s+)?(?P<rel>next|following|previous|preceding)\s+(?P<u>day|morning|night|evening|week|month|year)\b|"
       r"\b(?:the\s+)?(?P<u2>day|night)\s+(?P<rel2>before|after)\b(?!\s+(?:the|a|his|her|their|its|\w+ing)\b)",
       re.I)
def _anaphoric_next(m, ctx):
    rel = (m["rel"] or m["rel2"]).lower()
    unit = (m["u"] or m["u2"]).lower()
    if m["rel2"] and _COUNTED.search(ctx.text, 0, m.start()):
        return None  # "a day after the strike": an offset from an event (see timex._event_offset)
    if not m.group(0).lower().startswith("the") and m["rel"]:
        return None  # "next week" is handled by _relative_unit
    base = ctx.ref[1] if ctx.ref and unit in ("month", "year") else _day_in_focus(ctx)
    if base is None:
        return None
    k = 1 if rel in ("next", "following", "after") else -1
    if unit in ("day", "morning", "night", "evening"):
        d = base + timedelta(days=k)
        part = "" if unit == "day" else "T" + DAY_PARTS[unit]
        return _mk(ctx, m, d.isoformat() + part, (d, d), "day", typ="TIME" if part else "DATE")
    if unit == "week":
        mon0 = base - timedelta(days=base.weekday()) + timedelta(weeks=k)
        return _mk(ctx, m, _week_value(mon0), (mon0, mon0 + timedelta(days=6)), "week")
    if unit == "month":
        y, mm = _add_months(base.year, base.month, k)
        return _mk(ctx, m, f"{y}-{mm:02d}", _month_span(y, mm), "month")
    y = base.year + k
    return _mk(ctx, m, str(y), (date(y, 1, 1), date(y, 12, 31)), "year")


@_rule(rf"\b(?:(?P<mod>about|around|roughly|some|nearly|almost|more\s+than|less\s+than|over|"
       rf"at\s+least|just)\s+)?(?P<n>{_NUMW})[- ](?P<u>{_UNIT})s?\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|"
       rf"before|after|from\s+now)\b", re.I)
def _ago(m, ctx):
    n = _num(m["n"])
    unit = _unit(m["u"])
    dirw = m["dir"].lower()
    if dirw in ("before", "after") and not re.match(r"\s*(?:that|then|the\s+(?:war|attack|"
                                                      r"election|vote))", ctx.text[m.end():]):
        return None  # "two days before the vote" is relative to an event: keep as duration
    mod = _approx_mod(m["mod"])
    if dirw in ("later", "earlier") and unit in _EVENT_UNITS and not ctx.events:
        # "three days later", "an hour earlier" count from an event of the story: TIMEX3
        # keeps the stretch itself (P3D), the pipeline dates it (tag(events=True))
        return _mk(ctx, m, _stretch(n, unit), None, "unknown", mod, typ="DURATION")
    back = dirw in ("ago", "earlier", "before")
    base = ctx.anchor if dirw in ("ago", "from now") or not ctx.ref else ctx.ref[1]
    if dirw in ("later", "earlier") and unit == "day" and ctx.ref \
            and ctx.ref[0] in ("year", "quarter", "season"):
        # "a day later" after "the 2018 agreement": a year is no day to count from; the last
        # single day the story was at is (stop 28)
        base = ctx.day
    if n is None and dirw in ("later", "earlier") and ctx.ref and unit in _EVENT_UNITS:
        return _some_later(ctx, m, unit, back, mod)  # "a few days later"
    if n is None or base is None or n != int(n):
        return _mk(ctx, m, "PAST_REF" if back else "FUTURE_REF", None, "unknown", mod)
    k = int(n) * (-1 if back else 1)
    if unit == "day":
        d = base + timedelta(days=k)
        return _mk(ctx, m, d.isoformat(), (d, d), "day", mod)
    if unit == "week":
        d = base + timedelta(weeks=k)
        mon0 = d - timedelta(days=d.weekday())
        return _mk(ctx, m, _week_value(mon0), (mon0, mon0 + timedelta(days=6)), "week", mod)
    if unit == "month":
        y, mm = _add_months(base.year, base.month, k)
        return _mk(ctx, m, f"{y}-{mm:02d}", _month_span(y, mm), "month", mod)
    if unit == "year":
        if (ctx.ref and ctx.ref[0] == "quarter" and dirw in ("ago", "earlier")
                and not ctx.months_stretch):
            q = (ctx.ref[1].month - 1) // 3 + 1
            y = ctx.ref[1].year + k
            return _mk(ctx, m, f"{y}-Q{q}", _quarter_span(y, q), "quarter", mod)
        if ctx.months_stretch and ctx.anchor:  # "for the nine months, ... a year earlier"
            y = (ctx.main_quarter[0] if ctx.main_quarter else ctx.anchor.year) + k
            return _mk(ctx, m, str(y), (date(y, 1, 1), date(y, 12, 31)), "year", mod)
        y = base.year + k
        if dirw == "ago" and k == -1:  # "a year ago": the month a year back
            return _mk(ctx, m, f"{y}-{base.month:02d}", _month_span(y, base.month), "month", mod)
        return _mk(ctx, m, str(y), (date(y, 1, 1), date(y, 12, 31)), "year", mod)
    if unit == "decade":
        y = base.year + 10 * k
        return _mk(ctx, m, str(y), (date(y, 1, 1), date(y, 12, 31)), "year", mod)
    if unit in ("hour", "minute", "second"):
        return _mk(ctx, m, base.isoformat(), (base, base), "day", mod, typ="TIME")
    return None


# the units of "N <unit> later/earlier" that count from an event rather than a report date
_EVENT_UNITS = ("second", "minute", "hour", "day", "week")
# how far "days later", "a few weeks earlier" reach from the event they count from: (near, far)
_SOME_UNITS = {"second": (0, 0), "minute": (0, 0), "hour": (0, 0), "day": (1, 7),
               "week": (7, 42)}


@_rule(r"\b(?P<u>seconds|minutes|hours|days|weeks)\s+(?P<dir>later|earlier)\b", re.I)
def _units_later(m, ctx):
    """ "Days later", "hours earlier": a stretch from the last date of the story; TIMEX3
    (no events) leaves it, as it names no time of its own."""
    if not ctx.events:
        return None
    unit = _unit(m["u"])
    if not ctx.ref:  # no date told before it: only the stretch
        return _mk(ctx, m, _stretch(None, unit), None, "unknown", typ="DURATION")
    return _some_later(ctx, m, unit, m["dir"].lower() == "earlier", None)


def _some_later(ctx, m, unit: str, back: bool, mod: str | None):
    """The days a vague stretch after (or before) the story's last date can reach."""
    near, far = _SOME_UNITS[unit]
    base = ctx.ref[1] if back else ctx.ref[2]
    sign = -1 if back else 1
    lo, hi = sorted((base + timedelta(days=sign * near), base + timedelta(days=sign * far)))
    typ = "TIME" if unit in ("second", "minute", "hour") else "DATE"
    return _mk(ctx, m, lo.isoformat() if lo == hi else None, (lo, hi),
               "day" if lo == hi else "unknown", mod, typ=typ)


def _stretch(n: float | None, unit: str) -> str:
    """ "three days" -> P3D, "an hour" -> PT1H, "a few days" -> PXD."""
    letter, timeunit = UNITS[unit]
    qty = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    return ("PT" if timeunit else "P") + qty + letter


def _approx_mod(w: str | None) -> str | None:
    if not w:
        return None
    w = re.sub(r"\s+", " ", w.lower())
    return {"more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
            "at least": "EQUAL_OR_MORE", "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS",
            "just": None}.get(w, "APPROX")


@_rule(rf"\b(?:(?P<mod>about|around|roughly|nearly|almost|more\s+than|less\s+than|"
       rf"at\s+least|some|over|up\s+to)\s+)?(?:(?P<det>the|an?|its|each\s+of\s+the)\s+)?"
       rf"(?:(?P<rel>past|last|next|first|previous|coming|final|following|recent|preceding|"
       rf"latest|same|year-earlier|year-ago)\s+)?(?:(?P<n>{_NUMW})[- ]?)?(?:(?:more|additional|trading|business|working)\s+)?"
       rf"(?P<u>{_UNIT})(?P<pl>s)?(?P<half>\s+and\s+a\s+half)?"
       rf"(?P<adj>-long|-old)?\b", re.I)
def _duration(m, ctx):
    unit = _unit(m["u"])
    n = _num(m["n"]) if m["n"] else None
    rel = (m["rel"] or "").lower()
    if (m.group(0).lower() == "one day" and _SOMEDAY_BEFORE.search(ctx.text, 0, m.start())
            and not _SOMEDAY_NOT_AFTER.match(ctx.text, m.end())):
        # "Islam will one day be", "hopes to one day lead": some day to come, no stretch
        a = _iso(ctx.anchor)
        return Timex(m.start(), m.end(), m.group(0), "FUTURE_REF", a, None, "unknown", None, "DATE")
    if re.match(r"\s+old\b", ctx.text[m.end():m.end() + 5]):
        return None  # an age: "52 years old"
    if not m["n"] and not rel and not m["pl"] and (m["det"] or "").lower() in ("a", "an"):
        if unit in ("second", "quarter") or (re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4])
                                             and not _WITHIN_BEFORE.search(ctx.text, 0, m.start())):
            return None  # "a second group", "a quarter of the market" (not "within a week of")
        n = 1  # "within a week", "$33 million a year"
    elif unit == "quarter" and n in (1, 2, 3) and _FRACTION_OF.match(ctx.text, m.end()):
        return None  # "about three-quarters of its food" is a share, not three quarters of a year
    elif not m["n"] and m["adj"] == "-long":
        n = None if m["pl"] else 1  # "a day-long meeting" P1D, "a weeks-long siege" PXW
    elif not m["n"]:
        if not m["pl"]:
            return None  # "the year", "a day": handled elsewhere or too vague
        if not (rel or re.search(r"\b(?:for|in|over|within|after|take|took|takes|taken|"
                                 r"spent|spend|lasted|last|of)\s+$",
                                 ctx.text[max(0, m.start() - 10):m.start()], re.I)):
            return None
        if m["adj"] == "-old":
            return None
    if m["adj"] == "-old":
        return None
    if m["n"] and m["n"].lower() in ("some", "a") and not m["pl"] and m["n"].lower() == "some":
        return None
    if m["half"] and n is not None:
        n += 0.5  # "a minute and a half", "two years and a half"
    letter, timeunit = UNITS[unit]
    if unit == "quarter":
        letter = "Q"
    qty = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    if unit == "decade" and n is not None:
        qty, letter = str(int(n * 10)), "Y"
    if unit == "century":
        # "two centuries" in years (P200Y); "for centuries" with the TIMEX3 century unit (PXC)
        qty, letter = (str(int(n * 100)), "Y") if n is not None else (qty, "C")
    if unit == "week" and m["u"].lower().startswith("fortnight") and n is not None:
        qty = str(int(n * 2))
    if qty == "X" and m["pl"] and rel in ("recent", "past", "last", "coming", "next"):
        # "in recent years", "over the next few days": a vague duration (TIMEX3 PXY, PXD)
        # that still bounds the interval on one side by the anchor
        a = _iso(ctx.anchor)
        ahead = rel in ("coming", "next")
        value = ("PTX" if timeunit else "PX") + letter
        return Timex(m.start(), m.end(), m.group(0), value, a if ahead else None,
                     None if ahead else a, "unknown", _approx_mod(m["mod"]), "DURATION")
    value = ("PT" if timeunit else "P") + qty + letter
    if n is not None and n != int(n) and unit not in ("quarter", "month"):
        value = _fraction_duration(n, unit, letter, timeunit) or value
    if rel == "recent" and m["pl"] and not m["n"]:
        value = "P" + "X" + letter
    back = _BACK_DAYS.get(unit)
    if rel in ("past", "last", "previous", "preceding") and n and ctx.anchor and (
            back or unit in ("month", "year")):
        # "over the past 24 hours", "in the last three days", "the past 19 months": the
        # stretch up to the anchor (hours round up to whole days)
        if back:
            days = max(1, -(-int(n) // 24)) if unit == "hour" else int(n * back)
            first = ctx.anchor - timedelta(days=days)
        else:
            first = _months_back(ctx.anchor, int(n * (12 if unit == "year" else 1)))
        return Timex(m.start(), m.end(), m.group(0), value, first.isoformat(),
                     ctx.anchor.isoformat(), "unknown", _approx_mod(m["mod"]), "DURATION")
    return _mk(ctx, m, value, None, "unknown", _approx_mod(m["mod"]), typ="DURATION")


# a stretch counted from an event: "killed within a week of his capture"
_WITHIN_BEFORE = re.compile(r"\b(?:within|inside)\s+$", re.I)

# "one day" between a modal (or "to") and its verb is "some day": "will one day be", "to one
# day lead"; not "could take one day", "will one day later" (a stretch or an offset)
_SOMEDAY_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|should|shall|must|to)\s+$", re.I)
_SOMEDAY_NOT_AFTER = re.compile(r"\s+(?:later|earlier|before|after|of|ago|from|a|an|the|or|and|per)\b|[.,;:!?]",
                                re.I)

# "quarters of" a thing (not "of 1990", "of the fiscal year"): a fraction
_FRACTION_OF = re.compile(r"\s+of\b(?!\s+(?:\d{4}|(?:the|this|last|next|that)\s+(?:fiscal\s+|calendar\s+)?year))",
                          re.I)

# days per unit, for durations that end at the anchor (hours round up to whole days)
_BACK_DAYS = {"hour": 1, "day": 1, "week": 7, "fortnight": 14}


@_rule(r"\b(?:(?P<ref>now|currently|presently|nowadays|at\s+present|these\s+days|right\s+now|"
       r"current|the\s+present)|(?P<past>recently|lately|in\s+the\s+past|"
       r"the\s+past|earlier|then-current|(?<=the\s)then\s+current)|"
       r"(?P<fut>the\s+(?:near\s+)?future|an?\s+(?:later|future)\s+(?:date|stage)|the\s+(?:near|short)\s+term|"
       r"(?<!\bas\s)soon(?!\s+(?:after|as|afterwards?)\b)(?!-)))\b", re.I)
def _ref(m, ctx):
    w = m.group(0).lower()
    before = ctx.text[max(0, m.start() - 12):m.start()].lower()
    after = ctx.text[m.end():m.end() + 12]
    if w == "once" and not re.match(r"\s*(?:was|were|had|been|a|an|the|[A-Z])", after):
        return None
    if w == "earlier" and not re.search(r"(?:said|told|reported|announced)\s+$", before):
        return None
    if w in ("current", "future", "recent") and re.match(r"\s*(?:account|affairs|events|and\b)", after):
        return None
    a = ctx.anchor
    if m["ref"]:
        return _mk(ctx, m, "PRESENT_REF", (a, a) if a else None, "unknown")
    if m["past"]:
        return Timex(m.start(), m.end(), m.group(0), "PAST_REF", None, _iso(a), "unknown")
    return Timex(m.start(), m.end(), m.group(0), "FUTURE_REF", _iso(a), None, "unknown")


# "held almost daily", "a daily rally", "gather daily outside": frequency words used as an
# adverb or on an event noun; "daily volume", "20% annually" (rates of a quantity) are not sets
_RATE_BEFORE = re.compile(r"(?:[\d%]|\b(?:average|million|billion|percent|units|profits?|"
                          r"sales|revenues?|earnings|payments|dividends))\s*$", re.I)
_RATE_AFTER = re.compile(r"\s+(?:volume|turnover|average|dividends?|limit|rate|"
                         r"output|production|sales|trading)\b", re.I)


# what follows "daily" / "weekly" when it names a paper: the paper's name (a capitalized word,
# not a day or month) or what a paper does
_PAPER_AFTER = re.compile(rf"\s+(?!(?:{_WD}|{_MON}|The|A|An|Through|To|Until|From|Except)\b)[A-Z][\w'’-]+|"
                          r"\s+(?:newspaper|paper|said|says|reported|reports|wrote|writes|quoted|"
                          r"quotes|cited|cites|published|publishes)\b")


@_rule(rf"\b(?:(?P<e>every|each)\s+(?:(?P<u>day|week|month|year|quarter|morning|night|evening)|"
       rf"(?P<wd>{_WD}))|(?P<adv>weekly|monthly|yearly|hourly|nightly|daily|annually))\b", re.I)
def _set(m, ctx):
    if m["wd"]:  # "every Friday": that weekday of any week
        return _mk(ctx, m, f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", None, "unknown", typ="SET")
    u = (m["u"] or m["adv"]).lower()
    if u in ("daily", "weekly") and _PAPER_AFTER.match(ctx.text, m.end()):
        return None  # "the Communist Party daily Granma", "the Israeli daily said": a newspaper
    if u in ("daily", "annually"):
        before = ctx.text[max(0, m.start() - 12):m.start()]
        after = ctx.text[m.end():m.end() + 12]
        if _RATE_BEFORE.search(before) or _RATE_AFTER.match(after):
            return None
    value = {"day": "P1D", "daily": "P1D", "week": "P1W", "weekly": "P1W", "month": "P1M",
             "monthly": "P1M", "year": "P1Y", "annually": "P1Y", "yearly": "P1Y",
             "quarter": "P1Q", "quarterly": "P1Q", "hourly": "PT1H", "morning": "XXXX-XX-XXTMO",
             "night": "XXXX-XX-XXTNI", "nightly": "XXXX-XX-XXTNI",
             "evening": "XXXX-XX-XXTEV"}[u]
    return _mk(ctx, m, value, None, "unknown", typ="SET")


@_rule(r"\b(?:at|around|about|by|before|after|until|till|from)\s+(?P<w>noon|midday|midnight)\b"
       rf"(?!\s+(?:on\s+)?(?:{_WD}|yesterday|today|tomorrow))", re.I)
def _noon(m, ctx):
    """ "at midday", "by midnight": that time on the day in focus (the anchor by default)."""
    base = _day_in_focus(ctx)
    hour = "24:00" if m["w"].lower() == "midnight" else "12:00"
    value = f"{base.isoformat()}T{hour}" if base else f"XXXX-XX-XXT{hour}"
    t = _mk(ctx, m, value, (base, base) if base else None, "day", typ="TIME")
    t.start = m.start("w")
    return t


@_rule(rf"\b(?P<pre>early|late|mid)[- ]?(?P<part>morning|afternoon|evening)\b"
       rf"(?:\s+(?:on\s+)?(?P<day>{_WD}|yesterday|today|tomorrow)\b)?", re.I)
def _part_of_day(m, ctx):
    """ "mid-afternoon yesterday", "by mid afternoon", "late evening": part of a day (the day
    named after it, else the day in focus, else the anchor) with the mod of its prefix."""
    day = (m["day"] or "").lower()
    if day in WEEKDAYS:
        base = _weekday_date(ctx, WEEKDAYS[day])
    elif day and ctx.anchor:
        base = ctx.anchor + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[day])
    else:
        base = _day_in_focus(ctx)
    code = DAY_PARTS[m["part"].lower()]
    mod = {"early": "START", "mid": "MID", "late": "END"}[m["pre"].lower()]
    value = f"{base.isoformat()}T{code}" if base else f"XXXX-XX-XXT{code}"
    return _mk(ctx, m, value, (base, base) if base else None, "day", mod, typ="TIME")


# "shortly after dawn", "at first light", "later in the day": a part of the day in focus
# (the last day the text named, else the anchor); a night runs into the next day, so
# the morning after it is that next day
_DAWN = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "first light": "MO",
         "dusk": "EV", "sunset": "EV", "nightfall": "EV"}


@_rule(r"\b(?:(?:shortly|just|soon|right)\s+)?(?:(?:after|before|at|around|by|until|till|from)\s+)"
       r"(?P<w>dawn|daybreak|sunrise|first\s+light|dusk|sunset|nightfall)\b"
       rf"(?:\s+(?:on\s+)?(?P<wd>{_WD}|yesterday|today)\b)?|"
       r"\b(?P<rel>later|earlier)\s+in\s+the\s+(?P<part>day|morning|afternoon|evening)\b", re.I)
def _day_part_in_focus(m, ctx):
    base = ctx.ref[2] if ctx.ref and ctx.ref[0] == "day" else _day_in_focus(ctx)
    if m["wd"]:  # "at dawn on Monday", "before dawn yesterday"
        wd = m["wd"].lower()
        base = (_weekday_date(ctx, WEEKDAYS[wd]) if wd in WEEKDAYS else
                ctx.anchor + timedelta(days=-1 if wd == "yesterday" else 0) if ctx.anchor else None)
    if m["w"]:
        w = re.sub(r"\s+", " ", m["w"].lower())
        value = f"{base.isoformat()}T{_DAWN[w]}" if base else f"XXXX-XX-XXT{_DAWN[w]}"
        t = _mk(ctx, m, value, (base, base) if base else None, "day", typ="TIME")
        t.start = m.start("w")
        return t
    part = m["part"].lower()
    mod = "END" if m["rel"].lower() == "later" else "START"
    value = (base.isoformat() if base else "XXXX-XX-XX") + ("" if part == "day" else "T" + DAY_PARTS[part])
    return _mk(ctx, m, value, (base, base) if base else None, "day", mod,
               typ="DATE" if part == "day" else "TIME")


_day_part_in_focus.narrative = True  # only with tag(events=True): TIMEX3 leaves these out


# "today is the eighth day of the operation", "it's the second day of an offensive": the day
# counted in an event that is going on now is the day of the report
_DAY_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                r"twelfth|\d{1,4}(?:st|nd|rd|th))")
_NOW_IS = re.compile(r"\b(?:(?:today|it|this|now)\s+(?:is|marks)|it['’]s)\s+$", re.I)


@_rule(rf"\b(?:the\s+)?{_DAY_ORDINAL}\s+(?:(?:straight|consecutive|full)\s+)?day\b"
       r"(?=\s+(?:of|in|since)\b)", re.I)
def _nth_day_now(m, ctx):
    """ "Today is the eighth day of Desert Shield": the present day of an ongoing event (not
    "Monday was the third day of the strike", whose day is named)."""
    if not _NOW_IS.search(ctx.text, max(0, m.start() - 15), m.start()):
        return None
    a = ctx.anchor
    if a is None:
        return _mk(ctx, m, None, None, "day")
    return _mk(ctx, m, a.isoformat(), (a, a), "day")
