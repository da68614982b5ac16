"""The synthetic ledger (small), claim counts, SQL ordering and paging, memoized stats,
and the schema 1 -> 2 migration. No timing asserts: see `claimtrace.scale_bench`."""
from __future__ import annotations

import math

import pytest

from claimtrace.errors import ClaimtraceError

from claimtrace.ledger import Ledger
from claimtrace.ledger.backends import SQLiteBackend
from claimtrace.ledger.schema import MIGRATIONS, SCHEMA_VERSION, VERSION_TABLE
from claimtrace.ledger.store import CLAIM_ORDERS
from claimtrace.ledger.synth import build_ledger, synth_documents

from .factory import scenario

N = 2000


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "synth.db"
    report = build_ledger(path, N, seed=7)
    with Ledger.open(path) as led:
        yield report, led


def test_synthetic_documents_are_consistent():
    docs = list(synth_documents(300, seed=3))
    assert sum(len(d.claims) for d in docs) == 300
    assert len({d.id for d in docs}) == len(docs)  # no two texts alike
    for d in docs:
        for c in d.claims:
            assert d.text[c.evidence.start:c.evidence.end] == c.evidence.text
        for q in d.quantities:
            assert d.text[q.start:q.end] == q.text
        for a in d.actors:
            assert all(d.text[m.start:m.end].lower() == a.name.lower() for m in a.mentions)
    assert [d.text for d in synth_documents(300, seed=3)] == [d.text for d in docs]


def test_synthetic_ledger_has_the_requested_claims_series_and_conflicts(synth):
    report, led = synth
    assert report.claims == N and report.copies > 0
    s = led.stats()
    assert s.claims == N and s.documents == report.documents
    assert s.series >= 20 and len(led.series()) == s.series
    assert s.contradictions >= 1 and led.conflicts()
    assert len(s.by_subtype) >= 12 and "believed" in s.by_certainty
    assert led.copy_clusters()  # the wire copies were found


@pytest.mark.parametrize("filters", [{}, {"actor": "PRK"}, {"actor": "korea"},
                                     {"subtype": "arms_transfer"}, {"text": "troops"},
                                     {"since": "2023-01-01", "until": "2023-06-30"},
                                     {"source": "intelligence"}, {"place": "kursk"},
                                     {"certainty": "believed", "actor": "UKR"}])
def test_count_matches_the_unlimited_query(synth, filters):
    _, led = synth
    n = led.count_claims(**filters)
    assert n == len(led.claims(**filters, limit=None))
    assert (n > 0) == bool(led.claims(**filters, limit=1))


def test_order_by_sorts_in_sql_with_empty_values_lowest(synth):
    _, led = synth
    asc = led.claims(subtype="arms_transfer", order_by="value", desc=False, limit=None)
    values = [-math.inf if c.q_value is None else c.q_value for c in asc]
    assert values == sorted(values)
    desc = led.claims(order_by="value", limit=200)
    assert [c.q_value for c in desc] == sorted((c.q_value for c in desc), reverse=True)
    names = [(c.actor_name or "").lower() for c in led.claims(order_by="actor", desc=False,
                                                              limit=300)]
    assert names == sorted(names)
    dates = [c.claim_end for c in led.claims(limit=300)]
    assert dates == sorted(dates, reverse=True)  # the default: newest first
    with pytest.raises(ClaimtraceError, match="E206"):
        led.claims(order_by="evidence; DROP TABLE claims")
    assert set(CLAIM_ORDERS) >= {"date", "value", "actor", "source"}


def test_pages_concatenate_to_the_whole_ordered_result(synth):
    _, led = synth
    whole = led.claims(subtype="troop_deployment", order_by="source", limit=None)
    pages = [led.claims(subtype="troop_deployment", order_by="source", limit=37,
                        offset=o) for o in range(0, len(whole), 37)]
    assert [(c.doc_id, c.id) for p in pages for c in p] == [(c.doc_id, c.id) for c in whole]


def test_reads_do_not_rebuild_and_stats_follow_new_documents(tmp_path):
    docs = scenario()
    with Ledger.open(tmp_path / "m.db") as led:
        led.add_many(list(docs.values())[:3])
        first = led.stats()
        assert led.refresh() is False  # nothing changed: no rebuild
        assert led.stats() == first
        led.add(list(docs.values())[3])
        assert led.stats().documents == first.documents + 1


def test_schema_1_ledger_migrates_forward(tmp_path):
    path = tmp_path / "v1.db"
    db = SQLiteBackend(path)
    db.run(VERSION_TABLE)
    for sql in MIGRATIONS[1][0] + MIGRATIONS[1][1]:
        db.run(sql)
    db.run("INSERT INTO schema_version (version, applied_at) VALUES (1, 'then')")
    db.close()
    with Ledger.open(path) as led:
        assert led.schema_version() == SCHEMA_VERSION >= 2
        names = {r["name"] for r in led.db.rows("SELECT name FROM sqlite_master "
                                                "WHERE type = 'index'")}
        assert {"claims_end", "documents_latest"} <= names
        led.add_many(scenario().values())
        assert led.count_claims() == len(led.claims(limit=None)) > 0
