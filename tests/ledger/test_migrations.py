"""A ledger written by an older claimtrace opens with the new code and keeps every row."""
from __future__ import annotations

import json
import sqlite3

import pytest

from claimtrace.ledger import Ledger, store
from claimtrace.ledger.backends import SQLiteBackend
from claimtrace.ledger.schema import MIGRATIONS, SCHEMA_VERSION

from .factory import approx_doc, scenario

NEW_PLACE_COLS = ("located_by", "area_name", "area_feature")
NEW_CLAIM_COLS = ("place_located_by", "place_area_name", "place_area_feature")
COUNTED = ("documents", "document_urls", "actors", "places", "times", "quantities",
           "claims", "documents_fts", "claims_fts")


def write_schema3(db, docs) -> None:
    """What schema 3 stored, through a backend (`db`): its tables, and the documents' rows
    without the new columns."""
    sqlite = db.dialect == "sqlite"
    for version in (1, 2, 3):
        portable, sqlite_only = MIGRATIONS[version]
        for sql in portable + (sqlite_only if sqlite else []):
            db.run(sql)
    db.run("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
           "applied_at TEXT NOT NULL)")
    for version in (1, 2, 3):
        db.run("INSERT INTO schema_version VALUES (?, 'then')", (version,))
    for d in docs:
        tables = store.flatten(d)
        tables["documents"][0].update(lineage=d["document"]["id"], version=1, latest=1)
        for table, rows in tables.items():
            for row in rows:
                row = {k: v for k, v in row.items()
                       if k not in NEW_PLACE_COLS + NEW_CLAIM_COLS}
                db.run(f"INSERT INTO {table} ({', '.join(row)}) "
                       f"VALUES ({', '.join('?' for _ in row)})", list(row.values()))
        if sqlite:
            db.run("INSERT INTO documents_fts VALUES (?, ?, ?)",
                   (d["document"]["id"], d["document"]["title"], d["text"]))
            db.many("INSERT INTO claims_fts VALUES (?, ?, ?, ?, ?)",
                    [(d["document"]["id"], c["id"], c["evidence"], c["item"],
                      c["source_name"]) for c in tables["claims"]])
    db.run("INSERT INTO ledger_state VALUES ('stale', '1')")
    db.run("INSERT INTO ledger_state VALUES ('memo:map_places', '[]')")


def old_documents() -> list[dict]:
    """Contract dicts as an older claimtrace stored them: one written before places had
    `located_by` at all, one with none, one with approximate places."""
    world = scenario()
    koksan = world["koksan"].to_dict()
    for p in koksan["places"]:
        del p["located_by"]
    return [koksan, world["hur"].to_dict(), approx_doc().to_dict()]


def check_migrated(led: Ledger, docs: list[dict]) -> None:
    """The new columns hold their defaults, or what the stored JSON says; nothing else
    changed."""
    assert led.schema_version() == SCHEMA_VERSION == 4
    places = {r["name"]: r for r in led.db.rows("SELECT * FROM places")}
    assert len(places) == 6
    assert places["Crimea"]["located_by"] == "gazetteer"  # the column's default
    assert places["Kursk"]["area_name"] is None
    # approximate places stored before the column are re-read from the stored JSON
    assert (places["Velmora"]["located_by"], places["Velmora"]["area_name"],
            places["Velmora"]["area_feature"]) == ("containing_area", "Oskel District",
                                                   "admin2")
    claims = {(c.place_name or c.id): c for c in led.claims(limit=None)}
    assert len(claims) == 5
    assert claims["Kursk"].place_located_by == "gazetteer"
    assert claims["Lukan"].place_area_name == "Tarvo Province"
    assert claims["c1"].place_located_by is None  # no place: nothing to locate
    assert led._state("memo:map_places") is None  # cached before: dropped
    for d in docs:
        assert json.loads(led.db.rows("SELECT json FROM documents WHERE id = ?",
                                      (d["document"]["id"],))[0]["json"]) == d
    assert len(led.claims(text="Koksan")) == 1 and led.stats().documents == 3


def _counts(path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        conn.close()


@pytest.fixture
def old_ledger(tmp_path):
    docs = old_documents()
    path = tmp_path / "old.db"
    db = SQLiteBackend(path)
    write_schema3(db, docs)
    db.close()
    return path, docs


def test_old_ledger_opens_migrated_with_all_its_rows(old_ledger):
    path, docs = old_ledger
    before = _counts(path)
    assert before["claims"] == 5 and before["places"] == 6
    with Ledger.open(path) as led:
        check_migrated(led, docs)
    assert _counts(path) == before


def test_failed_migration_changes_nothing(old_ledger, monkeypatch):
    path, _ = old_ledger
    before = _counts(path)

    def broken(db):
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(store.BACKFILLS, 4, broken)
    with pytest.raises(RuntimeError):
        Ledger.open(path)
    conn = sqlite3.connect(path)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(places)")]
    version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    conn.close()
    assert version == 3 and "located_by" not in cols
    assert _counts(path) == before
    monkeypatch.undo()
    with Ledger.open(path) as led:  # and the next open migrates
        assert led.schema_version() == 4
