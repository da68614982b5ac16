"""Qualified place names ("Athens, Ga.", "Bahawalpur in Punjab province"): the area that
narrows a name, found from the mentions of a document, and the comma lists that are no
qualifiers ("Washington, New York, Boston")."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .. import gazetteer as gz

#: readings of the area's name tried ("Georgia": the country, then the state)
QUALIFIER_SENSES = 5


class _Named(Protocol):
    """A toponym mention: its character offsets and the name to resolve."""

    start: int
    end: int
    name: str


def qualifier(head: str, tail: str, gazetteer: gz.Gazetteer) -> tuple[str, str] | None:
    """(country, admin1) of the area `tail` names when it is an admin-1 area or a country
    holding a place called `head` ("Athens", "Ga."), else None. Among the senses of
    `tail` ("Georgia": the country or the state) the best-ranked one that holds a `head`
    wins."""
    heads = gazetteer.candidates(head)
    if not heads:
        return None
    # a place known by `head` only as an alternate name qualifies only when no place
    # bears it as its own name ("Washington, New York": Watervliet's old name is a list)
    if any(p for _, p in heads):
        heads = [(c, p) for c, p in heads if p or c.curated]
    for _, area in gazetteer.rank(tail)[:QUALIFIER_SENSES]:
        if area.feature == "admin1" and area.country:
            admin1 = area.admin1 or area.name
            if any(c.country == area.country and c.admin1 == admin1 for c, _ in heads):
                return area.country, admin1
        elif area.feature == "country" and area.country:
            if any(c.country == area.country and c is not area for c, _ in heads):
                return area.country, ""
    return None


def qualifiers(text: str, mentions: Sequence[_Named],
               gazetteer: gz.Gazetteer) -> dict[str, tuple[str, str]]:
    """"Alexandria, Va." / "Athens, Texas": the area that narrows the name before it
    (one sense per document: it then holds for every mention of the name)."""
    out: dict[str, tuple[str, str]] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    in_lists = listed(text, ordered)
    for i, first in enumerate(ordered[:-1]):
        second = ordered[i + 1]
        if text[first.end:second.start].strip() == ",":
            if i in in_lists and not abbreviated(second.name):
                continue
            area = qualifier(first.name, second.name, gazetteer)
            if area is None and _dateline_head(text, first):
                area = _dateline_country(second.name, gazetteer)
            if area is not None and gz.normalize(first.name) not in out:
                out[gz.normalize(first.name)] = area
            continue
        # "Bahawalpur in Punjab province", "Belaya in Siberia's Irkutsk region": the
        # area holding the place, which also tells which area of that name is meant
        for second in ordered[i + 1:i + 3]:
            if not _IN_AREA.fullmatch(text[first.end:second.start]):
                continue
            area = qualifier(first.name, second.name, gazetteer)
            if area is not None:
                out.setdefault(gz.normalize(first.name), area)
                out.setdefault(gz.normalize(second.name), area)
                break
    return out


def _dateline_head(text: str, first: _Named) -> bool:
    """A wire dateline's place: capitals at the start of a line ("MUSHU, Nigeria -")."""
    line_start = text.rfind("\n", 0, first.start) + 1
    return not text[line_start:first.start].strip() and first.name.isupper() \
        and len(first.name) > 2


def _dateline_country(tail: str, gazetteer: gz.Gazetteer) -> tuple[str, str] | None:
    """The country a dateline names after its place, though the gazetteer knows no place
    of that name there ("MUSHU, Nigeria": the town is in Nigeria, whatever namesake
    abroad the gazetteer lists) (stop 29)."""
    ranked = gazetteer.rank(tail)
    if ranked and ranked[0][1].feature == "country" and ranked[0][1].country:
        return ranked[0][1].country, ""
    return None


def listed(text: str, ordered: Sequence[_Named]) -> set[int]:
    """Indexes of mentions in comma-separated runs of three or more names ("Washington,
    New York, Boston"; "Illinois, Missouri, New Jersey"): a list, where only an
    abbreviated area qualifies the place before it ("Denver, Louisville, Ky., New Haven,
    Conn.")."""
    out: set[int] = set()
    run: list[int] = []
    for i, m in enumerate([*ordered, None]):
        if m is not None and run and text[ordered[run[-1]].end:m.start].strip() == ",":
            run.append(i)
            continue
        if len(run) >= 3:
            out.update(run)
        run = [i]
    return out


def abbreviated(name: str) -> bool:
    """"Ky.", "S.D.", "NSW": an abbreviation, which names an area only as a qualifier."""
    return "." in name or (name.isupper() and len(name) <= 4)


#: text between a place and the area holding it: " in ", " in the ", " in Siberia's "
_IN_AREA = re.compile(r"\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?")
