"""Score whole documents against gold files with ../shared/eval/score_documents.py.

Sets: the worked example (`examples/koksan-crimea`), the eight dev articles
(`examples/dev/`), the team's own gold files for demo articles (`eval/gold/`), and the
held-out sets (`eval/holdout*/`: articles and gold written by a team member who never saw
the code or its output; rules are not tuned on it, so it is the nearest to unseen data).
Predictions are written to `out/eval/<set>/` so they can be inspected.
`CLAIMTRACE_EVAL_EXCLUDE=holdout19,holdout20` leaves named held-out folders out, e.g. while
a blind annotator is still writing one (its half-written gold would break the run, and its
predictions should not be produced where developers look).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ..model import Meta
from ..pipeline import default_extractor

REPO = Path(__file__).resolve().parents[3]


def _pairs(shared: Path) -> dict[str, list[tuple[Path, Path]]]:
    """Gold files and their article texts, by set name."""
    sets: dict[str, list[tuple[Path, Path]]] = {}
    ex = shared / "examples"
    koksan = ex / "koksan-crimea.gold.json"
    if koksan.exists():
        sets["worked-example"] = [(koksan, ex / "koksan-crimea.txt")]
    dev = sorted((ex / "dev").glob("*.gold.json"))
    if dev:
        sets["dev"] = [(g, g.with_name(g.name.replace(".gold.json", ".txt"))) for g in dev]
    skip = set(filter(None, os.environ.get("CLAIMTRACE_EVAL_EXCLUDE", "").split(",")))
    for folder in sorted((REPO / "eval").glob("holdout*")):
        if folder.name in skip:
            continue
        held = sorted(folder.glob("*.gold.json"))
        if held:
            sets[folder.name] = [(g, g.with_name(g.name.replace(".gold.json", ".txt")))
                                 for g in held]
    return sets


def score_pairs(pairs: list[tuple[Path, str, str | None]], out_dir: Path, scorer: Path) -> dict:
    """Extract each (gold, text, published) and score them together."""
    ex = default_extractor()
    out_dir.mkdir(parents=True, exist_ok=True)
    args = []
    for gold, text, published in pairs:
        doc = ex.extract(text, Meta(published=published, path=gold.name))
        pred = out_dir / gold.name.replace(".gold.json", ".json")
        pred.write_text(json.dumps(doc.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
        args += [str(gold), str(pred)]
    res = subprocess.run([sys.executable, str(scorer), *args, "--json"], capture_output=True,
                         text=True, check=True)
    return json.loads(res.stdout)


def run(shared: Path, *, limit: int | None = None) -> dict:
    scorer = shared / "eval" / "score_documents.py"
    results = {}
    found = []
    for name, pairs in _pairs(shared).items():
        items = []
        for gold, txt in pairs[:limit]:
            g = json.loads(gold.read_text(encoding="utf-8"))
            items.append((gold, txt.read_text(encoding="utf-8"), g.get("published")))
        rep = score_pairs(items, REPO / "out" / "eval" / name, scorer)
        found.append(f"{name}: {rep['documents']} documents")
        for k, v in rep["scores"].items():
            results[f"{name}.{k}"] = v["ratio"]
    own = _own_gold_items()
    if own:
        rep = score_pairs(own, REPO / "out" / "eval" / "own", scorer)
        found.append(f"own gold: {rep['documents']} documents")
        for k, v in rep["scores"].items():
            results[f"own.{k}"] = v["ratio"]
    return {"data": "; ".join(found) or "no gold documents found", "scores": results}


def _own_gold_items() -> list[tuple[Path, str, str | None]]:
    """(gold, text, published) for eval/gold/*.gold.json; texts come from the demo corpus."""
    demo = REPO / "src" / "claimtrace" / "demo"
    by_name: dict[str, tuple[str, str | None]] = {}
    jl = demo / "articles.jsonl"
    if jl.exists():
        for line in jl.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                by_name[f"articles.jsonl#{obj.get('id')}"] = (obj["text"], obj.get("published"))
    for f in sorted((demo / "files").glob("*.txt")) if (demo / "files").exists() else []:
        by_name[f.name] = (f.read_text(encoding="utf-8"), None)
    items = []
    for g in sorted((REPO / "eval" / "gold").glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        hit = by_name.get(gold.get("file", "")) or by_name.get(Path(gold.get("file", "")).stem)
        if hit:
            items.append((g, hit[0], gold.get("published") or hit[1]))
    return items
