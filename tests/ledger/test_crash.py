"""A writer killed with SIGKILL mid-ingest leaves a sound ledger of whole documents."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimtrace.ledger import Ledger

TESTS = Path(__file__).resolve().parent.parent

WRITER = r"""
import sys
sys.path.insert(0, sys.argv[2])
from ledger.factory import ClaimSpec, filler, make_doc
from claimtrace.ledger import Ledger

led = Ledger.open(sys.argv[1])
for i in range(100000):
    specs = [ClaimSpec(f"Unit {i}-{j} moved {j + 1} guns north.", value=j + 1,
                       counted="gun", place=("Kursk", "RUS", 51.7, 36.2, "city"))
             for j in range(1 + i % 40)]
    led.add(make_doc(specs, published="2024-11-01", url=f"u://{i}", suffix=filler(i, 200)))
    print(i, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_sigkill_mid_ingest_leaves_whole_documents(tmp_path):
    db = tmp_path / "crash.db"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(TESTS)],
                            stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        seen = 0
        while seen < 40 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            seen += 1
        assert seen >= 40, "writer did not get going"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL

    with Ledger.open(db) as led:
        assert led.db.rows("PRAGMA integrity_check")[0]["integrity_check"] == "ok"
        assert led.db.rows("PRAGMA foreign_key_check") == []
        docs = led.db.rows("SELECT id, json, n_claims, n_places, n_quantities FROM documents")
        assert len(docs) >= 40
        for d in docs:
            contract = json.loads(d["json"])
            counts = {t: led.db.rows(f"SELECT COUNT(*) AS n FROM {t} WHERE doc_id = ?",
                                     (d["id"],))[0]["n"]
                      for t in ("claims", "places", "quantities", "claims_fts")}
            assert counts["claims"] == counts["claims_fts"] == d["n_claims"] == len(
                contract["claims"])
            assert counts["places"] == d["n_places"] == len(contract["places"])
            assert counts["quantities"] == d["n_quantities"] == len(contract["quantities"])
        # no orphans left by a half-written document
        assert led.db.rows("SELECT COUNT(*) AS n FROM claims WHERE doc_id NOT IN "
                           "(SELECT id FROM documents)")[0]["n"] == 0
        # and the ledger still takes writes and analyses
        assert led.refresh(force=True)
        assert led.series()
