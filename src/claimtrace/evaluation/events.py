"""Event typing and actor coding on PLOVER-GSR-CAMEO and CASE 2021 task 2 (ACLED).

* PLOVER-GSR-CAMEO (`benchmarks/events/PLOVER-GSR-CAMEO/PLOVER_GSR_CAMEO.json`): one
  sentence per record with a PLOVER 0.5 event type and source/target actors coded ISO3.
  Each sentence goes through the pipeline; the predicted event is the claim whose trigger
  is the sentence's root, else the first claim. Gold 0.5 types are renamed to PLOVER
  2021 types (`OLD_PLOVER`, from the CAMEO->PLOVER 2021 table). Type accuracy counts a
  sentence with no claim as wrong. Actor accuracy: over gold actors with a country code,
  the predicted claim's actor (source) or target/recipient (target) has that code, read
  as `actor.code or actor.country`.
* CASE 2021 task 2 (`benchmarks/events/CASE2021-task2-ACLED/...with_labels.tsv`): one
  news snippet per row with one of 30 labels. Labels are mapped to claimtrace classes by
  `resources/claims/acled_map.tsv`; the first claim of a snippet is its prediction.
  Micro F1 counts classes other than `none` (a claim on a `none` snippet is a false
  positive, no claim on an event snippet a false negative); macro F1 averages the
  per-class F1 of the gold classes other than `none`. Also scored at PLOVER type level.
"""
from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..model import Claim, Document, Meta
from ..resources import read_tsv

PLOVER_FILE = Path("benchmarks", "events", "PLOVER-GSR-CAMEO", "PLOVER_GSR_CAMEO.json")
CASE_FILE = Path("benchmarks", "events", "CASE2021-task2-ACLED",
                 "test_set_final_release_with_labels.tsv")
# PLOVER 0.5 (2016) categories renamed in PLOVER 2021 (CAMEO 10 -> REQUEST, 09 and 11 ->
# ACCUSE, 19 -> ASSAULT in CAMEO2PLOVER-2021.txt)
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}
# codes in the gold actors that are sectors, not countries; CAMEO spellings of ISO3 codes
NON_COUNTRY = {"IGO", "NGO", "MNC", "UNO", "REB", "INS", "SPY"}
CAMEO_ISO = {"JAP": "JPN"}
NONE = "none"


# --- shared helpers ------------------------------------------------------------------------
def extractor():
    """The default pipeline without `clean` (benchmark sentences need no repair)."""
    from ..pipeline import DEFAULT_STEPS, Options, default_extractor

    return default_extractor(Options(steps=tuple(s for s in DEFAULT_STEPS if s != "clean")))


def actor_code(doc: Document, actor_id: str | None) -> str | None:
    """The country code of an actor: its own code, else the country it belongs to."""
    for a in doc.actors:
        if a.id == actor_id:
            return a.code or a.country
    return None


def main_claim(doc: Document, root_start: int | None = None) -> Claim | None:
    """The claim whose trigger starts at `root_start`, else the first claim."""
    for c in doc.claims:
        if root_start is not None and c.trigger is not None and c.trigger.start == root_start:
            return c
    return doc.claims[0] if doc.claims else None


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --- PLOVER ----------------------------------------------------------------------------------
@dataclass(slots=True)
class PloverRecord:
    text: str
    type: str
    sources: list[str]
    targets: list[str]


def _codes(actors) -> list[str]:
    if not isinstance(actors, list):
        return []
    out = []
    for a in actors:
        code = (a.get("code") or "").upper()
        code = CAMEO_ISO.get(code, code)
        if len(code) == 3 and code.isalpha() and code not in NON_COUNTRY:
            out.append(code)
    return out


def read_plover(path: Path, *, limit: int | None = None) -> list[PloverRecord]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    out = [PloverRecord(r["text"], OLD_PLOVER.get(r["event"], r["event"]),
                        _codes(r.get("source")), _codes(r.get("target")))
           for r in rows if r.get("text") and r.get("event") != "DOCUMENT"]
    return out[:limit]


def score_plover(records: list[PloverRecord], docs: list[Document],
                 roots: list[int | None]) -> dict[str, float]:
    right = src_n = src_ok = tar_n = tar_ok = 0
    for rec, doc, root in zip(records, docs, roots):
        claim = main_claim(doc, root)
        right += claim is not None and claim.type == rec.type
        if rec.sources:
            src_n += 1
            src_ok += claim is not None and actor_code(doc, claim.actor) in rec.sources
        if rec.targets:
            tar_n += 1
            if claim is not None:
                got = {actor_code(doc, claim.target), actor_code(doc, claim.recipient)}
                tar_ok += bool(got & set(rec.targets))
    n = len(records)
    return {"plover.type_accuracy": round(right / n, 4) if n else 0.0,
            "plover.source_code_accuracy": round(src_ok / src_n, 4) if src_n else 0.0,
            "plover.target_code_accuracy": round(tar_ok / tar_n, 4) if tar_n else 0.0,
            "plover.claim_rate": round(sum(bool(d.claims) for d in docs) / n, 4) if n else 0.0}


def run_plover(shared: Path, *, limit: int | None = None) -> tuple[str, dict[str, float]]:
    from ..steps.parse import load_nlp

    records = read_plover(Path(shared) / PLOVER_FILE, limit=limit)
    docs = list(extractor().extract_many((r.text, Meta()) for r in records))
    roots = []
    for sp in load_nlp().pipe(r.text for r in records):
        first = next(iter(sp.sents), None)
        roots.append(first.root.idx if first is not None else None)
    return f"{PLOVER_FILE} ({len(records)} sentences)", score_plover(records, docs, roots)


# --- CASE 2021 / ACLED -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AcledClass:
    acled: str
    types: tuple[str, ...]
    subtype: str | None
    label: str


@lru_cache(maxsize=1)
def acled_map() -> dict[str, AcledClass]:
    """ACLED sub-event label -> the claimtrace class it is scored as."""
    return {r["acled"]: AcledClass(r["acled"], tuple(t for t in r["types"].split("|") if t),
                                   r["subtype"] or None, r["label"])
            for r in read_tsv("claims", "acled_map.tsv")}


# ACLED codes the violent event, not its toll: a claim of casualties or of lost equipment
# ("12 people were killed when a bomb ...") falls in the class of the attack behind it
TOLL_SUBTYPES = ("casualties", "equipment_loss")
ATTACK = "attack"


def predicted_label(claim: Claim | None) -> str:
    """The mapped class a claim falls in (`none` without a claim, `other:X` outside)."""
    if claim is None:
        return NONE
    rows = list(acled_map().values())
    if claim.type == "ASSAULT" and claim.subtype in TOLL_SUBTYPES:
        return ATTACK  # a toll or a loss is told of the attack that caused it
    for r in rows:
        if r.subtype and claim.subtype == r.subtype and claim.type in r.types:
            return r.label
    for r in rows:
        if not r.subtype and r.types and r.types[0] == claim.type:
            return r.label
    for r in rows:
        if not r.subtype and claim.type in r.types:
            return r.label
    return f"other:{claim.subtype or claim.type}"


def classify_scores(gold: list[str], pred: list[str], prefix: str) -> dict[str, float]:
    """Micro P/R/F1 over non-`none` classes, macro F1 over gold classes, accuracy."""
    tp = sum(g == p != NONE for g, p in zip(gold, pred))
    n_pred = sum(p != NONE for p in pred)
    n_gold = sum(g != NONE for g in gold)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    per = []
    for label in sorted(set(gold) - {NONE}):
        t = sum(g == q == label for g, q in zip(gold, pred))
        np_ = sum(q == label for q in pred)
        ng = sum(g == label for g in gold)
        per.append(f1(t / np_ if np_ else 0.0, t / ng if ng else 0.0))
    acc = sum(g == q for g, q in zip(gold, pred)) / len(gold) if gold else 0.0
    return {f"{prefix}.micro_precision": round(p, 4), f"{prefix}.micro_recall": round(r, 4),
            f"{prefix}.micro_f1": round(f1(p, r), 4),
            f"{prefix}.macro_f1": round(sum(per) / len(per), 4) if per else 0.0,
            f"{prefix}.accuracy": round(acc, 4)}


def read_case(path: Path, *, limit: int | None = None) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [(r["EventSnippet"], r["SubType"])
                for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return rows[:limit]


def score_case(rows: list[tuple[str, str]], docs: list[Document]) -> dict[str, float]:
    amap = acled_map()
    gold, pred, gold_t, pred_t = [], [], [], []
    for (_, acled), doc in zip(rows, docs):
        cls = amap[acled]
        claim = doc.claims[0] if doc.claims else None
        gold.append(cls.label)
        pred.append(predicted_label(claim))
        # type level: right when the claim's type is one the class allows
        gold_t.append(cls.types[0] if cls.types else NONE)
        ptype = claim.type if claim is not None and claim.type else NONE
        pred_t.append(gold_t[-1] if ptype in cls.types else ptype)
    scores = classify_scores(gold, pred, "case2021")
    scores.update(classify_scores(gold_t, pred_t, "case2021.type"))
    return scores


def run_case(shared: Path, *, limit: int | None = None) -> tuple[str, dict[str, float]]:
    rows = read_case(Path(shared) / CASE_FILE, limit=limit)
    unknown = sorted({a for _, a in rows} - set(acled_map()))
    if unknown:
        from ..errors import ClaimtraceError
        raise ClaimtraceError("E102", path=f"acled_map.tsv (no row for {', '.join(unknown)})")
    docs = list(extractor().extract_many((text, Meta()) for text, _ in rows))
    counts = Counter(acled_map()[a].label for _, a in rows)
    return (f"{CASE_FILE} ({len(rows)} snippets, {len(counts)} mapped classes)",
            score_case(rows, docs))


def run(shared: Path, *, limit: int | None = None) -> dict:
    """Score event typing on PLOVER-GSR-CAMEO and CASE 2021 task 2."""
    data_p, scores = run_plover(shared, limit=limit)
    data_c, case = run_case(shared, limit=limit)
    scores.update(case)
    return {"data": f"{data_p}; {data_c}", "scores": scores}
