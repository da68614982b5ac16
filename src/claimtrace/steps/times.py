"""Step `times`: find and normalize the time expressions of a document.

The rules live in `claimtrace.timex` (pure functions); this step adds the tense of the
governing verb from the spaCy parse ("reported Friday" -> past, "will meet on Friday" ->
future) and anchors relative expressions at the publication date.
"""
from __future__ import annotations

from ..model import Document, TimeExpr
from ..pipeline import step
from ..timex import tag

PAST_TAGS = ("VBD", "VBN")
FUTURE_WORDS = ("will", "shall", "'ll", "wo")


def verb_tense(sdoc, start: int, end: int) -> str | None:
    """Tense of the verb governing the characters [start, end) in a spaCy Doc, if any."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(6):  # climb to the nearest verb
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" and a.lower_ in FUTURE_WORDS for a in aux) or any(
            a.lower_ == "going" for a in aux):
        return "future"
    if tok.tag_ in PAST_TAGS or any(a.tag_ in PAST_TAGS for a in aux):
        return "past"
    return None


@step("times", needs=("spacy",), provides=("times",))
def resolve_times(doc: Document) -> Document:
    """Fill `doc.times` (ids t1, t2, ...) from the text, anchored at `doc.meta.published`."""
    sdoc = doc.spacy
    tense = (lambda s, e: verb_tense(sdoc, s, e)) if sdoc is not None else None
    found = tag(doc.text, anchor=doc.meta.published, tense=tense, events=True)
    doc.times = [TimeExpr(id=f"t{i}", text=t.text, start=t.start, end=t.end, value=t.value,
                          earliest=t.earliest, latest=t.latest, granularity=t.granularity,
                          mod=t.mod if t.mod in _CONTRACT_MODS else None)
                 for i, t in enumerate(found, 1)]
    return doc


_CONTRACT_MODS = ("START", "MID", "END", "APPROX", "BEFORE", "AFTER", "SINCE")
