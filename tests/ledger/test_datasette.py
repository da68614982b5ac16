"""The bundled Datasette metadata loads and its canned queries return rows."""
from __future__ import annotations

import asyncio
import json

import pytest

from claimtrace.resources import resource_path

datasette_app = pytest.importorskip("datasette.app", reason="datasette extra not installed")


def _get_all(db_path, paths):
    metadata = json.loads(resource_path("datasette", "metadata.json").read_text())

    async def run():
        ds = datasette_app.Datasette([str(db_path)], metadata=metadata)
        await ds.invoke_startup()
        return [await ds.client.get(p) for p in paths]

    return asyncio.run(run())


@pytest.fixture
def filled_sqlite(sqlite_ledger, world):
    sqlite_ledger.add_many(world.values())
    return sqlite_ledger


def test_canned_queries_return_rows(filled_sqlite, tmp_path):
    filled = filled_sqlite
    db_path = tmp_path / "claimtrace.db"
    assert filled.db.name == str(db_path)  # the fixture's file; name gives "claimtrace"
    filled.refresh()
    key = "troop_deployment|PRK|RUS|troops"
    responses = _get_all(db_path, [
        "/claimtrace/contradictions.json?_shape=array",
        f"/claimtrace/series_points.json?_shape=array&key={key.replace('|', '%7C')}",
        "/claimtrace/claims_by_source.json?_shape=array&source=zdf",
        "/claimtrace/corroborated_events.json?_shape=array",
        "/claimtrace/sources_overview.json?_shape=array",
        "/claimtrace/revisions.json?_shape=array",
        "/claimtrace/series_overview.json?_shape=array",
        "/claimtrace/claims.json?_shape=array",
        "/-/metadata.json",
    ])
    assert [r.status_code for r in responses] == [200] * len(responses)
    contra, points, zdf, events, sources, revisions, series, claims, meta = [
        r.json() for r in responses]
    assert len(contra) == 2 and {c["b_source"] for c in contra} == {"Russian officials"}
    assert [p["value"] for p in points] == [1500, 10900, 11000, 3000, 12000, 8000]
    assert [z["source_name"] for z in zdf] == ["ZDF"]
    assert events[0]["n_sources"] == 3
    assert len(revisions) == 1 and len(series) == 3 and len(claims) == 11
    assert sources and "claims" in meta["databases"]["claimtrace"]["tables"]
