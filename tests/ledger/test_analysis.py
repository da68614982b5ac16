"""Copy clusters, corroborated events, series, contradictions vs revisions."""
from __future__ import annotations

import math

from claimtrace.ledger.analysis import (compatible, interval, minhash, normalize_counted,
                                        normalize_item, similarity)

from .factory import WIRE, filler

TROOPS = "troop_deployment|PRK|RUS|troops"


def test_minhash_separates_copies_from_other_texts():
    base = minhash(WIRE)
    assert similarity(base, minhash("SEOUL (Wire) - " + WIRE)) > 0.8
    assert similarity(base, minhash(WIRE + " Copyright Wire Agency.")) > 0.8
    assert similarity(base, minhash(filler(1, 80))) < 0.2


def test_interval_from_qualifier():
    assert interval(100, None, None, "exact") == (100, 100)
    assert interval(100, None, None, "approx") == (90, 110.00000000000001)
    assert interval(100, None, 100, "up_to") == (0, 100)
    assert interval(100, None, None, "more_than") == (100, math.inf)
    assert interval(None, 24, 99, "vague") == (24, 99)
    assert interval(50, 40, 60, "range") == (40, 60)
    assert compatible((10900, 10900), (11000, 11000), 0.05)
    assert not compatible((3000, 3000), (9900, 12100), 0.05)
    assert compatible((100, math.inf), (5000, 5000), 0.05)


def test_normalisers():
    assert normalize_counted("soldier") == normalize_counted("servicemen") == "troops"
    assert normalize_counted("launcher") == normalize_counted("gun") == "guns"
    assert normalize_counted("artillery shell") == "shells"
    assert normalize_counted("balloon") == "balloons"
    assert normalize_item("Koksan self-propelled guns") == normalize_item(
        "the Koksan self-propelled gun")


def test_wire_copies_form_one_cluster(filled, world):
    clusters = list(filled.copy_clusters().values())
    assert clusters == [sorted(world[k].id for k in ("wire", "wire_copy1", "wire_copy2"))]


def test_corroborated_event_counts_wire_copy_once(filled):
    events = [e for e in filled.events(subtype="troop_deployment")
              if e.first_date == "2024-11-05"]
    (ev,) = events
    assert ev.label == "PRK troops deployed to RUS"
    assert (ev.n_claims, ev.n_documents, ev.n_reports, ev.n_sources) == (5, 5, 3, 3)
    assert "Russian officials" in ev.sources and "Ukrainian military intelligence" in ev.sources
    assert len(filled.event_claims(ev.id)) == 5


def test_events_split_by_time_and_join_by_item(filled):
    troop_events = filled.events(subtype="troop_deployment")
    assert sorted(e.n_claims for e in troop_events) == [1, 2, 5]
    (arms,) = filled.events(subtype="arms_transfer")
    assert arms.n_sources == 2 and arms.n_claims == 2  # "guns" measure vs same item text
    assert [e.n_sources for e in filled.events(min_sources=2)] == [3, 2]


def test_series_list_and_order(filled):
    series = {s.key: s for s in filled.series()}
    assert set(series) == {TROOPS, "arms_transfer|PRK|RUS|guns", "casualties|PRK|-|troops"}
    s = series[TROOPS]
    assert s.label == "PRK troops deployed to RUS" and s.n_points == 6
    assert series["casualties|PRK|-|troops"].label == "PRK troops killed or wounded (casualties)"
    pts = filled.series_points(TROOPS)
    assert [p.value for p in pts] == [1500, 10900, 11000, 3000, 12000, 8000]
    assert [p.claim_end for p in pts] == sorted(p.claim_end for p in pts)
    approx = pts[2]
    assert (approx.low, round(approx.high)) == (9900, 12100)
    guns = filled.series_points("arms_transfer|PRK|RUS|guns")[0]
    assert (guns.low, guns.high, guns.claim_end) == (0, 200, "2024-11-30")


def test_contradictions_and_revisions(filled):
    contra = filled.conflicts()
    assert {(c.a_value, c.b_value) for c in contra} == {(10900, 3000), (11000, 3000)}
    assert all(c.kind == "contradiction" and c.a_source != c.b_source for c in contra)
    (rev,) = filled.conflicts(kind="revision")
    assert (rev.a_value, rev.b_value) == (12000, 8000)
    assert rev.a_source == rev.b_source and rev.a_published < rev.b_published
    # growth over months from one source (1,500 in October -> 12,000 in January) is
    # neither: the times do not overlap
    assert not [c for c in filled.conflicts(kind=None) if 1500 in (c.a_value, c.b_value)]


def test_refresh_only_when_stale(filled, world):
    assert filled.refresh() is False
    from .factory import make_doc, troops
    filled.add(make_doc([troops(900)], outlet="X", published="2024-11-06", url="u://x"))
    assert filled.series()[0].n_points == 7  # query methods refresh a stale ledger
    assert filled.refresh() is False


def test_a_season_figure_does_not_contradict_an_earlier_stage_inside_it(ledger):
    from .factory import ClaimSpec, make_doc

    def spec(value, time, source, granularity):
        return ClaimSpec(f"North Korea has sent {value:,} troops to Russia, {source} said.",
                         value=value, source=(source, "government"), certainty="reported",
                         time=time, granularity=granularity)

    ledger.add(make_doc([spec(1500, ("2024-10-08", "2024-10-13"), "Seoul", "day")],
                        outlet="A", published="2024-10-18", url="u://a"))
    ledger.add(make_doc([spec(11000, ("2024-09-01", "2024-11-30"), "Kyiv", "season")],
                        outlet="B", published="2025-03-01", url="u://b"))
    assert ledger.conflicts() == []
    # a figure at the end of the same season does disagree with it
    ledger.add(make_doc([spec(3000, ("2024-11-27", "2024-11-29"), "Tokyo", "day")],
                        outlet="C", published="2024-11-30", url="u://c"))
    assert {(c.a_value, c.b_value) for c in ledger.conflicts()} == {(3000, 11000)}


def test_population_figures_form_a_series_per_place(ledger):
    from .factory import ClaimSpec, make_doc

    def residents(value, place, published):
        spec = ClaimSpec(f"Fewer than {value} residents remain in {place[0]}.",
                         subtype="population", type=None, actor=None, recipient=None,
                         value=value, qualifier="less_than", counted="resident", place=place)
        return make_doc([spec], outlet="Wire", published=published, suffix=filler(value))

    town = ("Pokrovsk", "UKR", 48.28, 37.18, "city")
    other = ("Kupiansk", "UKR", 49.71, 37.62, "city")
    ledger.add_many([residents(7000, town, "2025-01-10"), residents(1300, town, "2025-06-01"),
                     residents(3000, other, "2025-06-02")])
    series = {s.label: s for s in ledger.series() if s.subtype == "population"}
    assert set(series) == {"people counted in Pokrovsk", "people counted in Kupiansk"}
    assert series["people counted in Pokrovsk"].n_points == 2
    assert all(s.actor_code is None for s in series.values())
    assert not ledger.events(subtype="population")
