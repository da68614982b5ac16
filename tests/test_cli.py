"""The CLI in-process (CliRunner) and once as a real subprocess."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrace import __version__
from claimtrace.cli import app

FIX = Path(__file__).parent / "fixtures"
runner = CliRunner()

pytestmark = pytest.mark.slow


def test_version():
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.strip() == f"claimtrace {__version__}"


def test_extract_json_repairs_and_overrides():
    res = runner.invoke(app, ["extract", str(FIX / "artifacts.txt"), "--published", "2025-03-05",
                              "--outlet", "Test Wire"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["schema"] == "claimtrace.document/1"
    assert doc["document"]["published"] == "2025-03-05"
    assert doc["document"]["outlet"] == "Test Wire"
    assert "longest-range guns" in doc["text"] and "https://" not in doc["text"]
    assert {r["kind"] for r in doc["repairs"]} >= {"drop_url", "drop_boilerplate"}
    # "three were destroyed" -> an equipment loss reported by the spokesman
    losses = [c for c in doc["claims"] if c["subtype"] == "equipment_loss"]
    assert losses and losses[0]["source"]["kind"] in ("military", "official")


def test_extract_jsonl_keeps_input_order_and_reports_bad_inputs():
    res = runner.invoke(app, ["extract", str(FIX / "docs.jsonl"), str(FIX / "empty.txt"),
                              str(FIX / "artifacts.txt"), "--format", "jsonl"])
    assert res.exit_code == 1
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [d["document"]["title"] for d in lines[:2]] == ["Water convoy reaches town", "Bridge reopens"]
    assert "Ukrainian drone units" in lines[2]["text"]
    assert "E009" in res.stderr and "E002" in res.stderr


def test_extract_explain_says_why_sentences_were_skipped():
    res = runner.invoke(app, ["extract", str(FIX / "artifacts.txt"), "--explain"])
    doc = json.loads(res.stdout)
    assert doc["explain"] and all(e["reason"] for e in doc["explain"])


def test_bad_published_date_is_usage_error():
    res = runner.invoke(app, ["extract", str(FIX / "artifacts.txt"), "--published", "May 5"])
    assert res.exit_code == 2 and "E011" in res.stderr


def test_ingest_folder_mixing_good_and_bad_files(tmp_path):
    db = tmp_path / "l.db"
    res = runner.invoke(app, ["ingest", str(FIX), "--db", str(db), "--quiet"])
    assert res.exit_code == 1
    for code in ("E002", "E003", "E007", "E009", "E010"):
        assert code in res.stderr
    again = runner.invoke(app, ["ingest", str(FIX), "--db", str(db)])
    assert "0 added" in again.stdout and "unchanged" in again.stdout
    from claimtrace.ledger import Ledger

    with Ledger.open(str(db)) as ledger:
        docs = ledger.documents()
        assert len(docs) >= 6
        first = docs[0].id
    shown = runner.invoke(app, ["show", first, "--db", str(db)])
    assert json.loads(shown.stdout)["document"]["id"] == first
    missing = runner.invoke(app, ["show", "0" * 16, "--db", str(db)])
    assert missing.exit_code == 3 and "E202" in missing.stderr


def test_demo_then_queries(tmp_path):
    db = str(tmp_path / "demo.db")
    res = runner.invoke(app, ["demo", "--db", db])
    assert res.exit_code == 0, res.output
    assert "series" in res.stdout and "contradictions" in res.stdout
    claims = runner.invoke(app, ["claims", "--db", db, "--actor", "PRK", "--format", "json"])
    rows = json.loads(claims.stdout)
    assert rows and all("PRK" in (r["actor_code"], r["recipient_code"], r["target_code"]) or
                        "north korea" in " ".join(filter(None, (r["actor_name"], r["recipient_name"],
                                                                r["target_name"]))).lower()
                        for r in rows)
    series = runner.invoke(app, ["series", "--db", db, "--format", "json"])
    keys = [s["key"] for s in json.loads(series.stdout)]
    assert keys
    chart = tmp_path / "s.svg"
    one = runner.invoke(app, ["series", keys[0], "--db", db, "--chart", str(chart)])
    assert one.exit_code == 0 and chart.read_text().startswith("<svg")
    out = tmp_path / "x.geojson"
    exp = runner.invoke(app, ["export", "--format", "geojson", "--db", db, "-o", str(out)])
    assert exp.exit_code == 0 and json.loads(out.read_text())["type"] == "FeatureCollection"


def test_real_command_reads_stdin():
    proc = subprocess.run([sys.executable, "-m", "claimtrace.cli", "extract", "-", "--published",
                           "2025-01-10"], input=(FIX / "artifacts.txt").read_bytes(),
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["document"]["path"] is None
