"""Number phrases in plain text: values, qualifiers, intervals and units (no spaCy).

`scan(text)` finds phrases such as "up to 200", "roughly 4,000", "$6bn", "40 per cent",
"between 3,000 and 5,000", "tens of thousands" or "170-millimeter" and returns one
`NumberPhrase` each, with exact offsets. `parse_number("twenty-three")` parses one number.

Conventions (the `quantities` contract):
- `exact`: low = high = value.
- `approx` ("around 11,000"): low = high = None. We do not invent a +-10% band; a reader
  who wants one can apply it to `value`.
- `up_to` / `less_than`: low None, high = value. `at_least` / `more_than`: low = value.
- `range` ("3,000 to 5,000"): low and high as written, value = their midpoint.
- `vague` ("dozens", "thousands"): low..high of the phrase, value = low.
Model numbers (KN-23, Su-34, 2S19), decades ("1960s"), ordinals ("21st") and clock times
are rejected here; years, dates and ages need the sentence and are left to the step.

Numbers may be written in scientific notation ("4e14", "2.48×10−5") and carry an
uncertainty ("12.5±0.2 kg": a range); "minus 20 degrees" is negative, "half a million"
500,000. Currency codes may precede the amount ("USD 40 million", "EUR5bn", "Rs 5 crore");
"1.5m people" is a million but "a 3m wall" metres; dimensions share their length unit
("6 x 4 m"); geographic coordinates ("48°27′N") are no quantities. Units are read by `claimtrace.units` (tables in
resources/units/), including compounds ("$15/hour" -> USD/h); "a gallon" is one gallon
and "45 and 50 mg" gives both numbers the unit. A share of a whole is a percentage
("roughly half of the shells" -> 50 percent, approx); a symbol with two readings takes
the one of its sentence's field (resources/units/contexts.tsv: 3" of arc by a telescope).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .units import (NOT_GLUED, ambiguous_symbols, article_words, currency_codes, read_unit,
                    unit_dimension, unit_in_context)

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000,
               "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
                  "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
                  "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10,
                  "tenths": 10}
# scale suffixes written after digits ("$6bn", "1.5 million", "€10M")
SCALE_SUFFIXES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6,
                  "m": 1e6, "billion": 1e9, "bln": 1e9, "trln": 1e12, "bn": 1e9, "b": 1e9, "trillion": 1e12,
                  "tn": 1e12, "t": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
                  "crores": 1e7}
UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2,
                     "⅛": 0.125}

# qualifier cues, written before the number (longest first when matched)
QUALIFIER_CUES: dict[str, str] = {
    "around": "approx", "roughly": "approx", "about": "approx", "some": "approx",
    "nearly": "approx", "almost": "approx", "approximately": "approx", "approx.": "approx",
    "an estimated": "approx", "estimated": "approx", "close to": "approx", "closer to": "approx",
    "nearer to": "approx", "~": "approx",
    "circa": "approx", "somewhere around": "approx", "an approximate": "approx",
    "maybe": "approx", "perhaps": "approx", "possibly": "approx",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to",
    "as high as": "up_to",
    "no more than": "up_to", "a maximum of": "up_to", "not more than": "up_to",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "not less than": "at_least",
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "in excess of": "more_than", "upwards of": "more_than", "exceeding": "more_than",
    "exceeded": "more_than", "topped": "more_than", "surpassed": "more_than",
    "passed": "more_than", "greater than": "more_than", "well over": "more_than",
    # a toll said to pass or exceed a figure now ("death toll passes 80", "could exceed 160")
    "passes": "more_than", "exceeds": "more_than", "exceed": "more_than",
    "surpasses": "more_than", "tops": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "just under": "less_than", "just below": "less_than",
    "another": "exact", "an additional": "exact", "a further": "exact",
}

# vague quantity words: (low, high); value = low
VAGUE_PHRASES: dict[str, tuple[float, float]] = {
    "a few": (2, 5), "a handful of": (2, 5), "several": (3, 9), "a couple of": (2, 3),
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999),
    # "several hundred" from 200, as "hundreds" (annotators take a vague round figure's
    # lowest plural; stop 28)
    "several hundred": (200, 999), "a few hundred": (200, 500),
    "thousands": (2_000, 9_999), "several thousand": (2_000, 9_999),
    "a few thousand": (2_000, 5_000), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2_000_000, 9_999_999),
    "several million": (2_000_000, 9_999_999), "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999), "billions": (2_000_000_000, 9_999_999_999),
    "tens of billions": (20_000_000_000, 99_999_999_999),
    "hundreds of billions": (200_000_000_000, 999_999_999_999),
    "several dozen": (24, 99), "a few dozen": (24, 60), "dozens and dozens": (48, 199),
}

# nouns that name a number of things, read only after "a" or a number: "a gross of
# pencils" (144), "a score of soldiers" (20), "a baker's dozen" (13); not "a gross violation".
# A square dozen is a gross (12 x 12), a great gross twelve gross.
COLLECTIVE_NUMERALS = {"baker's dozen": 13, "square dozen": 144, "great gross": 1728,
                       "gross": 144, "score": 20}

# units written before the number, like currency signs: "Mach 5"
UNITS_BEFORE = {"Mach": "Mach"}
# fixed quantities named by a phrase: (value, unit)
NAMED_QUANTITIES: dict[str, tuple[float, str]] = {"absolute zero": (0, "K")}

CURRENCY_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
                    "₩": "KRW", "₽": "RUB", "₴": "UAH", "₪": "ILS", "₹": "INR",
                    "A$": "AUD", "C$": "CAD", "HK$": "HKD"}
CURRENCY_UNITS = {"USD", "EUR", "GBP", "KRW", "RUB", "UAH", "CNY", "JPY", "ILS", "INR",
                  "AUD", "CAD", "HKD"}


#: units of time: "over two days" is the span something lasted, not "more than two days"
SPAN_UNITS = {"day", "night", "week", "month", "year", "hour", "minute", "weekend"}


def _span_over(cue, unit: str | None, text: str) -> bool:
    """ "killed over two days": "over" a number of units of time is the span an act took
    (exact); "for over two years" and "over 200 people" keep "more than"."""
    return _norm(cue.group("cue")) == "over" and unit in SPAN_UNITS and not re.search(
        r"\b(?:for|in|of|after|within)\s+$", text[max(0, cue.start() - 8):cue.start()], re.I)


@dataclass(slots=True, frozen=True)
class NumberPhrase:
    """One number phrase found by `scan`; offsets index the scanned text."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    # where the (first) number itself is, for finding its token in a parse
    num_start: int
    num_end: int
    is_word: bool = False


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


_WORD = _alt(list(UNITS_WORDS) + list(TENS_WORDS) + list(SCALE_WORDS) + ["dozen"])
_WORDNUM = (rf"(?:(?:an?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?(?:{_WORD})(?:-(?:{_WORD}))?"
            # (a word that opens a hyphenated modifier, "two nine-storey buildings", starts a
            # number of its own: it does not add to the one before)
            rf"(?:(?:\s+|\s*-\s*|\s+and\s+|\s*,\s+|\s+&\s+)(?:{_WORD})(?:-(?:{_WORD}))?(?!-[^\W\d_]))*"
            rf"(?:\s+and\s+a\s+half|-(?:{_alt(FRACTION_WORDS)})"
            rf"|\s+(?:{_alt(FRACTION_WORDS)}))?)")
_EXP = (r"(?:[eE][-+−]?\d+|\s?[×x*·]\s?(?:10(?:\^[-+−]?\d+|[-−]\d+|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
        r"|\d+\^[-+−]?\d+))(?![\w.])")
_DIGITS = (r"(?:(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])"
           r"|\d+(?:\.\d+)?|\.\d+)"
           r"(?:\s+\d+/\d+|/\d+(?!\d)|[½⅓⅔¼¾⅕⅛])?|[½⅓⅔¼¾⅕⅛])"
           rf"(?:{_EXP})?")
_SCALE = (r"(?:\s*(?:million|billion|trillion|thousand|lakhs?|crores?|mln|bln|trln|mn|bn|tn)"
          r"|-(?:million|billion|trillion)|(?:bn|mn|[kmbtKMBT]))")  # "$1.5-billion"
# a number starts no word, code or name: not "Su-30", "J1149.5+6663" (a catalogue code)
_NUM_RE = re.compile(
    rf"(?<![\w.,:/@#-])(?<![A-Za-z]-)(?<![\w.]\+)(?P<neg>[-−](?=\d))?(?:(?P<dig>{_DIGITS})"
    rf"|(?P<word>\b{_WORDNUM}\b))", re.IGNORECASE)
_NUM2_RE = re.compile(
    rf"(?P<neg>[-−](?=\d))?(?:(?P<dig>{_DIGITS})|(?P<word>\b{_WORDNUM}\b))", re.IGNORECASE)
_VAGUE_RE = re.compile(rf"\b(?:{_alt(VAGUE_PHRASES)})\b", re.IGNORECASE)
_UNIT_BEFORE_RE = re.compile(rf"(?<![\w])(?P<u>{_alt(UNITS_BEFORE)})[ \u00a0]?$")
_NAMED_RE = re.compile(rf"\b(?:{_alt(NAMED_QUANTITIES)})\b", re.IGNORECASE)
_SCALE_RE = re.compile(rf"{_SCALE}(?![\w])", re.IGNORECASE)
_GAP = r"[^\S\n]*\n?[^\S\n]*"
_UNIT_GAP_RE = re.compile(rf"-(?=[^\W\d])|{_GAP}")
_EXP_RE = re.compile(r"(?P<m>.+?)(?:[eE](?P<e>[-+−]?\d+)|\s?[×x*·]\s?(?P<b>\d+)"
                     r"(?:\^(?P<p>[-+−]?\d+)|(?P<q>[-−]\d+)|(?P<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)))$")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
_PLUS_MINUS_RE = re.compile(r"\s*(?:±|\+/[-−]|\+[-−](?!\d))\s*")
_CLOCK_RE = re.compile(r"(?:[1-9]|1[0-2])(?:[.:][0-5]\d)?")
_AMPM_RE = re.compile(r"\s*[ap]\.?m\b\.?", re.IGNORECASE)
_DEGREE_SCALE_RE = re.compile(r"[^.;:\n]{0,30}?\b(?P<s>celsius|centigrade|fahrenheit)\b", re.I)
_ARTICLE_RE = re.compile(r"(?<![\w])(?:an?)\s+(?=(?P<w>[^\W\d_]+))", re.IGNORECASE)
_SUFFIX_CUE_RE = re.compile(r"-?ish\b|-odd\b|\s+or\s+so\b(?!-)|-plus\b|\+(?![\d\w])")
_COLLECTIVE = _alt(COLLECTIVE_NUMERALS).replace("'", "['’]")  # "baker's" or "baker’s"
_COLLECTIVE_RE = re.compile(
    r"(?<![\w'’])(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    rf"(?P<w>{_COLLECTIVE})\b"
    r"(?P<ok>(?<=dozen)|(?=\s+of\s+(?![\d$€£])|\s*[.,;:)!?]|\s+(?:is|was|are|were)\b))",
    re.IGNORECASE)
_FRACTION_BEFORE_RE = re.compile(r"(?<![\w])(?P<f>half|quarter|third)\s+$", re.IGNORECASE)
# a fraction of "a million": "half a million", "a quarter of a million", "two-thirds of a"
_FRACTION_OF_RE = re.compile(r"(?<![\w])(?:(?P<n>an?|one|two|three)[-\s]+)?"
                             r"(?P<f>half|halves|thirds?|quarters?)(?:\s+of)?\s+$", re.IGNORECASE)
# a share of a whole: "half of", "half the", "a third of", "two-thirds of"; not a fraction of
# a number or unit ("half a million", "a quarter of an hour": `_FRACTION_OF_RE`, units)
_PROPORTION_RE = re.compile(
    r"(?<![\w-])(?:(?P<n>an?|one|two|three|four|five|seven|nine)[-\s]+)?"
    r"(?P<f>half|thirds?|quarters?|fifths?|tenths?)(?:\s+of)?\s+(?=(?:the|its|their|his|her|"
    r"our|all|them|those|these|this|that|(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]*\b)(?-i:[A-Z])[\w-]*(?:'s)?)\b)(?!the\s+(?:\w+\s+)?"
    r"(?:hour|day|week|month|year|century|decade|time)s?\b)", re.IGNORECASE)
# an ordinal or determiner before "half" makes it a part of a period: "the first half of"
_NOT_PROPORTION_BEFORE_RE = re.compile(
    r"\b(?:first|second|third|fourth|last|latter|other|final|early|late|the|this|that|"
    r"which|every|each)[\s-]+$", re.IGNORECASE)
_SENTENCE_STOP_RE = re.compile(r"[.!?](?:\s+|$)")
_TIMES_RE = re.compile(r"\s+times\s+(?:per|a|an|each|every)\s+", re.IGNORECASE)
_YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)", re.IGNORECASE)
_WORD_SYMBOLS = {"kb", "km", "kg", "mm", "cm", "mph", "kph", "kmh", "ml", "mg", "kw", "kwh", "mw",
                 "mwh", "gw", "gwh", "mb", "gb", "tb"}
# a model designation after a count: "F-35", "T-72", "S-400", "Su-30", "MiG-29"
_MODEL_RE = re.compile(r"[A-Z][A-Za-z]{0,3}-\d")
# digit groups joined by hyphens or dots are a telephone or reference number: "888-555-0100"
_DIGIT_GROUPS_RE = re.compile(r"(?:[-.]\d{2,4}){2,}(?![\d])")
# an era after the number makes it a year: "575 B.C.", "70 AD", "300 BCE"
_ERA_RE = re.compile(r"[ \u00a0]?(?:B\.\s?C\.|A\.\s?D\.|BCE?\b|AD\b|CE\b)")
# denominators of fractions written with a slash ("1/3", "3/4 mile", any "1/n"); "24/7", "9/11"
# are an idiom and a date, not fractions
FRACTION_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100}
_SLASH_RE = re.compile(r"(\d+)/(\d+)")
# symbols that are also short English words: after a number word they are words
_WORD_LIKE = {"am", "pm", "as", "at", "in", "is", "it", "an", "on", "of", "or", "ma", "pa",
              "ha", "bar", "cd", "min", "mi", "ms", "me", "my", "no", "to", "up", "us", "by",
              "do", "go", "be", "he", "hi", "so", "we", "b", "m", "g", "l", "t", "s", "h", "d"}
_CUR_BEFORE_RE = re.compile(rf"(?:{_alt(CURRENCY_SYMBOLS)})\s?$")
# a currency code or letter symbol before the amount ("USD 40 million", "Rs. 500")
_CODE_BEFORE_RE = re.compile(r"(?<![\w$.])(?P<c>[A-Z][A-Za-z]{1,2}\.?)[ \u00a0]?$")
# codes that are also abbreviations before numbers ("SAR 21" rifle, Syrian Arab Republic;
# "AMD 64"): read as currencies only with a scale or separator ("SAR 5bn", "SAR 1,200")
AMBIGUOUS_CODES = {"SAR", "AMD", "CAD", "GEL", "TRY"}
_CODE_GLUED_RE = re.compile(r"(?<![\w$.])(?P<c>[A-Z][A-Za-z]{1,2})(?=\d)")  # "USD5bn", "KSh17m"
# dimensions: "6.3 x 4.2 m", "2x3 m", "10 by 20 metres", "2 x 3 x 4 m"
_PLAIN = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_DIM_SEP = r"\s*[x×]\s*|\s+by\s+"
_DIM_RE = re.compile(rf"(?<![\w.,:/@#-]){_PLAIN}"
                     rf"(?:(?:{_DIM_SEP}){_PLAIN}(?![\d^⁰¹²³⁴⁵⁶⁷⁸⁹⁻−])){{1,2}}", re.IGNORECASE)
_DIM_NUM_RE = re.compile(_PLAIN)
DIMENSION_KINDS = {"length"}
# geographic coordinates are places, not quantities: "48°27′N", "50.45° N", "30°E"
_COORD_RE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d+)?\s?°\s?(?:\d{1,2}(?:\.\d+)?\s?[′']\s?"
                       r"(?:\d{1,2}(?:\.\d+)?\s?(?:″|\"|''))?\s?)?[NSEW]\b"
                       r"|(?<![\w.])\d{1,3}\.\d+\s?[NSEW]\b")
# a height in feet and inches: 5'11"
_FEET_INCHES_RE = re.compile(r"['′](?=\s?\d{1,2}(?:\.\d+)?(?:\"|″|''))")
_MINUS_RE = re.compile(r"(?<![\w.,])(?<!plus or )minus\s+$", re.IGNORECASE)
# after a glued "m" ("1.5m"), these nouns of people and things counted by the million,
# a unit's name or a capitalised plural make it a million, not metres: "1.5m people",
# "5m tonnes", "2m Syrians"; "3m walls" and "10m waves" stay metres
MILLION_NOUNS = {"people", "persons", "children", "men", "women", "refugees", "residents",
                 "civilians", "citizens", "inhabitants", "migrants", "voters", "users",
                 "customers", "viewers", "visitors", "tourists", "passengers", "households",
                 "families", "homes", "jobs", "workers", "doses", "vaccines", "cases",
                 "deaths", "votes", "subscribers", "followers", "barrels", "tons", "tonnes",
                 "shares", "views", "copies", "displaced", "pupils", "students", "patients",
                 "soldiers", "troops", "members", "acres", "hectares"}
_CUR_AFTER_RE = re.compile(rf"\s?(?P<c>{_alt(['€', '£', '₩', '₽', '₴', '₪', '₹'])})")
_CUE_RE = re.compile(rf"(?<![\w])(?P<cue>{_alt(QUALIFIER_CUES)}){_GAP}$", re.IGNORECASE)
_RANGE_OPEN_RE = re.compile(rf"(?<![\w])(?P<w>between|from){_GAP}$", re.IGNORECASE)
_RANGE_SEP_RE = re.compile(r"\s*(?:-\s*to|–|—|-|to|and)\s*", re.IGNORECASE)


def parse_words(text: str) -> float | None:
    """Value of a number written in words: "twenty-three", "a hundred and two", "a dozen"."""
    toks = [t for t in re.split(r"[\s,&-]+", text.lower()) if t and t != "and"]
    if not toks:
        return None
    frac = 0.0
    if toks[-1] in FRACTION_WORDS and len(toks) >= 2:
        denom = FRACTION_WORDS[toks.pop()]
        if toks[-1] == "a":  # "two and a half"
            toks.pop()
            frac = 1 / denom
        else:
            numer = parse_words(" ".join(toks))
            return None if numer is None else numer / denom
    total, current = 0.0, 0.0
    seen = False
    for tok in toks:
        if tok in ("a", "an"):
            current = 1 if current == 0 else current
            continue
        if tok in UNITS_WORDS:
            current += UNITS_WORDS[tok]
        elif tok in TENS_WORDS:
            current += TENS_WORDS[tok]
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[tok]
            current = 0
        else:
            return None
        seen = True
    return (total + current + frac) if seen else None


def parse_digits(text: str) -> float | None:
    """Value of a digit string: "11,000", "1.5", "10 000", "2 1/2", "1/4", "2½"."""
    s = text.strip()
    e = _EXP_RE.match(s) if any(c in s for c in "eE×x*·^") else None
    if e:
        mant = parse_digits(e.group("m"))
        if mant is None:
            return None
        power = int((e.group("e") or e.group("p") or e.group("q") or e.group("sup"))
                    .translate(_SUPERSCRIPTS))
        base = 10 if e.group("e") else int(e.group("b"))
        if base == 10:
            return float(f"{mant!r}e{power}")  # exact decimal: 2.48e-05, not 2.4800000000000003e-05
        return mant * float(base) ** power
    extra = 0.0
    if s and s[-1] in UNICODE_FRACTIONS:
        extra = UNICODE_FRACTIONS[s[-1]]
        s = s[:-1]
    m = re.fullmatch(r"(?:(.+?)\s+)?(\d+)/(\d+)", s)
    if m:
        if int(m.group(3)) == 0:
            return None
        whole = parse_digits(m.group(1)) if m.group(1) else 0.0
        return None if whole is None else whole + int(m.group(2)) / int(m.group(3)) + extra
    s = re.sub(r"[,\s\u00a0\u202f]", "", s)
    if not s:
        return extra or None
    try:
        return float(s) + extra
    except ValueError:
        return None


def parse_number(text: str) -> float | None:
    """Value of one number phrase without qualifier: "11,000", "1.5 million", "$6bn",
    "five", "a dozen", "40%". Returns None when `text` is not a number."""
    found = scan(text.strip())
    if not found:
        return None
    return found[0].value


def interval(value: float, qualifier: str) -> tuple[float | None, float | None]:
    """The (low, high) a qualifier allows around `value` (see the module docstring)."""
    if qualifier == "exact":
        return value, value
    if qualifier in ("up_to", "less_than"):
        return None, value
    if qualifier in ("at_least", "more_than"):
        return value, None
    return None, None


def _clean_num(v: float) -> float | int:
    return int(v) if float(v).is_integer() and abs(v) < 1e18 else v


def _read_unit(text: str, pos: int, *, after_digits: bool, has_scale: bool,
               currency: str | None, number: str = "") -> tuple[str | None, int]:
    """A unit starting at `pos` (after the number), and where it ends."""
    gap = _UNIT_GAP_RE.match(text, pos)
    at = gap.end() if gap else pos
    if currency:
        m = read_unit(text, at, symbols=False)
        end = pos
        # "$5 billion dollars": swallow a repeated currency word
        if m and m.unit == currency:
            end = m.end
        per = read_unit(text, end, prefix=currency)  # "$15.4/hour", "$350 per kg"
        return (per.unit, per.end) if per else (currency, end)
    if after_digits and _AMPM_RE.match(text, pos) and _CLOCK_RE.fullmatch(number):
        return None, pos  # "at 3 pm" is a time, "2.123 am" a length
    freq = _TIMES_RE.match(text, pos)
    if freq:  # "four times per week" -> 1/week
        per = read_unit(text, freq.end(), symbols=False)
        if per is not None and per.dimension == "time":
            return f"1/{per.unit}", per.end
    word = re.match(r"[^\W\d_]+", text[at:])
    # after a number word, a lower-case symbol is a word ("one has"), save a few ("two kb")
    symbols = after_digits or bool(word) and (
        word.group(0) in _WORD_SYMBOLS or not word.group(0).islower()
        and len(word.group(0)) >= 2 and word.group(0).lower() not in _WORD_LIKE)
    if _MODEL_RE.match(text, at):
        return None, pos  # "10 F-35 jets", "40 T-72 tanks": a model designation, no unit
    m = read_unit(text, at, symbols=symbols)
    if m is not None:
        glued = at == pos
        if glued and word and word.group(0) in NOT_GLUED and m.end == at + 1:
            return None, pos  # "1990s", "5h"
        if m.unit in ("lb",) and has_scale and text[at:at + 5].lower() == "pound":
            return "GBP", m.end  # "20 million pounds"
        if m.unit == "deg":
            scale = _DEGREE_SCALE_RE.match(text, m.end)
            if scale:  # "−40° on the Fahrenheit scale"
                return ("°F" if scale.group("s").lower() == "fahrenheit" else "°C"), m.end
        return m.unit, m.end
    if after_digits and _FEET_INCHES_RE.match(text, pos):
        return "ft", pos + 1
    if after_digits:
        m = re.compile(r"\s?in(?=[.,;:)]|$|\s+(?:thick|long|wide|high|tall|deep|"
                       r"across|in diameter|gap))|\"").match(text, pos)
        # a closing quotation mark is no inch sign ("English 101")
        if m and not (m.group(0) == '"' and text[:pos].count('"') % 2 == 1):
            return "in", m.end()
    return None, pos


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower())


def _word_end(text: str, start: int, end: int) -> int:
    """Cut a run of number words at a joiner that does not follow a scale word:
    "five, twenty-three" is two numbers, "three million, two hundred" one."""
    for j in re.finditer(r"\s*,\s+|\s+&\s+|\s+and\s+(?!a\s+half)", text[start:end],
                         re.IGNORECASE):
        before = re.findall(r"[a-z]+", text[start:start + j.start()].lower())
        if not before or before[-1] not in SCALE_WORDS:
            return start + j.start()
    return end


def _read_core(text: str, m: re.Match) -> tuple[float | None, int, bool]:
    """Value of a number match (with scale suffix), the end of the scale, and is_word."""
    if m.group("dig"):
        value = parse_digits(m.group("dig"))
        end = m.end()
        word = False
    else:
        end = _word_end(text, m.start("word"), m.end())
        value = parse_words(text[m.start("word"):end])
        word = True
    if value is None:
        return None, end, word
    if m.group("neg"):
        value = -value
    if not word:
        s = _SCALE_RE.match(text, end)
        if s:
            suffix = s.group(0).strip(" -").lower()
            value = round(value * SCALE_SUFFIXES[suffix], 6)  # 76.74 lakh: no 7673999.99...9
            end = s.end()
    return value, end, word


def scan(text: str) -> list[NumberPhrase]:
    """All number phrases of `text`, in order, with qualifier, interval and unit."""
    out: list[NumberPhrase] = []
    taken = [False] * (len(text) + 1)
    for m in _VAGUE_RE.finditer(text):
        low, high = VAGUE_PHRASES[_norm(m.group(0))]
        out.append(NumberPhrase(m.start(), m.end(), low, low, high, "vague", None,
                                m.start(), m.end(), True))
        for i in range(m.start(), m.end()):
            taken[i] = True
    for m in _NAMED_RE.finditer(text):
        value, unit = NAMED_QUANTITIES[_norm(m.group(0))]
        out.append(NumberPhrase(m.start(), m.end(), value, value, value, "exact", unit,
                                m.start(), m.end(), True))
        for i in range(m.start(), m.end()):
            taken[i] = True
    for m in _COORD_RE.finditer(text):
        for i in range(m.start(), m.end()):
            taken[i] = True
    out.extend(_dimensions(text, taken))
    out.extend(_glued_currencies(text, taken))
    out.extend(_proportions(text, taken))
    out.extend(_collectives(text, taken))
    pos = 0
    while True:
        m = _NUM_RE.search(text, pos)
        if m is None:
            break
        pos = m.end()
        if taken[m.start()] or (m.group("word") and not m.group("word").strip(" -")):
            continue
        phrase = _phrase_at(text, m)
        if phrase is None:
            continue
        if phrase.start < m.start():  # "three quarters of a million" swallows "three quarters"
            out = [p for p in out if not phrase.start <= p.start < phrase.end]
        out.append(phrase)
        for i in range(phrase.start, phrase.end):
            taken[i] = True
        pos = phrase.end
    out.extend(_article_units(text, taken))
    out.sort(key=lambda p: p.start)
    return _share_units(text, out)


def _proportions(text: str, taken: list[bool]) -> list[NumberPhrase]:
    """ "roughly half of the shells", "two-thirds of its budget", "a quarter of them": a
    fraction of a whole is a share in percent (50, 66.67, 25). Not "the first half of
    2024", "the third of March", "half a million" (a number) or "half an hour" (a unit)."""
    out = []
    for m in _PROPORTION_RE.finditer(text):
        if taken[m.start()] or _NOT_PROPORTION_BEFORE_RE.search(text, max(0, m.start() - 12),
                                                                m.start()):
            continue
        n, f = m.group("n"), m.group("f").lower()
        if n is None and f not in ("half",):
            continue  # "the Christian quarter of the city", "a third of March" needs "a"
        numer = 1 if n is None or n.lower() in ("a", "an", "one") else UNITS_WORDS[n.lower()]
        value = round(100 * numer / FRACTION_WORDS[f], 2)
        start = m.start()
        cue = _CUE_RE.search(text, max(0, start - 24), start)
        qualifier = "exact"
        if cue:
            qualifier, start = QUALIFIER_CUES[_norm(cue.group("cue"))], cue.start()
        low, high = interval(value, qualifier)
        out.append(NumberPhrase(start, m.end("f"), _clean_num(value), low, high, qualifier,
                                "percent", m.start(), m.end("f"), True))
        for i in range(start, m.end("f")):
            taken[i] = True
    return out


def _collectives(text: str, taken: list[bool]) -> list[NumberPhrase]:
    """ "a gross of", "two score", "a baker's dozen": counts named by a collective noun."""
    out = []
    for m in _COLLECTIVE_RE.finditer(text):
        if taken[m.start()]:
            continue
        n = m.group("n").lower()
        many = parse_digits(n) if n[0].isdigit() else 1 if n in ("a", "an") else UNITS_WORDS[n]
        word = re.sub(r"\s+", " ", m.group("w").lower().replace("’", "'"))
        value = _clean_num(many * COLLECTIVE_NUMERALS[word])
        start, qualifier = m.start(), "exact"
        cue = _CUE_RE.search(text, max(0, start - 24), start)
        if cue:
            qualifier, start = QUALIFIER_CUES[_norm(cue.group("cue"))], cue.start()
        low, high = interval(value, qualifier)
        out.append(NumberPhrase(start, m.end("w"), value, low, high, qualifier, None,
                                m.start(), m.end("w"), True))
        for i in range(start, m.end("w")):
            taken[i] = True
    return out


def _article_units(text: str, taken: list[bool]) -> list[NumberPhrase]:
    """ "a gallon", "an ounce", "a penny": one of a unit that "a" can count."""
    out = []
    words = article_words()
    for m in _ARTICLE_RE.finditer(text):
        if taken[m.start()] or taken[m.end()] or m.group("w").lower() not in words:
            continue
        u = read_unit(text, m.end(), symbols=False)
        if u is None or not u.article or u.dimension == "compound":
            continue
        start, value = m.start(), 1
        frac = _FRACTION_BEFORE_RE.search(text, max(0, start - 12), start)
        if frac:  # "half a mile", "a quarter of a mile" is left alone
            start, value = frac.start(), 1 / FRACTION_WORDS[frac.group("f").lower()]
        num_start, qualifier, low, high = start, "exact", value, value
        cue = _CUE_RE.search(text, max(0, start - 24), start)
        if cue and not _span_over(cue, u.unit, text):  # "about a kilometre" (stop 30)
            qualifier, start = QUALIFIER_CUES[_norm(cue.group("cue"))], cue.start()
            low, high = interval(value, qualifier)
        out.append(NumberPhrase(start, u.end, value, low, high, qualifier, u.unit, num_start,
                                m.end() - 1, True))
    return out


def _share_units(text: str, found: list[NumberPhrase]) -> list[NumberPhrase]:
    """ "45 and 50 mg", "3, 4 or 5 km": a list of digits takes the unit of its last item."""
    for i in range(len(found) - 2, -1, -1):
        a, b = found[i], found[i + 1]
        if a.unit is not None or b.unit is None or a.is_word or b.is_word \
                or b.start != b.num_start or a.qualifier not in ("exact", "approx"):
            continue
        gap = _LIST_GAP_RE.fullmatch(text, a.end, b.start)
        # same writing ("45 and 50 mg"), not "in 2013, and 278,000 t"
        sa, sb = text[a.num_start:a.num_end], text[b.num_start:b.num_end]
        if gap is not None and ("," in sa) == ("," in sb) and not _YEAR_RE.fullmatch(sa) \
                and not re.match(r"\s*(?:-\s*)?old\b", text[b.end:b.end + 8]):  # ages
            found[i] = replace(a, unit=b.unit)
    return found


def _million_before_noun(text: str, end: int) -> bool:
    """Whether a glued "m" is a million: a plural noun or a unit's name follows ("1.5m
    people", "5m tonnes"), not an adjective or adverb ("3m high", "10m away")."""
    w = re.match(r"[ \u00a0]([A-Za-z]+)\b(?!-)", text[end:end + 24])
    if w is None:
        return False
    if w.group(1).lower() in MILLION_NOUNS or re.fullmatch(r"[A-Z][a-z]+[^s]s", w.group(1)):
        return True
    u = read_unit(text, end + 1, symbols=False)
    return u is not None and u.dimension not in ("length", "area")


def _glued_currencies(text: str, taken: list[bool]) -> list[NumberPhrase]:
    """Amounts glued to a currency code: "USD5bn", "EUR5 million", "KSh17.3 million";
    plain digits are a model name ("SAR21", "AMD64"), so a scale or separator is needed."""
    out = []
    for c in _CODE_GLUED_RE.finditer(text):
        if c.group("c") not in currency_codes() or taken[c.start()]:
            continue
        m = _NUM2_RE.match(text, c.end())
        if m is None or not m.group("dig") or not (
                re.search(r"[.,]\d", m.group("dig")) or _SCALE_RE.match(text, m.end())):
            continue
        phrase = _phrase_at(text, m)
        if phrase is not None:
            out.append(phrase)
            for i in range(phrase.start, phrase.end):
                taken[i] = True
    return out


def _unit_by_topic(text: str, m: re.Match, end: int, unit: str | None, uend: int,
                   value: float) -> tuple[str | None, int, float]:
    """Read an ambiguous symbol by the topic of its sentence (resources/units/
    contexts.tsv): "a 2½' field" of a telescope is arc minutes, "32K of memory" 32 KiB."""
    if unit is None and end > m.end() and text[m.end():end] == "K":
        alt = unit_in_context("K", "thousand", _sentence(text, m.start(), end))
        return (alt, end, value / 1000) if alt else (unit, uend, value)
    if unit is None:
        symbol = text[uend:uend + 1] if uend == end else ""
        alt = unit_in_context(symbol, "-", _sentence(text, m.start(), end)) \
            if symbol in ambiguous_symbols() else None
        return (alt, uend + 1, value) if alt else (None, uend, value)
    gap = _UNIT_GAP_RE.match(text, end)
    symbol = text[gap.end() if gap else end:uend]
    if symbol not in ambiguous_symbols():
        return unit, uend, value
    alt = unit_in_context(symbol, unit, _sentence(text, m.start(), uend))
    return (alt, uend, value) if alt else (unit, uend, value)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], looking at most 400 characters either way."""
    lo = max(0, start - 400)
    stops = [s.end() for s in _SENTENCE_STOP_RE.finditer(text, lo, start)]
    after = _SENTENCE_STOP_RE.search(text, end, end + 400)
    return text[stops[-1] if stops else lo:after.start() if after else end + 400]


def _dimensions(text: str, taken: list[bool]) -> list[NumberPhrase]:
    """ "6.3 x 4.2 m", "10 by 20 metres": each number of a dimension takes the length unit
    written after the last one (a product of bare numbers, "4x4", is no quantity)."""
    out = []
    for m in _DIM_RE.finditer(text):
        if taken[m.start()]:
            continue
        nums = list(_DIM_NUM_RE.finditer(text, m.start(), m.end()))
        last = nums[-1].group(0)
        unit, uend = _read_unit(text, m.end(), after_digits=True, has_scale=False,
                                currency=None, number=last)
        if unit is None or unit_dimension(unit) not in DIMENSION_KINDS \
                or text[uend:uend + 1].isalnum():
            continue
        for i, n in enumerate(nums):
            value = _clean_num(parse_digits(n.group(0)))
            end = uend if i == len(nums) - 1 else n.end()
            out.append(NumberPhrase(n.start(), end, value, value, value, "exact", unit,
                                    n.start(), n.end()))
        for i in range(m.start(), uend):
            taken[i] = True
    return out


def _not_an_amount(text: str, m: re.Match) -> bool:
    """Digits that are no amount whatever follows: a citation mark ("[3]"), a telephone or
    reference number ("910-555-0123"), a year of an era ("575 B.C.") or a slash that is
    no fraction ("24/7", "9/11", "05/06/2025")."""
    if text[m.start() - 1:m.start()] == "[" and text[m.end():m.end() + 1] == "]":
        return True
    if _DIGIT_GROUPS_RE.match(text, m.end()) or _ERA_RE.match(text, m.end()):
        return True
    slash = _SLASH_RE.fullmatch(m.group("dig"))
    if slash and re.match(r"/\d", text[m.end():m.end() + 2]):
        return True  # a date: "05/06/2025"
    if slash:
        top, bottom = int(slash.group(1)), int(slash.group(2))
        return top >= bottom or (bottom not in FRACTION_DENOMINATORS and top != 1)
    return False


def _phrase_at(text: str, m: re.Match) -> NumberPhrase | None:
    value, end, word = _read_core(text, m)
    if value is None:
        return None
    if word and m.group("word").lower().strip() in ("a", "an"):
        return None
    if not word and _not_an_amount(text, m):
        return None
    start = m.start()
    num_start, num_end = m.start(), end
    if word and re.match(r"an?\s", m.group("word"), re.IGNORECASE):
        frac = _FRACTION_OF_RE.search(text, max(0, start - 24), start)
        if frac:  # "half a million" is 500,000
            n = frac.group("n")
            numer = 1 if n is None or n.lower() in ("a", "an", "one") else UNITS_WORDS[n.lower()]
            value, start = value * numer / FRACTION_WORDS[frac.group("f").lower()], frac.start()
    # currency before ("$150", "US$ 2bn", "€10M")
    currency = None
    cb = _CUR_BEFORE_RE.search(text, max(0, start - 4), start)
    mark = ""
    if cb and not word:
        currency = CURRENCY_SYMBOLS[cb.group(0).strip()]
        start, mark = cb.start(), cb.group(0).strip()
    elif not word:
        cc = _CODE_BEFORE_RE.search(text, max(0, start - 5), start)
        plain = end == m.end() and not re.search(r"[.,]\d", m.group("dig"))
        if cc and cc.group("c") in currency_codes() \
                and not (plain and cc.group("c") in AMBIGUOUS_CODES):
            currency = currency_codes()[cc.group("c")]
            start, mark = cc.start(), cc.group("c")
    has_scale = end > m.end() or (word and re.search(r"million|billion|trillion|thousand",
                                                      m.group("word"), re.I) is not None)
    if currency is None and not word and end > m.end():
        suffix = text[m.end():end].strip()
        kelvin = suffix == "K" and re.search(r"\.\d\d", m.group("dig")) is not None
        if (suffix in ("m", "t", "T", "b", "B", "M") or kelvin) \
                and not re.match(r"\s", text[m.end():end]) \
                and not (suffix in ("m", "M") and _million_before_noun(text, end)):
            # "5m" is metres, "278,000 t" tonnes: only money takes these as scales
            end = m.end()
            value = parse_digits(m.group("dig")) * (-1 if m.group("neg") else 1)
            has_scale = False
        elif suffix.lower() in ("b", "k", "t", "m") and re.match(r"\s", text[m.end():end]):
            end = m.end()
            value = parse_digits(m.group("dig")) * (-1 if m.group("neg") else 1)
            has_scale = False
    minus = _MINUS_RE.search(text, max(0, start - 12), start) if not m.group("neg") else None
    if minus and not text[:minus.start()].rstrip()[-1:].isdigit():  # "minus 20 degrees"
        value, start = -value, minus.start()
    # an uncertainty: "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km/s2"
    err = None
    pm = _PLUS_MINUS_RE.match(text, end) if not word else None
    m_err = _NUM2_RE.match(text, pm.end()) if pm else None
    if m_err is not None and m_err.group("dig"):
        err, err_end, _ = _read_core(text, m_err)
        if err is not None:
            end = err_end
    unit, uend = _read_unit(text, end, after_digits=not word, has_scale=has_scale,
                            currency=currency, number=m.group("dig") or "")
    if currency is None and unit is None and not word:
        ca = _CUR_AFTER_RE.match(text, end)
        if ca:
            unit = CURRENCY_SYMBOLS[ca.group("c")]
            uend = ca.end()
    if currency is None and not word:
        unit, uend, value = _unit_by_topic(text, m, end, unit, uend, value)
    if currency is None and unit is None:
        before = _UNIT_BEFORE_RE.search(text, max(0, start - 8), start)
        if before:  # "Mach 5"
            unit, start = UNITS_BEFORE[before.group("u")], before.start()
    # reject model numbers, decades, ordinals, clock times: digits glued to more letters
    tail = text[uend:uend + 1]
    if not word and tail.isalnum() and not (unit == "ft" and text[uend - 1] in "'′"):
        return None
    if not word and re.match(r":\d|\.\d", text[uend:uend + 2]):
        return None
    if not word and unit is None and re.match(r"\s*(?:[ap]\.?m\.?|GMT|UTC)\b",
                                              text[uend:], re.I):
        return None
    # "2-S19", "9-K33M": a hyphen before a capital or a letter-digit code is a name
    if not word and unit is None and re.match(r"-(?:[A-Z]|[a-z]+-?\d|to-\d)",
                                              text[uend:uend + 12]):
        return None  # ... and "2-to-1" is a ratio
    end = uend
    qualifier = "exact"
    low = high = None
    if err is not None:
        return NumberPhrase(start, end, _clean_num(value), _clean_num(value - abs(err)),
                            _clean_num(value + abs(err)), "range", unit, num_start,
                            num_end, word)
    ish = _SUFFIX_CUE_RE.match(text, end) if unit is None else None
    if ish:  # "360-ish", "50-odd", "a dozen or so", "80-plus", "80+"
        qual = "approx" if ish.group(0).endswith(("ish", "odd", "so")) else "at_least"
        low, high = interval(value, qual)
        return NumberPhrase(start, ish.end(), _clean_num(value), low, high, qual,
                            unit, num_start, num_end, word)
    # range after: "3,000-5,000", "3 to 4 L", "between 44 and 50 mg"
    opener = _RANGE_OPEN_RE.search(text, max(0, start - 12), start)
    sep = _RANGE_SEP_RE.match(text, end if unit is None else num_end)
    sep_at_unit = False
    if sep is None and unit is not None:
        sep = _RANGE_SEP_RE.match(text, end)
        sep_at_unit = True
    if sep is not None and unit is not None and not sep_at_unit and sep.end() == num_end:
        sep = None
    if sep is not None:
        word_sep = sep.group(0).strip().lower()
        ok_sep = word_sep not in ("and",) or (opener and opener.group("w").lower() == "between")
        if word_sep == "to" or word_sep == "-to":
            ok_sep = True
        at2 = sep.end()
        if currency and text.startswith(mark, at2):  # "$350 to $680", "USD 5 to USD 7"
            at2 += len(mark)
            if mark.isalpha() and text[at2:at2 + 1] in (" ", "\u00a0"):
                at2 += 1
        m2 = _NUM2_RE.match(text, at2) if ok_sep and word_sep else None
        if m2 is not None:
            value2, end2, _ = _read_core(text, m2)
            if value2 is not None and (m2.group("word") is None) == (not word):
                # a range of different scales: "1.5 to 2 million" scales the first too
                unit2, uend2 = _read_unit(text, end2, after_digits=not word,
                                          has_scale=end2 > m2.end(), currency=currency)
                if unit is None or unit2 in (None, unit):
                    if end2 > m2.end() and not has_scale and value < value2:
                        value *= value2 / parse_digits(m2.group("dig") or "1") \
                            if m2.group("dig") else 1
                    lo, hi = sorted((value, value2))
                    if not (text[uend2:uend2 + 1].isalnum()):
                        qualifier = "range"
                        low, high = lo, hi
                        value = (lo + hi) / 2
                        unit = unit or unit2
                        end = uend2
                        if opener:
                            start = opener.start()
    if qualifier == "exact":
        cue = _CUE_RE.search(text, max(0, start - 24), start)
        if cue and not _span_over(cue, unit, text):
            qualifier = QUALIFIER_CUES[_norm(cue.group("cue"))]
            start = cue.start()
        elif word and unit is None and re.fullmatch(r"(?:half\s+)?an?\s+dozen", text[
                num_start:num_end].strip(), re.I):
            qualifier = "approx"  # "a dozen settlements", "half a dozen buildings": a round
            # count, not an exact one (stop 30; "a dozen" after "about" was approx already)
        low, high = interval(value, qualifier)
    value = _clean_num(value)
    low = None if low is None else _clean_num(low)
    high = None if high is None else _clean_num(high)
    return NumberPhrase(start, end, value, low, high, qualifier, unit, num_start, num_end, word)
