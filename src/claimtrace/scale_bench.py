"""Scale benchmark: query, series and page latency on a generated ledger of N claims.

    >>> from claimtrace.scale_bench import run
    >>> run(100_000, workdir="out/scale")   # {"ledger": {...}, "queries": {...}, "pages": {...}}

    $ python -m claimtrace.scale_bench --claims 100000 --workdir out/scale

The ledger is generated once by `claimtrace.ledger.synth.build_ledger` and cached as
`<workdir>/synth-<N>-s<seed>.db` (several minutes for 100k claims; never commit it).
Each query runs `repeat` times on one open ledger, each page `page_repeat` times
through the in-process web client (`claimtrace.web.bench.page_latency`); the result
holds p50/p95 in milliseconds. Goals (issues 6 and 7): query and series p95 < 200 ms,
page p95 < 300 ms at 100k claims.
"""
from __future__ import annotations

import argparse
import logging
import statistics
import time
from pathlib import Path
from typing import Any, Callable

from .ledger import Ledger
from .ledger.synth import build_ledger

log = logging.getLogger(__name__)

QUERY_GOAL_MS = 200.0
PAGE_GOAL_MS = 300.0


def ledger_file(n_claims: int, *, workdir: str | Path, seed: int = 0) -> Path:
    """The cached synthetic ledger, generated when missing (written to a temporary
    name first, so an interrupted build is never reused)."""
    path = Path(workdir) / f"synth-{n_claims}-s{seed}.db"
    if not path.exists():
        tmp = path.with_suffix(".building")
        for leftover in Path(workdir).glob(tmp.name + "*"):
            leftover.unlink()
        report = build_ledger(tmp, n_claims, seed=seed)
        log.info("generated %s", report)
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        tmp.rename(path)
    return path


def queries(led: Ledger) -> dict[str, Callable[[], Any]]:
    """Named ledger calls that a researcher or a page makes, on this ledger's data."""
    series = led.series()
    big = series[0].key if series else ""
    mid = series[len(series) // 2].key if series else ""
    typical = {"actor": {"actor": "PRK"}, "actor_name": {"actor": "korea"},
               "subtype": {"subtype": "troop_deployment"}, "text": {"text": "troops"},
               "dates": {"since": "2023-01-01", "until": "2023-03-31"},
               "source": {"source": "intelligence"}, "place": {"place": "Kursk"},
               "combined": {"actor": "PRK", "subtype": "troop_deployment",
                            "since": "2023-01-01"}}
    out: dict[str, Callable[[], Any]] = {"claims()": lambda: led.claims()}
    for name, f in typical.items():
        out[f"claims({name})"] = lambda f=f: led.claims(**f, limit=50)
        out[f"count_claims({name})"] = lambda f=f: led.count_claims(**f)
    out["claims(order_by=value)"] = lambda: led.claims(order_by="value", limit=50)
    out["claims(subtype, order_by=actor, page 20)"] = lambda: led.claims(
        subtype="arms_transfer", order_by="actor", desc=False, limit=50, offset=950)
    out["series()"] = led.series
    out["series_points(largest)"] = lambda: led.series_points(big)
    out["series_points(median)"] = lambda: led.series_points(mid)
    out["conflicts() (all)"] = led.conflicts
    out["conflicts(limit=100)"] = lambda: led.conflicts(limit=100)
    out["conflicts(largest)"] = lambda: led.conflicts(kind=None, key=big)
    out["stats()"] = led.stats
    out["events(100)"] = lambda: led.events(limit=100)
    return out


def timings(f: Callable[[], Any], repeat: int) -> dict[str, float]:
    """p50/p95 (ms) of `repeat` calls after one warm-up call."""
    f()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2),
            "n": repeat}


def run(n_claims: int = 100_000, *, workdir: str | Path, seed: int = 0, repeat: int = 20,
        page_repeat: int = 20, pages: bool = True) -> dict[str, Any]:
    """Build or reuse the ledger, then time every query and page (see module doc)."""
    from .web.bench import page_latency

    t0 = time.perf_counter()
    path = ledger_file(n_claims, workdir=workdir, seed=seed)
    built_s = round(time.perf_counter() - t0, 1)
    with Ledger.open(path) as led:
        t1 = time.perf_counter()
        led.refresh()
        stats = led.stats()
        info = {"path": str(path), "claims": stats.claims, "documents": stats.documents,
                "series": stats.series, "contradictions": stats.contradictions,
                "events": stats.events, "schema": led.schema_version(),
                "build_or_open_s": built_s,
                "first_refresh_s": round(time.perf_counter() - t1, 1)}
        q = {name: timings(f, repeat) for name, f in queries(led).items()}
    out = {"ledger": info, "queries": q, "pages": {}}
    if pages:
        out["pages"] = page_latency(str(path), n=page_repeat)
    out["goals"] = {"query_p95_ms": QUERY_GOAL_MS, "page_p95_ms": PAGE_GOAL_MS,
                    "queries_met": all(v["p95_ms"] < QUERY_GOAL_MS for v in q.values()),
                    "pages_met": all(v["p95_ms"] < PAGE_GOAL_MS
                                     for v in out["pages"].values())}
    return out


def format_table(result: dict[str, Any]) -> str:
    lines = [" ".join(f"{k}={v}" for k, v in result["ledger"].items()), ""]
    for section, goal in (("queries", QUERY_GOAL_MS), ("pages", PAGE_GOAL_MS)):
        lines.append(f"{section:<52} {'p50 ms':>9} {'p95 ms':>9}  (goal p95 < {goal:.0f})")
        for name, t in result[section].items():
            flag = "" if t["p95_ms"] < goal else "  OVER"
            lines.append(f"{name:<52} {t['p50_ms']:>9.1f} {t['p95_ms']:>9.1f}{flag}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m claimtrace.scale_bench",
                                description=__doc__.split("\n\n")[0])
    p.add_argument("--claims", type=int, default=100_000)
    p.add_argument("--workdir", default="out/scale")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--page-repeat", type=int, default=20)
    p.add_argument("--no-pages", action="store_true")
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request otherwise
    print(format_table(run(a.claims, workdir=a.workdir, seed=a.seed, repeat=a.repeat,
                           page_repeat=a.page_repeat, pages=not a.no_pages)))


if __name__ == "__main__":
    main()
