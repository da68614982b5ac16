"""Stop 19 geocoding: a national capital lends no proximity to the towns of a story, and
county-like names the small model tags as a person still locate the document."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from claimtrace import gazetteer as gz
from claimtrace.steps import places_embedded


def _resolve(name: str, others: list[str]) -> gz.Candidate:
    gaz = gz.load()
    return gaz.resolve(name, gz.build_context(gaz, [name, *others]))


@pytest.mark.parametrize("town", ["Arlington", "Gainesville"])
def test_a_capital_pulls_no_namesake_towards_it(town):
    # federal news names Washington for the government, not as the town's neighbour
    assert _resolve(town, ["D.C."]).admin1 != "Virginia"


def test_without_the_rule_the_capital_would_pull_the_town(monkeypatch):
    # the rule is what decides: with capitals lending proximity, Virginia wins
    monkeypatch.setattr(gz, "_seat", lambda cand: False)
    assert _resolve("Arlington", ["D.C."]).admin1 == "Virginia"


def test_an_ordinary_neighbour_still_pulls_the_town():
    assert _resolve("Arlington", ["Fairfax"]).admin1 == "Virginia"
    assert _resolve("Arlington", ["Fort Worth"]).admin1 == "Texas"


def test_a_capital_is_a_seat_and_a_town_is_not():
    gaz = gz.load()
    assert gz._seat(gaz.resolve("D.C."))
    assert not gz._seat(gaz.resolve("Fairfax", gz.build_context(gaz, ["Fairfax", "Virginia"])))


def test_a_capital_still_resolves_itself():
    assert _resolve("Washington, D.C.", ["Arlington"]) is not None
    assert _resolve("D.C.", ["Arlington"]).capital


def _doc(words: list[str], label: str, start: int, end: int) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label)]
    return doc


def test_a_parish_body_tagged_as_a_person_names_its_parish():
    words = "the Sheriff 's Office and Rapides Parish Fire District 2 investigated".split()
    doc = _doc(words, "PERSON", 5, 8)  # "Rapides Parish Fire"
    assert places_embedded.embedded_names(doc, [], gz.load()) == ["Rapides Parish"]


@pytest.mark.parametrize("words, span", [
    ("Officer John Smith said".split(), (1, 3)),          # a person
    ("Parish Smith Jones said".split(), (0, 3)),          # the county word leads
    ("John Parish said".split(), (0, 2)),                 # too short to hold a body
])
def test_a_person_without_a_county_body_lends_nothing(words, span):
    doc = _doc(words, "PERSON", *span)
    assert places_embedded.embedded_names(doc, [], gz.load()) == []


def test_a_mention_already_found_is_not_read_again():
    words = "the Sheriff 's Office and Rapides Parish Fire District 2 investigated".split()
    doc = _doc(words, "PERSON", 5, 8)
    span = doc[5:8]
    assert places_embedded.embedded_names(doc, [(span.start_char, span.end_char)],
                                          gz.load()) == []
