"""The same ledger behaviour on PostgreSQL (needs a server: env CLAIMTRACE_TEST_PG=DSN).

Outside CI the test skips with a reason when no DSN is given; in CI it fails, so a
missing server is never a silent pass.
"""
from __future__ import annotations

import os
import uuid

import pytest

from claimtrace.ledger import Ledger

from .factory import make_doc, scenario, troops

pytestmark = pytest.mark.postgres
TROOPS = "troop_deployment|PRK|RUS|troops"


@pytest.fixture
def pg_ledger():
    dsn = os.environ.get("CLAIMTRACE_TEST_PG")
    if not dsn:
        if os.environ.get("CI"):
            pytest.fail("CLAIMTRACE_TEST_PG (a PostgreSQL DSN) must be set in CI")
        pytest.skip("set CLAIMTRACE_TEST_PG=postgresql://... to run the PostgreSQL tests")
    import psycopg

    schema = f"ct_test_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in dsn else "?"
    led = Ledger.open(f"{dsn}{sep}options=-csearch_path%3D{schema}")
    try:
        yield led
    finally:
        led.close()
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


def test_postgres_ledger_matches_sqlite(pg_ledger):
    assert pg_ledger.dialect == "postgresql"
    world = scenario()
    results = pg_ledger.add_many(world.values())
    assert {r.status for r in results} == {"added"}
    assert pg_ledger.add(world["hur"]).status == "unchanged"
    url = "https://example.org/v"
    pg_ledger.add(make_doc([troops(1, counted="shell")], url=url))
    assert pg_ledger.add(make_doc([troops(2, counted="shell")], url=url)).status == "new_version"
    assert [p.value for p in pg_ledger.series_points(TROOPS)] == [
        1500, 10900, 11000, 3000, 12000, 8000]
    assert len(pg_ledger.conflicts()) == 2 and len(pg_ledger.conflicts(kind="revision")) == 1
    assert pg_ledger.document(world["koksan"].id).to_dict() == world["koksan"].to_dict()
    assert {c.subtype for c in pg_ledger.claims(text="Koksan")} == {"arms_transfer"}
    assert len(pg_ledger.claims(actor="PRK", source="zdf")) == 1
    s = pg_ledger.stats()
    assert s.copy_clusters == 1 and s.contradictions == 2
