"""What the places tests share: run the actors and places steps on a text with the shared
parser, and tell whether a place lies near a point."""
from __future__ import annotations

from claimtrace import gazetteer as gz
from claimtrace.model import Document
from claimtrace.steps import actors, places


def near(place, lat, lon, km=161.0):
    return gz.haversine_km(place.lat, place.lon, lat, lon) <= km


def places_of(nlp, text):
    """The places the step resolves in `text`."""
    doc = Document(text=text)
    doc.spacy = nlp(text)
    return places.resolve_places(actors.resolve_actors(doc)).places


def places_by_mention(nlp, text):
    """{mention text: place} of every mention the step resolves in `text`."""
    return {text[m.start:m.end]: p for p in places_of(nlp, text) for m in p.mentions}
