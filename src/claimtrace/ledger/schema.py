"""The ledger's tables, as forward migrations numbered from 1.

The DDL sticks to SQL that SQLite and PostgreSQL both accept (TEXT, INTEGER,
DOUBLE PRECISION, composite keys, `ON CONFLICT DO NOTHING`); only full-text search is
SQLite-specific (FTS5) and lives in `SQLITE_ONLY`. A migration is a list of statements;
`schema_version` records which ones have run.
"""
from __future__ import annotations

SCHEMA_VERSION = 4

_V1 = [
    """CREATE TABLE IF NOT EXISTS documents (
        id TEXT PRIMARY KEY,
        lineage TEXT NOT NULL,
        version INTEGER NOT NULL,
        latest INTEGER NOT NULL DEFAULT 1,
        url TEXT, title TEXT, outlet TEXT, published TEXT, language TEXT, path TEXT,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        n_claims INTEGER NOT NULL,
        n_actors INTEGER NOT NULL,
        n_places INTEGER NOT NULL,
        n_times INTEGER NOT NULL,
        n_quantities INTEGER NOT NULL,
        minhash TEXT,
        json TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS documents_lineage ON documents(lineage, version)",
    "CREATE INDEX IF NOT EXISTS documents_published ON documents(published)",
    """CREATE TABLE IF NOT EXISTS document_urls (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        url TEXT NOT NULL, outlet TEXT, published TEXT, seen_at TEXT NOT NULL,
        PRIMARY KEY (doc_id, url))""",
    """CREATE TABLE IF NOT EXISTS repairs (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, kind TEXT NOT NULL, original_start INTEGER,
        original_end INTEGER, original_text TEXT, note TEXT,
        PRIMARY KEY (doc_id, idx))""",
    """CREATE TABLE IF NOT EXISTS actors (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, code TEXT,
        country TEXT, role TEXT, n_mentions INTEGER NOT NULL,
        PRIMARY KEY (doc_id, id))""",
    """CREATE TABLE IF NOT EXISTS places (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL, name TEXT NOT NULL, feature TEXT NOT NULL, geonames_id INTEGER,
        country TEXT, admin1 TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
        n_mentions INTEGER NOT NULL,
        PRIMARY KEY (doc_id, id))""",
    """CREATE TABLE IF NOT EXISTS times (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL, text TEXT NOT NULL, start_char INTEGER, end_char INTEGER,
        value TEXT, earliest TEXT, latest TEXT, granularity TEXT, mod TEXT,
        PRIMARY KEY (doc_id, id))""",
    """CREATE TABLE IF NOT EXISTS quantities (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL, text TEXT NOT NULL, start_char INTEGER, end_char INTEGER,
        value DOUBLE PRECISION, low DOUBLE PRECISION, high DOUBLE PRECISION,
        qualifier TEXT, unit TEXT, counted TEXT,
        PRIMARY KEY (doc_id, id))""",
    """CREATE TABLE IF NOT EXISTS claims (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL, kind TEXT NOT NULL, type TEXT, mode TEXT, subtype TEXT,
        actor_id TEXT, actor_name TEXT, actor_code TEXT,
        recipient_id TEXT, recipient_name TEXT, recipient_code TEXT,
        target_id TEXT, target_name TEXT, target_code TEXT,
        item TEXT, item_norm TEXT,
        place_id TEXT, place_name TEXT, place_feature TEXT, place_country TEXT,
        place_admin1 TEXT,
        lat DOUBLE PRECISION, lon DOUBLE PRECISION,
        time_id TEXT, time_value TEXT, time_earliest TEXT, time_latest TEXT,
        time_granularity TEXT,
        quantity_id TEXT, q_text TEXT, q_value DOUBLE PRECISION, q_low DOUBLE PRECISION,
        q_high DOUBLE PRECISION, q_qualifier TEXT, q_unit TEXT, q_counted TEXT,
        negated INTEGER NOT NULL,
        source_actor TEXT, source_name TEXT, source_kind TEXT, source_code TEXT,
        cue TEXT, certainty TEXT NOT NULL,
        evidence_start INTEGER, evidence_end INTEGER, evidence TEXT,
        published TEXT, outlet TEXT, url TEXT,
        claim_start TEXT, claim_end TEXT,
        PRIMARY KEY (doc_id, id))""",
    "CREATE INDEX IF NOT EXISTS claims_subtype ON claims(subtype, actor_code, recipient_code)",
    "CREATE INDEX IF NOT EXISTS claims_source ON claims(source_name)",
    "CREATE INDEX IF NOT EXISTS claims_start ON claims(claim_start)",
    # --- derived by analysis (rebuilt as a whole by Ledger.refresh) ----------------
    """CREATE TABLE IF NOT EXISTS copy_clusters (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        cluster_id TEXT NOT NULL, size INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY, subtype TEXT NOT NULL, actor_code TEXT, recipient_code TEXT,
        what TEXT, negated INTEGER NOT NULL, first_date TEXT, last_date TEXT,
        n_claims INTEGER NOT NULL, n_documents INTEGER NOT NULL,
        n_reports INTEGER NOT NULL, n_sources INTEGER NOT NULL, sources TEXT NOT NULL,
        label TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS event_claims (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL, claim_id TEXT NOT NULL, source_key TEXT NOT NULL,
        copy_cluster TEXT NOT NULL,
        PRIMARY KEY (event_id, doc_id, claim_id))""",
    """CREATE TABLE IF NOT EXISTS series (
        key TEXT PRIMARY KEY, subtype TEXT NOT NULL, actor_code TEXT, recipient_code TEXT,
        measure TEXT NOT NULL, label TEXT NOT NULL, n_points INTEGER NOT NULL,
        n_sources INTEGER NOT NULL, first_date TEXT, last_date TEXT,
        n_contradictions INTEGER NOT NULL, n_revisions INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS series_points (
        key TEXT NOT NULL REFERENCES series(key) ON DELETE CASCADE,
        seq INTEGER NOT NULL, doc_id TEXT NOT NULL, claim_id TEXT NOT NULL,
        value DOUBLE PRECISION, low DOUBLE PRECISION, high DOUBLE PRECISION,
        qualifier TEXT, source TEXT, source_key TEXT NOT NULL,
        claim_start TEXT, claim_end TEXT, published TEXT, certainty TEXT, evidence TEXT,
        PRIMARY KEY (key, seq))""",
    """CREATE TABLE IF NOT EXISTS conflicts (
        id INTEGER PRIMARY KEY, key TEXT NOT NULL, kind TEXT NOT NULL,
        a_doc TEXT NOT NULL, a_claim TEXT NOT NULL, a_source TEXT, a_value DOUBLE PRECISION,
        a_low DOUBLE PRECISION, a_high DOUBLE PRECISION, a_date TEXT, a_published TEXT,
        b_doc TEXT NOT NULL, b_claim TEXT NOT NULL, b_source TEXT, b_value DOUBLE PRECISION,
        b_low DOUBLE PRECISION, b_high DOUBLE PRECISION, b_date TEXT, b_published TEXT)""",
    "CREATE INDEX IF NOT EXISTS conflicts_key ON conflicts(key, kind)",
    """CREATE TABLE IF NOT EXISTS ledger_state (
        name TEXT PRIMARY KEY, value TEXT NOT NULL)""",
]

# Full-text search (SQLite FTS5). A PostgreSQL backend would use tsvector columns.
_V1_SQLITE = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
        doc_id UNINDEXED, title, text)""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(
        doc_id UNINDEXED, claim_id UNINDEXED, evidence, item, source_name)""",
]

# 2: indexes for the common claim filters and orders, and the latest-documents listing
# (measured on a 100k-claim synthetic ledger: `python -m claimtrace.scale_bench`).
_V2 = [
    "CREATE INDEX IF NOT EXISTS claims_end ON claims(claim_end, published)",
    "CREATE INDEX IF NOT EXISTS claims_value ON claims(q_value)",
    "CREATE INDEX IF NOT EXISTS claims_certainty ON claims(certainty)",
    "CREATE INDEX IF NOT EXISTS documents_latest ON documents(latest, published, "
    "ingested_at, id)",
]
_V2_SQLITE: list[str] = []

# 3: each role's (and the source's) code and lower-cased name indexed, for exact actor
# lookups (the web's actor pages)
_V3 = [f"CREATE INDEX IF NOT EXISTS claims_{r}_code ON claims({r}_code)"
       for r in ("actor", "recipient", "target")] + \
      [f"CREATE INDEX IF NOT EXISTS claims_{r}_lname ON claims(LOWER({r}_name))"
       for r in ("actor", "recipient", "target", "source")] + \
      ["CREATE INDEX IF NOT EXISTS claims_source_code ON claims(source_code)"]
_V3_SQLITE: list[str] = []

# 4: how each place's point was found (`located_by`: "gazetteer" or "containing_area")
# and, for an approximate place, the area it was put at; copied into claims like the
# place's other fields. Older rows read "gazetteer" (the only kind before), then the
# ledger's Python step (`store.BACKFILLS[4]`) re-reads the approximate places from each
# stored document's JSON. Cached aggregates (`memo:` rows) are dropped: they lack the field.
_V4 = ["ALTER TABLE places ADD COLUMN located_by TEXT NOT NULL DEFAULT 'gazetteer'",
       "ALTER TABLE places ADD COLUMN area_name TEXT",
       "ALTER TABLE places ADD COLUMN area_feature TEXT",
       "ALTER TABLE claims ADD COLUMN place_located_by TEXT",
       "ALTER TABLE claims ADD COLUMN place_area_name TEXT",
       "ALTER TABLE claims ADD COLUMN place_area_feature TEXT",
       "UPDATE claims SET place_located_by = 'gazetteer' WHERE place_id IS NOT NULL",
       "DELETE FROM ledger_state WHERE name LIKE 'memo:%'"]
_V4_SQLITE: list[str] = []

# version -> (portable statements, SQLite-only statements)
MIGRATIONS: dict[int, tuple[list[str], list[str]]] = {
    1: (_V1, _V1_SQLITE),
    2: (_V2, _V2_SQLITE),
    3: (_V3, _V3_SQLITE),
    4: (_V4, _V4_SQLITE),
}

VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"""

# Tables rebuilt by analysis, children first (for DELETE order).
DERIVED_TABLES = ("conflicts", "series_points", "series", "event_claims", "events",
                  "copy_clusters")
# Per-document tables, children of `documents`.
CHILD_TABLES = ("document_urls", "repairs", "actors", "places", "times", "quantities",
                "claims")
