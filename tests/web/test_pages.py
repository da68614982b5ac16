"""The HTML pages, in-process: all answer 200, escape article text, load nothing external."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import quote

from fastapi.testclient import TestClient

from claimtrace.web.app import create_app

from ledger.factory import ClaimSpec, make_doc

from .conftest import HOSTILE


class Refs(HTMLParser):
    """Collects (tag, attribute, value) of src/href attributes and all <script> tags."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str, dict]] = []
        self.scripts: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("src", "href", "action", "xlink:href", "poster", "data"):
            if a.get(name):
                self.refs.append((tag, name, a[name], a))
        if tag == "script":
            self.scripts.append(a)


def page_urls(client) -> list[str]:
    docs = client.get("/api/documents").json()
    series = client.get("/api/series").json()
    return (["/", "/documents", "/claims", "/claims?subtype=arms_transfer&sort=value",
             "/series", "/map", "/actors", "/actors/PRK", "/actors/Ukrainian%20military"]
            + [f"/documents/{d['id']}" for d in docs]
            + [f"/series/{quote(s['key'], safe='')}" for s in series])


def test_every_page_is_200_and_loads_only_own_assets(client, docs):
    own_urls = {d.meta.url for d in docs.values() if d.meta.url}
    for url in page_urls(client):
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-type"].startswith("text/html")
        refs = Refs()
        refs.feed(r.text)
        assert [s.get("src") for s in refs.scripts] == ["/static/app.js"], url
        for tag, attr, value, attrs in refs.refs:
            if re.match(r"(?i)^\s*(https?:)?//", value):
                # the only external address allowed: a document's own URL, as a plain
                # link (never loaded) that sends no referrer
                assert (tag, attr) == ("a", "href"), (url, tag, value)
                assert value in own_urls, (url, value)
                assert "noreferrer" in attrs.get("rel", ""), (url, value)
            assert not value.lower().startswith(("javascript:", "data:")), (url, value)


def test_markup_in_article_renders_as_text(client, docs):
    doc = docs["hostile"]
    html = client.get(f"/documents/{doc.id}").text
    assert "<script>alert" not in html and "<b>May</b>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "Title &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Evil &lt;i&gt;Outlet&lt;/i&gt;" in html
    # the URL is escaped inside its attribute too
    assert 'href="https://example.org/evil?a=1&amp;b=&lt;2&gt;"' in html
    for url in ("/claims", "/", "/actors/PRK", "/map"):
        assert "<script>alert" not in client.get(url).text, url
    assert HOSTILE not in client.get("/claims").text


def test_document_view_highlights(client, docs):
    doc = docs["hostile"]
    html = client.get(f"/documents/{doc.id}").text
    assert '<span class="anchor" id="ev-c1"></span>' in html
    for kind in ("actor", "place", "time", "quantity"):
        assert f'class="ent ent-{kind} ev' in html, kind
    assert 'class="ent ent-actor ev" data-claims="c1" title="actor: North Korea (PRK)"' in html
    assert '<span class=" ev trig" data-claims="c1">sent</span>' in html
    assert 'href="#ev-c1" data-claim="c1"' in html
    assert "dehyphenate" in html  # repairs listed


def test_claims_page_filters_sort_csv_and_pager(client):
    html = client.get("/claims", params={"certainty": "believed"}).text
    assert "Koksan" in html and "11,000" not in html
    assert 'href="/api/claims.csv?certainty=believed&amp;sort=date&amp;desc=true"' in html
    html = client.get("/claims", params={"per_page": 3, "page": 2}).text
    assert "page 2 of" in html and 'rel="next"' in html and 'rel="prev"' in html
    html = client.get("/claims", params={"sort": "value"}).text
    assert "sort=value&amp;desc=false" in html  # clicking the sorted column flips it
    assert client.get("/claims", params={"sort": "bad"}).status_code == 422


def test_series_page_draws_contradictions(client):
    key = next(s["key"] for s in client.get("/api/series").json() if s["n_contradictions"])
    html = client.get(f"/series/{quote(key, safe='')}").text
    assert '<svg class="chart"' in html
    assert 'class="conflict"' in html and 'class="mark contradicted"' in html
    assert 'class="range"' in html  # the "approx" figure has an interval bar
    assert "Ukrainian military intelligence" in html


def test_overview_flags_contradictions(client):
    html = client.get("/").text
    assert "contradiction" in html and 'class="flag"' in html
    assert "North Korea" in html


def test_map_offline_and_with_tiles(client, web_db):
    html = client.get("/map").text
    assert 'class="land" d="M' in html and "<image" not in html
    assert re.search(r'<circle class="place"[^>]*><title>Kursk \(RUS\): 2 claims', html)
    tiles = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    with TestClient(create_app(web_db, tiles_url=tiles)) as c:
        r = c.get("/map")
        assert '<image href="http://127.0.0.1:9/2/0/0.png"' in r.text
        assert "http://127.0.0.1:9" in r.headers["content-security-policy"]


def test_error_pages_are_html_with_code(client):
    r = client.get("/documents/ffffffffffffffff")
    assert r.status_code == 404 and 'data-code="E202"' in r.text
    r = client.get("/no/such/page")
    assert r.status_code == 404 and 'data-code="E301"' in r.text


def test_static_assets_served(client):
    assert "highlight" in client.get("/static/app.js").text
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/world.json").json()["projection"] == "equirectangular"


def test_inferred_roles_are_shown_as_inferred():
    from claimtrace.web.views import describe_claim

    doc = make_doc([ClaimSpec("North Korea sent 500 troops to Kursk in May.", value=500,
                              counted="troop")])
    claim = doc.claims[0]
    assert describe_claim(doc, claim)["inferred"] == ""
    claim.inferred = {"recipient": "c7", "actor": "c3"}
    assert describe_claim(doc, claim)["inferred"] == "actor from c3, recipient from c7"


def test_approximate_places_marked_on_map_and_document(client, docs):
    html = client.get("/map").text
    assert re.search(r'<circle class="place approx"[^>]*><title>Velmora \(UKR\), approx\.: '
                     r'placed at Oskel District: 1 claim<', html)
    assert ">Lukan (approx.)</text>" in html
    assert "approx., at Tarvo Province" in html
    page = client.get(f"/documents/{docs['approx'].id}").text
    assert "Velmora (approx., at Oskel District)" in page  # the claim list
    assert 'title="place: Velmora, UKR (approx., at Oskel District)"' in page
    assert 'title="place: Oskel District, UKR"' in page  # the area itself is exact
