"""Fetching articles the user names by URL: `claimtrace ingest https://...` and feeds.

One GET per URL with a User-Agent naming claimtrace, a timeout, a size cap (20 MB like
files), at most a few redirects and only to http(s), and a content-type check. The body
goes to the same readers as files: HTML through trafilatura, PDF through its text layer,
plain text decoded. Every failure is a coded `FetchError` for that URL only; `transient`
says whether trying again later may help (the feed watcher retries those with backoff).

This module fetches only what the user names (articles and feeds): it never crawls links.
"""
from __future__ import annotations

import http.client
import logging
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

from . import __version__
from .errors import ClaimtraceError, InputError
from .model import Document, Meta
from .readers import DEFAULT_MAX_MB, RawDocument, ReadOptions, decode, finish, read_html, read_pdf

log = logging.getLogger(__name__)

TRANSIENT_CODES = frozenset({"E401", "E402", "E403"})
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain", "text/markdown"}
PDF_TYPES = {"application/pdf", "application/x-pdf"}
SNIFF_TYPES = {"", "application/octet-stream", "binary/octet-stream"}
USER_AGENT = f"claimtrace/{__version__} (news claim ledger; fetches only URLs its user names)"
_CHUNK = 65536


class FetchError(InputError):
    """A URL that could not be fetched or read (codes E401-E407)."""

    @property
    def transient(self) -> bool:
        """Whether fetching again later may succeed (network, timeout, HTTP status)."""
        return self.code in TRANSIENT_CODES


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How to fetch: limits and the identity claimtrace announces."""

    timeout: float = 20.0  # seconds to connect and for each read
    total_timeout: float = 120.0  # seconds for the whole download
    max_mb: float = DEFAULT_MAX_MB
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(slots=True)
class Fetched:
    """A fetched body and what the server said about it."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str  # lower-case media type without parameters ("" when absent)
    charset: str | None
    body: bytes


def is_url(arg: str) -> bool:
    """Whether a command-line argument names a web address rather than a file."""
    return arg.lower().startswith(("http://", "https://"))


def fetch_url(url: str, options: FetchOptions = FetchOptions(), *,
              accept: str = "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.8"
              ) -> Fetched:
    """GET one http(s) URL within the options' limits; a coded `FetchError` otherwise."""
    _check_scheme(url, url, "it is not a web address")
    request = urllib.request.Request(url, headers={"User-Agent": options.user_agent,
                                                   "Accept": accept,
                                                   "Accept-Encoding": "identity"})
    limit = int(options.max_mb * 1024 * 1024)
    start = time.monotonic()
    try:
        with _opener(url, options.max_redirects).open(request, timeout=options.timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise FetchError("E404", url=url, limit_mb=options.max_mb)
            chunks: list[bytes] = []
            size = 0
            while chunk := resp.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise FetchError("E404", url=url, limit_mb=options.max_mb)
                if time.monotonic() - start > options.total_timeout:
                    raise FetchError("E403", url=url, timeout=options.total_timeout)
                chunks.append(chunk)
            media = resp.headers.get_content_type() if resp.headers.get("Content-Type") else ""
            return Fetched(url, resp.geturl(), resp.status, media.lower(),
                           resp.headers.get_content_charset(), b"".join(chunks))
    except FetchError:
        raise
    except urllib.error.HTTPError as err:
        raise FetchError("E402", url=url, status=err.code, reason=err.reason) from err
    except urllib.error.URLError as err:
        if isinstance(err.reason, (TimeoutError, socket.timeout)):
            raise FetchError("E403", url=url, timeout=options.timeout) from err
        raise FetchError("E401", url=url, why=str(err.reason)) from err
    except (TimeoutError, socket.timeout) as err:
        raise FetchError("E403", url=url, timeout=options.timeout) from err
    except (http.client.HTTPException, OSError) as err:
        raise FetchError("E401", url=url, why=f"{type(err).__name__}: {err}") from err
    except ValueError as err:  # malformed address
        raise FetchError("E406", url=url, why=str(err)) from err


def read_url(url: str, *, fetch: FetchOptions = FetchOptions(),
             read: ReadOptions = ReadOptions()) -> RawDocument:
    """Fetch one article and read it like a file of its type (HTML, PDF or text)."""
    got = fetch_url(url, replace(fetch, max_mb=min(fetch.max_mb, read.max_mb)))
    raw = raw_from_body(got, read)
    return finish(raw, read)


def raw_from_body(got: Fetched, read: ReadOptions = ReadOptions()) -> RawDocument:
    """A `RawDocument` from a fetched body, chosen by content type (sniffed if absent)."""
    kind = _kind(got)
    if kind == "pdf":
        raw = read_pdf(got.body, got.url)
    elif kind in ("html", "text"):
        if not got.body.strip():
            raise InputError("E002", path=got.url)
        text, note = _decode(got, read)
        if kind == "html":
            raw = read_html(text, got.url, url=got.final_url)
        else:
            raw = RawDocument(text, Meta(), got.url)
        if note:
            raw.notes.append(note)
    else:
        raise FetchError("E405", url=got.url, content_type=got.content_type or "unknown data")
    raw.meta = replace(raw.meta, url=raw.meta.url or got.final_url, path=None)
    if got.final_url != got.url:
        raw.notes.append(f"fetched {got.url} (redirected to {got.final_url})")
    return raw


def _kind(got: Fetched) -> str | None:
    ctype = got.content_type
    head = got.body[:2048].lstrip().lower()
    if ctype in PDF_TYPES or (ctype in SNIFF_TYPES and got.body[:5] == b"%PDF-"):
        return "pdf"
    if ctype in HTML_TYPES:
        return "html"
    if ctype in TEXT_TYPES or ctype in SNIFF_TYPES:
        if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
            return "html"
        return "text" if ctype in TEXT_TYPES else None
    return None


def _decode(got: Fetched, read: ReadOptions) -> tuple[str, str | None]:
    if read.encoding is None and got.charset:
        try:
            return got.body.decode(got.charset), None
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header: fall back to detection
    return decode(got.body, got.url, read.encoding)


# --- redirects: few, and only to http(s) -------------------------------------------------
def check_url(url: str) -> None:
    """E406 unless `url` is an http(s) address with a host."""
    _check_scheme(url, url, "it is not a web address")


def _check_scheme(url: str, origin: str, why: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise FetchError("E406", url=origin, why=f"{why} ({url})")


class _Redirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, origin: str, limit: int) -> None:
        self.origin = origin
        self.max_redirections = limit
        self.max_repeats = min(self.max_repeats, limit)

    def http_error_302(self, req, fp, code, msg, headers):
        # checked before urllib's own test, which lets ftp: through
        target = headers.get("location") or headers.get("uri")
        if target:
            _check_scheme(urljoin(req.full_url, target), self.origin,
                          "it redirects to a non-web address")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: PLR0913
        _check_scheme(newurl, self.origin, "it redirects to a non-web address")
        if len(getattr(req, "redirect_dict", {})) >= self.max_redirections:
            raise FetchError("E406", url=self.origin,
                             why=f"more than {self.max_redirections} redirects")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(origin: str, max_redirects: int) -> urllib.request.OpenerDirector:
    """HTTP(S) only: no file:, ftp: or data: handlers."""
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.UnknownHandler(),
                    urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                    urllib.request.HTTPDefaultErrorHandler(), _Redirects(origin, max_redirects),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


# --- extraction and ingestion -----------------------------------------------------------
class TextExtractor(Protocol):
    def extract(self, text: str, meta: Meta | None = None) -> Document: ...


def extract_raw(raw: RawDocument, extractor: TextExtractor | None = None):
    """Extract one fetched document into an `api.Result` (the error, not a raise)."""
    from .api import extract_one
    from .pipeline import default_extractor

    return extract_one(extractor or default_extractor(), raw)


def extract_urls(urls: Iterable[str], *, fetch: FetchOptions = FetchOptions(),
                 read: ReadOptions = ReadOptions(),
                 extractor: TextExtractor | None = None) -> Iterator[Any]:
    """Fetch and extract each URL, in order: one `api.Result` each, errors included.

    Pages that were fetched and read are extracted in batches (spaCy `nlp.pipe`) when the
    extractor has `extract_many`, like `api.extract_items`; one with only `.extract()` takes
    them one at a time. A failed fetch is reported for its URL, in its place in the order.
    """
    from .api import Result
    from .pipeline import default_extractor

    ex = extractor or default_extractor()
    batched = callable(getattr(ex, "extract_many", None))
    size = max(1, getattr(getattr(ex, "options", None), "batch_size", 16)) if batched else 1
    pending: list[RawDocument] = []
    for url in urls:
        try:
            raw = read_url(url, fetch=fetch, read=read)
        except ClaimtraceError as err:
            log.info("fetch failed: %s", err)
            done, pending = pending, []
            yield from _extract_pages(ex, done, batched)
            yield Result(url, error=err)
            continue
        pending.append(raw)
        if len(pending) >= size:
            done, pending = pending, []
            yield from _extract_pages(ex, done, batched)
    yield from _extract_pages(ex, pending, batched)


def _extract_pages(ex: Any, raws: list[RawDocument], batched: bool) -> Iterator[Any]:
    """Results of fetched pages, in order: one batch through `extract_many` (which falls
    back to one at a time on a coded error, so it is reported for its own URL) or `.extract()`
    for each."""
    from .api import extract_batch, extract_one

    if batched:
        yield from extract_batch(ex, raws)
    else:
        for raw in raws:
            yield extract_one(ex, raw)


def ingest_urls(urls: Iterable[str], db: str, *, fetch: FetchOptions = FetchOptions(),
                read: ReadOptions = ReadOptions(), extractor: TextExtractor | None = None,
                on_result: Any = None) -> dict[str, int]:
    """Fetch, extract and store each URL in the ledger; counts by outcome.

    `on_result(result, add_result_or_None)` is called for each URL (the CLI reports
    errors with it). A URL that fails never stops the others.
    """
    from .ledger import Ledger

    counts = {"added": 0, "unchanged": 0, "new_version": 0, "failed": 0}
    with Ledger.open(db) as ledger:
        for result in extract_urls(urls, fetch=fetch, read=read, extractor=extractor):
            added = None
            if result.ok:
                added = ledger.add(result.document)
                counts[added.status] = counts.get(added.status, 0) + 1
            else:
                counts["failed"] += 1
            if on_result is not None:
                on_result(result, added)
    return counts
