"""`make bench`: throughput of claimtrace extract against bare spaCy on the same texts.

Both run in this process on the same texts (the bundled demo corpus, plus the worked
example and dev articles of ../shared when given), after a warm-up, so the ratio is
meaningful on any machine. Prints words/s and articles/s of each, their ratio, the share
of each pipeline step, and the gazetteer's load time.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from .model import Meta
from .pipeline import Extractor, Options


def corpus(shared: Path | None) -> list[tuple[str, Meta]]:
    from .demo import demo_paths
    from .readers import ReadOptions, read_inputs

    items = [(r.text, r.meta) for r in read_inputs([str(p) for p in demo_paths()], ReadOptions())
             if hasattr(r, "text")]
    if shared is not None:
        ex = shared / "examples"
        for gold in sorted(ex.glob("*.gold.json")) + sorted((ex / "dev").glob("*.gold.json")):
            txt = gold.with_name(gold.name.replace(".gold.json", ".txt"))
            published = json.loads(gold.read_text(encoding="utf-8")).get("published")
            items.append((txt.read_text(encoding="utf-8"), Meta(published=published)))
    return items


def run(shared: Path | None, *, repeat: int = 3) -> dict:
    import spacy

    from . import gazetteer
    from .steps.parse import MODEL_ALIASES

    items = corpus(shared) * repeat
    texts = [t for t, _ in items]
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    gazetteer.load()
    gaz_load = time.perf_counter() - t0

    bare = spacy.load(MODEL_ALIASES["en_core_web_sm"])
    list(bare.pipe(texts[:2]))  # warm-up
    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=16):
        pass
    spacy_s = time.perf_counter() - t0

    ex = Extractor(Options())
    list(ex.extract_many(items[:2]))  # warm-up: loads model, lexicons, gazetteer
    ex.timings.clear()
    t0 = time.perf_counter()
    n_claims = sum(len(d.claims) for d in ex.extract_many(items))
    ct_s = time.perf_counter() - t0
    total = sum(ex.timings.values()) or 1.0
    return {
        "articles": len(texts), "words": words, "claims": n_claims,
        "spacy_words_per_s": words / spacy_s, "spacy_articles_per_s": len(texts) / spacy_s,
        "claimtrace_words_per_s": words / ct_s, "claimtrace_articles_per_s": len(texts) / ct_s,
        "ratio_to_spacy": spacy_s / ct_s,
        "step_share": {k: v / total for k, v in sorted(ex.timings.items())},
        "gazetteer_load_s": gaz_load,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="claimtrace-bench", description=__doc__)
    ap.add_argument("--shared", default=None, help="also use ../shared's example articles")
    ap.add_argument("--repeat", type=int, default=3, help="how many times the corpus is run")
    args = ap.parse_args(argv)
    r = run(Path(args.shared) if args.shared else None, repeat=args.repeat)
    print(f"texts: {r['articles']} articles, {r['words']} words, {r['claims']} claims extracted")
    print(f"bare spaCy nlp.pipe : {r['spacy_words_per_s']:9.0f} words/s  "
          f"{r['spacy_articles_per_s']:7.2f} articles/s")
    print(f"claimtrace extract  : {r['claimtrace_words_per_s']:9.0f} words/s  "
          f"{r['claimtrace_articles_per_s']:7.2f} articles/s")
    print(f"ratio (claimtrace / spaCy throughput): {r['ratio_to_spacy']:.2f}")
    print("share of extract time by step: " + ", ".join(
        f"{k} {v:.0%}" for k, v in r["step_share"].items()))
    print(f"gazetteer load: {r['gazetteer_load_s']:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
