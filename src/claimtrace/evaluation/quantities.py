"""Evaluation of the `quantities` step.

1. quantulum3's English test sentences (benchmarks/quantities/quantulum3-tests): for each
   gold quantity, is there a predicted quantity overlapping its surface (`found`), with the
   same value (relative tolerance 1e-6) and the same unit after mapping quantulum's unit
   names to ours (`correct`)? Quantities in units claimtrace does not handle (arc minutes,
   barns vs bits, ...) stay in the denominator: they count as misses.
   The cases are split by position: even indices are the tuning half, odd the check half.
   Quantulum's unit names map to ours through `UNIT_MAP`, then through the unit grammar
   (`claimtrace.units.unit_from_name`: "kilometre per square second" -> "km/s2").
   `correct_excl_years` leaves out gold bare years ("1979"), which our contract excludes.
   A range's value is compared as the mean of our `low`/`high` (quantulum's convention;
   ours is the first bound as written).
2. The worked examples (examples/*.gold.json `quantities`), scored like
   eval/score_documents.py: `found` (a prediction overlaps the key) and `correct` (value,
   qualifier, unit and counted agree). koksan-crimea + the first four dev articles are the
   tuning set, the last four dev articles the held-out set.

Unit mapping (quantulum name -> claimtrace unit): counts ("dimensionless") are unit None;
"dozen", "baker's dozen" and "gross" are unit None with value x12, x13, x144; "cubic centimetre" is ml; "pound-mass" lb;
"percentage" percent (and a fraction of a whole in words, quantulum's 0.667 for "two
thirds of", is our share in percent, 66.67); "dollar" USD, "euro" EUR, "pound sterling" GBP; lengths, masses,
volumes, durations and temperatures map to the short units in `UNIT_MAP`.
"""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from ..model import Document
from . import run_step, shared_scorer

log = logging.getLogger(__name__)

UNIT_MAP: dict[str, str | None] = {
    "dimensionless": None, "metre": "m", "kilometre": "km", "centimetre": "cm",
    "millimetre": "mm", "nanometre": "nm", "mile": "mi", "inch": "in", "foot": "ft",
    "square kilometre": "km2", "square mile": "mi2", "kilogram": "kg", "gram": "g",
    "milligram": "mg", "tonne": "t", "pound-mass": "lb", "litre": "l",
    "cubic centimetre": "ml", "centilitre": "cl", "gallon": "gal", "percentage": "percent",
    "dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "second": "s", "minute": "min",
    "hour": "h", "day": "day", "week": "week", "month": "month", "year": "year",
    "degree Celsius": "°C", "degree fahrenheit": "°F", "degree Fahrenheit": "°F",
    "kilometre per hour": "km/h", "cubic kilometre": "km3", "watt": "W", "watt hour": "Wh",
    "megawatt hour": "MWh", "electronvolt": "eV", "teraelectronvolt": "TeV",
    "gigahertz": "GHz", "megabyte": "MB", "exabyte": "EB", "byte": "byte", "bit": "bit",
    "kilobit per second": "kbit/s", "gray": "Gy", "milligray": "mGy", "kelvin": "K",
    "british thermal unit": "BTU", "cup": "cup", "tablespoon": "tbsp",
    "count per week": "1/week", "count per day": "1/day",
}
# quantulum units that claimtrace writes as plain numbers of another size (collective
# numerals: claimtrace.numbers.COLLECTIVE_NUMERALS)
UNIT_FACTORS = {"dozen": (None, 12), "baker's dozen": (None, 13), "gross": (None, 144)}
TUNE_EXAMPLES = ("koksan-crimea", "article-05", "article-08", "article-12", "article-16")
HELDOUT_EXAMPLES = ("article-19", "article-22", "article-25", "article-27")


def extract_quantities(texts: list[str]) -> list[Document]:
    """Parse `texts` and run the quantities step on each (no other step)."""
    from ..steps.quantities import find_quantities

    return run_step(texts, find_quantities)


def gold_unit(name: str) -> tuple[str | None, float]:
    """claimtrace's unit for a quantulum unit name, and the factor on its value: the
    explicit maps first, then the unit grammar's reading of the name ("?" if none)."""
    if name in UNIT_FACTORS:
        return UNIT_FACTORS[name]
    if name in UNIT_MAP:
        return UNIT_MAP[name], 1
    from ..units import unit_from_name

    return unit_from_name(name) or "?", 1


def _close(a, b) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def score_quantulum(cases: list[dict]) -> dict[str, float]:
    docs = extract_quantities([c["req"] for c in cases])
    n = found = correct = n_scope = correct_scope = 0
    for case, doc in zip(cases, docs):
        pos = 0
        for gold in case["res"]:
            n += 1
            in_scope = not _is_year(gold)
            n_scope += in_scope
            at = case["req"].find(gold["surface"], pos)
            if at < 0:
                at = case["req"].find(gold["surface"])
            if at < 0:
                continue
            pos = at + 1
            region = (at, at + len(gold["surface"]))
            hits = [q for q in doc.quantities if q.start < region[1] and region[0] < q.end]
            found += bool(hits)
            unit, factor = gold_unit(gold["unit"])
            want = gold["value"] * factor
            ok = any(_close(_quantulum_value(q), want) and q.unit == unit
                     or _same_share(gold, q) for q in hits)
            correct += ok
            correct_scope += ok and in_scope
    return {"n": n, "found": found / n if n else 0.0, "correct": correct / n if n else 0.0,
            "correct_excl_years": correct_scope / n_scope if n_scope else 0.0}


def _quantulum_value(q) -> float | None:
    """quantulum3 gives a range ("between 3 and 4 km") its mean; claimtrace's `value` is
    the first bound as written (`low`/`high` hold the interval), so compare the mean."""
    if q.qualifier == "range" and q.low is not None and q.high is not None:
        return (q.low + q.high) / 2
    return q.value


# a fraction written in words or as a fraction sign: "two thirds", "a quarter", "⅔"
_SHARE_SURFACE = re.compile(r"\b(?:halfs?|halves|thirds?|quarters?|fourths?|fifths?|sixths?|"
                            r"eighths?|tenths?)\b|[½⅓⅔¼¾⅕⅛]", re.IGNORECASE)


def _same_share(gold: dict, q) -> bool:
    """quantulum writes a fraction of a whole ("two thirds of the cake") as a plain number
    (0.667); the contract writes a share in percent (66.67, like "roughly half" -> 50 percent
    in the worked examples), so the two are the same quantity."""
    return gold["unit"] == "dimensionless" and 0 < gold["value"] < 1 \
        and q.unit == "percent" and _SHARE_SURFACE.search(gold["surface"]) is not None \
        and _close(q.value, round(100 * gold["value"], 2))  # shares are kept to 2 decimals


def _is_year(gold: dict) -> bool:
    """A bare year (or a decade's year, "1960" of "1960s"): the quantities contract leaves
    years to the `times` step, so `correct_excl_years` takes them out of the denominator."""
    return gold["unit"] == "dimensionless" and re.fullmatch(r"1[89]\d\d|20\d\d",
                                                             gold["surface"]) is not None


def score_examples(shared: Path, names: tuple[str, ...]) -> dict[str, float]:
    scorer = shared_scorer(shared)
    paths = []
    for name in names:
        base = shared / "examples" / name if name.startswith("koksan") \
            else shared / "examples" / "dev" / name
        if base.with_suffix(".txt").exists():
            paths.append(base)
    docs = extract_quantities([p.with_suffix(".txt").read_text(encoding="utf-8")
                               for p in paths])
    tally = scorer.Tally()
    for path, doc in zip(paths, docs):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        gold = {"quantities": gold.get("quantities", [])}
        tally.merge(scorer.score(gold, doc.to_dict()))
    return {"n": tally.c.get("quantities.found", (0, 0))[1],
            "found": tally.ratio("quantities.found") or 0.0,
            "correct": tally.ratio("quantities.correct") or 0.0}


def run(shared: Path, *, limit: int | None = None) -> dict:
    """Scores on quantulum3's cases (tuning and check halves) and the worked examples."""
    bench = shared / "benchmarks" / "quantities" / "quantulum3-tests"
    cases: list[dict] = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        cases.extend(json.loads((bench / name).read_text(encoding="utf-8")))
    if limit is not None:
        cases = cases[:limit]
    tune, check = cases[0::2], cases[1::2]
    scores: dict[str, float] = {}
    for label, part in (("quantulum_tune", tune), ("quantulum_check", check),
                        ("quantulum_all", cases)):
        s = score_quantulum(part)
        scores[f"{label}_found"] = round(s["found"], 4)
        scores[f"{label}_correct"] = round(s["correct"], 4)
        scores[f"{label}_correct_excl_years"] = round(s["correct_excl_years"], 4)
    for label, names in (("examples_tune", TUNE_EXAMPLES), ("examples_heldout",
                                                             HELDOUT_EXAMPLES)):
        s = score_examples(shared, names)
        scores[f"{label}_found"] = round(s["found"], 4)
        scores[f"{label}_correct"] = round(s["correct"], 4)
    return {"data": f"quantulum3-tests: {len(cases)} sentences "
                    f"({sum(len(c['res']) for c in cases)} quantities; tune = even, check = odd "
                    f"indices); examples: {len(TUNE_EXAMPLES)} tuning + "
                    f"{len(HELDOUT_EXAMPLES)} held-out gold files",
            "scores": scores}
