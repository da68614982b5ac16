"""Step `actors`: who acts or speaks, merged into one `Actor` per entity.

Mentions come from the actor lexicon (states, short forms, demonyms, capitals and seats
of power, bodies, groups, media, office holders), from spaCy's PERSON/ORG entities, and
from noun phrases headed by institution or group nouns ("Ukrainian authorities",
"Western officials", "intelligence reports"). A capital counts as an actor only when the
parse says it acts (subject, possessor, agent, object of a non-motion verb); "visited
Pyongyang" and "in Moscow" are places, left to the places step.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from ..actors_lexicon import DEMONYM, METONYM, NAME, PLURAL, ActorEntry, load_lexicon
from .actors_coref import (GLOBAL_WORDS, corefer_bare_heads, _anchors, _corefer_acronyms,
                           _corefer_persons, _corefer_short_names, _corefer_titles, _inside_name,
                           _fill_countries, _fill_from_context, _halves, _Mention, _place_country,
                           _place_counts, _state_code, _taken, home_state, TITLE_NOUNS)
from .actors_words import (SPEECH_VERBS_AS_NOUNS, LOCATIVE_PREPS, ACTOR_PREPS, PLACE_VERBS,
                           LOCATIVE_NOUNS, SEATS, HEAD_KINDS, GROUP_MODIFIERS, QUALIFIED_HEADS,
                           ARMED_MODIFIERS,
                           PREP_COUNTRY_HEADS, BASED_PARTICIPLES, SPONSOR_PARTICIPLES,
                           HYPHEN_PARTICIPLES, STATELESS_MODIFIERS, FOREIGN_MODIFIERS,
                           CONTROL_PARTICIPLES, ORG_KIND_WORDS, PATRON_NOUNS,
                           ANAPHORIC, PEOPLE_HEADS, BARE_HEADS,
                           ANAPHORIC_DETS,
                           NAME_PARTICLES, TIME_ZONES, POSSESSIVE, RELIGIOUS_MODIFIERS,
                           LEADER_BODIES, RELATION_NOUNS, RELATION_PREPS, GIVING_VERBS,
                           MEDIA_HEADS)
from .actors_bare import bare_phrases, country_named_orgs, state_worded_bodies
from .actors_context import (bracketed_names, bracketed_short_forms, place_diplomats,
                             region_country, titled_kind)
from .actors_peoples import people_mentions, people_of, people_state, state_anchors
from .actors_offices import (_group_name, _international, _office_of, _prep_country,
                             _span_name)
from .actors_names import (apposed_name, appositive_kind, descriptor_kind, named_org_spans,
                           nicknamed_person_spans, ranked_person_spans,
                           relative_person_spans, ship_spans, titled_person_spans)
from ..model import Actor, Document
from ..pipeline import step

log = logging.getLogger(__name__)


@step("actors", needs=("spacy",), provides=("actors",))
def resolve_actors(doc: Document) -> Document:
    """Find actor mentions in the parse and merge them into `doc.actors` (ids a1, a2...)."""
    sdoc = doc.spacy
    if sdoc is None:
        return doc
    mentions = country_named_orgs(sdoc, _with_ships(sdoc, _lexicon_mentions(sdoc)))
    mentions = state_worded_bodies(sdoc, mentions)
    mentions.extend(_halves(sdoc, mentions))
    mentions.sort(key=lambda m: m.start)
    taken = _taken(mentions)
    phrases = _phrase_mentions(sdoc, mentions)
    # a state mention inside an institutional phrase becomes that phrase's country
    inside = {i for p in phrases for i in range(*p.tokens)}
    absorbed = {i for p in phrases for i in p.absorbed}
    owners = _possessors(sdoc, mentions, phrases)
    mentions = [m for m in mentions if m.tokens[0] not in absorbed and
                not (m.kind == "state" and all(i in inside for i in range(*m.tokens))
                     and _participle_after(sdoc, m) not in HYPHEN_PARTICIPLES)]
    mentions.extend(phrases)
    mentions.extend(people_mentions(sdoc, mentions, _taken(mentions)))
    mentions.extend(bare_phrases(sdoc, mentions, _taken(mentions)))
    mentions = bracketed_names(sdoc, mentions, _org_kind)
    taken = _taken(mentions)
    mentions.extend(_entity_mentions(sdoc, taken))
    mentions.sort(key=lambda m: (m.start, -m.end))
    places = _place_counts(sdoc, taken)
    corefer_bare_heads(doc.text, mentions)
    home = home_state(doc.text, mentions, places)
    _fill_from_context(sdoc, mentions, _anchors(sdoc, mentions, _taken(mentions)), home)
    _fill_countries(mentions, places, home=home)
    place_diplomats(sdoc, mentions)
    _corefer_persons(mentions)
    _corefer_titles(mentions)
    _corefer_acronyms(doc.text, mentions)
    mentions.extend(bracketed_short_forms(sdoc, mentions))
    _corefer_short_names(doc.text, mentions)
    mentions.extend(owners)  # after the counts above, which weigh each phrase once
    doc.actors = _merge(doc, mentions)
    return doc


# --- lexicon matches -------------------------------------------------------------------

_MATCHERS: dict[int, object] = {}


def _matcher(vocab):
    """A PhraseMatcher over every surface form of the lexicon (one per vocab)."""
    key = id(vocab)
    if key not in _MATCHERS:
        from spacy.lang.en import English
        from spacy.matcher import PhraseMatcher

        tok = English().tokenizer
        m = PhraseMatcher(vocab, attr="ORTH")
        forms = sorted({s.text for s in load_lexicon().surfaces()})
        for f in forms:
            m.add(f, [_retok(tok, vocab, f)])
        _MATCHERS[key] = m
    return _MATCHERS[key]


def _retok(tok, vocab, text):
    from spacy.tokens import Doc

    toks = tok(text)
    return Doc(vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks])


def _lexicon_mentions(sdoc) -> list[_Mention]:
    from spacy.util import filter_spans

    lex = load_lexicon()
    spans = [sdoc[s:e] for _mid, s, e in _matcher(sdoc.vocab)(sdoc)]
    labels = {(sp.start, sp.end): sp.text for sp in spans}
    out = []
    for sp in filter_spans(spans):
        surf = lex.best(labels.get((sp.start, sp.end), sp.text))
        if surf is None:
            continue
        e = surf.entry
        if surf.how == METONYM:
            if not e.curated and sp.root.ent_type_ not in ("GPE", "ORG", "FAC"):
                continue
            if not _acts(sp):
                continue
        if e.kind == "person" and sp.root.ent_type_ not in ("PERSON", "") and len(sp) == 1:
            continue
        if e.kind == "person" and len(sp) == 1 and _in_longer_name(sp[0]):
            continue  # "Abbas" in "Abbas Araqchi": someone else's name
        if e.kind == "state" and _inside_name(sp):
            continue  # "Aden" in "Abdifatah Aden Hassan": part of a person's name
        if surf.how in (DEMONYM, PLURAL) and sp.start > 0 and sdoc[sp.start - 1].lower_ == "ethnic":
            # "ethnic Albanians" are a people, often of another state: the home state decides
            start, end = sdoc[sp.start - 1].idx, sp.end_char
            out.append(_Mention(start=start, end=end, key=f"ethnic:{e.code}",
                                name=sdoc.text[start:end], kind="group",
                                tokens=(sp.start - 1, sp.end)))
            continue
        out.append(_from_entry(sp, e, surf.how))
    return _national_bodies(sdoc, out)


def _in_longer_name(tok) -> bool:
    """Is this one-word name of a known person part of a longer person name the tagger
    read ("Abbas" in "Abbas Araqchi", "Ali Abbas")?"""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ == "PERSON" and (tok.ent_iob_ == "I" or (
        nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I"))


def _with_ships(sdoc, mentions: list[_Mention]) -> list[_Mention]:
    """ "USS Harry S. Truman", "HMS Prince of Wales": a navy's ship, the military unit of
    the prefix's state, replaces the lexicon matches inside its name."""
    ships = []
    for start, end, code in ship_spans(sdoc):
        span = sdoc[start:end]
        ships.append(_Mention(start=span.start_char, end=span.end_char,
                              key=f"ship:{span.text.lower()}", name=span.text,
                              kind="military_unit", country=code, tokens=(start, end)))
    if not ships:
        return mentions
    inside = {i for m in ships for i in range(*m.tokens)}
    kept = [m for m in mentions if not any(i in inside for i in range(*m.tokens))]
    return sorted(kept + ships, key=lambda m: m.start)


def _national_bodies(sdoc, mentions: list[_Mention]) -> list[_Mention]:
    """ "Russia's Security Council", "the Ukrainian Red Cross": a state's possessive or
    demonym before the generic name of an international body makes that state's own body
    (the state mention joins the phrase, as in "Ukraine's defence ministry")."""
    out: list[_Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        gap = m.tokens[0] - prev.tokens[1] if prev else -1
        if prev is None or prev.kind != "state" or not prev.code or m.country \
                or m.kind not in ("organization", "government_body") \
                or not (gap == 0 or (gap == 1 and sdoc[prev.tokens[1]].text in POSSESSIVE)) \
                or not _generic_name(sdoc[m.tokens[0]:m.tokens[1]]):
            out.append(m)
            continue
        span = sdoc[prev.tokens[0]:m.tokens[1]]
        name = _span_name(span)
        own = _own_body(prev.code, sdoc[m.tokens[0]:m.tokens[1]].text)
        out[-1] = _Mention(start=prev.start, end=m.end, key=own.key if own else
                           f"phrase:{name.lower()}", name=own.name if own else name,
                           kind=own.kind if own else _org_kind(name), country=prev.code,
                           role=own.role if own else None, tokens=(span.start, span.end))
    return out


def _own_body(code: str, generic: str) -> ActorEntry | None:
    """The lexicon's body of state `code` whose name ends with `generic` ("Russian Security
    Council" for "Russia's Security Council"), if any."""
    for e in load_lexicon().entries:
        if e.country == code and e.kind != "person" and e.name.endswith(generic):
            return e
    return None


def _generic_name(span) -> bool:
    """Is this name made of capitalized common words ("Security Council", "Red Cross"), not
    an acronym or a name that says it is international ("UN Security Council")?"""
    words = [t for t in span if t.lower_ != "the"]
    return bool(words) and all(t.is_alpha and t.is_title and len(t) > 1
                               and t.lower_ not in GLOBAL_WORDS for t in words)


def _from_entry(sp, e: ActorEntry, how: str) -> _Mention:
    start, end = _trim(sp)
    if how == PLURAL:  # "Palestinians": the people of a state, a group
        name = sp.doc.text[start:end]
        return _Mention(start=start, end=end, key=f"people:{e.code}", name=name, kind="group",
                        country=e.code, tokens=(sp.start, sp.end))
    return _Mention(start=start, end=end, key=e.key, name=e.name, kind=e.kind, code=e.code,
                    country=e.country, role=e.role, tokens=(sp.start, sp.end))


def _trim(sp) -> tuple[int, int]:
    """Character span without a leading "the" and a trailing possessive."""
    toks = list(sp)
    while toks and toks[0].lower_ == "the" and len(toks) > 1:
        toks = toks[1:]
    while toks and toks[-1].text in POSSESSIVE and len(toks) > 1:
        toks = toks[:-1]
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _subjectless_verb(tok) -> bool:
    """Is `tok` a finite verb with no subject of its own (so the noun before it is one)?"""
    return tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _acts(sp) -> bool:
    """Does this capital / seat of power act or speak here (metonymy), or is it a place?"""
    root = sp.root
    nxt = sp.doc[sp.end] if sp.end < len(sp.doc) else None
    if nxt is not None and nxt.text in POSSESSIVE:
        return True
    dep = root.dep_
    if dep == "appos" and root.head.lemma_.lower() in SETTLEMENTS or any(
            c.dep_ == "compound" and c.lemma_.lower() in SETTLEMENTS for c in root.children):
        return False  # "Yemen's capital Sanaa", "the capital, Kyiv": a place named as such
    if dep in ("nsubj", "nsubjpass", "poss", "agent", "appos", "dative", "csubj"):
        return True
    if dep == "conj":
        first = root
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        return first is not root and _acts(sp.doc[first.i:first.i + 1])
    if dep == "pobj" and nxt is not None and _subjectless_verb(nxt):
        return True  # "On Friday Seoul imposed ...": a subject the parse took for an object
    if dep == "pobj":
        prep = root.head.lower_
        if prep == "in" and (root.head.head.lower_ in PATRON_NOUNS or (
                root.head.i > 0 and sp.doc[root.head.i - 1].lower_ in PATRON_NOUNS)):
            return True  # "their backers in Tehran", "the regime in Damascus"
        if prep == "of":
            return root.head.head.lemma_.lower() not in LOCATIVE_NOUNS
        if prep in RELATION_PREPS and _dealing(root.head):
            return True  # "condemnation from Seoul", "pressure on Moscow", "pledged to Kyiv"
        return prep in ACTOR_PREPS and prep not in LOCATIVE_PREPS
    if dep == "dobj":
        return root.head.lemma_.lower() not in PLACE_VERBS
    if dep in ("compound", "amod", "nmod"):
        if nxt is not None and root.head.i == nxt.i and nxt.tag_ == "NNS" \
                and nxt.lower_ in SPEECH_VERBS_AS_NOUNS:
            return True  # "a figure Kyiv dismisses": a verb the parse took for a noun
        return root.head.lemma_.lower() in HEAD_KINDS or root.head.lower_ in HEAD_KINDS \
            or root.head.ent_type_ == "PERSON"
    return False


# nouns that name a place as a settlement ("the capital Sanaa", "the port city, Hodeidah")
SETTLEMENTS = frozenset({"capital", "city", "town", "port", "village"})


def _relation_noun(tok) -> bool:
    """Is `tok` a noun of dealings between states ("relations", "pressure", "aid")?"""
    return tok.pos_ == "NOUN" and (tok.lower_ in RELATION_NOUNS
                                   or tok.lemma_.lower() in RELATION_NOUNS)


def _dealing(prep) -> bool:
    """Does preposition `prep` hang on a dealing between states: a relation noun ("aid to"),
    a verb whose object is one ("drew condemnation from"), or a verb of giving ("pledged to")?"""
    head = prep.head
    if _relation_noun(head):
        return True
    if head.pos_ != "VERB":
        return False
    if prep.lower_ == "to" and head.lemma_.lower() in GIVING_VERBS:
        return True
    objs = [c for c in head.children if c.dep_ == "dobj"]
    return any(_relation_noun(o) for c in objs for o in (c, *c.conjuncts))


# --- institution and group phrases -----------------------------------------------------

def _phrase_mentions(sdoc, lexicon: list[_Mention]) -> list[_Mention]:
    """ "Ukrainian authorities", "Seoul's arms procurement agency", "Western officials"."""
    lex = load_lexicon()
    by_token = {i: m for m in lexicon for i in range(*m.tokens)}
    anchors = None  # the states a people's group may belong to, found when first needed
    out = []
    used: set[int] = set()
    for tok in sdoc:
        kind = HEAD_KINDS.get(tok.lower_) or HEAD_KINDS.get(tok.lemma_.lower())
        if kind is None or tok.pos_ not in ("NOUN", "PROPN") or tok.i in by_token or tok.i in used:
            continue
        if (tok.dep_ in ("compound", "appos") and tok.head.i in by_token) or any(
                c.dep_ in ("appos", "compound") and c.i in by_token and c.i > tok.i
                for c in tok.children) or (
                tok.dep_ == "appos" and apposed_name(tok).i in by_token):
            continue  # "the German broadcaster ZDF": a description of a lexicon actor
        if (kind == "person" or (kind == "group" and tok.tag_ == "NN")) and _names_person(tok):
            continue  # "Gambian President Dawda Jawara": the title of a named person
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod")]
        mod_words = {t.lower_ for m in mods for t in m.subtree}
        if tok.lower_ in QUALIFIED_HEADS and not (mod_words & QUALIFIED_HEADS[tok.lower_]) \
                and not (tok.is_title and not QUALIFIED_HEADS[tok.lower_]):
            continue  # "the train service", "the city centre": no institution
        if kind in ("group", "organization") and (mod_words & ARMED_MODIFIERS or (
                mod_words & SPONSOR_PARTICIPLES and tok.lower_ in ("group", "groups"))):
            kind = "armed_group"  # "rebel groups", "the militant group"
        if mod_words & MEDIA_HEADS.get(tok.lower_, frozenset()):
            kind = "media"  # "Russian state news agencies"
        named = _group_name(tok, mods, by_token)
        if named is not None:
            out.append(named)
            continue
        office = _office_of(tok, kind, mods, lex)
        if office is not None:
            out.append(office)
            continue
        if not mods and tok.lower_ in BARE_HEADS and _bare_token(tok) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and not _prep_country(tok, lex) and not _qualified_by_prep(tok) \
                and not (tok.dep_ == "poss" and _institution(tok.head)):
            out.append(_Mention(start=tok.idx, end=tok.idx + len(tok.text),
                                key=f"phrase:{tok.lower_}", name=tok.lower_, kind=kind,
                                tokens=(tok.i, tok.i + 1)))
            continue  # "the junta", "the guerrillas": the home state's, by _fill_countries
        prep_ok = kind == "armed_group" or tok.lower_ in PREP_COUNTRY_HEADS
        if not mods and not (prep_ok and _prep_country(tok, lex)):
            continue  # "rebels in Darfur", "officials in Kyiv": the place's country
        left = min(c.left_edge.i for c in mods) if mods else tok.i
        for i in range(left, tok.i):  # not across a dash or comma ("Lima, May 7 - The ...")
            if sdoc[i].text in (",", ";", ":", "(", "—", "–") or (
                    sdoc[i].text == "-" and sdoc[i].whitespace_):
                left = i + 1
        while left < tok.i and (sdoc[left].dep_ in ("det", "punct", "nummod", "quantmod")
                                or sdoc[left].ent_type_ in ("DATE", "TIME")):
            left += 1  # (nor a date the parse hung on the noun: "last month gunmen attacked")
        span = sdoc[left:tok.i + 1]
        sponsors = _sponsors(span, by_token)
        states = [by_token[i] for i in range(span.start, span.end)
                  if i in by_token and by_token[i].kind == "state" and by_token[i] not in sponsors]
        other = [by_token[i] for i in range(span.start, span.end)
                 if i in by_token and by_token[i].kind != "state"]
        owners = [m for m in other if _controls(sdoc, m) or (
            m.kind == "person" and m.country and tok.lower_ in LEADER_BODIES
            and m.tokens[1] == tok.i)]  # "Houthi-run media", "the Modi government"
        if other and len(owners) < len(other):
            continue  # "Wagner Group mercenaries": the lexicon actor speaks for the phrase
        based = any(_participle_after(sdoc, m) in BASED_PARTICIPLES for m in states)
        if states and not based and (tok.lower_ in PEOPLE_HEADS or len({m.code for m in states}) > 1):
            if len(states) == 1 and tok.lower_ in PEOPLE_HEADS and not owners:
                _widen_possessor(sdoc, states[0], tok)
            continue  # "Kyiv's forces", "Hungarian and Romanian officials": the states act
        words = {t.lower_ for t in span[:-1]}
        anaphor = _anaphoric_state(span, lexicon) or _toponym_country(span[:-1])
        if owners:
            anaphor = owners[0].code or owners[0].country
        if not states and not anaphor and tok.lower_ in LEADER_BODIES:
            anaphor = _leader_state(span[:-1])  # "the Bush administration", "the Modi government"
        people = None if states or anaphor else people_of(span[:-1])
        if people is not None:  # "Kurdish fighters", "Rohingya refugees"
            anchors = state_anchors(sdoc, lexicon) if anchors is None else anchors
            anaphor = people_state(people, anchors, tok.i)
        if not states and not anaphor and not (words & (GROUP_MODIFIERS | RELIGIOUS_MODIFIERS)) \
                and not _prep_country(tok, lex) and not _bare_body(tok, kind, mods) \
                and not (sponsors and kind == "armed_group") \
                and not (kind == "armed_group" and tok.lower_ != "fighters"
                         and _lower_words(mods)):
            continue  # "rival militias", "the Iran-backed group": the home state's, later
        # "the Ukrainian military's general staff": extend to the possessed institution
        head = tok
        while head.dep_ == "poss" and (HEAD_KINDS.get(head.head.lemma_.lower())
                                       or HEAD_KINDS.get(head.head.lower_)):
            head = head.head
            used.add(head.i)
        right = head.i + 1
        if kind == "person":  # "the U.S. secretary of state", "minister of defence"
            right = _title_of(head) or right
        span = sdoc[left:right]
        if head is not tok:
            kind = HEAD_KINDS.get(head.lower_) or HEAD_KINDS.get(head.lemma_.lower()) or kind
        country = states[0].code if states else anaphor
        country = country or _prep_country(head, lex)
        name = _span_name(span)
        out.append(_Mention(start=span[0].idx, end=span[-1].idx + len(span[-1].text),
                            key=f"phrase:{name.lower()}", name=name, kind=kind,
                            country=country, tokens=(span.start, span.end),
                            absorbed=[m.tokens[0] for m in owners
                                      if _participle_after(sdoc, m) not in HYPHEN_PARTICIPLES],
                            international=bool(words & STATELESS_MODIFIERS) and not country
                            and head.is_lower))
    return out


def _controls(sdoc, m: _Mention) -> bool:
    """Is the lexicon actor `m` the owner in "Houthi-run", "Hamas-controlled"?"""
    i = m.tokens[1]
    return i + 1 < len(sdoc) and sdoc[i].text == "-" \
        and sdoc[i + 1].lower_ in CONTROL_PARTICIPLES


def _widen_possessor(sdoc, state: _Mention, head) -> None:
    """ "India's armed forces": the possessing state's mention covers the whole phrase."""
    end = state.tokens[1]
    if end < len(sdoc) and sdoc[end].text in POSSESSIVE and end < head.i:
        state.end = head.idx + len(head.text)
        state.tokens = (state.tokens[0], head.i + 1)


def _bare_body(tok, kind: str, mods) -> bool:
    """ "the communications ministry", "the ombudsman's office", "the military's media wing":
    a definite state body whose lower-case modifiers name no one; the home state's (decided
    later)."""
    dets = [c for c in (tok, *(m for m in mods if m.dep_ == "poss")) for c in c.children]
    return kind in ("government_body", "military_unit") and tok.is_lower \
        and (tok.lower_ not in PEOPLE_HEADS or tok.lower_ == "government") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in dets) \
        and _lower_words(mods) and not any(t.lower_ in FOREIGN_MODIFIERS
                                           for m in mods for t in m.subtree)


def _qualified_by_prep(tok) -> bool:
    """ "the army of a neighbour", "the police in Lagos": a prepositional phrase that says
    whose the body is ("accusing the guerrillas of committing crimes" does not)."""
    for child in tok.rights:
        if child.dep_ != "prep":
            continue
        if child.lower_ == "of" and any(c.dep_ == "pcomp" for c in child.children):
            continue
        return True
    return False


def _lower_words(mods) -> bool:
    """Are the modifiers lower-case common words only (articles and "'s" aside)?"""
    words = [t for m in mods for t in m.subtree if t.dep_ not in ("det", "case", "punct")]
    return bool(words) and all((t.is_lower or (t.is_sent_start and t.is_title)) and t.is_alpha
                               for t in words)


def _bare_token(tok) -> bool:
    """A common noun, or a capitalized one standing alone ("the Government" in UN style)."""
    if tok.pos_ == "NOUN":
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.is_title and not tok.ent_type_ and not any(c.dep_ == "compound" for c in tok.children) \
        and not (nxt is not None and nxt.pos_ == "PROPN")


def _institution(tok) -> bool:
    return bool(HEAD_KINDS.get(tok.lower_) or HEAD_KINDS.get(tok.lemma_.lower()))


def _possessors(sdoc, mentions: list[_Mention], phrases: list[_Mention]) -> list[_Mention]:
    """State mentions that possess an office ("Britain's foreign secretary", "Washington's
    envoy"): they stay mentions of the state beside the person phrase, which takes the
    state as its country."""
    offices = {i for p in phrases for i in range(*p.tokens)}
    return [m for m in mentions if m.kind == "state" and m.tokens[1] < len(sdoc)
            and sdoc[m.tokens[1]].text in POSSESSIVE
            and all(i in offices for i in range(m.tokens[0], m.tokens[1] + 1))]


def _participle_after(sdoc, m: _Mention) -> str | None:
    """ "backed" in "Iran-backed": the participle hyphenated to the mention, if any."""
    i = m.tokens[1]
    if i + 1 < len(sdoc) and sdoc[i].text in ("-", "–"):
        return sdoc[i + 1].lower_
    return None


def _sponsors(span, by_token) -> list[_Mention]:
    """States in the phrase that stand behind it ("Iran-backed"), not in it."""
    seen = {id(by_token[i]): by_token[i] for i in range(span.start, span.end) if i in by_token}
    return [m for m in seen.values() if m.kind == "state"
            and _participle_after(span.doc, m) in SPONSOR_PARTICIPLES]


def _names_person(tok) -> bool:
    """Is this title noun attached to a person's name ("President Jawara", "the president,
    Jawara," "Jawara, the president")?"""
    if tok.dep_ in ("compound", "appos", "nmod") and tok.head.ent_type_ == "PERSON":
        return True
    if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in tok.children):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B"


def _title_of(head) -> int | None:
    """End token of "secretary of state" / "minister of defence" (a lower-case office)."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].is_lower and objs[0].pos_ == "NOUN" and not objs[0].ent_type_:
                return objs[0].i + 1
    return None


def _toponym_country(span) -> str | None:
    """Country of a place name modifying the phrase ("Darfur rebels", "Kharkiv officials")."""
    for t in span:
        if t.ent_type_ in ("GPE", "LOC") and t.pos_ == "PROPN":
            code = _place_country(t.text)
            if code:
                return code
    return None


@lru_cache(maxsize=1)
def _leader_surnames() -> dict[str, str]:
    """Last name -> state of the lexicon's office holders, for names one state owns alone
    ("Bush" -> USA; a surname two states share is left out)."""
    seen: dict[str, set[str]] = {}
    for e in load_lexicon().entries:
        if e.kind == "person" and e.country:
            for name in e.names:
                last = name.replace("-", " ").split()[-1]
                if last[:1].isupper() and len(last) > 2 and not last.endswith("."):
                    seen.setdefault(last, set()).add(e.country)
    return {last: next(iter(codes)) for last, codes in seen.items() if len(codes) == 1}


def _leader_state(tokens) -> str | None:
    """State of the leader whose name modifies a government ("the Bush administration")."""
    names = [t for t in tokens if t.pos_ == "PROPN" and t.is_title]
    return _leader_surnames().get(names[-1].text) if names else None


def _anaphoric_state(span, lexicon: list[_Mention]) -> str | None:
    """ "the country's defense ministry": the state named last before the phrase."""
    if not any(t.lower_ in ANAPHORIC and t.dep_ == "poss" for t in span):
        return None
    before = [m for m in lexicon if m.kind == "state" and m.code and m.end <= span[0].idx]
    return before[-1].code if before else None


# --- spaCy entities not in the lexicon -------------------------------------------------

def _entity_mentions(sdoc, taken: set[int]) -> list[_Mention]:
    lex = load_lexicon()
    name_parts = {t.text for ent in sdoc.ents if ent.label_ == "PERSON" and len(ent) > 1
                  for t in ent}
    out = []
    used: set[int] = set()  # a nicknamed name wins over the parser's pieces of it
    for ent in [*nicknamed_person_spans(sdoc, taken), *sdoc.ents, *named_org_spans(sdoc, taken),
                *titled_person_spans(sdoc, taken, TITLE_NOUNS),
                *ranked_person_spans(sdoc, taken, TITLE_NOUNS),
                *relative_person_spans(sdoc, taken)]:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        ent = _extend_name(ent)
        if any(i in taken or i in used for i in range(ent.start, ent.end)):
            continue
        toks = [t for t in ent if t.lower_ != "the"]
        while toks and (toks[-1].text in POSSESSIVE or toks[-1].is_punct):
            toks = toks[:-1]  # "Volunteers for the Defence of the Homeland ("
        while toks and toks[0].is_punct:
            toks = toks[1:]
        if not toks or not any(t.is_alpha and t.text[0].isupper() for t in toks):
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        name = sdoc.text[start:end]
        if name in TIME_ZONES or (toks[0].like_num and ":" in toks[0].text):
            continue  # "11:40 GMT", a live blog's timestamp, is no organization
        if len(toks) == 1 and name not in name_parts and _place_country(name,
                                                                        min_population=20_000):
            continue  # a toponym the small model took for a person or organization
        country, role, flags = _context_country(sdoc, ent, lex)
        told = appositive_kind(ent)
        described = descriptor_kind(ent) if told is None else None
        if described == "organization" and _org_kind(name) != "organization":
            described = _org_kind(name)  # "the company Northern Guard Services"
        told = told or described or titled_kind(ent, _ORG_WORDS)
        if told == "person" or (ent.label_ == "PERSON" and _org_kind(name) != "armed_group"
                                and told is None):
            kind = "person"
        else:
            kind = _org_kind(name) if told is None else told
            inner = _inner_country(ent, lex)
            country = inner or country
        out.append(_Mention(start=start, end=end, key=f"{kind}:{name.lower()}", name=name,
                            kind=kind, country=country, role=role,
                            tokens=(ent.start, ent.end), international="intl" in flags,
                            anaphoric="anaphor" in flags))
        used.update(range(ent.start, ent.end))
    return out


def _extend_name(ent):
    """The whole name when the parse cut it at a particle ("Tren de | Aragua", "Ansar
    al- | Islam"): a name ending in a lower-case particle runs on through the capitalized
    words after it."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end - 1].lower_ in NAME_PARTICLES and doc[end - 1].is_lower \
            and doc[end].is_title and doc[end].is_alpha:
        end += 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha \
                and not doc[end].ent_type_ in ("DATE", "TIME"):
            end += 1
    if end == ent.end:
        return ent
    span = doc[ent.start:end]
    span.label_ = ent.label_
    return span


_ORG_WORDS = frozenset(w for w, _kind in ORG_KIND_WORDS) | GLOBAL_WORDS


def _org_kind(name: str) -> str:
    low = name.lower().split()
    for word, kind in ORG_KIND_WORDS:
        if word in low:
            return kind
    return "organization"


def _inner_country(ent, lex) -> str | None:
    return _code_in(ent, lex)


def _context_country(sdoc, ent, lex) -> tuple[str | None, str | None, set[str]]:
    """Country and title from the words before the name ("Russian Defense Minister"), a
    title set off before it ("Haiti's prime minister, X") or an apposition after it
    ("..., director-general of Sudan's health ministry"). Flags: "intl" when an international
    body titles the name ("UN envoy X"), "anaphor" when a pronoun or article does ("Its
    spokesman, X")."""
    country, title, flags = None, [], set()
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 6:
        t = sdoc[i]
        region = region_country(sdoc, i)  # "Tver regional governor X", whatever the tag
        if region:
            country = country or region
            i -= 1
            continue
        if t.is_sent_end or t.pos_ not in ("PROPN", "NOUN", "ADJ", "PART", "PUNCT"):
            break
        if t.text in (",", "(", ")", "and"):
            break
        code, width = _code_ending(sdoc, i, lex)
        i -= max(width - 1, 0)
        if code is None and t.ent_type_ in ("GPE", "LOC") and t.pos_ == "PROPN":
            code = _place_country(t.text)
        if code:
            country = country or code
        elif t.text not in POSSESSIVE:
            title.insert(0, t.text)
        i -= 1
    root = ent.root
    if i > 0 and sdoc[i].text == "," and root.dep_ == "appos" and root.head.i < i:
        # "Haiti's interim prime minister, X": the title noun phrase before the comma; the
        # parser may hang X on the title's remit ("envoy for Kabul, X"), which is no nationality
        words = [t for t in _remit_owner(root.head).subtree if t.i < i]
        title = [t.text for t in words if t.text not in POSSESSIVE and t.dep_ != "det"] + title
        country = country or _code_in(words, lex)
        if words and words[0].lower_ in ANAPHORIC_DETS:
            flags.add("anaphor")
    elif i >= 0 and sdoc[i].lower_ in ANAPHORIC_DETS:
        flags.add("anaphor")  # "a spokesman X"
    if country is None and title and i > 0 and sdoc[i].text in (",", "and"):
        country = _coordinated_country(sdoc, i, lex)
    if country is None:
        for child in root.children:
            if child.dep_ == "appos" or (child.dep_ == "acl" and child.i > root.i):
                country = _code_in(child.subtree, lex)
                if country:
                    break
    if country is None and any(_international(w, lex) for w in title):
        flags.add("intl")
    role = " ".join(title).strip() or None
    return country, role, flags


def _remit_owner(head):
    """The title noun whose remit `head` names ("envoy | for Afghanistan"), else `head`."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ in ("for", "to", "on") and prep.head.pos_ == "NOUN" \
            and prep.head.lower_ in TITLE_NOUNS:
        return prep.head
    return head


def _coordinated_country(sdoc, i: int, lex) -> str | None:
    """ "Japanese Foreign Minister A and Defence Minister B": the nationality before the
    first of two titled names joined by "and" or a comma holds for the second too."""
    prev = next((e for e in sdoc.ents if e.end == i and e.label_ == "PERSON"), None)
    if prev is None:
        return None
    country, role, _flags = _context_country(sdoc, prev, lex)
    return country if role else None


def _code_in(tokens, lex) -> str | None:
    """First state (or state-bound actor) named in `tokens`, the longest name at each token
    ("South Sudan" before "Sudan")."""
    toks = list(tokens)
    for j, t in enumerate(toks):
        for n in (3, 2, 1):
            run = toks[j:j + n]
            if len(run) == n and run[-1].i - run[0].i == n - 1:
                code = _state_code(t.doc[run[0].i:run[-1].i + 1].text, lex)
                if code:
                    return code
    return None


def _code_ending(sdoc, i: int, lex) -> tuple[str | None, int]:
    """State named by the longest run of up to three tokens ending at token `i`, and its
    length in tokens ("South Sudan's" is South Sudan, not Sudan)."""
    for n in (3, 2, 1):
        if i - n + 1 >= 0:
            code = _state_code(sdoc[i - n + 1:i + 1].text, lex)
            if code:
                return code, n
    return None, 0


# --- coreference, countries, merging ---------------------------------------------------

def _merge(doc: Document, mentions: list[_Mention]) -> list[Actor]:
    actors: dict[str, Actor] = {}
    seen: set[tuple[int, int]] = set()
    for m in mentions:
        if (m.start, m.end) in seen:
            continue
        seen.add((m.start, m.end))
        a = actors.get(m.key)
        if a is None:
            is_state = m.kind == "state"
            a = Actor(id=f"a{len(actors) + 1}", name=m.name, kind=m.kind,
                      code=m.code if is_state else None,
                      country=None if is_state else m.country, role=m.role)
            actors[m.key] = a
        else:
            a.country = a.country or (None if a.kind == "state" else m.country)
            a.role = a.role or m.role
        a.mentions.append(doc.span(m.start, m.end))
    return list(actors.values())


# --- entity-ruler patterns -------------------------------------------------------------

def entity_patterns() -> list[dict]:
    """Entity-ruler patterns for curated lexicon names (and weapon systems, label WEAPON)."""
    from ..weapons import entity_patterns as weapon_patterns

    out: list[dict] = []
    seen: set[str] = set()
    for e in load_lexicon().entries:
        if not e.curated:
            continue
        groups: list[tuple[str, tuple[str, ...]]]
        if e.kind == "state":
            groups = [("GPE", e.names), ("NORP", e.demonyms),
                      ("GPE", tuple(m for m in e.metonyms if m not in SEATS)),
                      ("ORG", tuple(m for m in e.metonyms if m in SEATS))]
        else:
            groups = [("PERSON" if e.kind == "person" else "ORG", e.names)]
        for label, forms in groups:
            for f in forms:
                if f in seen or f.lower().startswith("the "):
                    continue
                seen.add(f)
                out.append({"label": label, "pattern": f, "id": e.key})
    out.extend(p for p in weapon_patterns() if p["pattern"] not in seen)
    return out


__all__ = ["resolve_actors", "entity_patterns", "NAME", "DEMONYM"]
