"""Evaluation of the `actors` step on the worked examples (examples/*.gold.json `actors`).

Each text is cleaned (`repair.clean_text`), parsed, and run through the actors step only;
the result is scored by shared/eval/score_documents.py (its `actors` section): `found`
(an actor mention overlaps the gold mention) and `correct` (code, country and kind
agree). koksan-crimea + the first four dev articles are the tuning set, the last four dev
articles the held-out set.

Also PLOVER-GSR-CAMEO's coded actors (`actorText` with an ISO3 `code`), scored on the
actors step alone: `plover.*.code_accuracy` is the share of gold actors whose text is
covered by an actor mention carrying that code (`code or country`); `plover.*.unresolved` the
share covered by no actor at all. Even records tune, odd records are held out. This
separates actor resolution from claim roles (the events suite scores both together).
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from ..model import Document
from . import run_step, shared_scorer

log = logging.getLogger(__name__)

TUNE_EXAMPLES = ("koksan-crimea", "article-05", "article-08", "article-12", "article-16")
HELDOUT_EXAMPLES = ("article-19", "article-22", "article-25", "article-27")


def _clean(raw: str) -> str:
    try:
        from ..repair import clean_text
    except ImportError:
        return raw
    return clean_text(raw)[0]


def extract_actors(texts: list[str]) -> list[Document]:
    """Clean and parse `texts`, then run the actors step on each (no other step)."""
    from ..steps.actors import resolve_actors

    return run_step([_clean(t) for t in texts], resolve_actors)


def score_examples(shared: Path, names: tuple[str, ...]) -> dict[str, float]:
    ex = shared / "examples"
    paths = {p.name[: -len(".gold.json")]: p
             for p in [*ex.glob("*.gold.json"), *(ex / "dev").glob("*.gold.json")]}
    names = tuple(n for n in names if n in paths)
    golds = [json.loads(paths[n].read_text(encoding="utf-8")) for n in names]
    texts = [paths[n].with_name(n + ".txt").read_text(encoding="utf-8") for n in names]
    scorer = shared_scorer(shared)
    total = scorer.Tally()
    for gold, doc in zip(golds, extract_actors(texts)):
        total.merge(scorer.score({"actors": gold.get("actors", [])}, doc.to_dict()))
    return {k: round(total.ratio(k) or 0.0, 3) for k in ("actors.found", "actors.correct")
            if k in total.c} | {"n": float(total.c.get("actors.found", (0, 0))[1])}


def plover_actors(path: Path, *, limit: int | None = None) -> list[tuple[str, list]]:
    """(text, [(start, end, code)]) of PLOVER records with country-coded gold actors."""
    from .events import CAMEO_ISO, NON_COUNTRY

    rows = [r for r in json.loads(path.read_text(encoding="utf-8"))
            if r.get("text") and r.get("event") != "DOCUMENT"][:limit]
    out = []
    for r in rows:
        golds = []
        for role in ("source", "target"):
            for a in r.get(role) if isinstance(r.get(role), list) else []:
                code = (a.get("code") or "").upper()
                code = CAMEO_ISO.get(code, code)
                start = r["text"].find(a.get("actorText") or "\0")
                if len(code) == 3 and code.isalpha() and code not in NON_COUNTRY and start >= 0:
                    golds.append((start, start + len(a["actorText"]), code))
        out.append((r["text"], golds))
    return out


def score_plover(items: list[tuple[str, list]]) -> dict[str, float]:
    n = ok = none = 0
    for doc, (_text, golds) in zip(extract_actors([t for t, _ in items]), items):
        for start, end, code in golds:
            hits = [a.code or a.country for a in doc.actors
                    for m in a.mentions if m.start < end and start < m.end]
            n += 1
            ok += code in hits
            none += not hits
    return {"code_accuracy": round(ok / n, 3) if n else 0.0,
            "unresolved": round(none / n, 3) if n else 0.0, "n": float(n)}


def run(shared: Path, *, limit: int | None = None) -> dict:
    """Actor scores on the tuning and held-out worked examples and PLOVER's coded actors."""
    from .events import PLOVER_FILE

    tune = TUNE_EXAMPLES[:limit] if limit else TUNE_EXAMPLES
    held = HELDOUT_EXAMPLES[:limit] if limit else HELDOUT_EXAMPLES
    a, b = score_examples(shared, tune), score_examples(shared, held)
    scores = {f"tune.{k}": v for k, v in a.items()} | {f"heldout.{k}": v for k, v in b.items()}
    data = (f"examples: tune {', '.join(tune)} ({int(a['n'])} gold actors); "
            f"held-out {', '.join(held)} ({int(b['n'])} gold actors)")
    path = Path(shared) / PLOVER_FILE
    if path.exists():
        items = plover_actors(path, limit=limit * 20 if limit else None)
        for half, part in (("tune", items[0::2]), ("heldout", items[1::2])):
            res = score_plover(part)
            scores |= {f"plover.{half}.{k}": v for k, v in res.items()}
        data += f"; {PLOVER_FILE} ({len(items)} sentences, even tune / odd held-out)"
    return {"data": data, "scores": scores}


if __name__ == "__main__":
    import sys

    print(json.dumps(run(Path(sys.argv[1]) if len(sys.argv) > 1
                         else Path(__file__).resolve().parents[4] / "shared"), indent=1))
