"""Watching RSS/Atom feeds: each new item's article is fetched and ingested once.

    >>> from claimtrace.feeds import watch
    >>> for round_ in watch(["https://example.org/world.rss"], db="claimtrace.db",
    ...                     interval=900, max_rounds=1):
    ...     print(round_.added, round_.failed)

A `Watcher` keeps its state in the ledger database (table `watch_items`): every item
seen, keyed by feed and item id (or link), with its status (`done`, `retry`,
`failed`), attempts and the time of the next try. An article that fails for a
transient reason (network, timeout, HTTP status) is retried after an exponentially
growing delay, up to `Backoff.max_attempts`; other failures are recorded and not tried
again. The clock and the sleep are injectable so that tests need not wait.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any

from .errors import ClaimtraceError
from .fetch import FetchError, FetchOptions, TextExtractor, extract_raw, fetch_url, is_url, read_url
from .readers import ReadOptions

log = logging.getLogger(__name__)

FEED_ACCEPT = ("application/rss+xml,application/atom+xml,application/xml;q=0.9,"
               "text/xml;q=0.9,*/*;q=0.5")
STATE_TABLE = """CREATE TABLE IF NOT EXISTS watch_items (
    feed TEXT NOT NULL,
    item_key TEXT NOT NULL,
    link TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try DOUBLE PRECISION,
    last_code TEXT,
    last_error TEXT,
    doc_id TEXT,
    first_seen DOUBLE PRECISION NOT NULL,
    updated DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (feed, item_key))"""
DONE, RETRY, FAILED = "done", "retry", "failed"


@dataclass(frozen=True, slots=True)
class Backoff:
    """Delay before retry n (1-based): base * factor**(n-1) seconds, capped."""

    base: float = 300.0
    factor: float = 2.0
    max_delay: float = 86400.0
    max_attempts: int = 6

    def delay(self, attempts: int) -> float:
        return min(self.base * self.factor ** max(attempts - 1, 0), self.max_delay)


@dataclass(slots=True)
class FeedEntry:
    """One item of a feed: where its article is and what the feed says about it."""

    feed: str
    key: str
    link: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Added:
    link: str
    status: str  # added / unchanged / new_version (AddResult.status)
    doc_id: str


@dataclass(slots=True)
class Failed:
    link: str
    error: ClaimtraceError
    attempts: int
    next_try: float | None  # None: given up

    @property
    def will_retry(self) -> bool:
        return self.next_try is not None


@dataclass(slots=True)
class PollResult:
    """What one poll of the feeds did."""

    round: int = 1
    added: list[Added] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    feed_errors: list[ClaimtraceError] = field(default_factory=list)
    seen: int = 0  # items skipped because they were done, given up or not yet due


class Watcher:
    """Polls feeds and ingests their new items into one ledger."""

    def __init__(self, ledger: Any, *, fetch: FetchOptions = FetchOptions(),
                 read: ReadOptions = ReadOptions(), backoff: Backoff = Backoff(),
                 extractor: TextExtractor | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.ledger = ledger
        self.fetch, self.read, self.backoff = fetch, read, backoff
        self.extractor = extractor
        self.clock = clock
        self.ledger.db.run(STATE_TABLE)

    # --- one round ---------------------------------------------------------------------
    def poll_once(self, feeds: Iterable[str]) -> PollResult:
        """Read every feed, ingest new items and due retries; report what happened."""
        result = PollResult()
        now = self.clock()
        queued: dict[tuple[str, str], FeedEntry] = {}
        feeds = list(feeds)
        for feed in feeds:
            try:
                entries = read_feed(feed, self.fetch)
            except ClaimtraceError as err:
                log.info("%s", err)
                result.feed_errors.append(err)
                continue
            for entry in entries:
                row = self._row(entry.feed, entry.key)
                if row is None or (row["status"] == RETRY and row["next_try"] <= now):
                    queued.setdefault((entry.feed, entry.key), entry)
                else:
                    result.seen += 1
        for row in self._due(feeds, now):  # retries whose item has left the feed
            queued.setdefault((row["feed"], row["item_key"]),
                              FeedEntry(row["feed"], row["item_key"], row["link"]))
        for entry in queued.values():
            self._ingest(entry, result)
        return result

    def watch(self, feeds: Iterable[str], *, interval: float, max_rounds: int | None = None,
              sleep: Callable[[float], None] = time.sleep) -> Iterator[PollResult]:
        """Poll every `interval` seconds, yielding each round's result; forever by default."""
        feeds = list(feeds)
        n = 0
        while max_rounds is None or n < max_rounds:
            n += 1
            started = self.clock()
            yield replace(self.poll_once(feeds), round=n)
            if max_rounds is None or n < max_rounds:
                sleep(max(0.0, interval - (self.clock() - started)))

    # --- one item ----------------------------------------------------------------------
    def _ingest(self, entry: FeedEntry, result: PollResult) -> None:
        row = self._row(entry.feed, entry.key)
        attempts = (row["attempts"] if row else 0) + 1
        try:
            raw = read_url(entry.link, fetch=self.fetch, read=self.read)
        except ClaimtraceError as err:
            self._failed(entry, row, attempts, err, result)
            return
        m = raw.meta
        raw.meta = replace(m, title=m.title or entry.title, outlet=_outlet(m.outlet, entry.outlet),
                           published=m.published or entry.published)
        extracted = extract_raw(raw, self.extractor)
        if not extracted.ok:
            self._failed(entry, row, attempts, extracted.error, result)
            return
        added = self.ledger.add(extracted.document)
        self._save(entry, row, status=DONE, attempts=attempts, doc_id=added.doc_id)
        result.added.append(Added(entry.link, added.status, added.doc_id))

    def _failed(self, entry: FeedEntry, row: dict | None, attempts: int,
                err: ClaimtraceError, result: PollResult) -> None:
        retry = (isinstance(err, FetchError) and err.transient
                 and attempts < self.backoff.max_attempts)
        next_try = self.clock() + self.backoff.delay(attempts) if retry else None
        self._save(entry, row, status=RETRY if retry else FAILED, attempts=attempts,
                   next_try=next_try, code=err.code, error=err.message)
        log.info("%s%s", err, f" (retry {attempts + 1} due later)" if retry else "")
        result.failed.append(Failed(entry.link, err, attempts, next_try))

    # --- state -------------------------------------------------------------------------
    def _row(self, feed: str, key: str) -> dict | None:
        rows = self.ledger.db.rows("SELECT * FROM watch_items WHERE feed = ? AND item_key = ?",
                                   (feed, key))
        return rows[0] if rows else None

    def _due(self, feeds: list[str], now: float) -> list[dict]:
        if not feeds:
            return []
        marks = ", ".join("?" for _ in feeds)
        return self.ledger.db.rows(
            f"SELECT * FROM watch_items WHERE status = ? AND next_try <= ? AND feed IN ({marks})"
            " ORDER BY first_seen", (RETRY, now, *feeds))

    def _save(self, entry: FeedEntry, row: dict | None, *, status: str, attempts: int,
              next_try: float | None = None, code: str | None = None,
              error: str | None = None, doc_id: str | None = None) -> None:
        now = self.clock()
        if row is None:
            self.ledger.db.run(
                "INSERT INTO watch_items (feed, item_key, link, status, attempts, next_try, "
                "last_code, last_error, doc_id, first_seen, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.feed, entry.key, entry.link, status, attempts, next_try, code, error,
                 doc_id, now, now))
        else:
            self.ledger.db.run(
                "UPDATE watch_items SET status = ?, attempts = ?, next_try = ?, last_code = ?, "
                "last_error = ?, doc_id = ?, updated = ? WHERE feed = ? AND item_key = ?",
                (status, attempts, next_try, code, error, doc_id, now, entry.feed, entry.key))

    def items(self) -> list[dict]:
        """The state table: every item seen, with its status and attempts."""
        return self.ledger.db.rows("SELECT * FROM watch_items ORDER BY feed, first_seen")


def read_feed(url: str, options: FetchOptions = FetchOptions()) -> list[FeedEntry]:
    """The items of one RSS/Atom feed (fetched here; feedparser never fetches itself)."""
    import feedparser

    got = fetch_url(url, options, accept=FEED_ACCEPT)
    parsed = feedparser.parse(got.body, response_headers={
        "content-location": got.final_url,
        "content-type": got.content_type or "application/xml"})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        why = str(getattr(parsed, "bozo_exception", "")) or "it has no items"
        raise FetchError("E407", url=url, why=why)
    outlet = parsed.feed.get("title") or None
    out = []
    for e in parsed.entries:
        link = e.get("link") or ""
        if not is_url(link):
            log.info("feed %s: skipped an item without a web link (%r)", url, link)
            continue
        out.append(FeedEntry(url, e.get("id") or link, link, title=e.get("title") or None,
                             published=_iso(e.get("published_parsed") or e.get("updated_parsed")),
                             outlet=outlet))
    return out


def _outlet(page: str | None, feed: str | None) -> str | None:
    """The page's site name, unless it is only a host name (trafilatura's fallback)."""
    if page and (" " in page.strip() or not any(c in page for c in ".:")):
        return page
    return feed or page


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    return datetime(*parsed[:3], tzinfo=timezone.utc).date().isoformat()


def watch(feeds: Iterable[str], *, db: str, interval: float, max_rounds: int | None = None,
          fetch: FetchOptions = FetchOptions(), read: ReadOptions = ReadOptions(),
          backoff: Backoff = Backoff(), extractor: TextExtractor | None = None,
          clock: Callable[[], float] = time.time,
          sleep: Callable[[float], None] = time.sleep) -> Iterator[PollResult]:
    """Open the ledger `db` and poll `feeds` every `interval` seconds (see `Watcher`)."""
    from .ledger import Ledger

    with Ledger.open(db) as ledger:
        watcher = Watcher(ledger, fetch=fetch, read=read, backoff=backoff,
                          extractor=extractor, clock=clock)
        yield from watcher.watch(feeds, interval=interval, max_rounds=max_rounds, sleep=sleep)
