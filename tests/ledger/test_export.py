"""Exports parse back with the standard library and keep their columns."""
from __future__ import annotations

import csv
import io
import json

import pytest

from claimtrace.errors import ClaimtraceError
from claimtrace.ledger import FORMATS, export
from claimtrace.ledger.export import ACLED_COLUMNS, UCDP_COLUMNS
from claimtrace.model import Document

from .factory import approx_doc


def _run(ledger, fmt):
    buf = io.StringIO()
    n = export(ledger, fmt, buf)
    return n, buf.getvalue()


def test_jsonl_round_trips_documents(filled, world):
    n, text = _run(filled, "jsonl")
    lines = text.splitlines()
    assert n == len(lines) == len(world)
    docs = {Document.from_dict(json.loads(line)).id for line in lines}
    assert docs == {d.id for d in world.values()}


def test_csv_has_one_row_per_claim(filled, tmp_path):
    out = tmp_path / "claims.csv"
    assert export(filled, "csv", out) == 11
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 11
    zdf = [r for r in rows if r["source_name"] == "ZDF"]
    assert zdf[0]["place_name"] == "Crimea" and zdf[0]["certainty"] == "believed"


def test_geojson_points(filled):
    n, text = _run(filled, "geojson")
    fc = json.loads(text)
    assert fc["type"] == "FeatureCollection" and n == len(fc["features"]) == 2
    coords = {f["properties"]["place_name"]: f["geometry"]["coordinates"]
              for f in fc["features"]}
    assert coords["Kursk"] == [36.19, 51.73]  # GeoJSON is lon, lat


def test_acled_columns_and_mapping(filled):
    n, text = _run(filled, "acled")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == ACLED_COLUMNS and n == len(rows) == 11
    kursk = next(r for r in rows if r["location"] == "Kursk")
    assert (kursk["event_type"], kursk["sub_event_type"]) == ("Battles", "Armed clash")
    assert kursk["fatalities"] == "4000" and kursk["country"] == "Russia"
    assert kursk["actor1"] == "North Korea (PRK)" and kursk["event_date"] == "2025-01-01"
    assert kursk["time_precision"] == "3"  # a month
    dep = next(r for r in rows if r["claimtrace_claim_id"] == "c1" and
               r["sub_event_type"] == "Change to group/activity")
    assert dep["event_type"] == "Strategic developments" and dep["fatalities"] == "0"


def test_ucdp_columns_and_mapping(filled):
    n, text = _run(filled, "ucdp")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == UCDP_COLUMNS and n == len(rows) == 1
    (r,) = rows
    assert (r["best"], r["low"], r["high"]) == ("4000", "3600", "4400")
    assert (r["date_start"], r["date_end"], r["date_prec"]) == ("2025-01-01", "2025-01-31", "4")
    assert r["where_prec"] == "1" and r["latitude"] == "51.73"


def test_unknown_format(filled):
    assert "acled" in FORMATS
    with pytest.raises(ClaimtraceError, match="E205"):
        export(filled, "xlsx", io.StringIO())


@pytest.fixture
def with_approx(filled):
    filled.add(approx_doc())
    return filled


def test_geojson_says_which_points_are_approximate(with_approx):
    _, text = _run(with_approx, "geojson")
    props = {f["properties"]["place_name"]: f["properties"]
             for f in json.loads(text)["features"]}
    assert props["Kursk"]["located_by"] == "gazetteer"
    assert props["Velmora"]["located_by"] == "containing_area"
    assert props["Velmora"]["place_area_name"] == "Oskel District"
    assert "place_located_by" not in props["Velmora"]


def test_acled_and_ucdp_precision_of_approximate_places(with_approx):
    _, text = _run(with_approx, "acled")
    acled = {r["location"]: r for r in csv.DictReader(io.StringIO(text))}
    assert acled["Kursk"]["geo_precision"] == "1"      # a town the gazetteer knows
    assert acled["Crimea"]["geo_precision"] == "3"     # a region
    assert acled["Velmora"]["geo_precision"] == "2"    # at its district's point
    assert acled["Lukan"]["geo_precision"] == "3"      # at its province's point
    assert acled["Velmora"]["latitude"] == "48.25"
    _, text = _run(with_approx, "ucdp")
    ucdp = {r["where_coordinates"]: r["where_prec"] for r in csv.DictReader(io.StringIO(text))}
    assert (ucdp["Velmora"], ucdp["Lukan"], ucdp["Kursk"]) == ("3", "4", "1")


def test_csv_and_jsonl_keep_located_by(with_approx):
    _, text = _run(with_approx, "csv")
    rows = {r["place_name"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows["Velmora"]["place_located_by"] == "containing_area"
    assert rows["Lukan"]["place_area_feature"] == "admin1"
    assert rows["Kursk"]["place_located_by"] == "gazetteer"
    _, text = _run(with_approx, "jsonl")
    places = [p for line in text.splitlines() for p in json.loads(line)["places"]]
    assert {p["name"]: p["located_by"] for p in places if p["name"] in
            ("Velmora", "Kursk")} == {"Velmora": "containing_area", "Kursk": "gazetteer"}
