"""Who a source is, from the head token of its noun phrase: for `claimtrace.attribution`.

A source is named as written ("the chief of the general staff, Valery Gerasimov", "the
ministry of defence"), with its kind (official, military, media, document ...) taken from
its actor or its head noun; a pronoun or "the agency" is named by whom it refers to, a
relative pronoun by the noun it follows, a document by who issued it ("a statement
released by the ministry"), a dateline or a live blog's time stamp is no part of the name.
"""
from __future__ import annotations

import re

from .attribution_hearsay import earlier_speaker
from .attribution_kinds import BODY_KINDS, _actor_kind, _head_kind, _name_kind, _noun_kind
from .attribution_lexicon import FIRST_PERSON, SOURCE_NOUNS
from .attribution_speakers import _titled_name
from .model import Actor, Source, Span

# heads whose "of" phrase is part of the body's name
BODY_NOUNS = {"group", "panel", "team", "ministry", "department", "council", "committee",
              "board", "office", "coalition", "association", "network", "bureau", "commission",
              "mission", "league", "federation", "head", "chief", "minister", "secretary",
              "director", "member", "representative", "commander", "spokesman",
              "spokeswoman", "spokesperson", "union", "institute", "court"}


def _first_person(tok) -> bool:
    """I, we, you ...; and the "us" of "let's say" (the author and the reader)."""
    return tok.lower_ in FIRST_PERSON or (
        tok.lower_ in ("'s", "’s") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "let")


def _source(head, actor_of, pronoun=None) -> Source:
    """A source from the head token of its noun phrase; a relative pronoun ("officials, who
    said ...") is named by what it stands for and written where it stands."""
    source = _source_np(head, actor_of, pronoun)
    if head.lower_ in ("who", "which") and (head.head.dep_ == "relcl" or head.dep_ == "nsubj"):
        # (also ", which reported ..." parsed as a clause of the main verb)
        source.mention = _mention(head.doc[head.i:head.i + 1])
    return source


RELATIVES = ("who", "which", "that")


def _as_written(actor: Actor, before: int) -> str:
    """A source named by a pronoun or a noun ("it said", "the group claimed") is named as the
    text last named it: the acronym or a full name of the same head ("the ELN", "the Baloch
    Liberation Army"), not a canonical form the text never used. Other words (a demonym, a
    capital: "Ethiopian", "Addis Ababa") leave the actor's name."""
    written = [m.text for m in actor.mentions if m.end <= before]
    for text in reversed(written):
        text = re.sub(r"^(?:the|The)\s+", "", text)
        if text == actor.name or (text.isupper() and len(text) > 1 and text.isalpha()) or (
                " " in text and text.split()[-1] == actor.name.split()[-1] and all(
                    w[:1].isupper() or w in ("of", "for", "and", "al", "the")
                    for w in text.split())):
            return text
    return actor.name


def _source_np(head, actor_of, pronoun=None) -> Source:
    if head.is_upper and head.is_alpha and (head.i == 0 or "\n" in head.doc[head.i - 1].text_with_ws
                                            or _stamp_zone(head)):
        # a dateline parsed as the subject: "SEOUL (Wire) - South Korea's spy agency said";
        # a live blog's time zone: "15:30 GMT (17 Sep) <newline> AU chairman Faki condemned"
        appos = [c for c in head.children if c.dep_ == "appos"]
        if appos:
            head = appos[-1]
    if head.lower_ in RELATIVES:
        if head.head.dep_ == "relcl":
            head = head.head.head
        elif head.lower_ != "that" and head.i > 0:
            # ", which said ..." parsed as a clause of the verb: the noun before the comma
            j = head.i - 1
            while j > 0 and head.doc[j].is_punct:
                j -= 1
            head = head.doc[j] if head.doc[j].pos_ in ("NOUN", "PROPN") else head
    if pronoun is not None and (head.tag_ == "PRP" or (
            head.pos_ == "NOUN" and actor_of(head.left_edge.i, head.i + 1) is None)):
        # "he said", "the agency said": who was named before
        actor = pronoun(head)
        if actor is not None:
            span = head.doc[head.left_edge.i:head.i + 1] if head.pos_ == "NOUN" else \
                head.doc[head.i:head.i + 1]
            return Source(name=_as_written(actor, head.idx), kind=_actor_kind(actor),
                          actor=actor.id, mention=_mention(span))
        if head.tag_ == "PRP" and (earlier := earlier_speaker(head)) is not None:
            # "..., the deputy commissioner said. ..., he said": no actor, the last speaker
            source = _source_np(earlier, actor_of)
            source.mention = _mention(head.doc[head.i:head.i + 1])
            return source
    title = title_kind = None  # "the chief of the general staff" when a person is named beside it
    if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ != "PERSON":
        # "the chief of the general staff, Valery Gerasimov": the person named in apposition
        person = next((c for c in head.children if c.dep_ == "appos"
                       and c.ent_type_ == "PERSON"), None) or _titled_name(head)
        if person is not None:
            title, head = head, person
        elif (named := _named_apposition(head)) is not None:
            title, head = head, named  # (the noun tells its kind: "a faction")
            title_kind = _head_kind(title)
    if SOURCE_NOUNS.get(head.lemma_.lower()) == "document":
        author = _document_author(head)
        if author is not None:
            return _source_np(author, actor_of, pronoun)
    span = _np(head)
    actor: Actor | None = actor_of(head.i, head.i + 1) or actor_of(span.start, span.end)
    lemma = head.lemma_.lower()
    noun_kind = title_kind or _head_kind(head) or (_head_kind(title) if title is not None else None)
    if noun_kind is None:
        # "intelligence reports", "military analysts"; and for an owner ("Ukraine's military
        # estimates" -> Ukraine) the modifiers of what it owns
        owners = [head] + ([head.head] if head.dep_ == "poss" else [])
        mods = [c.lemma_.lower() for o in owners for c in o.children
                if c.dep_ in ("compound", "amod")]
        noun_kind = next((SOURCE_NOUNS[m] for m in mods if m in SOURCE_NOUNS), None)
    name = span.text
    if actor is not None:
        kind = _actor_kind(actor, head)
        head_is_actor = actor_of(head.i, head.i + 1) is actor
        if noun_kind and (actor.kind in ("group", "unnamed", "state") or (
                not head_is_actor and noun_kind not in BODY_KINDS)):
            # "Russian officials", and a source the actor only qualifies: "an HTS
            # commander" (military), "pro-Wagner Telegram channels" (media)
            kind = noun_kind
        if head_is_actor:
            name = _trim(span)
        return Source(name=name, kind=kind, actor=actor.id, mention=_mention(_np_full(head, span)))
    if lemma in ("report", "data", "assessment") and "intelligence" in span.text.lower():
        noun_kind = "intelligence"
    return Source(name=_trim(span), kind=noun_kind or _name_kind(head),
                  mention=_mention(_np_full(head, span)))


def _noun_owner(noun):
    """Who a reporting noun belongs to: "Russia's claim", "a claim by Russia"."""
    for child in noun.children:
        if child.dep_ == "poss" and not _first_person(child):
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _document_author(head):
    """Who issued a document: "a statement released by the extremists", "a report from
    the ministry", "the ministry's statement"."""
    for child in head.children:
        if child.dep_ == "poss" and child.tag_ != "PRP$":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of", "in"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            kind = _noun_kind(obj) if obj is not None else None
            if obj is not None and kind != "document" and (child.lower_ != "in" or kind == "media"):
                return obj  # "reports in Western media", not "a statement in Kyiv"
        if child.dep_ == "acl":
            for g in child.children:
                if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ in ("by", "from")):
                    obj = next((c for c in g.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    return None


def _np(head):
    """The noun phrase of a head token, without relative clauses or trailing appositions."""
    left = head.left_edge.i
    # a dateline or parenthesis before the name is not part of it: "SEOUL (Wire) - NIS"
    for i in range(head.i - 1, left - 1, -1):
        tok = head.doc[i]
        if tok.text in ("-", "‑") and i > 0 and not tok.whitespace_ \
                and not head.doc[i - 1].whitespace_:
            continue  # a hyphen inside a name: "Al-Shabaab", "Hayat Tahrir al-Sham"
        if tok.is_punct and tok.text not in ("'", "’", ".", "&"):
            left = i + 1
            break
    left = _past_time_stamp(head.doc, left, head.i)
    right = head.i
    for child in head.children:
        if child.i > head.i and child.dep_ in ("compound", "appos", "flat", "nummod") and \
                child.dep_ != "relcl":
            if child.dep_ == "appos" and any(t.is_punct for t in head.doc[head.i + 1:child.i]):
                continue  # "Kataib Hezbollah, one of the ...": the apposition is no name
            right = max(right, child.right_edge.i if child.dep_ != "appos" else child.i)
    # a named entity is one name: "the International Organization for Migration",
    # "Clementine Nkweta-Salami" (the parse may hang its parts off the head)
    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end
                and e.label_ in ("ORG", "PERSON", "GPE", "NORP", "FAC")), None)
    if ent is not None:
        right = max(right, ent.end - 1)
    right = max(right, _titled_tail(head, right))
    if head.lemma_.lower() in BODY_NOUNS:
        # "a U.N. group of experts", "the ministry of defence", "the head of the agency"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   and c.i == right + 1), None)
        if of is not None and of.right_edge.i - of.i <= 4:
            right = of.right_edge.i
    return head.doc[left:_within_line(head, right) + 1]


OPENING_QUOTES = ("“", "‘", "«", '"')


def _within_line(head, right: int) -> int:
    """`right`, or the last token before a line break or an opening quotation after the
    head: a name never runs on into the next line or a quotation ("― Jane Doe\n“The debate
    showed ..." names Jane Doe)."""
    doc = head.doc
    for i in range(head.i + 1, right + 1):
        if (doc[i].is_space and "\n" in doc[i].text) or doc[i].text in OPENING_QUOTES:
            end = i - 1
            while end > head.i and (doc[end].is_space or doc[end].is_punct):
                end -= 1
            return end
    return right


def _named_apposition(head):
    """The name set off after a common noun: "a little-known group, Fuerza Roja," ->
    "Fuerza Roja", and an organisation's name right after it ("the al-Qaida-linked group
    al-Shabaab"); None when the noun has no such name (or a place: "its neighbour, Chad")."""
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.is_lower):
        return None  # (a lower-case noun the tagger calls a name: "the al-Qaida-linked group")
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.i > head.i and (head.doc[c.left_edge.i - 1].text == "," or (
                     c.ent_type_ == "ORG" and c.left_edge.i == head.i + 1))
                 and c.ent_type_ not in ("GPE", "DATE", "TIME")), None)


NAME_LINKS = ("for", "of", "and", "the")


def _titled_tail(head, right: int) -> int:
    """The last token of a name's capitalised "for"/"of" phrase the entity tagger cut off:
    "the Andean Alliance for Central Peru (AACP)", "Network for Human Rights"; else
    `right`."""
    if head.pos_ != "PROPN" or not head.is_title or head.ent_type_ in ("GPE", "LOC", "PERSON"):
        return right
    prep = next((c for c in head.children if c.dep_ == "prep" and head.i < c.i <= right + 1
                 and c.lower_ in NAME_LINKS[:2]), None)
    if prep is None:
        return right
    end = prep.i
    for tok in head.doc[prep.i + 1:prep.right_edge.i + 1]:
        if tok.is_punct or tok.ent_type_ in ("DATE", "TIME") or not (
                tok.is_title or tok.is_upper or tok.lower_ in NAME_LINKS):
            break
        end = tok.i
    return end if end > right and head.doc[end].lower_ not in NAME_LINKS else right


def _np_full(head, span):
    """The source as written, with its appositions and prepositional modifiers
    ("officials in Moscow", "Charlie King, a New York Democrat"), without trailing
    punctuation or relative clauses."""
    right = span.end - 1
    for child in head.children:
        if child.i > head.i and (child.dep_ == "appos" or (
                child.dep_ == "prep" and child.lower_ in ("in", "of", "from", "at", "for", "with"))):
            right = max(right, child.right_edge.i)
    doc = head.doc
    right = _within_line(head, right)
    while right > span.start and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[span.start:max(right, span.end - 1) + 1]


def _mention(span) -> Span:
    return Span(span.start_char, span.end_char, span.text)


TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?")
# time zones written after a live blog's time stamp: "10:15 GMT The army said ..."
TIME_ZONES = {"gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "cst",
              "cdt", "pst", "pdt", "ist", "pkt", "ict", "wat", "cat", "eat", "jst", "kst", "ast"}


def _stamp_zone(tok) -> bool:
    """The time zone of a live blog's time stamp ("15:30 GMT")."""
    return tok.lower_ in TIME_ZONES and tok.i > 0 and bool(
        TIMESTAMP.fullmatch(tok.doc[tok.i - 1].text))


def _past_time_stamp(doc, left: int, last: int) -> int:
    """The first token at or after `left` (up to `last`) past a live blog's time stamp and
    its time zone: "16:45 A Hamas official", "10:15 GMT The Lebanese army"."""
    stamped = False
    while left < last:
        tok = doc[left]
        if tok.is_space or TIMESTAMP.fullmatch(tok.text):
            stamped = stamped or not tok.is_space
        elif stamped and tok.text == "(" and (close := next(
                (t.i for t in doc[left:min(left + 8, last)] if t.text == ")"), None)):
            left = close  # "22:45 GMT (17 Sep)", "06:00 GMT (08:00 local)"
        elif not (stamped and tok.lower_ in TIME_ZONES and tok.is_upper):
            break
        left += 1
    return left


def _trim(span) -> str:
    """The source as written, without trailing punctuation."""
    toks = list(span)
    while toks and toks[-1].is_punct:
        toks.pop()
    if toks:  # a live blog's "10:50 Kremlin spokesman ..."
        first = _past_time_stamp(span.doc, toks[0].i, toks[-1].i)
        toks = [t for t in toks if t.i >= first]
    if not toks:
        return span.text
    return span.doc[toks[0].i:toks[-1].i + 1].text
