"""Lexicon, regex building blocks, calendar helpers and the rule registry of the time tagger.

The rules themselves live in `timex_dates` (calendar expressions) and `timex_relative`
(deictic, anaphoric and duration expressions); `timex.tag` runs them.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
          "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
          "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
          "nov": 11, "december": 12, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "final": 4, "last": 4}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
           "hundred": 100, "a couple of": 2, "couple of": 2, "a dozen": 12, "half a": 0.5}
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "recent", "the coming",
                 "a number of", "numerous")
# unit word -> (TIMEX3 duration letter, is a time-of-day unit)
UNITS = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
         "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
         "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
         "decade": ("DE", False), "century": ("CE", False), "centurie": ("CE", False)}
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

# --- regex building blocks ----------------------------------------------------------------
_MON = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
        r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_MONTH_FULL = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)")
_WD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_TENS_W = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES_W = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS_W = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# years read out in broadcast transcripts: "nineteen ninety-six", "two thousand and one"
_YEAR_WORDS = (rf"(?i:(?:sixteen|seventeen|eighteen|nineteen)\s+(?:{_TENS_W}(?:[- ]{_ONES_W})?|"
               rf"{_TEENS_W}|hundred)|two\s+thousand(?:\s+(?:and\s+)?(?:{_TEENS_W}|{_ONES_W}))?)")
_YEARX = rf"(?:{_YEAR}|{_YEAR_WORDS})"
_NUMW = (r"(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+1/2|½|\s+and\s+a\s+half)|"
         r"half\s+an|\d{1,3}(?:\.\d+)?|a couple of|couple of|a dozen|half a|an?|one|two|three|four|five|six|seven|"
         r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
         r"nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
         r"three|four|five|six|seven|eight|nine))?|hundred|several|a few|few|many|some|"
         r"a number of|numerous)")
_UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_REL = r"(?:last|next|this|past|coming|previous|current|following)"
_PART = (r"(?P<part>early|mid|late|the (?:end|beginning|start|middle|first half|second half|"
         r"last half|close|turn) of|(?:the )?(?:first|second|last) half of|end|mid-)")
_YEAR_REF = r"(?:this|last|next|the) year"
_SPAN_SEP = r"\s*(?:-|–|to|and|through|until|till)\s*"


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


@dataclass(slots=True)
class Timex:
    """One time expression: offsets into the text and its normalized interval."""

    start: int
    end: int
    text: str
    value: str | None
    earliest: str | None = None
    latest: str | None = None
    granularity: str = "unknown"
    mod: str | None = None
    type: str = "DATE"  # TIMEX3 type: DATE, TIME, DURATION, SET


@dataclass(slots=True)
class _Ctx:
    text: str
    anchor: date | None
    tense: str | None
    ref: tuple[str, date, date] | None  # last resolved date: (granularity, earliest, latest)
    main_quarter: tuple[int, int] | None = None  # the reporting quarter of a results story
    events: bool = False  # date the offsets from an event (see `timex.tag`)
    # the story last named a stretch of months ("for the nine months"): its "a year earlier"
    # is that stretch a year back, a year rather than a quarter
    months_stretch: bool = False
    # the clause tells the event as done ("completed" from the tense callback): its time
    # is not after the anchor
    completed: bool = False
    # only asked whether a match is a time at all, before the dates told earlier are known
    # (`ref` is still None): rules that need a day told before must not reject here
    probe: bool = False
    # the last day the text named, kept when a month or year is named after it ("on Sunday,
    # the first strike since June, ... in the afternoon"): the day a narrative is at
    day: date | None = None
    # the last date told dates a statement or bounds a stretch ("said on Monday", "by
    # Sunday"): the narrative is still at `day`
    told: bool = False


# (start, end) -> "past", "future", "completed" (a past event that is over, so its time
# cannot lie after the anchor) or None (nothing known)
TenseFn = Callable[[int, int], str | None]

# --- calendar helpers ---------------------------------------------------------------------


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), _last_day(y, m)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _months_back(d: date, k: int) -> date:
    """The same day of the month `k` months before `d` (after it for a negative `k`; the
    month's last day when that month is shorter)."""
    y, m = _add_months(d.year, d.month, -k)
    return date(y, m, min(d.day, _last_day(y, m).day))


def _season_span(y: int, code: str) -> tuple[date, date]:
    a, b = SEASON_MONTHS[code]
    return date(y, a, 1), _last_day(*_add_months(y, 1, b - 1))


def _quarter_span(y: int, q: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), _last_day(y, 3 * q)


def _week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


_HALF = re.compile(r"\s*(?:1/2|½|and\s+a\s+half)$")


def _num(word: str) -> float | None:
    w = word.lower().replace("-", " ").strip()
    w = re.sub(r"\s+", " ", w)
    if w == "half an":
        return 0.5
    if _HALF.search(w):  # "5 1/2", "two and a half"
        whole = _num(_HALF.sub("", w))
        return None if whole is None else whole + 0.5
    if w in VAGUE_NUMBERS:
        return None
    if w in NUMBERS:
        return NUMBERS[w]
    try:
        return float(w)
    except ValueError:
        parts = w.split()
        if all(p in NUMBERS for p in parts):
            return sum(NUMBERS[p] for p in parts)
    return None


# a fraction of a unit in the next smaller one: (letter of that unit, how many, is a time unit)
_SUBUNITS = {"hour": ("M", 60, True), "minute": ("S", 60, True), "day": ("H", 24, True),
             "week": ("D", 7, False), "year": ("M", 12, False), "decade": ("Y", 10, False),
             "century": ("Y", 100, False)}


def _fraction_duration(n: float, unit: str, letter: str, timeunit: bool) -> str | None:
    """ "5 1/2 hours" -> PT5H30M, "half a year" -> P6M, "two and a half days" -> P2DT12H."""
    if unit not in _SUBUNITS:
        return None
    sub, k, sub_time = _SUBUNITS[unit]
    whole, rest = int(n), (n - int(n)) * k
    if rest != int(rest):
        return None
    if unit in ("decade", "century"):
        return f"P{int(n * k)}Y" if n * k == int(n * k) else None
    if unit == "week":
        return f"P{int(n * 7)}D" if n * 7 == int(n * 7) else None
    head = f"{whole}{letter}" if whole else ""
    if timeunit:
        return f"PT{head}{int(rest)}{sub}"
    if sub_time:
        return f"P{head}T{int(rest)}{sub}"
    return f"P{head}{int(rest)}{sub}"


def _unit(word: str) -> str:
    w = word.lower().rstrip("s")
    return "century" if w.startswith("centur") else w


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _mk(ctx: _Ctx, m: re.Match, value: str | None, span: tuple[date, date] | None,
        gran: str, mod: str | None = None, typ: str = "DATE") -> Timex:
    e, l = span if span else (None, None)
    return Timex(m.start(), m.end(), m.group(0), value, _iso(e), _iso(l), gran, mod, typ)


RECENT_DAYS = 3


def _year_of_month(ctx: _Ctx, month: int, day: int | None = None) -> int | None:
    """The year of a month (and day) written without one, from the anchor and the tense."""
    a = ctx.anchor
    if a is None:
        return None
    here = (month, day or 1) if day else (month, 1)
    now = (a.month, a.day) if day else (a.month, 1)
    if ctx.tense == "future":
        # a date a few days gone is still this year's: a deadline passed as the story ran
        recent = day is not None and (date(a.year, month, min(day, 28)) - a).days >= -RECENT_DAYS
        return a.year if here >= now or recent else a.year + 1

    years = (a.year - 1, a.year, a.year + 1)
    if ctx.completed:  # an event told as done: not a month or day still to come
        years = tuple(y for y in years if (y, month, day or 1) <= (a.year, a.month, a.day))

    # the nearest occurrence, with the tense tipping the balance
    def cost(y: int) -> float:
        delta = (date(y, month, min(day or 1, 28)) - a).days
        if day is None and y == a.year and month == a.month:
            return 0
        wrong = (ctx.tense == "past" and delta > 0) or (ctx.tense == "future" and delta < 0)
        return abs(delta) * (3 if wrong else 1)
    return min(years, key=cost)


def _day_in_focus(ctx: _Ctx) -> date | None:
    """The day a clock time or part of a day falls on: the last date told if it is a day,
    else the last day told before it, else the anchor."""
    if ctx.ref and ctx.ref[0] == "day" and not (ctx.told and ctx.day):
        return ctx.ref[1]
    return ctx.day or ctx.anchor


def _weekday_date(ctx: _Ctx, wd: int, shift: str | None = None) -> date | None:
    a = ctx.anchor
    if a is None:
        return None
    back = (a.weekday() - wd) % 7
    if shift == "last":
        return a - timedelta(days=back or 7)
    if shift == "next" or (shift is None and ctx.tense == "future"):
        fwd = (wd - a.weekday()) % 7  # news style: "on Friday" on a Friday is that day
        return a + timedelta(days=fwd if shift is None else fwd or 7)
    if shift == "this":
        return a + timedelta(days=wd - a.weekday())
    return a - timedelta(days=back)


def _day(d: date) -> tuple[str, tuple[date, date]]:
    return d.isoformat(), (d, d)


# --- the rules: (pattern, handler); handlers return a Timex or None (reject) -------------
_RULES: list[tuple[re.Pattern, Callable[[re.Match, _Ctx], Timex | None]]] = []


def _rule(pattern: str, flags: int = 0):
    def register(fn):
        _RULES.append((_rx(pattern, flags), fn))
        return fn
    return register


def _year_words(s: str) -> int:
    """2000 + 1 for "two thousand and one", 19 * 100 + 96 for "nineteen ninety-six"."""
    w = re.sub(r"[\s-]+", " ", s.lower()).replace(" and ", " ").split()
    if w[:2] == ["two", "thousand"]:
        return 2000 + int(sum(NUMBERS[x] for x in w[2:]))
    rest = w[1:]
    tail = 0 if rest == ["hundred"] else int(sum(NUMBERS[x] for x in rest))
    return int(NUMBERS[w[0]]) * 100 + tail


def _parse_year(s: str, ctx: _Ctx | None = None) -> int:
    s = s.strip().lstrip("'’")
    if s[:1].isalpha():
        return _year_words(s)
    if len(s) == 2:
        y = int(s)
        return 2000 + y if y < 40 else 1900 + y
    return int(s)
