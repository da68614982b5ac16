"""Fixtures of the step tests: `run` resolves the actors of a text with the shared parser
(the actors step alone, as `test_actors.py` and `test_actors_peoples.py` use it)."""
from __future__ import annotations

import pytest

from claimtrace.model import Document
from claimtrace.steps.actors import resolve_actors


@pytest.fixture(scope="module")
def run():
    from claimtrace.steps.parse import load_nlp

    nlp = load_nlp()

    def _run(text):
        doc = Document(text=text)
        doc.spacy = nlp(text)
        return resolve_actors(doc)
    return _run
