"""Series charts as standalone SVG: one mark per figure, a bar for the interval its
qualifier allows, colour by source. No plotting library needed; the web app draws the
same marks in the browser view."""
from __future__ import annotations

import math
from datetime import date
from html import escape
from pathlib import Path

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
           "#e377c2", "#7f7f7f", "#bcbd22")


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def series_svg(info, points, *, width: int = 760, height: int = 360) -> str:
    """An SVG chart of a series: x = claim time (publication date if none), y = figure."""
    pts = []
    for p in points:
        when = _day(p.claim_end) or _day(p.published)
        if when is None or p.value is None:
            continue
        hi = p.high if p.high is not None and not math.isinf(p.high) else None
        pts.append((when, p.value, p.low, hi, p.source or "?", p.qualifier or ""))
    left, right, top, bottom = 70, 170, 30, 40
    pw, ph = width - left - right, height - top - bottom
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
           f'<text x="{left}" y="18" font-size="13" font-weight="bold">{escape(info.label)}</text>']
    if not pts:
        out.append(f'<text x="{left}" y="{top + 20}">no dated figures</text></svg>')
        return "\n".join(out)
    d0 = min(p[0] for p in pts).toordinal()
    d1 = max(p[0] for p in pts).toordinal()
    span = max(1, d1 - d0)
    vmax = max(max(p[1], p[3] or 0, p[2] or 0) for p in pts) * 1.15 or 1.0

    def x(d: date) -> float:
        return left + (d.toordinal() - d0) / span * pw

    def y(v: float) -> float:
        return top + ph - v / vmax * ph

    out.append(f'<line x1="{left}" y1="{top + ph}" x2="{left + pw}" y2="{top + ph}" stroke="#333"/>')
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + ph}" stroke="#333"/>')
    for i in range(5):
        v = vmax * i / 4
        out.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:,.0f}</text>')
        out.append(f'<line x1="{left}" y1="{y(v):.1f}" x2="{left + pw}" y2="{y(v):.1f}" stroke="#eee"/>')
    for d in sorted({p[0] for p in pts}):
        out.append(f'<text x="{x(d):.1f}" y="{top + ph + 16}" text-anchor="middle">{d.isoformat()}</text>')
    sources = sorted({p[4] for p in pts})
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sources)}
    for when, v, lo, hi, src, qual in pts:
        cx, c = x(when), colour[src]
        y_lo = y(lo) if lo is not None else (y(0) if qual == "up_to" else y(v))
        y_hi = y(hi) if hi is not None else (top if qual in ("more_than", "at_least") else y(v))
        if abs(y_hi - y_lo) > 1:
            out.append(f'<line x1="{cx:.1f}" y1="{y_lo:.1f}" x2="{cx:.1f}" y2="{y_hi:.1f}" '
                       f'stroke="{c}" stroke-width="3" opacity="0.45"/>')
        out.append(f'<circle cx="{cx:.1f}" cy="{y(v):.1f}" r="5" fill="{c}">'
                   f'<title>{escape(src)}: {v:,.0f} ({escape(qual)}) {when}</title></circle>')
    for i, s in enumerate(sources):
        ly = top + 14 * i
        out.append(f'<circle cx="{left + pw + 14}" cy="{ly}" r="5" fill="{colour[s]}"/>')
        out.append(f'<text x="{left + pw + 24}" y="{ly + 4}">{escape(s[:24])}</text>')
    out.append("</svg>")
    return "\n".join(out)


def write_series_chart(info, points, path: Path) -> None:
    """Write the chart; `.svg` only (PNG would need a rasteriser the project does not ship)."""
    if path.suffix.lower() != ".svg":
        from .errors import ClaimtraceError

        raise ClaimtraceError("E012", path=str(path), why="charts are written as .svg")
    path.write_text(series_svg(info, points), encoding="utf-8")
