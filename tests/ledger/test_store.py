"""Storing documents: idempotent adds, versions, atomicity, queries."""
from __future__ import annotations

import json

import pytest

from claimtrace.errors import ClaimtraceError
from claimtrace.ledger import Ledger
from claimtrace.ledger.schema import SCHEMA_VERSION

from .factory import approx_doc, make_doc, troops


def test_open_creates_schema_wal_and_fks(tmp_path):
    path = tmp_path / "sub" / "l.db"
    with Ledger.open(path) as led:
        assert led.schema_version() == SCHEMA_VERSION
        assert led.db.rows("PRAGMA journal_mode")[0]["journal_mode"] == "wal"
        assert led.db.rows("PRAGMA foreign_keys")[0]["foreign_keys"] == 1
    with Ledger.open(path) as led:  # reopening migrates nothing
        assert led.db.rows("SELECT COUNT(*) AS n FROM schema_version")[0]["n"] == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "l.db"
    with Ledger.open(path) as led:
        led.db.run("INSERT INTO schema_version VALUES (?, ?)", (SCHEMA_VERSION + 1, "x"))
    with pytest.raises(ClaimtraceError, match="E203"):
        Ledger.open(path)


def test_unknown_url_scheme(tmp_path):
    with pytest.raises(ClaimtraceError, match="E204"):
        Ledger.open("mysql://host/db")


def test_add_is_idempotent(ledger, world):
    doc = world["hur"]
    first = ledger.add(doc)
    again = ledger.add(doc)
    assert first.status == "added" and again.status == "unchanged"
    assert first.doc_id == again.doc_id == doc.id
    assert ledger.stats().documents == 1
    assert len(ledger.claims()) == 1


def test_same_url_changed_text_is_new_version(ledger):
    url = "https://example.org/a"
    v1 = make_doc([troops(1000)], url=url, published="2024-11-01")
    v2 = make_doc([troops(1200), troops(50, counted="shell")], url=url,
                  published="2024-11-01")
    assert ledger.add(v1).status == "added"
    res = ledger.add(v2)
    assert res.status == "new_version" and res.version == 2
    docs = ledger.documents(all_versions=True)
    assert {(d.id, d.version, d.latest) for d in docs} == {(v1.id, 1, 0), (v2.id, 2, 1)}
    assert [d.id for d in ledger.documents()] == [v2.id]
    # queries see the latest version only; the old one stays readable
    assert sorted(c.q_value for c in ledger.claims()) == [50, 1200]
    assert ledger.document(v1.id).claims[0].id == "c1"


def test_same_path_changed_text_is_new_version(ledger):
    a = make_doc([troops(1)], path="notes/x.txt")
    b = make_doc([troops(2)], path="notes/x.txt")
    assert [ledger.add(a).status, ledger.add(b).status] == ["added", "new_version"]


def test_same_text_other_url_is_remembered(ledger, world):
    doc = world["hur"]
    ledger.add(doc)
    doc.meta.url = "https://mirror.example.org/x"
    assert ledger.add(doc).status == "unchanged"
    urls = ledger.db.rows("SELECT url FROM document_urls WHERE doc_id = ?", (doc.id,))
    assert len(urls) == 2


def test_document_round_trip(ledger, world):
    doc = world["koksan"]
    ledger.add(doc)
    back = ledger.document(doc.id)
    assert back.to_dict() == doc.to_dict()
    with pytest.raises(ClaimtraceError, match="E202"):
        ledger.document("0" * 16)


def test_failed_add_leaves_nothing(ledger, world, monkeypatch):
    from claimtrace.ledger import store

    real = store._insert_rows

    def broken(db, table, rows):
        if table == "claims":
            raise RuntimeError("disk on fire")
        real(db, table, rows)

    monkeypatch.setattr(store, "_insert_rows", broken)
    with pytest.raises(RuntimeError):
        ledger.add(world["koksan"])
    monkeypatch.setattr(store, "_insert_rows", real)
    tables = ["documents", "actors", "places", "quantities", "claims"]
    if ledger.dialect == "sqlite":
        tables.append("documents_fts")
    for table in tables:
        assert ledger.db.rows(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"] == 0
    assert ledger.add(world["koksan"]).status == "added"


def test_claim_rows_are_flattened(filled):
    (c,) = filled.claims(subtype="arms_transfer", source="zdf")
    assert (c.actor_code, c.recipient_code, c.actor_name) == ("PRK", "RUS", "North Korea")
    assert (c.place_name, c.place_country, c.lat, c.lon) == ("Crimea", "UKR", 45.0, 34.0)
    assert (c.q_value, c.q_qualifier, c.q_counted) == (200, "up_to", "system")
    assert (c.time_earliest, c.time_latest) == ("2024-11-01", "2024-11-30")
    assert c.certainty == "believed" and c.source_kind == "media"
    assert c.evidence.startswith("Pyongyang is believed")


def test_claim_filters(filled):
    assert len(filled.claims(actor="PRK", limit=None)) == 11
    assert len(filled.claims(actor="north korea", limit=None)) == 11
    assert len(filled.claims(actor="UKR")) == 0
    assert {c.place_name for c in filled.claims(place="RUS")} == {"Kursk"}
    assert {c.place_name for c in filled.claims(place="crim")} == {"Crimea"}
    assert len(filled.claims(certainty="believed")) == 1
    jan = filled.claims(since="2025-01-01", until="2025-01-31", limit=None)
    assert sorted(c.q_value for c in jan) == [4000, 8000, 12000]
    assert {c.outlet for c in filled.claims(source="Wire Agency")} == {"Wire Agency"}
    assert len(filled.claims(source="national intelligence", limit=None)) == 3
    assert {c.subtype for c in filled.claims(text="Koksan")} == {"arms_transfer"}
    assert filled.claims(text='weird "quotes" (and) *stars*') == []
    page1 = filled.claims(limit=4)
    page2 = filled.claims(limit=4, offset=4)
    assert len(page1) == 4 and not {(c.doc_id, c.id) for c in page1} & {
        (c.doc_id, c.id) for c in page2}


def test_search_documents(filled, world):
    hits = filled.search_documents("Kursk escalation")
    assert world["wire"].id in {d.id for d in hits}


def test_stats(filled):
    s = filled.stats()
    assert (s.documents, s.claims, s.series, s.contradictions, s.revisions) == (10, 11, 3, 2, 1)
    assert s.copy_clusters == 1 and s.by_subtype["troop_deployment"] == 8
    assert (s.first_published, s.last_published) == ("2024-10-18", "2025-02-01")


def test_stored_json_is_the_contract(filled, world):
    row = filled.db.rows("SELECT json, n_claims FROM documents WHERE id = ?",
                         (world["koksan"].id,))[0]
    assert json.loads(row["json"])["schema"] == "claimtrace.document/1"
    assert row["n_claims"] == 2


def test_exact_actor_lookup_matches_codes_and_whole_names_only(filled):
    loose = filled.claims(actor="korea", limit=None)
    assert loose and filled.claims(actor="korea", actor_exact=True, limit=None) == []
    exact = filled.claims(actor="PRK", actor_exact=True, limit=None)
    assert exact and all("PRK" in (c.actor_code, c.recipient_code, c.target_code) for c in exact)
    assert filled.count_claims(actor="PRK", actor_exact=True) == len(exact)


def test_approximate_places_keep_how_they_were_located(ledger):
    doc = approx_doc()
    ledger.add(doc)
    rows = {r["name"]: r for r in ledger.db.rows(
        "SELECT name, located_by, area_name, area_feature FROM places")}
    assert rows["Velmora"]["located_by"] == "containing_area"
    assert (rows["Velmora"]["area_name"], rows["Velmora"]["area_feature"]) == (
        "Oskel District", "admin2")
    assert (rows["Lukan"]["area_name"], rows["Lukan"]["area_feature"]) == (
        "Tarvo Province", "admin1")
    assert rows["Oskel District"]["located_by"] == "gazetteer"
    assert rows["Oskel District"]["area_name"] is None
    claims = {c.place_name: c for c in ledger.claims(doc_id=doc.id)}
    assert claims["Velmora"].place_approximate and claims["Velmora"].lat == 48.25
    assert (claims["Velmora"].place_located_by, claims["Velmora"].place_area_name,
            claims["Velmora"].place_area_feature) == ("containing_area", "Oskel District",
                                                      "admin2")
    assert ledger.document(doc.id).to_dict() == doc.to_dict()


def test_gazetteer_places_and_placeless_claims(filled):
    (crimea,) = filled.claims(place="crim")
    assert crimea.place_located_by == "gazetteer" and not crimea.place_approximate
    assert crimea.place_area_name is None
    placeless = filled.claims(subtype="troop_deployment", limit=1)[0]
    assert placeless.place_name is None and placeless.place_located_by is None
