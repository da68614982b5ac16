"""Fixtures for the web tests: a small ledger built from hand-made documents."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from claimtrace.ledger import Ledger
from claimtrace.model import Repair
from claimtrace.web.app import create_app

from ledger.factory import ClaimSpec, approx_doc, make_doc, scenario

HOSTILE = '<script>alert("x")</script> North Korea sent 500 troops to Kursk in <b>May</b>.'


def hostile_doc():
    """A document whose text and title carry markup that must render as text."""
    doc = make_doc([ClaimSpec(HOSTILE, value=500, counted="troop",
                              time=("2025-05-01", "2025-05-31"),
                              place=("Kursk", "RUS", 51.73, 36.19, "city"))],
                   outlet="Evil <i>Outlet</i>", published="2025-06-01",
                   url="https://example.org/evil?a=1&b=<2>", suffix="Second sentence here.")
    doc.meta.title = "Title <script>alert(1)</script>"
    start = HOSTILE.index("North Korea")
    doc.actors[0].mentions.append(doc.span(start, start + len("North Korea")))
    for obj, word in ((doc.quantities[0], "500"), (doc.times[0], "May")):
        obj.start = HOSTILE.index(word)
        obj.end = obj.start + len(word)
        obj.text = word
    doc.places[0].mentions.append(doc.span(HOSTILE.index("Kursk"), HOSTILE.index("Kursk") + 5))
    doc.claims[0].trigger = doc.span(HOSTILE.index("sent"), HOSTILE.index("sent") + 4)
    doc.repairs.append(Repair("dehyphenate", 10, 14, "sol-\ndiers", None))
    return doc


@pytest.fixture(scope="session")
def web_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "claimtrace.db"
    with Ledger.open(path) as led:
        led.add_many([*scenario().values(), hostile_doc(), approx_doc()])
    return str(path)


@pytest.fixture(scope="session")
def docs():
    return {"hostile": hostile_doc(), "approx": approx_doc(), **scenario()}


@pytest.fixture
def client(web_db):
    with TestClient(create_app(web_db)) as c:
        yield c


@pytest.fixture
def writable(tmp_path):
    path = tmp_path / "w.db"
    with TestClient(create_app(str(path), token="s3cret")) as c:
        yield c
