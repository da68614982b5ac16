"""Step `times`: find and normalize the time expressions of a document.

The rules live in `claimtrace.timex` (pure functions); this step adds the tense of the
governing verb from the spaCy parse (`claimtrace.timex_tense`: "reported Friday" -> past,
"will meet on Friday" -> future) and anchors relative expressions at the publication date.
"""
from __future__ import annotations

from ..model import Document, TimeExpr
from ..pipeline import step
from ..timex import tag
from ..timex_tense import parse_tense


@step("times", needs=("spacy",), provides=("times",))
def resolve_times(doc: Document) -> Document:
    """Fill `doc.times` (ids t1, t2, ...) from the text, anchored at `doc.meta.published`."""
    tense = parse_tense(doc.spacy) if doc.spacy is not None else None
    found = tag(doc.text, anchor=doc.meta.published, tense=tense, events=True)
    doc.times = [TimeExpr(id=f"t{i}", text=t.text, start=t.start, end=t.end, value=t.value,
                          earliest=t.earliest, latest=t.latest, granularity=t.granularity,
                          mod=t.mod if t.mod in _CONTRACT_MODS else None)
                 for i, t in enumerate(found, 1)]
    return doc


_CONTRACT_MODS = ("START", "MID", "END", "APPROX", "BEFORE", "AFTER", "SINCE")
