"""Every attribution relation of a sentence: each cue with its source and its content.

`attribute` answers one question: who says the clause that holds a given trigger. A
sentence can hold several attributions, and many sit below the main clause: a relative
clause ("officials, who said the road was cut"), an adverbial one ("after the army
claimed the town"), a coordinated verb ("spotted the convoy and reported it"), a
participle ("a statement accusing the rebels"), an owned report noun ("the ministry's
claim that ..."). `attributions` asks `attribute` about the sentence root and every
clausal complement, then visits every other cue word wherever it sits and credits it to
its own speaker, so that each relation is reported once. A stance act ("the union endorsed
her", "the panel voted to ...") is a relation too, its subject the source, and so is the
author's own cue written in the first person ("I know ..."), its source the pronoun; so
are "according to X" beside a clause's own speaker, a report set off inside a lower
clause ("which, he said, was shut"), a poll or study named after "in" ("In the latest poll,
the senator leads") and, in a title-case headline the parser reads as one name, a cue word
after its speaker ("Senator Vows To Block Bill"). A report told inside a closed quotation is the quoted
speaker's, nested in theirs, and is left out (as PolNeAR's annotators leave it out).
"""
from __future__ import annotations

from dataclasses import dataclass

from .attribution import (_according_to, _cue_kind, _cue_phrase, _speaker, _subject, attribute,
                          experiencer)
from .attribution_kinds import _name_kind
from .attribution_lexicon import (EXPERIENCER_VERBS, REPORT_CUES, REPORT_NOUNS, STANCE_ACTS,
                                  STANCE_VERBS, STUDY_NOUNS)
from .attribution_quotes import _colon_source, _paragraph, _quote_spans
from .attribution_senses import physical_sense
from .attribution_sources import _first_person, _mention, _noun_owner, _source
from .attribution_speakers import second_act
from .model import Source, Span

# clauses whose head `attribute` is asked about (the content of a report)
CONTENT_DEPS = ("ROOT", "ccomp")
# where a cue verb below the main clause makes a relation of its own: an adverbial clause
# ("..., saying the town fell", "after Russia claimed the town") and a verb coordinated
# with the main one ("spotted the convoy and reported it", "... and the army claimed it").
# (Measured on PolNeAR: reporting verbs in relative clauses, in complements and coordinated
# with them are mostly nested reports its annotators leave out, as are subject-less
# participles lower down; stance verbs and acts in a relative clause count.)
EMBEDDED_DEPS = ("advcl", "conj")
# complements that hold what a cue verb reports
CONTENT_CHILDREN = ("ccomp", "xcomp", "dobj", "parataxis", "prep", "attr", "oprd")
# prepositions that give a verb of discussion its topic ("spoke about", not "spoke to")
TOPIC_PREPOSITIONS = ("about", "of", "on", "against", "over", "out")
# subjects that name no one ("who" and "which" name the noun they follow)
EMPTY_SUBJECTS = ("it", "there", "this", "that", "what")


@dataclass(slots=True)
class AttributionRelation:
    """One attribution: who (`source`, written at `source_span`) says or holds what
    (`content`), signalled by `cue` (written at `cue_span`), with the certainty it lends."""

    source: Source
    cue: str | None
    cue_span: Span | None
    source_span: Span | None
    content: Span | None
    certainty: str
    negated: bool = False


def _no_actor(start: int, end: int):
    return None


def attributions(sentence, *, actor_of=None, author: str | None = None,
                 pronoun=None) -> list[AttributionRelation]:
    """All attribution relations of a parsed sentence (a spaCy Span), in text order.

    `actor_of`, `author` and `pronoun` are those of `attribute`. A relation with neither a
    cue nor a source other than the author is not an attribution and is left out.
    """
    actor_of = actor_of or _no_actor
    found: list[AttributionRelation] = []
    seen: set[tuple] = set()
    for tok in sentence:
        if tok.dep_ in CONTENT_DEPS:
            rel = _content_relation(tok, sentence, actor_of, author, pronoun)
            _keep(rel, found, seen)
    credited = {rel.cue_span.start for rel in found if rel.cue_span is not None}
    for tok in sentence:
        if tok.idx in credited:
            continue
        rel = _cue_relation(tok, actor_of, pronoun)
        _keep(rel, found, seen)
    _keep(_according_relation(sentence, actor_of), found, seen)
    _keep(_colon_relation(sentence, actor_of), found, seen)
    for tok in sentence:
        _keep(_in_study_relation(tok, actor_of), found, seen)
    if not found:
        _keep(_headline_relation(sentence), found, seen)
    found = [rel for rel in found
             if not _nested_in_quote(rel, sentence) and not _nested_in_object(rel, sentence)]
    return sorted(found, key=lambda r: r.cue_span.start if r.cue_span else sentence.start_char)


def _according_relation(sentence, actor_of) -> AttributionRelation | None:
    """ "X plans to visit, according to an aide": "according to" names a source of its own
    even where the clause has a speaker of its own; what it credits is the sentence."""
    acc = _according_to(sentence)
    if acc is None:
        return None
    doc = sentence.doc
    cue_span = find_text(doc.text, "according to", sentence.start_char, sentence.end_char,
                         acc.idx)
    source = _source(acc, actor_of)
    if cue_span is None or source.mention is None:
        return None
    return AttributionRelation(source, cue_span.text, cue_span, source.mention,
                               _mention(sentence), "reported")


def _colon_relation(sentence, actor_of) -> AttributionRelation | None:
    """ "PENCE: Well, Clinton thinks ...", "Sanders: Clinton needs to ...": the name before a
    colon that opens a transcript's turn or a headline says what follows, even where what
    follows holds a report of its own (`attribution_quotes._colon_source` finds the name)."""
    colon = next((t for t in sentence if t.text == ":"), None)
    if colon is None or colon.i - sentence.start > 7:
        return None
    trigger = next((t for t in sentence.doc[colon.i + 1:sentence.end]
                    if t.pos_ in ("VERB", "AUX")), None)
    head = _colon_source(trigger, sentence) if trigger is not None else None
    if head is None or head.i > colon.i:
        return None
    doc = sentence.doc
    source = _source(head, actor_of)
    if source.mention is None:
        return None
    if source.mention.end > colon.idx:
        source.mention = _mention(doc[head.left_edge.i:colon.i])
    after = doc[colon.i + 1:sentence.end]
    return AttributionRelation(source, ":", _mention(doc[colon.i:colon.i + 1]), source.mention,
                               _mention(after) if len(after) else None, "reported")


def _in_study_relation(prep, actor_of) -> AttributionRelation | None:
    """ "In the latest poll, the senator leads by four points", "gains in some polls": a
    poll or study named after "in" is the source of the clause it sets, "in" the cue."""
    if prep.lower_ != "in" or prep.dep_ != "prep" or \
            prep.head.pos_ not in ("VERB", "AUX", "NOUN"):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in STUDY_NOUNS:
        return None
    if prep.head.pos_ in ("VERB", "AUX") and _cue_kind(prep.head):
        return None  # "said in a report": the speaker of the verb is the source
    source = _source(obj, actor_of)
    if source.mention is None:
        return None
    doc = prep.doc
    clause = doc[prep.head.left_edge.i:prep.head.right_edge.i + 1]
    return AttributionRelation(source, prep.text, _mention(doc[prep.i:prep.i + 1]),
                               source.mention, _mention(clause), "reported")



def _headline(sentence) -> bool:
    """A headline in title case ("Senator Vows To Block The Bill"), which the parser,
    trained on running text, reads as one long name."""
    words = [t for t in sentence if t.is_alpha]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


def _headline_cue(tok) -> bool:
    """A capitalised word of a headline that is a cue verb once read in lower case
    ("Vows", "Rip", "Slams"), though the parser took it for a name."""
    if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper():
        return False
    low = tok.lower_
    forms = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    return any(f in REPORT_CUES or f in STANCE_VERBS or f in STANCE_ACTS for f in forms)


def _headline_relation(sentence) -> AttributionRelation | None:
    """ "Black Lawmakers Rip The Plan", "Senator Vows To ...": in a title-case headline
    where no other relation was found, the first cue word the parser took for a name
    after a name; its source the words before it back to the start or a comma."""
    if not _headline(sentence):
        return None
    for tok in sentence:
        if tok.i == sentence.start or not _headline_cue(tok) or \
                not any(t.is_alpha for t in sentence.doc[tok.i + 1:sentence.end]):
            continue  # "A Reclamation Plan.": nothing said
        if tok.ent_iob_ == "I" and tok.ent_type_ in ("ORG", "FAC", "WORK_OF_ART"):
            continue  # "Washington Post": a name
        left = tok.i
        while left > sentence.start and not sentence.doc[left - 1].is_punct:
            left -= 1
        subject = sentence.doc[left:tok.i]
        after = sentence.doc[tok.i + 1]
        if len(subject) == 0 or subject[-1].pos_ not in ("PROPN", "NOUN", "NUM") or \
                not all((t.text[:1].isupper() or t.like_num) and t.pos_ not in ("VERB", "AUX")
                        for t in subject) or after.pos_ in ("VERB", "AUX", "ADV"):
            continue  # "Power Plant Rules Face ...": the word names what acts
        source = Source(name=subject.text, kind=_name_kind(subject[-1]),
                        mention=_mention(subject))
        return AttributionRelation(source, tok.text, _mention(sentence.doc[tok.i:tok.i + 1]),
                                   source.mention, _mention(sentence), "reported")
    return None


def _words(doc, span):
    """The tokens a relation's character span covers, or None when it has none."""
    if span is None:
        return None
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return words if words is not None and len(words) else None


def _nested_in_quote(rel: AttributionRelation, sentence) -> bool:
    """A report told inside a quotation ('"He denied it twice," she wrote'): its
    source is written inside a closed quotation of the paragraph, so the relation is the
    quoted speaker's, nested in theirs, not one the author presents."""
    words = _words(sentence.doc, rel.source_span)
    if words is None:
        return False
    quotes = _quote_spans(_paragraph(words[0]), closed=True)
    return any(a <= rel.source_span.start < b for a, b in quotes)


# how a relative clause's noun may hang inside the phrase an outer verb takes
PHRASE_DEPS = ("prep", "pobj", "conj", "appos", "compound", "amod", "nummod", "npadvmod")
# how a clause hangs below another verb whose report or stance covers it
CLAUSE_DEPS = ("xcomp", "ccomp")


def _nested_in_object(rel: AttributionRelation, sentence) -> bool:
    """A cue in a relative clause on what another cue verb takes ("mentions policies she
    supported", "told a young woman who suggested ...", "plans to spend the $18 million he
    says he raised"): a report nested in the outer speaker's, which PolNeAR's annotators
    leave out. (A relative clause on a speaker, "said Peter Morgan, who has been
    challenging ...", is a relation of its own.)"""
    words = _words(sentence.doc, rel.cue_span)
    if words is None:
        return False
    verb = words.root
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl":
        return False
    cur = verb.head  # the noun the relative clause describes
    for _ in range(8):
        while cur.dep_ in PHRASE_DEPS and cur.head.i != cur.i and \
                cur.head.pos_ not in ("VERB", "AUX"):
            cur = cur.head
        head = cur.head
        if head.i == cur.i or head.pos_ not in ("VERB", "AUX"):
            return False
        if cur.dep_ in ("dobj", "attr", "oprd", "dative") or (
                cur.dep_ in CLAUSE_DEPS and cur.pos_ in ("VERB", "AUX")):
            if _cue_kind(head) and head.lemma_.lower() != "be" and \
                    _speaker(head) is not None:
                return True
            if head.dep_ in CLAUSE_DEPS:
                cur = head  # "plans to put X he says ...": up to the verb it hangs from
                continue
        return False
    return False


def _keep(rel, found, seen) -> None:
    """Add `rel` unless it is empty or the same (source, cue) as one already found."""
    if rel is None:
        return
    key = (_key(rel.source_span, rel.source.name), _key(rel.cue_span, rel.cue))
    if key in seen:
        return
    seen.add(key)
    found.append(rel)


def _key(span: Span | None, text: str | None):
    return (span.start, span.end) if span is not None else text


def _content_relation(tok, sentence, actor_of, author, pronoun) -> AttributionRelation | None:
    """The attribution of the clause headed by `tok`, as `attribute` finds it."""
    attr = attribute(tok, sentence, actor_of, author, pronoun)
    if attr.cue is None and attr.source.kind == "author":
        return None
    doc = sentence.doc
    mention = attr.source.mention
    if mention is not None and not sentence.start_char <= mention.start < sentence.end_char:
        # a speaker outside the sentence (a quotation's speaker): the cue is by it
        around = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        around = around.sent if around is not None else sentence
        cue_span = find_text(doc.text, attr.cue, around.start_char, around.end_char,
                             mention.start)
    else:
        cue_span = find_text(doc.text, attr.cue, sentence.start_char, sentence.end_char, tok.idx)
    source_span = None
    if attr.source.kind != "author":
        if mention is not None:
            source_span = mention
        elif attr.source.name:
            anchor = cue_span.start if cue_span else tok.idx
            source_span = find_text(doc.text, attr.source.name, sentence.start_char,
                                    sentence.end_char, anchor)
    elif cue_span is not None:
        # "I know your returns are audited": the author speaks, written as "I" or "we"
        source_span = _first_person_speaker(doc, cue_span)
    head = tok
    if cue_span is not None and cue_span.start <= tok.idx < cue_span.end:
        # the trigger is the cue itself ('"Probably not," she said'): its complement
        head = next((c for c in tok.children if c.dep_ in CONTENT_CHILDREN), None)
    content = _mention(doc[head.left_edge.i:head.right_edge.i + 1]) if head is not None else None
    return AttributionRelation(attr.source, attr.cue, cue_span, source_span, content,
                               attr.certainty, attr.negated)


def _first_person_speaker(doc, cue_span: Span) -> Span | None:
    """Where the author names itself as the speaker of a cue ("I know", "we might wish"):
    the first-person subject of the cue's verb outside any quotation, else None."""
    words = doc.char_span(cue_span.start, cue_span.end, alignment_mode="expand")
    if words is None:
        return None
    verb = words.root
    speaker = _speaker(verb) if verb.pos_ in ("VERB", "AUX") else None
    if speaker is None or not _first_person(speaker) or speaker.lower_ in ("'s", "’s"):
        return None
    if any(a <= speaker.idx < b for a, b in _quote_spans(_paragraph(speaker))):
        return None  # a quotation's "I" is its speaker's, whom `attribute` did not find
    return _mention(doc[speaker.i:speaker.i + 1])


def _cue_relation(tok, actor_of, pronoun) -> AttributionRelation | None:
    """The attribution a cue word below the main clause makes on its own, or None."""
    if physical_sense(tok):
        return None  # "missiles blasted through the roof", "jets pounded the positions"
    if tok.pos_ in ("VERB", "AUX") and _embedded_cue(tok):
        return _verb_relation(tok, actor_of, pronoun) or _act_relation(tok, actor_of, pronoun)
    if tok.pos_ == "VERB" and tok.dep_ == "ROOT":
        return _act_relation(tok, actor_of, pronoun)
    if tok.pos_ == "VERB" and tok.dep_ == "relcl" and tok.lemma_.lower() not in REPORT_CUES:
        return _verb_relation(tok, actor_of, pronoun) or _act_relation(tok, actor_of, pronoun)
    if tok.pos_ == "VERB" and tok.dep_ == "parataxis":
        return _aside_relation(tok, actor_of, pronoun)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORT_NOUNS:
        return _noun_relation(tok, actor_of, pronoun)
    if tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "conj", "ccomp", "advcl", "relcl"):
        return _feeling_relation(tok, actor_of, pronoun)
    return None


def _feeling_relation(verb, actor_of, pronoun) -> AttributionRelation | None:
    """ "That worries environmentalists", "the BBC has angered ministers": a finite verb of
    feeling whose object holds the feeling (`attribution.experiencer`), its subject what
    the feeling is about."""
    holder = experiencer(verb)
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)
    subject = _subject(verb, active=True)
    if holder is None or not finite or subject is None:
        return None
    return _made_by(verb, holder, subject, EXPERIENCER_VERBS[verb.lemma_.lower()], actor_of,
                    pronoun)


def _embedded_cue(verb) -> bool:
    """Whether a verb below the main clause may be a cue of its own: a participle, a verb
    coordinated with the main one (sharing its subject or with one of its own), or an
    adverbial clause with a subject of its own that hangs on the main verb."""
    if verb.dep_ not in EMBEDDED_DEPS:
        return False
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    on_root = verb.head.dep_ == "ROOT"
    if verb.dep_ == "conj":
        return on_root or second_act(verb) is not None
    return on_root or not own


def _verb_relation(verb, actor_of, pronoun) -> AttributionRelation | None:
    """ "officials, who said the road was cut", "after the army claimed the town": a
    reporting or stance verb with a speaker of its own."""
    lemma = verb.lemma_.lower()
    if lemma not in REPORT_CUES and lemma not in STANCE_VERBS:
        return None
    speaker = _own_speaker(verb)
    content = _content_child(verb)
    if speaker is None or content is None:
        return None  # "as he said": no content, no relation
    return _made_by(verb, speaker, content, _cue_kind(verb) or "reported", actor_of, pronoun)


def _aside_relation(verb, actor_of, pronoun) -> AttributionRelation | None:
    """ "the road, which, the mayor said, was shut": a report set off inside a clause below
    the main one, its content the clause it interrupts."""
    if REPORT_CUES.get(verb.lemma_.lower()) != "reported":
        return None
    speaker = _own_speaker(verb)
    if speaker is None:
        return None
    return _made_by(verb, speaker, verb.head, "reported", actor_of, pronoun)


def _act_relation(verb, actor_of, pronoun) -> AttributionRelation | None:
    """ "The experts praised the plan", "a panel voted to hold him in contempt": a stance
    act (`STANCE_ACTS`) with a speaker of its own, its object or complement the content."""
    if verb.lemma_.lower() not in STANCE_ACTS:
        return None
    speaker = _own_speaker(verb)
    if speaker is None:
        return None
    content = _act_content(verb, topic=STANCE_ACTS[verb.lemma_.lower()] == "discuss")
    if content is None and speaker.dep_ == "pobj":
        # "was endorsed by the union": the passive's subject is what the act is about
        content = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if content is None:
        return None  # "the crowd rallied": no position on anything
    return _made_by(verb, speaker, content, "asserted", actor_of, pronoun,
                    with_preposition=content.dep_ == "prep" and content.i == verb.i + 1)


def _own_speaker(verb):
    """The verb's subject or passive agent, unless it names no one ("I", "it", "that")."""
    speaker = _speaker(verb)
    if speaker is None or _first_person(speaker) or speaker.lower_ in EMPTY_SUBJECTS:
        return None
    return speaker


def _content_child(verb):
    """The first complement after the verb that holds what it reports or acts on."""
    return next((c for c in verb.children if c.dep_ in CONTENT_CHILDREN and c.i > verb.i), None)


def _act_content(verb, *, topic: bool = False):
    """What a stance act is about: its object or complement before a prepositional phrase,
    and no phrase of time ("voted on Thursday to hold ...": the vote is to hold). With
    `topic` (verbs of discussion) only a topic's preposition counts ("spoke to reporters
    about the plan": the plan; "spoke at a rally": nothing)."""
    children = [c for c in verb.children if c.dep_ in CONTENT_CHILDREN and c.i > verb.i
                and not (c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME")
                                                  for g in c.children))
                and not (topic and c.dep_ == "prep" and c.lower_ not in TOPIC_PREPOSITIONS)]
    return next((c for c in children if c.dep_ != "prep"), children[0] if children else None)


def _made_by(verb, speaker, content, kind, actor_of, pronoun, *,
             with_preposition: bool = False) -> AttributionRelation:
    """The relation of a cue verb, its speaker and its content; a negated report is a
    denial ("did not say"). `with_preposition`: the cue takes the preposition right after
    the verb ("spoke of", "rallied over")."""
    source = _source(speaker, actor_of, pronoun)
    cue = _cue_phrase(verb)
    if with_preposition:
        cue = f"{cue}{verb.whitespace_}{verb.doc[verb.i + 1].text}"
    doc = verb.doc
    cue_span = find_text(doc.text, cue, verb.sent.start_char, verb.sent.end_char, verb.idx)
    negated = any(c.dep_ == "neg" for c in verb.children)
    return AttributionRelation(source, cue, cue_span, source.mention,
                               _mention(doc[content.left_edge.i:content.right_edge.i + 1]),
                               "denied" if negated and kind == "reported" else kind, negated)


def _noun_relation(noun, actor_of, pronoun) -> AttributionRelation | None:
    """ "the ministry's claim that ...", "a warning by the army that ...": a report noun
    with its owner and a clause of its own."""
    owner = _noun_owner(noun)
    if owner is None or owner.lower_ in EMPTY_SUBJECTS:
        return None
    content = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i),
                   None)
    if content is None:
        return None
    source = _source(owner, actor_of, pronoun)
    doc = noun.doc
    return AttributionRelation(source, noun.text, _mention(doc[noun.i:noun.i + 1]),
                               source.mention,
                               _mention(doc[content.left_edge.i:content.right_edge.i + 1]),
                               _cue_kind(noun) or "reported")


def find_text(text: str, needle: str | None, start: int, end: int, near: int) -> Span | None:
    """The occurrence of `needle` in text[start:end] whose start is nearest `near`,
    case-insensitive when lower-casing keeps the length ("According to" for "according to")."""
    if not needle:
        return None
    hay, pin = text, needle
    if len(text.lower()) == len(text) and len(needle.lower()) == len(needle):
        hay, pin = text.lower(), needle.lower()
    best = None
    pos = hay.find(pin, start, end)
    while pos != -1:
        if best is None or abs(pos - near) < abs(best - near):
            best = pos
        pos = hay.find(pin, pos + 1, end)
    return None if best is None else Span(best, best + len(needle), text[best:best + len(needle)])
