"""What each page shows, computed from the ledger's public methods (one function a page).

The JSON API returns these dicts (made JSON-safe by `jsonable`) and the HTML pages
render them, so a page never shows something the API cannot give.
"""
from __future__ import annotations

import csv
import io
import math
from collections import Counter
from dataclasses import asdict, fields, is_dataclass
from typing import Any

from ..ledger import ClaimRecord, Ledger, geo
from ..ledger.store import CLAIM_ORDERS
from ..model import Document
from . import charts, worldmap

CLAIM_FILTERS = ("actor", "subtype", "place", "since", "until", "source", "certainty", "text")
SORTS = tuple(CLAIM_ORDERS)  # date, published, subtype, actor, source, certainty, value
PER_PAGE = 50
MAX_PER_PAGE = 500
ENTITY_KINDS = ("actor", "place", "time", "quantity")
ACTOR_ROWS = 150


def jsonable(obj: Any) -> Any:
    """Dataclasses, lists and dicts as plain JSON values (infinite bounds become None)."""
    if is_dataclass(obj) and not isinstance(obj, type):
        obj = asdict(obj)
    if isinstance(obj, dict):
        return {k: jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [jsonable(v) for v in obj]
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    return obj


# --- overview -------------------------------------------------------------------------
def overview(ledger: Ledger, *, n_latest: int = 10, n_actors: int = 10) -> dict[str, Any]:
    series = ledger.series()
    return {"stats": ledger.stats(), "latest": ledger.claims(limit=n_latest),
            "top_actors": top_actors(ledger, n=n_actors), "series": series,
            "documents": ledger.documents(limit=n_latest, newest_first=True)}


def top_actors(ledger: Ledger, *, n: int | None = 10) -> list[dict[str, Any]]:
    """Actors by the number of claims they appear in (any role), with their roles.
    (Read-only aggregate SQL over the ledger's public `db`, memoized per ledger content.)"""
    return ledger.memo("top_actors", lambda: _count_actors(ledger))[:n]


def _count_actors(ledger: Ledger) -> list[dict[str, Any]]:
    latest = "doc_id IN (SELECT id FROM documents WHERE latest = 1)"
    sql = " UNION ALL ".join(
        f"SELECT COALESCE({r}_code, {r}_name) AS k, {r}_name AS name, '{r}' AS role "
        f"FROM claims WHERE {r}_name IS NOT NULL AND {latest}"
        for r in ("actor", "recipient", "target"))
    rows = ledger.db.rows(f"SELECT k, name, role, COUNT(*) AS n FROM ({sql}) AS u "
                          "GROUP BY k, name, role")
    counts: Counter = Counter()
    roles: dict[str, Counter] = {}
    names: dict[str, Counter] = {}
    for r in rows:
        counts[r["k"]] += r["n"]
        roles.setdefault(r["k"], Counter())[r["role"]] += r["n"]
        names.setdefault(r["k"], Counter())[r["name"]] += r["n"]
    out = []
    for key, k in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        name = names[key].most_common(1)[0][0]
        out.append({"key": key, "name": name, "code": key if key != name else None,
                    "n_claims": k, "roles": dict(roles[key])})
    return out


# --- claims table -------------------------------------------------------------------------
def claims_table(ledger: Ledger, filters: dict[str, str | None], *, sort: str = "date",
                 desc: bool = True, page: int = 1, per_page: int = PER_PAGE) -> dict[str, Any]:
    """One page of the filtered, sorted claims and the total count (sorted and paged
    by the ledger's SQL, never loading the other pages)."""
    active = {k: v for k, v in filters.items() if k in CLAIM_FILTERS and v}
    if sort not in SORTS:
        sort = "date"
    total = ledger.count_claims(**active)
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    pages = max(1, math.ceil(total / per_page))
    page = max(1, min(page, pages))
    rows = ledger.claims(**active, order_by=sort, desc=desc, limit=per_page,
                         offset=(page - 1) * per_page)
    return {"filters": active, "sort": sort, "desc": desc, "page": page, "pages": pages,
            "per_page": per_page, "total": total, "claims": rows}


def claims_rows(ledger: Ledger, filters: dict[str, str | None], *, sort: str = "date",
                desc: bool = True) -> list[ClaimRecord]:
    """Every claim matching the filters, sorted (for the CSV export)."""
    active = {k: v for k, v in filters.items() if k in CLAIM_FILTERS and v}
    return ledger.claims(**active, order_by=sort if sort in SORTS else "date", desc=desc,
                         limit=None)


CSV_FIELDS = [f.name for f in fields(ClaimRecord)]


def claims_csv(rows: list[ClaimRecord]) -> str:
    """CSV of claim records; text cells that a spreadsheet would run as a formula are
    prefixed with an apostrophe."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_FIELDS)
    for r in rows:
        w.writerow([_safe_cell(getattr(r, f)) for f in CSV_FIELDS])
    return buf.getvalue()


def _safe_cell(v: Any) -> Any:
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return "" if v is None else v


# --- document view ------------------------------------------------------------------------
def document_view(ledger: Ledger, doc_id: str) -> dict[str, Any]:
    """The document, its text cut into highlighted segments, and its claims described."""
    doc = ledger.document(doc_id)
    info = ledger.document_info(doc_id)
    return {"doc_id": doc_id, "info": info, "document": doc, "segments": segments(doc),
            "claims": [describe_claim(doc, c) for c in doc.claims],
            "legend": ENTITY_KINDS}


def entity_spans(doc: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, label) of every highlighted mention."""
    out = []
    for a in doc.actors:
        for m in a.mentions:
            out.append((m.start, m.end, "actor", f"actor: {a.name}"
                        + (f" ({a.code or a.country})" if a.code or a.country else "")))
    areas = place_areas(doc)
    for p in doc.places:
        for m in p.mentions:
            out.append((m.start, m.end, "place", f"place: {p.name}"
                        + (f", {p.country}" if p.country else "")
                        + (f" ({areas[p.id]})" if p.id in areas else "")))
    for t in doc.times:
        out.append((t.start, t.end, "time", f"time: {t.value or '?'} "
                    f"({t.earliest or '?'} – {t.latest or '?'})"))
    for q in doc.quantities:
        val = q.value if q.value is not None else f"{q.low}–{q.high}"
        out.append((q.start, q.end, "quantity",
                    f"quantity: {val} {q.counted or q.unit or ''} [{q.qualifier}]".strip()))
    n = len(doc.text)
    return [(max(0, s), min(n, e), k, lab) for s, e, k, lab in out if 0 <= s < e]


def place_areas(doc: Document) -> dict[str, str]:
    """place id -> "approx., at <area>" for the places located at a containing area."""
    places = doc.to_dict()["places"]
    found = geo.containing_areas(places)
    return {p["id"]: "approx., at " + (found[p["id"]]["name"] if p["id"] in found
                                       else "the area the text names")
            for p in places if p.get("located_by") == geo.CONTAINING_AREA}


def segments(doc: Document) -> list[dict[str, Any]]:
    """The text cut at every span boundary; each piece knows the entity kind covering it
    (the shortest span wins), the claims whose evidence covers it, and whether it is a
    trigger. The first piece of each claim's evidence carries the anchor id `ev-<claim>`."""
    text = doc.text
    ents = entity_spans(doc)
    evid = [(c.evidence.start, c.evidence.end, c.id) for c in doc.claims
            if 0 <= c.evidence.start < c.evidence.end <= len(text)]
    trig = [(c.trigger.start, c.trigger.end) for c in doc.claims
            if c.trigger and 0 <= c.trigger.start < c.trigger.end <= len(text)]
    cuts = {0, len(text)}
    for s, e, *_ in ents + evid + trig:
        cuts.update((s, e))
    cuts = sorted(cuts)
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for s, e in zip(cuts, cuts[1:]):
        covering = [x for x in ents if x[0] <= s and e <= x[1]]
        ent = min(covering, key=lambda x: x[1] - x[0]) if covering else None
        claims = [cid for a, b, cid in evid if a <= s and e <= b]
        out.append({"text": text[s:e], "kind": ent[2] if ent else None,
                    "title": ent[3] if ent else None, "claims": claims,
                    "trigger": any(a <= s and e <= b for a, b in trig),
                    "anchor": [cid for cid in claims if cid not in seen]})
        seen.update(claims)
    return out


def describe_claim(doc: Document, c: Any) -> dict[str, Any]:
    actors = {a.id: a for a in doc.actors}
    places = {p.id: p for p in doc.places}
    times = {t.id: t for t in doc.times}
    qs = {q.id: q for q in doc.quantities}
    name = lambda aid: actors[aid].name if aid in actors else None  # noqa: E731
    q = qs.get(c.quantity)
    t = times.get(c.time)
    p = places.get(c.place)
    areas = place_areas(doc) if p and p.located_by == geo.CONTAINING_AREA else {}
    return {"id": c.id, "kind": c.kind, "type": c.type, "subtype": c.subtype,
            "actor": name(c.actor), "recipient": name(c.recipient), "target": name(c.target),
            "item": c.item, "negated": c.negated, "certainty": c.certainty,
            "source": c.source.name or "(the article)", "source_kind": c.source.kind,
            "place": (f"{p.name} ({areas[p.id]})" if p.id in areas else p.name)
            if p else None,
            "time": (t.value or t.text) if t else None,
            "quantity": (f"{q.text} [{q.qualifier}]" if q else None),
            "evidence": c.evidence.text,
            "inferred": ", ".join(f"{role} from {'the document' if cid == 'document' else cid}"
                                  for role, cid in sorted(c.inferred.items()))}


# --- series ----------------------------------------------------------------------------------
def series_view(ledger: Ledger, key: str) -> dict[str, Any]:
    info = next((s for s in ledger.series() if s.key == key), None)
    if info is None:
        from ..errors import ClaimtraceError
        raise ClaimtraceError("E202", doc_id=f"series {key}", db=ledger.db.name)
    points = ledger.series_points(key)
    conflicts = ledger.conflicts(kind=None, key=key)
    return {"series": info, "points": points, "conflicts": conflicts,
            "svg": charts.series_svg(points, conflicts)}


# --- map -------------------------------------------------------------------------------------
def map_places(ledger: Ledger) -> list[dict[str, Any]]:
    """Places with coordinates and the number of claims located there, most first
    (memoized per ledger content)."""
    return ledger.memo("map_places", lambda: _count_places(ledger))


def _count_places(ledger: Ledger) -> list[dict[str, Any]]:
    """One entry per place and point; an approximate place (`located_by` is
    "containing_area") names the area whose point it took (`area`)."""
    rows = ledger.db.rows(
        "SELECT place_name AS name, place_country AS country, place_feature AS feature, "
        "lat, lon, COALESCE(place_located_by, 'gazetteer') AS located_by, "
        "place_area_name AS area, COALESCE(subtype, '-') AS subtype, COUNT(*) AS n "
        "FROM claims WHERE lat IS NOT NULL AND lon IS NOT NULL AND doc_id IN "
        "(SELECT id FROM documents WHERE latest = 1) "
        "GROUP BY place_name, place_country, place_feature, lat, lon, "
        "COALESCE(place_located_by, 'gazetteer'), place_area_name, COALESCE(subtype, '-')")
    agg: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        k = (r["name"], round(r["lat"], 3), round(r["lon"], 3), r["located_by"])
        slot = agg.setdefault(k, {"name": r["name"], "country": r["country"],
                                  "feature": r["feature"], "lat": r["lat"], "lon": r["lon"],
                                  "located_by": r["located_by"], "area": r["area"],
                                  "approx": r["located_by"] == geo.CONTAINING_AREA,
                                  "n_claims": 0, "subtypes": Counter()})
        slot["n_claims"] += r["n"]
        slot["subtypes"][r["subtype"]] += r["n"]
    out = sorted(agg.values(), key=lambda p: (-p["n_claims"], p["name"] or ""))
    for p in out:
        p["subtypes"] = dict(p["subtypes"].most_common())
    return out


def map_view(ledger: Ledger, *, tiles_url: str | None = None) -> dict[str, Any]:
    places = map_places(ledger)
    top = max((p["n_claims"] for p in places), default=1)
    if tiles_url:
        tiles, size = worldmap.mercator_tiles(tiles_url)
        proj = lambda p: worldmap.project_mercator(p["lat"], p["lon"], size)  # noqa: E731
        box = (size, size)
    else:
        tiles, box = [], (worldmap.WIDTH, worldmap.HEIGHT)
        proj = lambda p: worldmap.project(p["lat"], p["lon"])  # noqa: E731
    marks = []
    for p in places:
        x, y = proj(p)
        marks.append({**p, "x": x, "y": y,
                      "r": round(3 + 12 * math.sqrt(p["n_claims"] / top), 1)})
    return {"places": places, "marks": marks, "tiles": tiles, "width": box[0],
            "height": box[1], "land": "" if tiles else worldmap.land_path(),
            "graticule": [] if tiles else worldmap.graticule()}


# --- actors ----------------------------------------------------------------------------------
def actor_view(ledger: Ledger, actor: str) -> dict[str, Any]:
    """Claims by the actor (it acts), about it (recipient or target) and it as a source:
    the newest `ACTOR_ROWS` of each; `n_claims` / `n_as_source` count them all."""
    # the page's own links name an actor by code or whole name (indexed equality); a
    # typed address such as /actors/korea falls back to matching part of a name
    exact = bool(ledger.claims(actor=actor, actor_exact=True, limit=1)
                 or ledger.claims(source=actor, actor_exact=True, limit=1))
    rows = ledger.claims(actor=actor, actor_exact=exact, limit=ACTOR_ROWS)
    key = actor.lower()
    match = lambda name, code: (code or "").lower() == key or key in (name or "").lower()  # noqa: E731,E501
    by = [c for c in rows if match(c.actor_name, c.actor_code)]
    by_ids = {(c.doc_id, c.id) for c in by}  # not `c in by`: quadratic on dataclasses
    about = [c for c in rows if (c.doc_id, c.id) not in by_ids and (match(c.recipient_name, c.recipient_code)
                                                or match(c.target_name, c.target_code))]
    said = ledger.claims(source=actor, actor_exact=exact, limit=ACTOR_ROWS) \
        if len(actor) > 2 else []
    names = Counter(getattr(c, f"{r}_name") for c in rows
                    for r in ("actor", "recipient", "target")
                    if match(getattr(c, f"{r}_name"), getattr(c, f"{r}_code"))
                    and getattr(c, f"{r}_name"))
    partners = Counter()
    for c in by:
        for n in (c.recipient_name, c.target_name):
            if n:
                partners[n] += 1
    for c in about:
        if c.actor_name:
            partners[c.actor_name] += 1
    # count only what the listing did not already show in full
    n_claims = len(rows) if len(rows) < ACTOR_ROWS else \
        ledger.count_claims(actor=actor, actor_exact=exact)
    n_as_source = len(said) if len(said) < ACTOR_ROWS else \
        ledger.count_claims(source=actor, actor_exact=exact)
    return {"actor": actor, "n_claims": n_claims, "n_as_source": n_as_source,
            "names": [n for n, _ in names.most_common(5)], "by": by,
            "about": about, "as_source": said, "partners": partners.most_common(10),
            "subtypes": dict(Counter(c.subtype or "-" for c in rows).most_common())}
