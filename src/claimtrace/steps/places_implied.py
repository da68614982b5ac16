"""Places a text names by their relation to a country instead of by a name.

- "the Somali capital", "the North Korean capital", "Yemen's capital": the capital city of
  the country the adjective or possessor names (a demonym or a country's name before
  "capital", with no "of" after it: "the capital of South Kivu" is a provincial one);
- "in the northeast", "bandit gangs from the north-west", "the southwest had": a compass
  word standing as a noun, with no "of" or noun after it, is the part of the country the
  story is about (the country most of its places lie in, when one leads), the same part
  "north-eastern Nigeria" would be (`part_of_country`).

A compass word after "to/towards" ("30 km to the north") is a bearing, not a part, and a
capitalised one ("the West") a political bloc; neither is read. Capital letters never start
such a part ("the East region" is a name the gazetteer step reads).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from .. import gazetteer as gz

#: compass words that can stand as a noun for a part of a country
COMPASS = frozenset("""north south east west northeast northwest southeast southwest
north-east north-west south-east south-west""".split())
#: words before "the" that make a compass word a bearing, not a part
BEARING_PREPS = frozenset("to towards toward due".split())
#: parts of speech after a compass word that make it a modifier ("the north bank")
MODIFIED_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
#: how far ahead an "of" still attaches to the compass word ("the north and east of X")
OF_REACH = 3
#: words after "capital" that make it money or a modifier, not the city
NOT_CITY_AFTER = frozenset("""markets market flight flows flow spending investment
controls goods gains expenditure""".split())


def implied_places(sdoc, countries: Iterable[tuple[str, int]],
                   gazetteer: gz.Gazetteer) -> list[tuple[int, int, gz.Candidate]]:
    """(start char, end char, place) of each capital named by its country and each part
    of the story's country named by a compass word alone. `countries` are (ISO alpha-3,
    number of place mentions) of the places already found."""
    out = list(_capitals(sdoc))
    home = _home_country(countries)
    for start, end, direction in _compass_parts(sdoc):
        country = _sentence_country(sdoc, start) or home
        if country is not None and (cand := _part(country, direction, gazetteer)) is not None:
            out.append((start, end, cand))
    return out


def _sentence_country(sdoc, start: int) -> str | None:
    """The country of the nearest demonym or country name earlier in the sentence of the
    character offset `start` ("Israelis ... in the north" is Israel's north)."""
    span = sdoc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    for tok in reversed(sdoc[span.sent.start:span.start]):
        if not tok.text[:1].isupper() or tok.is_sent_start and tok.ent_type_ == "":
            continue
        place = gz.demonym_place(tok.text)
        if place is None and tok.ent_type_ == "GPE":
            place = next((c for c, primary in gz.load().candidates(tok.text)
                          if primary and c.feature == "country"), None)
        if place is not None and place.feature == "country" and place.country:
            return place.country
    return None


def _capitals(sdoc):
    for tok in sdoc:
        if tok.lower_ != "capital" or tok.i == 0:
            continue
        nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.lower_ in NOT_CITY_AFTER):
            continue
        country = _country_before(sdoc, tok.i)
        if country is None:
            continue
        city = gz.capital_of(country[0])
        if city is not None:
            yield sdoc[country[1]].idx, tok.idx + len(tok), city


def _country_before(sdoc, i: int) -> tuple[str, int] | None:
    """(ISO alpha-3, first token) of the demonym or possessed country name right before
    token `i` ("the Somali capital", "Yemen's capital"), else None."""
    end = i
    if end >= 2 and sdoc[end - 1].tag_ == "POS":
        end -= 1
    for size in (3, 2, 1):
        start = end - size
        if start < 0 or not all(t.text[:1].isupper() for t in sdoc[start:end]):
            continue
        text = sdoc[start:end].text
        place = gz.demonym_place(text) if end == i else None
        if place is None and end < i:
            place = next((c for c, primary in gz.load().candidates(text)
                          if primary and c.feature == "country"), None)
        if place is not None and place.feature == "country" and place.country:
            return place.country, start
    return None


def _compass_parts(sdoc):
    """(start char, end char, direction) of each compass word standing as a noun."""
    for tok in sdoc:
        start = tok.i
        if tok.text in ("east", "west") and start >= 2 and sdoc[start - 1].text == "-" \
                and sdoc[start - 2].lower_ in ("north", "south") \
                and not sdoc[start - 1].whitespace_ and not sdoc[start - 2].whitespace_:
            start -= 2  # "north-east" tokenised as three words
            word = sdoc[start:tok.i + 1].text
        elif tok.text in COMPASS and not (tok.i + 2 < len(sdoc) and sdoc[tok.i + 1].text == "-"
                                          and not tok.whitespace_):
            word = tok.text
        else:
            continue
        if start == 0 or sdoc[start - 1].lower_ != "the":
            continue
        if start >= 2 and sdoc[start - 2].lower_ in BEARING_PREPS:
            continue
        nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        if nxt is not None and (nxt.pos_ in MODIFIED_POS or nxt.text == "-"):
            continue  # "the north bank", "the east coast"
        ahead = sdoc[tok.i + 1:min(tok.i + 1 + OF_REACH, tok.sent.end)]
        if any(t.lower_ == "of" for t in ahead):
            continue  # "the north of the city", "the north and east of the country"
        yield sdoc[start].idx, tok.idx + len(tok), word


def _part(iso3: str, direction: str, gazetteer: gz.Gazetteer) -> gz.Candidate | None:
    country = gz.country_entry(iso3)
    if country is None:
        return None
    part = part_of_country(country, direction.replace("-", ""), gazetteer)
    return part if part.feature == "region" else None


def _home_country(countries: Iterable[tuple[str, int]]) -> str | None:
    """The country most of the story's place mentions lie in, when one leads."""
    weight: dict[str, int] = {}
    for code, n in countries:
        weight[code] = weight.get(code, 0) + n
    ranked = sorted(weight.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


def part_of_country(cand: gz.Candidate, direction: str, gazetteer: gz.Gazetteer):
    """ "central Mali", "northern Ethiopia": the conventional part (`country_parts.tsv`),
    else the mean point of the country's first-level areas on that side of the middle of
    their span (all of them for "central"), named as written; the country's own
    point when it has too few areas to tell."""
    curated = gz.country_part(cand.country or "", direction)
    if curated is not None:
        # the conventional region ("north-eastern Nigeria" is Borno and Yobe)
        return dataclasses.replace(cand, geonames_id=None, name=f"{direction} {cand.name}",
                                   feature="region", lat=curated[0], lon=curated[1])
    points = gazetteer.admin1_points(cand.country or "")
    if len(points) < 3:
        return cand
    # the middle of the span, not the median area: small areas crowd round capitals
    lat_mid = (min(p[0] for p in points) + max(p[0] for p in points)) / 2
    lon_mid = (min(p[1] for p in points) + max(p[1] for p in points)) / 2
    keep = points
    if "north" in direction:
        keep = [p for p in keep if p[0] >= lat_mid]
    if "south" in direction:
        keep = [p for p in keep if p[0] <= lat_mid]
    if "east" in direction:
        keep = [p for p in keep if p[1] >= lon_mid]
    if "west" in direction:
        keep = [p for p in keep if p[1] <= lon_mid]
    if not keep:
        return cand
    lat = round(sum(p[0] for p in keep) / len(keep), 4)
    lon = round(sum(p[1] for p in keep) / len(keep), 4)
    return dataclasses.replace(cand, geonames_id=None, name=f"{direction} {cand.name}",
                               feature="region", lat=lat, lon=lon)
