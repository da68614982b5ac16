"""Step `claims`: typed events with roles, each attributed to its source.

Per sentence: triggers from a lexicon (`resources/claims/triggers.tsv`, verbs and
nominalizations) typed by their object's class (`nouns.tsv`); roles from the dependency
parse (subjects through control and coordination, passive agents, possessives, "to X",
"with X", "against X"); ids of the actors, places, times and quantities that earlier
steps found; source, cue and certainty from `claimtrace.attribution`. Page furniture
and background clauses yield nothing, and `--explain` says why.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..attribution import REPORT_CUES, attribute
from ..model import Actor, Claim, Document, Skipped, Span
from ..pipeline import step
from ..resources import read_tsv

FURNITURE = re.compile(
    r"(?:all rights reserved|sign up|subscribe|newsletter|click here|cookies?|read more|"
    r"follow us|share this|advertisement|https?://|www\.|@\w+|^by [A-Z][\w ,.&]*$|"
    r"^(?:photo|image|video|file photo)\b|\((?:photo|image)\b)", re.I)
BACKGROUND_MARKS = {"if", "unless", "whether", "with", "without"}
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "they": "any", "it": "any", "his": "person", "its": "any", "their": "any"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# verbs whose direct object is the receiving party ("supplied Russia with shells")
GIVING = {"supply", "provide", "give", "arm", "equip", "furnish", "help", "assist", "back",
          "support", "visit", "meet", "host", "sanction", "send"}
DISASTERS = {"earthquake", "quake", "flood", "flooding", "storm", "cyclone", "hurricane",
             "typhoon", "landslide", "avalanche", "crash", "accident", "collision", "heatwave",
             "drought", "famine", "cholera", "epidemic", "outbreak", "wildfire", "tsunami",
             "derailment", "stampede", "collapse", "disease"}
OBSTRUCTING = {"undermine", "violate", "evade", "circumvent", "oppose", "prevent", "avoid",
               "weaken", "breach", "flout", "ignore", "end", "lift", "ease"}
# types whose object is the party acted against (PLOVER's target)
TARGETING = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "PROTEST", "REJECT"}
SUFFERING = {"lose", "suffer", "sustain", "incur"}
REQUESTING = {"call", "urge", "ask", "appeal", "demand", "request", "press", "want"}
CLAUSAL = ("relcl", "advcl", "ccomp", "parataxis", "acl", "csubj")
LOCATIVE = {"in", "into", "to", "through", "across", "near", "at", "inside", "within",
            "toward", "towards", "from", "on", "over", "along", "around"}


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str
    type: str
    mode: str | None
    subtype: str | None
    kind: str
    object: str


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    out: dict[tuple[str, str], list[Trigger]] = {}
    for row in read_tsv("claims", "triggers.tsv"):
        t = Trigger(row["lemma"], row["pos"], row["type"], row["mode"] or None,
                    row["subtype"] or None, row["kind"], row["object"])
        out.setdefault((t.lemma, t.pos), []).append(t)
    return out


@lru_cache(maxsize=1)
def noun_classes() -> dict[str, str]:
    return {row["lemma"]: row["class"] for row in read_tsv("claims", "nouns.tsv")}


class _Index:
    """Token-level lookups of what earlier steps found."""

    def __init__(self, doc: Document):
        sp = doc.spacy
        self.doc = doc
        self.actor_at: dict[int, Actor] = {}
        for actor in doc.actors:
            for m in actor.mentions:
                for tok in _tokens(sp, m.start, m.end):
                    self.actor_at.setdefault(tok.i, actor)
        self.place_at: dict[int, str] = {}
        for place in doc.places:
            for m in place.mentions:
                for tok in _tokens(sp, m.start, m.end):
                    self.place_at.setdefault(tok.i, place.id)
        self.places = {p.id: p for p in doc.places}
        self.times = [(t, _tokens(sp, t.start, t.end)) for t in doc.times]
        self.quants = [(q, _tokens(sp, q.start, q.end)) for q in doc.quantities]
        self.actors_by_code = {}
        for actor in doc.actors:
            if actor.code:
                self.actors_by_code.setdefault(actor.code, actor)

    def state_actor(self, entry, tok) -> Actor:
        """The document's actor for a state, made (with this mention) if it has none."""
        actor = self.actors_by_code.get(entry.code)
        mention = self.doc.span(tok.idx, tok.idx + len(tok.text))
        if actor is None:
            actor = Actor(id=f"a{len(self.doc.actors) + 1}", name=entry.name, kind="state",
                          code=entry.code, mentions=[mention])
            self.doc.actors.append(actor)
            self.actors_by_code[entry.code] = actor
        elif all(m.start != mention.start for m in actor.mentions):
            actor.mentions.append(mention)
            actor.mentions.sort(key=lambda m: m.start)
        self.actor_at[tok.i] = actor
        return actor

    def pronoun(self, tok) -> Actor | None:
        """The actor a personal pronoun refers to, if any."""
        return _antecedent(tok, self) if tok.lower_ in PRONOUNS else None

    def actor_of(self, start: int, end: int) -> Actor | None:
        for i in range(start, end):
            if i in self.actor_at:
                return self.actor_at[i]
        return None


def _tokens(sp, start: int, end: int):
    span = sp.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


@step("claims", needs=("spacy", "actors", "places", "times", "quantities"), provides=("claims",))
def extract_claims(doc: Document) -> Document:
    """Find the claims of every sentence."""
    sp = doc.spacy
    index = _Index(doc)
    claims: list[Claim] = []
    weapons_seen: list[str] = []
    for sent in sp.sents:
        reason = _furniture(sent)
        if reason:
            doc.skipped.append(Skipped(doc.span(sent.start_char, sent.end_char), reason))
            continue
        found = _sentence_claims(doc, sent, index, weapons_seen)
        if not found:
            doc.skipped.append(Skipped(doc.span(sent.start_char, sent.end_char),
                                       "no event trigger with its arguments"))
        claims.extend(found)
    for n, claim in enumerate(claims, start=1):
        claim.id = f"c{n}"
    doc.claims = claims
    if not claims:
        doc.notes.append("no claims: no sentence held an event trigger with its arguments")
    return doc


def _furniture(sent) -> str | None:
    text = sent.text.strip()
    if len([t for t in sent if t.is_alpha]) < 3:
        return "fragment (fewer than three words)"
    if FURNITURE.search(text):
        return "page furniture (link, credit, caption or boilerplate)"
    if not any(t.pos_ in ("VERB", "AUX") for t in sent) and not any(
            (t.lemma_.lower(), "NOUN") in triggers() for t in sent):
        return "no verb and no event noun (a heading or a list item)"
    return None


def _sentence_claims(doc: Document, sent, index: _Index, weapons_seen: list[str]) -> list[Claim]:
    found: list[tuple[object, Trigger, Claim]] = []
    for tok in sent:
        trig = _match(tok)
        if trig is None or _background(tok):
            continue
        claim = _build(doc, sent, tok, trig, index, weapons_seen)
        if claim is not None:
            found.append((tok, trig, claim))
    return _dedupe(found)


def _match(tok) -> Trigger | None:
    pos = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}.get(tok.pos_)
    if pos is None:
        return None
    rows = triggers().get((tok.lemma_.lower(), pos)) or triggers().get((tok.lower_, pos))
    if not rows:
        return None
    cls = _object_class(tok)
    for row in rows:
        if _fits(row.object, cls, tok):
            return row
    return None


def _object_class(tok) -> set[str]:
    """Classes of what the trigger acts on (or, for some verbs, of its subject)."""
    classes = noun_classes()
    out: set[str] = set()
    if tok.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        subj = _subject(tok.head)
        if subj is not None and classes.get(subj.lemma_.lower()):
            out.add(classes[subj.lemma_.lower()] + "_subject")
    if tok.dep_ == "acl" and classes.get(tok.head.lemma_.lower()):
        # "missiles fired at Kharkiv": the noun the participle modifies is its object
        out.add(classes[tok.head.lemma_.lower()])
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "dative", "pobj", "prep", "nsubj", "prt",
                          "advmod", "compound", "npadvmod", "xcomp"):
            targets = [child] + [g for g in child.children if g.dep_ in ("pobj", "conj", "prep")]
            targets += [gg for g in targets for gg in g.children if g.dep_ == "prep" and gg.dep_ == "pobj"]
            for t in targets:
                cls = classes.get(t.lemma_.lower())
                if cls:
                    out.add(cls + ("_subject" if child.dep_ == "nsubj" else ""))
                if t.ent_type_ in ("MONEY",) or t.lower_ in ("$", "€", "£"):
                    out.add("money")
                if t.ent_type_ == "WEAPON":
                    out.add("weapons")
            if child.dep_ in ("prt", "advmod") and child.lower_ in ("back", "out", "down"):
                out.add(child.lower_)
            if child.dep_ in ("prep", "prt") and child.lower_ in ("against", "on"):
                out.add(child.lower_)
    return out


def _fits(needed: str, classes: set[str], tok) -> bool:
    if needed == "any":
        return True
    if needed == "back":
        return bool(classes & {"back", "out"})
    if needed == "equipment":
        return "weapons" in classes or "down" in classes or "weapons_subject" in classes
    if needed == "people":
        return bool(classes & {"people", "troops", "people_subject"})
    return needed in classes


def _background(tok) -> bool:
    """Conditional or absolute clauses ("if deployed", "with forces pushed back")."""
    cur = tok
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in cur.children):
            return True
        if cur.dep_ not in ("conj", "xcomp") or cur.head is cur:
            break
        cur = cur.head
    # a purpose clause of another trigger: "dispatched troops to support Russia"
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to"
                                               for c in tok.children):
        if _match_lemma(tok.head):
            return True
    # "called on Moscow to withdraw the troops": the requested act has not happened
    head = tok
    for _ in range(3):
        if head.dep_ not in ("xcomp", "ccomp", "advcl") or head.head is head:
            break
        head = head.head
        if head.lemma_.lower() in REQUESTING:
            return True
    # "rocket-assisted munitions", "North Korean-made missiles": participles as adjectives
    if tok.pos_ == "VERB" and tok.dep_ in ("amod", "compound"):
        return True
    # "pledging mutual defense assistance": the object of a background verb
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "attr") and tok.head.pos_ == "VERB" \
            and tok.head is not tok and _match(tok.head) is not None and _background(tok.head):
        return True
    # "can strike targets 40 km away": a capability, not an event
    if any(c.dep_ == "aux" and c.lower_ == "can" for c in tok.children):
        return True
    # "an agreement pledging mutual defence": the content of another event
    if tok.dep_ == "acl" and _match_lemma(tok.head):
        own, head = _match(tok), _match(tok.head)
        if own is None or head is None or own.type != head.type:
            return True
    # "cooperation ... threatens to prolong the war": the verb is the event
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" \
            and _match_lemma(tok.head):
        return True
    # "the attack showed that ...", "the deployment posed a threat": a definite event noun
    # as subject refers back to an event already told, unless it names its participants
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
            and not any(c.dep_ in ("poss", "compound", "amod", "prep", "nummod", "npadvmod")
                        for c in tok.children) \
            and (tok.head.lemma_.lower() in REPORT_CUES or any(
                c.dep_ == "dobj" and (c.lemma_.lower(), "NOUN") in triggers()
                for c in tok.head.children)):
        return True
    # "in the event of an attack": an indefinite event noun with no participants
    if tok.pos_ == "NOUN":
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if dets and dets[0] in ("a", "an") and not any(
                c.dep_ in ("poss", "prep", "amod", "compound", "nummod") for c in tok.children):
            return True
    return False


def _match_lemma(tok) -> bool:
    return (tok.lemma_.lower(), "VERB") in triggers() or (tok.lemma_.lower(), "NOUN") in triggers()


def _build(doc: Document, sent, tok, trig: Trigger, index: _Index, weapons_seen) -> Claim | None:
    roles = _roles(tok, trig, index)
    if tok.pos_ == "ADJ":
        # "X claims Hamas is responsible for ...": a predicate about the copula's subject
        subj = _subject(tok.head) if tok.dep_ == "acomp" else None
        if subj is None:
            return None
        roles["target"] = _actor_in(subj, index)
    elif tok.pos_ != "VERB" and not (roles["actor"] or roles["recipient"] or roles["target"]
                                   or roles["place"] or _has_quantity(tok, index)
                                   or _argument_of_clause(tok)):
        return None
    if trig.type == "ASSAULT" and trig.subtype == "casualties" and roles["actor"] is None \
            and any(t.lemma_.lower() in DISASTERS for t in sent):
        return None  # deaths in an earthquake, flood or crash are not violence
    type_, subtype, mode = trig.type, trig.subtype, trig.mode
    actor, recipient = roles["actor"], roles["recipient"]
    if subtype in ("arms_transfer", "troop_deployment") and trig.lemma in (
            "transfer", "transport", "move", "deploy", "dispatch", "station"):
        # to another state: aid; within one's own war effort: a movement
        if recipient is not None and actor is not None and recipient.code != actor.code \
                and recipient.kind == "state":
            type_ = "AID"
        elif subtype == "arms_transfer":
            type_, subtype, mode = "MOBILIZE", "weapons_movement", "weapons"
        else:
            type_ = "MOBILIZE"
    attr = attribute(tok, sent, index.actor_of, doc.meta.outlet, index.pronoun)
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        attr.negated = True
    if attr.negated and type_ in ("AGREE", "COOPERATE") and attr.certainty != "denied":
        # "will not accept more refugees": refusing is an event of its own (PLOVER REJECT)
        type_, subtype, mode = "REJECT", None, None
        attr.negated = False
    kind = trig.kind
    quantity = _attach_quantity(tok, trig, index)
    if quantity is not None and attr.certainty == "estimated":
        kind = "quantity"
    item = _item(tok, trig, sent, weapons_seen)
    return Claim(
        id="", kind=kind, type=type_, mode=mode, subtype=subtype,
        actor=actor.id if actor else None,
        recipient=recipient.id if recipient else None,
        target=roles["target"].id if roles["target"] else None,
        item=item, place=roles["place"], time=_attach_time(tok, index),
        quantity=quantity, negated=attr.negated, source=attr.source, cue=attr.cue,
        certainty=attr.certainty,
        evidence=doc.span(sent.start_char, _end_char(sent)),
        trigger=doc.span(tok.idx, tok.idx + len(tok.text)))


def _end_char(sent) -> int:
    return sent.end_char if not sent.text.endswith((" ", "\n")) else \
        sent.start_char + len(sent.text.rstrip())


def _roles(tok, trig: Trigger, index: _Index) -> dict:
    actor = recipient = target = None
    place = None
    subj = _subject(tok)
    passive = subj is not None and subj.dep_ == "nsubjpass"
    if tok.pos_ == "VERB":
        agent = _child(tok, "agent")
        if agent is not None:
            actor = _actor_in(_pobj(agent), index)
        if subj is not None and not passive:
            actor = actor or _actor_in(subj, index)
        if passive and subj is not None and trig.subtype in ("casualties", "attack", "capture",
                                                             "equipment_loss"):
            target = _actor_in(subj, index)
        if passive and subj is not None and trig.subtype == "withdrawal":
            actor = _actor_in(subj, index)
        if actor is None and subj is not None and subj.dep_ == "nsubj":
            actor = _conj_actor(subj, index)
        if trig.lemma in SUFFERING and subj is not None and not passive:
            # "Russia has lost 40 per cent of its units": the loser is the target
            target, actor = actor, None
        for child in tok.children:
            if child.dep_ in ("dobj", "dative"):
                found = _actor_in(child, index, strict=True)
                if trig.type in TARGETING:
                    target = target or found
                elif child.i in index.actor_at and index.actor_at[child.i] is not actor and (
                        trig.lemma in GIVING or trig.type not in ("AID", "MOBILIZE")):
                    # the object itself names a party: "supplied Russia", "urged Iran"
                    recipient = recipient or index.actor_at[child.i]
    else:
        for child in tok.children:
            if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and child.i < tok.i):
                if trig.subtype in ("casualties",):
                    # "North Korean casualties", "Russia's losses": who suffered them
                    target = target or _actor_in(child, index, strict=True)
                else:
                    actor = actor or _actor_in(child, index, strict=True)
        agent = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if agent is not None:
            actor = actor or _actor_in(_pobj(agent), index)
        if actor is None and tok.dep_ in ("dobj", "attr") and tok.head.pos_ == "VERB":
            s = _subject(tok.head)
            if s is not None and tok.head.lemma_.lower() in SUFFERING:
                target = target or _actor_in(s, index)  # "was suffering significant losses"
            elif s is not None:
                actor = _actor_in(s, index)
    preps = [c for c in tok.children if c.dep_ == "prep"]
    dobj = _child(tok, "dobj")
    if dobj is not None and trig.type in ("AGREE", "CONSULT", "COOPERATE"):
        preps += [c for c in dobj.children if c.dep_ == "prep" and c.lower_ == "with"]
    if dobj is not None and trig.type in ("AID", "MOBILIZE"):
        # "shipped 300 drones to Moscow": the destination often hangs off the object
        preps += [c for c in dobj.children if c.dep_ == "prep" and c.lower_ in ("to", "for")]
    for prep in preps:
        obj = _pobj(prep)
        if obj is None:
            continue
        word = prep.lower_
        if word == "between":
            # "fighting between the army and the RSF", "talks between Kim and Shoigu"
            first = _actor_in(obj, index, strict=True)
            second = next((_actor_in(c, index, strict=True) for c in obj.children
                           if c.dep_ == "conj"), None)
            actor = actor or first
            if trig.type in ("ASSAULT", "COERCE"):
                target = target or second
            else:
                recipient = recipient or second
            continue
        if word in ("at", "on", "against", "into") and trig.type == "ASSAULT" and target is None:
            target = _actor_in(obj, index, strict=True) or _host(obj, index)
        found = _actor_in(obj, index, strict=True)
        if word in ("to", "for") and trig.type in ("AID", "SUPPORT", "CONSULT", "MOBILIZE"):
            recipient = recipient or found or (
                _host(obj, index) if trig.type == "CONSULT" else _seat_of_power(obj, index))
        elif word == "with" and trig.type in ("CONSULT", "AGREE", "COOPERATE"):
            recipient = recipient or found
        elif word in ("against", "on") and trig.type in TARGETING:
            target = target or found
        if word in LOCATIVE and place is None:
            place = _place_in(obj, index)
    if recipient is None and trig.type in ("AID", "SUPPORT"):
        # "a package of military aid worth $150 million for Ukraine"
        for i in sorted(_phrase(tok)):
            t = tok.doc[i]
            if t.dep_ == "pobj" and t.head.lower_ in ("to", "for") and i in index.actor_at \
                    and index.actor_at[i] is not actor and index.actor_at[i].kind == "state":
                recipient = index.actor_at[i]
                break
    if recipient is None and trig.type in ("AID", "MOBILIZE"):
        # "dispatched troops to support Russia": the party the purpose clause helps
        for child in tok.children:
            if child.dep_ in ("advcl", "xcomp") and any(c.lower_ == "to" and c.dep_ == "aux"
                                                         for c in child.children):
                obj = _child(child, "dobj")
                if obj is not None and obj.i in index.actor_at:
                    recipient = index.actor_at[obj.i]
    if trig.type == "ASSAULT" and target is None and dobj is not None:
        target = _actor_in(dobj, index, strict=True) or _host(dobj, index)
    if trig.subtype == "visit" and recipient is None:
        obj = _child(tok, "dobj")
        if obj is not None:
            recipient = _actor_in(obj, index, strict=True) or _host(obj, index)
    if trig.type == "AGREE" and subj is not None and recipient is None:
        conj = [c for c in subj.children if c.dep_ == "conj"]
        if conj:
            recipient = _actor_in(conj[0], index)
    if actor is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and \
            not any(c.dep_ == "mark" for c in tok.children) and _subject(tok, own=True) is None:
        # "launched an attack on Kyiv, killing 12 people": the participle shares the subject
        s = _subject(tok.head)
        if s is not None and s.dep_ == "nsubj":
            actor = _actor_in(s, index)
    if actor is None and tok.dep_ in ("acomp", "oprd") and _subject(tok, own=True) is None:
        # "11,000 North Korean troops remain deployed": the troops' state sent them
        s = _subject(tok.head)
        if s is not None:
            actor = _actor_in(s, index)
    if actor is None and (tok.dep_ in ("xcomp", "conj") or _raised(tok)):
        head = tok.head
        while head.dep_ in ("xcomp", "conj") and head.head is not head:
            if _subject(head, own=True):
                break
            head = head.head
        s = _subject(head)
        if s is not None and (s.dep_ == "nsubj" or _raised(tok)):
            actor = _actor_in(s, index)
    if place is None:
        place = next((index.place_at[i] for i in sorted(_phrase(tok)) if i in index.place_at), None)
    if recipient is actor:
        recipient = None
    return {"actor": actor, "recipient": recipient, "target": target, "place": place}


def _argument_of_clause(tok) -> bool:
    """An event noun that a clause is about: subject or object of a verb, or a copula's
    attribute ("The package also includes ...", "posed a grave threat")."""
    if tok.head.lemma_.lower() in OBSTRUCTING:
        return False  # "could undermine international sanctions" is not a sanction
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and tok.head.pos_ in ("VERB", "AUX")


def _raised(tok) -> bool:
    """The trigger is the infinitive of a passive raising verb ("is believed to have")."""
    return tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.head.children)


def _subject(tok, *, own: bool = False):
    # the subject nearest the verb: a dateline ("KYIV, April 24 - Russia launched") can
    # be parsed as a second subject further away
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        return min(subjects, key=lambda c: abs(tok.i - c.i))
    if not own and tok.dep_ == "conj" and tok.head is not tok:
        return _subject(tok.head)
    return None


def _child(tok, dep: str):
    return next((c for c in tok.children if c.dep_ == dep), None)


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _actor_in(tok, index: _Index, strict: bool = False) -> Actor | None:
    """The actor a noun phrase names: its head, else a modifier ("North Korean troops")."""
    if tok is None:
        return None
    if tok.lower_ in PRONOUNS:
        return _antecedent(tok, index)
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
        return _actor_in(tok.head.head, index, strict)
    if tok.i in index.actor_at:
        return index.actor_at[tok.i]
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i in index.actor_at:
            return index.actor_at[child.i]
    if strict:
        return None
    for t in tok.subtree:
        if t.i in index.actor_at and t.dep_ not in ("relcl",):
            return index.actor_at[t.i]
    return None


def _conj_actor(subj, index: _Index) -> Actor | None:
    for c in subj.children:
        if c.dep_ == "conj":
            return _actor_in(c, index)
    return None


def _antecedent(tok, index: _Index) -> Actor | None:
    """The actor a pronoun refers to: for a pronoun opening its sentence, the subject of
    the sentence before (if it fits); else the nearest earlier fitting actor."""
    want = PRONOUNS[tok.lower_]
    sent = tok.sent
    if tok.i - sent.start <= 2 and sent.start > 0:
        prev = tok.doc[sent.start - 1].sent
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
                actor = _actor_in(t, index, strict=True) if t.lower_ not in PRONOUNS else None
                if actor is not None and (want != "person" or actor.kind == "person"):
                    return actor
    for i in range(tok.i - 1, max(-1, tok.i - 120), -1):
        actor = index.actor_at.get(i)
        if actor is None:
            continue
        if want == "person" and actor.kind != "person":
            continue
        if want == "any" and actor.kind in ("media",):
            continue
        return actor
    return None


def _host(tok, index: _Index) -> Actor | None:
    """The state whose territory a place is ("visited Pyongyang" -> North Korea)."""
    pid = index.place_at.get(tok.i)
    if pid is None:
        return None
    country = index.places[pid].country
    if not country:
        return None
    from ..actors_lexicon import load_lexicon

    entry = load_lexicon().state(country)
    return index.state_actor(entry, tok) if entry is not None else \
        index.actors_by_code.get(country)


def _seat_of_power(tok, index: _Index) -> Actor | None:
    """A capital or country named as a destination stands for its state ("shipped drones
    to Moscow" -> Russia receives them); other places do not ("deployed to Crimea")."""
    from ..actors_lexicon import load_lexicon

    name = tok.doc[tok.left_edge.i:tok.i + 1].text if tok.dep_ != "compound" else tok.text
    for text in (name, tok.text):
        hit = load_lexicon().best(text)
        if hit is not None and hit.entry.kind == "state" and hit.how != "demonym":
            return index.state_actor(hit.entry, tok)
    return None


def _place_in(tok, index: _Index) -> str | None:
    for t in tok.subtree:
        if t.i in index.place_at:
            return index.place_at[t.i]
    return None


def _phrase(tok) -> set[int]:
    """Token indices of the trigger's own phrase: its subtree without embedded clauses."""
    out = {tok.i}
    for child in tok.children:
        if child.dep_ in CLAUSAL or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            continue
        out |= {t.i for t in child.subtree}
    return out


def _has_quantity(tok, index: _Index) -> bool:
    ids = _phrase(tok)
    return any(toks and toks[0].i in ids for _, toks in index.quants)


def _attach_quantity(tok, trig: Trigger, index: _Index) -> str | None:
    """The count (or money, for aid) of the trigger's phrase: the one closest to it in the
    parse tree (then in the text), so "More than 100 people, including 20 children, were
    killed" takes 100."""
    sub = _phrase(tok)
    if tok.dep_ in ("xcomp", "conj", "acomp", "oprd"):
        # "roughly 4,000 ... have been killed or wounded", "10,000 troops were prepared to
        # join", "11,000 troops remain deployed": the subject of the verb it continues
        head_subj = _subject(tok) or _subject(tok.head)
        if head_subj is not None:
            sub |= {t.i for t in head_subj.subtree}
    if tok.dep_ in ("acl", "relcl"):
        # "2 out of 5 missiles fired at Kharkiv", "the 11,000 troops the North deployed":
        # the noun the clause describes
        sub |= {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and \
            tok.head.pos_ in ("VERB", "AUX"):
        # "the death toll topped 45,000", "put casualties at around 1,100"
        sub |= _phrase(tok.head)
    best = None
    for q, toks in index.quants:
        if not toks or toks[0].i not in sub:
            continue
        if q.unit not in (None, "USD", "EUR", "GBP", "percent"):
            continue
        if q.unit in ("USD", "EUR", "GBP") and trig.subtype not in ("aid_package", "agreement",
                                                                     "arms_transfer"):
            continue
        rank = (_tree_distance(toks, tok), abs(toks[0].i - tok.i))
        if best is None or rank < best[0]:
            best = (rank, q.id)
    return best[1] if best else None


def _tree_distance(toks, tok) -> int:
    """Hops from the quantity's top token up to the trigger or a common ancestor."""
    top = min(toks, key=lambda t: len(list(t.ancestors)))
    up = {tok.i: 0}
    for n, a in enumerate(tok.ancestors, start=1):
        up[a.i] = n
    hops = 0
    cur = top
    while cur.i not in up and cur.head is not cur:
        cur = cur.head
        hops += 1
    return hops + up.get(cur.i, 20)


def _attach_time(tok, index: _Index) -> str | None:
    """A time inside the trigger's phrase, else one attached to a verb above it."""
    sub = _phrase(tok)
    ancestors = {tok.i} | {a.i for a in tok.ancestors}
    inside, above = [], []
    for t, toks in index.times:
        if not toks:
            continue
        if toks[0].i in sub:
            inside.append((abs(toks[0].i - tok.i), t.id))
            continue
        root = min(toks, key=lambda x: len(list(x.ancestors)))
        head = root.head
        hops = 0
        while head.dep_ in ("prep", "pobj", "npadvmod") and head.head is not head and hops < 3:
            head = head.head
            hops += 1
        if head.i in ancestors:
            above.append((abs(toks[0].i - tok.i), t.id))
    pick = sorted(inside) or sorted(above)
    if pick:
        return pick[0][1]
    # the one dated expression of the sentence ("a video that appeared on March 26 showed
    # guns being moved"): attached elsewhere in the parse, but the only date there is
    sent = tok.sent
    dated = [t for t, toks in index.times if toks and t.earliest and
             sent.start <= toks[0].i < sent.end]
    return dated[0].id if len(dated) == 1 else None


def _item(tok, trig: Trigger, sent, weapons_seen: list[str]) -> str | None:
    """What is supplied, moved, used or lost: a weapon system if named, else the object."""
    if trig.type not in ("AID", "MOBILIZE", "ASSAULT") or trig.subtype in ("casualties", "combat"):
        return None
    from ..weapons import find_weapons

    named = [w for w in find_weapons(sent.text)]
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and tok.pos_ == "NOUN":
        obj = next((_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if named:
        weapons_seen.append(named[0][2])
    if obj is None:
        return named[0][2] if named else None
    cls = noun_classes().get(obj.lemma_.lower())
    if cls != "weapons" and not named:
        return None
    if named:
        return named[0][2]
    if obj.lower_ in ("them", "it") or any(c.lower_ in ("the", "those", "these") for c in obj.children):
        if weapons_seen:
            return weapons_seen[-1]
    words = [t for t in obj.subtree if not t.like_num and t.dep_ not in ("det", "quantmod")
             and t.lower_ not in ("of", "up", "to", "more", "than", "about", "around", "roughly")]
    return " ".join(t.text for t in words)[:80] or None


def _dedupe(found) -> list[Claim]:
    """One claim per event: drop a trigger that restates another of the same subtype."""
    out: list[Claim] = []
    kept: list[tuple[object, Trigger, Claim]] = []
    for tok, trig, claim in found:
        dup = None
        for ktok, ktrig, kclaim in kept:
            same = (kclaim.subtype or kclaim.type) == (claim.subtype or claim.type)
            related = tok in ktok.subtree or ktok in tok.subtree or tok.head is ktok or \
                ktok.head is tok
            if same and related:
                dup = kclaim
                break
        if dup is not None:
            _merge(dup, claim)
            continue
        kept.append((tok, trig, claim))
        out.append(claim)
    return out


def _merge(into: Claim, other: Claim) -> None:
    for field in ("actor", "recipient", "target", "item", "place", "time", "quantity"):
        if getattr(into, field) is None and getattr(other, field) is not None:
            setattr(into, field, getattr(other, field))
