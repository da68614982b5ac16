"""Places named inside organisations lend context to the places step, and are no places."""
from __future__ import annotations

import pytest

from claimtrace import gazetteer as gz
from claimtrace.steps import places, places_embedded


class _Tok:
    def __init__(self, text: str) -> None:
        self.text = text


def _name(text: str) -> str | None:
    return places_embedded.embedded_name([_Tok(w) for w in text.split()], gz.load())


@pytest.mark.parametrize("org, place", [
    ("Butler County Sheriff 's Office", "Butler County"),
    ("Gainesville Police Department", "Gainesville"),
    ("the University of Nebraska", "Nebraska"),
    ("Ohio Department of Transportation", "Ohio"),
])
def test_an_organisation_named_after_a_place_names_it(org, place):
    assert _name(org) == place


@pytest.mark.parametrize("org", ["Department of Justice", "Chamber of Commerce",
                                 "Acme Widgets", "State Department"])
def test_other_organisations_name_no_place(org):
    assert _name(org) is None


@pytest.mark.slow
def test_places_inside_organisations_lend_context_only(nlp):
    from claimtrace.model import Document
    from claimtrace.steps import actors

    text = ("The Laurel County Sheriff's Office said a barn burned on Tuesday. The "
            "University of Kentucky sent volunteers, and the Chamber of Commerce thanked "
            "them.")
    doc = Document(text=text)
    doc.spacy = nlp(text)
    doc = places.resolve_places(actors.resolve_actors(doc))
    spans = [(m.start, m.end) for m in places._toponym_mentions(doc)]
    embedded = places_embedded.embedded_names(doc.spacy, spans, gz.load())
    assert "Commerce" not in embedded
    assert {"Laurel County", "Kentucky"} & set(embedded)
    assert not any(p.name in ("Commerce", "Laurel County") for p in doc.places)
    assert places.document_context(doc).country_evidence("USA", "x") > 0.5


@pytest.mark.parametrize("org, place", [
    ("the Ohio Valley Rockets", "Ohio"),
    ("Northeast Kansas Technical College", "Kansas"),
    ("the University of Nebraska - Kearney", "Nebraska"),
])
def test_states_that_start_or_follow_an_organisation_name_are_found(org, place):
    assert _name(org) == place


@pytest.mark.parametrize("org", ["Acme Rockets", "the Blue Valley Rockets"])
def test_a_leading_word_that_is_no_state_names_nothing(org):
    assert _name(org) is None
