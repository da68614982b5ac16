"""End-to-end in Debian's headless Chromium: every page renders, clicking a claim
highlights its evidence, nothing is requested from another host.

Screenshots go to a temp folder and, when CLAIMTRACE_SCREENSHOTS is set, there too.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from claimtrace.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser


def _need_chromium() -> None:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is required in CI (apt-get install chromium)")
        pytest.skip(f"needs Debian's Chromium at {CHROMIUM} (apt-get install chromium)")


@pytest.fixture(scope="module")
def server(web_db):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 15
    while not srv.started:
        if time.time() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page():
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1360, "height": 900})
        pg = context.new_page()
        yield pg
        context.close()
        browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    return tmp_path_factory.mktemp("screenshots")


def _save(page, shots: Path, name: str) -> None:
    path = shots / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    extra = os.environ.get("CLAIMTRACE_SCREENSHOTS")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(extra) / path.name)


def test_every_page_renders_offline(server, page, shots, docs):
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    series = page.request.get(server + "/api/series").json()
    key = next(s["key"] for s in series if s["n_contradictions"])
    pages = {"overview": "/", "documents": "/documents", "claims": "/claims",
             "claims-filtered": "/claims?subtype=troop_deployment&sort=value",
             "series-list": "/series", "series": f"/series/{quote(key, safe='')}",
             "map": "/map", "actors": "/actors", "actor": "/actors/PRK",
             "document": f"/documents/{docs['koksan'].id}"}
    for name, url in pages.items():
        resp = page.goto(server + url)
        assert resp.status == 200, url
        assert page.locator("main h1").count() == 1, url
        _save(page, shots, name)
    external = [u for u in requests if urlsplit(u).hostname not in ("127.0.0.1",)]
    assert external == []
    assert errors == []  # no JS errors, no CSP violations


def test_chart_and_map_are_drawn(server, page):
    series = page.request.get(server + "/api/series").json()
    key = next(s["key"] for s in series if s["n_contradictions"])
    page.goto(f"{server}/series/{quote(key, safe='')}")
    box = page.locator("svg.chart").bounding_box()
    assert box and box["width"] > 600 and box["height"] > 200
    assert page.locator("svg.chart line.conflict").count() >= 1
    page.goto(server + "/map")
    # Kursk, Crimea, and two places no gazetteer knows, drawn at their areas' points
    assert page.locator("svg.map circle.place").count() == 4
    assert page.locator("svg.map path.land").bounding_box()["width"] > 600


def test_approximate_places_are_drawn_hollow_and_labelled(server, page, shots):
    page.goto(server + "/map")
    approx = page.locator("svg.map circle.place.approx")
    assert approx.count() == 2
    velmora = page.locator("svg.map a", has_text="Velmora").locator("circle.place")
    assert "approx" in velmora.get_attribute("class")
    assert "placed at Oskel District" in velmora.locator("title").text_content()
    style = velmora.evaluate("e => { const s = getComputedStyle(e); return "
                             "[s.fillOpacity, s.strokeDasharray]; }")
    assert style[0] == "0" and style[1] not in ("", "none")  # hollow, dashed
    exact = page.locator("svg.map a", has_text="Kursk").locator("circle.place")
    assert "approx" not in exact.get_attribute("class")
    assert float(exact.evaluate("e => getComputedStyle(e).fillOpacity")) > 0.3
    assert page.locator("svg.map text.plabel.approx", has_text="Velmora (approx.)").count() == 1
    row = page.locator("table.list tr.approx", has_text="Velmora")
    assert "approx., at Oskel District" in row.locator(".tag.approx").inner_text()
    assert page.locator("table.list tr", has_text="Lukan").locator(".tag.approx") \
        .inner_text() == "approx., at Tarvo Province"
    assert page.locator("table.list tr", has_text="Kursk").locator(".tag.approx").count() == 0
    _save(page, shots, "map-approx")
    # the claim list says it too
    page.goto(server + "/claims?place=Velmora")
    assert "approx., at Oskel District" in page.locator("table.claims .tag.approx").inner_text()


def test_clicking_a_claim_highlights_its_evidence(server, page, shots, docs):
    doc = docs["koksan"]
    page.goto(f"{server}/documents/{doc.id}")
    evidence = page.locator('#doctext .ev[data-claims~="c2"]')
    assert evidence.count() >= 1
    before = evidence.first.evaluate("e => getComputedStyle(e).backgroundColor")
    page.locator('.claim-link[data-claim="c2"]').click()
    page.wait_for_timeout(400)
    assert "active" in evidence.first.get_attribute("class")
    after = evidence.first.evaluate("e => getComputedStyle(e).backgroundColor")
    # evidence turns yellow; entity mentions inside it a deeper yellow
    assert after != before and after in ("rgb(255, 224, 102)", "rgb(255, 212, 59)")
    assert page.locator('.ev.active[data-claims~="c1"]').count() == 0
    assert page.evaluate("location.hash") == "#ev-c2"
    assert page.locator('.claim-link.active[data-claim="c2"]').count() == 1
    _save(page, shots, "document-claim-clicked")
    # a deep link from another page (#ev-c1) highlights on load
    page.goto(f"{server}/documents/{doc.id}#ev-c1")
    page.wait_for_timeout(300)
    assert page.locator('#doctext .ev.active[data-claims~="c1"]').count() >= 1


def test_hostile_document_runs_no_script(server, page, docs):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/documents/{docs['hostile'].id}")
    page.wait_for_timeout(300)
    assert dialogs == []
    assert '<script>alert("x")</script>' in page.locator("#doctext").inner_text()
