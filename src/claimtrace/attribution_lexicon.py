"""Cue words and source nouns for `claimtrace.attribution`, read from data files.

The classic reporting verbs and nouns, hedges and source kinds; and stance cues beyond
them, hand-written from the verb classes that attribution corpora (PARC, PolNeAR) annotate as
cues: verbs of communication, judgement and appraisal, advocacy, citing, deciding and
cognition, and adjectives of certainty and attitude. They report a clause they govern
("argued that ...", "was sure that ...") or, as the main verb with a subject, are an
attribution of their own ("Clinton cited the comments"); an object noun is never content
they report (praising a strike does not make the praiser the source of the strike).
Event verbs (attack, strike, sign, vote) are not cues here even where a corpus marks them,
nor are verbal acts that `steps.claims` extracts as events of their own (condemn, blame,
praise, welcome, talk): such a claim stays the author's report of the act. Those acts
(`STANCE_ACTS`: judging, backing, proposing, deciding, discussing) are attributions only in
the listing of every relation of a sentence (`attribution_relations`), as PolNeAR annotates
any attributed stance.

The lists live in `resources/attribution/*.tsv` (one file per list, hand-edited). Each
module constant (`from claimtrace.attribution_lexicon import REPORT_CUES`) is read on
first access and cached; a dict, set or list as the constants here always were.
"""
from __future__ import annotations

from functools import lru_cache

from .resources import read_tsv

# constant -> (file under resources/attribution/, columns read, Python type built).
# dict: first column -> second; set/list: one column -> str, two columns -> tuple.
_TABLES: dict[str, tuple[str, tuple[str, ...], type]] = {
    "REPORT_CUES": ("report_cues.tsv", ("lemma", "certainty"), dict),  # verb -> certainty
    "CLAUSE_ONLY": ("clause_only.tsv", ("lemma",), set),  # cues that never take an object
    "REPORT_NOUNS": ("report_nouns.tsv", ("noun", "certainty"), dict),  # "his claim that"
    "CUE_PARTICLES": ("cue_particles.tsv", ("particle",), set),  # "called for"
    "RAISING": ("raising.tsv", ("lemma", "certainty"), dict),  # "is believed to have"
    "MODALS": ("modals.tsv", ("modal",), set),
    "HEDGES": ("hedges.tsv", ("adverb", "certainty"), dict),  # "reportedly"
    "SOURCE_NOUNS": ("source_nouns.tsv", ("noun", "kind"), dict),  # "analysts" -> expert
    "KIND_OF_ACTOR": ("kind_of_actor.tsv", ("actor_type", "kind"), dict),
    "RANK": ("rank.tsv", ("certainty",), list),  # certainty values, strongest first
    "FIRST_PERSON": ("first_person.tsv", ("pronoun",), set),
    "STANCE_VERBS": ("stance_verbs.tsv", ("lemma", "certainty"), dict),
    "STANCE_ADJECTIVES": ("stance_adjectives.tsv", ("adjective", "certainty"), dict),
    "PHRASAL_CUES": ("phrasal_cues.tsv", ("verb", "particle"), set),  # ("lay", "out")
    "LIGHT_VERBS": ("light_verbs.tsv", ("lemma",), set),  # "issued a statement"
    "SPEECH_NOUNS": ("speech_nouns.tsv", ("noun",), set),
    "VOICED_NOUNS": ("voiced_nouns.tsv", ("noun",), set),  # "her call for a truce"
    "BYLINE_DASHES": ("byline_dashes.tsv", ("dash",), set),  # "...” ― Jane Doe"
    "FIGURE_FRAMES": ("figure_frames.tsv", ("verb", "preposition"), set),  # "put ... at"
    "STANCE_ACTS": ("stance_acts.tsv", ("lemma", "group"), dict),  # "praised the plan"
    "OWN_ACTS": ("own_acts.tsv", ("lemma", "certainty", "object"), list),  # "rejected the claim"
    "CLAIM_OBJECTS": ("claim_objects.tsv", ("noun",), set),  # "dismissed the account"
    "QUOTE_FRAMES": ("quote_frames.tsv", ("lemma",), set),  # '"...," she continued'
    "STUDY_NOUNS": ("study_nouns.tsv", ("noun",), set),  # "in the latest poll, ..."
    "NAMING_VERBS": ("naming_verbs.tsv", ("lemma",), set),  # "described it as"
    "HEARSAY_NOUNS": ("hearsay_nouns.tsv", ("noun", "certainty"), dict),  # "reports that"
    "REACTIONS": ("reactions.tsv", ("lemma",), set),  # "expressed alarm at reports"
    "FIGURE_GIVERS": ("figure_givers.tsv", ("lemma",), set),  # "gave a toll of 40"
    "FIGURE_NOUNS": ("figure_nouns.tsv", ("noun",), set),  # toll, tally, count
    "CREDIT_FRAMES": ("credit_frames.tsv", ("verb", "preposition", "certainty"), list),
    "OBJECT_CONTROL": ("object_control.tsv", ("lemma",), set),  # "forced him to admit"
    "EXPERIENCER_VERBS": ("experiencer_verbs.tsv", ("lemma", "certainty"), dict),  # "worries X"
}

__all__ = list(_TABLES)


@lru_cache(maxsize=None)
def _load(name: str) -> dict[str, str] | set | list[str]:
    """The word list `name` (a key of _TABLES), read once from resources/attribution/."""
    file, columns, kind = _TABLES[name]
    rows = read_tsv("attribution", file)
    if kind is dict:
        key, value = columns
        return {row[key]: row[value] for row in rows}
    if len(columns) == 1:
        items = [row[columns[0]] for row in rows]
    else:
        items = [tuple(row[c] for c in columns) for row in rows]
    return kind(items)


def __getattr__(name: str):
    # module constants (REPORT_CUES, ...) are loaded on first access, not at import
    if name in _TABLES:
        return _load(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_TABLES})
