"""Roles of a claim from the dependency parse: who acts (actor), who receives (recipient),
who is acted against (target), and where (place).

Subjects through control, coordination and raising; passive agents; possessives and
demonyms of event nouns; "to X", "with X", "against X", "at X"; purpose clauses; the
state a destination or a struck place belongs to; pronouns resolved to earlier actors.
`Index` maps the parse's tokens to what earlier steps found.
"""
from __future__ import annotations

from collections import Counter

from ..actors_lexicon import load_lexicon
from ..attribution import figure_frame
from ..attribution_lexicon import REPORT_CUES
from ..model import Actor, Document
from .actors_coref import leading_state
from .claim_lexicon import Trigger, noun_classes

_UNSET = object()
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "they": "any", "it": "any", "his": "person", "its": "any", "their": "any"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# verbs whose direct object is the receiving party ("supplied Russia with shells")
GIVING = {"supply", "provide", "give", "arm", "equip", "furnish", "help", "assist", "back",
          "support", "visit", "meet", "host", "sanction", "send"}
# types whose object is the party acted against (PLOVER's target)
TARGETING = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "PROTEST", "REJECT"}
# deliveries whose place is where they are received ("will arrive in Morag")
ARRIVING = {"arrive", "deliver", "land"}
# verbs whose subject withstands the event noun they take ("troops repelled an attack")
REPELLING = {"repel", "repulse", "thwart", "foil", "fend", "withstand", "survive", "resist",
             "condemn", "denounce"}
# generic names of irregular fighters, read as the document's leading armed group
ARMED_NOUNS = {"rebel", "militant", "insurgent", "jihadist", "gunman", "paramilitary",
               "militia", "militiaman", "guerrilla", "islamist"}
# nouns naming others by their relation to the possessor ("Kyiv's partners", "its allies")
RELATIONAL = {"partner", "ally", "neighbour", "neighbor", "enemy", "foe", "opponent", "rival",
              "backer", "supporter", "critic", "adversary", "sponsor", "patron", "proxy"}
RECEIVING = {"receive", "get", "obtain", "acquire", "accept", "take"}
HELPING = {"help", "support", "assist", "aid", "bolster", "reinforce", "back", "defend",
           "protect", "shore", "strengthen", "prop"}
SUFFERING = {"lose", "suffer", "sustain", "incur"}
LOCATIVE = {"in", "into", "to", "through", "across", "near", "at", "inside", "within",
            "toward", "towards", "from", "on", "over", "along", "around"}
# verbs whose object does what their complement says ("forced the army to withdraw")
OBJECT_CONTROL = {"force", "order", "help", "allow", "enable", "urge", "ask", "persuade",
                  "compel", "push", "pressure", "pressure", "instruct", "authorize",
                  "authorise", "permit", "encourage", "invite", "command"}
# verbs that charge their object with an act ("accused the junta of targeting ...")
CHARGING = {"accuse", "blame", "charge", "suspect", "convict", "condemn", "criticize",
            "criticise", "denounce"}
CLAUSAL = ("relcl", "advcl", "ccomp", "parataxis", "acl", "csubj")


class Index:
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
        self.home_tokens: set[int] = set()  # subjects whose actor is the home state
        self.group_tokens: set[int] = set()  # subjects whose actor is the leading group
        self._home_code: str | None | object = _UNSET
        self._sides: list | None = None  # the three most named states, for opponent_code
        self.actors_by_code = {}
        for actor in doc.actors:
            if actor.code:
                self.actors_by_code.setdefault(actor.code, actor)

    def state_actor(self, entry, tok=None) -> Actor:
        """The document's actor for a state, made if it has none; `tok`, when given, is
        recorded as a mention of it."""
        actor = self.actors_by_code.get(entry.code)
        if actor is None:
            actor = Actor(id=f"a{len(self.doc.actors) + 1}", name=entry.name, kind="state",
                          code=entry.code, mentions=[])
            self.doc.actors.append(actor)
            self.actors_by_code[entry.code] = actor
        if tok is not None:
            mention = self.doc.span(tok.idx, tok.idx + len(tok.text))
            if all(m.start != mention.start for m in actor.mentions):
                actor.mentions.append(mention)
                actor.mentions.sort(key=lambda m: m.start)
            self.actor_at[tok.i] = actor
        return actor

    def home(self) -> Actor | None:
        """The state the document is mostly about (its state actors' and places'
        mentions, by `actors_coref.leading_state`), made an actor if it is none yet."""
        return self.state_of(self.home_code())

    def home_code(self) -> str | None:
        """The code of the state the document is mostly about (no actor is made)."""
        if self._home_code is _UNSET:
            self._home_code = leading_state(self._state_counts())
        return self._home_code

    def opponent_code(self, code: str | None) -> str | None:
        """The other of the two states the document names most (both well above any
        third), when `code` is one of them: the side facing it (no actor is made)."""
        if self._sides is None:
            self._sides = self._state_counts().most_common(3) + [(None, 0)] * 3
        (first, _), (second, n2), (_, n3) = self._sides[:3]
        if second is None or n3 * 1.5 > n2 or code not in (first, second):
            return None
        return second if code == first else first

    def _state_counts(self) -> Counter:
        counts: Counter = Counter()
        for a in self.doc.actors:
            if a.kind == "state" and a.code:
                counts[a.code] += len(a.mentions)
        for p in self.doc.places:
            if p.country:
                counts[p.country] += len(p.mentions)
        return counts

    def state_of(self, code: str | None) -> Actor | None:
        """The document's actor for the state `code`, made if it has none yet."""
        if code is None:
            return None
        entry = load_lexicon().state(code)
        if entry is None:
            return self.actors_by_code.get(code)
        return self.state_actor(entry)

    def leading_group(self) -> Actor | None:
        """The armed group the document names most (and more than any other), if any."""
        groups = sorted((a for a in self.doc.actors if a.kind == "armed_group"),
                        key=lambda a: len(a.mentions), reverse=True)
        if not groups or (len(groups) > 1 and len(groups[1].mentions) >= len(groups[0].mentions)):
            return None
        return groups[0]

    def pronoun(self, tok) -> Actor | None:
        """The actor a personal pronoun ("he") or a definite description ("the agency",
        "the spy agency", "the ministry") refers to, if any."""
        if tok.lower_ in PRONOUNS:
            return _antecedent(tok, self)
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                      for c in tok.children):
            return _described(tok, self)
        return None

    def actor_of(self, start: int, end: int) -> Actor | None:
        for i in range(start, end):
            if i in self.actor_at:
                return self.actor_at[i]
        return None


def _tokens(sp, start: int, end: int):
    span = sp.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def roles(tok, trig: Trigger, index: Index) -> dict:
    actor = recipient = target = None
    place = None
    subj = subject(tok)
    passive = subj is not None and subj.dep_ == "nsubjpass"
    if tok.pos_ == "VERB":
        agent = child_of(tok, "agent")
        if agent is not None:
            actor = actor_in(pobj(agent), index)
        if subj is not None and not passive:
            actor = actor or actor_in(subj, index)
        if passive and subj is not None and trig.subtype in ("casualties", "attack", "capture",
                                                             "equipment_loss"):
            target = actor_in(subj, index)
        if passive and subj is not None and trig.subtype == "withdrawal":
            actor = actor_in(subj, index)
        if passive and subj is not None and trig.lemma in GIVING and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            # "Ukraine will be provided with interceptors": the subject receives
            recipient = actor_in(subj, index, strict=True)
        if actor is None and subj is not None and subj.dep_ == "nsubj":
            actor = _conj_actor(subj, index)
        if trig.lemma in RECEIVING and trig.type == "AID" and not passive:
            # "Kyiv received 40 tanks from Germany": the subject receives from the supplier
            supplier = _prep_object(tok, "from")
            recipient = actor
            actor = actor_in(supplier, index) if supplier is not None else None
        if trig.lemma in SUFFERING and subj is not None and not passive:
            # "Russia has lost 40 per cent of its units": the loser is the target
            target, actor = actor, None
        if trig.lemma == "come" and trig.type == "AID":
            # "half of the shells Russian guns fire come from North Korea": the source supplies
            supplier = _prep_object(tok, "from")
            actor = actor_in(supplier, index) if supplier is not None else None
        if trig.lemma == "come" and trig.type == "ASSAULT":
            # "the convoy came under fire from soldiers": the subject is hit, "from" fires
            under = _prep_object(tok, "under")
            shooter = _prep_object(tok, "from") or (
                _prep_object(under, "from") if under is not None else None)
            target, actor = actor, actor_in(shooter, index) if shooter is not None else None
        for child in tok.children:
            if child.dep_ in ("dobj", "dative"):
                found = actor_in(child, index, strict=True)
                if trig.type == "ASSAULT" and _instrument(trig, child):
                    continue
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
                    target = target or actor_in(child, index, strict=True)
                else:
                    actor = actor or actor_in(child, index, strict=True)
        agent = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if agent is not None:
            actor = actor or actor_in(pobj(agent), index)
        cause = _prep_object(tok, "from") or (
            _prep_object(tok.head, "from") if figure_frame(tok) else None)
        if cause is not None and trig.subtype == "casualties":
            actor = actor or actor_in(cause, index, strict=True)  # "toll from Israeli fire"
        for clause in tok.children:
            # "aid provided by the U.S.", "the attack carried out by the RSF"
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                by = child_of(clause, "agent")
                if by is not None and actor is None:
                    actor = actor_in(pobj(by), index)
        verb = tok.head.head if tok.dep_ == "pobj" else None
        if actor is None and verb is not None and verb.pos_ == "VERB" and (
                tok.head.lower_ == "with" and subject(verb) is not None
                or tok.head.lower_ in ("at", "during") and trig.type == "CONSULT"):
            # "Israel responded with air strikes", "joined Zelensky at a summit"
            actor = actor_in(subject(verb), index) if subject(verb) is not None else None
            if trig.type == "CONSULT" and recipient is None:
                obj = child_of(verb, "dobj")
                recipient = actor_in(obj, index) if obj is not None else None
        if actor is None and tok.dep_ in ("dobj", "attr") and tok.head.pos_ == "VERB" \
                and figure_frame(tok) is None:  # "X put the toll at 40": X is a source
            s = subject(tok.head)
            head = tok.head
            while s is None and head.dep_ == "xcomp" and head.head.i != head.i:
                head = head.head  # "is believed to be holding 100 hostages"
                s = subject(head)
            if s is not None and tok.head.lemma_.lower() in SUFFERING:
                target = target or actor_in(s, index)  # "was suffering significant losses"
            elif s is not None and tok.head.lemma_.lower() in REPELLING:
                target = target or actor_in(s, index)  # "troops repelled an attack"
            elif s is not None and tok.head.lemma_.lower() in RECEIVING and trig.type == "AID":
                # "Russia received shipments of Iranian missiles": the subject receives;
                # the supplier is named "from X" or by the goods' nationality
                recipient = recipient or actor_in(s, index)
                source = _prep_object(tok.head, "from")
                goods = [t for t in tok.subtree if t.i != tok.i]
                actor = (actor_in(source, index, strict=True) if source is not None else None) \
                    or next((index.actor_at[t.i] for t in goods if t.i in index.actor_at
                             and t.dep_ in ("amod", "compound")), None)
            elif s is not None:
                actor = actor_in(s, index)
    preps = [c for c in tok.children if c.dep_ == "prep"]
    dobj = child_of(tok, "dobj")
    if dobj is not None and trig.type in ("AGREE", "CONSULT", "COOPERATE"):
        preps += [c for c in dobj.children if c.dep_ == "prep" and c.lower_ == "with"]
    if dobj is not None and trig.type in ("AID", "MOBILIZE"):
        # "shipped 300 drones to Moscow": the destination often hangs off the object
        preps += [c for c in dobj.children if c.dep_ == "prep" and c.lower_ in ("to", "for")]
    origin = None
    for prep in preps:
        obj = pobj(prep)
        if obj is None:  # "fired from near Pyongyang"
            inner = next((c for c in prep.children if c.dep_ in ("prep", "pcomp")), None)
            obj = pobj(inner) if inner is not None else None
        if obj is None:
            continue
        word = prep.lower_
        if word == "between":
            # "fighting between the army and the RSF", "talks between Kim and Shoigu"
            first = actor_in(obj, index, strict=True)
            second = next((actor_in(c, index, strict=True) for c in obj.children
                           if c.dep_ == "conj"), None)
            actor = actor or first
            if trig.type in ("ASSAULT", "COERCE"):
                target = target or second
            else:
                recipient = recipient or second
            continue
        if word == "from" and trig.type == "ASSAULT":
            # "drones launched from Iran towards Israel": the origin is the attacker's
            actor = actor or actor_in(obj, index, strict=True) or _host(obj, index)
            origin = _place_in(obj, index)
            continue
        if word in ("at", "on", "against", "into", "towards", "toward") \
                and trig.type == "ASSAULT" and target is None:
            target = _party_in(obj, index)
        found = actor_in(obj, index, strict=True)
        if word in ("to", "on") and trig.type == "REQUEST":
            # "turned to North Korea for help", "called on Moscow to withdraw"
            recipient = recipient or found or _seat_of_power(obj, index)
        elif word in ("to", "for") and trig.type in ("AID", "SUPPORT", "CONSULT", "MOBILIZE"):
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
        for i in sorted(phrase(tok)):
            t = tok.doc[i]
            if t.dep_ == "pobj" and t.head.lower_ in ("to", "for") and i in index.actor_at \
                    and index.actor_at[i] is not actor and index.actor_at[i].kind == "state":
                recipient = index.actor_at[i]
                break
    if recipient is None and trig.type in ("AID", "MOBILIZE"):
        recipient = _helped(tok, dobj, index, actor)
    if trig.type == "ASSAULT" and target is None and dobj is not None:
        if _instrument(trig, dobj):
            # "used North Korean missiles against Ukraine": the weapon's maker is no target
            target = _aimed_at(dobj, index) or _purpose_target(tok, index)
        else:
            named = actor_in(dobj, index, strict=True)
            target = _party_in(dobj, index)
            if named is None and _own_ground(target, actor):
                target = None  # "the army shelled El Fasher": a town of its own state
    if trig.type in ("ASSAULT", "COERCE") and target is None and tok.pos_ == "NOUN":
        # "Russia's invasion of neighbouring Ukraine": the object of the nominalisation
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = pobj(of) if of is not None else None
        if obj is not None:
            target = actor_in(obj, index, strict=True) or _host(obj, index)
    if trig.type not in ("ASSAULT", "AID", "MOBILIZE"):
        if trig.type in TARGETING and target is None:
            target = _acted_upon(tok, index, actor)
        elif trig.type not in TARGETING and recipient is None:
            recipient = _acted_upon(tok, index, actor)
    if trig.subtype == "visit" and recipient is None:
        obj = child_of(tok, "dobj")
        if obj is not None:
            recipient = actor_in(obj, index, strict=True) or _host(obj, index)
    if subj is None and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr"):
        head = tok.head  # "Ukrainian and Russian envoys resumed their talks"
        subj = subject(head)
        while subj is None and head.dep_ == "xcomp" and head.head is not head:
            head = head.head  # "... representatives are set to resume their negotiations"
            subj = subject(head)
    if trig.type in ("AGREE", "CONSULT", "COOPERATE") and subj is not None and recipient is None:
        # "Russia and North Korea agreed", "Ukrainian and Russian officials met": the
        # second of two coordinated parties is the other side
        conj = [c for c in subj.children if c.dep_ == "conj"]
        conj += [cc for c in subj.children if c.dep_ in ("amod", "compound")
                 for cc in c.children if cc.dep_ == "conj"]
        if conj:
            recipient = actor_in(conj[0], index)
            if recipient is actor:
                # "their talks" already named one of the two: the other is the first
                mods = [c for c in subj.children if c.dep_ in ("amod", "compound")]
                first = actor_in(mods[0], index) if mods else actor_in(subj, index, True)
                recipient = first if first is not actor else None
    if trig.type == "PROTEST" and target is None:
        # "demonstrated in Belgrade": a protest is addressed to the state where it is held
        target = next((_host(tok.doc[i], index) for i in sorted(phrase(tok))
                       if i in index.place_at and tok.doc[i].dep_ != "compound"), None)
    if actor is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and \
            not any(c.dep_ == "mark" for c in tok.children) and subject(tok, own=True) is None:
        # "launched an attack on Kyiv, killing 12 people": the participle shares the subject
        s = subject(tok.head)
        if s is not None and s.dep_ == "nsubj":
            actor = actor_in(s, index)
    if actor is None and tok.dep_ in ("acomp", "oprd") and subject(tok, own=True) is None:
        # "11,000 North Korean troops remain deployed": the troops' state sent them
        s = subject(tok.head)
        if s is not None:
            actor = actor_in(s, index)
    if actor is None:
        actor = _controller(tok, index)
    if actor is None and (tok.dep_ in ("xcomp", "conj") or _raised(tok)):
        head = tok.head
        while head.dep_ in ("xcomp", "conj") and head.head is not head:
            if subject(head, own=True):
                break
            head = head.head
        s = subject(head)
        if s is not None and (s.dep_ == "nsubj" or _raised(tok)):
            actor = actor_in(s, index)
    if place is None:
        place = next((index.place_at[i] for i in sorted(phrase(tok)) if i in index.place_at), None)
    if trig.type == "ASSAULT" and target is None and place is not None and place != origin:
        target = _struck_state(tok, place, actor, index)
    if trig.type in ("AID", "MOBILIZE") and trig.lemma in ARRIVING and recipient is None \
            and place is not None:
        recipient = _struck_state(tok, place, actor, index)  # "tanks will arrive in Morag"
    if trig.subtype in ("visit", "meeting") and recipient is None and place is not None:
        recipient = _struck_state(tok, place, actor, index)  # the host of a visit abroad
    if recipient is actor:
        recipient = None
    from_home = subj is not None and actor is not None and (
        any(t.i in index.home_tokens for t in subj.subtree) and actor is index.home()
        or any(t.i in index.group_tokens for t in subj.subtree))
    return {"actor": actor, "recipient": recipient, "target": target, "place": place,
            "actor_from_document": from_home}


def _controller(tok, index: Index) -> Actor | None:
    """The object that does what an object-control verb says: "forced the army to
    withdraw" (the army withdraws), "accused the junta of targeting villages" (the junta
    targets)."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        obj = child_of(head, "dobj")
        if obj is not None:
            return actor_in(obj, index)
    if tok.dep_ == "pcomp" and head.lower_ == "of":
        noun = head.head
        verb = noun.head if noun.dep_ == "dobj" else noun
        if verb.lemma_.lower() in CHARGING:
            obj = noun if noun.dep_ == "dobj" else child_of(verb, "dobj")
            if obj is None and verb.dep_ != "dobj":
                obj = subject(verb)  # "they were accused of helping ..."
            if obj is not None:
                return actor_in(obj, index)
    return None


def _struck_state(tok, place: str, actor: Actor | None, index: Index) -> Actor | None:
    """The state where an act happens, unless it is the actor's own: violence with no
    named victim is done to it ("rockets fired into northern Israel", "3,700 people killed
    in Lebanon"; an army shelling a town of its own country names no target), and a
    visit abroad is hosted by it ("attended a parade in Pyongyang")."""
    at = next((tok.doc[i] for i in range(tok.sent.start, tok.sent.end)
               if index.place_at.get(i) == place), None)
    host = _host(at, index) if at is not None else None
    return None if host is None or _own_ground(host, actor) else host


def _own_ground(state: Actor | None, actor: Actor | None) -> bool:
    """Whether a state found from a place is the actor's own."""
    return state is not None and actor is not None and (
        state is actor or (state.code is not None and state.code in (actor.code, actor.country)))


def _instrument(trig: Trigger, obj) -> bool:
    """The object is what an attack is made with ("fired Iranian drones"), not its target:
    verbs typed by a weapon object (fire, launch, use in triggers.tsv)."""
    return trig.object == "weapons"


def _aimed_at(tok, index: Index) -> Actor | None:
    """The party a weapon is used on: "missiles against Ukraine", "drones at Kyiv"."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("against", "at", "on", "into"):
            obj = pobj(prep)
            if obj is not None:
                found = _party_in(obj, index)
                if found is not None:
                    return found
    return None


def _party_in(tok, index: Index) -> Actor | None:
    """The party a noun phrase stands for: its own actor ("Russian advisers"), that of its
    "of" phrase ("positions of the Palestinian forces"), else the state of the first place
    it names ("targets in Jericho")."""
    found = actor_in(tok, index, strict=True) or _host(tok, index)
    if found is not None:
        return found
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = pobj(of) if of is not None else None
    if obj is not None:
        found = actor_in(obj, index, strict=True)
        if found is not None:
            return found
    for t in tok.subtree:
        if t.dep_ in CLAUSAL:
            break
        if t.i in index.place_at:
            return _host(t, index)
    return None


def _helped(tok, dobj, index: Index, actor: Actor | None) -> Actor | None:
    """The party a purpose clause of a sending helps: "dispatched troops to support Russia",
    "deployed soldiers to support Congolese forces", "sent soldiers to help Moscow push ..."."""
    clauses = [c for c in tok.children if c.dep_ in ("advcl", "xcomp")]
    if dobj is not None:
        clauses += [c for c in dobj.children if c.dep_ in ("acl", "relcl")]
    for clause in clauses:
        if clause.lemma_.lower() not in HELPING or not any(
                c.lower_ == "to" and c.dep_ == "aux" for c in clause.children):
            continue
        obj = child_of(clause, "dobj")
        if obj is None:  # "to help Moscow push them out": the subject of the inner clause
            inner = next((c for c in clause.children if c.dep_ in ("ccomp", "xcomp")), None)
            obj = subject(inner, own=True) if inner is not None else None
        found = actor_in(obj, index, strict=True) if obj is not None else None
        if found is not None and found is not actor:
            return found
    return None


def _purpose_target(tok, index: Index) -> Actor | None:
    """The object of an attack the trigger serves: "used missiles to strike Kharkiv"."""
    for clause in tok.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.pos_ == "VERB":
            obj = child_of(clause, "dobj")
            if obj is not None:
                found = actor_in(obj, index, strict=True) or _host(obj, index) or \
                    _aimed_at(clause, index)
                if found is not None:
                    return found
            found = _aimed_at(clause, index)
            if found is not None:
                return found
    return None


def _acted_upon(tok, index: Index, actor: Actor | None) -> Actor | None:
    """The party a non-violent act is done to, read from its complements: the object
    ("expelled two Russian diplomats", "praised Haiti's efforts"), the subject of a content
    clause ("demanded that the US cancel ..."), or a party in an infinitive's object or
    prepositions ("threatened to break relations with Russia")."""
    cands = []
    dobj = child_of(tok, "dobj")
    if dobj is not None:
        cands.append(dobj)
        cands += [pobj(p) for p in dobj.children if p.dep_ == "prep"
                  and p.lower_ in ("by", "from", "of", "against", "with", "to")]
    for clause in tok.children:
        if clause.dep_ not in ("xcomp", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        s = subject(clause, own=True)
        if s is not None and s.lower_ not in PRONOUNS:
            cands.append(s)
        objs = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
        cands += objs
        cands += [pobj(p) for p in clause.children if p.dep_ == "prep"]
        # "threatened to break relations with Russia"
        cands += [pobj(p) for o in objs for p in o.children if p.dep_ == "prep"
                  and p.lower_ in ("with", "against", "to", "on", "of")]
    for cand in cands:
        if cand is None or cand.lower_ in PRONOUNS:
            continue
        found = _party_in(cand, index)
        if found is not None and found is not actor:
            return found
    return None



def _raised(tok) -> bool:
    """The trigger is the infinitive of a passive raising verb ("is believed to have")."""
    return tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.head.children)


def subject(tok, *, own: bool = False):
    # the subject nearest the verb: a dateline ("KYIV, April 24 - Russia launched") can
    # be parsed as a second subject further away
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        return min(subjects, key=lambda c: abs(tok.i - c.i))
    if not own and tok.dep_ == "conj" and tok.head is not tok:
        return subject(tok.head)
    return None


def child_of(tok, dep: str):
    """The first child of `tok` with dependency `dep`, or None."""
    return next((c for c in tok.children if c.dep_ == dep), None)


def _prep_object(tok, word: str):
    """The object of `tok`'s first preposition `word` ("from Germany" -> Germany), or None."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == word), None)
    return pobj(prep) if prep is not None else None


def pobj(prep):
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def actor_in(tok, index: Index, strict: bool = False) -> Actor | None:
    """The actor a noun phrase names: its head, else a modifier ("North Korean troops")."""
    if tok is None:
        return None
    if tok.lower_ in PRONOUNS:
        return _antecedent(tok, index)
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
        return actor_in(tok.head.head, index, strict)
    if tok.i in index.actor_at:
        return index.actor_at[tok.i]
    if tok.lemma_.lower() in RELATIONAL:
        return None  # "Kyiv's Western partners": not Kyiv
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    for child in mods + [g for c in mods if c.dep_ == "compound" for g in c.children
                         if g.dep_ in ("amod", "compound")]:
        # "Russian warplanes", "two Russian fighter jets" (a modifier of the compound)
        if child.i in index.actor_at:
            return index.actor_at[child.i]
    if strict:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")),
                 None)
    if owner is not None and noun_class(tok) in ("troops", "weapons", "assault"):
        # "its forces recaptured Sudzha", "their fighters overran the base", "its sea drones
        # shot down two jets": whose they are (the reporter's, in "JNIM said its ...")
        found = _reporter_of(tok, index) or _antecedent(owner, index)
        if found is not None:
            return found
    if tok.dep_ in SUBJECT_DEPS + ("pobj",) and (tok.lemma_.lower() in ARMED_NOUNS or any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in ARMED_NOUNS
            for c in tok.children)):
        # "rebels seized Bukavu", "paramilitary fighters stormed the camp": the armed group
        # the document is about, if it names one above the others
        group = index.leading_group()
        if group is not None:
            index.group_tokens.add(tok.i)
            return group
    if tok.lemma_.lower() in DESCRIBED and tok.dep_ in SUBJECT_DEPS:
        # "the group could push on", "the ministry said": the body named before
        found = index.pronoun(tok)
        if found is not None:
            return found
    if owner is None and noun_class(tok) == "troops" and tok.dep_ in SUBJECT_DEPS and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children):
        # bare "troops", "soldiers", "air defences" acting: the document's home state's
        home = index.home()
        if home is not None:
            index.home_tokens.add(tok.i)
        return home
    for child in tok.children:
        # "SEOUL, Dec 19 (Agency) - South Korea ...": a dateline parsed as the subject, with
        # the real subject in apposition
        if child.dep_ == "appos" and child.i > tok.i:
            found = actor_in(child, index, strict=True)
            if found is not None:
                return found
    for t in tok.subtree:
        if t.i in index.actor_at and t.dep_ not in ("relcl",):
            return index.actor_at[t.i]
    return None


def _reporter_of(tok, index: Index) -> Actor | None:
    """The actor whose report the clause of `tok` is ("JNIM said its fighters ...")."""
    for anc in tok.ancestors:
        if anc.lemma_.lower() in REPORT_CUES and anc.pos_ in ("VERB", "AUX"):
            subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in PRONOUNS:
                return actor_in(subj, index, strict=True) or (
                    actor_in(subj, index) if subj.lemma_.lower() in ARMED_NOUNS else None) \
                    or index.pronoun(subj)  # "the group said its forces ..."
            return None
    return None


def noun_class(tok) -> str | None:
    return noun_classes().get(tok.lemma_.lower())


def _conj_actor(subj, index: Index) -> Actor | None:
    for c in subj.children:
        if c.dep_ == "conj":
            return actor_in(c, index)
    return None


def _antecedent(tok, index: Index) -> Actor | None:
    """The actor a pronoun refers to: for a pronoun opening its sentence, the subject of
    the sentence before (if it fits); else the nearest earlier fitting actor."""
    want = PRONOUNS[tok.lower_]
    sent = tok.sent
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in REPORT_CUES:
        # "..., it said": the reporter keeps speaking (the subject of the last report)
        speaker = _last_reporter(tok, index, want)
        if speaker is not None:
            return speaker
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # "the militia says it will halt attacks", "JNIM said it had killed 300": the
        # reporter speaks of itself
        rep = _reporter_of(tok, index)
        if rep is not None and (rep.kind == "person") == (want == "person"):
            return rep
    if tok.i - sent.start <= 2 and sent.start > 0:
        prev = tok.doc[sent.start - 1].sent
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
                actor = actor_in(t, index, strict=True) if t.lower_ not in PRONOUNS else None
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


def _last_reporter(tok, index: Index, want: str) -> Actor | None:
    """The actor that was the subject of the nearest earlier reporting verb (this
    sentence or the two before), fitting the pronoun."""
    first = tok.doc[max(0, tok.sent.start - 1)].sent.start if tok.sent.start else 0
    first = tok.doc[max(0, first - 1)].sent.start if first else 0
    for i in range(tok.i - 1, first - 1, -1):
        t = tok.doc[i]
        if t.dep_ != "nsubj" or t.head.lemma_.lower() not in REPORT_CUES or t.lower_ in PRONOUNS:
            continue
        actor = actor_in(t, index, strict=True)
        if actor is not None and (want != "person" or actor.kind == "person") and \
                (want != "any" or actor.kind != "person"):
            return actor
    return None


# what a definite description can name, by its head noun
DESCRIBED = {"agency": ("government_body", "organization", "media"),
             "ministry": ("government_body",), "department": ("government_body",),
             "service": ("government_body",), "office": ("government_body",),
             "military": ("military_unit", "government_body"), "army": ("military_unit",),
             "group": ("armed_group", "organization"), "network": ("organization",),
             "alliance": ("armed_group", "organization"), "coalition": ("armed_group",),
             "organization": ("organization",), "committee": ("organization",),
             "militia": ("armed_group",), "broadcaster": ("media",),
             "newspaper": ("media",), "outlet": ("media",)}


GENERIC_BODIES = {"agency", "service", "military"}


def _described(tok, index: Index) -> Actor | None:
    """The nearest earlier actor of a kind the description fits ("the agency" after
    "South Korea's National Intelligence Service"), within a few sentences."""
    noun = tok.lemma_.lower()
    kinds = DESCRIBED.get(noun)
    if kinds is None:
        return None
    for i in range(tok.i - 1, max(-1, tok.i - 150), -1):
        actor = index.actor_at.get(i)
        # "the network" names an actor called a network; "the agency" (the word for
        # NIS, GUR or a news agency alike) any body of the fitting kinds
        if actor is not None and actor.kind in kinds and (
                noun in GENERIC_BODIES or noun in actor.name.lower()
                or actor.kind == "armed_group"):  # "the group" after "the RSF"
            return actor
    return None


def _host(tok, index: Index) -> Actor | None:
    """The state whose territory a place is ("visited Pyongyang" -> North Korea)."""
    pid = index.place_at.get(tok.i)
    if pid is None:
        return None
    country = index.places[pid].country
    if not country:
        return None
    entry = load_lexicon().state(country)
    return index.state_actor(entry, tok) if entry is not None else \
        index.actors_by_code.get(country)


def _seat_of_power(tok, index: Index) -> Actor | None:
    """A capital or country named as a destination stands for its state ("shipped drones
    to Moscow" -> Russia receives them); other places do not ("deployed to Crimea")."""
    name = tok.doc[tok.left_edge.i:tok.i + 1].text if tok.dep_ != "compound" else tok.text
    for text in (name, tok.text):
        hit = load_lexicon().best(text)
        if hit is not None and hit.entry.kind == "state" and hit.how != "demonym":
            return index.state_actor(hit.entry, tok)
    return None


def _place_in(tok, index: Index) -> str | None:
    for t in tok.subtree:
        if t.i in index.place_at:
            return index.place_at[t.i]
    return None


def phrase(tok) -> set[int]:
    """Token indices of the trigger's own phrase: its subtree without embedded clauses."""
    out = {tok.i}
    for child in tok.children:
        if child.dep_ in CLAUSAL or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            continue
        out |= {t.i for t in child.subtree}
    return out
