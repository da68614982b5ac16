"""Hand-built documents for the ledger tests (no spaCy needed).

`make_doc(sentences, ...)` joins sentences into a text and builds actors, places,
times, quantities and claims with correct offsets from small claim specs.
`scenario()` is a small world: outlets reporting North Korean troop numbers in
Russia over time, one contradictory figure, one revision and one wire copy
republished by two more outlets.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from claimtrace.model import (Actor, Claim, Document, Meta, Place, Quantity, Source,
                              TimeExpr)

STATES = {"PRK": "North Korea", "RUS": "Russia", "UKR": "Ukraine", "KOR": "South Korea"}
_WORDS = ("field report border unit winter supply road rail bridge village front line "
          "artillery convoy radio night morning analyst briefing map sector river hill "
          "depot command statement officer region district column route train station "
          "garrison patrol observer satellite image harbour ferry coast plain forest").split()


@dataclass
class ClaimSpec:
    """One claim, written as the sentence it comes from."""

    sentence: str
    subtype: str = "troop_deployment"
    type: str = "MOBILIZE"
    kind: str = "quantity"
    actor: str | None = "PRK"
    recipient: str | None = "RUS"
    target: str | None = None
    item: str | None = None
    value: float | None = None
    qualifier: str = "exact"
    counted: str | None = "troop"
    unit: str | None = None
    source: tuple[str, str] | None = None       # (name, kind); None = the article
    certainty: str = "asserted"
    time: tuple[str, str] | None = None          # (earliest, latest)
    granularity: str = "month"
    place: tuple[str, str, float, float, str] | None = None  # name, country, lat, lon, feature
    negated: bool = False
    mode: str | None = None
    extra: dict = field(default_factory=dict)


def filler(seed: int, n: int = 60) -> str:
    """Distinct, deterministic padding text (so unrelated documents are not copies)."""
    rng = random.Random(seed)
    return " ".join(rng.choice(_WORDS) for _ in range(n)).capitalize() + "."


def make_doc(specs: list[ClaimSpec], *, outlet: str | None = None, url: str | None = None,
             published: str | None = None, path: str | None = None, prefix: str = "",
             suffix: str = "") -> Document:
    parts, offsets = [], []
    pos = 0
    if prefix:
        parts.append(prefix + " ")
        pos += len(prefix) + 1
    for s in specs:
        offsets.append(pos)
        parts.append(s.sentence + " ")
        pos += len(s.sentence) + 1
    text = ("".join(parts) + suffix).strip()
    doc = Document(text=text, meta=Meta(url=url, outlet=outlet, published=published,
                                        path=path))
    actors: dict[str, Actor] = {}

    def actor(code_or_name: str | None) -> str | None:
        if code_or_name is None:
            return None
        if code_or_name not in actors:
            name = STATES.get(code_or_name, code_or_name)
            code = code_or_name if code_or_name in STATES else None
            actors[code_or_name] = Actor(f"a{len(actors) + 1}", name,
                                         "state" if code else "organization", code)
        return actors[code_or_name].id

    for i, (s, start) in enumerate(zip(specs, offsets), 1):
        end = start + len(s.sentence)
        ev = doc.span(start, end)
        q_id = t_id = p_id = None
        if s.value is not None:
            q_id = f"q{i}"
            low = high = None
            if s.qualifier == "up_to":
                high = s.value
            doc.quantities.append(Quantity(q_id, str(s.value), start, start + 1, s.value,
                                           low, high, s.qualifier, s.unit, s.counted))
        if s.time:
            t_id = f"t{i}"
            doc.times.append(TimeExpr(t_id, s.time[0], start, start + 1, s.time[0][:7],
                                      s.time[0], s.time[1], s.granularity))
        if s.place:
            p_id = f"p{i}"
            name, country, lat, lon, feature = s.place
            doc.places.append(Place(p_id, name, feature, None, country, None, lat, lon))
        src = Source(name=None, kind="author")
        if s.source:
            src = Source(name=s.source[0], kind=s.source[1])
        doc.claims.append(Claim(
            id=f"c{i}", kind=s.kind, type=s.type, evidence=ev, mode=s.mode,
            subtype=s.subtype, actor=actor(s.actor), recipient=actor(s.recipient),
            target=actor(s.target), item=s.item, place=p_id, time=t_id, quantity=q_id,
            negated=s.negated, source=src, certainty=s.certainty))
    doc.actors = list(actors.values())
    return doc


def troops(value: float, source: tuple[str, str] | None = None, *, qualifier: str = "exact",
           counted: str = "troop", sentence: str | None = None) -> ClaimSpec:
    return ClaimSpec(sentence or f"North Korea has sent {value:,.0f} {counted}s to Russia.",
                     value=value, qualifier=qualifier, counted=counted, source=source,
                     certainty="reported" if source else "asserted")


WIRE = ("North Korea has deployed 10,900 soldiers to Russia, officials in several capitals "
        "confirmed. The troops were seen training near the border and moving by rail "
        "toward the front, where fighting has intensified over recent weeks. Analysts "
        "say the deployment marks a major escalation of military cooperation between the "
        "two countries and could change the balance in the Kursk region.")


def scenario() -> dict[str, Document]:
    """Named documents of the troop-numbers world (see the module docstring)."""
    nis = ("South Korea's National Intelligence Service", "intelligence")
    wire_claim = ClaimSpec(WIRE.split(". ")[0] + ".", value=10900, counted="soldier")
    rest = ". ".join(WIRE.split(". ")[1:])
    docs = {
        "nis_oct": make_doc([troops(1500, nis)], outlet="Yonhap", published="2024-10-18",
                            url="https://example.org/yonhap/1", suffix=filler(1)),
        "wire": make_doc([wire_claim], outlet="Wire Agency", published="2024-11-05",
                         url="https://example.org/wire/1", suffix=rest),
        "wire_copy1": make_doc([wire_claim], outlet="Daily One", published="2024-11-05",
                               url="https://example.org/daily1/7", prefix="SEOUL (Wire) -",
                               suffix=rest),
        "wire_copy2": make_doc([wire_claim], outlet="Evening Two", published="2024-11-06",
                               url="https://example.org/two/3",
                               suffix=rest + " Copyright Wire Agency."),
        "hur": make_doc([troops(11000, ("Ukrainian military intelligence", "intelligence"),
                                qualifier="approx")],
                        outlet="Kyiv Paper", published="2024-11-07",
                        url="https://example.org/kyiv/2", suffix=filler(2)),
        "low": make_doc([troops(3000, ("Russian officials", "official"))],
                        outlet="Moscow Daily", published="2024-11-08",
                        url="https://example.org/moscow/4", suffix=filler(3)),
        "nis_jan": make_doc([troops(12000, nis)], outlet="Yonhap", published="2025-01-10",
                            url="https://example.org/yonhap/2", suffix=filler(4)),
        "nis_rev": make_doc([troops(8000, nis)], outlet="Yonhap", published="2025-01-14",
                            url="https://example.org/yonhap/3", suffix=filler(5)),
        "koksan": make_doc([
            ClaimSpec("Pyongyang is believed to have supplied up to 200 Koksan guns to "
                      "Russia, according to ZDF.", subtype="arms_transfer", type="AID",
                      kind="event", item="Koksan self-propelled guns", value=200,
                      qualifier="up_to", counted="system", source=("ZDF", "media"),
                      certainty="believed", time=("2024-11-01", "2024-11-30"),
                      place=("Crimea", "UKR", 45.0, 34.0, "region")),
            ClaimSpec("Roughly 4,000 of those soldiers have been killed or wounded in "
                      "Kursk.", subtype="casualties", type="ASSAULT", kind="quantity",
                      value=4000, qualifier="approx", counted="soldier", recipient=None,
                      time=("2025-01-01", "2025-01-31"),
                      place=("Kursk", "RUS", 51.73, 36.19, "city")),
        ], outlet="Broadcaster", published="2025-02-01", url="https://example.org/zdf/9",
            suffix=filler(6)),
        "koksan2": make_doc([
            ClaimSpec("Koksan self-propelled guns from North Korea have reached Russia.",
                      subtype="arms_transfer", type="AID", kind="event",
                      item="Koksan self-propelled gun", time=("2024-11-15", "2024-11-15"),
                      granularity="day")],
            outlet="Another Paper", published="2024-11-20",
            url="https://example.org/other/1", suffix=filler(7)),
    }
    return docs


# --- places no gazetteer knows, located at the area the text names with them ----------------
OSKEL = ("Oskel District", "UKR", 48.25, 37.5, "admin2")
TARVO = ("Tarvo Province", "UKR", 47.5, 36.75, "admin1")


def approx_doc() -> Document:
    """A document with two places the gazetteer lacks (`located_by="containing_area"`): a
    village put at its district's point and a depot put at its province's point, beside
    the district and the province themselves (gazetteer places with those points)."""
    shelling = ClaimSpec("Shelling hit the village of Velmora in Oskel District.",
                         subtype="attack", type="ASSAULT", kind="event", actor=None,
                         recipient=None, target=None, counted=None,
                         time=("2025-03-03", "2025-03-03"), granularity="day",
                         place=("Velmora", "UKR", OSKEL[2], OSKEL[3], "other"))
    depot = ClaimSpec("A strike destroyed the Lukan depot in Tarvo Province.",
                      subtype="attack", type="ASSAULT", kind="event", actor=None,
                      recipient=None, target=None, counted=None,
                      time=("2025-03-04", "2025-03-04"), granularity="day",
                      place=("Lukan", "UKR", TARVO[2], TARVO[3], "other"))
    doc = make_doc([shelling, depot], outlet="Field Notes", published="2025-03-05",
                   url="https://example.org/field/1", suffix=filler(11))
    for place in doc.places:
        place.located_by = "containing_area"
        start = doc.text.index(place.name)
        place.mentions.append(doc.span(start, start + len(place.name)))
    for i, (name, country, lat, lon, feature) in enumerate((OSKEL, TARVO), 1):
        start = doc.text.index(name)
        doc.places.append(Place(f"p{10 + i}", name, feature, None, country, None, lat, lon,
                                [doc.span(start, start + len(name))]))
    return doc
