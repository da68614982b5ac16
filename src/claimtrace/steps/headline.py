"""Headline syntax: "Coast guard fires water cannon at fishing boats", "Militants attack
school", "Blast damages canal", "Dozens killed as jihadists storm village". Headlines tell
past events in the present tense, drop articles and the auxiliary of the passive, and the
small parser reads the verb as a noun ("fires" a compound of "cannon", "attack" a modifier
of "school", "killed" a modifier of "Dozens"), so the event a headline announces is lost.

The repair reads the headline once more as plain news prose: an event word in the past
tense ("fired", "attacked", "damaged"), which the parser cannot take for a noun; an article
before a bare common-noun subject ("after the blast damaged"); an auxiliary before a bare
participle ("Dozens were killed"). It keeps the reading in which most words head a clause
with a subject, when a changed word is one of them and no clause is lost. The words and
their offsets stay those of the text (added words are read, never kept); only the tags,
lemmas and dependency arcs of the headline's tokens change.
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
# tags the small tagger gives a headline's bare subject name: "Houthis" UH, "Pakistan" JJ
NAME_TAGS = {"UH", "JJ"}
NAME_ENTS = {"GPE", "ORG", "PERSON", "LOC"}
MAX_PAIRS = 4  # candidates up to which every pair of them is tried too
MAX_TOKENS = 30
OBJECT_STARTS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"}
# what follows an intransitive or quoting verb: "lands inside", "points to", "vows "harsh""
PATH_STARTS = {"ADP", "ADV", "PART"}
QUOTE_TAGS = {"``", "''"}
CLAUSE_DEPS = {"ROOT", "conj", "advcl", "ccomp", "relcl", "xcomp", "acl"}
# a verb in these is a clause of the headline; under a label ("fighting: MCPN urges ...")
# the parser hangs it as a modifier (acl, relcl), which the re-read makes the main clause
MAIN_DEPS = CLAUSE_DEPS - {"acl", "relcl"}
LINE_ENDS = {".", "!"}
# a bare participle after a plural subject or a count: "Dozens killed", "Five soldiers wounded"
PLURAL_TAGS = {"NNS", "NNPS", "CD"}


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

    return frozenset(lemma for lemma, pos in triggers() if pos == "VERB") | CLAIMING


# "BLA claims attack on Quetta station": a side claiming an act tells it (as its own, alleged)
CLAIMING = frozenset({"claim"})


def first_line_end(doc) -> int | None:
    """The token index where a `doc`'s first line ends when that line reads as a headline:
    short, at least three words, without a full stop at its end and followed by a line break
    (a sentence cut by a hard wrap goes on after it); else None. Needs only the tokens, so
    the parser can be told beforehand not to split the line."""
    end = next((t.i + 1 for t in doc[:MAX_TOKENS + 1] if "\n" in t.whitespace_ or (
        t.is_space and "\n" in t.text)), None)
    if end is None:
        return None
    words = [t for t in doc[:end] if not t.is_space]
    if len(words) < 3 or words[-1].text in LINE_ENDS:
        return None
    return words[-1].i + 1


def headline(doc):
    """The document's first line when it reads as a headline (see `first_line_end`), as a
    span; else None. Only the first line: a byline under it is no part of it."""
    end = first_line_end(doc)
    return doc[:end] if end is not None else None


def _subject_like(tok) -> bool:
    """A word that may end a headline's subject: a noun, a pronoun, a count, or a name the
    tagger took for something else ("Houthis" UH, "Pakistan" JJ; "Israeli" stays a modifier)."""
    return tok.tag_ in SUBJECT_TAGS or (tok.tag_ in NAME_TAGS and tok.is_title and (
        tok.tag_ == "UH" or tok.ent_type_ in NAME_ENTS))


def _candidates(sent) -> list:
    """Headline words that are, by their form, event verbs in the present after a
    subject-like word ("guard fires", "militants attack", "blast damages"): read as nouns or
    modifiers, or hung as a modifier under a label ("Thailand border fighting: MCPN urges")."""
    verbs = event_verbs()
    out = []
    for tok in sent:
        if tok.i == sent.start or not tok.is_lower:
            continue
        if tok.pos_ == "VERB" and tok.dep_ in MAIN_DEPS:
            continue  # a main clause already (its present tense is left as it is)
        base = tok.lemma_.lower()
        if base not in verbs or tok.lower_ not in (base, base + "s", base + "es"):
            continue
        prev, nxt = tok.doc[tok.i - 1], tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if _subject_like(prev) and nxt is not None and (
                nxt.pos_ in OBJECT_STARTS | PATH_STARTS or nxt.tag_ in QUOTE_TAGS
                or nxt.tag_ in ("VB", "VBP", "VBG")):
            out.append((tok, base))  # ("Beirut strike killed": a noun after all)
    return out


def _article_before(sent, tok) -> int | None:
    """Where "the" would open the bare common-noun subject just before `tok` ("after blast
    damages" -> "after the blast"), or None when that subject has an article or is a name."""
    prev = tok.doc[tok.i - 1]
    if prev.tag_ not in ("NN", "NNS") or not prev.is_lower:
        return None
    start = prev.i
    while start - 1 > sent.start and sent.doc[start - 1].tag_ in ("NN", "JJ") \
            and sent.doc[start - 1].is_lower:
        start -= 1
    before = sent.doc[start - 1] if start > sent.start else None
    if before is not None and before.pos_ in ("DET", "PRON", "NUM"):
        return None
    return start


def _bare_participles(sent) -> list:
    """Event participles right after a plural subject or a count, with no auxiliary and no
    subject of their own: "Dozens killed as ...", "Five soldiers wounded in ..."."""
    verbs = event_verbs()
    out = []
    for tok in sent:
        if tok.i == sent.start or tok.tag_ not in ("VBN", "VBD") or not tok.is_lower:
            continue
        if tok.lemma_.lower() not in verbs or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
            continue
        prev = tok.doc[tok.i - 1]
        if prev.tag_ in PLURAL_TAGS and (prev.i == sent.start or prev.doc[prev.i - 1].pos_
                                         in ("PUNCT", "NUM", "ADJ", "NOUN", "PROPN")):
            out.append(tok)
    return out


def _variants(sent) -> list:
    """Re-readings of the headline as (changes, inserts): changes {token index: base form to
    put in the past}, inserts {token index: word read before it}."""
    cands = _candidates(sent)
    out = [({t.i: b}, {}) for t, b in cands]
    if len(cands) > 1:
        out.append(({t.i: b for t, b in cands}, {}))
    if 2 < len(cands) <= MAX_PAIRS:
        out.extend(({t.i: b, u.i: c}, {}) for n, (t, b) in enumerate(cands)
                   for u, c in cands[n + 1:])
    for tok, base in cands:
        start = _article_before(sent, tok)
        if start is not None:
            out.append(({tok.i: base}, {start: "the"}))
    for tok in _bare_participles(sent):
        aux = {tok.i: "was" if tok.doc[tok.i - 1].lower_ == "one" else "were"}
        out.append(({}, aux))  # "Dozens killed as jihadists storm": with the clause after
        out.extend(({t.i: b}, aux) for t, b in cands if t.i > tok.i)
    return out


def _clauses(tokens) -> set[int]:
    """Positions (in the sentence) of the verbs that have a subject."""
    return {n for n, t in enumerate(tokens) if t is not None and t.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)}


def _read(nlp, sent, changes: dict, inserts: dict):
    """Parse the variant; return its tokens aligned to the headline's (None where the
    re-read fails: another tokenization, several sentences, an added word heading one)."""
    text, added = "", 0
    for t in sent:
        if t.i in inserts:
            text += inserts[t.i] + " "
            added += 1
        text += (past_form(changes[t.i]) if t.i in changes else t.text) + t.whitespace_
    alt = nlp(text)
    if len(alt) != len(sent) + added or len(list(alt.sents)) != len(list(sent.sents)):
        return None
    aligned, n = [], 0
    for t in sent:
        if t.i in inserts:
            n += 1
        aligned.append(alt[n])
        n += 1
    kept = {a.i for a in aligned}
    if any(a.head.i not in kept for a in aligned):
        return None  # an added word heads a kept one: "were" read as the main verb
    return aligned


def repair_headline(nlp, doc) -> bool:
    """Re-read the headline of a parsed `doc` as plain prose (see the module); keep the
    reading (tags, lemmas, arcs) with most clauses when a changed word heads one of them.
    True when the headline was re-read."""
    sent = headline(doc)
    if sent is None:
        return False
    before = _clauses(list(sent))
    best = None
    for changes, inserts in _variants(sent):
        aligned = _read(nlp, sent, changes, inserts)
        if aligned is None:
            continue
        after = _clauses(aligned)
        heads = set(changes) | {i for i in inserts if sent.doc[i].tag_ in ("VBN", "VBD")}
        if len(after) < len(before) or not all(i - sent.start in after for i in heads):
            continue  # keep a reading where each changed word heads a clause, none is lost
        rank = (len(after), -len(changes))  # most clauses, then fewest words changed
        if best is None or rank > best[0]:
            best = (rank, changes, aligned)
    if best is None:
        return False
    _, changes, aligned = best
    index = {a.i: n for n, a in enumerate(aligned)}
    for tok, new in zip(sent, aligned):
        tok.tag_, tok.pos_, tok.dep_ = new.tag_, new.pos_, new.dep_
        if tok.i in changes:
            tok.lemma_ = changes[tok.i]
    for tok, new in zip(sent, aligned):
        tok.head = doc[sent.start + index[new.head.i]]
    return True
