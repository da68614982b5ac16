"""The weapon-system lexicon: find named systems (Koksan, HIMARS, Shahed-136) in text.

Data: `resources/weapons/weapons.tsv` (hand-curated, see NOTES.md there). The claims step
uses `find_weapons` for a claim's `item`; the parse step's entity ruler gets
`entity_patterns()` (label `WEAPON`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .resources import read_tsv

LABEL = "WEAPON"


@dataclass(frozen=True, slots=True)
class WeaponSystem:
    name: str
    aliases: tuple[str, ...]
    category: str
    origin: str | None

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@lru_cache(maxsize=1)
def load_weapons() -> tuple[WeaponSystem, ...]:
    """All systems of the bundled table (read once per process)."""
    return tuple(WeaponSystem(r["name"], tuple(a for a in r["aliases"].split("|") if a),
                              r["category"], r["origin"] or None)
                 for r in read_tsv("weapons", "weapons.tsv"))


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, WeaponSystem]]:
    by_form: dict[str, WeaponSystem] = {}
    for w in load_weapons():
        for f in w.forms:
            by_form.setdefault(f, w)
    alts = sorted(by_form, key=len, reverse=True)
    body = "|".join(re.escape(f) for f in alts)
    # whole words only; an optional plural "s" ("Patriots", "F-16s")
    return re.compile(rf"(?<![\w-])(?:{body})(?:s)?(?![\w-])"), by_form


def find_weapons(text: str) -> list[tuple[int, int, str, str]]:
    """Named weapon systems in `text`: `(start, end, canonical name, category)`, in order."""
    rx, by_form = _pattern()
    out = []
    for m in rx.finditer(text):
        s = m.group(0)
        w = by_form.get(s) or by_form.get(s[:-1])
        if w is not None:
            out.append((m.start(), m.end(), w.name, w.category))
    return out


def lookup_weapon(text: str) -> WeaponSystem | None:
    """The system whose name or alias is `text` (exactly), or None."""
    return _pattern()[1].get(text.strip())


def entity_patterns() -> list[dict]:
    """spaCy entity-ruler patterns (label `WEAPON`) for every name and alias."""
    return [{"label": LABEL, "pattern": f, "id": w.name}
            for w in load_weapons() for f in w.forms]
