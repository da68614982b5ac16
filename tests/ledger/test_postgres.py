"""A whole scenario on PostgreSQL end to end (the `pg_ledger` fixture of conftest.py;
every other ledger test also runs on PostgreSQL through the `ledger` fixture)."""
from __future__ import annotations

import pytest


from claimtrace.ledger import Ledger
from claimtrace.ledger.backends import PostgresBackend

from .factory import make_doc, scenario, troops
from .test_migrations import check_migrated, old_documents, write_schema3

pytestmark = pytest.mark.postgres
TROOPS = "troop_deployment|PRK|RUS|troops"


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


def test_postgres_ledger_of_schema_3_is_migrated(pg_url):
    docs = old_documents()
    db = PostgresBackend(pg_url)
    write_schema3(db, docs)
    db.close()
    with Ledger.open(pg_url) as led:
        check_migrated(led, docs)
