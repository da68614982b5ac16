"""Units written after a number: a small grammar over the tables in resources/units/.

`read_unit(text, pos)` reads the unit that starts at `pos` ("km", "kilometres",
"$/hour" after the currency, "J/m^2 per year", "km/s2", "square miles", "MWh",
"kibibytes") and returns a `UnitMatch` with the canonical short unit ("km", "J/m2/year",
"km/s2", "mi2", "MWh", "KiB"). `unit_from_name("kilometre per square second")` maps a
unit's name to the same canonical string.

Grammar: unit := term ((" per " | "/" | "·" | "*") term)*; term := ["square " | "cubic "
| "sq " | "sq." | "sq"] atom [power]; power := "^2", "2", "²", "³", "-1", "−1", "^-1".
Atoms are looked up longest first in two tables built once from units.tsv and
prefixes.tsv (SI and binary prefixes are combined with each unit's `prefixes` column):
symbols are case-sensitive and read only right after a number or inside a compound;
names are case-insensitive. Canonical compound units join the numerator's terms with "·"
and write each divisor after "/": "USD/h", "J/m2/year", "J·s".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .resources import read_tsv


@dataclass(slots=True, frozen=True)
class UnitMatch:
    """A unit read from text: canonical short unit, its dimension, and where it ends."""

    unit: str
    dimension: str
    end: int
    article: bool = False  # "a <unit>" means one of it


@dataclass(slots=True, frozen=True)
class _Atom:
    unit: str
    dimension: str
    article: bool
    is_symbol: bool
    factor: float = 1.0  # the prefix factor, to rank forms that clash when lower-cased


@dataclass(slots=True)
class _Tables:
    symbols: dict[str, _Atom]  # exact case
    names: dict[str, _Atom]  # lower case, single spaces
    folded: dict[str, _Atom]  # lower-cased symbols of 2+ characters, when unambiguous
    lengths: list[int]  # distinct form lengths, longest first


# single-letter symbols that are no unit when glued to the digits ("1990s", "5h", "2d")
NOT_GLUED = {"s", "h", "d", "a", "A", "N", "J"}
# after a word number only names are read, except these symbols ("two kb", "three mph")
_POWERS = {"2": 2, "3": 3, "²": 2, "³": 3, "-1": -1, "−1": -1, "^2": 2, "^3": 3,
           "^-1": -1, "^−1": -1, "⁻¹": -1, "-2": -2, "−2": -2, "^-2": -2}
_POWER_RE = re.compile(r"(?:\^?[-−][12]|\^[23]|[23²³]|⁻¹)(?![\w])")
_SEP_RE = re.compile(r"(?P<div>\s*/\s*|\s+per\s+|\s+an?\s+|\s*[·⋅*]\s*|-(?=[^\W\d]))",
                     re.IGNORECASE)
# "sq km", "sq. mi", "sq.km", "sqm": "sq" may be glued to the unit
_POW_WORD_RE = re.compile(r"(?:(?P<w>square|cubic|inverse)\s+|(?P<sq>sq)(?:\.\s*|\s+|(?=[a-z])))",
                          re.IGNORECASE)
_WS_RE = re.compile(r"\s+")
_TOKEN_RE = re.compile(r"[^\W\d_]+(?![\w])")
GLUED_LAST = {"s", "m", "h"}  # "Js", "Nm", "mAh"


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """The unit tables, built on first use from resources/units/*.tsv."""
    prefixes = {r["symbol"]: (r["name"], float(r["factor"]))
                for r in read_tsv("units", "prefixes.tsv")}
    symbols: dict[str, _Atom] = {}
    names: dict[str, _Atom] = {}
    generated_sym: dict[str, _Atom] = {}
    generated_name: dict[str, _Atom] = {}
    for row in read_tsv("units", "units.tsv"):
        unit, dim = row["unit"], row["dimension"]
        article = row["article"].strip() == "y"
        syms = row["symbols"].split()
        base_sym = next((s.strip("()") for s in syms), unit)
        words = [w.replace("_", " ") for w in row["names"].split()]
        plurals = [w.replace("_", " ") for w in row["plurals"].split()]
        for s in syms:
            if not s.startswith("("):
                symbols.setdefault(s.replace("_", " "), _Atom(unit, dim, article, True))
        for w in words + [_plural(w) for w in words] + plurals:
            names.setdefault(w.lower(), _Atom(unit, dim, article, False))
        for p in row["prefixes"].split():
            pname, factor = prefixes[p]
            punit = p + base_sym
            atom_s = _Atom(punit, dim, article, True, factor)
            for s in syms:
                generated_sym.setdefault(p + s.strip("()"), atom_s)
            atom_n = _Atom(punit, dim, article, False, factor)
            for w in words:
                for form in (pname + w, _plural(pname + w)):
                    generated_name.setdefault(form.lower(), atom_n)
    for k, v in generated_sym.items():  # written rows win over generated forms
        symbols.setdefault(k, v)
    for k, v in generated_name.items():
        names.setdefault(k, v)
    folded: dict[str, _Atom] = {}
    clash: set[str] = set()
    for s, atom in sorted(symbols.items(), key=lambda kv: -kv[1].factor):
        low = s.lower()
        if len(s) < 2 or low in names:
            continue
        if low in folded and folded[low].unit != atom.unit and folded[low].factor == atom.factor:
            clash.add(low)
        folded.setdefault(low, atom)
    for low in clash:
        folded.pop(low, None)
    lengths = sorted({len(k) for k in (*symbols, *names)}, reverse=True)
    return _Tables(symbols, names, folded, lengths)


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _atom_at(text: str, pos: int, *, symbols: bool) -> tuple[_Atom, int] | None:
    """The longest unit form at `pos`, ending at a word boundary."""
    t = tables()
    window = text[pos:pos + t.lengths[0] + 8]
    # collapse runs of spaces so "per  cent" and "square\nmiles" match their names
    norm, idx = [], []
    prev_space = False
    for i, ch in enumerate(window):
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        norm.append(ch)
        idx.append(i)
    flat = "".join(norm)
    for n in t.lengths:
        if n > len(flat):
            continue
        cand = flat[:n]
        if cand[-1] == " ":
            continue
        end = pos + idx[n - 1] + 1
        nxt = text[end:end + 1]
        if nxt and (nxt.isalnum() or nxt == "_") and (cand[-1].isalnum() or cand[-1] == "_") \
                and not (nxt in "23²³" and _POWER_RE.match(text, end)):
            continue
        atom = None
        if symbols:
            atom = t.symbols.get(cand)
        if atom is None:
            atom = t.names.get(cand.lower())
        if atom is None and symbols and (cand.islower() or cand[1:].islower()):
            # "mw", "Kwh", "Mins"; not "GPA", nor "Nm" (N·m is no nm)
            low = cand.lower()
            atom = t.symbols.get(low) if len(cand) >= 3 else None
            if atom is None and (cand.islower() or low not in t.symbols):
                atom = t.folded.get(low)
        if atom is not None:
            return atom, end
    return None


def _term(text: str, pos: int, *, symbols: bool) -> tuple[str, _Atom, int] | None:
    """One term: optional "square"/"cubic"/"inverse", an atom and an optional power."""
    power = 1
    p = pos
    w = _POW_WORD_RE.match(text, pos)
    if w:
        word = (w.group("w") or w.group("sq")).lower()
        power = {"square": 2, "sq": 2, "cubic": 3, "inverse": -1}[word]
        p = w.end()
    found = _atom_at(text, p, symbols=symbols or w is not None)
    if found is None and symbols and w is None:
        return _glued_product(text, p)
    if found is None:
        return None
    atom, end = found
    if power == 1:
        m = _POWER_RE.match(text, end)
        # a bare digit squares only lengths and times ("m2", "km/s2"; "K2" is a name)
        if m and atom.is_symbol and not atom.unit[-1:].isdigit() and (
                m.group(0)[0] not in "23" or atom.dimension in ("length", "time")):
            power = _POWERS[m.group(0)]
            end = m.end()
        elif text[end:end + 1].isalnum():
            return None
    unit = atom.unit if power == 1 else f"{atom.unit}{power}"
    if atom.unit[-1:].isdigit() and power != 1:  # "square km2" is no unit
        return None
    return unit, atom, end


def _glued_product(text: str, pos: int) -> tuple[str, _Atom, int] | None:
    """Two symbols written together, the second a second, metre or hour: "Js", "Nm",
    "mAh", "1cds" (J·s, N·m, mA·h, cd·s); all lower case only when glued to the digits."""
    m = _TOKEN_RE.match(text, pos)
    if m is None or len(m.group(0)) < 2 or m.group(0)[-1] not in GLUED_LAST \
            or m.group(0).lower() in ("th", "st", "nd", "rd"):  # "20th"
        return None
    if m.group(0).islower() and not text[pos - 1:pos].isdigit():
        return None  # "2018 has" is a verb; "1cds" and "45 Js" are units
    head = tables().symbols.get(m.group(0)[:-1])
    last = tables().symbols.get(m.group(0)[-1])
    if head is None or last is None or head.dimension in ("time", "currency"):
        return None
    return f"{head.unit}·{last.unit}", head, m.end()


def read_unit(text: str, pos: int, *, symbols: bool = True,
              prefix: str | None = None) -> UnitMatch | None:
    """The unit that starts at `pos` (no leading space is skipped), or None.

    `symbols`: also read case-sensitive symbols ("km", "W"), as after digits.
    `prefix`: a unit already read before the number (a currency from "$"): only the
    divisors that follow are read ("$15/hour" -> "USD/h").
    """
    if prefix is None:
        first = _term(text, pos, symbols=symbols)
        if first is None:
            return None
        unit, atom, end = first
        dim, article = atom.dimension, atom.article
    else:
        unit, dim, article, end = prefix, "currency", False, pos
    last_is_name = prefix is None and not atom.is_symbol
    while True:
        sep = _SEP_RE.match(text, end)
        if sep is None:
            break
        word = sep.group("div").strip().lower()
        div = word in ("/", "per", "a", "an")
        if word == "-" and not last_is_name:
            break
        nxt = _term(text, sep.end(), symbols=(symbols or div) and word != "-")
        if nxt is None or (word in ("a", "an", "-") and nxt[1].is_symbol):
            break  # "$50 a ton" is per ton, "newton-metres" a product; "a t" is no unit
        u2, atom2, end = nxt
        last_is_name = not atom2.is_symbol
        unit = f"{unit}/{u2}" if div else f"{unit}·{u2}"
        dim = "compound"
    if prefix is not None and unit == prefix:
        return None
    return UnitMatch(unit, dim, end, article)


def unit_from_name(name: str) -> str | None:
    """Canonical short unit of a unit's name or symbol ("kilometre per hour" -> "km/h"),
    or None. Names that follow each other multiply ("joule second" -> "J·s")."""
    text = _WS_RE.sub(" ", name.strip())
    m = read_unit(text, 0)
    if m is None:
        return None
    unit, end = m.unit, m.end
    while end < len(text) and text[end] == " ":
        nxt = read_unit(text, end + 1)
        if nxt is None:
            return None
        unit, end = f"{unit}·{nxt.unit}", nxt.end
    return unit if end == len(text) else None


def is_unit_name(word: str) -> bool:
    """Whether `word` (any case) is the name of a unit ("gallon", "kilometres")."""
    return _WS_RE.sub(" ", word.strip().lower()) in tables().names


@lru_cache(maxsize=1)
def article_words() -> frozenset[str]:
    """First words of the unit names that "a"/"an" can count as one ("a gallon")."""
    return frozenset(k.split()[0] for k, v in tables().names.items() if v.article)


@lru_cache(maxsize=1)
def currency_codes() -> dict[str, str]:
    """Letter symbols of currencies that may be written before the amount ("USD 40
    million", "RMB 5bn", "Rs 500"), mapped to their canonical unit."""
    return {s: a.unit for s, a in tables().symbols.items()
            if a.dimension == "currency" and s[:1].isupper() and s.rstrip(".").isalpha()}


@lru_cache(maxsize=None)
def unit_dimension(unit: str) -> str | None:
    """The dimension of a canonical unit ("km" -> "length"), or None if unknown."""
    for table in (tables().symbols, tables().names):
        for atom in table.values():
            if atom.unit == unit:
                return atom.dimension
    if any(unit in by_country.values() for by_country in currency_names().values()):
        return "currency"  # a code read from a currency's bare name ("60 million pesos")
    return None


@lru_cache(maxsize=1)
def currency_names() -> dict[str, dict[str, str]]:
    """Bare currency names and the code each country gives them: "peso" -> {"PHL": "PHP",
    "COL": "COP", ...} (resources/quantities/currency_names.tsv)."""
    table: dict[str, dict[str, str]] = {}
    for row in read_tsv("quantities", "currency_names.tsv"):
        table.setdefault(row["name"], {})[row["country"]] = row["code"]
    return table


@dataclass(slots=True, frozen=True)
class _Reading:
    default: str
    unit: str
    cues: re.Pattern


@lru_cache(maxsize=1)
def _readings() -> dict[str, list[_Reading]]:
    """Ambiguous symbols and their readings by topic, from resources/units/contexts.tsv."""
    out: dict[str, list[_Reading]] = {}
    for row in read_tsv("units", "contexts.tsv"):
        words = [re.escape(w).replace("_", r"\s+") for w in row["cues"].split()]
        cues = re.compile(rf"\b(?:{'|'.join(words)})(?:s|es)?\b", re.IGNORECASE)
        symbol = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), row["symbol"])
        out.setdefault(symbol, []).append(_Reading(row["default"], row["unit"], cues))
    return out


def unit_in_context(symbol: str, default: str, context: str) -> str | None:
    """The unit `symbol` stands for in `context` (its sentence) when the symbol is
    ambiguous and the sentence is about another field ("150\" field" of a telescope is
    arc seconds, not inches; "12 b" in nuclear physics barns, not bits), else None.
    `default` is the usual reading ("-" for none, "thousand" for the suffix "K")."""
    for r in _readings().get(symbol, ()):
        if r.default == default and r.cues.search(context):
            return r.unit
    return None


@lru_cache(maxsize=1)
def ambiguous_symbols() -> frozenset[str]:
    """Symbols whose reading depends on the topic of the sentence (`unit_in_context`)."""
    return frozenset(_readings())
