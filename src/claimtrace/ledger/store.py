"""The ledger: extracted documents stored in SQL, one transaction per document.

    >>> from claimtrace.ledger import Ledger
    >>> with Ledger.open("claimtrace.db") as ledger:
    ...     ledger.add(doc)                      # AddResult(status="added", ...)
    ...     ledger.series()                      # quantity series with counts

Derived tables (copy clusters, events, series, conflicts) are rebuilt by `refresh()`,
which the query methods call when documents were added since the last rebuild.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import asdict, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable

from ..errors import ClaimtraceError
from ..model import Document
from . import analysis, geo
from .backends import PostgresBackend, SQLiteBackend, connect
from .records import (AddResult, ClaimRecord, Conflict, DocumentInfo, Event, SeriesInfo,
                      SeriesPoint, Stats)
from .schema import MIGRATIONS, SCHEMA_VERSION, VERSION_TABLE

log = logging.getLogger(__name__)

DEFAULT_PATH = "claimtrace.db"
MEMO_PREFIX = "memo:"
_DOC_INFO_COLS = ", ".join(f.name for f in fields(DocumentInfo))
# `Ledger.claims(order_by=...)`: name -> ORDER BY terms ({d} direction, {nulls} where
# empty values go: they sort lowest in both dialects, as SQLite does by default, so the
# date order can walk the `claims_end` index).
CLAIM_ORDERS: dict[str, tuple[str, ...]] = {
    "date": ("c.claim_end {d} NULLS {nulls}", "c.published {d} NULLS {nulls}"),
    "published": ("c.published {d} NULLS {nulls}",),
    "subtype": ("c.subtype {d} NULLS {nulls}",),
    "actor": ("LOWER(c.actor_name) {d} NULLS {nulls}",),
    "source": ("LOWER(COALESCE(c.source_name, c.outlet)) {d} NULLS {nulls}",),
    "certainty": ("c.certainty {d}",),
    "value": ("c.q_value {d} NULLS {nulls}",),
}


class Ledger:
    """A store of extracted documents and what can be derived across them."""

    def __init__(self, backend: SQLiteBackend | PostgresBackend, *,
                 options: analysis.AnalysisOptions | None = None) -> None:
        self.db = backend
        self.options = options or analysis.AnalysisOptions()
        self._migrate()

    # --- opening ------------------------------------------------------------------
    @classmethod
    def open(cls, url_or_path: str | Path = DEFAULT_PATH, *,
             options: analysis.AnalysisOptions | None = None) -> Ledger:
        """Open (creating and migrating as needed) a file path or `postgresql://` URL."""
        return cls(connect(url_or_path), options=options)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def _migrate(self) -> None:
        self.db.run(VERSION_TABLE)
        found = self.db.rows("SELECT MAX(version) AS v FROM schema_version")[0]["v"] or 0
        if found > SCHEMA_VERSION:
            raise ClaimtraceError("E203", db=self.db.name, found=found,
                                  supported=SCHEMA_VERSION)
        for version in range(found + 1, SCHEMA_VERSION + 1):
            portable, sqlite_only = MIGRATIONS[version]
            statements = portable + (sqlite_only if self.dialect == "sqlite" else [])
            self.db.begin()
            try:
                if self.schema_version() >= version:  # another process migrated first
                    self.db.rollback()
                    continue
                for sql in statements:
                    self.db.run(sql)
                if version in BACKFILLS:
                    BACKFILLS[version](self.db)
                self.db.run("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                            (version, _now()))
                self.db.commit()
            except Exception:
                self.db.rollback()
                raise
            log.info("ledger %s migrated to schema %d", self.db.name, version)

    def schema_version(self) -> int:
        return self.db.rows("SELECT MAX(version) AS v FROM schema_version")[0]["v"] or 0

    # --- writing ------------------------------------------------------------------
    def add(self, doc: Document) -> AddResult:
        """Store one document in one transaction (all of it or nothing).

        The same cleaned text twice adds nothing (`unchanged`; a new URL for it is
        remembered in `document_urls`); the same URL or path with a changed text is a
        `new_version` (older versions stay, `latest` marks the newest)."""
        d = doc.to_dict()
        meta = d["document"]
        doc_id = meta["id"]
        lineage = meta.get("url") or meta.get("path") or doc_id
        self.db.begin()
        try:
            result = self._add_in_tx(d, doc_id, lineage)
            self.db.commit()
        except Exception:
            self.db.rollback()
            raise
        return result

    def add_many(self, docs: Iterable[Document]) -> list[AddResult]:
        """Add documents one transaction each, then rebuild the derived tables once."""
        results = [self.add(doc) for doc in docs]
        self.refresh()
        return results

    def _add_in_tx(self, d: dict[str, Any], doc_id: str, lineage: str) -> AddResult:
        meta = d["document"]
        existing = self.db.rows("SELECT version FROM documents WHERE id = ?", (doc_id,))
        if existing:
            if meta.get("url"):
                self.db.run("INSERT INTO document_urls (doc_id, url, outlet, published, "
                            "seen_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                            (doc_id, meta["url"], meta.get("outlet"), meta.get("published"),
                             _now()))
            return AddResult("unchanged", doc_id, existing[0]["version"])
        prev = self.db.rows("SELECT MAX(version) AS v FROM documents WHERE lineage = ?",
                            (lineage,))[0]["v"]
        version = (prev or 0) + 1
        if prev:
            self.db.run("UPDATE documents SET latest = 0 WHERE lineage = ?", (lineage,))
        tables = flatten(d)
        tables["documents"][0].update(lineage=lineage, version=version, latest=1,
                                      minhash=json.dumps(analysis.minhash(d["text"])))
        for table, rows in tables.items():
            _insert_rows(self.db, table, rows)
        if self.dialect == "sqlite":
            self.db.run("INSERT INTO documents_fts (doc_id, title, text) VALUES (?, ?, ?)",
                        (doc_id, meta.get("title"), d["text"]))
            self.db.many("INSERT INTO claims_fts (doc_id, claim_id, evidence, item, "
                         "source_name) VALUES (?, ?, ?, ?, ?)",
                         [(doc_id, c["id"], c["evidence"], c["item"], c["source_name"])
                          for c in tables["claims"]])
        self._set_state("stale", "1")
        return AddResult("new_version" if prev else "added", doc_id, version)

    def _set_state(self, name: str, value: str) -> None:
        self.db.run("INSERT INTO ledger_state (name, value) VALUES (?, ?) "
                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value", (name, value))

    def _state(self, name: str) -> str | None:
        rows = self.db.rows("SELECT value FROM ledger_state WHERE name = ?", (name,))
        return rows[0]["value"] if rows else None

    def refresh(self, *, force: bool = False) -> bool:
        """Rebuild copy clusters, events, series and conflicts if documents changed.
        Returns True when a rebuild ran."""
        if not force and self._state("stale") == "0":
            return False
        self.db.begin()
        try:
            analysis.rebuild(self.db, self.options)
            self.db.run("DELETE FROM ledger_state WHERE name LIKE ?", (MEMO_PREFIX + "%",))
            self._set_state("stale", "0")
            self.db.commit()
        except Exception:
            self.db.rollback()
            raise
        return True

    def memo(self, name: str, compute: Callable[[], Any]) -> Any:
        """A JSON-able aggregate computed once per ledger content: kept in `ledger_state`
        and dropped whenever documents change, so reads never recompute it."""
        self.refresh()
        cached = self._state(MEMO_PREFIX + name)
        if cached is not None:
            return json.loads(cached)
        value = compute()
        self._set_state(MEMO_PREFIX + name, json.dumps(value))
        return value

    # --- reading documents ------------------------------------------------------------
    def document(self, doc_id: str) -> Document:
        """The stored document (any version) as a `Document`; E202 if unknown."""
        rows = self.db.rows("SELECT json FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            raise ClaimtraceError("E202", doc_id=doc_id, db=self.db.name)
        return Document.from_dict(json.loads(rows[0]["json"]))

    def documents(self, *, all_versions: bool = False, limit: int | None = None,
                  offset: int = 0, newest_first: bool = False) -> list[DocumentInfo]:
        """Stored documents (latest versions unless `all_versions`), oldest first."""
        d = " DESC" if newest_first else ""
        sql = (f"SELECT {_DOC_INFO_COLS} FROM documents"
               + ("" if all_versions else " WHERE latest = 1")
               + f" ORDER BY published{d}, ingested_at{d}, id{d}")
        return [DocumentInfo.from_row(r) for r in self.db.rows(*_page(sql, [], limit, offset))]

    def count_documents(self, *, all_versions: bool = False) -> int:
        sql = "SELECT COUNT(*) AS n FROM documents" + ("" if all_versions
                                                         else " WHERE latest = 1")
        return self.db.rows(sql)[0]["n"]

    def document_info(self, doc_id: str) -> DocumentInfo:
        """The listing row of one stored document (any version); E202 if unknown."""
        rows = self.db.rows(f"SELECT {_DOC_INFO_COLS} FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            raise ClaimtraceError("E202", doc_id=doc_id, db=self.db.name)
        return DocumentInfo.from_row(rows[0])

    def document_dicts(self, *, all_versions: bool = False) -> Iterable[dict[str, Any]]:
        """Contract dicts of the stored documents (for exports), oldest first."""
        sql = ("SELECT json FROM documents" + ("" if all_versions else " WHERE latest = 1")
               + " ORDER BY published, ingested_at, id")
        for row in self.db.rows(sql):
            yield json.loads(row["json"])

    # --- querying claims -----------------------------------------------------------------
    def claims(self, *, actor: str | None = None, actor_exact: bool = False,
               subtype: str | None = None,
               place: str | None = None, since: str | None = None, until: str | None = None,
               source: str | None = None, certainty: str | None = None,
               text: str | None = None, doc_id: str | None = None,
               all_versions: bool = False, order_by: str = "date", desc: bool = True,
               limit: int | None = 100, offset: int = 0) -> list[ClaimRecord]:
        """Claims filtered by actor (code or name, any role), subtype, place (name,
        country code or admin1), date bounds (ISO dates), source, certainty and words
        in the evidence; sorted by `order_by` (one of `CLAIM_ORDERS`, newest date first
        by default; empty values sort lowest), one page of `limit` from `offset`."""
        if order_by not in CLAIM_ORDERS:
            raise ClaimtraceError("E206", column=order_by, known=", ".join(CLAIM_ORDERS))
        where, params = self._claim_where(
            actor=actor, actor_exact=actor_exact, subtype=subtype, place=place, since=since, until=until,
            source=source, certainty=certainty, text=text, doc_id=doc_id,
            all_versions=all_versions)
        direction = "DESC" if desc else "ASC"
        keys = [k.format(d=direction, nulls="LAST" if desc else "FIRST")
                for k in CLAIM_ORDERS[order_by]]
        tie = ["c.claim_end DESC", "c.published DESC", "c.doc_id", "c.evidence_start", "c.id"]
        if order_by == "date":
            tie = tie[2:]
        sql = f"SELECT c.* FROM claims c WHERE {where} ORDER BY {', '.join(keys + tie)}"
        return [ClaimRecord.from_row(r) for r in self.db.rows(*_page(sql, params, limit,
                                                                        offset))]

    def count_claims(self, *, actor: str | None = None, actor_exact: bool = False,
                     subtype: str | None = None,
                     place: str | None = None, since: str | None = None,
                     until: str | None = None, source: str | None = None,
                     certainty: str | None = None, text: str | None = None,
                     doc_id: str | None = None, all_versions: bool = False) -> int:
        """How many claims `claims()` would return with the same filters and no limit."""
        where, params = self._claim_where(
            actor=actor, actor_exact=actor_exact, subtype=subtype, place=place, since=since, until=until,
            source=source, certainty=certainty, text=text, doc_id=doc_id,
            all_versions=all_versions)
        return self.db.rows(f"SELECT COUNT(*) AS n FROM claims c WHERE {where}",
                            params)[0]["n"]

    def _claim_where(self, *, actor: str | None, subtype: str | None, place: str | None,
                     actor_exact: bool = False,
                     since: str | None, until: str | None, source: str | None,
                     certainty: str | None, text: str | None, doc_id: str | None,
                     all_versions: bool) -> tuple[str, list[Any]]:
        """The WHERE clause (alias `c` for claims) and its parameters."""
        where, params = ["1 = 1"], []
        if not all_versions and self._has_old_versions():
            # the superseded versions are few: excluding them keeps the claim indexes usable
            where.append("c.doc_id NOT IN (SELECT id FROM documents WHERE latest = 0)")
        if actor and actor_exact:
            # a code or a whole name (the web's actor pages): indexed equality only; the
            # same holds for `source` when `actor_exact` is set
            roles = ("actor", "recipient", "target")
            where.append("(" + " OR ".join([f"c.{r}_code = ?" for r in roles]
                                           + [f"LOWER(c.{r}_name) = ?" for r in roles]) + ")")
            params += [actor.upper()] * 3 + [actor.lower()] * 3
        elif actor:
            where.append("(UPPER(c.actor_code) = ? OR UPPER(c.recipient_code) = ? OR "
                         "UPPER(c.target_code) = ? OR "
                         + " OR ".join(f"LOWER(c.{n}) LIKE ?" for n in
                                       ("actor_name", "recipient_name", "target_name"))
                         + ")")
            params += [actor.upper()] * 3 + [f"%{actor.lower()}%"] * 3
        if subtype:
            where.append("c.subtype = ?")
            params.append(subtype)
        if place:
            where.append("(LOWER(c.place_name) LIKE ? OR UPPER(c.place_country) = ? OR "
                         "LOWER(c.place_admin1) LIKE ?)")
            params += [f"%{place.lower()}%", place.upper(), f"%{place.lower()}%"]
        if since:
            where.append("c.claim_end >= ?")
            params.append(since)
        if until:
            where.append("c.claim_start <= ?")
            params.append(until)
        if source and actor_exact:
            # with an exact actor lookup, a source is matched the same way
            where.append("(c.source_code = ? OR LOWER(c.source_name) = ?)")
            params += [source.upper(), source.lower()]
        elif source:
            where.append("(LOWER(c.source_name) LIKE ? OR (c.source_kind = 'author' "
                         "AND LOWER(c.outlet) LIKE ?))")
            params += [f"%{source.lower()}%"] * 2
        if certainty:
            where.append("c.certainty = ?")
            params.append(certainty)
        if doc_id:
            where.append("c.doc_id = ?")
            params.append(doc_id)
        if text:
            if self.dialect == "sqlite":
                # one FTS lookup for the whole query, not one per claim row
                where.append("(c.doc_id, c.id) IN (SELECT doc_id, claim_id FROM claims_fts "
                             "WHERE claims_fts MATCH ?)")
                params.append(_fts_query(text))
            else:
                # every word, as FTS5 does on SQLite
                for word in _words(text):
                    where.append("LOWER(c.evidence) LIKE ?")
                    params.append(f"%{word}%")
        return " AND ".join(where), params

    def _has_old_versions(self) -> bool:
        return bool(self.db.rows("SELECT 1 AS x FROM documents WHERE latest = 0 LIMIT 1"))

    def search_documents(self, text: str, *, limit: int = 20) -> list[DocumentInfo]:
        """Latest documents whose title or text matches the words (FTS5 on SQLite)."""
        if self.dialect == "sqlite":
            sql = ("SELECT d.* FROM documents d JOIN documents_fts f ON f.doc_id = d.id "
                   "WHERE documents_fts MATCH ? AND d.latest = 1 ORDER BY f.rank LIMIT ?")
            params: list[Any] = [_fts_query(text), limit]
        else:
            words = _words(text)
            sql = ("SELECT * FROM documents WHERE latest = 1"
                   + " AND LOWER(text) LIKE ?" * len(words) + " ORDER BY published LIMIT ?")
            params = [f"%{w}%" for w in words] + [limit]
        return [DocumentInfo.from_row(r) for r in self.db.rows(sql, params)]

    # --- derived tables -----------------------------------------------------------------
    def events(self, *, min_sources: int = 1, subtype: str | None = None,
               limit: int | None = None) -> list[Event]:
        """Canonical events, most independent sources first."""
        self.refresh()
        sql, params = "SELECT * FROM events WHERE n_sources >= ?", [min_sources]
        if subtype:
            sql += " AND subtype = ?"
            params.append(subtype)
        sql += " ORDER BY n_sources DESC, n_claims DESC, first_date, id"
        out = []
        for r in self.db.rows(*_page(sql, params, limit, 0)):
            r["sources"] = json.loads(r["sources"])
            out.append(Event.from_row(r))
        return out

    def event_claims(self, event_id: str) -> list[ClaimRecord]:
        self.refresh()
        sql = ("SELECT c.* FROM event_claims e JOIN claims c ON c.doc_id = e.doc_id AND "
               "c.id = e.claim_id WHERE e.event_id = ? ORDER BY c.published, c.doc_id, c.id")
        return [ClaimRecord.from_row(r) for r in self.db.rows(sql, (event_id,))]

    def copy_clusters(self) -> dict[str, list[str]]:
        """cluster id -> doc ids of near-duplicate texts (only clusters of 2 or more)."""
        self.refresh()
        out: dict[str, list[str]] = {}
        for r in self.db.rows("SELECT cluster_id, doc_id FROM copy_clusters WHERE size > 1 "
                              "ORDER BY cluster_id, doc_id"):
            out.setdefault(r["cluster_id"], []).append(r["doc_id"])
        return out

    def series(self) -> list[SeriesInfo]:
        """Quantity series with their point counts, most points first."""
        self.refresh()
        return [SeriesInfo.from_row(r) for r in
                self.db.rows("SELECT * FROM series ORDER BY n_points DESC, key")]

    def series_points(self, key: str) -> list[SeriesPoint]:
        """The points of one series in time order (claim time, then publication)."""
        self.refresh()
        return [SeriesPoint.from_row(r) for r in
                self.db.rows("SELECT * FROM series_points WHERE key = ? ORDER BY seq", (key,))]

    def conflicts(self, *, kind: str | None = "contradiction", key: str | None = None,
                  limit: int | None = None, offset: int = 0) -> list[Conflict]:
        """Contradictions (default), revisions (`kind="revision"`) or both (None), by
        series key; `limit`/`offset` page through them."""
        self.refresh()
        sql, params = "SELECT * FROM conflicts WHERE 1 = 1", []
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        if key:
            sql += " AND key = ?"
            params.append(key)
        return [Conflict.from_row(r) for r in self.db.rows(*_page(sql + " ORDER BY key, id",
                                                                  params, limit, offset))]

    def stats(self) -> Stats:
        """Counts for a summary (computed once per ledger content, see `memo`)."""
        return Stats(**self.memo("stats", lambda: asdict(self._compute_stats())))

    def _compute_stats(self) -> Stats:
        one = lambda sql: self.db.rows(sql)[0]["n"] or 0  # noqa: E731
        latest = "doc_id IN (SELECT id FROM documents WHERE latest = 1)"
        s = Stats(
            documents=one("SELECT COUNT(*) AS n FROM documents WHERE latest = 1"),
            versions=one("SELECT COUNT(*) AS n FROM documents"),
            claims=one(f"SELECT COUNT(*) AS n FROM claims WHERE {latest}"),
            actors=one("SELECT COUNT(DISTINCT COALESCE(code, name)) AS n FROM actors "
                       f"WHERE {latest}"),
            places=one("SELECT COUNT(DISTINCT COALESCE(CAST(geonames_id AS TEXT), name)) AS n"
                       f" FROM places WHERE {latest}"),
            events=one("SELECT COUNT(*) AS n FROM events"),
            corroborated_events=one("SELECT COUNT(*) AS n FROM events WHERE n_sources > 1"),
            copy_clusters=one("SELECT COUNT(DISTINCT cluster_id) AS n FROM copy_clusters "
                              "WHERE size > 1"),
            series=one("SELECT COUNT(*) AS n FROM series"),
            contradictions=one("SELECT COUNT(*) AS n FROM conflicts "
                               "WHERE kind = 'contradiction'"),
            revisions=one("SELECT COUNT(*) AS n FROM conflicts WHERE kind = 'revision'"))
        for attr, col in (("by_subtype", "subtype"), ("by_source_kind", "source_kind"),
                          ("by_certainty", "certainty")):
            rows = self.db.rows(f"SELECT COALESCE({col}, '-') AS k, COUNT(*) AS n FROM claims "
                                f"WHERE {latest} GROUP BY COALESCE({col}, '-') ORDER BY n DESC")
            setattr(s, attr, {r["k"]: r["n"] for r in rows})
        span = self.db.rows("SELECT MIN(published) AS a, MAX(published) AS b FROM documents "
                            "WHERE latest = 1")[0]
        s.first_published, s.last_published = span["a"], span["b"]
        return s


# --- flattening a contract dict into table rows ------------------------------------------
def flatten(d: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Rows for each per-document table from one `claimtrace.document/1` dict."""
    meta, doc_id = d["document"], d["document"]["id"]
    actors = {a["id"]: a for a in d["actors"]}
    places = {p["id"]: p for p in d["places"]}
    times = {t["id"]: t for t in d["times"]}
    quantities = {q["id"]: q for q in d["quantities"]}
    areas = geo.containing_areas(d["places"])
    document = {
        "id": doc_id, "url": meta.get("url"), "title": meta.get("title"),
        "outlet": meta.get("outlet"), "published": meta.get("published"),
        "language": meta.get("language"), "path": meta.get("path"), "text": d["text"],
        "content_hash": hashlib.sha256(d["text"].encode("utf-8")).hexdigest(),
        "ingested_at": _now(), "n_claims": len(d["claims"]), "n_actors": len(d["actors"]),
        "n_places": len(d["places"]), "n_times": len(d["times"]),
        "n_quantities": len(d["quantities"]), "json": json.dumps(d, ensure_ascii=False)}
    urls = ([{"doc_id": doc_id, "url": meta["url"], "outlet": meta.get("outlet"),
              "published": meta.get("published"), "seen_at": document["ingested_at"]}]
            if meta.get("url") else [])
    return {
        "documents": [document],
        "document_urls": urls,
        "repairs": [{"doc_id": doc_id, "idx": i, **r} for i, r in enumerate(d["repairs"])],
        "actors": [{"doc_id": doc_id, "id": a["id"], "name": a["name"], "kind": a["kind"],
                    "code": a.get("code"), "country": a.get("country"), "role": a.get("role"),
                    "n_mentions": len(a["mentions"])} for a in d["actors"]],
        "places": [_place_row(p, doc_id, areas) for p in d["places"]],
        "times": [{"doc_id": doc_id, "start_char": t["start"], "end_char": t["end"],
                   **{k: t.get(k) for k in ("id", "text", "value", "earliest", "latest",
                                            "granularity", "mod")}} for t in d["times"]],
        "quantities": [{"doc_id": doc_id, "start_char": q["start"], "end_char": q["end"],
                        **{k: q.get(k) for k in ("id", "text", "value", "low", "high",
                                                 "qualifier", "unit", "counted")}}
                       for q in d["quantities"]],
        "claims": [_claim_row(c, doc_id, meta, actors, places, times, quantities, areas)
                   for c in d["claims"]],
    }


def _place_row(p: dict[str, Any], doc_id: str, areas: dict[str, dict]) -> dict[str, Any]:
    area = areas.get(p["id"])
    return {"doc_id": doc_id, **{k: p.get(k) for k in (
            "id", "name", "feature", "geonames_id", "country", "admin1", "lat", "lon")},
            "n_mentions": len(p["mentions"]),
            "located_by": p.get("located_by") or geo.GAZETTEER,
            "area_name": area and area["name"], "area_feature": area and area.get("feature")}


def _claim_row(c: dict[str, Any], doc_id: str, meta: dict[str, Any], actors: dict,
               places: dict, times: dict, quantities: dict,
               areas: dict[str, dict]) -> dict[str, Any]:
    row: dict[str, Any] = {"doc_id": doc_id, "id": c["id"], "kind": c["kind"],
                           "type": c.get("type"), "mode": c.get("mode"),
                           "subtype": c.get("subtype"), "item": c.get("item"),
                           "item_norm": analysis.normalize_item(c.get("item")),
                           "negated": int(bool(c.get("negated"))), "cue": c.get("cue"),
                           "certainty": c.get("certainty") or "asserted",
                           "published": meta.get("published"), "outlet": meta.get("outlet"),
                           "url": meta.get("url")}
    for role in ("actor", "recipient", "target"):
        a = actors.get(c.get(role)) if c.get(role) else None
        row[f"{role}_id"] = c.get(role)
        row[f"{role}_name"] = a["name"] if a else None
        row[f"{role}_code"] = (a.get("code") or a.get("country")) if a else None
    p = places.get(c.get("place")) if c.get("place") else None
    row.update(place_id=c.get("place"), place_name=p and p["name"],
               place_feature=p and p.get("feature"),
               place_country=p and p.get("country"), place_admin1=p and p.get("admin1"),
               lat=p and p.get("lat"), lon=p and p.get("lon"))
    area = areas.get(p["id"]) if p else None
    row.update(place_located_by=p and (p.get("located_by") or geo.GAZETTEER),
               place_area_name=area and area["name"],
               place_area_feature=area and area.get("feature"))
    t = times.get(c.get("time")) if c.get("time") else None
    row.update(time_id=c.get("time"), time_value=t and t.get("value"),
               time_earliest=t and t.get("earliest"), time_latest=t and t.get("latest"),
               time_granularity=t and t.get("granularity"))
    row["claim_start"] = (t and t.get("earliest")) or meta.get("published")
    row["claim_end"] = (t and t.get("latest")) or (t and t.get("earliest")) or meta.get(
        "published")
    q = quantities.get(c.get("quantity")) if c.get("quantity") else None
    row.update(quantity_id=c.get("quantity"), q_text=q and q["text"],
               q_value=q and q.get("value"), q_low=q and q.get("low"),
               q_high=q and q.get("high"), q_qualifier=q and q.get("qualifier"),
               q_unit=q and q.get("unit"), q_counted=q and q.get("counted"))
    s = c.get("source") or {}
    sa = actors.get(s.get("actor")) if s.get("actor") else None
    ev = c.get("evidence") or {}
    row.update(source_actor=s.get("actor"), source_name=s.get("name"),
               source_kind=s.get("kind") or "author",
               source_code=(sa.get("code") or sa.get("country")) if sa else None,
               evidence_start=ev.get("start"), evidence_end=ev.get("end"),
               evidence=ev.get("text"))
    return row


def _backfill_located_by(db: Any) -> None:
    """Schema 4: re-read `located_by` and the containing area of the places of documents
    stored before the columns existed, from each document's own JSON (nothing else
    changes; documents with no approximate place keep the columns' defaults)."""
    docs = db.rows("SELECT id, json FROM documents WHERE json LIKE ?",
                   (f"%{geo.CONTAINING_AREA}%",))
    for row in docs:
        d = json.loads(row["json"])
        tables = flatten(d)
        for p in tables["places"]:
            db.run("UPDATE places SET located_by = ?, area_name = ?, area_feature = ? "
                   "WHERE doc_id = ? AND id = ?",
                   (p["located_by"], p["area_name"], p["area_feature"], row["id"], p["id"]))
        for c in tables["claims"]:
            db.run("UPDATE claims SET place_located_by = ?, place_area_name = ?, "
                   "place_area_feature = ? WHERE doc_id = ? AND id = ?",
                   (c["place_located_by"], c["place_area_name"], c["place_area_feature"],
                    row["id"], c["id"]))


#: Python steps of a migration (version -> step), run after its SQL in one transaction
BACKFILLS: dict[int, Callable[[Any], None]] = {4: _backfill_located_by}


def _insert_rows(db: Any, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    sql = (f"INSERT INTO {table} ({', '.join(cols)}) "
           f"VALUES ({', '.join('?' for _ in cols)})")
    db.many(sql, [[r[c] for c in cols] for r in rows])


def _page(sql: str, params: list[Any], limit: int | None,
          offset: int) -> tuple[str, list[Any]]:
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    return sql, params


def _words(text: str) -> list[str]:
    """Lower-cased words of a search (PostgreSQL matches each, like FTS5 on SQLite)."""
    return [w for w in re.findall(r"\w+", text.lower())] or [text.lower()]


def _fts_query(text: str) -> str:
    """User words as an FTS5 query: each word quoted, all required."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"' for w in words) or '""'


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
