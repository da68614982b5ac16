"""Page latency: p50/p95 of each page and its API route, in-process (TestClient).

    >>> from claimtrace.web.bench import page_latency
    >>> page_latency("claimtrace.db", n=50)["/claims"]   # {"p50_ms": .., "p95_ms": ..}
"""
from __future__ import annotations

import statistics
import time
from urllib.parse import quote

from ..ledger import Ledger
from .app import create_app


def sample_urls(db: str) -> list[str]:
    """One URL of every page (and API route) that exists in this ledger."""
    urls = ["/", "/documents", "/claims", "/claims?sort=value&page=2", "/series", "/map",
            "/actors", "/api/overview", "/api/claims", "/api/claims.csv", "/api/map"]
    with Ledger.open(db) as led:
        docs = led.documents(limit=None)
        if docs:
            busiest = max(docs, key=lambda d: d.n_claims)
            urls += [f"/documents/{quote(busiest.id)}", f"/api/documents/{quote(busiest.id)}"]
        series = led.series()
        if series:
            urls += [f"/series/{quote(series[0].key, safe='')}",
                     f"/api/series/{quote(series[0].key, safe='')}"]
        claims = led.claims(limit=1)
        if claims and claims[0].actor_code:
            urls.append(f"/actors/{quote(claims[0].actor_code)}")
    return urls


def page_latency(db: str, n: int = 50) -> dict[str, dict[str, float]]:
    """Median and 95th percentile (ms) of `n` requests to each URL of `sample_urls`."""
    from fastapi.testclient import TestClient

    out: dict[str, dict[str, float]] = {}
    with TestClient(create_app(str(db))) as client:
        for url in sample_urls(str(db)):
            client.get(url)  # warm-up (template compile, derived tables)
            times = []
            for _ in range(n):
                t0 = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    raise RuntimeError(f"{url} answered {r.status_code}")
            times.sort()
            out[url] = {"p50_ms": round(statistics.median(times), 2),
                        "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2),
                        "n": n}
    return out
