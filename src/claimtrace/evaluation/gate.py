"""`make eval`: run every evaluation, print the table, fail on a drop below a floor.

Floors live in `eval/floors.json` (`{"metric": floor}`; for lower-is-better metrics such
as a median error in km the number is a ceiling); the scores of the last run are
written to `eval/last-run.json`. `--update-floors` records the current scores, less a
small margin, as the new floors (do it in the commit that improves them, never to hide a
drop).
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
FLOORS = REPO / "eval" / "floors.json"
LAST = REPO / "eval" / "last-run.json"
SUITES = ("documents", "geoparsing", "temporal", "quantities", "actors", "attribution", "events")
MARGIN = 0.01


def direction(metric: str) -> int:
    """+1 higher is better, -1 lower is better (errors, distances), 0 not gated (counts)."""
    last = metric.rsplit(".", 1)[-1]
    if last == "n" or last.startswith("n_") or last.endswith("_n") or "_n_" in last:
        return 0
    if last.endswith("_km") or "unresolved" in last:
        return -1
    return 1


def breaches(score: float | None, bound: float | None, metric: str) -> bool:
    """True when `score` is on the wrong side of its recorded bound."""
    if score is None or bound is None:
        return False
    d = direction(metric)
    return (d > 0 and score < bound - 1e-9) or (d < 0 and score > bound + 1e-9)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="claimtrace-eval", description=__doc__)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"),
                    help="folder holding benchmarks/, examples/ and eval/")
    ap.add_argument("--only", action="append", choices=SUITES, help="run only these suites")
    ap.add_argument("--limit", type=int, default=None, help="documents per suite (quick runs)")
    ap.add_argument("--update-floors", action="store_true", help="record scores as floors")
    args = ap.parse_args(argv)
    shared = Path(args.shared).resolve()
    if not (shared / "benchmarks").exists() and not (shared / "examples").exists():
        print(f"make eval: no evaluation data at {shared} (benchmarks/, examples/); "
              "pass --shared PATH. Nothing was scored.")
        return 2
    scores: dict[str, float] = {}
    for name in args.only or SUITES:
        try:
            mod = importlib.import_module(f"claimtrace.evaluation.{name}")
        except ModuleNotFoundError:
            print(f"[{name}] not available in this version")
            continue
        t0 = time.perf_counter()
        res = mod.run(shared, limit=args.limit)
        took = time.perf_counter() - t0
        print(f"[{name}] data: {res['data']} ({took:.0f} s)")
        for k, v in res["scores"].items():
            scores[f"{name}.{k}"] = v
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failed = []
    print(f"\n{'metric':58} {'score':>9} {'floor':>7}")
    for k, v in scores.items():
        floor = floors.get(k)
        mark = ""
        if breaches(v, floor, k):
            failed.append(k)
            mark = "  BELOW FLOOR"
        fs = "" if floor is None else f"{floor:7.3f}"
        vs = "     n/a" if v is None else f"{v:9.3f}"
        print(f"{k:58} {vs} {fs}{mark}")
    missing = [k for k in floors if k not in scores and not args.only and not args.limit]
    for k in missing:
        print(f"{k:58}     --- {floors[k]:7.3f}  MISSING")
    if not args.limit and not args.only:
        LAST.write_text(json.dumps(scores, indent=1, sort_keys=True) + "\n")
    if args.update_floors:
        new = {}
        for k, v in scores.items():
            d = direction(k)
            if v is None or d == 0:
                continue
            # floors sit a small margin below (ceilings above) today's score
            new[k] = round(max(0.0, v - MARGIN), 3) if d > 0 else round(v * 1.1 + MARGIN, 3)
        FLOORS.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n")
        print(f"floors updated in {FLOORS}")
        return 0
    if failed or missing:
        print(f"\nmake eval FAILED: {len(failed)} below floor, {len(missing)} missing")
        return 1
    print("\nmake eval: all scores at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
