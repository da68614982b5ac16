"""Terminal renderings of ledger contents (rich tables), used by the CLI."""
from __future__ import annotations

import math

from rich.console import Console
from rich.table import Table


def fmt_value(value, low, high) -> str:
    """A figure with the interval its qualifier allows: `~11,000`, `<= 200`, `> 200`."""
    if value is None:
        return "?"
    v = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    if low is None and high is not None and not math.isinf(high) and high == value:
        return f"<= {v}"
    if high is None or (isinstance(high, float) and math.isinf(high)):
        return f">= {v}" if low == value else v
    if low is not None and high is not None and low != high:
        return f"{v} [{low:,.0f}-{high:,.0f}]"
    return v


def print_summary(db: str, *, console: Console) -> None:
    """Counts, the largest series with their points, and contradictions."""
    from .ledger import Ledger

    with Ledger.open(db) as ledger:
        s = ledger.stats()
        series = ledger.series()[:5]
        points = {x.key: ledger.series_points(x.key) for x in series[:3]}
        conflicts = ledger.conflicts()[:5]
        events = ledger.events(min_sources=2, limit=5)
    console.print(f"[bold]{db}[/]: {s.documents} documents ({s.versions} versions), "
                  f"{s.claims} claims, {s.actors} actors, {s.places} places, "
                  f"published {s.first_published} .. {s.last_published}", highlight=False)
    console.print(f"{s.events} events ({s.corroborated_events} corroborated by 2+ independent "
                  f"sources), {s.copy_clusters} wire-copy clusters, {s.series} series, "
                  f"{s.contradictions} contradictions, {s.revisions} revisions", highlight=False)
    if s.by_subtype:
        console.print("claims by subtype: " + ", ".join(
            f"{k} {v}" for k, v in list(s.by_subtype.items())[:10]), highlight=False)
    for info in series[:3]:
        console.print(series_table(info, points[info.key]))
    if events:
        t = Table(title="Corroborated events", title_justify="left")
        for col in ("event", "sources", "dates"):
            t.add_column(col)
        for e in events:
            t.add_row(e.label, ", ".join(e.sources), f"{e.first_date} .. {e.last_date}")
        console.print(t)
    if conflicts:
        console.print(conflicts_table(conflicts))


def series_table(info, points) -> Table:
    t = Table(title=f"Series: {info.label} ({info.n_points} points, {info.n_sources} sources)",
              title_justify="left")
    for col in ("claim time", "published", "figure", "qualifier", "source", "certainty"):
        t.add_column(col)
    for p in points:
        when = p.claim_start if p.claim_start == p.claim_end else f"{p.claim_start}..{p.claim_end}"
        t.add_row(when or "", p.published or "", fmt_value(p.value, p.low, p.high),
                  p.qualifier or "", p.source or "", p.certainty or "")
    return t


def conflicts_table(conflicts) -> Table:
    t = Table(title="Contradictions (different sources, overlapping time, incompatible figures)",
              title_justify="left")
    for col in ("series", "source A", "figure A", "date A", "source B", "figure B", "date B"):
        t.add_column(col)
    for c in conflicts:
        t.add_row(c.key, c.a_source or "", fmt_value(c.a_value, c.a_low, c.a_high),
                  c.a_date or "", c.b_source or "", fmt_value(c.b_value, c.b_low, c.b_high),
                  c.b_date or "")
    return t


def claims_table(claims) -> Table:
    t = Table(title=f"{len(claims)} claims", title_justify="left")
    for col in ("date", "type", "subtype", "actor", "recipient/target", "figure", "source",
                "certainty", "evidence"):
        t.add_column(col, overflow="fold")
    for c in claims:
        t.add_row(c.claim_end or c.published or "", c.type or "", c.subtype or "",
                  c.actor_code or c.actor_name or "",
                  c.recipient_code or c.target_code or c.recipient_name or c.target_name or "",
                  fmt_value(c.q_value, c.q_low, c.q_high) if c.q_value is not None else "",
                  c.source_name or (c.outlet or "author"), c.certainty,
                  (c.evidence or "")[:140])
    return t
