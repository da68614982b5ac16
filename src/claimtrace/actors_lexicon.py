"""The actor lexicon: states, their short forms, demonyms and metonyms, and non-state actors.

Data: `resources/actors/lexicon.tsv`, built by `python -m claimtrace.resources.actors.build_actors`.
Lookups need no spaCy model; the actors step matches the surface forms on the parse.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .resources import read_tsv

#: how a surface form refers to its entry ("Palestinians": PLURAL, the people of a state)
NAME, DEMONYM, METONYM, PLURAL = "name", "demonym", "metonym", "plural"
#: demonym endings whose plural is the same word or irregular ("Sudanese", "Swiss", "French")
_NO_PLURAL = ("ese", "ss", "sh", "ch", "otho", "wana")


def plural_demonym(demonym: str) -> str | None:
    """ "Palestinian" -> "Palestinians", "Israeli" -> "Israelis"; None when unsure."""
    d = demonym.strip()
    if not d or "." in d or d.isupper() or not d[-1].isalpha() or d.endswith(_NO_PLURAL):
        return None
    return d + "s"


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the lexicon. States: `code` set, `country` None; others the reverse."""

    key: str
    name: str
    kind: str
    code: str | None
    country: str | None
    role: str | None
    names: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    curated: bool = True


@dataclass(frozen=True, slots=True)
class Surface:
    """A surface form ("Pyongyang", "North Korean") and how it refers to `entry`."""

    text: str
    entry: ActorEntry
    how: str


@dataclass(slots=True)
class ActorLexicon:
    entries: list[ActorEntry]
    _by_surface: dict[str, list[Surface]] = field(default_factory=dict)
    _by_code: dict[str, ActorEntry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for e in self.entries:
            if e.kind == "state" and e.code:
                self._by_code[e.code] = e
            plurals = tuple(p for p in map(plural_demonym, e.demonyms) if p) \
                if e.kind == "state" else ()
            for how, forms in ((NAME, e.names), (DEMONYM, e.demonyms), (METONYM, e.metonyms),
                               (PLURAL, plurals)):
                for f in forms:
                    self._by_surface.setdefault(f, []).append(Surface(f, e, how))

    def lookup(self, text: str) -> list[Surface]:
        """Surface forms written exactly as `text` (case-sensitive: "US" is not "us")."""
        t = text.strip()
        hits = self._by_surface.get(t)
        if hits is None and t.lower().startswith("the "):
            hits = self._by_surface.get(t[4:])
        return list(hits or [])

    def best(self, text: str) -> Surface | None:
        """The preferred reading of `text`: curated entries and names before the rest."""
        hits = self.lookup(text)
        if not hits:
            return None
        rank = {NAME: 0, DEMONYM: 1, PLURAL: 1, METONYM: 2}
        return min(hits, key=lambda s: (not s.entry.curated, rank[s.how]))

    def state(self, code: str) -> ActorEntry | None:
        return self._by_code.get(code)

    def surfaces(self) -> list[Surface]:
        return [s for group in self._by_surface.values() for s in group]


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p for p in (cell or "").split("|") if p)


@lru_cache(maxsize=1)
def load_lexicon() -> ActorLexicon:
    """The bundled lexicon (read once per process)."""
    entries = [ActorEntry(key=r["key"], name=r["name"], kind=r["kind"], code=r["code"] or None,
                          country=r["country"] or None, role=r["role"] or None,
                          names=_split(r["names"]), demonyms=_split(r["demonyms"]),
                          metonyms=_split(r["metonyms"]), curated=r["curated"] == "1")
               for r in read_tsv("actors", "lexicon.tsv")]
    return ActorLexicon(entries)


def lookup(text: str) -> list[Surface]:
    """Shortcut: `load_lexicon().lookup(text)`."""
    return load_lexicon().lookup(text)
