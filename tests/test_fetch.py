"""Fetching articles by URL from a local HTTP server (127.0.0.1 only; no internet)."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from claimtrace.errors import ClaimtraceError, InputError
from claimtrace.fetch import (FetchError, FetchOptions, extract_urls, fetch_url, ingest_urls,
                              is_url, read_url)
from claimtrace.ledger import Ledger
from claimtrace.pipeline import Options
from local_site import FakeExtractor, Site

FIXTURES = Path(__file__).parent / "fixtures"
PARAGRAPHS = [
    "Engineers from the regional water company restored pumping at the river station on "
    "Monday, three days after shelling cut power to the district, the company said.",
    "The company said about 40,000 residents had been without running water since Friday "
    "and that tanker trucks would keep serving the northern quarter until pressure returned.",
    "A spokesman for the city council said repair crews had worked through the night and "
    "that two of the damaged transformers had been replaced with spares from a depot.",
    "Officials said they could not yet say when the remaining transformer would be fixed.",
]


def page(title: str, paragraphs: list[str] = PARAGRAPHS) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="2024-05-06T08:00:00Z">'
            f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}"
            f"</article><footer>Contact us</footer></body></html>").encode()


@pytest.fixture
def site():
    with Site() as s:
        yield s


FAST = FetchOptions(timeout=0.5, total_timeout=5)


def test_is_url():
    assert is_url("https://example.org/a") and is_url("HTTP://x")
    assert not is_url("articles/a.html") and not is_url("ftp://x/y")


def test_html_page_is_read_with_metadata(site):
    site.routes["/news/water"] = (200, {}, page("Water restored in the north"))
    raw = read_url(site.url("/news/water"), fetch=FAST)
    assert "40,000 residents" in raw.text and "Contact us" not in raw.text
    assert raw.meta.title == "Water restored in the north"
    assert raw.meta.published == "2024-05-06"
    assert raw.meta.url == site.url("/news/water") and raw.meta.path is None
    assert site.server.seen_agent.startswith("claimtrace/")


def test_plain_text_and_pdf_use_their_readers(site):
    site.routes["/note.txt"] = (200, {"Content-Type": "text/plain; charset=utf-8"},
                                " ".join(PARAGRAPHS).encode())
    site.routes["/report"] = (200, {"Content-Type": "application/pdf"},
                              (FIXTURES / "article.pdf").read_bytes())
    assert read_url(site.url("/note.txt"), fetch=FAST).text.startswith("Engineers")
    pdf = read_url(site.url("/report"), fetch=FAST)
    assert "rail bridge" in pdf.text and pdf.meta.url == site.url("/report")


def test_charset_from_header_is_used(site):
    text = ("Le café was hit. " + " ".join(PARAGRAPHS)).encode("latin-1")
    site.routes["/latin"] = (200, {"Content-Type": "text/plain; charset=iso-8859-1"}, text)
    assert read_url(site.url("/latin"), fetch=FAST).text.startswith("Le café")


def test_redirect_is_followed_and_final_url_kept(site):
    site.routes["/short"] = (302, {"Location": "/news/water"}, b"")
    site.routes["/news/water"] = (200, {}, page("Water restored"))
    raw = read_url(site.url("/short"), fetch=FAST)
    assert raw.meta.url == site.url("/news/water")
    assert any("redirected" in n for n in raw.notes)


@pytest.mark.parametrize("target", ["ftp://127.0.0.1/file.txt", "file:///etc/passwd",
                                    "data:text/plain,hello"])
def test_redirect_to_non_web_scheme_is_refused(site, target):
    site.routes["/sneaky"] = (302, {"Location": target}, b"")
    with pytest.raises(FetchError, match="E406") as info:
        fetch_url(site.url("/sneaky"), FAST)
    assert not info.value.transient


def test_too_many_redirects(site):
    for i in range(4):
        site.routes[f"/r{i}"] = (302, {"Location": f"/r{i + 1}"}, b"")
    site.routes["/r4"] = (200, {}, page("Far"))
    with pytest.raises(FetchError, match="E406"):
        fetch_url(site.url("/r0"), FetchOptions(timeout=0.5, max_redirects=2))
    assert fetch_url(site.url("/r0"), FAST).final_url == site.url("/r4")


def test_404_is_a_transient_coded_error(site):
    with pytest.raises(FetchError, match="E402") as info:
        fetch_url(site.url("/gone"), FAST)
    assert info.value.fields["status"] == 404 and info.value.transient


def test_timeout(site):
    site.routes["/slow"] = (2.0, {}, page("Late"))
    t0 = time.monotonic()
    with pytest.raises(FetchError, match="E403") as info:
        fetch_url(site.url("/slow"), FAST)
    assert time.monotonic() - t0 < 1.8 and info.value.transient


def test_binary_is_not_an_article(site):
    png = b"\x89PNG\r\n\x1a\n" + bytes(500)
    site.routes["/photo.png"] = (200, {"Content-Type": "image/png"}, png)
    site.routes["/blob"] = (200, {"Content-Type": "application/octet-stream"}, bytes(range(256)))
    for path in ("/photo.png", "/blob"):
        with pytest.raises(FetchError, match="E405") as info:
            read_url(site.url(path), fetch=FAST)
        assert not info.value.transient


def test_size_limit_by_header_and_by_body(site):
    site.routes["/huge"] = (200, {}, b"<html><body>" + b"x" * 300_000 + b"</body></html>")
    with pytest.raises(FetchError, match="E404"):
        fetch_url(site.url("/huge"), FetchOptions(timeout=0.5, max_mb=0.1))


def test_unreachable_and_bad_addresses():
    with pytest.raises(FetchError, match="E401"):
        fetch_url("http://127.0.0.1:9/", FAST)  # discard port: nothing listens
    with pytest.raises(FetchError, match="E406"):
        fetch_url("file:///etc/hostname", FAST)
    with pytest.raises(FetchError, match="E406"):
        fetch_url("http:///no-host", FAST)


def test_page_without_main_text_and_non_english(site):
    site.routes["/empty"] = (200, {}, b"<html><head><title>Gallery</title></head>"
                                      b"<body><div><img src=a.png></div></body></html>")
    site.routes["/fr"] = (200, {"Content-Type": "text/plain"},
                          ("Les équipes ont rétabli le courant dans la ville et le maire a dit "
                           "que la situation est sous contrôle pour les habitants du quartier "
                           "nord depuis le matin avec des camions").encode())
    with pytest.raises(ClaimtraceError, match="E006"):
        read_url(site.url("/empty"), fetch=FAST)
    with pytest.raises(ClaimtraceError, match="E010"):
        read_url(site.url("/fr"), fetch=FAST)


def test_one_bad_url_never_stops_the_batch(site, tmp_path):
    site.routes["/a"] = (200, {}, page("First", PARAGRAPHS[:3]))
    site.routes["/b"] = (200, {}, page("Second", PARAGRAPHS[1:]))
    urls = [site.url("/a"), site.url("/missing"), "ftp://x/y", site.url("/b"), site.url("/a")]
    results = list(extract_urls(urls, fetch=FAST, extractor=FakeExtractor()))
    assert [r.ok for r in results] == [True, False, False, True, True]
    assert [r.error.code for r in results if not r.ok] == ["E402", "E406"]
    db = str(tmp_path / "ledger.db")
    seen = []
    counts = ingest_urls(urls, db, fetch=FAST, extractor=FakeExtractor(),
                         on_result=lambda r, added: seen.append(r.origin))
    assert counts == {"added": 2, "unchanged": 1, "new_version": 0, "failed": 2}
    assert seen == urls
    with Ledger.open(db) as ledger:
        docs = ledger.documents()
    assert sorted(d.title for d in docs) == ["First", "Second"]
    assert {d.url for d in docs} == {site.url("/a"), site.url("/b")}


class BatchingExtractor(FakeExtractor):
    """A fake extractor that also batches, recording the titles of each batch; it refuses
    (with a coded error) any text containing `refuse`."""

    def __init__(self, batch_size: int, refuse: str | None = None):
        self.options = Options(batch_size=batch_size)
        self.refuse = refuse
        self.batches: list[list[str]] = []

    def extract(self, text, meta=None):
        if self.refuse and self.refuse in text:
            raise InputError("E002", path="<text>")
        return super().extract(text, meta)

    def extract_many(self, items):
        items = list(items)
        self.batches.append([meta.title for _, meta in items])
        for text, meta in items:
            yield self.extract(text, meta)


def test_fetched_pages_are_extracted_in_batches_in_url_order(site):
    site.routes["/a"] = (200, {}, page("First", PARAGRAPHS[:3]))
    site.routes["/b"] = (200, {}, page("Second", PARAGRAPHS[1:]))
    urls = [site.url("/a"), site.url("/missing"), site.url("/b"), site.url("/a"), "ftp://x/y",
            site.url("/b")]
    ex = BatchingExtractor(batch_size=2)
    results = list(extract_urls(urls, fetch=FAST, extractor=ex))
    assert [r.origin for r in results] == urls
    assert [r.error.code if r.error else r.document.meta.title for r in results] == [
        "First", "E402", "Second", "First", "E406", "Second"]
    # a failed URL closes the batch before it, so results keep the order of the URLs
    assert ex.batches == [["First"], ["Second", "First"], ["Second"]]


def test_an_error_inside_a_batch_is_reported_for_its_own_url(site):
    site.routes["/a"] = (200, {}, page("First", PARAGRAPHS[:1]))
    site.routes["/b"] = (200, {}, page("Second", PARAGRAPHS[3:]))
    urls = [site.url("/a"), site.url("/b"), site.url("/a")]
    ex = BatchingExtractor(batch_size=16, refuse="could not yet say")
    results = list(extract_urls(urls, fetch=FAST, extractor=ex))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error.code == "E002" and results[1].error.fields["path"] == urls[1]
    assert ex.batches == [["First", "Second", "First"]]


@pytest.mark.slow
def test_ingest_urls_with_the_real_pipeline(site, tmp_path):
    site.routes["/news/water"] = (200, {}, page("Water restored in the north"))
    db = str(tmp_path / "ledger.db")
    counts = ingest_urls([site.url("/news/water")], db, fetch=FAST)
    assert counts["added"] == 1
    with Ledger.open(db) as ledger:
        (info,) = ledger.documents()
        doc = ledger.document(info.id)
    assert info.published == "2024-05-06" and doc.meta.url == site.url("/news/water")
    assert doc.quantities, "the 40,000 residents should be a quantity"
