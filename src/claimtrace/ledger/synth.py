"""A synthetic ledger for scale tests: N claims in realistic-looking documents, fast.

    >>> from claimtrace.ledger.synth import build_ledger
    >>> build_ledger("/tmp/synth.db", n_claims=100_000)   # SynthReport(documents=.., ...)

No model runs: each `claimtrace.model.Document` is built by hand from sentence
templates, with offsets that are right (evidence = its sentence; actor, place, time and
quantity mentions inside it). The world is small and fixed: about 20 states and
groups, 24 places with coordinates, 36 outlets, 28 named sources of 8 kinds,
16 subtypes, dates over three years. Quantity claims follow per-series trends
(a `(subtype, actor, recipient, measure)` series rises or falls over time) with
reporting noise, and a small share of outlier figures, so series fill up and
contradictions appear as they do in real reporting. About 2% of the documents are
wire copies republished with a dateline (copy clusters).

The documents go through the public `Ledger.add` path (one transaction each) and one
`refresh()` at the end, so a scale measurement includes the real write cost.
Everything is seeded: the same `n_claims` and `seed` give the same ledger.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

from ..model import (Actor, Claim, Document, Meta, Place, Quantity, Source, Span,
                     TimeExpr)

log = logging.getLogger(__name__)

# code -> (name, kind)
ACTORS = {
    "RUS": ("Russia", "state"), "UKR": ("Ukraine", "state"), "PRK": ("North Korea", "state"),
    "KOR": ("South Korea", "state"), "USA": ("the United States", "state"),
    "IRN": ("Iran", "state"), "CHN": ("China", "state"), "BLR": ("Belarus", "state"),
    "POL": ("Poland", "state"), "DEU": ("Germany", "state"), "GBR": ("Britain", "state"),
    "FRA": ("France", "state"), "ISR": ("Israel", "state"), "SYR": ("Syria", "state"),
    "TUR": ("Turkey", "state"), "JPN": ("Japan", "state"), "NATO": ("NATO", "organization"),
    "WAGNER": ("the Wagner Group", "armed_group"), "HAMAS": ("Hamas", "armed_group"),
    "HEZ": ("Hezbollah", "armed_group"),
}
# (actor, recipient) pairs that appear in quantity claims: they make the series.
RELATIONS = [("PRK", "RUS"), ("IRN", "RUS"), ("USA", "UKR"), ("DEU", "UKR"), ("GBR", "UKR"),
             ("FRA", "UKR"), ("POL", "UKR"), ("CHN", "RUS"), ("BLR", "RUS"), ("IRN", "HEZ"),
             ("IRN", "HAMAS"), ("USA", "ISR"), ("RUS", "SYR"), ("TUR", "UKR"),
             ("NATO", "UKR"), ("WAGNER", "RUS"), ("RUS", "UKR"), ("UKR", "RUS"),
             ("ISR", "HAMAS"), ("JPN", "UKR")]
# name, country, lat, lon, feature
PLACES = [("Kursk", "RUS", 51.73, 36.19, "city"), ("Kharkiv", "UKR", 49.99, 36.23, "city"),
          ("Donetsk", "UKR", 48.02, 37.80, "city"), ("Zaporizhzhia", "UKR", 47.84, 35.14,
                                                     "city"),
          ("Kherson", "UKR", 46.64, 32.61, "city"), ("Bakhmut", "UKR", 48.60, 38.00, "city"),
          ("Avdiivka", "UKR", 48.14, 37.75, "city"), ("Crimea", "UKR", 45.30, 34.40,
                                                      "region"),
          ("Belgorod", "RUS", 50.60, 36.59, "city"), ("Moscow", "RUS", 55.75, 37.62, "city"),
          ("Kyiv", "UKR", 50.45, 30.52, "city"), ("Odesa", "UKR", 46.48, 30.73, "city"),
          ("Pyongyang", "PRK", 39.03, 125.75, "city"), ("Vladivostok", "RUS", 43.12,
                                                        131.89, "city"),
          ("Rzeszow", "POL", 50.04, 22.00, "city"), ("Minsk", "BLR", 53.90, 27.57, "city"),
          ("Gaza", "PSE", 31.50, 34.47, "region"), ("Rafah", "PSE", 31.30, 34.25, "city"),
          ("Beirut", "LBN", 33.89, 35.50, "city"), ("Damascus", "SYR", 33.51, 36.29, "city"),
          ("Tehran", "IRN", 35.69, 51.39, "city"), ("Black Sea", None, 43.0, 34.0, "water"),
          ("Novorossiysk", "RUS", 44.72, 37.77, "city"), ("Sumy", "UKR", 50.91, 34.80,
                                                          "city")]
OUTLETS = [f"{a} {b}" for a in ("Daily", "Evening", "Morning", "Global", "Border", "Eastern")
           for b in ("Courier", "Post", "Herald", "Monitor", "Dispatch", "Ledger")]
# name, kind
SOURCES = [("military intelligence", "intelligence"), ("the National Intelligence Service",
                                                       "intelligence"),
           ("defence ministry officials", "government"), ("the general staff", "military"),
           ("a senior official", "official"), ("Western officials", "official"),
           ("military analysts", "expert"), ("a think tank", "expert"),
           ("local residents", "witness"), ("a regional governor", "official"),
           ("the foreign ministry", "government"), ("satellite imagery analysts", "expert"),
           ("a leaked document", "document"), ("people familiar with the matter", "unnamed"),
           ("the monitoring group", "organization"), ("state media", "media"),
           ("Wire Agency", "media"), ("Yonhap", "media"), ("Reuters-like wire", "media"),
           ("an open-source researcher", "expert"), ("the border guard", "military"),
           ("a parliament committee", "government"), ("UN monitors", "organization"),
           ("a presidential adviser", "official"), ("the navy", "military"),
           ("a drone unit commander", "military"), ("an aid agency", "organization"),
           ("the army spokesman", "military")]
CERTAINTY_BY_KIND = {"intelligence": "believed", "expert": "estimated", "unnamed": "alleged",
                     "witness": "reported", "document": "reported"}
# measure -> (counted lemma, typical series level)
MEASURES = {"troops": ("troop", 12_000), "guns": ("howitzer", 180), "missiles": ("missile",
                                                                                 400),
            "shells": ("shell", 1_500_000), "drones": ("drone", 2_500),
            "casualties": ("casualty", 4_000), "tanks": ("tank", 90)}
# subtype -> (PLOVER type, mode, measures it counts, verb)
QUANTITY_SUBTYPES = {
    "troop_deployment": ("MOBILIZE", "troops", ("troops",), "has sent"),
    "arms_transfer": ("AID", None, ("guns", "missiles", "shells", "drones", "tanks"),
                      "has supplied"),
    "weapons_movement": ("MOBILIZE", "weapons", ("guns", "tanks"), "has moved"),
    "casualties": ("ASSAULT", None, ("casualties",), "has lost"),
    "equipment_loss": ("ASSAULT", "destroy", ("tanks", "drones"), "destroyed"),
}
EVENT_SUBTYPES = {
    "attack": ("ASSAULT", "aerial", "event", "launched a strike on"),
    "combat": ("ASSAULT", None, "event", "fought"),
    "capture": ("COERCE", "seize", "event", "captured positions held by"),
    "visit": ("CONSULT", "visit", "event", "sent a delegation to"),
    "meeting": ("CONSULT", None, "event", "held talks with"),
    "agreement": ("AGREE", None, "event", "signed an agreement with"),
    "support_statement": ("SUPPORT", None, "statement", "reiterated support for"),
    "warning": ("THREATEN", None, "statement", "warned"),
    "sanction": ("SANCTION", None, "event", "imposed sanctions on"),
    "withdrawal": ("RETREAT", "withdraw", "event", "pulled units back from"),
    "aid_package": ("AID", None, "event", "announced a new package for"),
}
QUALIFIERS = [("exact", "", 0.55), ("approx", "about ", 0.25), ("up_to", "up to ", 0.08),
              ("more_than", "more than ", 0.08), ("at_least", "at least ", 0.04)]
_WORDS = ("field report border unit winter supply road rail bridge village front line "
          "artillery convoy radio night morning analyst briefing map sector river hill "
          "depot command statement officer region district column route train station "
          "garrison patrol observer satellite image harbour ferry coast plain forest "
          "checkpoint corridor airfield warehouse shelter bunker trench logistics fuel "
          "signal camp reserve brigade battalion drill exercise").split()
MONTHS = ("January February March April May June July August September October November "
          "December").split()
START = date(2022, 3, 1)
DAYS = 3 * 365


@dataclass(slots=True)
class SynthReport:
    """What `build_ledger` wrote and how long it took."""

    path: str
    documents: int
    claims: int
    copies: int
    seconds: float


class _Writer:
    """Builds one document's text sentence by sentence, keeping entity offsets (spans
    get their text once the whole text is known)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.actors: dict[str, Actor] = {}
        self.places: list[Place] = []
        self.times: list[TimeExpr] = []
        self.quantities: list[Quantity] = []
        self.claims: list[Claim] = []
        self.pending: list[tuple[str, str, int, int]] = []  # actor mentions

    def actor(self, code: str, start: int) -> str:
        name, kind = ACTORS[code]
        if code not in self.actors:
            self.actors[code] = Actor(f"a{len(self.actors) + 1}", name, kind, code)
        a = self.actors[code]
        self.pending.append(("actor", a.id, start, start + len(name)))
        return a.id

    def add(self, sentence: str) -> int:
        """Append a sentence; returns its start offset."""
        start = self.pos
        self.parts.append(sentence + " ")
        self.pos += len(sentence) + 1
        return start

    def document(self, meta: Meta) -> Document:
        doc = Document(text="".join(self.parts).strip(), meta=meta)
        by_id = {a.id: a for a in self.actors.values()}
        for _, ident, s, e in self.pending:
            by_id[ident].mentions.append(doc.span(s, e))
        for p in self.places:
            p.mentions = [doc.span(m.start, m.end) for m in p.mentions]
        doc.actors = list(self.actors.values())
        doc.places, doc.times, doc.quantities = self.places, self.times, self.quantities
        doc.claims = self.claims
        for c in doc.claims:
            c.evidence = doc.span(c.evidence.start, c.evidence.end)
        return doc


def _day(offset: int) -> date:
    return START + timedelta(days=offset)


def _trend(key: tuple, day: int, rng_seed: int) -> float:
    """The 'true' level of a series on a day: a per-series base that grows or shrinks."""
    r = random.Random(f"{rng_seed}|{key}")
    base = MEASURES[key[3]][1] * r.uniform(0.2, 1.5)
    slope = r.uniform(-0.3, 1.5)
    return max(1.0, base * (1 + slope * day / DAYS))


def _claim_sentence(w: _Writer, rng: random.Random, day: int, seed: int, n: int) -> None:
    """Append one claim sentence (and its entities) to the writer."""
    cid = f"c{n}"
    source = rng.choice(SOURCES) if rng.random() < 0.7 else None
    place = rng.choice(PLACES) if rng.random() < 0.55 else None
    when = rng.random() < 0.6
    negated = rng.random() < 0.02
    if rng.random() < 0.55:  # quantity claim
        actor, recipient = rng.choice(RELATIONS)
        subtype = rng.choice(list(QUANTITY_SUBTYPES))
        ptype, mode, measures, verb = QUANTITY_SUBTYPES[subtype]
        measure = measures[rng.randrange(len(measures))]
        counted = MEASURES[measure][0]
        qual, qword, _ = rng.choices(QUALIFIERS, weights=[q[2] for q in QUALIFIERS])[0]
        level = _trend((subtype, actor, recipient, measure), day, seed)
        level *= rng.uniform(0.4, 2.5) if rng.random() < 0.04 else rng.uniform(0.97, 1.03)
        value = float(round(level, -2 if level > 2000 else 0))
        number = f"{value:,.0f}"
        kind, item = "quantity", None
    else:
        subtype = rng.choice(list(EVENT_SUBTYPES))
        ptype, mode, kind, verb = EVENT_SUBTYPES[subtype]
        actor, recipient = rng.sample(list(ACTORS), 2)
        counted = number = qword = qual = None
        value, item = None, ("artillery shells" if subtype == "aid_package" else None)
    a_name, r_name = ACTORS[actor][0], ACTORS[recipient][0]
    body = (f"Officials denied that {a_name} {verb}" if negated
            else f"{a_name[0].upper()}{a_name[1:]} {verb}")
    if number:
        body += f" {qword}{number} {counted}s to {r_name}"
    else:
        body += f" {r_name}"
    if place:
        body += f" near {place[0]}"
    time_text = None
    if when:
        d = _day(max(0, day - rng.randint(0, 40)))
        time_text = f"in {MONTHS[d.month - 1]} {d.year}"
        body += f" {time_text}"
    if source:
        body += f", according to {source[0]}"
    sentence = body + "."
    start = w.add(sentence)
    a_at = sentence.lower().index(a_name.lower())
    a_id = w.actor(actor, start + a_at)
    r_id = w.actor(recipient, start + sentence.index(r_name, a_at + len(a_name)))
    p_id = t_id = q_id = None
    if place:
        p_id = f"p{n}"
        at = start + sentence.index(" near " + place[0]) + 6
        w.places.append(Place(p_id, place[0], place[4], None, place[1], None, place[2],
                              place[3], [Span(at, at + len(place[0]), "")]))
    if time_text:
        t_id = f"t{n}"
        at = start + sentence.index(time_text) + 3
        month = d.replace(day=1)
        end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        w.times.append(TimeExpr(t_id, time_text[3:], at, at + len(time_text) - 3,
                                month.isoformat()[:7], month.isoformat(), end.isoformat(),
                                "month"))
    if number:
        q_id = f"q{n}"
        at = start + sentence.index(qword + number)
        low = high = None
        if qual == "up_to":
            high = value
        elif qual in ("more_than", "at_least"):
            low = value
        text = f"{qword}{number} {counted}s"
        w.quantities.append(Quantity(q_id, text, at, at + len(text), value, low, high, qual,
                                     None, counted))
    src = Source(name=None, kind="author")
    certainty = "asserted"
    if source:
        src = Source(name=source[0], kind=source[1])
        certainty = CERTAINTY_BY_KIND.get(source[1], "reported")
    if negated:
        certainty = "denied" if rng.random() < 0.5 else certainty
    w.claims.append(Claim(id=cid, kind=kind, type=ptype, mode=mode, subtype=subtype,
                          evidence=Span(start, start + len(sentence), ""), actor=a_id,
                          recipient=r_id, item=item, place=p_id, time=t_id, quantity=q_id,
                          negated=negated, source=src,
                          cue="according to" if source else None, certainty=certainty))


def synth_documents(n_claims: int, *, seed: int = 0) -> Iterator[Document]:
    """Documents holding exactly `n_claims` claims in total (1-8 claims each, ~4)."""
    rng = random.Random(seed)
    made, serial = 0, 0
    recent: list[tuple[Document, int]] = []
    while made < n_claims:
        serial += 1
        day = rng.randrange(DAYS)
        if recent and rng.random() < 0.02:  # a wire copy republished with a dateline
            orig, k = rng.choice(recent)
            if made + k > n_claims:
                continue
            yield _copy_of(orig, rng, serial)
            made += k
            continue
        k = min(n_claims - made, rng.choice((1, 2, 3, 3, 4, 4, 5, 5, 6, 8)))
        w = _Writer()
        for i in range(1, k + 1):
            _claim_sentence(w, rng, day, seed, i)
            if rng.random() < 0.3:
                w.add(_filler(rng, 12))
        w.add(_filler(rng, 25) + f" Dispatch {seed}-{serial}.")
        outlet = rng.choice(OUTLETS)
        published = _day(day).isoformat()
        meta = Meta(url=f"https://news.example/{outlet.split()[1].lower()}/{serial}",
                    title=f"{outlet}: report {serial}", outlet=outlet, published=published)
        doc = w.document(meta)
        if rng.random() < 0.3:
            recent = (recent + [(doc, k)])[-200:]
        made += k
        yield doc


def _copy_of(orig: Document, rng: random.Random, serial: int) -> Document:
    """The document republished by another outlet with a dateline in front (the
    serial keeps two copies of one original distinct texts)."""
    prefix = f"{rng.choice(PLACES)[0].upper()} (Wire {serial}) - "
    d = Document.from_dict(orig.to_dict())
    shift = len(prefix)
    d.text = prefix + d.text
    for a in d.actors:
        a.mentions = [d.span(m.start + shift, m.end + shift) for m in a.mentions]
    for p in d.places:
        p.mentions = [d.span(m.start + shift, m.end + shift) for m in p.mentions]
    for t in d.times:
        t.start, t.end = t.start + shift, t.end + shift
    for q in d.quantities:
        q.start, q.end = q.start + shift, q.end + shift
    for c in d.claims:
        c.evidence = d.span(c.evidence.start + shift, c.evidence.end + shift)
    outlet = rng.choice(OUTLETS)
    pub = date.fromisoformat(orig.meta.published) + timedelta(days=rng.randint(0, 2))
    d.meta = Meta(url=f"https://news.example/{outlet.split()[1].lower()}/{serial}",
                  title=f"{outlet}: report {serial}", outlet=outlet,
                  published=pub.isoformat())
    return d


def _filler(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n)).capitalize() + "."


def build_ledger(path: str | Path, n_claims: int, *, seed: int = 0) -> SynthReport:
    """Write a synthetic ledger of `n_claims` claims to `path` (a new file) through
    `Ledger.add`, then rebuild the derived tables once."""
    from .store import Ledger

    t0 = time.perf_counter()
    docs = claims = copies = 0
    with Ledger.open(path) as led:
        for doc in synth_documents(n_claims, seed=seed):
            result = led.add(doc)
            if result.status == "added":
                docs += 1
                claims += len(doc.claims)
                copies += " (Wire " in doc.text[:40]
            if docs and docs % 5000 == 0:
                log.info("synth: %d documents, %d claims", docs, claims)
        led.refresh()
    return SynthReport(str(path), docs, claims, copies, round(time.perf_counter() - t0, 1))
