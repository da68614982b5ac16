"""Readings of a quantity that need its neighbours or the whole document.

- `join_alternatives`: "seven or eight rifles", "two or three times" are one range, not
  two counts.
- `name_currencies`: "60 million pesos" in an article about Colombia is COP, "40 million
  rupees" in one about Pakistan PKR: a bare currency name takes the code of the country
  the document speaks of most among those using a currency of that name
  (resources/quantities/currency_names.tsv).
- `count_barrels`: barrels (of oil) are counted as well as measured ("one million
  barrels" counts barrel).
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Document, Quantity
from ..units import currency_names

# "seven or eight", "10 or 12": an alternative between two close figures
_OR = re.compile(r"\s+or\s+$")
_CLOSE = 3  # the second figure at most this many times the first


def join_alternatives(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join "N or M" (two exact figures, M a little above N) into one range N..M."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and _alternative(text, prev, q):
            out[-1] = Quantity(id=prev.id, text=text[prev.start:q.end], start=prev.start,
                               end=q.end, value=prev.value, low=prev.value, high=q.value,
                               qualifier="range", unit=q.unit or prev.unit,
                               counted=q.counted or prev.counted)
            continue
        out.append(q)
    return [_renumber(q, i) for i, q in enumerate(out, 1)]


def _alternative(text: str, a: Quantity, b: Quantity) -> bool:
    if not (a.qualifier == b.qualifier == "exact" and a.value and b.value):
        return False
    if not _OR.match(text[a.end:b.start]) or a.unit not in (None, b.unit):
        return False
    if a.value != int(a.value) or b.value != int(b.value):
        return False
    return a.value < b.value <= _CLOSE * a.value


def _renumber(q: Quantity, i: int) -> Quantity:
    q.id = f"q{i}"
    return q


def name_currencies(doc: Document, found: list[Quantity]) -> None:
    """Give a bare currency name ("pesos", "dinars", "rupees") the code of the document's
    country; a name no country of the document uses keeps its earlier reading."""
    table = currency_names()
    weights = None
    for q in found:
        name = _currency_name(doc.text, q, table)
        if name is None:
            continue
        if weights is None:
            weights = _country_weights(doc)
        options = table[name]
        ranked = sorted((c for c in options if weights.get(c)), key=lambda c: -weights[c])
        codes = set(options.values())
        code = options[ranked[0]] if ranked else (codes.pop() if len(codes) == 1 else None)
        if code is not None:
            q.unit, q.counted = code, None


def _currency_name(text: str, q: Quantity, table) -> str | None:
    if q.unit is None and q.counted in table:
        return q.counted
    if q.unit is None or not q.unit.isupper() or len(q.unit) != 3:
        return None
    last = re.search(r"([A-Za-z]+)\W*$", q.text)  # "40 million rupees" ends on the name
    word = last.group(1).lower() if last else ""
    for name in (word, word[:-1], word[:-2]):
        if name in table and q.unit in table[name].values():
            return name
    return None


def _country_weights(doc: Document) -> Counter:
    """How often the document names each country: its places and its state actors."""
    weights: Counter = Counter()
    for p in doc.places:
        if p.country:
            weights[p.country] += max(1, len(p.mentions))
    for a in doc.actors:
        code = a.code or a.country
        if code:
            weights[code] += max(1, len(a.mentions))
    return weights


def count_barrels(found: list[Quantity]) -> None:
    """ "roughly one million barrels", "150,000 barrels a day": a count of barrels."""
    for q in found:
        if q.counted is None and q.unit in ("bbl", "bbl/day"):
            q.counted = "barrel"
