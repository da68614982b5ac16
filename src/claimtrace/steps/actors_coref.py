"""Helpers of the `actors` step: the mention record, country look-ups, the document's home
state, and coreference (short names, office titles, bracketed short forms, "the North")."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..actors_lexicon import load_lexicon
from ..model import Actor, Document

#: words of an unknown organization's name that say it is not local to one state
GLOBAL_WORDS = frozenset("""international global world united nations european african arab
asian""".split())
#: a divided state's halves, named "the North" / "the South" when the document is about it
HALVES = {"North": "PRK", "South": "KOR"}


@dataclass(slots=True)
class _Mention:
    start: int  # character offsets into doc.text
    end: int
    key: str  # merge key
    name: str
    kind: str
    code: str | None = None
    country: str | None = None
    role: str | None = None
    tokens: tuple[int, int] = (0, 0)  # token span (start, end)
    absorbed: list[int] = field(default_factory=list)
    international: bool = False  # titled by an international body ("UN spokesman X")
    anaphoric: bool = False  # titled by a pronoun or indefinite ("Its spokesman, X")


def _place_country(name: str, *, min_population: int = 50_000) -> str | None:
    """Country of a toponym ("Kharkiv" -> UKR) from the places gazetteer, when installed."""
    try:
        from .. import gazetteer
        from ..errors import ClaimtraceError
    except ImportError:
        return None
    try:
        cand = gazetteer.load().resolve(name, features=("admin1", "city", "region"))
    except (ClaimtraceError, OSError, AttributeError, TypeError):
        return None
    if cand is None or not (cand.population >= min_population or cand.curated):
        return None
    return cand.country


def _state_code(text: str, lex) -> str | None:
    surf = lex.best(text)
    if surf is None:
        return None
    e = surf.entry
    return e.code if e.kind == "state" else e.country



# --- coreference and countries -------------------------------------------------------

def _halves(sdoc, lexicon: list[_Mention]) -> list[_Mention]:
    """ "the North" / "the South" as actors, when the document names North or South Korea."""
    codes = {m.code or m.country for m in lexicon}
    if not codes & set(HALVES.values()):
        return []
    taken = _taken(lexicon)
    out = []
    for tok in sdoc[1:]:
        code = HALVES.get(tok.text)
        if code is None or tok.i in taken or sdoc[tok.i - 1].lower_ != "the":
            continue
        nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text[:1].isupper()
                                or nxt.text in ("-", "–", "of")):
            continue  # "the North Atlantic", "the South Korean navy", "the North of Seoul"
        e = load_lexicon().state(code)
        if e is not None:
            out.append(_Mention(start=tok.idx, end=tok.idx + len(tok.text), key=e.key,
                                name=e.name, kind="state", code=code,
                                tokens=(tok.i, tok.i + 1)))
    return out


def _place_counts(sdoc, taken: set[int]) -> Counter:
    """Countries of the toponyms the parse found (GPE/LOC entities that are no actor)."""
    counts: Counter = Counter()
    for ent in sdoc.ents:
        if ent.label_ in ("GPE", "LOC") and not any(i in taken for i in range(ent.start, ent.end)) \
                and not _inside_name(ent):
            code = _place_country(ent.text)
            if code:
                counts[code] += 1
    return counts


def state_actor(doc: Document, entry) -> Actor:
    """The document's actor for the state of lexicon `entry`, made if it has none. A new
    actor's id follows the highest one in use: later steps drop actors (a town the tagger
    took for a person, a country named inside another's province), so the count of actors
    is no free id."""
    actor = next((a for a in doc.actors if a.kind == "state" and a.code == entry.code), None)
    if actor is None:
        taken = [int(a.id[1:]) for a in doc.actors if a.id[1:].isdigit()]
        actor = Actor(id=f"a{max(taken, default=0) + 1}", name=entry.name, kind="state",
                      code=entry.code, mentions=[])
        doc.actors.append(actor)
    return actor


def leading_state(counts: Counter) -> str | None:
    """The state code a document is mostly about: the most mentioned one, when it has at
    least 1.5 times the mentions of the next; None when no state clearly leads."""
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    return None if rest[0][1] * 1.5 > n else top


#: a dateline opening a line: "KHARKIV, Ukraine, June 25 (Reuters) -", "New Delhi, 7 May 2025"
_DATELINE = re.compile(r"(?m)^([A-Z][A-Za-z'.\- ]{1,40}?)(?:, ([A-Z][A-Za-z'.\- ]{1,40}?))?"
                       r"(?:,? (?:\(|[-\u2013\u2014]+ )|, (?=[A-Z][a-z]{2}|\d)\S)")
#: weights of the home-state vote: a state in the dateline, in the headline
DATELINE_WEIGHT, HEADLINE_WEIGHT = 3, 2
#: toponyms a story must name before its places alone make its home state
MIN_PLACES = 3
#: territories whose places another state's institutions administer (East Jerusalem and
#: the West Bank settlements): their places make no home state for bare institutions
ADMINISTERED_BY_OTHERS = frozenset({"PSE"})


def dateline_country(text: str) -> str | None:
    """Country of the dateline in the first lines ("OUAGADOUGOU, Aug 27 (AFP) -" -> BFA)."""
    lex = load_lexicon()
    for match in _DATELINE.finditer(text[:600]):
        for name in (match.group(2), match.group(1)):
            if not name or name.split()[0].lower() in ("by", "updated", "published", "date"):
                continue
            code = _state_code(name, lex) or _state_code(name.title(), lex) \
                or _place_country(name)
            if code:
                return code
    return None


def home_state(text: str, mentions: list[_Mention], places: Counter | None = None) -> str | None:
    """The state an unqualified office or bare institution ("the junta", "Mayor X") belongs
    to: the leading state of the document's mentions, its headline and its dateline (counted
    extra), else the dateline's country."""
    counts = Counter(m.code or m.country for m in mentions
                     if (m.kind == "state" and m.code) or (m.key[1:].isdigit() and m.country))
    counts.update(places or {})
    headline = text.find("\n\n")
    if 0 < headline < 250:
        counts.update({m.code or m.country: HEADLINE_WEIGHT for m in mentions
                       if ((m.kind == "state" and m.code) or (m.key[1:].isdigit() and m.country))
                       and m.end <= headline})
    dateline = dateline_country(text)
    if dateline:
        counts[dateline] += DATELINE_WEIGHT
    # no state leads the mentions ("Baghdad blames Turkey, Ankara denies"): the state whose
    # places the story is set in, when they clearly lead (stop 29)
    placed = leading_state(places) if places and sum(places.values()) >= MIN_PLACES else None
    if placed in ADMINISTERED_BY_OTHERS:
        placed = None  # ("the Neve Yaakov settlement", in PSE: police and cabinet are Israel's)
    return leading_state(counts) or dateline or placed


def _anchors(sdoc, mentions: list[_Mention], taken: set[int]) -> list[tuple[int, str]]:
    """(token, country) of every state-bearing mention: states, lexicon actors and phrases
    with a country, and toponyms that are no actor ("in Kharkiv")."""
    out = [(m.tokens[0], m.code or m.country) for m in mentions
           if (m.kind == "state" and m.code) or (m.country and (
               m.key[1:].isdigit() or m.key.startswith(("phrase:", "people:"))))]
    for ent in sdoc.ents:
        if ent.label_ in ("GPE", "LOC") and not any(i in taken for i in range(ent.start, ent.end)) \
                and not _inside_name(ent):
            code = _place_country(ent.text)
            if code:
                out.append((ent.start, code))
    return sorted(out)


def _inside_name(sp) -> bool:
    """Is this one-word toponym part of a person's name ("Aden" and "Farah" in "Abdirahman
    Aden Farah")? It is when capitalized name words run back to a person's name without a
    break, and the run goes on after it or is three words long."""
    doc = sp.doc
    if len(sp) != 1:
        return False
    run, i = [], sp.start - 1
    while i >= 0 and doc[i].is_title and doc[i].pos_ == "PROPN" and doc[i].whitespace_ \
            and sp.start - i <= 3:
        run.append(doc[i])
        i -= 1
    if not any(t.ent_type_ == "PERSON" for t in run):
        return False
    nxt = doc[sp.end] if sp.end < len(doc) else None
    return len(run) >= 2 or (nxt is not None and nxt.is_title and nxt.pos_ == "PROPN"
                             and bool(sp[-1].whitespace_))


def _nearest(anchors: list[tuple[int, str]], lo: int, hi: int, at: int, *,
             before: bool = False) -> str | None:
    """Country of the anchor within tokens [lo, hi) nearest to token `at`."""
    cands = [(abs(i - at), c) for i, c in anchors if lo <= i < hi and (not before or i < at)]
    return min(cands)[1] if cands else None


def _fill_from_context(sdoc, mentions: list[_Mention], anchors: list[tuple[int, str]],
                       home: str | None) -> None:
    """Persons and unknown organizations without a stated country take the country named
    nearest in their sentence; failing that the home state, or the previous sentence's.
    "Its spokesman, X" looks back to the sentence before first."""
    for m in mentions:
        if m.country is not None or m.international or m.key[1:].isdigit():
            continue
        if m.key.startswith("ethnic:"):  # "ethnic Albanians": of a state other than Albania
            own = m.key.split(":", 1)[1]
            others = [(i, c) for i, c in anchors if c != own]
            sent = sdoc[m.tokens[0]].sent
            m.country = _nearest(others, sent.start, sent.end, m.tokens[0]) \
                or (home if home != own else None)
            continue
        if m.key.startswith("phrase:") and m.kind != "person":
            if home is None:  # no clear home state: "the defence ministry" of the context
                m.country = _context_code(sdoc, m, anchors)
            continue
        if not (m.kind == "person" or (m.key.startswith(("organization:", "media:",
                                                         "military_unit:", "armed_group:"))
                                       and not set(m.name.lower().split()) & GLOBAL_WORDS)):
            continue
        first = m.tokens[0]
        sent = sdoc[first].sent
        prev = sdoc[sent.start - 1].sent if sent.start > 0 else sent
        near = [(i, c) for i, c in anchors if not m.tokens[0] <= i < m.tokens[1]]
        own = [(i, c) for i, c in near if not _counterpart(sdoc[i], m)]
        here = _nearest(own, sent.start, sent.end, first)
        if home and _titled(m) and any(c == home and sent.start <= i < sent.end
                                       for i, c in own):
            here = home  # "across Lebanon and parts of Syria, according to Health Minister X"
        back = _nearest(own, prev.start, sent.start, first, before=True)
        other = _nearest(near, sent.start, sent.end, first)  # a counterpart: the last resort
        if m.anaphoric:
            m.country = back or here or home or other
        else:
            m.country = here or home or back or other


def _titled(m: _Mention) -> bool:
    """Does a national office title the person ("Health Minister X"), with no state named?"""
    return m.kind == "person" and bool(m.role) \
        and bool(set(m.role.lower().replace("-", " ").split()) & TITLE_NOUNS)


def _context_code(sdoc, m: _Mention, anchors: list[tuple[int, str]]) -> str | None:
    """The state named nearest to `m` in its sentence, else last in the sentence before
    (counterparts aside)."""
    first = m.tokens[0]
    sent = sdoc[first].sent
    prev = sdoc[sent.start - 1].sent if sent.start > 0 else sent
    own = [(i, c) for i, c in anchors if not m.tokens[0] <= i < m.tokens[1]
           and not _counterpart(sdoc[i], m)]
    return _nearest(own, sent.start, sent.end, first) \
        or _nearest(own, prev.start, sent.start, first, before=True)


#: prepositions whose object is someone the actor deals with, not the actor's own state
#: ("talks with Russia", "sanctions against Iran", "envoy to Ukraine", "a strike by Russia")
COUNTERPART_PREPS = frozenset({"with", "against", "to", "on", "toward", "towards", "by",
                               "over", "into", "onto"})
#: nouns of an attack whose state adjective names the attacker ("a Russian strike")
ATTACK_NOUNS = frozenset("""strike attack airstrike raid shelling bombardment bombing offensive
invasion assault missile drone rocket barrage incursion aggression""".split())
#: title nouns whose possessor is the titled person's state ("Ukraine's prime minister")
TITLE_NOUNS = frozenset("""president minister premier chancellor secretary ambassador envoy
king emir leader governor mayor prosecutor chief adviser advisor spokesman spokeswoman
spokesperson commander official head""".split())


def _counterpart(tok, m: _Mention) -> bool:
    """Is the state word `tok` someone else's, not the country of the mention `m`? It is when
    it titles another person ("X and Ukraine's prime minister, Y") or is the object of a verb
    or of a dealing preposition ("accused Washington", "talks with Moscow"): an actor's
    counterpart is rarely its own state. Subjects, possessors and locations ("in Kyiv") stay."""
    root = tok.doc[m.tokens[1] - 1]
    noun = tok.head if tok.dep_ in ("amod", "compound", "nmod", "poss") else tok
    if any(t.i == root.i for t in noun.subtree):
        return False  # "a Chinese group led by m": the phrase around m is the state's
    if noun is not tok and noun.lemma_.lower() in ATTACK_NOUNS:
        return True  # "the deadliest Russian strike": the attacker, not the speaker's state
    head = tok
    while head.dep_ in ("compound", "amod", "nmod", "conj", "appos", "npadvmod") \
            and head.head is not head:
        head = head.head
    if head.dep_ == "poss" and head.head.lower_ in TITLE_NOUNS \
            and not m.tokens[0] <= head.head.i < m.tokens[1]:
        # the titled person is someone else unless the title is m's own ("Ukraine's PM, m")
        return not (root.head.i == head.head.i or head.head.head.i == root.i)
    if head.dep_ in ("dobj", "dative"):
        return True
    return head.dep_ == "pobj" and head.head.lower_ in COUNTERPART_PREPS


def _fill_countries(mentions: list[_Mention], places: Counter | None = None, *,
                    home: str | None = None) -> None:
    """Actors still without a country get the document's home state: the one its states and
    toponyms name most, when it clearly dominates (persons, government bodies, groups, and
    organizations and armed groups whose name is not international)."""
    counts = Counter(m.code for m in mentions if m.kind == "state" and m.code)
    counts.update(places or {})
    top = home or leading_state(counts)
    if top is None:
        return
    for m in mentions:
        if m.country is not None or m.international or m.key[1:].isdigit():  # lexicon: e12
            continue
        if m.kind in ("person", "government_body", "group") or (
                m.kind in ("military_unit", "media", "armed_group")
                and m.key.startswith(("phrase:", "military_unit:"))) or (
                m.kind in ("organization", "armed_group") and m.key.startswith(m.kind)
                and len(m.name.split()) > 1 and not set(m.name.lower().split()) & GLOBAL_WORDS):
            m.country = top


def _corefer_titles(mentions: list[_Mention]) -> None:
    """ "the Russian president" is the person of that country whose role is president."""
    lex = load_lexicon()
    persons = [m for m in mentions if m.kind == "person" and not m.key.startswith("phrase:")
               and m.role and m.country]
    for m in mentions:
        if m.kind != "person" or not m.key.startswith("phrase:") or m.country is None:
            continue
        words = {_norm(w) for w in m.name.split() if w.lower() not in ("the", "of")
                 and not _state_code(w, lex)}
        cands = {p.key: p for p in persons if p.country == m.country
                 and words <= {_norm(w) for w in p.role.replace("-", " ").split()}}
        if len(cands) == 1:
            p = next(iter(cands.values()))
            m.key, m.name, m.role = p.key, p.name, p.role


#: bare institutions that point back to the last one of that kind the text placed ("the
#: Israeli army ... the army ordered them to leave", "the US-led coalition ... the coalition
#: denied"), rather than to the story's home state
BACK_POINTING_HEADS = frozenset({"army", "military", "navy", "coalition"})


def corefer_bare_heads(text: str, mentions: list[_Mention]) -> None:
    """A bare definite institution ("the army", "the coalition") is the last actor before it
    written with the same head and a state ("the Israeli army", "the US-led coalition"). With
    none, "the army" is left to the home state; "the coalition", a union of states, to no
    one state."""
    placed: dict[str, _Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        words = text[m.start:m.end].lower().split()
        if not words or words[-1] not in BACK_POINTING_HEADS or m.kind == "state":
            continue
        head = words[-1]
        if len(words) == 1 and m.key.startswith("phrase:") and m.country is None:
            if head in placed:
                last = placed[head]
                m.key, m.name, m.kind = last.key, last.name, last.kind
                m.code, m.country = last.code, last.country
            elif head == "coalition":
                m.international = True
        elif len(words) > 1 and (m.code or m.country) and m.kind == "military_unit":
            placed[head] = m  # (a state's force: not "the National Liberation Army")


def _corefer_acronyms(text: str, mentions: list[_Mention]) -> None:
    """ "the Islamic Salvation Front (FIS)": the bracketed short form, there and later, is the
    same organization as the name before it."""
    full: dict[str, _Mention] = {}
    for m in mentions:
        if m.kind in ("state", "person") or not m.key.startswith(m.kind):
            continue  # only organizations the lexicon does not know
        after = text[m.end:m.end + 12]
        if after.startswith(" (") and ")" in after:
            short = after[2:after.index(")")]
            if 2 <= len(short) <= 8 and short.replace("-", "").isalpha() and short.isupper():
                full.setdefault(short, m)
    for m in mentions:
        f = full.get(m.name)
        if f is not None and m is not f and m.key.startswith(m.kind):
            m.key, m.name, m.kind = f.key, f.name, f.kind
            m.country = m.country or f.country


def _corefer_short_names(text: str, mentions: list[_Mention]) -> None:
    """ "the Guards" after "Iran's Revolutionary Guards", "the Brigade" after "the Azov
    Brigade": an organization the lexicon does not know, named by one word that ends the
    name of an organization or armed force met before, is that one (with its state)."""
    known = []
    for m in mentions:
        if m.kind in ("state", "person"):
            continue
        words = _norm(text[m.start:m.end]).split()
        if m.key.startswith(m.kind) and len(words) == 1:
            f = next((k for k in reversed(known) if k[0] == words[0]), None)
            if f is not None:
                m.key, m.name, m.kind = f[1].key, f[1].name, f[1].kind
                m.code, m.country = f[1].code, f[1].country
            continue
        if len(words) > 1 and words[-1].isalpha() and len(words[-1]) > 3:
            known.append((words[-1], m))


def _norm(word: str) -> str:
    w = word.lower().strip(",.")
    return {"defense": "defence", "u.s.": "us"}.get(w, w)


def _corefer_persons(mentions: list[_Mention]) -> None:
    """Short forms refer to the full name met earlier or later ("Kim" -> Kim Jong Un)."""
    full = [m for m in mentions if m.kind == "person" and " " in m.name]
    for m in mentions:
        if m.kind != "person" or " " in m.name:
            continue
        for f in full:
            parts = f.name.replace("-", " ").split()
            if m.name in (parts[0], parts[-1]):
                m.key, m.name, m.country = f.key, f.name, f.country or m.country
                m.role = m.role or f.role
                break
    # unknown persons with the same name share the first one's country and role
    first: dict[str, _Mention] = {}
    for m in mentions:
        if m.kind == "person":
            f = first.setdefault(m.key, m)
            m.country = m.country or f.country
            f.country = f.country or m.country


def _taken(mentions: list[_Mention]) -> set[int]:
    return {i for m in mentions for i in range(*m.tokens)}
