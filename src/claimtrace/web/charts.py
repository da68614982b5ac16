"""Server-side SVG of one quantity series: estimates over time, one colour per source.

Each figure is a dot at its value with a vertical bar over the interval its qualifier
allows ("up to 200" = 0..200, "more than 3,000" = an arrow to the top) and a thin
horizontal line over the time it refers to. Contradictions join their two figures with
a red dashed line and ring them; revisions (same source, later figure) are grey dotted.
Every mark links to its evidence in the document view and has a tooltip.
"""
from __future__ import annotations

import math
from datetime import date
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from ..ledger import Conflict, SeriesPoint

# Okabe-Ito colours (distinguishable with common colour-vision deficiencies)
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#000000", "#7f7f7f", "#8c564b")
W, H = 860, 380
LEFT, RIGHT, TOP, BOTTOM = 78, 24, 24, 96


def _day(iso: str | None) -> int | None:
    if not iso:
        return None
    parts = (iso[:10].split("-") + ["1", "1"])[:3]
    try:
        return date(int(parts[0]), int(parts[1] or 1), int(parts[2] or 1)).toordinal()
    except ValueError:
        return None


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values covering lo..hi."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = [round(start, 10)]
    while ticks[-1] < hi - step * 1e-9:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _fmt(v: float | None) -> str:
    if v is None or not math.isfinite(v):
        return "∞"
    return f"{v:,.0f}" if abs(v) >= 10 or v == int(v) else f"{v:,.2f}"


def series_svg(points: list[SeriesPoint], conflicts: list[Conflict]) -> Markup:
    """The chart as an inline `<svg>` (all text escaped)."""
    pts = [p for p in points if (p.value is not None or p.low is not None)]
    if not pts:
        return Markup('<p class="empty">No figures with values in this series.</p>')
    days = [(_day(p.claim_start) or _day(p.published), _day(p.claim_end) or
             _day(p.published)) for p in pts]
    known = [d for pair in days for d in pair if d is not None]
    d0, d1 = (min(known), max(known)) if known else (0, 1)
    if d1 - d0 < 20:
        d0, d1 = d0 - 10, d1 + 10
    finite = [v for p in pts for v in (p.value, p.low, p.high)
              if v is not None and math.isfinite(v)]
    ticks = nice_ticks(0, max(finite) * 1.08 if finite else 1)
    y_max = ticks[-1]
    pw, ph = W - LEFT - RIGHT, H - TOP - BOTTOM
    sx = lambda d: LEFT + (d - d0) / (d1 - d0) * pw  # noqa: E731
    sy = lambda v: TOP + ph - (min(v, y_max) / y_max) * ph  # noqa: E731
    sources: dict[str, int] = {}
    for p in pts:
        sources.setdefault(p.source_key, len(sources))
    label = {p.source_key: p.source or p.source_key for p in pts}
    colour = {k: PALETTE[i % len(PALETTE)] for k, i in sources.items()}
    contradicting = {(c.a_doc, c.a_claim) for c in conflicts if c.kind == "contradiction"} \
        | {(c.b_doc, c.b_claim) for c in conflicts if c.kind == "contradiction"}
    out = [f'<svg class="chart" viewBox="0 0 {W} {H}" role="img" '
           'aria-label="figures over time">']
    # axes and grid
    for t in ticks:
        y = sy(t)
        out.append(f'<line class="grid" x1="{LEFT}" x2="{W - RIGHT}" y1="{y:.1f}" '
                   f'y2="{y:.1f}"/><text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" '
                   f'text-anchor="end">{_fmt(t)}</text>')
    for d in _date_ticks(d0, d1):
        x = sx(d)
        out.append(f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="{TOP}" '
                   f'y2="{TOP + ph}"/><text class="tick" x="{x:.1f}" y="{TOP + ph + 16}" '
                   f'text-anchor="middle">{date.fromordinal(d).strftime("%b %Y")}</text>')
    out.append(f'<line class="axis" x1="{LEFT}" x2="{W - RIGHT}" y1="{TOP + ph}" '
               f'y2="{TOP + ph}"/><line class="axis" x1="{LEFT}" x2="{LEFT}" y1="{TOP}" '
               f'y2="{TOP + ph}"/>')
    where: dict[tuple[str, str], tuple[float, float]] = {}
    marks = []
    for p, (a, b) in zip(pts, days):
        a = a if a is not None else b
        b = b if b is not None else a
        if a is None:
            continue
        x = sx(b)
        v = p.value if p.value is not None else p.low
        y = sy(v)
        where[(p.doc_id, p.claim_id)] = (x, y)
        col = colour[p.source_key]
        lo = sy(p.low if p.low is not None else v)
        hi = sy(p.high) if p.high is not None and math.isfinite(p.high) else TOP
        bad = (p.doc_id, p.claim_id) in contradicting
        tip = escape(f"{p.source}: {_fmt(p.value)} ({p.qualifier or 'exact'}, interval "
                     f"{_fmt(p.low)}–{_fmt(p.high)}), {p.claim_start or '?'} – "
                     f"{p.claim_end or '?'}, published {p.published or '?'}"
                     + (" — CONTRADICTED" if bad else "")
                     + (f"\n{p.evidence}" if p.evidence else ""))
        href = escape(f"/documents/{quote(p.doc_id)}#ev-{quote(p.claim_id)}")
        m = [f'<a href="{href}" class="mark{" contradicted" if bad else ""}"><title>{tip}'
             '</title>']
        if sx(a) < x - 1:
            m.append(f'<line class="when" x1="{sx(a):.1f}" x2="{x:.1f}" y1="{y:.1f}" '
                     f'y2="{y:.1f}" stroke="{col}"/>')
        if abs(lo - hi) > 1:
            m.append(f'<line class="range" x1="{x:.1f}" x2="{x:.1f}" y1="{lo:.1f}" '
                     f'y2="{hi:.1f}" stroke="{col}"/>')
            if p.high is None or not math.isfinite(p.high):
                m.append(f'<path class="open" d="M{x - 5:.1f} {TOP + 7}L{x:.1f} {TOP}'
                         f'L{x + 5:.1f} {TOP + 7}" stroke="{col}"/>')
            else:
                m.append(f'<line class="cap" x1="{x - 4:.1f}" x2="{x + 4:.1f}" '
                         f'y1="{hi:.1f}" y2="{hi:.1f}" stroke="{col}"/>')
            m.append(f'<line class="cap" x1="{x - 4:.1f}" x2="{x + 4:.1f}" y1="{lo:.1f}" '
                     f'y2="{lo:.1f}" stroke="{col}"/>')
        if bad:
            m.append(f'<circle class="ring" cx="{x:.1f}" cy="{y:.1f}" r="10"/>')
        m.append(f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="5.5" fill="{col}"/></a>')
        marks.append("".join(m))
    for c in conflicts:
        a, b = where.get((c.a_doc, c.a_claim)), where.get((c.b_doc, c.b_claim))
        if a and b:
            cls = "conflict" if c.kind == "contradiction" else "revision"
            out.append(f'<line class="{cls}" x1="{a[0]:.1f}" y1="{a[1]:.1f}" '
                       f'x2="{b[0]:.1f}" y2="{b[1]:.1f}"><title>{escape(c.kind)}: '
                       f'{escape(c.a_source or "")} {_fmt(c.a_value)} vs '
                       f'{escape(c.b_source or "")} {_fmt(c.b_value)}</title></line>')
    out += marks
    # legend under the plot
    ly = TOP + ph + 36
    x = LEFT
    for key, i in sources.items():
        name = label[key]
        name = name if len(name) <= 38 else name[:37] + "…"
        width = 22 + 6.6 * len(name)
        if x + width > W - RIGHT:
            x, ly = LEFT, ly + 18
        out.append(f'<circle cx="{x + 5}" cy="{ly - 4}" r="5" fill="{colour[key]}"/>'
                   f'<text class="legend" x="{x + 14}" y="{ly}">{escape(name)}</text>')
        x += width + 14
    if contradicting:
        out.append(f'<line class="conflict" x1="{W - RIGHT - 150}" x2="{W - RIGHT - 120}" '
                   f'y1="{TOP + 10}" y2="{TOP + 10}"/><text class="legend" '
                   f'x="{W - RIGHT - 114}" y="{TOP + 14}">contradiction</text>')
    out.append("</svg>")
    return Markup("".join(out))


def _date_ticks(d0: int, d1: int) -> list[int]:
    """First days of months (or of years, for long spans) between two ordinals."""
    a, b = date.fromordinal(d0), date.fromordinal(d1)
    months = (b.year - a.year) * 12 + b.month - a.month
    step = 1 if months <= 8 else 3 if months <= 24 else 12
    out = []
    y, m = a.year, a.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        d = date(y, m, 1)
        if d > b:
            break
        if (m - 1) % step == 0:
            out.append(d.toordinal())
    return out


def legend_colours(points: list[SeriesPoint]) -> dict[str, Any]:
    """source key -> colour, in the order the chart assigns them (for tables)."""
    keys: dict[str, str] = {}
    for p in points:
        if p.source_key not in keys:
            keys[p.source_key] = PALETTE[len(keys) % len(PALETTE)]
    return keys
