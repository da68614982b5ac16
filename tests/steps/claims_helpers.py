"""Helpers of the claims step tests: extract a text, read its claims' actors by code, list
its claim types, check which types a text is read as."""
from __future__ import annotations

from claimtrace import extract


def run(text, published="2025-05-14"):
    """The extracted document, and a function giving an actor id's code (or country)."""
    doc = extract(text, published=published)
    actors = {a.id: a for a in doc.actors}
    return doc, lambda aid: (actors[aid].code or actors[aid].country) if aid else None


def types(doc):
    """The document's claim types, sorted ("-" for a claim with no type)."""
    return sorted(c.type or "-" for c in doc.claims)


def assert_reading(text, told, untold):
    """The text is read with every type of `told` and none of `untold`."""
    found = set(types(run(text)[0]))
    assert told <= found and not untold & found, (text, sorted(found))
