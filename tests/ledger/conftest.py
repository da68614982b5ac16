"""Fixtures for the ledger tests: a ledger in a temp dir, filled with the scenario."""
from __future__ import annotations

import os
import uuid

import pytest

from claimtrace.ledger import Ledger

from .factory import scenario


@pytest.fixture
def sqlite_ledger(tmp_path):
    """A SQLite ledger (for what only SQLite has: WAL, FTS5, files, Datasette)."""
    led = Ledger.open(tmp_path / "claimtrace.db")
    yield led
    led.close()


@pytest.fixture
def pg_url():
    """The URL of a fresh, empty PostgreSQL schema (dropped afterwards). Needs
    CLAIMTRACE_TEST_PG (a DSN): in CI its absence fails, elsewhere the test skips with a
    reason."""
    dsn = os.environ.get("CLAIMTRACE_TEST_PG")
    if not dsn:
        if os.environ.get("CI"):
            pytest.fail("CLAIMTRACE_TEST_PG (a PostgreSQL DSN) must be set in CI")
        pytest.skip("set CLAIMTRACE_TEST_PG=postgresql://... to run the PostgreSQL cases")
    import psycopg

    schema = f"ct_test_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in dsn else "?"
    try:
        yield f"{dsn}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def pg_ledger(pg_url):
    """A PostgreSQL ledger in a fresh schema (see `pg_url`)."""
    led = Ledger.open(pg_url)
    try:
        yield led
    finally:
        led.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def ledger(request):
    """The same tests on both backends."""
    fixture = "sqlite_ledger" if request.param == "sqlite" else "pg_ledger"
    return request.getfixturevalue(fixture)


@pytest.fixture
def world():
    return scenario()


@pytest.fixture
def filled(ledger, world):
    ledger.add_many(world.values())
    return ledger
