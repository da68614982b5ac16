"""Helpers of the `actors` step: institutional phrases the phrase pass leaves out.

- forces named bare as a clause's subject ("Police said", "Thirteen police officers were
  wounded", "gang members who stormed"), the home state's;
- unnamed office holders in lower case ("the chief cabinet secretary", "the deputy
  commissioner of X district"), of the office's place or the home state;
- bodies a non-state actor possesses ("the Taliban's defence ministry", "the KRG's interior
  ministry"), of that actor's state;
- capitalized definite bodies no entity covers ("the General Staff"), the home state's.

Each phrase is a `_Mention` with a `phrase:` key; a country left None is filled later with
the document's home state (`actors_coref._fill_countries`).
"""
from __future__ import annotations

from ..timex_base import MONTHS
from .actors_coref import _Mention, _place_country
from .actors_words import (CIVIL_BODY_HEADS, CIVIL_PAIRS, FOREIGN_MODIFIERS, HEAD_KINDS,
                           POSSESSIVE)

#: heads that, bare and plural or mass, name a force when they are a subject ("troops" and
#: "soldiers" are left to the claims step, which makes the home state their actor)
SUBJECT_HEADS: dict[str, str] = {"police": "government_body", "policemen": "government_body",
                                 "officers": "government_body", "members": "armed_group"}
#: heads that need one of these compounds to be a force ("police officers", "gang members")
NEEDS_COMPOUND: dict[str, frozenset[str]] = {
    "officers": frozenset({"police", "security", "army", "military", "border", "prison"}),
    "members": frozenset({"gang", "militia", "cartel", "security"}),
}
#: nouns of an office held by one person, beside the title nouns of HEAD_KINDS
OFFICE_NOUNS = frozenset("""commissioner spokesman spokeswoman spokesperson administrator
inspector superintendent""".split())
#: kinds of a body a non-state actor can own ("the KRG's interior ministry")
OWNED_KINDS = frozenset({"government_body", "military_unit", "media"})
#: subject dependencies; a head with a relative clause is a subject too ("soldiers who ...")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def bare_phrases(sdoc, mentions: list[_Mention], taken: set[int]) -> list[_Mention]:
    """The phrases above whose tokens no mention in `taken` covers."""
    out: list[_Mention] = []
    used = set(taken)
    for tok in sdoc:
        if tok.i in used or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        m = (_subject_force(tok) or _lower_office(tok) or _owned_body(tok, mentions)
             or _titled_body(tok))
        if m is not None and not any(i in used for i in range(*m.tokens)):
            out.append(m)
            used.update(range(*m.tokens))
    return out


def _phrase(sdoc, left: int, right: int, kind: str, *, country: str | None = None,
            owner: str = "") -> _Mention:
    span = sdoc[left:right]
    name = span.text
    return _Mention(start=span.start_char, end=span.end_char,
                    key=f"phrase:{owner}{name.lower()}", name=name, kind=kind,
                    country=country, tokens=(left, right))


def _mods(tok) -> list:
    return [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "poss", "det",
                                                "nummod", "advmod", "quantmod")]


def _subject_force(tok) -> _Mention | None:
    """ "Police said", "Thirteen police officers were wounded", "gang members who fled"."""
    low = tok.lower_
    kind = SUBJECT_HEADS.get(low)
    if kind is None or not (tok.dep_ in SUBJECT_DEPS or any(c.dep_ == "relcl"
                                                            for c in tok.children)):
        return None
    if tok.pos_ == "PROPN" and not tok.is_sent_start:
        return None
    mods = _mods(tok)
    if any(c.dep_ in ("det", "poss") for c in mods):
        return None  # "the police", "their soldiers": the phrase pass or an owner decides
    compounds = [c for c in mods if c.dep_ == "compound"]
    need = NEEDS_COMPOUND.get(low)
    if need is not None and not (compounds and compounds[-1].lower_ in need):
        return None
    for c in mods:
        for t in c.subtree:
            if t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or t.lower_ in FOREIGN_MODIFIERS:
                return None  # "Russian soldiers", "rebel soldiers": someone else's phrase
    left = compounds[0].i if compounds else tok.i
    if tok.i - left > 1:
        return None
    return _phrase(tok.doc, left, tok.i + 1, kind)


def _lower_office(tok) -> _Mention | None:
    """ "the chief cabinet secretary", "the deputy commissioner of X district": a definite
    office in lower case with words before its title noun, held by no named person."""
    low = tok.lower_
    if not tok.is_lower or (HEAD_KINDS.get(low) != "person" and low not in OFFICE_NOUNS):
        return None
    mods = _mods(tok)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in mods):
        return None
    words = [c for c in mods if c.dep_ in ("amod", "compound")]
    if not words or any(not (t.is_lower and t.is_alpha) for c in words for t in c.subtree):
        return None
    if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in tok.children) \
            or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_type_ == "PERSON") \
            or tok.head.ent_type_ == "PERSON":
        return None  # "the deputy commissioner, X": the person's title
    left = min(t.i for c in words for t in c.subtree)
    return _phrase(tok.doc, left, tok.i + 1, "person", country=_office_place(tok))


def _office_place(tok) -> str | None:
    """Country of the place an office is "of" ("commissioner of X district")."""
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "in"):
            for obj in prep.children:
                for t in obj.subtree:
                    if t.pos_ == "PROPN" and t.is_title:
                        code = _place_country(t.text)
                        if code:
                            return code
    return None


def _owned_body(tok, mentions: list[_Mention]) -> _Mention | None:
    """ "the Taliban's defence ministry": a lower-case body after a non-state actor's
    possessive is that actor's, of its state."""
    kind = HEAD_KINDS.get(tok.lower_) or HEAD_KINDS.get(tok.lemma_.lower())
    if kind not in OWNED_KINDS or not tok.is_lower:
        return None
    words = [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
    if any(not (t.is_lower and t.is_alpha) for c in words for t in c.subtree):
        return None
    left = min((t.i for c in words for t in c.subtree), default=tok.i)
    poss = left - 1
    if poss < 1 or tok.doc[poss].text not in POSSESSIVE:
        return None
    owner = next((m for m in mentions if m.tokens[1] == poss), None)
    if owner is None or owner.kind == "state" or not (owner.country or owner.code):
        return None
    return _phrase(tok.doc, left, tok.i + 1, kind, country=owner.country or owner.code,
                   owner=f"{owner.key}:")


def _titled_body(tok) -> _Mention | None:
    """ "The General Staff said": a definite body of capitalized common words that no
    entity covers, the home state's."""
    kind = HEAD_KINDS.get(tok.lower_)
    if kind not in ("government_body", "military_unit") or not tok.is_title \
            or tok.ent_type_ or tok.dep_ not in SUBJECT_DEPS | {"pobj", "poss"}:
        return None
    mods = _mods(tok)
    words = [c for c in mods if c.dep_ == "compound"]
    if not words or not any(c.dep_ == "det" and c.lower_ == "the" for c in mods) \
            or len(words) != len(mods) - 1:
        return None
    if any(not (c.is_title and c.is_alpha) or c.ent_type_ or c.lower_ in FOREIGN_MODIFIERS
           or c.lower_ not in COMMON_TITLE_WORDS for c in words):
        return None
    return _phrase(tok.doc, words[0].i, tok.i + 1, kind)


#: capitalized common words of a state body's name ("the General Staff", "the Armed Forces")
COMMON_TITLE_WORDS = frozenset("""general joint armed defence defense interior foreign health
security emergency emergencies border national presidential main""".split())


#: capitalized words that, before a state's name, title it or place it, not an organization
STATE_PREFIXES = frozenset("""the president prime minister king queen emir premier north south
east west central northern southern eastern western upper lower greater new free democratic
republic federal islamic people's kingdom state union government in on at""".split())


def country_named_orgs(sdoc, mentions: list[_Mention]) -> list[_Mention]:
    """ "CareBridge Sudan", "Save Relief Nigeria": capitalized names ending in a state's name
    are organizations based in that state; the state mention becomes the organization's."""
    taken = {i for m in mentions for i in range(*m.tokens)}
    out: list[_Mention] = []
    for m in mentions:
        first = m.tokens[0]
        if m.kind != "state" or not m.code or sdoc[first].ent_type_ in ("PERSON", "NORP") \
                or not sdoc[first].is_title:
            out.append(m)
            continue
        left = first
        while left > 0 and _name_word(sdoc[left - 1]) and left - 1 not in taken:
            left -= 1
        if left == first:
            out.append(m)
            continue
        span = sdoc[left:m.tokens[1]]
        out.append(_Mention(start=span.start_char, end=span.end_char,
                            key=f"organization:{span.text.lower()}", name=span.text,
                            kind="organization", country=m.code, tokens=(left, m.tokens[1])))
    return out


def state_worded_bodies(sdoc, mentions: list[_Mention]) -> list[_Mention]:
    """ "the Syria Casualty Watch", "the Afghan Civilian Protection Monitor", "the Anglican
    Diocese of Jerusalem", "the Sahel Rights Monitor": a capitalised civil body whose name
    holds a state's, a people's or a region's word is an organization placed by it, not the
    state (nor a place); the state mention inside goes."""
    by_token = {i: m for m in mentions for i in range(*m.tokens)}
    bodies: list[_Mention] = []
    absorbed: set[int] = set()  # ids of the state mentions a body's name holds
    for tok in sdoc:
        low = tok.lower_
        if not tok.is_title or tok.pos_ not in ("PROPN", "NOUN") or tok.i in by_token:
            continue
        if low not in CIVIL_BODY_HEADS and not (
                low in CIVIL_PAIRS and tok.i > 0 and sdoc[tok.i - 1].lower_ == CIVIL_PAIRS[low]):
            continue
        mods = [c for c in tok.lefts if c.dep_ != "det"]
        if not mods or any(c.dep_ not in ("compound", "amod") for c in mods):
            continue
        left = min(c.left_edge.i for c in mods)
        words = list(sdoc[left:tok.i])
        if any(not (t.is_title or t.is_upper) or not t.is_alpha for t in words):
            continue
        right = tok.i + 1  # "of Jerusalem", "for Human Rights": part of the name
        if right + 1 < len(sdoc) and sdoc[right].lower_ in ("of", "for") \
                and sdoc[right + 1].is_title:
            right += 1
            while right < len(sdoc) and (sdoc[right].is_title or sdoc[right].lower_ == "and"
                                         and right + 1 < len(sdoc) and sdoc[right + 1].is_title):
                right += 1
        inside = {id(by_token[i]): by_token[i] for i in range(left, right) if i in by_token}
        if any(m.kind != "state" or m.tokens[0] < left or m.tokens[1] > right
               for m in inside.values()):
            continue  # a named actor of its own ("the Arab League", "the Russian Federation")
        if not inside and not any(t.ent_type_ in ("NORP", "GPE", "LOC")
                                  for t in sdoc[left:right]):
            continue  # no state, people or region word: the entity pass names it
        states = sorted(inside.values(), key=lambda m: m.tokens[0])
        span = sdoc[left:right]
        bodies.append(_Mention(start=span.start_char, end=span.end_char,
                               key=f"organization:{span.text.lower()}", name=span.text,
                               kind="organization", tokens=(left, right),
                               country=next((m.code for m in states if m.code), None)))
        absorbed.update(id(m) for m in states)
        for i in range(left, right):
            by_token[i] = bodies[-1]
    if not bodies:
        return mentions
    return sorted([m for m in mentions if id(m) not in absorbed] + bodies,
                  key=lambda m: m.start)


def _name_word(tok) -> bool:
    """A word of an organization's name: a capitalized proper noun, no place, date, month
    ("in January Niger ..." names no organization) or title."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() \
        and tok.ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "TIME", "PERSON", "FAC") \
        and tok.lower_ not in MONTHS \
        and tok.lower_ not in STATE_PREFIXES and not tok.is_sent_start
