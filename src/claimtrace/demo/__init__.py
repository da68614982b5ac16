"""The bundled demo corpus: short wire-style articles written by the claimtrace team.

`articles.jsonl` holds twelve articles (one JSON object per line: id, title, outlet,
published, url, text); `files/` holds two more as an HTML page and as PDF-extracted
text with artifacts, described in `files/metadata.json` (a sidecar the readers apply). docs/corpus.md says what each
article is meant to exercise.
"""
from __future__ import annotations

import json
from pathlib import Path

DEMO = Path(__file__).resolve().parent
ARTICLES = DEMO / "articles.jsonl"
FILES = DEMO / "files"
METADATA = FILES / "metadata.json"


def demo_paths() -> list[Path]:
    """Every demo input: the JSON Lines file first, then the files in `files/`."""
    return [ARTICLES, *sorted(p for p in FILES.iterdir() if p.suffix != ".json")]


def file_metadata() -> dict[str, dict[str, str]]:
    """Metadata (id, title, outlet, published, url) of each file in `files/`, by file name."""
    with METADATA.open(encoding="utf-8") as fh:
        return json.load(fh)["files"]
