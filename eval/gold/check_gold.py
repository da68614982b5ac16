"""Check the team's gold files against the demo articles they annotate.

Every `key` (and actor `mention`) must occur in the article text (whitespace runs and
quote styles ignored, as the scorer does), every enum must be one the contract allows,
and `published` must match the article. Usage: python eval/gold/check_gold.py
Exit status 1 lists the problems.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent.parent / "src" / "claimtrace" / "demo" / "articles.jsonl"

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
SUBTYPES = {"arms_transfer", "weapons_movement", "troop_deployment", "aid_package", "attack", "casualties",
            "equipment_loss", "capture", "visit", "meeting", "agreement", "support_statement", "warning",
            "sanction", "withdrawal", "combat"}
SOURCE_KINDS = {"media", "government", "military", "intelligence", "official", "expert", "witness",
                "organization", "document", "unnamed", "author"}
CERTAINTIES = {"asserted", "reported", "estimated", "believed", "alleged", "possible", "denied"}
QUALIFIERS = {"exact", "approx", "up_to", "at_least", "more_than", "less_than", "range", "vague"}
ACTOR_KINDS = {"state", "armed_group", "government_body", "military_unit", "organization", "media",
               "person", "group", "unnamed"}
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-"})


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


def _as_list(value: object) -> list:
    return value if isinstance(value, list) else [value]


def check(gold: dict, article: dict) -> list[str]:
    """Problems of one gold file (empty when it is consistent with its article)."""
    problems: list[str] = []
    text = _flat(article["text"])
    if gold.get("published") != article.get("published"):
        problems.append(f"published {gold.get('published')} != article {article.get('published')}")
    for section in ("claims", "quantities", "times", "places", "actors"):
        for item in gold.get(section, []):
            key = _flat(item["key"])
            if key not in text:
                problems.append(f"{section}: key not in text: {item['key']!r}")
            if section == "actors" and item.get("mention") and _flat(item["mention"]) not in key:
                problems.append(f"actors: mention {item['mention']!r} not inside key {item['key']!r}")
    for c in gold.get("claims", []):
        for name, allowed in (("type", TYPES), ("subtype", SUBTYPES), ("source_kind", SOURCE_KINDS),
                              ("certainty", CERTAINTIES)):
            bad = [v for v in _as_list(c.get(name)) if v is not None and v not in allowed]
            if bad:
                problems.append(f"claim {c['key']!r}: bad {name} {bad}")
        q = c.get("quantity")
        if q and not set(_as_list(q.get("qualifier"))) <= QUALIFIERS:
            problems.append(f"claim {c['key']!r}: bad qualifier {q.get('qualifier')}")
    for q in gold.get("quantities", []):
        if q["qualifier"] not in QUALIFIERS:
            problems.append(f"quantity {q['key']!r}: bad qualifier {q['qualifier']}")
    for a in gold.get("actors", []):
        if "kind" in a and a["kind"] not in ACTOR_KINDS:
            problems.append(f"actor {a['key']!r}: bad kind {a['kind']}")
    return problems


def main() -> int:
    with ARTICLES.open(encoding="utf-8") as fh:
        articles = {a["id"]: a for a in map(json.loads, fh)}
    failed = False
    for path in sorted(HERE.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = articles.get(gold["file"].partition("#")[2])
        problems = ["no such article"] if article is None else check(gold, article)
        failed |= bool(problems)
        print(f"{path.name}: {'ok' if not problems else ''}")
        for p in problems:
            print("   ", p)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
