"""Features several states share or dispute: which state a document puts them in.

A lake, shoal or demarcation line borders several states ("Lake Chad", "Sabina Shoal",
"the Line of Control"), so the gazetteer gives it none; researchers filter a ledger by
country, and such a feature then falls out of every filter. The curated list
(`resources/gazetteer/shared_features.tsv`) names the states around each; the feature
takes the one the document's context supports most (the first listed among equals).
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache

from .. import gazetteer as gz


@lru_cache(maxsize=1)
def shared_features() -> dict[str, tuple[str, ...]]:
    """Normalised feature name -> the states it borders, in the order listed."""
    from ..resources import read_tsv
    return {gz.normalize(row["name"]): tuple(c for c in row["countries"].split("|") if c)
            for row in read_tsv("gazetteer", "shared_features.tsv")}


def with_country(cand: gz.Candidate, context: gz.Context) -> gz.Candidate:
    """The candidate with the state of the document's context among those its shared
    feature borders; unchanged when it has a country or is no shared feature."""
    if cand.country:
        return cand
    key = gz.normalize(cand.name)
    states = shared_features().get(key)
    if not states:
        return cand
    best = max(states, key=lambda c: (context.country_evidence(c, key), -states.index(c)))
    return dataclasses.replace(cand, country=best)
