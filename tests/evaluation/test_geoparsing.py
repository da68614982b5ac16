"""Readers of the geoparsing evaluation on a small file written by the test."""
from __future__ import annotations

import pytest

from claimtrace.evaluation.geoparsing import read_geovirus


def test_geovirus_offsets_are_shifted_back_by_one(tmp_path):
    text = "Cases rose in Lagos and Abuja."
    xml = tmp_path / "gv.xml"
    # the benchmark's offsets are one past the name (its README): Lagos is text[14:19]
    xml.write_text(f"""<articles><article><source>x</source><text>{text}</text><locations>
      <location><name>Lagos</name><start>15</start><end>20</end><lat>6.45</lat><lon>3.39</lon>
      <page>p</page></location></locations></article></articles>""", encoding="utf-8")
    [doc] = read_geovirus(xml)
    [top] = doc.geocoded
    assert doc.text[top.start:top.end] == "Lagos" == top.surface
    assert (top.lat, top.lon) == (6.45, 3.39) and doc.toponyms == [top]


@pytest.mark.shared
def test_the_shared_geovirus_file_reads_whole(shared_dir):
    docs = read_geovirus(shared_dir / "benchmarks" / "geoparsing" / "GeoVirus" / "GeoVirus.xml")
    assert len(docs) == 229 and sum(len(d.geocoded) for d in docs) == 2170
    assert all(d.text[t.start:t.end] == t.surface for d in docs[:20] for t in d.geocoded)
