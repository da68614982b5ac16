"""Typed records the ledger returns (rows of its tables, not the document contract)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import Any

from .geo import CONTAINING_AREA


def _from_row(cls, row: dict[str, Any]):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names})


@dataclass(slots=True, frozen=True)
class AddResult:
    """What `Ledger.add` did: `added`, `unchanged` (same text already stored) or
    `new_version` (same URL or path, changed text; older versions are kept)."""

    status: str
    doc_id: str
    version: int = 1


@dataclass(slots=True)
class DocumentInfo:
    id: str
    version: int
    latest: int
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    path: str | None
    ingested_at: str
    n_claims: int

    from_row = classmethod(_from_row)


@dataclass(slots=True)
class ClaimRecord:
    """One claim, flattened: actor/recipient/target/source codes resolved, the place's
    coordinates (and how they were found), the time's bounds and the quantity's value
    copied in."""

    doc_id: str
    id: str
    kind: str
    type: str | None
    mode: str | None
    subtype: str | None
    actor_name: str | None
    actor_code: str | None
    recipient_name: str | None
    recipient_code: str | None
    target_name: str | None
    target_code: str | None
    item: str | None
    place_name: str | None
    place_feature: str | None
    place_country: str | None
    place_admin1: str | None
    lat: float | None
    lon: float | None
    time_id: str | None
    time_value: str | None
    time_earliest: str | None
    time_latest: str | None
    time_granularity: str | None
    q_text: str | None
    q_value: float | None
    q_low: float | None
    q_high: float | None
    q_qualifier: str | None
    q_unit: str | None
    q_counted: str | None
    negated: int
    source_name: str | None
    source_kind: str | None
    source_code: str | None
    cue: str | None
    certainty: str
    evidence: str | None
    published: str | None
    outlet: str | None
    url: str | None
    claim_start: str | None
    claim_end: str | None
    # how the place's point was found ("gazetteer" or "containing_area"; None without a
    # place) and, for an approximate place, the area whose point it took
    place_located_by: str | None = None
    place_area_name: str | None = None
    place_area_feature: str | None = None

    @property
    def place_approximate(self) -> bool:
        return self.place_located_by == CONTAINING_AREA

    from_row = classmethod(_from_row)


@dataclass(slots=True)
class Event:
    """A canonical event: claims about the same happening, with independent sources."""

    id: str
    subtype: str
    actor_code: str | None
    recipient_code: str | None
    what: str | None
    negated: int
    first_date: str | None
    last_date: str | None
    n_claims: int
    n_documents: int
    n_reports: int
    n_sources: int
    sources: list[str]
    label: str

    from_row = classmethod(_from_row)


@dataclass(slots=True)
class SeriesInfo:
    key: str
    subtype: str
    actor_code: str | None
    recipient_code: str | None
    measure: str
    label: str
    n_points: int
    n_sources: int
    first_date: str | None
    last_date: str | None
    n_contradictions: int
    n_revisions: int

    from_row = classmethod(_from_row)


@dataclass(slots=True)
class SeriesPoint:
    """One figure in a series; `high` is `math.inf` for "more than v" (NULL in SQL)."""

    key: str
    seq: int
    doc_id: str
    claim_id: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    source: str | None
    source_key: str
    claim_start: str | None
    claim_end: str | None
    published: str | None
    certainty: str | None = None
    evidence: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> SeriesPoint:
        p = _from_row(cls, row)
        if p.high is None:
            p.high = math.inf
        return p


@dataclass(slots=True)
class Conflict:
    """Two figures of one series that disagree: `kind` is `contradiction` (different
    sources, overlapping time, incompatible intervals) or `revision` (same source,
    later figure)."""

    key: str
    kind: str
    a_doc: str
    a_claim: str
    a_source: str | None
    a_value: float | None
    a_low: float | None
    a_high: float | None
    a_date: str | None
    a_published: str | None
    b_doc: str
    b_claim: str
    b_source: str | None
    b_value: float | None
    b_low: float | None
    b_high: float | None
    b_date: str | None
    b_published: str | None
    id: int | None = None

    from_row = classmethod(_from_row)


@dataclass(slots=True)
class Stats:
    documents: int = 0
    versions: int = 0
    claims: int = 0
    actors: int = 0
    places: int = 0
    events: int = 0
    corroborated_events: int = 0
    copy_clusters: int = 0
    series: int = 0
    contradictions: int = 0
    revisions: int = 0
    by_subtype: dict[str, int] = field(default_factory=dict)
    by_source_kind: dict[str, int] = field(default_factory=dict)
    by_certainty: dict[str, int] = field(default_factory=dict)
    first_published: str | None = None
    last_published: str | None = None
