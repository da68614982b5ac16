"""Data files beside the code (lexicons, gazetteer), each with the script that builds it.

Every data file here is listed in `resources/PROVENANCE.md` with its sources and the
command that rebuilds it.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..errors import ClaimtraceError

RESOURCES = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource file; raises E102 when it is missing."""
    path = RESOURCES.joinpath(*parts)
    if not path.exists():
        raise ClaimtraceError("E102", path=str(path))
    return path


def read_tsv(*parts: str) -> list[dict[str, str]]:
    """Rows of a bundled TSV file (header line first; `#` lines are comments)."""
    path = resource_path(*parts)
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))
