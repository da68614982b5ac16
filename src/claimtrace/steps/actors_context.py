"""Helpers of the `actors` step that read a mention's surroundings for its country or its
identity: a region named before an office ("Tver regional governor X"), the embassy that
places a diplomat ("the Chinese embassy ... Ambassador X"), and a short form introduced in
brackets and used alone later ("the Arakan Army (AA) ... The AA said")."""
from __future__ import annotations

import re

from .actors_coref import _Mention, _place_country, _taken

#: words after a region's name that make it the seat of an office ("Tver regional governor",
#: "the Sumy oblast administration", "Kharkiv governor X")
REGION_OFFICE_WORDS = frozenset("""regional region oblast provincial province governor
governors mayor county district state prefecture municipal city administration""".split())
#: titles of a state's representatives abroad: their state is the one that sends them
DIPLOMAT_TITLES = frozenset("""ambassador ambassadors envoy envoys diplomat consul
attache attaché chargé charge emissary""".split())
#: names of the missions that place a diplomat ("the Chinese embassy")
MISSION_WORDS = ("embassy", "consulate", "high commission", "foreign ministry",
                 "foreign office", "mission to")
#: a bracketed short form: 2-8 capitals, maybe with a dash ("(AA)", "(M-23)")
_SHORT = re.compile(r"[A-Z][A-Z\-]{1,7}")


def region_country(sdoc, i: int) -> str | None:
    """Country of the capitalized word at token `i` when the next word makes it a region
    that holds an office ("Tver regional governor"): the parse may tag the name as anything
    (a verb, a common noun), so the gazetteer decides."""
    if i + 1 >= len(sdoc):
        return None
    tok, nxt = sdoc[i], sdoc[i + 1]
    if not (tok.is_title and tok.is_alpha and len(tok) > 2) or nxt.lower_ not in REGION_OFFICE_WORDS:
        return None
    if tok.ent_type_ == "PERSON" or tok.ent_type_ in ("DATE", "TIME", "NORP"):
        return None
    return _place_country(tok.text, min_population=20_000)


def is_diplomat(m: _Mention) -> bool:
    """Does a diplomatic title go with this person ("Ambassador X", "envoy X")?"""
    return m.kind == "person" and bool(m.role) and bool(
        set(m.role.lower().replace("-", " ").split()) & DIPLOMAT_TITLES)


def place_diplomats(sdoc, mentions: list[_Mention]) -> None:
    """A diplomat whose title names no state ("Ambassador X") belongs to the state of the
    embassy or mission named in the same sentence, else in the sentence before ("the
    Chinese embassy said ... Ambassador X"): the host country around them is the remit."""
    missions = [m for m in mentions if m.country and m.kind in ("government_body", "organization")
                and any(w in m.name.lower() for w in MISSION_WORDS)]
    if not missions:
        return
    for m in mentions:
        if not is_diplomat(m) or m.key.startswith("phrase:") or _titled_by_state(sdoc, m):
            continue
        sent = sdoc[m.tokens[0]].sent
        prev = sdoc[sent.start - 1].sent if sent.start > 0 else sent
        here = [x for x in missions if sent.start <= x.tokens[0] < sent.end]
        back = [x for x in missions if prev.start <= x.tokens[0] < sent.start]
        pick = min(here, key=lambda x: abs(x.tokens[0] - m.tokens[0])) if here else (
            back[-1] if back else None)
        if pick is not None:
            m.country = pick.country


def _titled_by_state(sdoc, m: _Mention) -> bool:
    """Is a state word part of the title right before the name ("Chinese Ambassador X")?"""
    from ..actors_lexicon import load_lexicon
    from .actors_coref import _state_code

    lex = load_lexicon()
    i = m.tokens[0] - 1
    while i >= 0 and m.tokens[0] - i <= 4 and sdoc[i].pos_ in ("PROPN", "NOUN", "ADJ", "PART"):
        if _state_code(sdoc[i].text, lex):
            return True
        i -= 1
    return False


def bracketed_short_forms(sdoc, mentions: list[_Mention]) -> list[_Mention]:
    """ "the Arakan Army (AA)": the short form standing alone later ("The AA said", "AA
    fighters") is a mention of the organization named before the bracket, when no mention
    covers it yet."""
    text = sdoc.text
    full: dict[str, _Mention] = {}
    for m in mentions:
        if m.kind in ("state", "person"):
            continue
        after = text[m.end:m.end + 12]
        if not after.startswith(" ("):
            continue
        close = after.find(")")
        short = after[2:close] if close > 2 else ""
        if _SHORT.fullmatch(short) and _initials_fit(short, text[m.start:m.end]):
            full.setdefault(short, m)
    if not full:
        return []
    taken = _taken(mentions)
    out = []
    for tok in sdoc:
        f = full.get(tok.text)
        if f is None or tok.i in taken or tok.idx < f.end:
            continue
        out.append(_Mention(start=tok.idx, end=tok.idx + len(tok.text), key=f.key, name=f.name,
                            kind=f.kind, code=f.code, country=f.country,
                            tokens=(tok.i, tok.i + 1)))
    return out


def _initials_fit(short: str, name: str) -> bool:
    """Do the capitals of the short form appear in order among the name's initials ("AA"
    for "Arakan Army", "RSF" for "Rapid Support Forces")?"""
    initials = [w[0].upper() for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    letters = [c for c in short if c.isalpha()]
    pos = 0
    for c in letters:
        while pos < len(initials) and initials[pos] != c:
            pos += 1
        if pos == len(initials):
            return False
        pos += 1
    return True


#: lower-case words a name may hold between its capitalized words ("Front for the
#: Liberation of X", "Doctors without Borders")
_NAME_LINKS = frozenset("of for the and de del al without in on".split())


def bracketed_names(sdoc, mentions: list[_Mention], kind_of) -> list[_Mention]:
    """ "the Frontline Aid Collective (FAC)": capitalized words right before a bracketed
    short form whose letters are their initials name an organization, even when the parse
    did not tag them or found only part of them. Returns the mentions with these names
    added and the partial organization mentions inside them dropped. `kind_of(name)` gives
    a name's kind ("armed_group" for "... Front")."""
    inner = {i: m for m in mentions if m.kind not in ("state", "person")
             for i in range(*m.tokens)}
    taken = _taken([m for m in mentions if m.kind in ("state", "person")])
    out, dropped = [], set()
    for tok in sdoc[1:-2]:
        if tok.text != "(" or sdoc[tok.i + 2].text != ")" or not _SHORT.fullmatch(sdoc[tok.i + 1].text):
            continue
        start = tok.i
        while start > 0 and (sdoc[start - 1].is_title or (
                sdoc[start - 1].lower_ in _NAME_LINKS and start - 1 > 0
                and sdoc[start - 2].is_title)) and sdoc[start - 1].is_alpha:
            start -= 1
        while start < tok.i and sdoc[start].lower_ in _NAME_LINKS:
            start += 1
        words = sdoc[start:tok.i]
        parts = {id(inner[i]): inner[i] for i in range(start, tok.i) if i in inner}
        if any(p.tokens[0] < start or p.tokens[1] > tok.i or not p.key.startswith(("phrase:", "organization:"))
               for p in parts.values()) or (tok.i - 1) in inner:
            continue  # a known actor, or a phrase ending where the name ends, stays
        if len(words) < 2 or any(i in taken for i in range(start, tok.i)) \
                or any(t.ent_type_ in ("PERSON", "DATE") for t in words):
            continue
        if not parts and any(e.label_ == "ORG" and e.end == tok.i and e.start in (start, start - 1)
                             for e in sdoc.ents):
            continue  # the parse found the whole name: the entity step reads its context
        short = sdoc[tok.i + 1].text
        caps = "".join(t.text[0] for t in words if t.is_title)
        if not (caps[:1] == short[:1] and _initials_fit(short, words.text)):
            continue
        name = words.text
        kind = kind_of(name)
        country = next((c for t in words if t.ent_type_ in ("GPE", "LOC")
                        for c in [_place_country(t.text)] if c), None)  # "Kachin ... Front"
        out.append(_Mention(start=words.start_char, end=words.end_char,
                            key=f"{kind}:{name.lower()}", name=name, kind=kind,
                            country=country, tokens=(start, tok.i)))
        dropped.update(parts)
    return [m for m in mentions if id(m) not in dropped] + out


#: titles that only a person holds, beyond the national offices ("the coalition's director")
PERSON_TITLES = frozenset("""governor mayor minister president premier ambassador envoy
spokesman spokeswoman spokesperson director commander chief adviser advisor secretary
coordinator chairman chairwoman chairperson lawmaker senator deputy general colonel
prosecutor""".split())


def titled_kind(ent, org_words) -> str | None:
    """ "person" for a two- or three-word name the parse took for an organization when a
    person's title stands right before it ("governor Pavel Orlov", "director, Anna Berg") or
    it is set beside one in apposition; `org_words` are the words that make a name an
    organization's ("ministry", "army")."""
    words = [t for t in ent if t.lower_ != "the"]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words) \
            or any(t.lower_ in org_words or t.ent_type_ in ("GPE", "NORP") for t in words):
        return None
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and doc[i].lower_ in PERSON_TITLES:
        return "person"
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in PERSON_TITLES:
        return "person"
    return None
