"""Quotations framed by a verb that reports only there (`attribution_quotes.frames_quote`)."""
from __future__ import annotations

import pytest

from claimtrace.attribution_quotes import frames_quote
from claimtrace.attribution_relations import attributions

pytestmark = pytest.mark.slow


def _relations(nlp, text):
    doc = nlp(text)
    return [(r.source_span.text if r.source_span else None, r.cue)
            for s in doc.sents for r in attributions(s)]


@pytest.mark.parametrize("text, speaker", [
    ("The governor continued, “Every ferry to the island will run again by May.”",
     "The governor"),
    ("“Every ferry to the island will run again by May,” the governor continued.",
     "the governor"),
    ('"Every ferry to the island will run again by May," the governor continued.',
     "the governor"),
])
def test_a_verb_framing_a_quotation_credits_its_subject(nlp, text, speaker):
    assert (speaker, "continued") in _relations(nlp, text)


@pytest.mark.parametrize("text", [
    "Government troops continued shelling the northern suburbs on Sunday.",
    "The rebels continued their advance toward the river crossing.",
])
def test_the_same_verb_with_an_object_frames_nothing(nlp, text):
    doc = nlp(text)
    assert not any(frames_quote(t) for t in doc)
    assert _relations(nlp, text) == []
