"""Step `times`: find and normalize the time expressions of a document.

The rules live in `claimtrace.timex` (pure functions); this step adds the tense of the
governing verb from the spaCy parse (`claimtrace.timex_tense`: "reported Friday" -> past,
"will meet on Friday" -> future) and anchors relative expressions at the publication date.
"""
from __future__ import annotations

from ..model import Document, TimeExpr
from ..pipeline import step
from ..timex import tag
from ..timex_base import WEEKDAYS
from ..timex_tense import parse_tense


@step("times", needs=("spacy",), provides=("times",))
def resolve_times(doc: Document) -> Document:
    """Fill `doc.times` (ids t1, t2, ...) from the text, anchored at `doc.meta.published`."""
    tense = parse_tense(doc.spacy) if doc.spacy is not None else None
    blocked = first_names(doc.spacy) if doc.spacy is not None else ()
    found = tag(doc.text, anchor=doc.meta.published, tense=tense, events=True,
                blocked=blocked)
    doc.times = [TimeExpr(id=f"t{i}", text=t.text, start=t.start, end=t.end, value=t.value,
                          earliest=t.earliest, latest=t.latest, granularity=t.granularity,
                          mod=t.mod if t.mod in _CONTRACT_MODS else None)
                 for i, t in enumerate(found, 1)]
    return doc


_CONTRACT_MODS = ("START", "MID", "END", "APPROX", "BEFORE", "AFTER", "SINCE")


#: words before a weekday that make it a day ("on Friday Biden said", "last Monday")
DAY_LEADS = frozenset("""on by since until till from to last next this every each before
after of early late""".split())


def first_names(sdoc) -> tuple[tuple[int, int], ...]:
    """Character spans of weekdays that are first names: "On December 25, Monday Kassah,
    the chairman, said": a weekday right before a person's name, with no preposition or
    determiner before it that makes it a day ("On Friday Biden said" keeps its day)."""
    out = []
    for tok in sdoc[:-1]:
        nxt = sdoc[tok.i + 1]
        if tok.lower_ not in WEEKDAYS or not tok.is_title or nxt.ent_type_ != "PERSON" \
                or nxt.ent_iob_ != "B" or not nxt.is_title:
            continue
        if tok.i > 0 and sdoc[tok.i - 1].lower_ in DAY_LEADS:
            continue
        out.append((tok.idx, tok.idx + len(tok.text)))
    return tuple(out)
