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
"promise": "reported", "vow": "reported", "agree": "reported",
}
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
        kind = REPORT_CUES[lemma]
        if subj is None and reporter.pos_ == "NOUN":
            subj = reporter  # "Ukraine's military estimates that ..." (a misparsed verb)
        if subj is not None and subj.lower_ not in ("i", "we", "you"):
            source = _source(subj, actor_of, pronoun)
        cue = reporter.text if cue is None else cue
        if any(c.dep_ == "neg" for c in reporter.children) and kind == "reported":
            kind = "denied"
        if kind == "possible" and certainty == "asserted" and lemma == "warn":
            kind = "possible" if _has_modal(trigger) else "reported"
        certainty = _stronger(certainty, kind)
        if kind == "denied":
            negated = True
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
        if head.lemma_.lower() in REPORT_CUES and reporting and dep in (
                "ccomp", "xcomp", "advcl", "parataxis", "dobj", "conj", "relcl", "acl"):
            if dep == "xcomp" and head.lemma_.lower() in RAISING and not _subject(head, active=True):
                pass  # "is believed to": handled as raising, not as a source
            else:
                return head
        # a report that the trigger's clause is the root of: "X, ZDF reported Friday"
        if dep == "ROOT":
            # "X, ZDF reported Friday" / "X, he said, Y": a reporter hanging off the root
            for child in cur.children:
                if child.dep_ in ("parataxis", "ccomp", "advcl") and \
                        child.lemma_.lower() in REPORT_CUES and _subject(child) is not None \
                        and trigger not in child.subtree:
                    return child
            return None
        cur = head
        steps += 1
    return None


def _subject(verb, *, active: bool = False):
    for child in verb.children:
        if child.dep_ == "nsubj" or (not active and child.dep_ == "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        return _subject(verb.head, active=active)
    return None


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


def _source(head, actor_of, pronoun=None) -> Source:
    """A source from the head token of its noun phrase."""
    if head.lower_ in ("who", "which", "that"):
        head = head.head.head if head.head.dep_ == "relcl" else head
    if head.tag_ == "PRP" and pronoun is not None:
        actor = pronoun(head)
        if actor is not None:
            return Source(name=actor.name, kind=KIND_OF_ACTOR.get(actor.kind, "official"),
                          actor=actor.id, mention=_mention(head.doc[head.i:head.i + 1]))
    if SOURCE_NOUNS.get(head.lemma_.lower()) == "document":
        author = _document_author(head)
        if author is not None:
            return _source(author, actor_of, pronoun)
    span = _np(head)
    actor: Actor | None = actor_of(head.i, head.i + 1) or actor_of(span.start, span.end)
    lemma = head.lemma_.lower()
    noun_kind = SOURCE_NOUNS.get(lemma)
    if noun_kind is None:
        # "intelligence reports", "military analysts", "Ukraine's military estimates"
        mods = [c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")]
        noun_kind = next((SOURCE_NOUNS[m] for m in mods if m in SOURCE_NOUNS), None)
    name = span.text
    if actor is not None:
        kind = KIND_OF_ACTOR.get(actor.kind, "official")
        if actor.kind == "government_body":
            low = actor.name.lower()
            if any(w in low for w in ("intelligence", "spy", "security service")):
                kind = "intelligence"
            elif any(w in low for w in ("military", "army", "defense", "defence", "staff",
                                        "armed forces", "navy", "air force")):
                kind = "military"
        if actor.kind in ("group", "unnamed", "state") and noun_kind:
            kind = noun_kind
        head_is_actor = actor_of(head.i, head.i + 1) is actor
        if head_is_actor:
            name = _trim(span)
        return Source(name=name, kind=kind, actor=actor.id, mention=_mention(span))
    if lemma in ("report", "data", "assessment") and "intelligence" in span.text.lower():
        noun_kind = "intelligence"
    return Source(name=_trim(span), kind=noun_kind or "unnamed", mention=_mention(span))


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
    return head.doc[left:right + 1]


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
