"""The claims step's lexicons: event triggers (`resources/claims/triggers.tsv`) and the
classes of the nouns they act on (`nouns.tsv`), loaded once."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import read_tsv


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str
    type: str
    mode: str | None
    subtype: str | None
    kind: str
    object: str


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    out: dict[tuple[str, str], list[Trigger]] = {}
    for row in read_tsv("claims", "triggers.tsv"):
        t = Trigger(row["lemma"], row["pos"], row["type"], row["mode"] or None,
                    row["subtype"] or None, row["kind"], row["object"])
        out.setdefault((t.lemma, t.pos), []).append(t)
    return out


@lru_cache(maxsize=1)
def noun_classes() -> dict[str, str]:
    return {row["lemma"]: row["class"] for row in read_tsv("claims", "nouns.tsv")}
