"""Step `places`: toponyms found in the parse, resolved against the offline gazetteer.

Candidates are spaCy GPE/LOC/FAC entities (the entity ruler adds the conflict names the
small model mistags, see `entity_patterns()`), plus capitalised runs the model missed
right after a locative preposition ("near Grapeland", "travelled to Quetta") or before
", <area>" ("Parkers Prairie, Minn.") when the gazetteer knows them, whatever label the
model gave them; a run known only by an alternate name needs the document's support.
Spans are normalised first: "Kursk" + "region" is one admin-1 place, "northern Crimea"
is Crimea, "Russia's Kursk region" keeps only "Kursk region", a curated "eastern Congo"
(the Kivus) stays whole. Each name is then resolved twice: once without context, to
learn which countries and admin-1 areas the document is about, then with that context
(plus the countries of the actors already found); a facility the gazetteer lacks ("the
Pearl Hotel in Mogadishu") lies at the town the text puts it in, a described town ("Maga, a
town in Kebbi state") inside its area (`places_hosts`). Repeated
mentions of one place merge into one `Place`.

What is not a place: demonyms ("North Korean"); a capital the actors step has read as a
state acting ("Pyongyang has supplied"; but "eastern Tripoli" is part of a city); a
country name not used locationally ("Russia said", "Russia's Kursk region"); only
"in/into/from/... Russia" makes Russia a place.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .. import gazetteer as gz
from ..actors_lexicon import load_lexicon
from ..model import Document, Place
from ..pipeline import step
from . import places_approx as pa
from . import places_forms as pf
from . import places_implied as pi
from . import places_shared as psh
from . import places_sites as ps
from . import places_towns as pt
from .actors_coref import state_actor
from .places_embedded import embedded_names
from .places_hosts import described_area, host_name
from .places_qualifiers import qualifier as _qualifier
from .places_qualifiers import qualifiers as _qualifiers
from .places_patterns import entity_patterns  # noqa: F401  (the parse step's ruler)

log = logging.getLogger(__name__)

TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: prepositions whose object is a location
LOCATIVE_PREPS = frozenset("""in to into through from across near at inside within toward
towards over along around via throughout outside beyond off onto past between""".split())
#: leading words that narrow an area but do not change which place it is
DIRECTIONS = frozenset("""northern southern eastern western central northeastern northwestern
southeastern southwestern north-eastern north-western south-eastern south-western
north-east north-west south-east south-west northeast northwest southeast southwest
mainland occupied eastern-most frontline front-line greater""".split())
ADMIN_WORDS = frozenset(gz.ADMIN_WORDS)
#: words that never name a place on their own (parts of longer names)
_GENERIC = DIRECTIONS | frozenset("""north south east west new old great upper lower saint st
united national state federal royal city county university college hospital church street
road airport station camp park tower square river lake mount fort port the island islands
sea gulf bay strait straits ocean canal channel reef shoal peninsula desert""".split())
#: prepositions after which a capitalised run the model missed is proposed as a toponym
#: nouns naming part of a place: "Beirut's suburbs", "most of Goma", "the outskirts of Ann"
PLACE_PARTS = frozenset("""suburb outskirt centre center district neighbourhood neighborhood
street airport port harbour harbor coast border area part quarter village town city
region province outpost edge heart downtown most rest control half percent resident
inhabitant hospital clinic school university stadium market mall theatre theater museum
cathedral mosque church synagogue factory plant refinery prison station depot terminal
hotel base jail field bridge dam hub junction""".split())
#: nouns a place name stands in apposition to: "the capital Khartoum", "the port city Aden"
PLACE_KINDS = frozenset("""capital city town village port district province region suburb
neighbourhood neighborhood island""".split())
PROPOSE_PREPS = frozenset("""in near outside inside across throughout into around towards
toward from at including between off""".split())
#: words after which "to X" is a destination: "travelled to Quetta", "the road to Goma"
MOTION_WORDS = frozenset("""travel go come return fly flee move head divert redirect
deploy send transfer evacuate relocate march drive sail ship escort trip journey visit take
rush airlift bring carry
road route way flight highway""".split())

#: senses of the Y of "X, Y" tried as the area that holds X
#: last words of street and road names
STREET_WORDS = frozenset("""street st avenue ave road rd drive dr lane ln boulevard blvd way
highway hwy parkway pkwy pike turnpike court ct place terrace circle trail""".split())
#: a weak mention's place needs this many people, or this much country support
WEAK_MIN_POPULATION = 200_000
WEAK_MIN_SUPPORT = 0.5
#: verbs whose direct object is a place: "it overran Goma", "the war ravaging Sudan"
PLACE_VERBS = frozenset("""overrun overran invade enter leave flee visit ravage devastate
rock shell bomb bombard strike hit pound raid storm seize capture retake recapture
liberate occupy besiege encircle surround evacuate annex blockade cross reach tour
fortify reenter re-enter penetrate grip border neighbour neighbor straddle spare""".split())
#: words before "of X" that make X a location: "pushed out of Port-au-Prince", "north of Kyiv"
OF_LOCATIVES = frozenset("""out north south east west northeast northwest southeast southwest
north-east north-west south-east south-west outside ahead""".split())
#: nouns after which "on X" / "against X" is a place: "air strikes on Yemen"
ATTACK_NOUNS = frozenset("""strike airstrike attack assault raid bombardment bombing
shelling offensive invasion advance push incursion offensive barrage""".split())
#: nouns that an unrecognised name before them locates: "the Natanz plant", "Kavumu airport"
HOLDING_HEADS = frozenset("""airport airfield airbase base plant facility port harbour
harbor terminal refinery camp district province region oblast governorate prefecture
outskirts suburbs suburb border crossing checkpoint garrison outpost village town city
valley field prison depot commune township forest reserve lga area county territory
municipality department zone direction directions axis sector exclave enclave""".split())
#: lower-case nouns that finish a name the gazetteer knows: "the Crimean peninsula"
NAME_NOUNS = frozenset("""peninsula sea strait gulf bay island islands river valley desert
mountains corridor strip basin region airport airbase dam bridge crossing shoal reef canal
pass coast field terminal refinery prison forest park reserve spit hills base depot camp""".split())
#: "Indian-administered Kashmir": these words after a country adjective keep its country
#: holders of an office whose possessive names an institution, not a place ("the Sheriff's
#: Office", "the County Attorney's Office")
OFFICE_HOLDERS = frozenset("""sheriff sheriffs attorney attorneys governor mayor coroner
prosecutor marshal clerk assessor commissioner treasurer auditor police""".split())
#: nouns of the parts of a country a direction names ("the western coast of Yemen")
PART_NOUNS = frozenset("""coast coasts coastline part parts side region regions shore
shores edge reaches areas half""".split())
CONTROL_WORDS = frozenset("administered controlled held occupied run".split())
#: names of a city's historic quarter, which every old city has: "the Old City" of a story
#: lies in the city the text named last before it (not Philadelphia's or Jerusalem's)
QUARTER_NAMES = frozenset({"old city", "old town", "old quarter", "medina"})
_ADMIN_SUFFIX = re.compile(r"\s+(oblast|region|province|governorate|state|krai|district|"
                           r"prefecture)$", re.IGNORECASE)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    name: str           # the text to resolve (may differ from the span text)
    country_ok: bool    # used locationally ("in X"): may be a country, is not an actor
    is_admin_form: bool
    direction: str | None = None  # "central" in "central Mali"
    country: str | None = None    # "Pakistan's Punjab", "Indian Kashmir": must lie there
    weak: bool = False            # proposed from the syntax alone: needs the document's support
    host: str | None = None       # "the Pearl Hotel in Mogadishu": the town a facility lies in
    area: str | None = None       # "Maga, a town in Kebbi state": the area it is described in
    town: bool = False            # "Sagaing township", a dateline: the town, not its area
    fragment: bool = False        # "Borno" of "Fata Borno": the last word of a longer name


#: a town read only by an alternate name, with no support in the story, is dropped when it
#: is smaller than this (larger cities are known by many spellings: "Kryvyi Rih")
ALIAS_TOWN_MAX = 50_000
# a hamlet this small, this far from every other place of the story, is a namesake
STRAY_MAX_POP = 5_000
STRAY_KM = 1_500
# a town abroad (under this many people) read in a story whose other names lend its
# country less than this much evidence, and this far from all of them, is a namesake
FOREIGN_MAX_POP = 100_000
FOREIGN_MAX_SUPPORT = 0.5
FOREIGN_KM = 300


@step("places", needs=("spacy", "actors"), provides=("places",))
def resolve_places(doc: Document) -> Document:
    """Find toponyms in the parse and resolve them to gazetteer places."""
    if doc.spacy is None:
        return doc
    gazetteer = gz.load()
    mentions = _toponym_mentions(doc)
    blocked = _state_actor_spans(doc)
    context = _document_context(doc, mentions, gazetteer)
    places: dict[tuple, Place] = {}
    cued = pa.cued_names(doc.spacy, gazetteer)
    cued_at = [c.chars(doc.spacy) for c in cued]
    hosted, site_cued = ps.sites(doc.spacy, gazetteer)
    bounds = {id(c): c.chars(doc.spacy) for c in [*site_cued, *(h[0] for h in hosted)]}
    site_at = list(bounds.values())
    by_host = {bounds[id(c)]: c for c, _, inside in hosted if inside}
    mentions += [_Mention(*bounds[id(c)], c.name, True, False, host=host) for c, host, _ in hosted
                 if not any(m.start <= bounds[id(c)][0] and bounds[id(c)][1] <= m.end
                            for m in mentions)]
    actor_spans = [(s.start, s.end) for a in doc.actors for s in a.mentions]
    for m in mentions:
        m.town = pt.town_cue(doc.spacy, m.start, m.end)
        if (quarter := _quarter_of(m, places)) is not None:
            _add(places, quarter, doc.span(m.start, m.end))
            continue
        cand = _resolve_mention(m, context, gazetteer) or _district_seat(doc, m, gazetteer)
        if cand is None:
            if (unknown := _unknown_locative(doc, m, actor_spans, gazetteer)) is not None:
                cued.append(unknown)  # "civilians in Kishishe": at the area it lies in
            continue
        named_site = (m.start, m.end) in by_host or (
            not m.host and _overlaps(site_at, m.start, m.end))
        if named_site and ps.foreign_namesake(
                cand, m.host or _context_name(m.name, gazetteer), context):
            # (the name lends context by its known part, "Abbey" of "Abbey Gate": that
            # part's own reading is no support for itself)
            if (m.start, m.end) in by_host:
                site_cued.append(by_host[(m.start, m.end)])  # at the area the text gives
            continue  # "the Pearl Beach hotel" in Mogadishu is no town in Michigan
        if _overlaps(cued_at, m.start, m.end) and pa.unsupported_alias(
                cand, m.name, context, gazetteer):
            continue  # "the village of Banjska" is no alias of a town abroad
        qualified = gz.normalize(m.name) in context.qualifiers  # "Athens, Ga.": a place
        if (cand.feature in ("city", "other") and not m.country_ok and not qualified
                and not m.direction and _covers(blocked, m.start, m.end)):
            continue  # a capital or seat of power acting as a state ("the Kremlin said");
            # "eastern Tripoli" is a part of the city, never the state
        if cand.feature == "country" and m.direction:
            cand = pi.part_of_country(cand, m.direction, gazetteer)
        cand = psh.with_country(cand, context)  # "Lake Chad": the state of the story
        _add(places, cand, doc.span(m.start, m.end))
    taken = [(s.start, s.end) for p in places.values() for s in p.mentions]
    counts = [(p.country, len(p.mentions)) for p in places.values()
              if p.country and p.located_by == "gazetteer"]
    for start, end, cand in pi.implied_places(doc.spacy, counts, gazetteer):
        if not _overlaps(taken, start, end):
            _add(places, cand, doc.span(start, end))  # "the Somali capital", "the north"
    pa.add_cued(doc, cued + site_cued, places, gazetteer)
    _mistagged_people(doc, list(places.values()))
    _states_of_named_areas(doc, list(places.values()))
    _repeated_names(doc, list(places.values()))
    doc.places = list(places.values())
    return doc


def _quarter_of(m: _Mention, places: dict[tuple, Place]) -> gz.Candidate | None:
    """ "shelling near the Old City" in a story of Raqqa: a city's historic quarter, at the
    last city the text placed before it. None for another name, or with no city before."""
    if gz.normalize(m.name) not in QUARTER_NAMES:
        return None
    last = max(((s.start, p) for p in places.values() if p.feature == "city"
                for s in p.mentions if s.end <= m.start), key=lambda sp: sp[0], default=None)
    if last is None:
        return None
    city = last[1]
    return gz.Candidate(geonames_id=None, name=m.name, feature="other", country=city.country,
                        admin1=city.admin1, lat=city.lat, lon=city.lon, population=0)


SEAT_WORD = re.compile(rf"\s+({'|'.join(gz.SEAT_WORDS)})\b", re.I)


def _district_seat(doc: Document, m: _Mention, gazetteer: gz.Gazetteer) -> gz.Candidate | None:
    """ "the Morozovsky district": an unknown name the word "district" follows, named by an
    adjective of the town that is its seat (Morozovsk): a place around that town."""
    word = SEAT_WORD.match(doc.text, m.end)
    seats = gazetteer.district_seat(f"{m.name} {word.group(1)}") if word else []
    return seats[0][0] if seats else None


def _unknown_locative(doc: Document, m: _Mention, actor_spans: list[tuple[int, int]],
                      gazetteer: gz.Gazetteer) -> pa.Cued | None:
    """A name the tagger calls a place and the text uses as one ("civilians in Kishishe",
    "fighting in Kishishe") that no gazetteer knows: a place to locate at its containing
    area (`places_approx`), like "the village of X". Not a name of an actor, a demonym,
    a name with lower-case or non-letter words, nor one the gazetteer knows in part."""
    if not m.country_ok or m.host or m.direction or _overlaps(actor_spans, m.start, m.end):
        return None
    words = m.name.split()
    if not 1 <= len(words) <= pa.NAME_REACH or not all(
            w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    key = gz.normalize(m.name)
    if key in gz.demonyms() or key in LANGUAGES or gazetteer.candidates(m.name) or (
            len(words) > 1 and _known_part(m.name, gazetteer)):
        return None
    span = doc.spacy.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span):
        return None
    return pa.Cued(span.start, span.end, m.name)


def _add(places: dict[tuple, Place], cand: gz.Candidate, span) -> None:
    """Record a mention of the place `cand` (one `Place` per distinct reading)."""
    key = (cand.geonames_id, cand.name, cand.lat, cand.lon)
    place = places.get(key)
    if place is None:
        place = Place(id=f"p{len(places) + 1}", name=cand.name, feature=cand.feature,
                      geonames_id=cand.geonames_id, country=cand.country,
                      admin1=cand.admin1, lat=cand.lat, lon=cand.lon)
        places[key] = place
    if all(s.start != span.start for s in place.mentions):
        place.mentions.append(span)


def _mistagged_people(doc: Document, places: list[Place]) -> None:
    """A "person" the tagger made of a town the story names as a place ("Krynky had been
    fully cleared", "Las Anod: civilians trapped ..." in a headline) is that place, and no
    actor: it is dropped, so that `_repeated_names` gives its mentions to the place."""
    towns = {doc.text[m.start:m.end] for p in places if p.feature in ("city", "other")
             for m in p.mentions}
    doc.actors = [a for a in doc.actors if not (
        a.kind == "person" and a.code is None and a.role is None and a.name in towns)]


def _states_of_named_areas(doc: Document, places: list[Place]) -> None:
    """ "The Niger state government": a country's name inside the name of an admin-1 area
    of another country (Niger state, Nigeria) names that area, so its government is the
    other country's; those mentions move to the actor of the area's country."""
    areas = [(m.start, m.end, p.country) for p in places if p.feature == "admin1" and p.country
             for m in p.mentions]
    if not areas:
        return
    for actor in list(doc.actors):
        if actor.kind != "state" or not actor.code:
            continue
        moved = {}
        for m in actor.mentions:
            host = next((c for s, e, c in areas if s <= m.start and m.end <= e
                         and c != actor.code and (s, e) != (m.start, m.end)), None)
            if host is not None:
                moved[m.start] = (m, host)
        if not moved:
            continue
        actor.mentions = [m for m in actor.mentions if m.start not in moved]
        for m, code in moved.values():
            owner = next((a for a in doc.actors if a.kind == "state" and a.code == code), None)
            if owner is None and (entry := load_lexicon().state(code)) is not None:
                owner = state_actor(doc, entry)
            if owner is not None:
                owner.mentions = sorted([*owner.mentions, m], key=lambda x: x.start)
        if not actor.mentions:
            doc.actors.remove(actor)


def _repeated_names(doc: Document, places: list[Place]) -> None:
    """One sense per story: a town or city found by its name elsewhere in the text is that
    place wherever the same name stands alone ("Myawaddy explained: ..." in a headline the
    tagger read as a person), unless an actor holds it ("Kyiv said"), it is a person's name
    or it runs on into a longer name ("Gaza City")."""
    text = doc.text
    taken = [(m.start, m.end) for p in places for m in p.mentions] + \
        [(m.start, m.end) for a in doc.actors for m in a.mentions]
    for place in places:
        if place.feature not in ("city", "other") or not place.mentions:
            continue
        names = {text[m.start:m.end] for m in place.mentions}
        for name in names:
            if not name[:1].isupper() or len(name) < 4:
                continue
            for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                start, end = hit.span()
                if _overlaps(taken, start, end) or _within_longer_name(doc, start, end):
                    continue
                place.mentions.append(doc.span(start, end))
                taken.append((start, end))
        place.mentions.sort(key=lambda m: m.start)


def _within_longer_name(doc: Document, start: int, end: int) -> bool:
    """Is start..end part of a person's name of several words or of a longer capitalised
    name ("Gaza City")?"""
    span = doc.spacy.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    sdoc, tok = span.doc, span[0]
    nxt = sdoc[span.end] if span.end < len(sdoc) else None
    prev = sdoc[span.start - 1] if span.start > 0 else None
    if tok.ent_type_ == "PERSON" and (tok.ent_iob_ == "I" or (
            nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I")):
        return True
    return any(t is not None and t.is_title and t.pos_ == "PROPN" for t in (
        nxt if nxt is not None and not nxt.is_sent_start else None,
        prev if not tok.is_sent_start else None))


def resolve_name(name: str, context: gz.Context | None = None, *,
                 country_ok: bool = True) -> gz.Candidate | None:
    """Resolve one toponym string as the step would (no parse needed).

    Handles "X region" forms and leading directions ("northern Crimea"); with
    `country_ok=False` country entries are not returned (non-locational use).
    """
    name = _clean_name(name)
    m = _Mention(0, len(name), name, country_ok, bool(_ADMIN_SUFFIX.search(name)))
    return _resolve_mention(m, context or gz.Context(), gz.load())


def _resolve_mention(m: _Mention, context: gz.Context, gazetteer: gz.Gazetteer):
    if m.host and not gazetteer.candidates(m.name):
        # a facility no gazetteer lists, in a town the text names: a place at the town
        host = next((c for _, c in gazetteer.rank(m.host, context)), None)
        if host is not None and host.feature != "country":
            return dataclasses.replace(host, geonames_id=None, name=m.name, feature="other")
    head, _, tail = m.name.partition(", ")
    if tail and not gazetteer.candidates(m.name):
        # "Paris, Texas" as one span: resolve Paris inside Texas
        area = _qualifier(head, tail, gazetteer)
        if area is not None:
            quals = {**context.qualifiers, gz.normalize(head): area}
            context = dataclasses.replace(context, qualifiers=quals)
            m = dataclasses.replace(m, name=head)
    ranked = gazetteer.rank(m.name, context)
    if not ranked and m.is_admin_form:
        ranked = gazetteer.rank(_ADMIN_SUFFIX.sub("", m.name), context)
    if not ranked:
        ranked = _rank_part(m.name, context, gazetteer)
    if m.country:
        # "Pakistan's Punjab province": the possessor or adjective names the country;
        # "Pakistan-administered Kashmir": the gazetteer may know "Pakistani Kashmir"
        ranked = [sc for sc in ranked if sc[1].country == m.country] or [
            sc for form in pf.country_forms(m.name, m.country)
            for sc in gazetteer.rank(form, context) if sc[1].country == m.country] or ranked
    if m.host and ranked:
        ranked = _in_host_country(m, ranked, context, gazetteer)
        if ranked and ranked[0][1].feature == "other" and ranked[0][1].geonames_id is None:
            return ranked[0][1]
    qualified = context.qualifiers.get(gz.normalize(m.name))
    if qualified and not any(c.country == qualified[0] for _, c in ranked):
        # "MUSHU, Nigeria" with no Mushu in Nigeria: the town lies in the area its
        # qualifier names, not in a namesake abroad (Muş, Turkey) (stop 29)
        area = _qualified_area(qualified, context, gazetteer)
        if area is not None:
            return dataclasses.replace(area, geonames_id=None, name=m.name, feature="other")
    if m.weak:
        ranked = [sc for sc in ranked if _supported(sc[1], m, context)]
    if m.fragment:  # ("Fata Borno", a camp in Darfur; but "Nazi Germany")
        ranked = _in_story_countries(ranked, m.name, context)
    if m.area:
        ranked = _in_described_area(m, ranked, context, gazetteer)
    if m.town:
        ranked = pt.prefer_town(ranked)
    bare_direction = gz.canonical_direction(m.name) is not None
    if ranked and all(c.feature in ("city", "other") and c.population < ALIAS_TOWN_MAX
                      and pa.unsupported_alias(c, m.name, context, gazetteer) for _, c in ranked):
        return None  # "Banjska" (Kosovo) is only an old name of Bulgaria's Bansko: a small
        # town read by an alternate name alone, outside the story's countries and unsupported
        # by its places, is none (a city's spellings, "Kryvyi Rih", stay read)
    for _, cand in ranked:
        if cand.feature == "country" and not m.country_ok and not m.direction:
            return None  # (but "northern Kosovo" is a part of the country, never a state)
        if bare_direction and not cand.curated and cand.country not in context.countries:
            continue  # "the South" of a Korean story is no region of Cameroon (a region
            # named by a bare direction needs its state among the story's actors)
        return _stray_hamlet(cand, m, context, gazetteer) \
            or _foreign_namesake(cand, m, context, gazetteer) or cand
    return None


def _qualified_area(qualifier: tuple[str, str], context: gz.Context,
                    gazetteer: gz.Gazetteer) -> gz.Candidate | None:
    """The admin-1 area or the country a "X, Y" qualifier names."""
    country, admin1 = qualifier
    if admin1:
        for _, cand in gazetteer.rank(admin1, context):
            if cand.feature == "admin1" and cand.country == country:
                return cand
    return gazetteer.country(country)


def _stray_hamlet(cand: gz.Candidate, m: _Mention, context: gz.Context,
                  gazetteer: gz.Gazetteer) -> gz.Candidate | None:
    """ "the edge of Yablonovo" in a story of Belgorod region, the gazetteer knowing only a
    hamlet of that name 5,000 km east: a hamlet far from every other place the story names
    is a namesake; the village lies in the story's own area, which it names outright (the
    area's point stands for it). None when that does not hold."""
    if cand.curated or cand.feature not in ("city", "other") \
            or cand.population >= STRAY_MAX_POP or not cand.country:
        return None
    key = gz.normalize(m.name)
    if not _far_from_story(cand, key, context, STRAY_KM):
        return None
    areas = sorted(((len(keys - {key}), admin1) for (country, admin1), keys
                    in context.named_areas.items() if country == cand.country
                    and keys - {key}), reverse=True)
    if not areas or len(areas) > 1 and areas[0][0] == areas[1][0]:
        return None
    return _at_area(areas[0][1], cand.country, m, context, gazetteer)


def _foreign_namesake(cand: gz.Candidate, m: _Mention, context: gz.Context,
                      gazetteer: gz.Gazetteer) -> gz.Candidate | None:
    """ "The nearby village of Welingara" in a story of Mali's Mopti region, the gazetteer
    knowing only a Gambian town of that name: a town in a country no other name of the
    story lies in, far from all of them, is a namesake; the village lies in the one admin-1
    area the story names outright (the area's point stands for it). None when that does
    not hold."""
    if cand.curated or cand.feature not in ("city", "other") \
            or cand.population >= FOREIGN_MAX_POP or not cand.country \
            or cand.country in context.countries:
        return None
    key = gz.normalize(m.name)
    if context.country_evidence(cand.country, key) >= FOREIGN_MAX_SUPPORT:
        return None
    if not _far_from_story(cand, key, context, FOREIGN_KM):
        return None
    areas = [(country, admin1) for (country, admin1), keys in context.named_areas.items()
             if keys - {key} and context.country_evidence(country, key) >= 1.0]
    if len(areas) != 1:
        return None
    country, admin1 = areas[0]
    return _at_area(admin1, country, m, context, gazetteer)


def _far_from_story(cand: gz.Candidate, key: str, context: gz.Context, km: float) -> bool:
    """Does the reading lie at least `km` from every other anchored place of the story (two
    at least)?"""
    others = [(lat, lon) for lat, lon, k in context.anchors if k != key]
    return len(others) >= 2 and min(gz.haversine_km(cand.lat, cand.lon, lat, lon)
                                    for lat, lon in others) >= km


def _at_area(admin1: str, country: str, m: _Mention, context: gz.Context,
             gazetteer: gz.Gazetteer) -> gz.Candidate | None:
    """A place named as `m` at the point of the admin-1 area `admin1` of `country` (the
    area stands for a village the gazetteer lacks), or None if the area is unknown."""
    area = next((c for _, c in gazetteer.rank(admin1, context, features=("admin1",))
                 if c.country == country), None)
    if area is None:
        return None
    return dataclasses.replace(area, geonames_id=None, name=m.name, feature="other")


def _in_host_country(m: _Mention, ranked: list, context: gz.Context,
                     gazetteer: gz.Gazetteer) -> list:
    """ "Argyle airport in St Vincent and the Grenadines", "Mera village in Kebbi state": a
    facility or settlement the text puts in a country or a first-level area lies there.
    Readings of its name elsewhere are namesakes; with none inside, the area's point, or a
    small country's, stands for it (a large country's would be too far), else nothing."""
    host = next((c for _, c in gazetteer.rank(m.host, context)), None)
    if host is None or host.feature not in ("country", "admin1") or not host.country:
        return ranked
    inside = [sc for sc in ranked if sc[1].country == host.country]
    if inside:
        return inside
    if host.feature == "admin1" or pa.small_country(host.country, gazetteer, host.lat,
                                                    host.lon):
        # ("Mera village in Kebbi state", the gazetteer knowing only India's Mera: at Kebbi)
        return [(0.0, dataclasses.replace(host, geonames_id=None, name=m.name, feature="other"))]
    return []


def _in_described_area(m: _Mention, ranked: list, context: gz.Context,
                       gazetteer: gz.Gazetteer) -> list:
    """ "Maga, a town in Kebbi state": the readings of the name inside the area's country;
    with none, a place of that name at the area's point (the gazetteer lacks the town, the
    text says where it is) unless the area is a whole country."""
    area = next((c for _, c in gazetteer.rank(m.area, context)), None)
    if area is None or not area.country:
        return ranked
    inside = [sc for sc in ranked if sc[1].country == area.country]
    if inside or area.feature == "country":
        return inside
    return [(0.0, dataclasses.replace(area, geonames_id=None, name=m.name, feature="other"))]


def _supported(cand: gz.Candidate, m: _Mention, context: gz.Context) -> bool:
    """A weak mention ("it overran Goma", "the Natanz plant", tagged as no place by the
    model) is kept when the place is curated, large, or lies in a country the rest of
    the document is about."""
    if cand.curated or cand.population >= WEAK_MIN_POPULATION:
        return True
    return bool(cand.country) and context.country_evidence(
        cand.country, gz.normalize(m.name)) >= WEAK_MIN_SUPPORT


def _rank_part(name: str, context: gz.Context, gazetteer: gz.Gazetteer):
    """For an unknown multi-word name ("Dubai World Cup", "Zamzam displacement camp"),
    the longest capitalised run of words inside it that the gazetteer knows; for
    "Bank of Mexico" the part after "of" first. Street names ("Wichita Street") are
    not in the place they are named after: none."""
    part = _known_part(name, gazetteer)
    if part is None:
        return []
    ranked = [(s, c) for s, c in gazetteer.rank(part, context) if _part_ok(part, c)]
    if pf.physical_name(name):
        # "Gulf of Oman", "Lake Victoria": another place than the one named inside,
        # kept only near a country the document is about ("Kakhovka Reservoir")
        ranked = [(s, c) for s, c in ranked if c.country and c.feature != "country"
                  and context.country_evidence(c.country, gz.normalize(name)) >= 1.0]
    words = name.split()
    n = len(part.split())
    at = next((i for i in range(len(words) - n + 1) if " ".join(words[i:i + n]) == part), 0)
    if n == 1 and len(part) <= 4 and _another_name(words, at, at + n):
        # "Ben" of "Ben Gurion airport", "Ras" of "Ras Isa": a short particle of another
        # name, kept only in a country the document is already about
        known = set(context.countries)
        ranked = [(s, c) for s, c in ranked if c.country in known]
    elif n == 1 and at > 0 and words[at - 1].lower() in NAMED_AFTER:
        # "Camp Speicher", "Fort Bliss" (named after someone): the place of that name only
        # in a country the story's other names are in
        ranked = _in_story_countries(ranked, name, context)
    return ranked


def _in_story_countries(ranked: list, name: str, context: gz.Context) -> list:
    """The readings of `name` in a country the story's other names (or actors) are in,
    and countries themselves: for a word that may belong to another name."""
    key = gz.normalize(name)
    return [(s, c) for s, c in ranked if c.feature == "country" or c.country
            and context.country_evidence(c.country, key) >= 1.0]


def _part_ok(part: str, cand: gz.Candidate) -> bool:
    # "Henderson County Jail" lies in Henderson County; a bare "Henderson" is a town
    return cand.feature != "admin2" or part.split()[-1].lower() in ADMIN_WORDS


def _known_part(name: str, gazetteer: gz.Gazetteer) -> str | None:
    """The part of an unknown multi-word name that `_rank_part` resolves, or None."""
    words = name.split()
    if len(words) > 1 and words[-1].lower().rstrip(".") in STREET_WORDS:
        return None
    if " of " in name:
        tail = name.rsplit(" of ", 1)[1]
        if tail[:1].isupper() and any(_part_ok(tail, c) for c in gazetteer.lookup(tail)):
            return tail
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            part = words[i:i + size]
            if not all(w[:1].isupper() for w in part) or part[0].lower() in _GENERIC:
                continue
            text = " ".join(part)
            if any(_part_ok(text, c) for c in gazetteer.lookup(text)):
                return text
    return None


#: languages the tagger may take for places ("a statement in Kiswahili")
LANGUAGES = frozenset("""kiswahili swahili hausa amharic tigrinya pashto dari urdu farsi
hindi lingala oromo kinyarwanda kirundi bambara wolof fula fulfulde""".split())


#: words before a name that make a site named after someone, not after a place ("Camp
#: Speicher", "Fort Bliss"): the site does not lie in a place of that name
NAMED_AFTER = frozenset({"camp", "fort"})

#: words that name what a place holds, so "X Airport", "X County Jail" lie in X
HOLDINGS = frozenset("""airport airbase base camp terminal port harbour harbor jail prison
university college hospital stadium school county district province region city town village
international world cup center centre bridge dam river lake valley mountain mountains hill
heights plain desert forest field fields station market square tower refinery plant""".split())


#: a word of an Arabic name written with its article ("al-Nourah", "el-Fasher", "ash-Sham"):
#: part of a name although lower-case
ARTICLE_WORD = re.compile(r"^(?:al|el|ad|ag|an|ar|as|ash|at|az|ed|en|er|es|et|ez)[-‑][A-Z]",
                          re.IGNORECASE)


def _another_name(words: list[str], start: int, end: int) -> bool:
    """A capitalised word right next to the part that names no holding: the part is a
    fragment of another name ("Ben" of "Ben Gurion airport", "Debre" of "Debre Markos")."""
    near = [words[j] for j in (start - 1, end) if 0 <= j < len(words)]
    return any(w[:1].isupper() and w.isalpha() and w.lower() not in HOLDINGS | _GENERIC
               or ARTICLE_WORD.match(w) is not None for w in near)


def _clean_name(text: str) -> str:
    text = re.sub(r"^(the)\s+", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"['’]s$", "", text)
    if gz.load().candidates(text):
        return text  # "Northern Ireland", "South Sudan": the direction is part of the name
    words = text.split()
    while len(words) > 1 and words[0].lower() in DIRECTIONS:
        words = words[1:]
    return " ".join(words)


def _toponym_mentions(doc: Document) -> list[_Mention]:
    """Normalised toponym spans from the parse (see the module docstring)."""
    sdoc = doc.spacy
    demonyms = gz.demonyms()
    out: list[_Mention] = []
    read_to = 0  # "Gulf of Finland": the entity "Finland" is read with "Gulf"
    for ent in sdoc.ents:
        if ent.label_ not in TOPONYM_LABELS or ent.start < read_to:
            continue
        start_tok, end_tok = ent.start, ent.end
        # "New" + "London": the ruler tagged the shorter name inside a longer place name
        fragment = False
        if start_tok > 0 and pf.joins_left(sdoc[start_tok - 1], ent.text):
            start_tok -= 1
        elif start_tok > 0 and pf.unknown_first_word(sdoc[start_tok - 1], ent):
            fragment = True  # "Fata" + "Borno": the tagged word ends a longer name
        elif start_tok > 1 and pf.joined_by_particle(sdoc, start_tok, end_tok):
            start_tok -= 2  # "Mocimboa da" + "Praia": not the capital of Cape Verde
        # "the", "northern": not part of the place's name
        direction = None
        dir_start = None  # first token of the direction ("north" of "north-eastern")
        while end_tok - start_tok > 1 and (sdoc[start_tok].lower_ in DIRECTIONS
                                           or sdoc[start_tok].lower_ in ("the", "-")):
            if sdoc[start_tok].lower_ in DIRECTIONS:
                direction = _direction_at(sdoc, start_tok)
                dir_start = start_tok if dir_start is None else dir_start
            start_tok += 1
        if direction is None and start_tok > 0 and sdoc[start_tok - 1].lower_ in DIRECTIONS:
            direction = _direction_at(sdoc, start_tok - 1)  # "in central Mali": outside
            dir_start = start_tok - 1 - (2 if "-" in direction else 0)
        if direction is None and (compass := pt.compass_before(sdoc, start_tok)):
            direction, dir_start = compass  # "north-east Nigeria"
        if direction is None:
            direction = _direction_of_part(sdoc, start_tok)  # "the western coast of Yemen"
        # possessive inside the entity ("Russia's Kursk region"): keep what follows
        office = False
        for i in range(start_tok, end_tok - 1):
            if gz.load().candidates(sdoc[start_tok:end_tok].text):
                break  # "Syria's coast": a curated region
            if sdoc[i].tag_ == "POS" or sdoc[i].lower_ in ("'s", "’s"):
                if i > start_tok and sdoc[i - 1].lower_ in OFFICE_HOLDERS:
                    office = True  # "the Guernsey County Sheriff's Office": no place
                    break  # (the county in it lends context, see places_embedded)
                start_tok = i + 1
        if office:
            continue
        # "Ben Gurion" + "airport", "Litani" + "river": a longer name the gazetteer knows
        end_tok = _name_end(sdoc, start_tok, end_tok)
        # "Gulf" + "of Finland", "Syria" + "'s coast": a longer name the gazetteer knows
        end_tok = pf.of_name_end(sdoc, start_tok, end_tok, gz.load())
        end_tok = pf.possessive_end(sdoc, start_tok, end_tok, gz.load())
        read_to = max(read_to, end_tok)
        if end_tok - start_tok >= 1 and sdoc[end_tok - 1].tag_ == "POS":
            end_tok -= 1
        # "Kursk" + "region" -> one admin-1 place
        if end_tok < len(sdoc) and sdoc[end_tok].lower_ in ADMIN_WORDS and not (
                end_tok + 1 < len(sdoc) and (sdoc[end_tok + 1].lower_ == "of"
                                             or sdoc[end_tok + 1].text[:1].isupper())):
            end_tok += 1  # but not "U.S. District Court", "Georgia State University"
        if end_tok <= start_tok:
            continue
        span = sdoc[start_tok:end_tok]
        text = span.text
        if gz.normalize(text) in demonyms or gz.demonym_place(text) is not None:
            continue
        if not any(ch.isupper() for ch in text):
            continue  # "to the east": a direction, not a name
        if direction is not None and any(c.curated for c, _ in gz.load().candidates(
                f"{direction} {text}")):
            # "eastern Congo" (the Kivus), "northern Gaza": a region known under that name
            span = sdoc[dir_start:end_tok]
            text, direction = f"{direction} {text}", None
        poss = pf.possessive_direction(sdoc, end_tok) if direction is None else None
        if poss is not None and _country_code(text):
            # "Nigeria's north-east", "Syria's northwest": a part of the country
            last = sdoc[poss[1] - 1]
            out.append(_Mention(span.start_char, last.idx + len(last), text, country_ok=True,
                                is_admin_form=False, direction=poss[0]))
            read_to = max(read_to, poss[1])
            continue
        is_admin = sdoc[end_tok - 1].lower_ in ADMIN_WORDS
        name = text
        plural = None if is_admin else pf.plural_admin_word(span)
        if plural is not None:
            # "the Ivanovo, Ryazan and Amur regions": each conjunct is a region
            name, is_admin = f"{text} {plural}", True
        out.append(_Mention(span.start_char, span.end_char, name,
                            country_ok=_locational(ent), is_admin_form=is_admin,
                            direction=direction, country=_owner_country(sdoc, start_tok),
                            host=host_name(sdoc, start_tok, end_tok),
                            area=described_area(sdoc, end_tok), fragment=fragment))
    return out + _proposed_mentions(sdoc, out)


def _direction_at(sdoc, i: int) -> str:
    """The direction word at token `i`, joined with a hyphenated first half before it
    ("north-eastern" is tokenised "north", "-", "eastern")."""
    word = sdoc[i].lower_
    if i >= 2 and sdoc[i - 1].text == "-" and not sdoc[i - 2].whitespace_ \
            and not sdoc[i - 1].whitespace_ and sdoc[i - 2].lower_ in ("north", "south"):
        return f"{sdoc[i - 2].lower_}-{word}"
    return word


def _direction_of_part(sdoc, start: int) -> str | None:
    """The direction of "the western coast of X", "the northern part of X" (a part of X
    named by a direction word and a noun of parts before "of"), or None."""
    if start < 3 or sdoc[start - 1].lower_ != "of" or sdoc[start - 2].lower_ not in PART_NOUNS:
        return None
    i = start - 3
    return _direction_at(sdoc, i) if sdoc[i].lower_ in DIRECTIONS else None


def _name_end(sdoc, start: int, end: int) -> int:
    """End of the name starting at `start`: extended over up to two lower-case words when
    the longer form is a name the gazetteer knows ("the Crimean peninsula")."""
    gazetteer = gz.load()
    for extra in (2, 1):
        stop = end + extra
        if stop > len(sdoc) or sdoc[stop - 1].lower_ not in NAME_NOUNS or any(
                not t.is_alpha for t in sdoc[end:stop]):
            continue
        if gazetteer.candidates(sdoc[start:stop].text):
            return stop
    return end


def _owner_country(sdoc, start: int) -> str | None:
    """The country a possessor or adjective right before a toponym names: "Pakistan's
    Punjab", "Pakistani Punjab", "Indian-administered Kashmir" -> its ISO alpha-3."""
    i = start - 1
    if i >= 0 and sdoc[i].lower_ in ("the",):
        i -= 1
    if i >= 2 and sdoc[i].lower_ in CONTROL_WORDS and sdoc[i - 1].text in ("-", "–"):
        i -= 2
    if i < 0:
        return None
    if sdoc[i].tag_ == "POS" or sdoc[i].lower_ in ("'s", "’s"):
        i -= 1
    end = i + 1
    begin = end
    while begin > 0 and end - begin < 3 and (sdoc[begin - 1].text[:1].isupper()
                                              or sdoc[begin - 1].text == "."):
        begin -= 1
    for b in range(begin, end):
        code = _country_code(sdoc[b:end].text)
        if code:
            return code
    return None


def _country_code(text: str) -> str | None:
    """ISO alpha-3 of a country name ("Pakistan", "the U.S.") or adjective ("Pakistani")."""
    demonym = gz.demonym_place(text)
    if demonym is not None:
        return demonym.country if demonym.feature == "country" else None
    for cand, primary in gz.load().candidates(text):
        if cand.feature == "country" and primary:
            return cand.country
    return None


# lower-case words that describe a place before its name ("the regional capital Dori")
DESCRIBING = frozenset("""regional provincial district state capital town city village port
border nearby neighbouring neighboring frontline front-line garrison market mining small
key strategic besieged""".split())


def _proposed_mentions(sdoc, found: list[_Mention]) -> list[_Mention]:
    """Toponyms the model missed: a capitalised run of words right after a locative
    preposition ("in Grapeland", "near Gori") or before ", <admin-1 area or country>"
    ("Meadow Grove, Neb."), proposed when the gazetteer knows the run by its main name.

    Runs inside a longer entity ("the Ohio Police Department") and stop-listed words
    (months, titles, generic words) are left alone."""
    gazetteer = gz.load()
    taken = [(m.start, m.end) for m in found]
    ents = [_trimmed(e) for e in sdoc.ents]
    out: list[_Mention] = []
    for i, tok in enumerate(sdoc):
        if tok.lower_ not in PROPOSE_PREPS and not (
                tok.lower_ == "to" and tok.head.lemma_.lower() in MOTION_WORDS):
            continue
        start = i + 1
        while start < len(sdoc) and (sdoc[start].lower_ in DIRECTIONS | {"the"}
                                     or sdoc[start].text in DESCRIBING):
            start += 1  # ("to the regional capital Dori", "near the border town Djibo")
        end = start
        while end < len(sdoc) and end - start < 4 and _capitalised(sdoc[end]):
            end += 1
        if end == start:
            continue
        # runs stop at a comma ("in Meadow Grove, Neb."); a longer run is a title
        if end < len(sdoc) and sdoc[end].is_title and sdoc[end].pos_ == "PROPN":
            continue  # the run goes on past the length limit: a title, not a place
        if any(s < end and start < e and (s < start or e > end) for s, e in ents):
            continue  # part of a longer entity
        out.extend(_propose(sdoc, start, end, taken, gazetteer))
    out.extend(_syntactic_mentions(sdoc, found + out, taken, gazetteer))
    countries = pf.named_countries([m.name for m in found + out], gazetteer)
    for start, end in pf.mistagged_spans(sdoc, gazetteer, countries):
        # "Bukavu" tagged as a person: a large or curated place of a conflict country
        out.extend(_propose(sdoc, start, end, taken, gazetteer, weak=True))
    # a dateline: "KYIV, Dec 23 (Wire) -", "SEOUL (Wire) -" opening a paragraph
    for i, tok in enumerate(sdoc):
        if not (i == 0 or "\n" in sdoc[i - 1].text_with_ws) or not tok.is_upper \
                or not tok.is_alpha:
            continue
        end = i
        while end < len(sdoc) and end - i < 5 and (
                (sdoc[end].is_upper and sdoc[end].is_alpha) or (
                sdoc[end].text == "-" and end + 1 < len(sdoc) and sdoc[end + 1].is_upper)):
            end += 1  # "DEIR AL-BALAH, Gaza Strip"
        runs = [(i, end)]
        while end + 1 < len(sdoc) and sdoc[end].text == "/" and sdoc[end + 1].is_upper \
                and sdoc[end + 1].is_alpha and len(runs) < 3:
            start = end = end + 1  # "BAMAKO/DAKAR, 25 March 2019 -": datelined in both
            while end < len(sdoc) and end - start < 5 and sdoc[end].is_upper \
                    and sdoc[end].is_alpha:
                end += 1
            runs.append((start, end))
        if end < len(sdoc) and sdoc[end].text in (",", "(", "-", "–", "—"):
            for start, stop in runs:
                out.extend(_propose(sdoc, start, stop, taken, gazetteer, qualified=True))
    # "Grapeland, Texas": X before ", Y" with Y an area that holds a place called X
    for i, tok in enumerate(sdoc):
        if tok.text != "," or i == 0 or i + 1 >= len(sdoc):
            continue
        end = i
        start = end
        while start > 0 and end - start < 3 and _capitalised(sdoc[start - 1]):
            start -= 1
        if start == end or any(s < end and start < e and (s < start or e > end)
                               for s, e in ents):
            continue
        q_end = i + 1
        while q_end < len(sdoc) and q_end - i <= 3 and _capitalised(sdoc[q_end]):
            q_end += 1
        if q_end == i + 1:
            continue
        head, tail = sdoc[start:end].text, sdoc[i + 1:q_end].text
        if _qualifier(head.title() if head.isupper() else head, tail, gazetteer) is None:
            continue
        out.extend(_propose(sdoc, start, end, taken, gazetteer, qualified=True))
        out.extend(_propose(sdoc, i + 1, q_end, taken, gazetteer, qualified=True))
    return out


def _trimmed(ent) -> tuple[int, int]:
    """Token bounds of an entity without the line breaks the model sometimes adds
    ("Nasir" + "\\n\\n" tagged as one name)."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].is_space:
        end -= 1
    return ent.start, end


def _syntactic_mentions(sdoc, found: list[_Mention], taken: list[tuple[int, int]],
                        gazetteer: gz.Gazetteer) -> list[_Mention]:
    """Names the model missed, placed by the syntax: "most of Goma", "the outskirts of
    Ann" (a place's part); a name coordinated with a place already found ("Bahawalpur
    and Muridke"); "the capital Khartoum"; "it overran Goma" (object of a verb that
    takes places); "the Natanz plant", "the Poonch district" (a name before a noun that
    places hold); "the Crimean peninsula" (a name and a lower-case noun the gazetteer
    knows together). Names the model tagged as no toponym are weak (see `_supported`)."""
    out: list[_Mention] = []
    for _ in range(2):  # coordinated names chain: "A, B and C"
        found_at = {t.i for m in [*found, *out] for t in
                    sdoc.char_span(m.start, m.end, alignment_mode="expand") or []}
        for tok in sdoc:
            if tok.i in found_at:
                continue
            if tok.lower_ in NAME_NOUNS and tok.i > 0 and _capitalised(sdoc[tok.i - 1]):
                start = _run_start(sdoc, tok.i - 1)
                while start < tok.i and sdoc[start].lower_ == "the":
                    start += 1  # "The coast guard", "The camp was": no name before the noun
                if start < tok.i and gazetteer.candidates(sdoc[start:tok.i + 1].text):
                    out.extend(_propose(sdoc, start, tok.i + 1, taken, gazetteer,
                                        qualified=True))
                continue
            if not _capitalised(tok):
                continue
            head = tok.head
            of_part = tok.dep_ == "pobj" and head.lower_ == "of" and \
                head.head.lemma_.lower() in PLACE_PARTS | PLACE_KINDS
            near = [c for c in tok.children if c.dep_ == "conj"] + (
                [head] if tok.dep_ == "conj" else [])
            coordinated = any(n.i in found_at for n in near)
            named = (tok.dep_ in ("appos", "npadvmod") and head.lemma_.lower() in PLACE_KINDS
                     ) or any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_KINDS
                              for c in tok.children)  # "Goma, the largest city in ..."
            verb_object = tok.dep_ == "dobj" and head.pos_ == "VERB" and (
                head.lemma_.lower() in PLACE_VERBS or head.lower_ in PLACE_VERBS)
            holder = (tok.dep_ in ("compound", "amod", "nmod") and head.i > tok.i
                      and head.lemma_.lower() in HOLDING_HEADS and not head.is_title)
            if not (of_part or coordinated or named or verb_object or holder):
                continue
            start, end = _run_start(sdoc, tok.i), tok.i + 1
            while end < len(sdoc) and end - start < 4 and _capitalised(sdoc[end]) and \
                    sdoc[end].pos_ == "PROPN" and sdoc[end].ent_type_ not in ("DATE", "TIME"):
                end += 1  # "Oleshky and Hola Prystan": the name goes on past the parse's word
            if end < len(sdoc) and sdoc[end].like_num and sdoc[end].head.i == tok.i:
                end += 1  # "Tower 22"
            if holder and head.i == end and head.lower_ in ADMIN_WORDS:
                end += 1  # "the Poonch district": an admin-area form
            weak = (verb_object or holder) and tok.ent_type_ not in TOPONYM_LABELS
            out.extend(_propose(sdoc, start, end, taken, gazetteer, weak=weak))
    return out


def _run_start(sdoc, i: int) -> int:
    """First token of the capitalised run that ends at token `i` ("Kyauk Ni Maw")."""
    start = i
    while start > 0 and i - start < 4 and sdoc[start - 1].head.i <= i and \
            sdoc[start - 1].head.i >= start - 1:
        prev = sdoc[start - 1]
        if _capitalised(prev) or (prev.text == "-" and not prev.whitespace_ and start > 1
                                  and _capitalised(sdoc[start - 2])):
            start -= 1  # "Pétion-Ville": a hyphen inside the name
        elif prev.text == "-" and not prev.whitespace_ and start > 1 and pf.article(
                sdoc[start - 2]):
            start -= 2  # "al-Bayda", "Deir al-Balah"
        else:
            break
    return start


def _capitalised(tok) -> bool:
    text = tok.text
    if pf.article_name(text):
        return True  # "al-Bayda"
    return (text[:1].isupper() and (tok.is_alpha or text.rstrip(".").replace(".", "")
                                     .replace("-", "").isalpha()) and tok.tag_ != "POS")


def _propose(sdoc, start: int, end: int, taken: list[tuple[int, int]],
             gazetteer: gz.Gazetteer, *, qualified: bool = False,
             weak: bool = False) -> list[_Mention]:
    span = sdoc[start:end]
    if any(s < span.end_char and span.start_char < e for s, e in taken):
        return []
    text = span.text
    name = text.title() if text.isupper() and len(text) > 3 else text
    words = name.split()
    if (words[0].lower() in pf.PROPOSE_STOP or (len(words) == 1 and words[0].lower() in
                                                   _GENERIC)
            or words[-1].lower().rstrip(".") in STREET_WORDS
            or gz.normalize(name) in gz.demonyms() or gz.demonym_place(name) is not None):
        return []
    cands = gazetteer.candidates(name)
    if not cands and words[-1].lower() in ADMIN_WORDS and len(words) > 1:
        cands = gazetteer.candidates(" ".join(words[:-1]))
    area = described_area(sdoc, end)  # "Fambita, a village in Tillaberi": a place
    if not cands and not area:
        return []
    weak = weak and not area
    if cands and not (qualified or weak or area) and not any(
            primary or c.curated for c, primary in cands):
        # an alternate name only ("Saraqeb" of Saraqib, "Kryvyi Rih" of Kryvyy Rih):
        # kept when the document supports the place (see `_supported`)
        weak = True
    taken.append((span.start_char, span.end_char))
    return [_Mention(span.start_char, span.end_char, name, country_ok=True,
                     is_admin_form=words[-1].lower() in ADMIN_WORDS,
                     country=_owner_country(sdoc, start), weak=weak, area=area,
                     host=host_name(sdoc, start, end))]


BORDER_WORDS = frozenset({"border", "frontier", "boundary"})


def _border_shared(verb) -> bool:
    """Is what `verb` ("share") shares a border: its object, or the noun its relative clause
    describes ("the border zone that Burkina Faso shares")?"""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl":
        objs.append(verb.head)
    return any(t.lemma_.lower() in BORDER_WORDS for o in objs for t in (o, *o.children))


def _locational(ent) -> bool:
    """Is this entity used as a location (object of a locative preposition)?"""
    root = ent.root
    # "in southern Russia": the preposition governs the entity root
    head = root.head
    if root.dep_ in ("pobj", "pcomp") and head.lower_ in LOCATIVE_PREPS:
        return True
    # "in Ukraine and Russia": a later conjunct reads as the first ("with Mali and Niger"
    # below too)
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first is not root and first.dep_ == "pobj" and first.head.lower_ in LOCATIVE_PREPS:
        return True
    # "it overran Goma", "the war ravaging Sudan": the object of a verb that takes places
    if root.dep_ in ("dobj", "nsubjpass") and (head.lemma_.lower() in PLACE_VERBS
                                              or head.lower_ in PLACE_VERBS):
        return True  # (and its passive: "Bamako had been spared", "Kharkiv was shelled")
    # "air strikes on Yemen", "the border with Burkina Faso"
    if root.dep_ == "pobj" and head.i > 0:
        before = {head.head.lemma_.lower(), ent.doc[head.i - 1].lemma_.lower()}
        if (head.lower_ in ("on", "against") and before & ATTACK_NOUNS) or (
                head.lower_ == "with" and "border" in before):
            return True
    # "Burkina Faso shares a border with Mali", "the border zone that Niger shares with
    # Mali": the states a border runs between
    if first.dep_ == "nsubj" and first.head.lemma_.lower() == "share" and \
            _border_shared(first.head) or first.dep_ == "pobj" and first.head.lower_ == "with" \
            and (first.head.head.lemma_.lower() in BORDER_WORDS
                 or first.head.head.lemma_.lower() == "share" and _border_shared(first.head.head)):
        return True
    # "the capital Khartoum", "85 percent of Port-au-Prince", "most of Goma"
    if root.dep_ in ("appos", "npadvmod") and head.lemma_.lower() in PLACE_KINDS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_PARTS:
        return True
    # "pushed out of Port-au-Prince", "20 km north of Kyiv"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.i > 0 and (
            ent.doc[head.i - 1].lower_ in OF_LOCATIVES):
        return True
    # "the capital, Port-au-Prince" (whatever the parser attached the name to)
    if ent.start > 1 and ent.doc[ent.start - 1].text == "," and (
            ent.doc[ent.start - 2].lemma_.lower() in PLACE_KINDS):
        return True
    # "Beirut's southern suburbs", "Kyiv's outskirts": a place's own parts
    if root.dep_ == "poss" and root.head.lemma_.lower() in PLACE_PARTS and not any(
            c.pos_ == "PROPN" and c.dep_ != "conj" for c in root.head.children if c.i != root.i):
        return True  # (but "Russia's Kursk region" only names whose region it is)
    # "from Russia to Ukraine", "into Ukraine": prep right before the span
    if root.dep_ in ("poss", "compound", "amod", "nmod") or (
            ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"):
        return False  # "in Russia's Kursk region": Russia only qualifies the place
    start = ent.start
    while start > 0 and ent.doc[start - 1].lower_ in DIRECTIONS | {"the"}:
        start -= 1
    return start > 0 and ent.doc[start - 1].lower_ in LOCATIVE_PREPS


def _state_actor_spans(doc: Document) -> list[tuple[int, int]]:
    return [(s.start, s.end) for a in doc.actors if a.kind == "state" for s in a.mentions]


def _covers(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does one of `spans` cover the whole of start..end?"""
    return any(s <= start and end <= e for s, e in spans)


def _context_name(name: str, gazetteer: gz.Gazetteer) -> str:
    """The form of a toponym that lends context: the known part of an unknown name
    ("Henderson County Jail" -> "Henderson County"), the town a street is named after
    ("Lancaster Avenue" -> "Lancaster": local roads are named after the towns they lead
    to, so they say which of a name's namesakes is near), else the name itself. "City of
    Norfolk" lends as "Norfolk": one town under two names is no second witness of where
    the document is."""
    short = pf.municipal_name(name)
    if short and gazetteer.candidates(short):
        return short
    if gazetteer.candidates(name) or len(name.split()) < 2 or _ADMIN_SUFFIX.search(name):
        return name
    words = name.split()
    if words[-1].lower().rstrip(".") in STREET_WORDS:
        # "Lancaster Avenue", "Dublin Road": roads are named after the towns they lead to
        head = " ".join(words[:-1])
        if any(primary and c.feature == "city" for c, primary in gazetteer.candidates(head)):
            return head
    return _known_part(name, gazetteer) or name


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def document_context(doc: Document, *, extra: Iterable[str] = ()) -> gz.Context:
    """Countries and admin-1 areas a parsed document is about (for resolving its names);
    `extra` adds toponym strings found by other means."""
    return _document_context(doc, _toponym_mentions(doc), gz.load(), extra=extra)


def _document_context(doc: Document, mentions: list[_Mention], gazetteer: gz.Gazetteer,
                      *, extra: Iterable[str] = ()) -> gz.Context:
    """Countries, admin-1 areas and anchor points of the document."""
    names = [_context_name(m.name, gazetteer) for m in mentions]
    names += [_context_name(_clean_name(e), gazetteer) for e in extra]
    names += embedded_names(doc.spacy, [(m.start, m.end) for m in mentions], gazetteer)
    spans = [(m.start, m.end) for m in mentions]
    # a state actor named only by a toponym ("Paris said", read as France) adds no
    # certain country: the toponym already lends its own, weighed by how ambiguous it is
    codes = [a.code for a in doc.actors if a.kind == "state" and a.code
             and not all(_overlaps(spans, s.start, s.end) for s in a.mentions)]
    return gz.build_context(gazetteer, names, countries=codes,
                            qualifiers=_qualifiers(doc.text, mentions, gazetteer))
