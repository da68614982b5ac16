"""Cues that a name means a town, and name forms the entity spans split.

A town and the area named after it share a name (Sagaing town and Sagaing Region, Kayes
and the Kayes region): the area wins by default, but "Sagaing township", "the town of
Kayes" and a dateline ("SAGAING, Myanmar -") name the town. "north-east Nigeria" is
tokenised "north", "-", "east": the direction sits in three tokens before the name.
"""
from __future__ import annotations

from .. import gazetteer as gz

#: lower-case nouns after a name that make it a town ("Sagaing township")
TOWN_AFTER = frozenset("town township city village commune locality".split())
#: nouns of "the town of X"
TOWN_BEFORE = frozenset("town city village township commune locality".split())
#: features of a town's own point
TOWN_FEATURES = frozenset({"city", "other"})
AREA_FEATURES = frozenset({"admin1", "admin2", "region"})
_HALVES = ("north", "south")
_SIDES = ("east", "west")


def town_cue(sdoc, start_char: int, end_char: int) -> bool:
    """Does the text around the name at these offsets say it is a town?"""
    span = sdoc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return False
    after = sdoc[span.end] if span.end < len(sdoc) else None
    if after is not None and after.text.lower() in TOWN_AFTER and after.text.islower():
        return True
    if span.start >= 2 and sdoc[span.start - 1].text.lower() == "of" \
            and sdoc[span.start - 2].text.lower() in TOWN_BEFORE:
        return True
    # a dateline: an upper-case name opening a paragraph, then a comma
    opens = span.start == 0 or "\n" in sdoc[span.start - 1].text_with_ws
    return bool(opens and span.text.isupper() and after is not None and after.text == ",")


def prefer_town(ranked: list) -> list:
    """Ranked readings with the town first when the best reading is an area of the same
    country that holds a town of the same name."""
    if not ranked or ranked[0][1].feature not in AREA_FEATURES:
        return ranked
    top = ranked[0][1]
    for i, (_, cand) in enumerate(ranked):
        if cand.feature in TOWN_FEATURES and cand.country == top.country \
                and gz.normalize(cand.name) == gz.normalize(top.name):
            return [ranked[i], *ranked[:i], *ranked[i + 1:]]
    return ranked


def compass_before(sdoc, i: int) -> tuple[str, int] | None:
    """ "north-east Nigeria": the direction written as "north", "-", "east" right before
    token `i`, and the index of its first token."""
    if i < 3:
        return None
    first, dash, second = sdoc[i - 3], sdoc[i - 2], sdoc[i - 1]
    low, side = first.text.lower(), second.text.lower()
    if low in _HALVES and dash.text in ("-", "‑") and side in _SIDES \
            and not first.whitespace_ and not dash.whitespace_:
        return f"{low}-{side}", i - 3
    return None

