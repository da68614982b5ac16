"""The series chart and the offline map, without a server."""
from __future__ import annotations

import math

from claimtrace.ledger import Conflict, SeriesPoint
from claimtrace.web import charts, worldmap


def point(seq, value, *, low=None, high=None, src="a", date="2024-11-01", q="exact"):
    return SeriesPoint(key="k", seq=seq, doc_id=f"d{seq}", claim_id="c1", value=value,
                       low=value if low is None else low, high=value if high is None else high,
                       qualifier=q, source=f"<{src}>", source_key=src, claim_start=date,
                       claim_end=date, published=date, evidence=f"<b>{value}</b>")


def test_ticks_cover_the_largest_value():
    for hi in (1, 7.5, 216, 13068, 1e6 + 1):
        ticks = charts.nice_ticks(0, hi)
        assert ticks[0] == 0 and ticks[-1] >= hi and len(ticks) <= 8


def test_svg_marks_intervals_open_ranges_and_conflicts():
    pts = [point(0, 1000, src="a"), point(1, 3000, low=3000, high=math.inf, src="b",
                                          q="more_than", date="2024-11-03"),
           point(2, 200, low=0, high=200, src="c", q="up_to", date="2024-12-01")]
    conflict = Conflict(key="k", kind="contradiction", a_doc="d0", a_claim="c1",
                        a_source="a", a_value=1000, a_low=1000, a_high=1000, a_date=None,
                        a_published=None, b_doc="d1", b_claim="c1", b_source="b",
                        b_value=3000, b_low=3000, b_high=None, b_date=None,
                        b_published=None)
    svg = str(charts.series_svg(pts, [conflict]))
    assert svg.count('class="dot"') == 3
    assert 'class="open"' in svg            # "more than" draws an arrow to the top
    assert svg.count('class="range"') == 2  # more_than and up_to have bars, exact none
    assert svg.count('class="mark contradicted"') == 2 and 'class="conflict"' in svg
    assert "<b>" not in svg and "&lt;b&gt;1000&lt;/b&gt;" in svg  # tooltips escaped
    assert 'href="/documents/d0#ev-c1"' in svg
    assert "http" not in svg


def test_empty_series_says_so():
    assert "No figures" in str(charts.series_svg([], []))


def test_projection_and_land():
    assert worldmap.project(worldmap.LAT_TOP, -180) == (0, 0)
    x, y = worldmap.project(0, 0)
    assert x == worldmap.WIDTH / 2 and 0 < y < worldmap.HEIGHT
    assert worldmap.land_path().startswith("M")
    assert worldmap.project_mercator(0, 0, 1024) == (512, 512)
    tiles, size = worldmap.mercator_tiles("http://t/{z}/{x}/{y}.png", zoom=1)
    assert size == 512 and {t["href"] for t in tiles} >= {"http://t/1/0/0.png",
                                                          "http://t/1/1/1.png"}


def test_page_latency(web_db):
    from claimtrace.web.bench import page_latency

    out = page_latency(web_db, n=3)
    assert "/" in out and any(u.startswith("/documents/") for u in out)
    assert all(v["p95_ms"] >= v["p50_ms"] > 0 for v in out.values())
