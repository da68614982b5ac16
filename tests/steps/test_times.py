"""Tests of the `times` step (and, marked shared, the TempEval-3 evaluation)."""
from __future__ import annotations

import pytest

from claimtrace.model import Document, Meta
from claimtrace.steps.times import resolve_times
from claimtrace.timex_tense import clause_tense

TEXT = ("The broadcaster reported Friday that the guns crossed Crimea on March 26. "
        "Officials will meet on Monday. Shipments have continued since August 2024.")


def _doc(text: str = TEXT, published: str | None = "2025-03-28") -> Document:
    return Document(text=text, meta=Meta(published=published))


def test_step_without_parse_fills_times_with_ids_and_offsets():
    doc = resolve_times(_doc())
    assert [t.id for t in doc.times] == [f"t{i}" for i in range(1, len(doc.times) + 1)]
    for t in doc.times:
        assert doc.text[t.start:t.end] == t.text
    by_text = {t.text: t for t in doc.times}
    assert by_text["Friday"].value == "2025-03-28"
    assert by_text["March 26"].earliest == "2025-03-26"
    assert by_text["August 2024"].mod == "SINCE"


def test_step_without_publication_date_leaves_relative_unresolved():
    doc = resolve_times(_doc(published=None))
    by_text = {t.text: t for t in doc.times}
    assert by_text["August 2024"].value == "2024-08"
    assert by_text["Friday"].earliest is None


@pytest.mark.slow
def test_tense_from_parse(nlp):
    doc = _doc()
    doc.spacy = nlp(doc.text)
    fri = doc.text.index("Friday")
    assert clause_tense(doc.spacy, fri, fri + 6) == "past"
    mon = doc.text.index("Monday")
    assert clause_tense(doc.spacy, mon, mon + 6) == "future"
    doc = resolve_times(doc)
    by_text = {t.text: t for t in doc.times}
    assert by_text["on Monday"].value == "2025-03-31"


@pytest.mark.slow
def test_step_reads_a_future_month_from_the_parse(nlp):
    text = "The company agreed to buy the plant in February."  # "agreed" alone looks past
    assert resolve_times(_doc(text, "2025-10-01")).times[0].value == "2025-02"
    doc = _doc(text, "2025-10-01")
    doc.spacy = nlp(doc.text)
    assert resolve_times(doc).times[0].value == "2026-02"


@pytest.mark.shared
@pytest.mark.slow
def test_tempeval3_floor(shared_dir):
    from claimtrace.evaluation.temporal import run

    out = run(shared_dir, limit=20)
    assert out["scores"]["timebank.span_f1"] > 0.8
    assert out["scores"]["total.value_f1"] > 0.65
