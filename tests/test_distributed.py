"""claimtrace.distributed: partitions, shards on a real 2-worker LocalCluster, ingest."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrace.distributed import (Item, extract_archive, ingest_shards, line_ranges,
                                    plan_partitions, read_item, read_shards)
from claimtrace.errors import InputError
from claimtrace.readers import RawDocument, ReadOptions

CITIES = ["Kharkiv", "Odesa", "Dnipro", "Lviv", "Kherson", "Zaporizhzhia", "Mykolaiv", "Sumy"]


def _article(i: int) -> dict:
    city = CITIES[i % len(CITIES)]
    text = (f"Officials in {city} said on Tuesday that {i + 3} drones were shot down over the "
            f"region overnight. The governor said that {i % 5 + 1} people were wounded and "
            f"that repair crews were working to restore power to the city by the evening.")
    return {"text": text, "url": f"https://example.org/a/{i}", "outlet": "Example Wire",
            "title": f"Drones over {city} ({i})", "published": f"2024-03-{i % 28 + 1:02d}"}


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    """40 JSONL articles (line 17 is not JSON), two text files and one binary file."""
    src = tmp_path / "in"
    src.mkdir()
    lines = [json.dumps(_article(i)) for i in range(40)]
    lines.insert(16, '{"text": "broken')
    (src / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = src / "files"
    files.mkdir()
    (files / "b.txt").write_text(_article(100)["text"], encoding="utf-8")
    (files / "c.txt").write_text(_article(101)["text"], encoding="utf-8")
    (files / "d.bin").write_bytes(bytes(range(256)) * 8)
    return src


def test_line_ranges_cover_the_file_on_line_boundaries(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_bytes(b"".join(b'{"text": "%d"}\n' % i for i in range(23)))
    items = list(line_ranges(str(f), 5))
    assert [i.first_line for i in items] == [1, 6, 11, 16, 21]
    assert items[0].start == 0 and items[-1].end == f.stat().st_size
    assert all(a.end == b.start for a, b in zip(items, items[1:]))
    data = f.read_bytes()
    assert all(data[i.end - 1:i.end] == b"\n" for i in items)


def test_line_ranges_without_final_newline(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_bytes(b'{"a": 1}\n{"a": 2}\n{"a": 3}')
    items = list(line_ranges(str(f), 2))
    assert [(i.start, i.end, i.first_line) for i in items] == [(0, 18, 1), (18, 26, 3)]


def test_plan_keeps_input_order_and_splits_jsonl(archive_dir):
    parts = plan_partitions([str(archive_dir)], partition_size=10)
    # folder order: a.jsonl (41 lines -> 5 runs), then files/b, c, d in one partition
    assert [p.index for p in parts] == list(range(6))
    assert [len(p.items) for p in parts] == [1, 1, 1, 1, 1, 3]
    assert [Path(i.path).name for i in parts[-1].items] == ["b.txt", "c.txt", "d.bin"]


def test_plan_refuses_stdin():
    with pytest.raises(InputError, match="E012"):
        plan_partitions(["-"])


def test_read_item_numbers_lines_as_in_the_file(archive_dir):
    path = str(archive_dir / "a.jsonl")
    third = list(line_ranges(path, 8))[2]  # lines 17-24; line 17 is the broken one
    out = list(read_item(third, ReadOptions()))
    assert isinstance(out[0], InputError) and out[0].code == "E009"
    assert out[0].fields["line"] == 17
    assert isinstance(out[1], RawDocument) and out[1].origin == f"{path}:18"
    assert out[1].meta.path == f"{path}:18" and out[1].meta.published == "2024-03-17"


def test_read_item_whole_file_errors_are_items(tmp_path):
    out = list(read_item(Item(str(tmp_path / "missing.txt")), ReadOptions()))
    assert len(out) == 1 and out[0].code == "E001"


def _shards(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("part-*.jsonl"))}


@pytest.mark.slow
def test_archive_on_two_workers_then_ingest(archive_dir, tmp_path):
    out = tmp_path / "shards"
    seen = []
    report = extract_archive([str(archive_dir)], out_dir=out, workers=2, partition_size=10,
                             on_partition=lambda part, total: seen.append((part.index, total)))
    assert report.workers == 2
    assert sorted(seen) == [(i, 6) for i in range(6)]
    assert report.documents == 42 and report.errors == 2
    docs = list(read_shards(out))
    # every good document exactly once, in input order, across the shards
    assert [d["document"]["url"] for d in docs[:40]] == [_article(i)["url"] for i in range(40)]
    assert [Path(d["document"]["path"]).name for d in docs[40:]] == ["b.txt", "c.txt"]
    assert len({d["document"]["id"] for d in docs}) == 42
    first = json.loads((out / "part-00000.jsonl").read_text("utf-8").splitlines()[0])
    assert first["document"]["path"].endswith("a.jsonl:1")
    assert any(c["type"] for c in first["claims"])  # really extracted, not just read
    # errors are recorded per item, with codes, in their partition's errors shard
    errors = {p.name: [json.loads(x) for x in p.read_text("utf-8").splitlines()]
              for p in out.glob("*.errors.jsonl")}
    assert [(e["code"], e["fields"]["line"]) for e in errors["part-00001.errors.jsonl"]] == [
        ("E009", 17)]
    assert [e["code"] for e in errors["part-00005.errors.jsonl"]] == ["E003"]
    assert errors["part-00005.errors.jsonl"][0]["origin"].endswith("d.bin")
    assert sum(len(v) for v in errors.values()) == 2
    # the same inputs again give byte-identical shards (other partitioning on 1 worker too)
    before = _shards(out)
    extract_archive([str(archive_dir)], out_dir=out, workers=1, partition_size=10)
    assert _shards(out) == before
    # a single writer loads them into the ledger
    from claimtrace.ledger import Ledger

    db = str(tmp_path / "ledger.db")
    loaded = ingest_shards(out, db)
    assert loaded.shards == 6 and loaded.counts == {"added": 42}
    with Ledger.open(db) as ledger:
        assert ledger.stats().documents == 42
        assert ledger.stats().claims == sum(len(d["claims"]) for d in docs)
    assert ingest_shards(out, db).counts == {"unchanged": 42}


@pytest.mark.slow
def test_archive_command(archive_dir, tmp_path):
    from typer.testing import CliRunner

    import claimtrace.cli_distributed  # noqa: F401  (registers `archive`)
    from claimtrace.cli import app

    out, db = tmp_path / "shards", tmp_path / "l.db"
    result = CliRunner().invoke(app, ["archive", str(archive_dir / "files"), "--out", str(out),
                                      "--workers", "1", "--partition-size", "2",
                                      "--db", str(db)])
    assert result.exit_code == 1, result.output  # d.bin failed, the others were processed
    said = " ".join(result.output.split())  # the console wraps long temporary paths
    assert "2 documents and 1 errors in 2 shards" in said
    assert "ingested into" in said and "2 added" in said
    assert sorted(p.name for p in out.glob("part-*")) == [
        "part-00000.errors.jsonl", "part-00000.jsonl", "part-00001.errors.jsonl",
        "part-00001.jsonl"]
