"""The physical sense of a cue verb, for `claimtrace.attribution`: "slam", "blast",
"hammer", "pound", "rip", "press" report speech in politics ("the minister slammed the
decision") but tell a strike or a movement in war reporting ("a drone slammed into a
building", "jets pounded positions with bombs"). Read in that sense, the verb reports
nothing and its subject is no source. The marks (a preposition of path, a subject or
instrument that cannot speak, a physical object struck) live in
`resources/attribution/physical_senses.tsv`.
"""
from __future__ import annotations

from functools import lru_cache

from .attribution_lexicon import PHRASAL_CUES
from .resources import read_tsv

# how far after the verb a preposition of path may sit ("slammed straight into")
PATH_REACH = 2


@lru_cache(maxsize=1)
def _marks() -> dict[str, frozenset[str]]:
    """mark -> the words of that mark (read once)."""
    out: dict[str, set[str]] = {}
    for row in read_tsv("attribution", "physical_senses.tsv"):
        out.setdefault(row["mark"], set()).add(row["word"])
    return {mark: frozenset(words) for mark, words in out.items()}


def _thing(tok) -> bool:
    """A noun that names a thing that cannot speak: a weapon, a projectile, a vehicle, a
    force of nature. (Not a named system: "Patriot" is also a company, "Iskander" a man.)"""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return tok.lemma_.lower() in _marks()["agent"] or tok.lower_ in _marks()["agent"]


def physical_sense(verb) -> bool:
    """Whether a cue verb that has a physical sense (mark `verb`) is used in it: a
    preposition of path right after it ("slammed into"), a subject, object or "with"
    instrument that cannot speak ("missiles blasted", "unleashed drones", "hammered the
    town with artillery"), or a physical object struck ("pounded the positions")."""
    marks = _marks()
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in marks["verb"]:
        return False
    for child in verb.children:
        dep = child.dep_
        if dep in ("prep", "prt", "advmod") and 0 < child.i - verb.i <= PATH_REACH and \
                child.lower_ in marks["motion"] and \
                (verb.lemma_.lower(), child.lower_) not in PHRASAL_CUES:
            return True  # (not "played down", a phrasal cue)
        if dep in ("nsubj", "nsubjpass") and _thing(child):
            return True
        if (dep == "agent" or (dep == "prep" and child.lower_ == "with")) and \
                any(g.dep_ == "pobj" and _thing(g) for g in child.children):
            return True  # "was hit by a missile", "hammered the town with artillery"
        if dep == "dobj" and (_thing(child) or (
                child.pos_ == "NOUN" and child.lemma_.lower() in marks["target"])):
            return True  # "delivered tanks", "pounded the positions"
    return False
