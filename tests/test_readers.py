from pathlib import Path

import pytest

from claimtrace.errors import ClaimtraceError, InputError
from claimtrace.readers import ReadOptions, decode, expand, guess_language, read_inputs, read_path, validate_date

FIX = Path(__file__).parent / "fixtures"


def one(path, **kw):
    items = list(read_path(str(path), ReadOptions(**kw)))
    assert len(items) == 1
    return items[0]


def test_plain_utf8_text():
    raw = one(FIX / "artifacts.txt")
    assert "Ukrainian drone units" in raw.text
    assert raw.meta.path.endswith("artifacts.txt")
    assert raw.notes == []


def test_latin1_is_decoded_with_a_note():
    raw = one(FIX / "latin1.txt")
    assert "caf\u00e9 owners\u2019 association" in raw.text
    assert "Ren\u00e9 Duval" in raw.text
    assert raw.notes and raw.notes[0].startswith("decoded as")


def test_forced_encoding_that_does_not_fit_is_E012():
    with pytest.raises(InputError, match="E012"):
        one(FIX / "latin1.txt", encoding="ascii")


def test_empty_binary_missing_and_huge_files_are_coded(tmp_path):
    with pytest.raises(InputError, match="E002"):
        one(FIX / "empty.txt")
    with pytest.raises(InputError, match="E003"):
        one(FIX / "binary.bin")
    with pytest.raises(InputError, match="E001"):
        one(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.seek(50 * 1024 * 1024)
        fh.write(b"x")
    with pytest.raises(InputError, match="E004"):
        one(big)


def test_german_text_is_refused_unless_forced():
    with pytest.raises(InputError, match="E010"):
        one(FIX / "german.txt")
    raw = one(FIX / "german.txt", language="en")
    assert raw.text
    assert guess_language((FIX / "german.txt").read_text(encoding="utf-8")) == "de"


def test_html_main_text_and_metadata():
    raw = one(FIX / "article.html")
    assert raw.meta.title == "Drone attack damages power station in border region"
    assert raw.meta.outlet == "Test Herald"
    assert raw.meta.published == "2025-02-14"
    assert raw.meta.url == "https://example.org/test-herald/2025/02/14/drone-attack-power-station"
    assert "cutting electricity to about 20,000 homes" in raw.text
    for junk in ("Accept all", "Most read", "All rights reserved", "Advertisement"):
        assert junk not in raw.text


def test_broken_html_still_reads():
    raw = one(FIX / "broken.html")
    assert "damaging a school and several houses" in raw.text


def test_pdf_text_layer_and_broken_pdf():
    raw = one(FIX / "article.pdf")
    assert raw.text.startswith("Rail bridge repaired after strike")
    assert raw.meta.title == "Rail bridge repaired after strike"
    with pytest.raises(InputError, match="E007"):
        one(FIX / "broken.pdf")


def test_jsonl_bad_line_is_one_error_and_the_rest_is_read():
    items = list(read_path(str(FIX / "docs.jsonl")))
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if not isinstance(i, InputError)]
    assert len(errors) == 1 and errors[0].code == "E009" and errors[0].fields["line"] == 2
    assert [d.meta.title for d in docs] == ["Water convoy reaches town", "Bridge reopens"]
    assert docs[0].origin.endswith("docs.jsonl:1")


def test_overrides_win_over_what_the_reader_found():
    raw = one(FIX / "article.html", published="2025-03-01", outlet="Other", title="T", url="u")
    assert (raw.meta.published, raw.meta.outlet, raw.meta.title, raw.meta.url) == \
        ("2025-03-01", "Other", "T", "u")


def test_bad_published_value_is_E011():
    with pytest.raises(ClaimtraceError, match="E011"):
        validate_date("28/03/2025")


def test_folder_mixing_good_and_bad_files_reports_each_and_keeps_going():
    items = list(read_inputs([str(FIX)]))
    codes = sorted(i.code for i in items if isinstance(i, InputError))
    good = [i for i in items if not isinstance(i, InputError)]
    assert {"E002", "E003", "E007", "E009", "E010"} <= set(codes)
    assert len(good) >= 6


def test_expand_globs_and_missing_globs(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.txt").write_text("y")
    assert [Path(p).name for p in expand([str(tmp_path / "*.txt")])] == ["a.txt", "b.txt"]
    assert list(expand([str(tmp_path / "*.none")])) == [str(tmp_path / "*.none")]


def test_decode_refuses_nul_bytes():
    with pytest.raises(InputError, match="E003"):
        decode(b"abc\x00def" * 10, "x")
