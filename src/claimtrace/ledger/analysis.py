"""What the ledger derives across documents: copy clusters, events, series, conflicts.

- **Copy clusters**: near-duplicate texts (wire copy republished by several outlets),
  found with MinHash over word 5-gram shingles and LSH banding (stdlib only).
- **Events**: claims with the same subtype, actor and recipient codes, the same item
  or measure and overlapping time, linked into one canonical event with its
  independent sources (a copy cluster counts once; an attributed source counts once).
- **Series**: quantity claims keyed by (subtype, actor code, recipient code, measure);
  each point carries an interval derived from its qualifier.
- **Conflicts**: two points of a series with overlapping time and incompatible
  intervals are a `contradiction` when their sources differ, a `revision` when the
  same source gave the later figure.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Iterator

from .schema import DERIVED_TABLES

NUM_PERM = 64
BANDS = 16  # 16 bands x 4 rows: pairs above ~0.5 Jaccard become candidates
SHINGLE = 5
_PRIME = (1 << 61) - 1
# Each claim is compared with at most this many neighbours in time (keeps dense
# series and event buckets linear; see docs/ledger.md).
MAX_NEIGHBOURS = 50
# a figure for a period of a month or more, and a dated figure inside it ending at least a
# week before the period's end: an earlier stage of the same count (see `_earlier_stage`)
LONG_PERIOD_DAYS = 28
STAGE_GAP_DAYS = 7

# Counted nouns that measure the same thing. Keys are lemmas as `quantities.counted`
# gives them; values are the series' measure names.
COUNTED_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("troop", "soldier", "serviceman", "servicemen", "personnel", "fighter",
                     "force", "man", "men", "service member", "military personnel",
                     "worker", "recruit", "mercenary"), "troops"),
    **dict.fromkeys(("gun", "howitzer", "artillery", "system", "launcher", "piece",
                     "mlrs", "rocket launcher", "artillery system", "artillery piece"),
                    "guns"),
    **dict.fromkeys(("missile", "ballistic missile", "rocket", "cruise missile"),
                    "missiles"),
    **dict.fromkeys(("shell", "round", "munition", "ammunition", "artillery shell",
                     "container"), "shells"),
    **dict.fromkeys(("drone", "uav", "shahed"), "drones"),
    **dict.fromkeys(("casualty", "death", "dead", "fatality", "killed", "wounded",
                     "injured", "loss"), "casualties"),
    **dict.fromkeys(("civilian", "person", "people", "resident"), "people"),
    **dict.fromkeys(("tank",), "tanks"),
    **dict.fromkeys(("vehicle", "armored vehicle", "armoured vehicle"), "vehicles"),
}

# How a series or event is named: {a} actor, {m} measure/item, {r} " to RECIPIENT".
_LABELS: dict[str, str] = {
    "troop_deployment": "{a} {m} deployed{r}",
    "arms_transfer": "{a} {m} delivered{r}",
    "weapons_movement": "{a} {m} moved{r}",
    "aid_package": "{a} aid{r} ({m})",
    "casualties": "{a} {m} killed or wounded (casualties)",
    "equipment_loss": "{a} {m} lost",
    "capture": "{a} captured {m}",
    "attack": "{a} attack{r} ({m})",
    "combat": "{a} combat{r} ({m})",
    "population": "{m} counted in {a}",
}

_STOP = frozenset("a an the of to for and or with from by its their his her some about "
                  "around up more than at least nearly roughly".split())


@dataclass(slots=True, frozen=True)
class AnalysisOptions:
    """Knobs of the cross-document analysis."""

    copy_threshold: float = 0.5      # MinHash Jaccard above which texts are copies
    event_window_days: int = 7       # publication-dated claims match within +-N days
    point_window_days: int = 7       # same, for series points (conflict detection)
    tolerance: float = 0.05          # relative slack before two intervals conflict
    approx_margin: float = 0.10      # "about 11,000" -> [9,900, 12,100]


# --- text fingerprints ----------------------------------------------------------------
@cache
def _permutations() -> tuple[tuple[int, int], ...]:
    out, seed = [], b"claimtrace-minhash"
    for i in range(NUM_PERM):
        h = hashlib.blake2b(seed + i.to_bytes(2, "big"), digest_size=16).digest()
        out.append((int.from_bytes(h[:8], "big") % (_PRIME - 1) + 1,
                    int.from_bytes(h[8:], "big") % _PRIME))
    return tuple(out)


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """Hashes of the word k-grams of a lower-cased text."""
    words = re.findall(r"\w+", text.lower())
    grams = [" ".join(words[i:i + k]) for i in range(max(1, len(words) - k + 1))]
    return {int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big")
            for g in grams}


def minhash(text: str) -> list[int]:
    """A NUM_PERM-long MinHash signature of the text's shingles."""
    hashes = shingles(text)
    return [min((a * x + b) % _PRIME for x in hashes) for a, b in _permutations()]


def similarity(sig_a: list[int], sig_b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return sum(x == y for x, y in zip(sig_a, sig_b)) / len(sig_a)


def copy_clusters(signatures: dict[str, list[int]], threshold: float) -> dict[str, str]:
    """doc id -> cluster id (the smallest doc id of its near-duplicate group)."""
    parent = {d: d for d in signatures}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    rows = NUM_PERM // BANDS
    buckets: dict[tuple[int, tuple[int, ...]], list[str]] = {}
    for doc_id, sig in signatures.items():
        for band in range(BANDS):
            buckets.setdefault((band, tuple(sig[band * rows:(band + 1) * rows])),
                               []).append(doc_id)
    for members in buckets.values():
        for other in members[1:]:
            a, b = find(members[0]), find(other)
            if a != b and similarity(signatures[members[0]], signatures[other]) >= threshold:
                parent[max(a, b)] = min(a, b)
    return {d: find(d) for d in signatures}


# --- normalisation ---------------------------------------------------------------------
def normalize_item(item: str | None) -> str | None:
    """A comparable form of an item text: lower case, no numbers or stop words, crude
    singulars ("Koksan self-propelled guns" -> "koksan self propelled gun")."""
    if not item:
        return None
    words = [w for w in re.findall(r"[a-z]+", item.lower()) if w not in _STOP]
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
             for w in words]
    return " ".join(words) or None


def normalize_counted(counted: str | None) -> str | None:
    """The series measure of a counted noun (`soldier` -> `troops`)."""
    if not counted:
        return None
    c = counted.lower().strip()
    if c in COUNTED_SYNONYMS:
        return COUNTED_SYNONYMS[c]
    last = c.split()[-1]
    if last in COUNTED_SYNONYMS:
        return COUNTED_SYNONYMS[last]
    return c if c.endswith("s") else c + "s"


def interval(value: float | None, low: float | None, high: float | None,
             qualifier: str | None, *, approx_margin: float = 0.10) -> tuple[float, float]:
    """The range of values a figure allows, from its qualifier."""
    q = qualifier or "exact"
    if value is None:
        return (low if low is not None else 0.0, high if high is not None else math.inf)
    if q == "approx":
        return (value * (1 - approx_margin), value * (1 + approx_margin))
    if q in ("up_to", "less_than"):
        return (0.0, value)
    if q in ("more_than", "at_least"):
        return (value, math.inf)
    if q in ("range", "vague"):
        return (low if low is not None else value, high if high is not None else value)
    return (value, value)


def compatible(a: tuple[float, float], b: tuple[float, float], tolerance: float) -> bool:
    """Whether two intervals overlap once each is widened by `tolerance` (relative)."""
    return a[0] * (1 - tolerance) <= b[1] * (1 + tolerance) and \
        b[0] * (1 - tolerance) <= a[1] * (1 + tolerance)


def source_key(row: dict[str, Any], cluster: str) -> str:
    """Who independently says so: the article (its copy cluster) for unattributed
    claims, else the attributed source's normalised name."""
    name = (row.get("source_name") or "").strip().lower()
    if row.get("source_kind") in (None, "author") or not name:
        return f"copy:{cluster}"
    name = re.sub(r"^(the|a|an)\s+", "", name)
    # "South Korea's National Intelligence Service" and "National Intelligence Service"
    # are one source: the owner is kept as the source's country code instead
    name = re.split(r"['’]s\s+", name)[-1]
    return f"src:{row.get('source_code') or ''}:" + " ".join(re.findall(r"\w+", name))


def source_label(row: dict[str, Any]) -> str:
    """How a source is shown: the attributed name, else the outlet (and how many other
    outlets republished the same copy)."""
    if row.get("source_kind") in (None, "author") or not row.get("source_name"):
        name = row.get("outlet") or row.get("url") or "(article)"
        extra = (row.get("cluster_size") or 1) - 1
        return f"{name} (+{extra} copies)" if extra else name
    return row["source_name"]


def _day(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _span(row: dict[str, Any], window: int) -> tuple[date, date] | None:
    """A claim's time as days; publication-dated claims are widened by +-window."""
    start, end = _day(row.get("claim_start")), _day(row.get("claim_end"))
    if start is None and end is None:
        return None
    start, end = start or end, end or start
    if not row.get("time_id"):
        start, end = start - timedelta(days=window), end + timedelta(days=window)
    return (start, end)


def _mid(span: tuple[date, date] | None) -> int:
    return 0 if span is None else (span[0].toordinal() + span[1].toordinal()) // 2


def _overlapping_pairs(spans: list[tuple[date, date] | None]) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) whose spans overlap, by a sweep over start dates (undated
    spans pair only with each other)."""
    undated = [i for i, s in enumerate(spans) if s is None]
    for x, i in enumerate(undated):
        for j in undated[x + 1:x + 1 + MAX_NEIGHBOURS]:
            yield (i, j)
    dated = sorted((i for i, s in enumerate(spans) if s is not None),
                   key=lambda i: spans[i][0])  # type: ignore[index]
    for x, i in enumerate(dated):
        end = spans[i][1]  # type: ignore[index]
        for j in dated[x + 1:x + 1 + MAX_NEIGHBOURS]:
            if spans[j][0] > end:  # type: ignore[index]
                break
            yield (i, j) if i < j else (j, i)


def _earlier_stage(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    """A figure for a long period ("11,000 deployed last autumn") states where things
    stood by its end; a dated figure inside that period but well before its end
    ("1,500 by 18 October") is an earlier stage, not a contradiction."""
    if a is None or b is None:
        return False
    long_, short = (a, b) if (a[1] - a[0]) >= (b[1] - b[0]) else (b, a)
    long_days, short_days = (long_[1] - long_[0]).days, (short[1] - short[0]).days
    return long_days >= LONG_PERIOD_DAYS and long_days >= 4 * max(short_days, 1) and \
        long_[0] <= short[0] and short[1] < long_[1] - timedelta(days=STAGE_GAP_DAYS)


def _label(subtype: str, actor: str | None, recipient: str | None, what: str | None) -> str:
    template = _LABELS.get(subtype, "{a} " + subtype.replace("_", " ") + "{r} ({m})")
    text = template.format(a=actor or "?", m=what or "-", r=f" to {recipient}" if recipient
                           else "")
    return text.replace(" (-)", "")


# --- rebuilding the derived tables -----------------------------------------------------
def rebuild(db: Any, options: AnalysisOptions) -> None:
    """Recompute every derived table from the latest document versions (inside the
    caller's transaction)."""
    for table in DERIVED_TABLES:
        db.run(f"DELETE FROM {table}")
    docs = db.rows("SELECT id, minhash FROM documents WHERE latest = 1")
    sigs = {d["id"]: json.loads(d["minhash"]) for d in docs if d["minhash"]}
    clusters = copy_clusters(sigs, options.copy_threshold)
    sizes: dict[str, int] = {}
    for cid in clusters.values():
        sizes[cid] = sizes.get(cid, 0) + 1
    _insert(db, "copy_clusters", [{"doc_id": d, "cluster_id": c, "size": sizes[c]}
                                  for d, c in sorted(clusters.items())])
    rows = db.rows("SELECT * FROM claims WHERE doc_id IN (SELECT id FROM documents WHERE "
                   "latest = 1) AND subtype IS NOT NULL ORDER BY published, doc_id, id")
    for r in rows:
        r["cluster"] = clusters.get(r["doc_id"], r["doc_id"])
        r["cluster_size"] = sizes.get(r["cluster"], 1)
        r["source_key"] = source_key(r, r["cluster"])
        r["measure"] = normalize_counted(r["q_counted"]) or r["q_unit"]
    _build_events(db, rows, options)
    _build_series(db, rows, options)


def _build_events(db: Any, rows: list[dict[str, Any]], options: AnalysisOptions) -> None:
    buckets: dict[tuple, list[dict[str, Any]]] = {}
    for r in rows:
        if r["subtype"] in PLACE_FIGURES:
            continue  # a count of people somewhere is a figure, not an event
        key = (r["subtype"], r["actor_code"] or (r["actor_name"] or "").lower() or None,
               r["recipient_code"] or (r["recipient_name"] or "").lower() or None,
               r["negated"])
        buckets.setdefault(key, []).append(r)
    events, links = [], []
    for (subtype, actor, recipient, negated), members in sorted(
            buckets.items(), key=lambda kv: tuple(str(x) for x in kv[0])):
        for group in _group_same_event(members, options.event_window_days):
            ids = sorted(f"{g['doc_id']}:{g['id']}" for g in group)
            event_id = hashlib.sha256("|".join(ids).encode()).hexdigest()[:16]
            what = next((g["measure"] for g in group if g["measure"]), None) or next(
                (g["item"] for g in group if g["item"]), None)
            labels: dict[str, str] = {}
            for g in group:
                labels.setdefault(g["source_key"], source_label(g))
            starts = [g["claim_start"] for g in group if g["claim_start"]]
            ends = [g["claim_end"] for g in group if g["claim_end"]]
            events.append({
                "id": event_id, "subtype": subtype, "actor_code": actor,
                "recipient_code": recipient, "what": what, "negated": negated,
                "first_date": min(starts) if starts else None,
                "last_date": max(ends) if ends else None, "n_claims": len(group),
                "n_documents": len({g["doc_id"] for g in group}),
                "n_reports": len({g["cluster"] for g in group}),
                "n_sources": len(labels), "sources": json.dumps(sorted(labels.values())),
                "label": ("not: " if negated else "") + _label(subtype, actor, recipient,
                                                               what)})
            links += [{"event_id": event_id, "doc_id": g["doc_id"], "claim_id": g["id"],
                       "source_key": g["source_key"], "copy_cluster": g["cluster"]}
                      for g in group]
    _insert(db, "events", events)
    _insert(db, "event_claims", links)


def _same_thing(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["item_norm"] and a["item_norm"] == b["item_norm"]:
        return True
    if a["measure"] and a["measure"] == b["measure"]:
        return True
    return not (a["item_norm"] or a["measure"] or b["item_norm"] or b["measure"])


def _group_same_event(members: list[dict[str, Any]], window: int) -> list[list[dict]]:
    """Group claims about the same thing at overlapping times. Each group is anchored
    on its earliest claim, and a claim joins a group only if it overlaps that anchor,
    so a steady stream of reports does not chain into one months-long event."""
    spans = [_span(m, window) for m in members]
    order = sorted(range(len(members)),
                   key=lambda i: (spans[i] is not None, spans[i] and spans[i][0]))
    groups: list[tuple[int, list[int]]] = []  # (anchor index, member indices)
    for i in order:
        for anchor, idx in reversed(groups[-MAX_NEIGHBOURS:]):
            a, b = spans[anchor], spans[i]
            overlaps = (a is None and b is None) or (
                a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1])
            if overlaps and any(_same_thing(members[k], members[i]) for k in idx):
                idx.append(i)
                break
        else:
            groups.append((i, [i]))
    return [[members[k] for k in idx] for _, idx in groups]


# subtypes whose figures count what the target lost ("4,000 North Korean soldiers were
# killed"): with no actor named, the series belongs to the target
VICTIM_SUBTYPES = {"casualties", "equipment_loss", "capture"}


# figures of people at a place ("fewer than 1,300 residents remain"): no actor does
# anything, so the place is what the figure is about; one that names no place is compared
# only with figures of its own document
PLACE_FIGURES = {"population"}


def _series_key(r: dict[str, Any]) -> str:
    subject = r["actor_code"]
    if subject is None and r["subtype"] in VICTIM_SUBTYPES:
        subject = r["target_code"]
    if r["subtype"] in PLACE_FIGURES:
        subject = r["place_name"] or f"document {r['doc_id']}"
    return f"{r['subtype']}|{subject or '-'}|{r['recipient_code'] or '-'}|{r['measure']}"


def _fold_unknown_recipients(by_key: dict[str, list[dict[str, Any]]]) -> None:
    """A figure whose claim names no recipient ("11,000 North Korean troops remain
    deployed") or no subject ("the total could reach 12,000 soldiers") joins the series
    of the same measure when exactly one series with a known subject fits what it does
    name ("PRK troops deployed to RUS"); with several candidates it stays on its own.
    Keys naming more are folded first, so their series are settled before vaguer ones."""
    for key in sorted(by_key, key=lambda k: (k.split("|")[1:3].count("-"), k)):
        if key not in by_key:
            continue
        subtype, subject, recipient, measure = key.split("|", 3)
        if "-" not in (subject, recipient) or subtype in PLACE_FIGURES:
            continue
        known = [k for k in by_key if k != key and _narrows(k, subtype, subject, recipient,
                                                           measure)]
        if len(known) == 1:
            by_key[known[0]].extend(by_key.pop(key))


def _narrows(key: str, subtype: str, subject: str, recipient: str, measure: str) -> bool:
    s, subj, rec, m = key.split("|", 3)
    return (s == subtype and m == measure and subj != "-" and subject in ("-", subj)
            and recipient in ("-", rec))


def _build_series(db: Any, rows: list[dict[str, Any]], options: AnalysisOptions) -> None:
    by_key: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        if r["quantity_id"] is None or r["measure"] is None or r["negated"]:
            continue
        if r["q_value"] is None and r["q_low"] is None and r["q_high"] is None:
            continue
        by_key.setdefault(_series_key(r), []).append(r)
    _fold_unknown_recipients(by_key)
    series, points, conflicts = [], [], []
    for key, members in sorted(by_key.items()):
        members = _dedupe_copies(members)
        members.sort(key=lambda m: (m["claim_end"] or "", m["published"] or "",
                                    m["doc_id"], m["id"]))
        pts = []
        for seq, m in enumerate(members):
            low, high = interval(m["q_value"], m["q_low"], m["q_high"], m["q_qualifier"],
                                 approx_margin=options.approx_margin)
            pts.append({"key": key, "seq": seq, "doc_id": m["doc_id"], "claim_id": m["id"],
                        "value": m["q_value"], "low": low,
                        "high": None if math.isinf(high) else high,
                        "qualifier": m["q_qualifier"], "source": source_label(m),
                        "source_key": m["source_key"], "claim_start": m["claim_start"],
                        "claim_end": m["claim_end"], "published": m["published"],
                        "certainty": m["certainty"], "evidence": m["evidence"]})
        found = _find_conflicts(key, members, pts, options, start_id=len(conflicts) + 1)
        conflicts += found
        first = members[0]
        where = key.split("|")[1]  # (for a figure of people, the place)
        subject = None if where == "-" or first["subtype"] in PLACE_FIGURES else where
        recipient = key.split("|")[2]
        recipient = None if recipient == "-" else recipient
        dates = [p["claim_end"] for p in pts if p["claim_end"]]
        series.append({
            "key": key, "subtype": first["subtype"], "actor_code": subject,
            "recipient_code": recipient, "measure": first["measure"],
            "label": _label(first["subtype"], subject or (where if where != "-" else None),
                            recipient, first["measure"]),
            "n_points": len(pts), "n_sources": len({p["source_key"] for p in pts}),
            "first_date": min(dates) if dates else None,
            "last_date": max(dates) if dates else None,
            "n_contradictions": sum(c["kind"] == "contradiction" for c in found),
            "n_revisions": sum(c["kind"] == "revision" for c in found)})
        points += pts
    _insert(db, "series", series)
    _insert(db, "series_points", points)
    _insert(db, "conflicts", conflicts)


def _dedupe_copies(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One point per (copy cluster, source, figure): republished wire copy counts once."""
    seen: set[tuple] = set()
    out = []
    for m in sorted(members, key=lambda m: (m["published"] or "", m["doc_id"], m["id"])):
        sig = (m["cluster"], m["source_key"], m["q_value"], m["q_qualifier"],
               m["claim_start"] if m["time_id"] else None)
        if sig not in seen:
            seen.add(sig)
            out.append(m)
    return out


def _find_conflicts(key: str, members: list[dict[str, Any]], pts: list[dict[str, Any]],
                    options: AnalysisOptions, *, start_id: int) -> list[dict[str, Any]]:
    spans = [_span(m, options.point_window_days) for m in members]
    ivs = [(p["low"], math.inf if p["high"] is None else p["high"]) for p in pts]
    # at most one conflict per (point, other source): the nearest incompatible figure
    best: dict[tuple[int, str], tuple[int, int]] = {}
    for i, j in _overlapping_pairs(spans):
        if compatible(ivs[i], ivs[j], options.tolerance):
            continue
        if "possible" in (members[i]["certainty"], members[j]["certainty"]):
            continue  # a forecast ("could reach 12,000") contradicts no count
        if _earlier_stage(spans[i], spans[j]):
            continue
        gap = abs(_mid(spans[i]) - _mid(spans[j]))
        for me, other in ((i, j), (j, i)):
            slot = (me, pts[other]["source_key"])
            if slot not in best or gap < best[slot][0]:
                best[slot] = (gap, other)
    pairs = sorted({(min(me, o), max(me, o)) for (me, _), (_, o) in best.items()})
    out: list[dict[str, Any]] = []
    for i, j in pairs:
        a, b = pts[i], pts[j]
        if (a["published"] or "") > (b["published"] or ""):
            a, b = b, a
        kind = "revision" if a["source_key"] == b["source_key"] else "contradiction"
        row = {"id": start_id + len(out), "key": key, "kind": kind}
        for side, p in (("a", a), ("b", b)):
            row.update({f"{side}_doc": p["doc_id"], f"{side}_claim": p["claim_id"],
                        f"{side}_source": p["source"], f"{side}_value": p["value"],
                        f"{side}_low": p["low"], f"{side}_high": p["high"],
                        f"{side}_date": p["claim_end"],
                        f"{side}_published": p["published"]})
        out.append(row)
    return out


def _insert(db: Any, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    db.many(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
            f"({', '.join('?' for _ in cols)})", [[r[c] for c in cols] for r in rows])
