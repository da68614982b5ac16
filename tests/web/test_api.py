"""The JSON API, in-process: every route, filters, errors, the opt-in upload."""
from __future__ import annotations

import csv
import io
from urllib.parse import quote

import pytest

from claimtrace.errors import ClaimtraceError
from claimtrace.web.app import create_app


def test_overview_counts(client, docs):
    body = client.get("/api/overview").json()
    assert body["stats"]["documents"] == len(docs)
    assert body["stats"]["contradictions"] >= 1
    assert body["latest"] and body["top_actors"][0]["key"] == "PRK"
    assert any(s["n_contradictions"] for s in body["series"])


def test_document_round_trip(client, docs):
    doc = docs["koksan"]
    body = client.get(f"/api/documents/{doc.id}").json()
    assert body["schema"] == "claimtrace.document/1"
    assert body["text"] == doc.text
    assert [c["id"] for c in body["claims"]] == ["c1", "c2"]


def test_document_view_segments_cover_text(client, docs):
    doc = docs["hostile"]
    body = client.get(f"/api/documents/{doc.id}/view").json()
    assert "".join(s["text"] for s in body["segments"]) == doc.text
    kinds = {s["kind"] for s in body["segments"]}
    assert {"actor", "place", "time", "quantity"} <= kinds
    assert any(s["trigger"] and s["text"] == "sent" for s in body["segments"])
    anchors = [a for s in body["segments"] for a in s["anchor"]]
    assert anchors == ["c1"]


def test_unknown_document_is_e202(client):
    r = client.get("/api/documents/0000000000000000")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "E202"
    assert "claimtrace docs" in r.json()["error"]["message"]


def test_claims_filters_sort_and_pages(client):
    all_ = client.get("/api/claims", params={"per_page": 500}).json()
    assert all_["total"] == len(all_["claims"]) >= 10
    ukr = client.get("/api/claims", params={"source": "ukrainian"}).json()
    assert ukr["total"] == 1 and ukr["claims"][0]["q_value"] == 11000
    believed = client.get("/api/claims", params={"certainty": "believed"}).json()
    assert [c["subtype"] for c in believed["claims"]] == ["arms_transfer"]
    words = client.get("/api/claims", params={"text": "Koksan"}).json()
    assert words["total"] == 2
    asc = client.get("/api/claims", params={"sort": "value", "desc": "false",
                                            "per_page": 500}).json()["claims"]
    values = [c["q_value"] for c in asc if c["q_value"] is not None]
    assert values == sorted(values)
    p2 = client.get("/api/claims", params={"per_page": 3, "page": 2}).json()
    assert p2["page"] == 2 and len(p2["claims"]) == 3 and p2["pages"] >= 4
    assert client.get("/api/claims", params={"sort": "nope"}).json()["error"]["code"] == "E302"


def test_claims_csv_matches_filters_and_defuses_formulas(client):
    r = client.get("/api/claims.csv", params={"subtype": "arms_transfer"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 2 and {row["subtype"] for row in rows} == {"arms_transfer"}
    from claimtrace.web.views import _safe_cell
    assert _safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _safe_cell(None) == ""


def test_series_and_conflicts(client):
    series = client.get("/api/series").json()
    flagged = [s for s in series if s["n_contradictions"]]
    assert flagged
    one = client.get("/api/series/" + quote(flagged[0]["key"], safe="")).json()
    assert len(one["points"]) == flagged[0]["n_points"]
    assert any(c["kind"] == "contradiction" for c in one["conflicts"])
    assert client.get("/api/series/nope").status_code == 404
    assert client.get("/api/conflicts", params={"kind": "revision"}).json()
    assert client.get("/api/conflicts", params={"kind": "x"}).json()["error"]["code"] == "E302"


def test_map_actors_events_stats(client):
    places = client.get("/api/map").json()
    kursk = next(p for p in places if p["name"] == "Kursk")
    assert kursk["n_claims"] == 2 and kursk["lat"] == pytest.approx(51.73)
    assert client.get("/api/actors").json()[0]["key"] == "PRK"
    actor = client.get("/api/actors/PRK").json()
    assert actor["by"] and actor["names"] == ["North Korea"]
    assert client.get("/api/actors/RUS").json()["about"]
    assert client.get("/api/events").json()
    assert client.get("/api/stats").json()["documents"] >= 11


def test_openapi_served_but_no_cdn_docs(client):
    assert "/api/claims" in client.get("/openapi.json").json()["paths"]
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_security_headers(client):
    r = client.get("/api/stats")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_missing_ledger_is_e201(tmp_path):
    with pytest.raises(ClaimtraceError, match="E201"):
        create_app(str(tmp_path / "absent.db"))


# --- writing ------------------------------------------------------------------------------
def test_upload_disabled_without_token(client):
    r = client.post("/api/documents", json={"text": "x"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "E303"


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic s3cret", "s3cret"])
def test_upload_needs_the_token(writable, header):
    headers = {"Authorization": header} if header else {}
    r = writable.post("/api/documents", json={"text": "x"}, headers=headers)
    assert r.status_code == 403 and r.json()["error"]["code"] == "E304"


def test_upload_validation(writable):
    auth = {"Authorization": "Bearer s3cret"}
    r = writable.post("/api/documents", json={"text": "  "}, headers=auth)
    assert r.status_code == 400 and r.json()["error"]["code"] == "E002"
    r = writable.post("/api/documents", json={"text": "a", "published": "May"}, headers=auth)
    assert r.json()["error"]["code"] == "E011"
    r = writable.post("/api/documents", json={"title": "no text"}, headers=auth)
    assert r.status_code == 422 and r.json()["error"]["code"] == "E302"


@pytest.mark.slow
def test_upload_extracts_and_stores(writable):
    auth = {"Authorization": "Bearer s3cret"}
    text = ("North Korea has sent about 3,000 troops to Russia, South Korea's intelligence "
            "service said on Friday. The soldiers were moved by rail.")
    r = writable.post("/api/documents", json={"text": text, "published": "2024-11-01",
                                              "outlet": "Test Wire"}, headers=auth)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "added" and body["n_claims"] >= 1
    assert writable.get(f"/api/documents/{body['doc_id']}").json()["document"]["outlet"] \
        == "Test Wire"
    again = writable.post("/api/documents", json={"text": text, "published": "2024-11-01"},
                          headers=auth)
    assert again.json()["status"] == "unchanged"


def test_map_api_says_which_points_are_approximate(client):
    places = {p["name"]: p for p in client.get("/api/map").json()}
    assert (places["Velmora"]["located_by"], places["Velmora"]["approx"],
            places["Velmora"]["area"]) == ("containing_area", True, "Oskel District")
    assert places["Kursk"]["located_by"] == "gazetteer" and not places["Kursk"]["approx"]
    assert places["Kursk"]["area"] is None
