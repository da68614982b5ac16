"""Typed records of one extracted document and the `claimtrace.document/1` contract.

`Document.to_dict()` and `Document.from_dict()` are the only places that build or read
the contract's dicts (see ../shared/contract/README.md, mirrored in docs/contract.md).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "claimtrace.document/1"

REPAIR_KINDS = ("dehyphenate", "unwrap", "drop_url", "drop_boilerplate", "fix_encoding", "other")
ACTOR_KINDS = ("state", "armed_group", "government_body", "military_unit", "organization",
               "media", "person", "group", "unnamed")
PLACE_FEATURES = ("country", "admin1", "admin2", "city", "region", "water", "other")
GRANULARITIES = ("day", "week", "month", "season", "quarter", "part_of_year", "year",
                 "decade", "unknown")
TIME_MODS = (None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "SINCE")
QUALIFIERS = ("exact", "approx", "up_to", "at_least", "more_than", "less_than", "range", "vague")
CLAIM_KINDS = ("event", "quantity", "statement")
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
SOURCE_KINDS = ("media", "government", "military", "intelligence", "official", "expert",
                "witness", "organization", "document", "unnamed", "author")
CERTAINTIES = ("asserted", "reported", "estimated", "believed", "alleged", "possible", "denied")


@dataclass(slots=True)
class Span:
    """A stretch of the cleaned text: `text == document.text[start:end]`."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(d["start"], d["end"], d["text"])


@dataclass(slots=True)
class Repair:
    """One change made by cleaning, located in the original (uncleaned) text."""

    kind: str
    original_start: int
    original_end: int
    original_text: str
    note: str | None = None


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str
    code: str | None = None
    country: str | None = None
    mentions: list[Span] = field(default_factory=list)
    # extension (not in the contract): canonical role / title for office holders
    role: str | None = None


@dataclass(slots=True)
class Place:
    id: str
    name: str
    feature: str
    geonames_id: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    mentions: list[Span] = field(default_factory=list)
    #: how the point was found: "gazetteer" (the place's own entry, or the town a facility
    #: lies in), "containing_area" (a place no gazetteer knows, at the area that holds it)
    located_by: str = "gazetteer"


@dataclass(slots=True)
class TimeExpr:
    id: str
    text: str
    start: int
    end: int
    value: str | None
    earliest: str | None
    latest: str | None
    granularity: str = "unknown"
    mod: str | None = None


@dataclass(slots=True)
class Quantity:
    id: str
    text: str
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    counted: str | None = None


@dataclass(slots=True)
class Source:
    """Who says so: `actor` is an actor id when the source is also an actor."""

    name: str | None
    kind: str = "author"
    actor: str | None = None
    # extension: where the source is written (None for the author or an implied source)
    mention: Span | None = None


@dataclass(slots=True)
class Claim:
    id: str
    kind: str
    type: str | None
    evidence: Span
    mode: str | None = None
    subtype: str | None = None
    actor: str | None = None
    recipient: str | None = None
    target: str | None = None
    item: str | None = None
    place: str | None = None
    time: str | None = None
    quantity: str | None = None
    negated: bool = False
    source: Source = field(default_factory=lambda: Source(name=None))
    cue: str | None = None
    certainty: str = "asserted"
    # extension: where in the sentence the trigger word is (for highlighting)
    trigger: Span | None = None
    # extension: roles carried from an earlier claim of the same event (role -> claim id)
    inferred: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Meta:
    """What is known of a document before extraction (from readers or CLI flags)."""

    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = "en"
    path: str | None = None


@dataclass(slots=True)
class Skipped:
    """A sentence that yielded no claim, and why (for `--explain`)."""

    span: Span
    reason: str


@dataclass(slots=True)
class Document:
    """One article flowing through the pipeline; steps fill its lists in order."""

    text: str
    meta: Meta = field(default_factory=Meta)
    repairs: list[Repair] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # the parsed spaCy Doc; never serialized
    spacy: Any = field(default=None, repr=False, compare=False)
    # names of the steps that have run, in order
    steps_done: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return document_id(self.text)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    # --- the contract -------------------------------------------------------------
    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """The `claimtrace.document/1` object. `explain` adds the `explain` extension."""
        m = self.meta
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "document": {"id": self.id, "url": m.url, "title": m.title, "outlet": m.outlet,
                         "published": m.published, "language": m.language, "path": m.path},
            "text": self.text,
            "repairs": [{"kind": r.kind, "original_start": r.original_start,
                         "original_end": r.original_end, "original_text": r.original_text,
                         "note": r.note} for r in self.repairs],
            "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "code": a.code,
                        "country": a.country, "mentions": [s.to_dict() for s in a.mentions],
                        "role": a.role} for a in self.actors],
            "places": [{"id": p.id, "name": p.name, "geonames_id": p.geonames_id,
                        "feature": p.feature, "country": p.country, "admin1": p.admin1,
                        "lat": p.lat, "lon": p.lon,
                        "mentions": [s.to_dict() for s in p.mentions],
                        "located_by": p.located_by} for p in self.places],
            "times": [{"id": t.id, "text": t.text, "start": t.start, "end": t.end,
                       "value": t.value, "earliest": t.earliest, "latest": t.latest,
                       "granularity": t.granularity, "mod": t.mod} for t in self.times],
            "quantities": [{"id": q.id, "text": q.text, "start": q.start, "end": q.end,
                            "value": q.value, "low": q.low, "high": q.high,
                            "qualifier": q.qualifier, "unit": q.unit, "counted": q.counted}
                           for q in self.quantities],
            "claims": [_claim_to_dict(c) for c in self.claims],
            "notes": list(self.notes),
        }
        if explain:
            out["explain"] = [{"evidence": s.span.to_dict(), "reason": s.reason}
                              for s in self.skipped]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        """Read a `claimtrace.document/1` object back (extension fields optional)."""
        if d.get("schema") != SCHEMA:
            from .errors import ClaimtraceError
            raise ClaimtraceError("E020", schema=d.get("schema"))
        md = d["document"]
        doc = cls(text=d["text"], meta=Meta(url=md.get("url"), title=md.get("title"),
                                            outlet=md.get("outlet"),
                                            published=md.get("published"),
                                            language=md.get("language"), path=md.get("path")))
        doc.repairs = [Repair(r["kind"], r["original_start"], r["original_end"],
                              r["original_text"], r.get("note")) for r in d["repairs"]]
        doc.actors = [Actor(a["id"], a["name"], a["kind"], a.get("code"), a.get("country"),
                            [Span.from_dict(s) for s in a["mentions"]], a.get("role"))
                      for a in d["actors"]]
        doc.places = [Place(p["id"], p["name"], p["feature"], p.get("geonames_id"),
                            p.get("country"), p.get("admin1"), p.get("lat"), p.get("lon"),
                            [Span.from_dict(s) for s in p["mentions"]],
                            p.get("located_by", "gazetteer")) for p in d["places"]]
        doc.times = [TimeExpr(t["id"], t["text"], t["start"], t["end"], t.get("value"),
                              t.get("earliest"), t.get("latest"), t["granularity"], t.get("mod"))
                     for t in d["times"]]
        doc.quantities = [Quantity(q["id"], q["text"], q["start"], q["end"], q.get("value"),
                                   q.get("low"), q.get("high"), q["qualifier"], q.get("unit"),
                                   q.get("counted")) for q in d["quantities"]]
        doc.claims = [_claim_from_dict(c) for c in d["claims"]]
        doc.notes = list(d.get("notes", []))
        return doc


def _claim_to_dict(c: Claim) -> dict[str, Any]:
    return {"id": c.id, "kind": c.kind, "type": c.type, "mode": c.mode, "subtype": c.subtype,
            "actor": c.actor, "recipient": c.recipient, "target": c.target, "item": c.item,
            "place": c.place, "time": c.time, "quantity": c.quantity, "negated": c.negated,
            "source": {"actor": c.source.actor, "name": c.source.name, "kind": c.source.kind,
                       "mention": c.source.mention.to_dict() if c.source.mention else None},
            "cue": c.cue, "certainty": c.certainty, "evidence": c.evidence.to_dict(),
            "trigger": c.trigger.to_dict() if c.trigger else None,
            "inferred": dict(c.inferred)}


def _claim_from_dict(c: dict[str, Any]) -> Claim:
    s = c.get("source") or {}
    return Claim(id=c["id"], kind=c["kind"], type=c.get("type"),
                 evidence=Span.from_dict(c["evidence"]), mode=c.get("mode"),
                 subtype=c.get("subtype"), actor=c.get("actor"), recipient=c.get("recipient"),
                 target=c.get("target"), item=c.get("item"), place=c.get("place"),
                 time=c.get("time"), quantity=c.get("quantity"), negated=c.get("negated", False),
                 source=Source(name=s.get("name"), kind=s.get("kind", "author"),
                               actor=s.get("actor"),
                               mention=Span.from_dict(s["mention"]) if s.get("mention") else None),
                 cue=c.get("cue"), certainty=c.get("certainty", "asserted"),
                 trigger=Span.from_dict(c["trigger"]) if c.get("trigger") else None,
                 inferred=dict(c.get("inferred") or {}))


def document_id(text: str) -> str:
    """Stable id: the first 16 hex chars of sha256 of the cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
