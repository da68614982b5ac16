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
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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
                  "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12,
                  "tn": 1e12, "t": 1e12}
UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2,
                     "⅛": 0.125}

# qualifier cues, written before the number (longest first when matched)
QUALIFIER_CUES: dict[str, str] = {
    "around": "approx", "roughly": "approx", "about": "approx", "some": "approx",
    "nearly": "approx", "almost": "approx", "approximately": "approx", "approx.": "approx",
    "an estimated": "approx", "estimated": "approx", "close to": "approx", "~": "approx",
    "circa": "approx", "somewhere around": "approx", "an approximate": "approx",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to",
    "no more than": "up_to", "a maximum of": "up_to", "not more than": "up_to",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "not less than": "at_least",
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "in excess of": "more_than", "upwards of": "more_than", "exceeding": "more_than",
    "exceeded": "more_than", "topped": "more_than", "surpassed": "more_than",
    "passed": "more_than", "greater than": "more_than", "well over": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "just under": "less_than", "just below": "less_than",
    "another": "exact", "an additional": "exact", "a further": "exact",
}

# vague quantity words: (low, high); value = low
VAGUE_PHRASES: dict[str, tuple[float, float]] = {
    "a few": (2, 5), "a handful of": (2, 5), "several": (3, 9), "a couple of": (2, 3),
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999),
    "several hundred": (300, 999), "a few hundred": (200, 500),
    "thousands": (2_000, 9_999), "several thousand": (3_000, 9_999),
    "a few thousand": (2_000, 5_000), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2_000_000, 9_999_999),
    "several million": (3_000_000, 9_999_999), "tens of millions": (20_000_000, 99_999_999),
}

# unit surface forms -> short unit (looked up lower-cased, except where case matters)
UNIT_FORMS: dict[str, str] = {}
for _unit, _forms in {
    "km": "km kms kilometer kilometers kilometre kilometres",
    "m": "meter meters metre metres",
    "cm": "cm centimeter centimeters centimetre centimetres",
    "mm": "mm millimeter millimeters millimetre millimetres",
    "nm": "nanometer nanometers nanometre nanometres",
    "mi": "mi mile miles",
    "nmi": "nmi nautical_mile nautical_miles",
    "ft": "ft foot feet",
    "in": "inch inches",
    "km2": "km2 km² km^2 sq_km km_squared square_kilometer square_kilometers "
           "square_kilometre square_kilometres",
    "km3": "km3 km³ km^3 km_cubed cubic_kilometer cubic_kilometers cubic_kilometre "
           "cubic_kilometres",
    "mi2": "sq_mi square_mile square_miles",
    "ha": "ha hectare hectares",
    "kg": "kg kgs kilogram kilograms kilogramme kilogrammes kilo kilos",
    "g": "gram grams gramme grammes",
    "mg": "mg milligram milligrams",
    "t": "tonne tonnes ton tons metric_ton metric_tons",
    "lb": "lb lbs pound pounds",
    "l": "l liter liters litre litres",
    "ml": "ml milliliter milliliters millilitre millilitres",
    "cl": "cl centiliter centiliters centilitre centilitres",
    "gal": "gallon gallons",
    "bbl": "barrel barrels",
    "km/h": "km/h kph kmh kilometers_per_hour kilometres_per_hour",
    "mph": "mph miles_per_hour",
    "°C": "°c degrees_celsius degree_celsius celsius",
    "°F": "°f degrees_fahrenheit degree_fahrenheit fahrenheit",
    "percent": "% percent per_cent pc percentage",
    "W": "watt watts",
    "kW": "kw kilowatt kilowatts",
    "MW": "mw megawatt megawatts",
    "GW": "gw gigawatt gigawatts",
    "Wh": "wh watt_hour watt_hours",
    "kWh": "kwh kilowatt_hour kilowatt_hours",
    "MWh": "mwh megawatt_hour megawatt_hours",
    "GWh": "gwh gigawatt_hour gigawatt_hours",
    "eV": "ev electronvolt electronvolts",
    "TeV": "tev",
    "GeV": "gev",
    "MeV": "mev",
    "Hz": "hz hertz",
    "MHz": "mhz megahertz",
    "GHz": "ghz gigahertz",
    "kbit": "kb kbit kilobit kilobits",
    "bit": "bit bits",
    "byte": "byte bytes",
    "MB": "megabyte megabytes",
    "GB": "gb gigabyte gigabytes",
    "TB": "terabyte terabytes",
    "EB": "exabyte exabytes",
    "J": "joule joules",
    "Gy": "gy gray grays",
    "mGy": "mgy milligray",
    "K": "kelvin kelvins",
    "BTU": "btu btus british_thermal_unit british_thermal_units",
    "cup": "cup cups",
    "tbsp": "tbsp tablespoon tablespoons",
    "tsp": "tsp teaspoon teaspoons",
    "pp": "percentage_point percentage_points",
    "s": "second seconds sec secs",
    "min": "minute minutes mins",
    "h": "hour hours hr hrs",
    "day": "day days",
    "week": "week weeks",
    "month": "month months",
    "year": "year years yr yrs",
    "USD": "dollar dollars usd",
    "EUR": "euro euros eur",
    "GBP": "pounds_sterling gbp",
    "KRW": "won krw",
    "RUB": "rouble roubles ruble rubles rub",
    "UAH": "hryvnia hryvnias hryvnas uah",
    "CNY": "yuan renminbi cny",
    "JPY": "yen jpy",
    "ILS": "shekel shekels ils",
    "INR": "rupee rupees inr",
}.items():
    for _f in _forms.split():
        UNIT_FORMS[_f.replace("_", " ")] = _unit
# forms that are units only when written right after digits ("5 m", "10 L", "278,000 t")
DIGIT_ONLY_UNITS = {"m": "m", "l": "l", "t": "t", "g": "g", "c": "°C", "h": "h", "s": "s",
                    "K": "K", "MB": "MB"}
CURRENCY_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
                    "₩": "KRW", "₽": "RUB", "₴": "UAH", "₪": "ILS", "₹": "INR",
                    "A$": "AUD", "C$": "CAD", "HK$": "HKD"}
CURRENCY_UNITS = {"USD", "EUR", "GBP", "KRW", "RUB", "UAH", "CNY", "JPY", "ILS", "INR",
                  "AUD", "CAD", "HKD"}


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
            rf"(?:(?:\s+|\s*-\s*|\s+and\s+|\s*,\s+|\s+&\s+)(?:{_WORD})(?:-(?:{_WORD}))?)*"
            rf"(?:\s+and\s+a\s+half|-(?:{_alt(FRACTION_WORDS)})"
            rf"|\s+(?:{_alt(FRACTION_WORDS)}))?)")
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])"
           r"|\d+(?:\.\d+)?|\.\d+)"
           r"(?:\s+\d+/\d+|/\d+(?!\d)|[½⅓⅔¼¾⅕⅛])?|[½⅓⅔¼¾⅕⅛]")
_SCALE = r"(?:\s*(?:million|billion|trillion|thousand|mln|mn|bn|tn)|(?:bn|mn|[kmbtKMBT]))"
_NUM_RE = re.compile(
    rf"(?<![\w.,:/@#-])(?<![A-Za-z]-)(?P<neg>[-−](?=\d))?(?:(?P<dig>{_DIGITS})"
    rf"|(?P<word>\b{_WORDNUM}\b))", re.IGNORECASE)
_NUM2_RE = re.compile(
    rf"(?P<neg>[-−](?=\d))?(?:(?P<dig>{_DIGITS})|(?P<word>\b{_WORDNUM}\b))", re.IGNORECASE)
_VAGUE_RE = re.compile(rf"\b(?:{_alt(VAGUE_PHRASES)})\b", re.IGNORECASE)
_SCALE_RE = re.compile(rf"{_SCALE}(?![\w])", re.IGNORECASE)
_GAP = r"[^\S\n]*\n?[^\S\n]*"
_UNIT_RE = re.compile(rf"(?:{_GAP}|-)(?P<u>{_alt(UNIT_FORMS)})(?![\w])", re.IGNORECASE)
_UNIT_TIGHT_RE = re.compile(r"(?:[ \u00a0]?)(?P<u>%|°\s?[CF]|MB|[mltgCchsK])(?![\w])")
_CUR_BEFORE_RE = re.compile(rf"(?:{_alt(CURRENCY_SYMBOLS)})\s?$")
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
               currency: str | None) -> tuple[str | None, int]:
    """A unit starting at `pos` (after the number), and where it ends."""
    if currency:
        m = _UNIT_RE.match(text, pos)
        # "$5 billion dollars": swallow a repeated currency word
        if m and UNIT_FORMS[_norm(m.group("u"))] == currency:
            return currency, m.end()
        return currency, pos
    m = _UNIT_RE.match(text, pos)
    if m:
        form = _norm(m.group("u"))
        unit = UNIT_FORMS[form]
        if form in ("pound", "pounds") and has_scale:
            unit = "GBP"  # "20 million pounds"
        elif form in ("pound", "pounds") and re.match(r"\s+sterling\b", text[m.end():]):
            return "GBP", m.end() + len(re.match(r"\s+sterling", text[m.end():]).group(0))
        return unit, m.end()
    if after_digits:
        m = re.compile(r"\s?in(?=[.,;:)]|$|\s+(?:thick|long|wide|high|tall|deep|"
                       r"across|in diameter|gap))|\"").match(text, pos)
        # a closing quotation mark is no inch sign ("English 101")
        if m and not (m.group(0) == '"' and text[:pos].count('"') % 2 == 1):
            return "in", m.end()
    if after_digits:
        m = _UNIT_TIGHT_RE.match(text, pos)
        if m:
            u = m.group("u").replace(" ", "")
            if u == "%":
                return "percent", m.end()
            if u.startswith("°"):
                return ("°C" if u.endswith("C") else "°F"), m.end()
            if u == "c" or (u in ("s", "h") and m.start("u") == pos):
                return None, pos
            return DIGIT_ONLY_UNITS.get(u) or DIGIT_ONLY_UNITS.get(u.lower()), m.end()
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
            suffix = s.group(0).strip().lower()
            value *= SCALE_SUFFIXES[suffix]
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
        out.append(phrase)
        for i in range(phrase.start, phrase.end):
            taken[i] = True
        pos = phrase.end
    out.sort(key=lambda p: p.start)
    return out


def _phrase_at(text: str, m: re.Match) -> NumberPhrase | None:
    value, end, word = _read_core(text, m)
    if value is None:
        return None
    if word and m.group("word").lower().strip() in ("a", "an"):
        return None
    start = m.start()
    num_start, num_end = m.start(), end
    # currency before ("$150", "US$ 2bn", "€10M")
    currency = None
    cb = _CUR_BEFORE_RE.search(text, max(0, start - 4), start)
    if cb and not word:
        currency = CURRENCY_SYMBOLS[cb.group(0).strip()]
        start = cb.start()
    has_scale = end > m.end() or (word and re.search(r"million|billion|trillion|thousand",
                                                      m.group("word"), re.I) is not None)
    if currency is None and not word and end > m.end():
        suffix = text[m.end():end].strip()
        if suffix in ("m", "t", "T", "b", "B", "M", "K") and not re.match(r"\s", text[m.end():end]):
            # "5m" is metres, "278,000 t" tonnes: only money takes these as scales
            end = m.end()
            value = parse_digits(m.group("dig")) * (-1 if m.group("neg") else 1)
            has_scale = False
        elif suffix.lower() in ("b", "k", "t", "m") and re.match(r"\s", text[m.end():end]):
            end = m.end()
            value = parse_digits(m.group("dig")) * (-1 if m.group("neg") else 1)
            has_scale = False
    unit, uend = _read_unit(text, end, after_digits=not word, has_scale=has_scale,
                            currency=currency)
    if currency is None and unit is None and not word:
        ca = _CUR_AFTER_RE.match(text, end)
        if ca:
            unit = CURRENCY_SYMBOLS[ca.group("c")]
            uend = ca.end()
    # reject model numbers, decades, ordinals, clock times: digits glued to more letters
    tail = text[uend:uend + 1]
    if not word and tail.isalnum():
        return None
    if not word and re.match(r":\d|\.\d", text[uend:uend + 2]):
        return None
    if not word and unit is None and re.match(r"\s*(?:[ap]\.?m\.?|GMT|UTC)\b",
                                              text[uend:], re.I):
        return None
    if not word and unit is None and re.match(r"-[A-Za-z]", text[uend:uend + 2]) \
            and not re.match(r"-(?:year|month|week|day|hour|minute|strong|man|member|"
                             r"story|point|mile|kilo|meter|metre|foot|inch)",
                             text[uend:], re.I):
        return None
    end = uend
    qualifier = "exact"
    low = high = None
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
        m2 = _NUM2_RE.match(text, sep.end()) if ok_sep and word_sep else None
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
        if cue:
            qualifier = QUALIFIER_CUES[_norm(cue.group("cue"))]
            start = cue.start()
        low, high = interval(value, qualifier)
    value = _clean_num(value)
    low = None if low is None else _clean_num(low)
    high = None if high is None else _clean_num(high)
    return NumberPhrase(start, end, value, low, high, qualifier, unit, num_start, num_end, word)
