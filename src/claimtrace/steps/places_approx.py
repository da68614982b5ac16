"""Places no gazetteer knows, located approximately by the area the text puts them in.

News names villages, sites and facilities too small for any gazetteer ("the village of
Ntara", "a mosque in Kolbi", "the Zadar hydropower project") and says, nearby, which larger
area holds them ("..., in the Basso district of Kilo province"). Researchers would rather
map such a place at that area than lose it. A name is read here only when a place cue makes
it clearly a place (a settlement noun before or after it, a building noun with "in/at",
a facility noun after it); it is then located at the smallest area the text names with it:
the nearest place named later in its sentence, else earlier in it, else the last one named
earlier in its paragraph, else the document's focus (its most mentioned
town or area in the country most of its places lie in). A whole
country serves only when it is small (its first-level areas lie close to its point).
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import gazetteer as gz
from ..model import Document, Place
from . import places_forms as pf

#: "the village of X": settlement nouns before "of"
SETTLEMENT_BEFORE = frozenset("village town hamlet settlement locality township".split())
#: "X village": lower-case settlement nouns after the name
SETTLEMENT_AFTER = frozenset("village hamlet settlement".split())
#: "a mosque in X", "villages around X": nouns of buildings and settlements before in/at
SITE_NOUNS = frozenset("""mosque church chapel monastery temple shrine school clinic hospital
market camp village villages hamlet hamlets settlement settlements farm farms""".split())
SITE_PREPS = frozenset("in at around near".split())
#: "the X reservoir", "the X project", "the X outpost": facility nouns after the name
FACILITY_AFTER = frozenset("""reservoir project outpost site camp dam mine barracks garrison
checkpoint airstrip works plant factory refinery shrine cave junction intersection
roundabout area plains hills island""".split())
#: entity labels and parts of speech of words that are no part of a place's name
NOT_NAME_LABELS = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"})
NOT_NAME_POS = frozenset({"ADV", "PRON", "DET", "ADP", "SCONJ", "CCONJ", "AUX", "VERB", "NUM"})
#: longest unknown name read, in tokens
NAME_REACH = 3
#: lower-case modifiers read between a name and its facility noun ("hydropower")
MODIFIER_REACH = 1
MODIFIER_POS = frozenset({"NOUN", "ADJ", ""})
#: features that make a good containing area (in order of preference among equals)
AREA_FEATURES = frozenset({"city", "other", "admin2", "admin1", "region"})
#: a country serves as the containing area only when its areas lie this close to its point
SMALL_COUNTRY_KM = 120.0
#: an alternate-name reading of a cued name needs this much support for its country
ALIAS_MIN_SUPPORT = 0.5


@dataclass(slots=True)
class Cued:
    """An unknown name a place cue marks: token bounds and the name."""
    start: int
    end: int
    name: str

    def chars(self, sdoc) -> tuple[int, int]:
        """Its character bounds in the text of the parse `sdoc`."""
        last = sdoc[self.end - 1]
        return sdoc[self.start].idx, last.idx + len(last)


def cued_names(sdoc, gazetteer: gz.Gazetteer) -> list[Cued]:
    """Capitalised names a place cue marks ("the village of X", "X village", "a mosque in
    X", "the X project") that the gazetteer lacks or knows only by an alternate name."""
    out: list[Cued] = []
    for tok in sdoc:
        low = tok.lower_
        if low == "of" and tok.i > 0 and sdoc[tok.i - 1].lower_ in SETTLEMENT_BEFORE:
            span = _run_after(sdoc, tok.i + 1)
        elif low in SITE_PREPS and tok.i > 0 and sdoc[tok.i - 1].lower_ in SITE_NOUNS:
            span = _run_after(sdoc, tok.i + 1)
        elif (low in SETTLEMENT_AFTER or low in FACILITY_AFTER) and tok.is_lower:
            span = _run_before(sdoc, tok.i)
        else:
            continue
        if span is None:
            continue
        start, end = span
        name = sdoc[start:end].text
        if name.split()[0].lower() in pf.PROPOSE_STOP or gz.normalize(name) in gz.demonyms():
            continue
        if any(primary or c.curated for c, primary in gazetteer.candidates(name)) or \
                gazetteer.district_seat(name):
            continue  # a place the gazetteer knows: the step resolves it
        out.append(Cued(start, end, name))
    return out


def _name_word(tok) -> bool:
    return (tok.is_title and tok.is_alpha and tok.ent_type_ not in NOT_NAME_LABELS
            and tok.pos_ not in NOT_NAME_POS and tok.lower_ not in pf.PROPOSE_STOP
            ) or pf.article_name(tok.text)


def _run_after(sdoc, i: int) -> tuple[int, int] | None:
    if i < len(sdoc) and sdoc[i].lower_ == "the":
        i += 1
    end = i
    while end < len(sdoc) and end - i < NAME_REACH and _name_word(sdoc[end]):
        end += 1
    if end == i or (end < len(sdoc) and _name_word(sdoc[end])):
        return None  # no name, or a longer run: a title, not a place
    return i, end


def _run_before(sdoc, i: int) -> tuple[int, int] | None:
    for _ in range(MODIFIER_REACH):  # "the X hydropower project": lower-case modifiers
        mod = sdoc[i - 1] if i > 1 else None
        if mod is not None and mod.is_lower and mod.is_alpha and mod.pos_ in MODIFIER_POS \
                and mod.lower_ not in ("a", "an", "the"):
            i -= 1
    start = pf.name_run_start(sdoc, i, _name_word, NAME_REACH + 2)  # "Jabal al-Zawiya"
    if start == i or (start > 0 and _name_word(sdoc[start - 1])):
        return None
    if sdoc[start].lower_ == "the":
        start += 1  # "The X project" opening a sentence
        if start == i:
            return None
    if start > 0 and sdoc[start - 1].tag_ == "POS":
        return None  # "Kyiv's Tango project": an owner, not a name
    return start, i


def small_country(country: str, gazetteer: gz.Gazetteer, lat: float, lon: float) -> bool:
    """Do all first-level areas of the country lie within SMALL_COUNTRY_KM of its point?"""
    points = gazetteer.admin1_points(country)
    return bool(points) and all(gz.haversine_km(lat, lon, p[0], p[1]) <= SMALL_COUNTRY_KM
                                for p in points)


def _eligible(place, gazetteer: gz.Gazetteer) -> bool:
    if place.lat is None or place.located_by != "gazetteer":
        return False
    if place.feature in AREA_FEATURES:
        return True
    return place.feature == "country" and bool(place.country) and small_country(
        place.country, gazetteer, place.lat, place.lon)


def containing_area(places: list, cued: Cued, sdoc, gazetteer: gz.Gazetteer):
    """The place (of `places`, already resolved) that holds the cued name: the nearest
    named later in its sentence, else the nearest earlier in it, else the last named earlier
    in its paragraph, else the document's focus (`_focus`); None when none."""
    sent = sdoc[cued.start].sent
    lo, hi = sent.start_char, sent.end_char
    begin, end = cued.chars(sdoc)
    usable = [p for p in places if _eligible(p, gazetteer)]
    after = [(s.start, p) for p in usable for s in p.mentions if end <= s.start < hi]
    if after:
        return min(after, key=lambda sp: sp[0])[1]
    before = [(s.end, p) for p in usable for s in p.mentions if lo <= s.start and s.end <= begin]
    if before:
        return max(before, key=lambda sp: sp[0])[1]
    para = sdoc.text.rfind("\n", 0, lo) + 1
    earlier = [(s.end, p) for p in usable for s in p.mentions if para <= s.start and s.end <= lo]
    if earlier:
        # "... in the Dnipropetrovsk region ... The target was the Pivdenmash plant."
        return max(earlier, key=lambda sp: sp[0])[1]
    return _focus(places, usable)


def _focus(places: list, usable: list):
    """The document's most mentioned usable area in the country its places are most in
    (the first named among equals); None when it has none."""
    weight: dict[str, int] = {}
    for p in places:
        if p.country and p.located_by == "gazetteer":
            weight[p.country] = weight.get(p.country, 0) + len(p.mentions)
    if not weight:
        return None
    top = max(weight, key=lambda c: weight[c])
    inside = [p for p in usable if p.country == top]
    if not inside:
        return None
    return max(inside, key=lambda p: (len(p.mentions), -min(s.start for s in p.mentions)))


def unsupported_alias(cand: gz.Candidate, name: str, context: gz.Context,
                      gazetteer: gz.Gazetteer) -> bool:
    """Is the reading reached only by an alternate name, not curated, in a country the
    document gives no support?"""
    if cand.curated or any(primary and c.geonames_id == cand.geonames_id
                           for c, primary in gazetteer.candidates(name)):
        return False
    return not cand.country or context.country_evidence(
        cand.country, gz.normalize(name)) < ALIAS_MIN_SUPPORT


def add_cued(doc: Document, cued: list, places: dict, gazetteer: gz.Gazetteer) -> None:
    """Places a cue marks that no gazetteer knows ("the village of X"), at the area the
    text puts them in (`places_approx`), unless a found place already covers the name."""
    found = [(s.start, s.end) for p in places.values() for s in p.mentions]
    for c in cued:
        span = doc.span(*c.chars(doc.spacy))
        if any(s < span.end and span.start < e for s, e in found):
            continue
        area = containing_area(list(places.values()), c, doc.spacy, gazetteer)
        if area is None:
            continue
        key = ("containing_area", c.name)
        place = places.get(key)
        if place is None:
            place = Place(id=f"p{len(places) + 1}", name=c.name, feature="other",
                          country=area.country, admin1=area.admin1, lat=area.lat,
                          lon=area.lon, located_by="containing_area")
            places[key] = place
        place.mentions.append(span)
        found.append((span.start, span.end))
