"""Rules for calendar expressions: explicit dates, months, seasons, quarters, years, decades.

Each rule is a regular expression and a handler `(match, ctx) -> Timex | None`, registered
in `timex_base.RULES` in priority order (ties between equally long matches go to the
earlier rule).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .timex_base import (
    MONTHS, ORDINALS, SEASONS, UNITS, _DAY, _MON, _MONTH_FULL, _PART, _REL, _SEASON, _YEAR, _YEAR_WORDS,
    _YEARX,
    _add_months, _day, _last_day, _mk, _month_span, _months_back, _parse_year, _quarter_span, _rule,
    _season_span, _week_value, _year_of_month,
)

@_rule(rf"\b(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
def _iso_date(m, ctx):
    try:
        d = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return _mk(ctx, m, *_day(d), "day")


@_rule(rf"\b(?:(?P<rel>(?i:last|next|this\s+coming|this|the\s+week\s+of))\s+)?"
       rf"(?P<mon>{_MON})\s+(?P<d>{_DAY})\b"
       rf"(?:,?\s+(?P<y>{_YEAR})\b)?(?!\s*(?:%|percent|per cent|million|billion))")
def _month_day(m, ctx):
    """ "Oct. 23", "last Oct. 23" (the latest one before the anchor), "the week of March 6"."""
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if m["y"] or not rel or rel.startswith("the week") or ctx.anchor is None:
        listed = None if m["y"] or rel else _LIST_YEAR_AFTER.match(ctx.text, m.end())
        t = _explicit_day(m, ctx, m["mon"], m["d"], m["y"] or (listed and listed["y"]))
    else:
        month = MONTHS[m["mon"].lower().rstrip(".")]
        day = int(re.match(r"\d+", m["d"]).group(0))
        a = ctx.anchor
        y = a.year
        if rel == "last" and (month, day) >= (a.month, a.day):
            y -= 1
        elif rel != "last" and (month, day) < (a.month, a.day):
            y += 1
        try:
            t = _mk(ctx, m, *_day(date(y, month, day)), "day")
        except ValueError:
            return None
    if t is not None and rel.startswith("the week") and t.earliest:
        d = date.fromisoformat(t.earliest)
        mon0 = d - timedelta(days=d.weekday())
        return _mk(ctx, m, _week_value(mon0), (mon0, mon0 + timedelta(days=6)), "week")
    return t


# "Jan. 4 and 5, 2024": the year written after the last day of a list is the first day's too
_LIST_YEAR_AFTER = re.compile(rf"(?:,\s+{_DAY})*,?\s+(?:and|or|&)\s+{_DAY},?\s+(?P<y>{_YEAR})\b")


@_rule(rf"\b(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MON})\b(?:,?\s+(?P<y>{_YEAR})\b)?")
def _day_month(m, ctx):
    return _explicit_day(m, ctx, m["mon"], m["d"], m["y"])


def _explicit_day(m, ctx, mon, d, y):
    month = MONTHS[mon.lower().rstrip(".")]
    day = int(re.match(r"\d+", d).group(0))
    year = int(y) if y else _year_of_month(ctx, month, day)
    if year is None:
        return _mk(ctx, m, f"XXXX-{month:02d}-{day:02d}", None, "day")
    try:
        dd = date(year, month, day)
    except ValueError:
        return None
    return _mk(ctx, m, *_day(dd), "day")


@_rule(rf"\b(?:the night of |the weekend of )?(?P<d1>{_DAY})\s*(?:-|–|to|and)\s*(?P<d2>{_DAY})\s+"
       rf"(?P<mon>{_MON})\b(?:,?\s+(?P<y>{_YEAR})\b)?")
def _day_range(m, ctx):
    if (days := _days_between(m, ctx)) is None:
        return None
    a, b = days
    night = m.group(0).lower().startswith("the night")
    value = a.isoformat() + ("TNI" if night else "")
    return _mk(ctx, m, value, (a, b), "day", typ="TIME" if night else "DATE")


_NOT_A_DATE_AFTER = r"(?!\s*(?:%|percent|per\s+cent|million|billion|[-–/.:]\d|,\d))"


@_rule(rf"\b(?P<mon>{_MON})\s+(?P<d1>{_DAY})\s*(?:-|–|to|through)\s*(?P<d2>{_DAY})\b"
       rf"(?:,?\s+(?P<y>{_YEAR})\b)?{_NOT_A_DATE_AFTER}")
def _month_day_range(m, ctx):
    """ "May 28-29", "Nov. 3 to 5, 2024": the days from the first to the last (the value is
    the first day, as "28-29 May" in `_day_range`)."""
    if (days := _days_between(m, ctx)) is None:
        return None
    a, b = days
    return _mk(ctx, m, a.isoformat(), (a, b), "day")


def _days_between(m, ctx) -> tuple[date, date] | None:
    """The first and last days of a range of days in one month (groups `d1`, `d2`, `mon`,
    `y`), the year taken from the context when not written; None when not a range."""
    month = MONTHS[m["mon"].lower().rstrip(".")]
    d1, d2 = (int(re.match(r"\d+", x).group(0)) for x in (m["d1"], m["d2"]))
    year = int(m["y"]) if m["y"] else _year_of_month(ctx, month, d1)
    if year is None or d2 <= d1:
        return None
    try:
        return date(year, month, d1), date(year, month, d2)
    except ValueError:
        return None


# "April 24 and 25", "March 3, 4 and 5": a day named after a month and day takes that month
_DAYS_BEFORE = re.compile(rf"(?P<mon>{_MON})\s+{_DAY}(?:,\s+{_DAY})*,?\s*$")
_DAY_LIST_END = re.compile(rf",?\s+(?P<y>{_YEAR})\b|(?=\s*(?:[.,;:)!?]|$)|\s+(?:and|or|in|at|on|"
                           rf"when|while|as|respectively)\b)")


@_rule(rf"(?:,|\band\b|\bor\b|&)\s+(?P<d>{_DAY})\b{_NOT_A_DATE_AFTER}")
def _listed_day(m, ctx):
    before = _DAYS_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    after = _DAY_LIST_END.match(ctx.text, m.end())
    if before is None or after is None:
        return None
    month = MONTHS[before["mon"].lower().rstrip(".")]
    day = int(re.match(r"\d+", m["d"]).group(0))
    if after["y"]:
        year = int(after["y"])
    elif ctx.ref and ctx.ref[0] == "day" and ctx.ref[1].month == month:
        year = ctx.ref[1].year  # the year the first day of the list was given
    else:
        year = _year_of_month(ctx, month, day)
    t = _mk(ctx, m, f"XXXX-{month:02d}-{day:02d}", None, "day")
    if year is not None:
        try:
            t = _mk(ctx, m, *_day(date(year, month, day)), "day")
        except ValueError:
            return None
    t.start = m.start("d")
    t.end = after.end() if after["y"] else m.end()
    return t


@_rule(rf"\b(?P<mon>{_MONTH_FULL}|{_MON})(?:\s+of)?,?\s+(?P<y>{_YEARX}|'\d\d|"
       rf"(?:this|last|next|that|the\s+same)\s+year)\b")
def _month_year(m, ctx):
    month = MONTHS[m["mon"].lower().rstrip(".")]
    ys = re.sub(r"\s+", " ", m["y"].lower())
    if ys in ("that year", "the same year"):
        # "in spring 2024, soon after capturing Avdiivka in February of that year": the year
        # of the last date told
        if not ctx.ref:
            return _mk(ctx, m, f"XXXX-{month:02d}", None, "month")
        y = ctx.ref[1].year
    elif ys.endswith("year"):
        if ctx.anchor is None:
            return _mk(ctx, m, f"XXXX-{month:02d}", None, "month")
        y = ctx.anchor.year + {"last": -1, "next": 1}.get(ys.split()[0], 0)
    else:
        y = _parse_year(m["y"])
    return _mk(ctx, m, f"{y}-{month:02d}", _month_span(y, month), "month")


_MONTH_ALONE_OK = re.compile(r"(?:\b(?:in|since|until|till|by|from|to|through|during|of|"
                             r"last|next|this|early|late|mid|before|after|and|or|between|"
                             r"since|each|every|the end of|on)\s*$)|-$", re.I)


# a preposition that only takes a time before a month: "in January Chad and Mali signed"
# is a month followed by a name ("by August Strindberg" is an author)
_TIME_PREP_BEFORE = re.compile(r"\b(?:in|since|until|till|during|through|throughout)\s+$", re.I)


# "the March accession", "the May elections": the month before a common noun ("the March
# on Washington", "the May government" are a march and a person)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_MONTH_NOUN_AFTER = re.compile(r"\s+(?!(?:on|of|for|to|in|at|by|from|with|against|through|toward|towards|"
                               r"and|or|government|cabinet|administration|ministry|era|years|was|is|"
                               r"has|had|said|says)\b)[a-z]{3,}\b")


@_rule(rf"\b(?:(?P<rel>(?i:last|next|this|each|every))\s+)?(?P<mon>{_MONTH_FULL}|"
       r"(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?![\w-])")
def _month_alone(m, ctx):
    mon = m["mon"]
    before = ctx.text[max(0, m.start() - 20):m.start()]
    if (mon in ("May", "March") and not m["rel"] and not _MONTH_ALONE_OK.search(before)
            and not (_THE_BEFORE.search(before) and _MONTH_NOUN_AFTER.match(ctx.text, m.end()))):
        return None
    if re.match(r"\s+[A-Z][a-z]", ctx.text[m.end():m.end() + 3]) and not m["rel"] \
            and not _TIME_PREP_BEFORE.search(before):
        return None  # part of a name ("August Strindberg"; not "in January Chad signed")
    month = MONTHS[mon.lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    if rel in ("each", "every"):
        return _mk(ctx, m, f"XXXX-{month:02d}", None, "month", typ="SET")
    if ctx.anchor is None:
        return _mk(ctx, m, f"XXXX-{month:02d}", None, "month")
    a = ctx.anchor
    if rel == "last":
        y = a.year if month < a.month else a.year - 1
    elif rel == "next":
        y = a.year if month > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    else:
        y = _year_of_month(ctx, month)
    return _mk(ctx, m, f"{y}-{month:02d}", _month_span(y, month), "month")


@_rule(rf"\b(?:the\s+)?(?:(?P<part>early|mid|late)[- ]?)?(?:(?P<c>1[6-9]|20)(?P<d>\d)0s|'(?P<s>\d)0s|"
       rf"(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b")
def _decade(m, ctx):
    words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
             "seventies": 7, "eighties": 8, "nineties": 9}
    if m["c"]:
        dec = int(m["c"] + m["d"])
    elif m["s"]:
        dec = 190 + int(m["s"]) if int(m["s"]) > 2 else 200 + int(m["s"])
    else:
        dec = 190 + words[m["w"].lower()]
    lo, hi = dec * 10, dec * 10 + 9
    mod = None
    if m["part"]:
        p = m["part"].lower()
        mod = {"early": "START", "mid": "MID", "late": "END"}[p]
        lo, hi = {"early": (lo, lo + 3), "mid": (lo + 3, lo + 6), "late": (lo + 6, hi)}[p]
    return _mk(ctx, m, str(dec), (date(lo, 1, 1), date(hi, 12, 31)), "decade", mod)


@_rule(rf"\b(?:(?P<rel>{_REL}|the|last|each|every)\s+)?(?:(?P<sp>early|mid|late)[- ]?)?(?P<s>{_SEASON})"
       rf"(?:\s+(?:of\s+)?(?P<y>{_YEARX}))?\b", re.I)
def _season(m, ctx):
    """ "last summer", "the early summer" (mod START), "winter 1999", "each spring" (a set)."""
    code = SEASONS[m["s"].lower()]
    rel = (m["rel"] or "").lower()
    if m["s"].lower() == "fall" and not m["y"] and re.match(r"\s+of\b", m.string[m.end():]):
        return None  # "the fall of Aleppo": a town's fall, no season ("the fall of 2024" is)
    if m["sp"]:
        t = _season_value(m, ctx, code, rel or "the")
        k = {"early": 0, "mid": 1, "late": 2}[m["sp"].lower()]
        t.mod = ("START", "MID", "END")[k]
        if t.earliest and t.type != "SET":  # its first, middle or last month
            e = date.fromisoformat(t.earliest)
            y, mm = _add_months(e.year, e.month, k)
            t.earliest, t.latest = (d.isoformat() for d in _month_span(y, mm))
        return t
    return _season_value(m, ctx, code, rel)


def _season_value(m, ctx, code, rel):
    if rel in ("each", "every"):
        return _mk(ctx, m, f"XXXX-{code}", None, "season", typ="SET")
    if m["y"]:
        y = _parse_year(m["y"])
    elif not rel:
        return None  # bare "spring" is too often not a date
    elif ctx.anchor is None:
        return _mk(ctx, m, f"XXXX-{code}", None, "season")
    else:
        a = ctx.anchor
        y = a.year - (1 if a.month <= 2 and code == "WI" else 0)
        start, _ = _season_span(y, code)
        if rel in ("last", "past", "previous") and start > a - timedelta(days=60):
            y -= 1
        elif rel in ("next", "coming") and start <= a:
            y += 1
        elif rel == "the" and ctx.tense == "past" and start > a:
            y -= 1
    return _mk(ctx, m, f"{y}-{code}", _season_span(y, code), "season")


_YEAR_BEFORE = rf"(?P<py>{_YEAR}|year-ago|year-earlier|(?:this|last|next)\s+year['’]s)"


def _year_before(ctx, py: str) -> int | None:
    """The year of "the 1988 third quarter", "the year-ago quarter", "next year's first quarter"."""
    py = py.lower()
    if py[:1].isdigit():
        return int(py)
    if ctx.anchor is None:
        return None
    if py.startswith("year-"):
        return (ctx.main_quarter[0] if ctx.main_quarter else ctx.anchor.year) - 1
    return ctx.anchor.year + {"last": -1, "next": 1}.get(py.split()[0], 0)


def _ref_quarter(ctx) -> tuple[int, int] | None:
    if ctx.ref and ctx.ref[0] == "quarter":
        return ctx.ref[1].year, (ctx.ref[1].month - 1) // 3 + 1
    return None


@_rule(rf"\b(?:the\s+)?(?:{_YEAR_BEFORE}\s+)?(?:(?P<rel>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
       rf"(?P<fy>\s+fiscal)?[- ]quarter|(?P<fisc>fiscal\s+)?(?P<o2>first|second|third|fourth)[- ]quarter)"
       rf"(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?P<y>{_YEAR}|this year|last year|next year)|"
       rf"\s+(?P<y2>{_YEAR}))?\b", re.I)
def _quarter(m, ctx):
    q = ORDINALS[(m["rel"] or m["o2"]).lower()]
    ys = (m["y"] or m["y2"] or "").lower()
    if m["py"] and not ys:
        y = _year_before(ctx, m["py"])
        if y is None:
            return _mk(ctx, m, f"XXXX-Q{q}", None, "quarter")
        return _mk(ctx, m, f"{y}-Q{q}", _quarter_span(y, q), "quarter")
    if ys.isdigit():
        y = int(ys)
    elif ctx.anchor is None:
        return _mk(ctx, m, f"XXXX-Q{q}", None, "quarter")
    else:
        a = ctx.anchor
        y = a.year + {"last year": -1, "next year": 1}.get(ys, 0)
        if not ys and ctx.tense == "past" and _quarter_span(y, q)[0] > a:
            y -= 1
    return _mk(ctx, m, f"{y}-Q{q}", _quarter_span(y, q), "quarter")


@_rule(rf"\b(?:Q(?P<q>[1-4])\s*(?P<y>{_YEAR})|(?P<y2>{_YEAR})\s*Q(?P<q2>[1-4]))\b")
def _q_short(m, ctx):
    q, y = int(m["q"] or m["q2"]), int(m["y"] or m["y2"])
    return _mk(ctx, m, f"{y}-Q{q}", _quarter_span(y, q), "quarter")


@_rule(rf"\b(?:the\s+)?(?:{_YEAR_BEFORE}\s+)?(?:(?P<rel>latest|current|same|previous|prior|"
       r"year-ago|year-earlier|recent|this|that|comparable|corresponding|comparable\s+year-ago|"
       r"comparable\s+year-earlier)\s+)?(?:fiscal\s+)?(?P<noun>quarter|period)"
       r"(?P<ago>\s+a\s+year\s+(?:ago|earlier)|\s+last\s+year)?\b(?![s-])", re.I)
def _the_quarter(m, ctx):
    """ "the quarter", "the latest period", "the year-ago quarter" in a results story.

    The reporting quarter (the first one the story names) is the default reference; the
    last named quarter serves "that quarter" and "the same period".
    """
    rel = (m["rel"] or "").lower()
    if m["ago"]:
        rel = "year-ago"
    if not m.group(0).lower().startswith("the") and not (rel or m["py"]):
        return None
    main, last = ctx.main_quarter, _ref_quarter(ctx)
    if m["noun"].lower() == "period" and not (
            m["py"] or (rel and (main or last or rel in ("latest", "year-ago", "year-earlier")))):
        return None  # "the period" alone is too vague
    if m["py"]:
        y = _year_before(ctx, m["py"])
        q = None if ctx.months_stretch else (main or last or (None, None))[1]
        if y is None:
            return _mk(ctx, m, "XXXX-QX", None, "quarter")
        if q is None:
            return _mk(ctx, m, str(y), (date(y, 1, 1), date(y, 12, 31)), "year")
        return _mk(ctx, m, f"{y}-Q{q}", _quarter_span(y, q), "quarter")
    if rel in ("that", "same", "comparable", "corresponding"):
        base = last or main
    elif rel in ("previous", "prior", "recent"):
        base = last or main
        if base:
            base = divmod(base[0] * 4 + base[1] - 2, 4)
            base = (base[0], base[1] + 1)
    else:
        base = main or last
    if rel == "current" or (rel == "latest" and not main):
        base = None
    if base:
        y, q = base
    elif ctx.anchor is None:
        return _mk(ctx, m, "XXXX-QX", None, "quarter")
    else:
        a = ctx.anchor
        y, q = a.year, (a.month - 1) // 3 + 1
        if rel not in ("current", "this"):
            y, q = divmod(y * 4 + q - 2, 4)
            q += 1
    if "year-" in rel:
        y -= 1
    return _mk(ctx, m, f"{y}-Q{q}", _quarter_span(y, q), "quarter")


@_rule(r"\byear-(?:ago|earlier)\b(?!\s+(?:quarter|period|third|second|first|fourth))",
       re.I)
def _year_ago_adj(m, ctx):
    """ "year-earlier profit": the same quarter (or year) one year before the story's."""
    if ctx.anchor is None:
        return _mk(ctx, m, None, None, "year")
    base = ctx.main_quarter or _ref_quarter(ctx)
    if base and not ctx.months_stretch:
        y, q = base[0] - 1, base[1]
        return _mk(ctx, m, f"{y}-Q{q}", _quarter_span(y, q), "quarter")
    y = ctx.anchor.year - 1
    return _mk(ctx, m, str(y), (date(y, 1, 1), date(y, 12, 31)), "year")


@_rule(r"\b(?:the\s+)?(?:(?:fiscal\s+)?year[- ]end|year['’]s\s+end)\b(?!-)", re.I)
def _year_end(m, ctx):
    """ "by year-end", "since year end": the end of the current (or, after since, last) year."""
    if ctx.anchor is None:
        return _mk(ctx, m, None, None, "part_of_year", "END")
    since = re.search(r"\bsince\s+$", ctx.text[max(0, m.start() - 7):m.start()], re.I)
    y = ctx.anchor.year - (1 if since else 0)
    return _mk(ctx, m, str(y), (date(y, 12, 1), date(y, 12, 31)), "part_of_year", "END")


_CENTURY_WORDS = {"first": 1, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                  "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


@_rule(r"\b(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|first|fifteenth|sixteenth|seventeenth|"
       r"eighteenth|nineteenth|twentieth|twenty-first)[- ]century\b(?!-)", re.I)
def _century(m, ctx):
    """ "the 20th century" -> "19" (TIMEX3 writes a century as its two leading digits)."""
    w = m["n"].lower()
    n = int(w[:-2]) if w[0].isdigit() else _CENTURY_WORDS[w]
    c = n - 1
    return _mk(ctx, m, f"{c:02d}", (date(max(c * 100, 1), 1, 1), date(c * 100 + 99, 12, 31)),
               "unknown")


def _year_ok(m: re.Match, text: str) -> bool:
    before, after = text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 12]
    if re.match(r"\s*(?:%|[.,]\d|\d|-\d|/|:\d)", after):
        return False
    if re.search(rf"\b{_YEAR},\s+$", before) and re.match(r"\s*(?:[,;.)]|and\b|or\b|$)", after):
        return True  # a list of years: "in 1994, 1995 and 1997"
    if re.search(r"[$€£#\d.,:/-]\s*$", before):
        return False
    if re.search(r"\b(?:in|since|of|by|until|till|through|from|to|during|before|after|early|late|"
                 r"mid|fiscal|end|between|year|the|spring|summer|autumn|fall|winter)\s*$",
                 before, re.I):
        return True
    nxt = re.match(r"\s*(\w+)", after)
    return not (nxt and nxt.group(1).islower() and nxt.group(1).endswith("s")
                and nxt.group(1) not in ("was", "is", "has", "as", "saw", "sees"))


@_rule(rf"\b(?P<y1>{_YEAR})[-–](?P<y2>{_YEAR}|\d\d)\b(?![-’'](?:\d|[a-z]))")
def _year_span(m, ctx):
    """ "a 2022-2023 campaign", "the 2014-15 drought": the years from the first to the last."""
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if not 0 < y2 - y1 <= 20:
        return None  # "1990-80" or a number range
    return _mk(ctx, m, f"{y1}/{y2}", (date(y1, 1, 1), date(y2, 12, 31)), "year")


@_rule(rf"\b(?:(?P<pp>(?i:pre|post))-|the\s+year\s+|(?:the\s+)?(?:fiscal|calendar|financial)\s+(?:year\s+)?)?"
       rf"(?P<y>{_YEAR}|{_YEAR_WORDS})\b(?![-’'](?:\d|[a-z]))")
def _year(m, ctx):
    """ "in 2019", "fiscal 1989", "the year 2000"; "post-1959" (mod AFTER), "pre-2011" (BEFORE)."""
    if m.start("y") == m.start() and not _year_ok(m, ctx.text):
        return None  # a bare number; "fiscal 1989" and "the year 2000" are years for sure
    y = _parse_year(m["y"])
    mod = {"pre": "BEFORE", "post": "AFTER"}.get((m["pp"] or "").lower())
    return _mk(ctx, m, str(y), (date(y, 1, 1), date(y, 12, 31)), "year", mod)


@_rule(rf"\b{_PART}\s*(?:(?P<mon>{_MONTH_FULL})(?:\s+(?P<my>{_YEAR}))?|(?P<y>{_YEAR})|"
       rf"(?P<rel>this|last|next|the)\s+(?P<u>year|month|week|decade|century|quarter)|"
       rf"(?P<rel2>this|last|next)\s+(?P<mon2>{_MONTH_FULL}))\b", re.I)
def _part_of(m, ctx):
    p = m["part"].lower().strip("- ")
    mod = ("START" if p in ("early", "the beginning of", "the start of", "the first half of",
                            "first half of", "the turn of")
           else "MID" if p in ("mid", "the middle of") else "END")
    half = "first half" in p and 1 or ("second half" in p or "last half" in p) and 2 or 0
    mon = m["mon"] or m["mon2"]
    if mon:
        month = MONTHS[mon.lower()]
        if m["my"]:
            y = int(m["my"])
        elif m["rel2"]:
            a = ctx.anchor
            if a is None:
                return _mk(ctx, m, f"XXXX-{month:02d}", None, "month", mod)
            rel = m["rel2"].lower()
            y = a.year + (0 if rel == "this" else (-1 if month >= a.month else 0) if rel == "last"
                          else (1 if month <= a.month else 0))
        else:
            y = _year_of_month(ctx, month)
            if y is None:
                return _mk(ctx, m, f"XXXX-{month:02d}", None, "month", mod)
        last = _last_day(y, month).day
        lo, hi = {"START": (1, 10), "MID": (11, 20), "END": (21, last)}[mod]
        return _mk(ctx, m, f"{y}-{month:02d}", (date(y, month, lo), date(y, month, hi)), "month", mod)
    unit = (m["u"] or "year").lower()
    if m["y"]:
        y = int(m["y"])
    else:
        a = ctx.anchor
        if a is None:
            return _mk(ctx, m, None, None, "part_of_year", mod)
        rel = m["rel"].lower()
        k = {"last": -1, "next": 1}.get(rel, 0)
        if unit == "month":
            base = a
            if rel == "the" and ctx.ref and ctx.ref[0] in ("day", "month"):
                base = ctx.ref[1]  # "the middle of the month" after "on 16 March": March
            yy, mm = _add_months(base.year, base.month, k)
            last = _last_day(yy, mm).day
            lo, hi = {"START": (1, 10), "MID": (11, 20), "END": (21, last)}[mod]
            return _mk(ctx, m, f"{yy}-{mm:02d}", (date(yy, mm, lo), date(yy, mm, hi)), "month", mod)
        if unit == "week":
            mon0 = a - timedelta(days=a.weekday()) + timedelta(weeks=k)
            lo, hi = {"START": (0, 2), "MID": (2, 4), "END": (4, 6)}[mod]
            return _mk(ctx, m, _week_value(mon0), (mon0 + timedelta(days=lo), mon0 + timedelta(days=hi)),
                       "week", mod)
        if unit == "quarter":
            q = (a.month - 1) // 3 + 1
            y, q = divmod((a.year * 4 + q - 1) + k, 4)
            q += 1
            return _mk(ctx, m, f"{y}-Q{q}", _quarter_span(y, q), "quarter", mod)
        if unit in ("decade", "century"):
            return None
        y = a.year + k
    if half:
        return _mk(ctx, m, f"{y}-H{half}", (date(y, 1, 1), date(y, 6, 30)) if half == 1
                   else (date(y, 7, 1), date(y, 12, 31)), "part_of_year")
    lo, hi = {"START": ((1, 1), (4, 30)), "MID": ((5, 1), (8, 31)), "END": ((9, 1), (12, 31))}[mod]
    if p in ("the start of", "the beginning of", "the end of") and unit == "year":
        # "the start of the year" is its first month, narrower than "early 2025"; "the end
        # of 2023" is told of its last months (a departure "at the end of 2023" may fall in
        # October), so its last quarter
        lo, hi = ((1, 1), (1, 31)) if mod == "START" else ((10, 1), (12, 31))
    return _mk(ctx, m, str(y), (date(y, *lo), date(y, *hi)), "part_of_year", mod)


def _fiscal_span(m, ctx) -> bool:
    """ "the year ended March 31" names a twelve-month accounting period (a duration)."""
    return (m.group(0).lower().startswith("the ")
            and bool(re.match(r"\s+(?:ended|ending|ends|that\s+ended)\b", ctx.text[m.end():m.end() + 16])))


# a figure compared with last year's in a quarterly results story ("compared with a loss of
# $3 million last year", "from last year's $1.55 billion"): the same quarter a year back
_COMPARED = re.compile(r"\b(?:compared\s+with|from|versus|vs\.)\s+[^.;]{0,40}?[$#€£]?\d[\d.,]*"
                       r"(?:\s+(?:million|billion))?[^.;\d]{0,12}$", re.I)
_FIGURE_AFTER = re.compile(r"['’]s\s+[$#€£]\d")


def _results_comparison(m, ctx) -> bool:
    if ctx.main_quarter is None or ctx.months_stretch:
        return False
    before = ctx.text[max(0, m.start() - 70):m.start()]
    return bool(_COMPARED.search(before) or _FIGURE_AFTER.match(ctx.text, m.end()))


def _one_unit(a: date, unit: str, back: bool) -> tuple[date, date]:
    """The week, month or year that ends at `a` (back) or starts at it."""
    if unit == "week":
        other = a - timedelta(weeks=1) if back else a + timedelta(weeks=1)
    else:
        k = 12 if unit == "year" else 1
        other = _months_back(a, k if back else -k)
    return (other, a) if back else (a, other)


@_rule(r"\b(?:the\s+past|the\s+last)\s+day\b(?![-\w])(?!\s+(?:of|before|after)\b)", re.I)
def _past_day(m, ctx):
    """ "over the past day": the day up to the anchor, a duration as "the past week" is
    (stop 30; "the last day of the talks" is no such stretch)."""
    a = ctx.anchor
    return _mk(ctx, m, "P1D", (a - timedelta(days=1), a) if a else None, "unknown",
               typ="DURATION")


@_rule(r"\b(?:(?P<pre>earlier|later|late|early)\s+(?:in\s+)?)?(?P<rel>this|last|next|the\s+past|"
       r"the\s+previous|the\s+coming|the\s+following|the\s+current|that|the)\s+(?P<u>week(?:end)?|month|"
       r"year|decade|century)\b(?![-\w])", re.I)
def _relative_unit(m, ctx):
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["u"].lower()
    pre = (m["pre"] or "").lower()
    a = ctx.anchor
    if _fiscal_span(m, ctx):
        return _mk(ctx, m, "P1Y" if unit == "year" else None, None, "unknown", typ="DURATION")
    if rel in ("the following", "the previous") and not pre and unit in ("week", "month", "year"):
        return None  # anaphoric: timex_relative._anaphoric_next counts from the last date
    if rel == "last" and unit == "year" and not pre and _results_comparison(m, ctx):
        y, q = ctx.main_quarter[0] - 1, ctx.main_quarter[1]
        return _mk(ctx, m, f"{y}-Q{q}", _quarter_span(y, q), "quarter")
    if rel == "that":  # "that year": the year of the last resolved date
        if unit not in ("year", "month", "week"):
            return None
        if not ctx.ref:
            return _mk(ctx, m, None, None, unit)
        a = ctx.ref[1]
        rel = "this"
    if rel in ("the past", "the coming", "the following") and not pre:
        letter = UNITS["week" if unit == "weekend" else unit][0]
        if rel == "the past" and unit in ("decade", "century"):
            # in years, as "a decade" and "two centuries" are (timex_relative._duration)
            years = 10 if unit == "decade" else 100
            return _mk(ctx, m, f"P{years}Y", None, "unknown", typ="DURATION")
        if unit in ("year", "month", "week") and rel != "the following":
            # "over the past week", "in the coming month": one unit back from the anchor or
            # ahead of it (the value stays the TIMEX3 duration)
            span = _one_unit(a, unit, back=rel == "the past") if a else None
            return _mk(ctx, m, f"P1{letter}", span, "unknown", typ="DURATION")
    if rel == "the" and not pre:
        if unit == "year" and a:
            return _mk(ctx, m, str(a.year), (date(a.year, 1, 1), date(a.year, 12, 31)), "year")
        if unit == "weekend" and a:
            pass
        else:
            return None
    k = {"last": -1, "next": 1, "the past": -1, "the previous": -1, "the coming": 1,
         "the following": 1}.get(rel, 0)
    if a is None:
        return _mk(ctx, m, None, None, {"weekend": "week"}.get(unit, unit))
    mod = None
    if pre == "earlier":
        mod = "START"
    elif pre == "later":
        mod = "END"
    elif pre in ("late", "early"):
        mod = "END" if pre == "late" else "START"
    if unit in ("week", "weekend"):
        mon0 = a - timedelta(days=a.weekday()) + timedelta(weeks=k)
        if unit == "weekend":
            if rel == "the" and a.weekday() < 5:
                mon0 -= timedelta(weeks=1)
            sat = mon0 + timedelta(days=5)
            return _mk(ctx, m, _week_value(mon0) + "-WE", (sat, sat + timedelta(days=1)), "week")
        span = (mon0, mon0 + timedelta(days=6))
        val = _week_value(mon0)
        gran = "week"
    elif unit == "month":
        y, mm = _add_months(a.year, a.month, k)
        span, val, gran = _month_span(y, mm), f"{y}-{mm:02d}", "month"
    elif unit == "year":
        y = a.year + k
        span, val, gran = (date(y, 1, 1), date(y, 12, 31)), str(y), "year"
    elif unit == "decade":
        d = a.year // 10 + k
        span, val, gran = (date(d * 10, 1, 1), date(d * 10 + 9, 12, 31)), str(d), "decade"
    else:
        c = a.year // 100 + k
        span, val, gran = (date(c * 100, 1, 1), date(c * 100 + 99, 12, 31)), str(c), "unknown"
    if k == 0 and pre == "earlier":
        span = (span[0], a)
    elif k == 0 and pre == "later":
        span = (a, span[1])
    elif mod and gran == "year":
        lo, hi = {"START": ((1, 1), (4, 30)), "END": ((9, 1), (12, 31))}[mod]
        span = (date(span[0].year, *lo), date(span[0].year, *hi))
    return _mk(ctx, m, val, span, gran, mod)


@_rule(r"\b(?:the\s+)?(?:(?P<full>full|whole|entire|fiscal|current\s+fiscal|latest\s+fiscal|"
       r"previous\s+fiscal|calendar|year-ago|year-earlier)\s+)+year\b(?![-\w])", re.I)
def _the_fiscal_year(m, ctx):
    if _fiscal_span(m, ctx):
        return _mk(ctx, m, "P1Y", None, "unknown", typ="DURATION")
    a = ctx.anchor
    if a is None:
        return _mk(ctx, m, None, None, "year")
    t = m.group(0).lower()
    y = a.year - (1 if any(w in t for w in ("latest", "previous", "year-ago", "year-earlier"))
                  else 0)
    return _mk(ctx, m, str(y), (date(y, 1, 1), date(y, 12, 31)), "year")


# --- holidays: name -> date in a given year ------------------------------------------------
def _nth_weekday(y: int, month: int, wd: int, n: int) -> date:
    """The n-th weekday `wd` (0 = Monday) of a month; n = -1 is the last one."""
    if n > 0:
        first = date(y, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = _last_day(y, month)
    return last - timedelta(days=(last.weekday() - wd) % 7)


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(y, month, day + 1)


HOLIDAYS = {
    "christmas eve": lambda y: date(y, 12, 24), "christmas": lambda y: date(y, 12, 25),
    "new year's eve": lambda y: date(y, 12, 31), "new year's day": lambda y: date(y, 1, 1),
    "independence day": lambda y: date(y, 7, 4), "fourth of july": lambda y: date(y, 7, 4),
    "halloween": lambda y: date(y, 10, 31), "valentine's day": lambda y: date(y, 2, 14),
    "veterans day": lambda y: date(y, 11, 11), "armistice day": lambda y: date(y, 11, 11),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "easter": _easter, "good friday": lambda y: _easter(y) - timedelta(days=2),
}


@_rule(r"\b(?:(?P<rel>last|next|this|on)\s+)?(?P<h>Christmas(?:\s+Eve)?|New\s+Year['’]s\s+(?:Day|Eve)|"
       r"Independence\s+Day|(?i:the\s+)?Fourth\s+of\s+July|Halloween|Valentine['’]s\s+Day|"
       r"Veterans['’]?\s+Day|Armistice\s+Day|Thanksgiving|Memorial\s+Day|Labor\s+Day|"
       r"Martin\s+Luther\s+King(?:\s+Jr\.)?\s+Day|Easter|Good\s+Friday)\b"
       r"(?:\s+(?:Day|Sunday)\b)?(?:,?\s+(?P<y>" + _YEAR + r")\b)?")
def _holiday(m, ctx):
    """ "Thanksgiving Day", "last Christmas", "Easter 1999": the holiday's date."""
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    name = re.sub(r"^the |\.|\s+jr$", "", name).replace(" jr day", " day").replace("veterans' ", "veterans ")
    fn = HOLIDAYS.get(name)
    if fn is None:
        return None
    rel = (m["rel"] or "").lower()
    start = m.start("h") if rel == "on" else m.start()
    if m["y"]:
        d = fn(int(m["y"]))
    elif ctx.anchor is None:
        t = _mk(ctx, m, None, None, "day")
        t.start = start
        return t
    else:
        a = ctx.anchor
        cands = [fn(y) for y in (a.year - 1, a.year, a.year + 1)]
        if rel == "last":
            d = max(c for c in cands if c < a)
        elif rel == "next":
            d = min(c for c in cands if c > a)
        elif rel == "this":
            d = cands[1]
        else:
            side = [c for c in cands if (c <= a if ctx.tense == "past" else c >= a)]
            d = min(side if ctx.tense and side else cands, key=lambda c: abs((c - a).days))
    t = _mk(ctx, m, *_day(d), "day")
    t.start = start
    return t
