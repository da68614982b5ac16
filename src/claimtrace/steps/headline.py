"""Headline syntax: "Coast guard fires water cannon at fishing boats", "Militants attack
school", "Blast damages canal". Headlines tell past events in the present tense without
articles, and the small parser reads the verb as a noun ("fires" a compound of "cannon",
"attack" a modifier of "school"), so the event a headline announces is lost.

The repair reads the headline once more with each such word put in the past tense ("fired",
"attacked", "damaged"), which the parser cannot take for a noun, and keeps that reading when
the word then heads a clause with a subject and the headline keeps as many clauses. The
words and their offsets stay those of the text; only the tags, lemmas and dependency arcs
of the headline's tokens change.
"""
from __future__ import annotations

from functools import lru_cache

# past forms of the irregular verbs news headlines use for events
IRREGULAR_PAST = {
    "sink": "sank", "strike": "struck", "hit": "hit", "shoot": "shot", "take": "took",
    "fight": "fought", "win": "won", "lose": "lost", "hold": "held", "send": "sent",
    "meet": "met", "leave": "left", "flee": "fled", "blow": "blew", "drive": "drove",
    "give": "gave", "sell": "sold", "seek": "sought", "begin": "began", "break": "broke",
    "throw": "threw", "steal": "stole", "beat": "beat", "lead": "led", "overrun": "overran",
    "retake": "retook", "withdraw": "withdrew", "shut": "shut", "bring": "brought",
    "down": "downed", "sweep": "swept", "slay": "slew", "forbid": "forbade", "hide": "hid",
}
VOWELS = set("aeiou")
SUBJECT_TAGS = {"NN", "NNS", "NNP", "NNPS", "PRP", "CD"}
MAX_TOKENS = 30
OBJECT_STARTS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"}
CLAUSE_DEPS = {"ROOT", "conj", "advcl", "ccomp", "relcl", "xcomp", "acl"}


def past_form(base: str) -> str:
    """The simple past of a verb's base form ("attack" -> "attacked", "seize" -> "seized",
    "ban" -> "banned", "sink" -> "sank")."""
    if base in IRREGULAR_PAST:
        return IRREGULAR_PAST[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 1 and base[-2] not in VOWELS:
        return base[:-1] + "ied"
    if len(base) == 3 and base[0] not in VOWELS and base[1] in VOWELS and \
            base[2] not in VOWELS | {"w", "x", "y"}:
        return base + base[2] + "ed"  # "ban" -> "banned", "bar" -> "barred"
    return base + "ed"


@lru_cache(maxsize=1)
def event_verbs() -> frozenset[str]:
    from .claim_lexicon import triggers

    return frozenset(lemma for lemma, pos in triggers() if pos == "VERB")


def headline(doc):
    """The document's first sentence when it reads as a headline: a line of its own,
    without a full stop at its end, short; else None."""
    first = next(iter(doc.sents), None)
    if first is None:
        return None
    # the first line only: a byline under the headline may be parsed into its sentence
    end = next((t.i + 1 for t in first if "\n" in t.whitespace_ or t.is_space and "\n" in t.text),
               first.end)
    if end < first.end:
        first = doc[first.start:end]
    if len(first) > MAX_TOKENS:
        return None
    words = [t for t in first if not t.is_space]
    if not words or words[-1].text in (".", "!") or len(words) < 3:
        return None
    last = words[-1]
    rest = doc.text[last.idx + len(last.text):]
    if rest.strip() and "\n" not in rest[:len(rest) - len(rest.lstrip())]:
        return None  # the line goes on: a sentence cut by the parser, no headline
    return first


def _candidates(sent) -> list:
    """Headline words read as nouns or modifiers that are, by their form, event verbs in the
    present after a subject-like word ("guard fires", "militants attack", "blast damages")."""
    verbs = event_verbs()
    out = []
    for tok in sent:
        if tok.i == sent.start or not tok.is_lower or (
                tok.pos_ == "VERB" and tok.dep_ in CLAUSE_DEPS):
            continue
        base = tok.lemma_.lower()
        if base not in verbs or tok.lower_ not in (base, base + "s", base + "es"):
            continue
        prev, nxt = tok.doc[tok.i - 1], tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if prev.tag_ in SUBJECT_TAGS and nxt is not None and (
                nxt.pos_ in OBJECT_STARTS or nxt.tag_ in ("VB", "VBP", "VBG")):
            out.append((tok, base))  # ("Beirut strike killed", "strike on": a noun after all)
    return out


def _clauses(tokens) -> set[int]:
    """Positions (in the sentence) of the verbs that have a subject."""
    return {n for n, t in enumerate(tokens) if t.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children)}


def repair_headline(nlp, doc) -> bool:
    """Re-read the headline of a parsed `doc` with its present-tense event words in the past;
    keep that reading (tags, lemmas, arcs) when one of them becomes a verb with a subject.
    True when the headline was re-read."""
    sent = headline(doc)
    if sent is None:
        return False
    cands = _candidates(sent)
    if not cands:
        return False
    bases = {tok.i: base for tok, base in cands}
    text = "".join((past_form(bases[t.i]) if t.i in bases else t.text) + t.whitespace_
                   for t in sent)
    alt = nlp(text)
    if len(alt) != len(sent) or len(list(alt.sents)) != 1:
        return False
    before, after = _clauses(list(sent)), _clauses(list(alt))
    if len(after) < len(before) or not any(i - sent.start in after for i in bases):
        return False  # keep the reading when the word heads a clause and none is lost
    for tok, new in zip(sent, alt):
        tok.tag_, tok.pos_, tok.dep_ = new.tag_, new.pos_, new.dep_
        if tok.i in bases:
            tok.lemma_ = bases[tok.i]
    for tok, new in zip(sent, alt):
        tok.head = doc[sent.start + new.head.i]
    return True
