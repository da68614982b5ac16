"""Who says so and how sure they sound: source, cue and certainty of a claim.

Reads the dependency parse around an event trigger: reporting verbs whose complement
holds the trigger ("ZDF said Russia could deploy", "South Korea estimates that ..."),
"according to X" anywhere in the sentence, control verbs of belief ("is believed to have
supplied"), modality (could, may, might), negation and denial.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Actor, Source, Span

# reporting verbs -> the certainty they lend to what they report
REPORT_CUES = {
    "say": "reported", "tell": "reported", "report": "reported", "announce": "reported",
    "state": "reported", "add": "reported", "note": "reported", "write": "reported",
    "confirm": "reported", "indicate": "reported", "show": "reported", "reveal": "reported",
    "suggest": "possible", "disclose": "reported", "inform": "reported", "brief": "reported",
    "publish": "reported", "cite": "reported", "quote": "reported", "explain": "reported",
    "stress": "reported", "emphasize": "reported", "insist": "reported", "acknowledge": "reported",
    "admit": "reported", "declare": "reported", "assert": "reported",
    "estimate": "estimated", "assess": "estimated", "calculate": "estimated",
    "believe": "believed", "think": "believed", "suspect": "believed", "fear": "believed",
    "expect": "possible", "predict": "possible", "warn": "possible", "caution": "possible",
    "claim": "alleged", "allege": "alleged", "accuse": "alleged", "charge": "alleged",
    "deny": "denied", "reject": "denied", "dismiss": "denied", "refute": "denied",
    "argue": "reported", "recall": "reported", "tweet": "reported", "post": "reported",
    "respond": "reported", "reply": "reported", "mention": "reported", "contend": "alleged",
    "testify": "reported", "conclude": "reported", "find": "reported", "concede": "reported",
    "agree": "reported", "criticize": "reported", "criticise": "reported", "blast": "reported",
    "slam": "reported", "question": "reported", "ask": "reported", "demand": "reported",
    "defend": "reported", "urge": "reported", "call": "reported", "point": "reported",
    "describe": "reported", "know": "reported", "learn": "reported", "support": "reported",
    "recommend": "reported", "complain": "reported", "remark": "reported", 
    "hope": "possible", "want": "possible", "plan": "possible", "intend": "possible",
    "threaten": "possible", "pledge": "possible", "vow": "possible", "promise": "possible",
    "propose": "possible", "worry": "believed", "doubt": "believed", "feel": "believed",
    "consider": "believed", "assume": "believed",
}
# cues that only report a clause ("called for X to ...", "wants Russia to ..."), never an
# object noun ("criticized the strike" does not make the critic the source of the strike)
CLAUSE_ONLY = {"agree", "criticize", "criticise", "blast", "slam", "question", "ask", "demand",
               "defend", "urge", "call", "point", "describe", "know", "learn", "support",
               "recommend", "complain", "remark", "hope", "want", "plan", "intend", "threaten",
               "pledge", "vow", "promise", "propose", "worry", "doubt", "feel", "consider",
               "assume"}
# nouns that report a clause they govern ("his claim that ...") -> certainty
REPORT_NOUNS = {
    "claim": "alleged", "allegation": "alleged", "accusation": "alleged", "charge": "alleged",
    "statement": "reported", "announcement": "reported", "report": "reported",
    "assertion": "reported", "insistence": "reported", "argument": "reported",
    "admission": "reported", "warning": "possible", "assessment": "estimated",
    "estimate": "estimated", "belief": "believed", "view": "believed", "fear": "believed",
    "suspicion": "believed", "concern": "believed", "hope": "possible", "promise": "possible",
    "pledge": "possible", "threat": "possible", "denial": "denied", "suggestion": "possible",
}
# particles that belong to the cue: "called for", "pointed to", "pointed out"
CUE_PARTICLES = {"for", "to", "out", "on", "up"}
# verbs that raise a belief over an infinitive: "is believed to have supplied"
RAISING = {"believe": "believed", "think": "believed", "suspect": "believed",
           "say": "reported", "report": "reported", "estimate": "estimated",
           "expect": "possible", "allege": "alleged", "claim": "alleged",
           "understand": "believed", "rumor": "alleged", "rumour": "alleged"}
MODALS = {"could", "may", "might", "can"}
HEDGES = {"reportedly": "reported", "allegedly": "alleged", "purportedly": "alleged",
          "possibly": "possible", "perhaps": "possible", "probably": "believed",
          "likely": "believed", "apparently": "believed", "potentially": "possible"}
# head nouns of sources that are not actors -> source kind
SOURCE_NOUNS = {
    "analyst": "expert", "expert": "expert", "researcher": "expert", "observer": "expert",
    "scholar": "expert", "think": "expert", "institute": "expert", "monitor": "organization",
    "official": "official", "spokesperson": "official", "spokesman": "official",
    "spokeswoman": "official", "minister": "official", "president": "official",
    "diplomat": "official", "lawmaker": "official", "governor": "official", "mayor": "official",
    "ambassador": "official", "commander": "military", "general": "military",
    "officer": "military", "ministry": "government", "government": "government",
    "authority": "government", "administration": "government", "department": "government",
    "office": "government", "military": "military", "army": "military", "staff": "military",
    "command": "military", "force": "military", "intelligence": "intelligence",
    "agency": "government", "service": "intelligence", "witness": "witness",
    "resident": "witness", "survivor": "witness", "local": "witness", "medic": "witness",
    "doctor": "witness", "report": "document", "document": "document", "statement": "document",
    "data": "document", "bulletin": "document", "video": "document", "footage": "document",
    "image": "document", "study": "document", "assessment": "document", "source": "unnamed",
    "people": "unnamed", "media": "media", "broadcaster": "media", "newspaper": "media",
    "outlet": "media", "channel": "media", "network": "organization", "group": "organization",
    "organization": "organization", "organisation": "organization", "committee": "organization",
    "ngo": "organization", "charity": "organization", "union": "organization",
}
KIND_OF_ACTOR = {"media": "media", "state": "government", "government_body": "government",
                 "military_unit": "military", "organization": "organization",
                 "armed_group": "organization", "person": "official", "group": "official",
                 "unnamed": "unnamed"}
RANK = ["asserted", "reported", "alleged", "estimated", "believed", "possible", "denied"]


@dataclass(slots=True)
class Attribution:
    source: Source
    cue: str | None
    certainty: str
    negated: bool = False


def attribute(trigger, sentence, actor_of, author: str | None, pronoun=None) -> Attribution:
    """Source, cue and certainty for the event whose trigger token is `trigger`.

    `actor_of(start, end)` returns the Actor mentioned in a token span (or None);
    `pronoun(token)` the actor a pronoun refers to; `author` is the outlet credited for
    unattributed statements.
    """
    certainty = "asserted"
    negated = False
    cue = None
    source = None
    # 1. modality, hedges and negation on the trigger and the verbs that govern it
    chain = _verb_chain(trigger)
    for tok in chain:
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "aux" and low in MODALS:
                certainty = _stronger(certainty, "possible")
            elif child.dep_ == "neg" and tok is trigger:
                negated = True
            elif child.dep_ == "advmod" and low in HEDGES:
                certainty = _stronger(certainty, HEDGES[low])
        raised = RAISING.get(tok.lemma_.lower()) if tok is not trigger else None
        if raised and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            certainty = _stronger(certainty, raised)
            cue = cue or _phrase(tok)
    # 2. a reporting verb whose complement holds the trigger
    reporter = _reporting_head(trigger)
    if reporter is not None:
        lemma = reporter.lemma_.lower()
        subj = _subject(reporter)
        kind = REPORT_CUES.get(lemma) or REPORT_NOUNS[lemma]
        if reporter.pos_ == "NOUN" and lemma in REPORT_NOUNS and _noun_owner(reporter) is not None:
            subj = _noun_owner(reporter)
        elif subj is None and reporter.pos_ == "NOUN":
            subj = reporter  # "Ukraine's military estimates that ..." (a misparsed verb)
        if subj is not None and not _first_person(subj):
            source = _source(subj, actor_of, pronoun)
        cue = _cue_phrase(reporter) if cue is None else cue
        if any(c.dep_ == "neg" for c in reporter.children) and kind == "reported":
            kind = "denied"
        if kind == "possible" and certainty == "asserted" and lemma == "warn":
            kind = "possible" if _has_modal(trigger) else "reported"
        certainty = _stronger(certainty, kind)
        if kind == "denied":
            negated = True
    elif _self_report(trigger):
        # '"Probably not," Ms. Moore said.': the report verb itself, its content elsewhere
        source = _source(_subject(trigger, active=True), actor_of, pronoun)
        cue = _cue_phrase(trigger)
    elif (head := _colon_source(trigger, sentence)) is not None:
        # "Pence: Flowers will not attend" (headlines, transcripts)
        source = _source(head, actor_of, pronoun)
        cue = ":"
        certainty = _stronger(certainty, "reported")
    # 3. "according to X" anywhere in the sentence
    acc = _according_to(sentence)
    if acc is not None and (source is None or reporter is None or source.kind == "document"):
        # "According to ZDF, a video showed ...": the video is evidence, ZDF the source
        if source is None or source.kind == "document":
            source = _source(acc, actor_of)
            cue = "according to"
        cue = cue or "according to"
        certainty = _stronger(certainty, "reported")
    if negated and certainty in ("asserted", "reported"):
        certainty = "denied" if reporter is not None and REPORT_CUES.get(
            reporter.lemma_.lower()) == "denied" else certainty
    if source is None and (speaker := _quote_speaker(trigger, sentence)) is not None:
        # inside a quotation, or "I think" inside one: the person quoted
        source = _source(_subject(speaker, active=True), actor_of, pronoun)
        cue = cue or _cue_phrase(speaker)
        certainty = _stronger(certainty, "reported")
    if source is None:
        source = Source(name=author, kind="author")
    return Attribution(source, cue, certainty, negated)


def _stronger(current: str, new: str) -> str:
    return new if RANK.index(new) > RANK.index(current) else current


def _has_modal(tok) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for t in _verb_chain(tok) for c in t.children)


def _verb_chain(tok):
    """The trigger and the verbs it hangs from through xcomp/conj (control, coordination)."""
    out = [tok]
    cur = tok
    while cur.dep_ in ("xcomp", "conj", "auxpass") and cur.head is not cur:
        cur = cur.head
        out.append(cur)
    return out


def _reporting_head(trigger):
    """The nearest reporting verb above the trigger reached through a clausal complement."""
    cur = trigger
    steps = 0
    while cur.head is not cur and steps < 8:
        dep = cur.dep_
        head = cur.head
        reporting = head.pos_ in ("VERB", "AUX") or (head.dep_ == "ROOT" and head.pos_ == "NOUN")
        lemma = head.lemma_.lower()
        if lemma in CLAUSE_ONLY and dep not in ("ccomp", "xcomp", "parataxis") and not (
                dep == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in cur.children)):
            reporting = False  # "called for the troops to leave" is an advcl with "for"
        if lemma in REPORT_CUES and reporting and dep in (
                "ccomp", "xcomp", "advcl", "parataxis", "dobj", "conj", "relcl", "acl"):
            if dep == "xcomp" and head.lemma_.lower() in RAISING and not _subject(head, active=True):
                pass  # "is believed to": handled as raising, not as a source
            elif head.pos_ != "NOUN" and any(c.dep_ == "auxpass" for c in head.children) \
                    and not any(c.dep_ == "agent" for c in head.children):
                pass  # "more transfers were expected": a passive report names no source
            else:
                return head
        if head.pos_ == "NOUN" and lemma in REPORT_NOUNS and dep in ("ccomp", "acl") and \
                _noun_owner(head) is not None:
            return head  # "the ministry's claim that ...", "a warning by the army that ..."
        # a report that the trigger's clause is the root of: "X, ZDF reported Friday"
        if dep == "ROOT":
            # "X, ZDF reported Friday" / "X, he said, Y": a reporter hanging off the root
            for child in cur.children:
                if not _is_reporter(cur) and child.dep_ in ("parataxis", "ccomp", "advcl") and \
                        child.lemma_.lower() in REPORT_CUES and _subject(child) is not None \
                        and not _first_person(_subject(child)) and trigger not in child.subtree \
                        and not any(c.dep_ == "ccomp" for c in child.children):
                    return child
            return None
        cur = head
        steps += 1
    return None


def _subject(verb, *, active: bool = False):
    subjects = [c for c in verb.children
                if c.dep_ == "nsubj" or (not active and c.dep_ == "nsubjpass")]
    if subjects:  # the nearest: a dateline may be parsed as a second subject
        return min(subjects, key=lambda c: abs(verb.i - c.i))
    if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        return _subject(verb.head, active=active)
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and verb.head != verb:
        # "Trump defended the tweets, saying ...": the subject of the governing verb;
        # "tweets saying ...": the owner of the noun, else the subject of its verb
        head = verb.head
        if head.pos_ in ("VERB", "AUX"):
            return _subject(head, active=active)
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None and not _first_person(poss):
            return poss
        if head.head.pos_ in ("VERB", "AUX") and head.dep_ in ("dobj", "pobj"):
            return _subject(head.head, active=active)
    return None


FIRST_PERSON = {"i", "we", "you", "me", "us"}
QUOTES_OPEN = {"“": "”", "‘": "’"}
STRAIGHT_QUOTES = ('"', "''", "``")


def _first_person(tok) -> bool:
    return tok.lower_ in FIRST_PERSON


def _is_reporter(tok) -> bool:
    """A reporting verb with a subject of its own."""
    return tok.lemma_.lower() in REPORT_CUES and tok.pos_ in ("VERB", "AUX") and \
        _subject(tok, active=True) is not None


def _self_report(trigger) -> bool:
    """The trigger is itself a report ("Ms. Moore said."), its content elsewhere."""
    return trigger.dep_ in ("ROOT", "parataxis") and _is_reporter(trigger) and \
        not _first_person(_subject(trigger, active=True))


def _cue_phrase(verb) -> str:
    """The cue as written: auxiliaries and negation before the verb, particles after it
    ("has called for", "did not respond", "pointed to")."""
    doc = verb.doc
    left = verb.i
    while left > 0 and doc[left - 1].head == verb and doc[left - 1].dep_ in ("aux", "neg"):
        left -= 1
    right = verb.i
    nxt = doc[right + 1] if right + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in CUE_PARTICLES and verb.lemma_.lower() in CLAUSE_ONLY \
            and ((nxt.head == verb and nxt.dep_ in ("prt", "prep")) or
                 (nxt.dep_ == "mark" and nxt.head.head == verb)):
        right += 1
    return doc[left:right + 1].text


def _colon_source(trigger, sentence):
    """The head of a short name before a colon opening the sentence ("Pence: ...")."""
    toks = [t for t in sentence if not (t.is_punct and t.text != ":") and not t.is_space]
    colon = next((i for i, t in enumerate(toks[:8]) if t.text == ":"), None)
    if not colon or trigger.i <= toks[colon].i:
        return None
    name = toks[:colon]
    if any(t.pos_ in ("VERB", "AUX", "NUM", "ADP") or t.like_num for t in name) or \
            not any(t.pos_ in ("PROPN", "NOUN") for t in name) or len(name) > 5:
        return None
    return next((t for t in name if t.head not in name or t.head == t), name[-1])


def _quote_spans(para) -> list[tuple[int, int]]:
    """Character spans (in the doc) of quotations inside one paragraph span."""
    out = []
    start = None
    close = None
    for tok in para:
        text = tok.text
        if start is None:
            if text in QUOTES_OPEN or text in STRAIGHT_QUOTES:
                start, close = tok.idx, QUOTES_OPEN.get(text, text)
        elif text == close or (close in STRAIGHT_QUOTES and text in STRAIGHT_QUOTES):
            out.append((start, tok.idx + len(text)))
            start = None
    if start is not None:  # a quotation running to the end of the paragraph
        out.append((start, para[-1].idx + len(para[-1].text)))
    return out


def _paragraph(tok):
    """The tokens of the paragraph around `tok` (between line breaks)."""
    doc = tok.doc
    left = tok.i
    while left > 0 and "\n" not in doc[left - 1].text_with_ws:
        left -= 1
    right = tok.i
    while right + 1 < len(doc) and "\n" not in doc[right].text_with_ws:
        right += 1
    return doc[left:right + 1]


def _quote_speaker(trigger, sentence):
    """The reporting verb that introduces the quotation holding the trigger: the one in the
    same paragraph outside any quotation, nearest after the quotation, else before it."""
    para = _paragraph(trigger)
    spans = _quote_spans(para)
    here = next(((a, b) for a, b in spans if a <= trigger.idx < b), None)
    if here is None:
        return None

    def quoted(t):
        return any(a <= t.idx < b for a, b in spans)

    verbs = [t for t in para if _is_reporter(t) and not quoted(t)
             and not _first_person(_subject(t, active=True))
             and not quoted(_subject(t, active=True))]
    after = [t for t in verbs if t.idx >= here[1]]
    before = [t for t in verbs if t.idx < here[0]]
    if after and (not before or after[0].sent.start <= trigger.sent.end + 1):
        return after[0]
    return before[-1] if before else None


def _according_to(sentence):
    for tok in sentence:
        if tok.lower_ == "according" and tok.i + 1 < sentence.end and \
                tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _phrase(tok) -> str:
    aux = [c.text for c in tok.children if c.dep_ in ("auxpass", "aux")]
    return " ".join(aux + [tok.text])


def _actor_kind(actor: Actor) -> str:
    """Source kind of an actor: bodies by what they are (intelligence, military)."""
    kind = KIND_OF_ACTOR.get(actor.kind, "official")
    if actor.kind == "government_body":
        low = actor.name.lower()
        if any(w in low for w in ("intelligence", "spy", "security service")):
            kind = "intelligence"
        elif any(w in low for w in ("military", "army", "defense", "defence", "staff",
                                    "armed forces", "navy", "air force")):
            kind = "military"
    return kind


def _source(head, actor_of, pronoun=None) -> Source:
    """A source from the head token of its noun phrase."""
    if head.is_upper and head.is_alpha and (head.i == 0 or "\n" in head.doc[head.i - 1].text_with_ws):
        # a dateline parsed as the subject: "SEOUL (Wire) - South Korea's spy agency said"
        appos = [c for c in head.children if c.dep_ == "appos"]
        if appos:
            head = appos[-1]
    if head.lower_ in ("who", "which", "that"):
        head = head.head.head if head.head.dep_ == "relcl" else head
    if pronoun is not None and (head.tag_ == "PRP" or (
            head.pos_ == "NOUN" and actor_of(head.left_edge.i, head.i + 1) is None)):
        # "he said", "the agency said": who was named before
        actor = pronoun(head)
        if actor is not None:
            span = head.doc[head.left_edge.i:head.i + 1] if head.pos_ == "NOUN" else \
                head.doc[head.i:head.i + 1]
            return Source(name=actor.name, kind=_actor_kind(actor), actor=actor.id,
                          mention=_mention(span))
    if SOURCE_NOUNS.get(head.lemma_.lower()) == "document":
        author = _document_author(head)
        if author is not None:
            return _source(author, actor_of, pronoun)
    span = _np(head)
    actor: Actor | None = actor_of(head.i, head.i + 1) or actor_of(span.start, span.end)
    lemma = head.lemma_.lower()
    noun_kind = SOURCE_NOUNS.get(lemma)
    if noun_kind is None:
        # "intelligence reports", "military analysts"; and for an owner ("Ukraine's military
        # estimates" -> Ukraine) the modifiers of what it owns
        owners = [head] + ([head.head] if head.dep_ == "poss" else [])
        mods = [c.lemma_.lower() for o in owners for c in o.children
                if c.dep_ in ("compound", "amod")]
        noun_kind = next((SOURCE_NOUNS[m] for m in mods if m in SOURCE_NOUNS), None)
    name = span.text
    if actor is not None:
        kind = _actor_kind(actor)
        if actor.kind in ("group", "unnamed", "state") and noun_kind:
            kind = noun_kind
        head_is_actor = actor_of(head.i, head.i + 1) is actor
        if head_is_actor:
            name = _trim(span)
        return Source(name=name, kind=kind, actor=actor.id, mention=_mention(_np_full(head, span)))
    if lemma in ("report", "data", "assessment") and "intelligence" in span.text.lower():
        noun_kind = "intelligence"
    return Source(name=_trim(span), kind=noun_kind or "unnamed", mention=_mention(_np_full(head, span)))


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
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and SOURCE_NOUNS.get(obj.lemma_.lower()) != "document":
                return obj
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
        if head.doc[i].is_punct and head.doc[i].text not in ("'", "’", ".", "&"):
            left = i + 1
            break
    right = head.i
    for child in head.children:
        if child.i > head.i and child.dep_ in ("compound", "appos", "flat", "nummod") and \
                child.dep_ != "relcl":
            right = max(right, child.right_edge.i if child.dep_ != "appos" else child.i)
    # a named entity is one name: "the International Organization for Migration",
    # "Clementine Nkweta-Salami" (the parse may hang its parts off the head)
    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end
                and e.label_ in ("ORG", "PERSON", "GPE", "NORP", "FAC")), None)
    if ent is not None:
        right = max(right, ent.end - 1)
    return head.doc[left:right + 1]


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
    while right > span.start and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[span.start:right + 1]


def _mention(span) -> Span:
    return Span(span.start_char, span.end_char, span.text)


def _trim(span) -> str:
    """The source as written, without trailing punctuation."""
    toks = list(span)
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks:
        return span.text
    return span.doc[toks[0].i:toks[-1].i + 1].text
