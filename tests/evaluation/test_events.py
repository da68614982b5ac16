"""Scoring helpers of the event evaluations (PLOVER-GSR, CASE 2021), on hand-written inputs."""
from __future__ import annotations

import csv

import pytest

from claimtrace.evaluation.events import (
    CASE_FILE, NONE, PloverRecord, _codes, acled_map, actor_code, classify_scores, main_claim,
    predicted_label, score_case, score_plover)
from claimtrace.model import Actor, Claim, Document, Span
from claimtrace.model import PLOVER_TYPES

EV = Span(0, 10, "0123456789")


def _claim(type_, subtype=None, **kw) -> Claim:
    return Claim("c", "event", type_, EV, subtype=subtype, **kw)


def test_every_acled_row_uses_contract_types():
    rows = acled_map()
    assert len(rows) == 30
    for r in rows.values():
        assert set(r.types) <= set(PLOVER_TYPES)
        assert (not r.types) == (r.label == NONE)


def test_predicted_label_prefers_subtype_then_primary_type():
    assert predicted_label(None) == NONE
    assert predicted_label(_claim("ASSAULT", "attack")) == "attack"
    assert predicted_label(_claim("ASSAULT", "combat")) == "combat"
    # a toll or a loss is told of the attack behind it (ACLED codes that event, not its toll);
    # assault_other (sexual violence, looting) takes only ASSAULT claims with no subtype
    assert predicted_label(_claim("ASSAULT", "casualties")) == "attack"
    assert predicted_label(_claim("ASSAULT", "equipment_loss")) == "attack"
    assert predicted_label(_claim("ASSAULT")) == "assault_other"
    assert predicted_label(_claim("COERCE", "capture")) == "capture"
    assert predicted_label(_claim("COERCE", "combat")) == "coerce_other"
    assert predicted_label(_claim("PROTEST")) == "protest"
    assert predicted_label(_claim("SANCTION", "sanction")) == "diplomatic"
    assert predicted_label(_claim("AID", "arms_transfer")) == "other:arms_transfer"


def test_classify_scores_micro_macro_and_none():
    gold = ["attack", "attack", "protest", NONE]
    pred = ["attack", NONE, "attack", "attack"]
    s = classify_scores(gold, pred, "x")
    # 1 right of 3 predictions and of 3 gold events
    assert s["x.micro_precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert s["x.micro_recall"] == pytest.approx(1 / 3, abs=1e-4)
    # attack: p 1/3, r 1/2 -> 0.4; protest: 0
    assert s["x.macro_f1"] == pytest.approx(0.2)
    assert s["x.accuracy"] == 0.25


def test_score_case_type_level_accepts_any_allowed_type():
    doc_hit = Document(text="a")
    doc_hit.claims = [_claim("COERCE", "capture")]
    doc_type_only = Document(text="b")
    doc_type_only.claims = [_claim("ASSAULT", "casualties")]
    doc_none = Document(text="c")
    s = score_case([("a", "ARREST"), ("b", "GOV_REGAINS_TERIT"), ("c", "NATURAL_DISASTER")],
                   [doc_hit, doc_type_only, doc_none])
    assert s["case2021.accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["case2021.type.accuracy"] == 1.0  # ASSAULT is allowed for territory regained


def test_codes_keep_countries_only():
    assert _codes([{"code": "usa"}, {"code": "IGO"}, {"code": "JAP"}, {}]) == ["USA", "JPN"]
    assert _codes("") == []


def test_score_plover_types_and_actor_codes():
    doc = Document(text="Russia attacked Ukraine.")
    doc.actors = [Actor("a1", "Russia", "state", code="RUS"),
                  Actor("a2", "Ukrainian army", "military_unit", country="UKR")]
    doc.claims = [_claim("ASSAULT", "attack", actor="a1", target="a2",
                         trigger=Span(7, 15, "attacked"))]
    assert actor_code(doc, "a2") == "UKR" and actor_code(doc, None) is None
    assert main_claim(doc, 7) is doc.claims[0]
    empty = Document(text="Nothing here.")
    recs = [PloverRecord(doc.text, "ASSAULT", ["RUS"], ["UKR"]),
            PloverRecord(empty.text, "AGREE", ["FRA"], [])]
    s = score_plover(recs, [doc, empty], [7, None])
    assert s["plover.type_accuracy"] == 0.5
    assert s["plover.source_code_accuracy"] == 0.5
    assert s["plover.target_code_accuracy"] == 1.0


@pytest.mark.shared
def test_acled_map_covers_every_case2021_label(shared_dir):
    with (shared_dir / CASE_FILE).open(encoding="utf-8", newline="") as fh:
        labels = {r["SubType"] for r in csv.DictReader(fh, delimiter="\t",
                                                         quoting=csv.QUOTE_NONE)}
    assert labels and labels <= set(acled_map())


@pytest.mark.slow
@pytest.mark.shared
def test_events_run_on_a_few_records(shared_dir):
    from claimtrace.evaluation.events import run

    out = run(shared_dir, limit=20)
    assert "20 sentences" in out["data"] and "20 snippets" in out["data"]
    assert all(0.0 <= v <= 1.0 for v in out["scores"].values())
