"""Watching feeds served by a local HTTP server (127.0.0.1 only), with an injected clock."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claimtrace.feeds import Backoff, Watcher, read_feed, watch
from claimtrace.fetch import FetchOptions
from claimtrace.ledger import Ledger
from local_site import FakeExtractor, Site

FAST = FetchOptions(timeout=0.5, total_timeout=5)
STORIES = {
    "dam": ["Engineers inspected the river dam on Tuesday after cracks were reported in its "
            "eastern wall, the regional authority said in a statement.",
            "The authority said the reservoir level had been lowered by two metres as a "
            "precaution and that nearby villages were told to prepare for evacuation."],
    "port": ["Cargo traffic resumed at the southern port on Wednesday after a four-day halt, "
             "the harbour master said, with six ships cleared to leave.",
             "He said insurers had raised premiums for vessels calling at the port and that "
             "some shipping lines were still waiting for naval escorts."],
    "grain": ["A convoy of 30 trucks carrying grain reached the border crossing on Thursday, "
              "aid workers said, after waiting there for most of the week.",
              "The workers said the drivers had been held at checkpoints and that another "
              "convoy was expected to set off on Saturday morning."],
}


def article(name: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in STORIES[name])
    return (f"<html><head><title>Story {name}</title></head><body><article><h1>Story {name}"
            f"</h1>{body}</article></body></html>").encode()


def rss(base: str, names: list[str], title: str = "Local desk") -> bytes:
    items = "".join(f"<item><title>Item {n}</title><link>{base}/story/{n}</link>"
                    f"<guid>urn:test:{n}</guid><pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate>"
                    f"</item>" for n in names)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{base}/</link><description>Test</description>{items}</channel></rss>"
            ).encode()


def atom(base: str, names: list[str]) -> bytes:
    entries = "".join(f"<entry><title>Entry {n}</title><id>tag:test,2024:{n}</id>"
                      f'<link href="{base}/story/{n}"/><updated>2024-05-07T10:00:00Z</updated>'
                      f"</entry>" for n in names)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Atom desk</title><id>tag:test,2024:feed</id>"
            f"<updated>2024-05-07T10:00:00Z</updated>{entries}</feed>").encode()


@pytest.fixture
def site():
    with Site() as s:
        for name in STORIES:
            s.routes[f"/story/{name}"] = (200, "text/html; charset=utf-8", article(name))
        yield s


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def ledger(tmp_path):
    led = Ledger.open(tmp_path / "ledger.db")
    yield led
    led.close()


def make_watcher(ledger, clock, **kw):
    return Watcher(ledger, fetch=FAST, extractor=FakeExtractor(), clock=clock,
                   backoff=kw.pop("backoff", Backoff(base=60, factor=2, max_attempts=3)), **kw)


def test_read_rss_and_atom(site):
    site.routes["/rss"] = (200, "application/rss+xml", rss(site.base, ["dam", "port"]))
    site.routes["/atom"] = (200, "application/atom+xml", atom(site.base, ["grain"]))
    items = read_feed(site.url("/rss"), FAST)
    assert [(i.key, i.link, i.title, i.published, i.outlet) for i in items] == [
        ("urn:test:dam", site.url("/story/dam"), "Item dam", "2024-05-06", "Local desk"),
        ("urn:test:port", site.url("/story/port"), "Item port", "2024-05-06", "Local desk")]
    (entry,) = read_feed(site.url("/atom"), FAST)
    assert entry.key == "tag:test,2024:grain" and entry.published == "2024-05-07"


def test_each_item_is_ingested_once_across_rounds(site, ledger):
    site.routes["/rss"] = (200, "application/rss+xml", rss(site.base, ["dam", "port"]))
    clock = Clock()
    w = make_watcher(ledger, clock)
    first = w.poll_once([site.url("/rss")])
    assert sorted(a.link for a in first.added) == [site.url("/story/dam"), site.url("/story/port")]
    assert all(a.status == "added" for a in first.added) and not first.failed
    site.routes["/rss"] = (200, "application/rss+xml", rss(site.base, ["grain", "dam", "port"]))
    clock.now += 900
    second = w.poll_once([site.url("/rss")])
    assert [a.link for a in second.added] == [site.url("/story/grain")] and second.seen == 2
    clock.now += 900
    third = w.poll_once([site.url("/rss")])
    assert not third.added and third.seen == 3
    assert {site.hits[f"/story/{n}"] for n in STORIES} == {1}  # each article fetched once
    titles = sorted(d.title for d in ledger.documents())
    assert titles == ["Story dam", "Story grain", "Story port"]
    assert {d.outlet for d in ledger.documents()} == {"Local desk"}  # from the feed


def test_failed_item_is_retried_after_backoff(site, ledger):
    answers = iter([(503, "text/plain", b"busy"), (503, "text/plain", b"busy")])
    site.routes["/story/port"] = lambda: next(answers, (200, "text/html", article("port")))
    site.routes["/rss"] = (200, "application/rss+xml", rss(site.base, ["dam", "port"]))
    clock = Clock()
    w = make_watcher(ledger, clock)
    feed = [site.url("/rss")]

    r1 = w.poll_once(feed)
    assert [a.link for a in r1.added] == [site.url("/story/dam")]
    (fail,) = r1.failed
    assert fail.error.code == "E402" and fail.attempts == 1 and fail.next_try == clock.now + 60

    clock.now += 30  # before the first retry is due: not fetched again
    assert not w.poll_once(feed).failed and site.hits["/story/port"] == 1
    clock.now += 31
    (fail,) = w.poll_once(feed).failed  # second attempt, delay doubles
    assert fail.attempts == 2 and fail.next_try == clock.now + 120
    clock.now += 121
    r4 = w.poll_once(feed)
    assert [a.link for a in r4.added] == [site.url("/story/port")] and not r4.failed
    assert site.hits["/story/port"] == 3 and site.hits["/story/dam"] == 1
    states = {row["link"].rsplit("/", 1)[1]: (row["status"], row["attempts"]) for row in w.items()}
    assert states == {"dam": ("done", 1), "port": ("done", 3)}
    assert len(ledger.documents()) == 2


def test_retry_continues_after_item_leaves_feed_and_gives_up(site, ledger):
    site.routes["/rss"] = (200, "application/rss+xml", rss(site.base, ["gone"]))
    clock = Clock()
    w = make_watcher(ledger, clock, backoff=Backoff(base=10, factor=3, max_attempts=2))
    feed = [site.url("/rss")]
    (f1,) = w.poll_once(feed).failed
    assert f1.will_retry and f1.error.fields["status"] == 404
    site.routes["/rss"] = (200, "application/rss+xml", rss(site.base, []))  # item dropped
    clock.now += 10
    (f2,) = w.poll_once(feed).failed
    assert f2.attempts == 2 and not f2.will_retry  # max_attempts reached: given up
    clock.now += 10_000
    r3 = w.poll_once(feed)
    assert not r3.failed and not r3.added and site.hits["/story/gone"] == 2
    assert [row["status"] for row in w.items()] == ["failed"]


def test_permanent_failures_are_not_retried(site, ledger):
    site.routes["/story/photo"] = (200, "image/jpeg", b"\xff\xd8\xff" + bytes(300))
    site.routes["/rss"] = (200, "application/rss+xml", rss(site.base, ["photo"]))
    clock = Clock()
    w = make_watcher(ledger, clock)
    (f,) = w.poll_once([site.url("/rss")]).failed
    assert f.error.code == "E405" and not f.will_retry
    clock.now += 100_000
    assert w.poll_once([site.url("/rss")]).seen == 1 and site.hits["/story/photo"] == 1


def test_bad_feed_is_reported_and_others_still_polled(site, ledger):
    site.routes["/rss"] = (200, "application/rss+xml", rss(site.base, ["dam"]))
    site.routes["/home"] = (200, "text/html", b"<html><body><p>Welcome</p></body></html>")
    w = make_watcher(ledger, Clock())
    r = w.poll_once([site.url("/missing.rss"), site.url("/home"), site.url("/rss")])
    assert [e.code for e in r.feed_errors] == ["E402", "E407"]
    assert [a.link for a in r.added] == [site.url("/story/dam")]


def test_watch_rounds_sleep_between_polls(site, tmp_path):
    feed_items = [["dam"], ["dam", "port"], ["dam", "port"]]
    site.routes["/rss"] = lambda: (200, "application/rss+xml",
                                   rss(site.base, feed_items.pop(0) if feed_items else []))
    slept: list[float] = []
    db = str(tmp_path / "w.db")
    rounds = list(watch([site.url("/rss")], db=db, interval=300, max_rounds=3, fetch=FAST,
                        extractor=FakeExtractor(), sleep=slept.append))
    assert [r.round for r in rounds] == [1, 2, 3]
    assert [len(r.added) for r in rounds] == [1, 1, 0]
    assert len(slept) == 2 and all(0 < s <= 300 for s in slept)
    with Ledger.open(db) as ledger:
        assert len(ledger.documents()) == 2


@pytest.mark.slow
def test_watch_command(site, tmp_path):
    import claimtrace.cli_fetch  # noqa: F401  registers `watch`
    from claimtrace.cli import app

    site.routes["/rss"] = (200, "application/rss+xml", rss(site.base, ["grain", "nothing"]))
    db = str(tmp_path / "cli.db")
    args = ["watch", site.url("/rss"), "--db", db, "--rounds", "1", "--interval", "1",
            "--timeout", "2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output  # one item failed
    assert "round 1: 1 new, 0 unchanged, 1 failed" in result.output
    assert "E402" in result.output and "retried later" in result.output
    result = CliRunner().invoke(app, args)
    # the done item and the one whose retry is not yet due
    assert "round 1: 0 new" in result.output and "2 already seen" in result.output
    with Ledger.open(db) as ledger:
        (doc,) = ledger.documents()
        assert doc.title == "Story grain" and doc.published == "2024-05-06"
        assert ledger.document(doc.id).quantities  # 30 trucks, through the real pipeline
    bad = CliRunner().invoke(app, ["watch", "feeds.txt", "--db", db, "--rounds", "1"])
    assert bad.exit_code == 1 and "E406" in bad.output
