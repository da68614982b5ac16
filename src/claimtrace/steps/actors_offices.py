"""Helpers of the `actors` step for phrases that name a group or an office: "the Gran Grif
gang" (proper nouns before a group noun), "the Minister of Petroleum" (a definite office
named by its "of"), with the small readers they share with `actors`: the phrase as
written, the country a prepositional phrase names, whether a word is an international
body of the lexicon."""
from __future__ import annotations

from .actors_coref import _Mention, _place_country, _state_code
from .actors_words import (INTERNATIONAL_OFFICES, NAMED_BODY_HEADS, NAMED_GROUP_HEADS,
                           NAMED_ORG_HEADS, POSSESSIVE)


def _group_name(tok, mods, by_token) -> _Mention | None:
    """ "the Gran Grif gang", "the Viv Ansanm coalition": proper nouns before a group noun
    name an armed group (its country, unless written, is decided later from the document);
    "the Taiz Civic Observatory": a capitalised body's name, placed by the town it names."""
    body = tok.lower_ in NAMED_BODY_HEADS and tok.is_title
    if not (body or tok.lower_ in NAMED_GROUP_HEADS | NAMED_ORG_HEADS) or not mods \
            or any(m.dep_ != "compound" for m in mods):
        return None
    kind = "armed_group" if tok.lower_ in NAMED_GROUP_HEADS else "organization"
    words = list(tok.doc[min(m.left_edge.i for m in mods):tok.i])
    unnamed = ("NORP", "DATE", "PERSON") if body else ("GPE", "NORP", "DATE", "PERSON")
    if not words or any(t.i in by_token or not (t.is_title or t.is_upper)
                        or t.ent_type_ in unnamed for t in words) \
            or words[-1].i != tok.i - 1:
        return None
    if body:
        words.append(tok)  # the head is part of the name ("Observatory")
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    name = tok.doc.text[start:end]
    town = next((t.text for t in words if t.ent_type_ == "GPE"), None) if body else None
    return _Mention(start=start, end=end, key=f"{kind}:{name.lower()}", name=name,
                    kind=kind, tokens=(words[0].i, words[-1].i + 1),
                    country=_place_country(town) if town else None)


def _office_of(tok, kind: str, mods, lex) -> _Mention | None:
    """ "the Minister of Petroleum", "the Special Representative of the Secretary-General": a
    definite office named by its "of", held by no named person; the home state's, unless the
    office is international or names its state ("the Minister of Defence of Chile")."""
    if kind != "person" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(m.dep_ == "poss" or m.ent_type_ for m in mods):
        return None
    if not all(m.is_title and m.dep_ == "compound" for m in mods) or not (tok.is_title or not mods):
        return None
    obj = None
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            break
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("PERSON", "DATE"):
        return None
    words = [t for t in obj.subtree if t.dep_ != "det"]
    low = {t.lower_ for t in words} | {"".join(t.lower_ for t in words)}
    international = bool(low & INTERNATIONAL_OFFICES) or any(_international(t.text, lex)
                                                             for t in words)
    country = None if international else _prep_country(tok, lex)
    left = mods[0].i if mods else tok.i
    span = tok.doc[left:obj.i + 1]
    name = _span_name(span)
    return _Mention(start=span[0].idx, end=span[-1].idx + len(span[-1].text),
                    key=f"phrase:{name.lower()}", name=name, kind="person", country=country,
                    tokens=(span.start, span.end), international=international)


def _span_name(span) -> str:
    """The phrase as written, without possessive endings ("Seoul's agency" -> "Seoul agency")."""
    parts = []
    for t in span:
        if t.text in POSSESSIVE:
            if parts:  # keep the space that followed the possessive: "Ukraine's military"
                parts[-1] = parts[-1].rstrip() + t.whitespace_
            continue
        parts.append(t.text + t.whitespace_)
    return "".join(parts).strip()


def _prep_country(head, lex) -> str | None:
    """Country of "media in Pyongyang", "officials from Moscow", "ministry of Sudan"."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "from", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    span = obj.doc[obj.left_edge.i:obj.i + 1]
                    # ("diplomats in the region": a common noun names no place)
                    named = any(t.pos_ == "PROPN" or t.is_title and t.lower_ != "the"
                                for t in span)
                    code = _state_code(span.text, lex) or _state_code(obj.text, lex) \
                        or (_place_country(span.text) if named else None)
                    if code:
                        return code
    return None


def _international(word: str, lex) -> bool:
    """Is `word` an international body of the lexicon ("UN", "NATO", "ICRC")?"""
    surf = lex.best(word)
    return surf is not None and surf.entry.kind == "organization" and not surf.entry.country
