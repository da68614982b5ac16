"""Roles of a claim from the dependency parse: who acts (actor), who receives (recipient),
who is acted against (target), and where (place).

Subjects through control, coordination and raising; passive agents; possessives and
demonyms of event nouns; "to X", "with X", "against X", "at X"; purpose clauses; the
state a destination or a struck place belongs to; conditions of threats; incursions.
Which actor a phrase names (pronouns, descriptions) is `claim_index`'s.
"""
from __future__ import annotations

from ..actors_lexicon import load_lexicon
from ..attribution import figure_frame
from ..attribution_speakers import second_act
from ..model import Actor
from .claim_index import (PRONOUNS, SUBJECT_DEPS, Index, actor_in, both_parties,  # noqa: F401
                          child_of, pobj, prep_object, subject)
from .claim_lexicon import Trigger
from .claim_parties import (ADDRESSING, CHARGING, OBJECT_CONTROL, both_addressed, charged_with,  # noqa: F401
                            conditioned, controller, drawn_from, helped_to_do, second_party,
                            seat_of_power)

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

RECEIVING = {"receive", "get", "obtain", "acquire", "accept", "take"}

HELPING = {"help", "support", "assist", "aid", "bolster", "reinforce", "back", "defend",
           "protect", "shore", "strengthen", "prop"}

SUFFERING = {"lose", "suffer", "sustain", "incur"}

# intransitive deaths, whose subject is the side that lost them ("13 soldiers died")
DYING = {"die", "perish"}

LOCATIVE = {"in", "into", "to", "through", "across", "near", "at", "inside", "within",
            "toward", "towards", "from", "on", "over", "along", "around"}


# what a state's sovereignty covers: entering it uninvited is an incursion
SOVEREIGN_SPACE = {"airspace", "waters", "territory", "water", "zone"}

# prepositions whose gerund shares the subject of the verb they modify ("by sending")
MANNER = {"by", "after", "before", "while", "without", "through", "since"}

# acts done together, whose parties are interchangeable
MUTUAL = ("AGREE", "CONSULT", "COOPERATE")

CLAUSAL = ("relcl", "advcl", "ccomp", "parataxis", "acl", "csubj")

# fighting that each side does to the other ("Thailand and Cambodia clashed")
RECIPROCAL = {"fight", "clash", "battle", "skirmish", "exchange", "war", "fighting",
              "hostility", "firefight"}

# what a request can ask to be done against a third party ("urged allies to impose
# sanctions on Moscow", "called for pressure on Russia")
PUNISHING = {"sanction", "punish", "isolate", "pressure", "penalty", "embargo", "tariff"}


# verbs that, in the passive, name who did the event noun they take as subject: "the
# bombings were claimed by X", "the raid was carried out by X", "was attributed to X"
ASCRIBING = {"claim", "carry", "conduct", "perpetrate", "stage", "mount", "launch",
             "orchestrate", "execute", "commit", "order", "direct", "plan", "attribute",
             "blame", "organise", "organize", "mastermind"}
# ... and the prepositions that name the doer besides "by" ("attributed to", "blamed on")
ASCRIBED_TO = {"attribute": "to", "blame": "on"}

# verbs by which a speaker names an act in its own words ("what it called an aggression")
NAMING = {"call", "describe", "term", "label", "brand", "dub", "characterise", "characterize"}

# claims that lay blame, and the nouns and adjectives that say who carries it
BLAMING = ("ACCUSE", "PROTEST")
LIABILITY = {"responsibility", "blame", "responsible", "liable", "culpable", "accountable"}
BEARING = {"bear", "be", "carry", "shoulder", "have"}  # the subject is to blame
HOLDING = {"hold", "consider", "deem"}  # the object is ("holds Israel responsible")

# dependency labels on the way from an accusation down to the naming clause it encloses
NAMING_PATH = ("ccomp", "pcomp", "prep", "dobj", "pobj", "relcl")

# verbs by which an observer tells acts it counted, not did: "Gaza officials report a
# heavy toll", "field teams have documented 12 air strikes" (the subject is a source)
TELLING = {"report", "document", "record", "register", "log", "tally", "count", "cite",
           "publish", "verify", "list"}


# nouns of a breach whose "of" phrase names the wronged party, not the wrongdoer: "a
# violation of Qatar's sovereignty", "a breach of the ceasefire"
BREACHES = {"violation", "breach", "infringement", "encroachment", "attack", "assault",
            "aggression", "killing", "bombing", "shelling", "invasion", "occupation"}


# bodies a request is addressed to through the state they serve ("the governments of X")
ADDRESSED_BODIES = {"government", "authority", "leader", "leadership", "president",
                    "administration"}


def roles(tok, trig: Trigger, index: Index) -> dict:
    actor = recipient = target = None
    place = None
    subj = subject(tok)
    if (report := second_act(tok)) is not None:
        # "Zelensky said Russia was hunting civilians and urged allies to act": the
        # speaker urges, not the subject of the clause the parser hung "urged" on
        subj = subject(report) or subj
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
        if passive and subj is not None and actor is None and (
                trig.type == "MOBILIZE" or trig.subtype == "troop_deployment"):
            # "North Korean soldiers were deployed to the front": their side sends them
            actor = actor_in(subj, index, strict=True)
        if passive and subj is not None and trig.lemma in GIVING and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            # "Ukraine will be provided with interceptors": the subject receives
            recipient = actor_in(subj, index, strict=True)
        if actor is None and subj is not None and subj.dep_ == "nsubj":
            actor = _conj_actor(subj, index)
        if trig.lemma in RECEIVING and trig.type == "AID" and not passive:
            # "Kyiv received 40 tanks from Germany": the subject receives from the supplier
            supplier = prep_object(tok, "from")
            recipient = actor
            actor = actor_in(supplier, index) if supplier is not None else None
        if trig.lemma in SUFFERING and subj is not None and not passive:
            # "Russia has lost 40 per cent of its units": the loser is the target
            target, actor = actor, None
        if trig.lemma in DYING and subj is not None and not passive:
            # "13 Cambodian soldiers died": the dead are the side hit, not one that acts
            target, actor = actor_in(subj, index, strict=True) or (
                actor if subj.dep_ == "nsubj" else None), None
        if trig.subtype == "capture" and tok.lemma_.lower() == "fall" and not passive:
            # "Nyala fell to the RSF": the place falls, the side it falls to takes it
            taker = prep_object(tok, "to")
            actor = actor_in(taker, index) if taker is not None else None
        if trig.lemma == "come" and trig.type == "AID":
            # "half of the shells Russian guns fire come from North Korea": the source supplies
            supplier = prep_object(tok, "from")
            actor = actor_in(supplier, index) if supplier is not None else None
        if trig.lemma == "come" and trig.type == "ASSAULT":
            # "the convoy came under fire from soldiers": the subject is hit, "from" fires
            under = prep_object(tok, "under")
            shooter = prep_object(tok, "from") or (
                prep_object(under, "from") if under is not None else None)
            target, actor = actor, actor_in(shooter, index) if shooter is not None else None
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and agent is None:
            # a participle describing what it acts on: "Rwandan troops, deployed in ...",
            # "Iranian drones supplied to Russia" (the goods' state sends them); "Pakistani
            # soldiers killed in the clashes" (the side that lost them)
            described = actor_in(tok.head, index, strict=True)
            if trig.type in ("AID", "MOBILIZE"):
                actor = actor or described
            elif trig.subtype in ("casualties", "capture"):
                target = target or described
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
        if recipient is None and trig.lemma in HELPING | GIVING and trig.type not in TARGETING:
            recipient = helped_to_do(tok, index, actor)
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
        actor = actor or _ascribed(tok, index)
        cause = prep_object(tok, "from") or (
            prep_object(tok.head, "from") if figure_frame(tok) else None)
        if cause is not None and trig.subtype == "casualties":
            actor = actor or actor_in(cause, index, strict=True)  # "toll from Israeli fire"
        for clause in tok.children:
            # "aid provided by the U.S.", "the attack carried out by the RSF"
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                by = child_of(clause, "agent")
                if by is not None and actor is None:
                    actor = actor_in(pobj(by), index)
        verb = tok.head.head if tok.dep_ == "pobj" else None
        at_war = tok.head.lower_ == "at" and tok.lemma_.lower() in RECIPROCAL and not any(
            c.dep_ == "neg" for c in verb.children) if verb is not None else False  # "at war"
        if actor is None and verb is not None and verb.pos_ in ("VERB", "AUX") and (
                verb.pos_ == "VERB" and tok.head.lower_ == "with" and subject(verb) is not None
                or verb.pos_ == "VERB" and tok.head.lower_ in ("at", "during", "after", "following")
                and trig.type == "CONSULT" or at_war):
            # "Israel responded with air strikes", "joined Zelensky at a summit", "have
            # promised not to threaten each other, after talks" (the promise's subject)
            said = subject(verb) or (subject(verb.head) if verb.dep_ == "xcomp" else None)
            actor = actor_in(said, index) if said is not None else None
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
                source = prep_object(tok.head, "from")
                goods = [t for t in tok.subtree if t.i != tok.i]
                actor = (actor_in(source, index, strict=True) if source is not None else None) \
                    or next((index.actor_at[t.i] for t in goods if t.i in index.actor_at
                             and t.dep_ in ("amod", "compound")), None)
            elif s is not None and not (trig.type == "ASSAULT"
                                        and tok.head.lemma_.lower() in TELLING):
                actor = actor_in(s, index)
        if actor is None and trig.type not in ("ASSAULT", "AID", "MOBILIZE"):
            actor = drawn_from(tok, trig, index)
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
        if obj is None:  # "fired from near Pyongyang", "in and around the park"
            inner = next((c for c in prep.children if c.dep_ in ("prep", "pcomp")
                          or c.dep_ == "conj" and c.pos_ == "ADP"), None)
            obj = pobj(inner) if inner is not None else None
        if obj is None:
            continue
        word = prep.lower_
        if word == "on" and prep.i < tok.i:
            word = "on-before"  # "On Friday Seoul imposed sanctions": a date, not a target
        if word == "between":
            # "fighting between the army and the RSF", "talks between Kim and Shoigu"
            first = actor_in(obj, index, strict=True)
            second = next((actor_in(c, index, strict=True) for c in obj.children
                           if c.dep_ == "conj"), None)
            if first is None and both_parties(obj) and index.sides():
                first, second = (index.state_of(code) for code in index.sides())
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
        if word == "from" and trig.type in ("AID", "MOBILIZE") and tok.pos_ == "VERB":
            # "troops arrived from North Korea", "shells shipped from Iran": the sender
            origin = _place_in(obj, index)
            if actor is None:
                actor = actor_in(obj, index, strict=True) or seat_of_power(obj, index)
        if word in ("at", "on", "against", "into", "towards", "toward") \
                and trig.type == "ASSAULT" and target is None:
            target = _party_in(obj, index)
        found = actor_in(obj, index, strict=True)
        if found is None and word in ADDRESSING:
            # "talks with his counterpart Choe Son Hui": the name in apposition
            found = next((actor_in(c, index, strict=True) for c in obj.children
                          if c.dep_ == "appos"), None)
        if word in ("to", "on") and trig.type == "REQUEST":
            # "turned to North Korea for help", "called on Moscow to withdraw", "called on
            # the governments of Sudan and South Sudan"
            recipient = recipient or found or seat_of_power(obj, index) or (
                actor_in(owner, index, strict=True)
                if obj.lemma_.lower() in ADDRESSED_BODIES
                and (owner := prep_object(obj, "of")) is not None else None)
        elif word in ("to", "for") and trig.type in ("AID", "SUPPORT", "CONSULT", "MOBILIZE"):
            recipient = recipient or found or (
                _host(obj, index) if trig.type == "CONSULT" else seat_of_power(obj, index))
        elif word == "with" and trig.type in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT"):
            # ("met with Kim", "stood in solidarity with Poland")
            recipient = recipient or found
        elif word == "with" and trig.type == "ASSAULT" and tok.lemma_.lower() in RECIPROCAL:
            # "clashed with Cambodia", "at war with the army": the other side
            target = target or found or seat_of_power(obj, index)
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
    if trig.type == "REQUEST" and target is None:
        target = _pressed(tok, index, actor)
    if recipient is None and trig.type in ("REQUEST", "CONSULT", "SUPPORT", "AGREE"):
        recipient = both_addressed(tok, index, actor)
    if trig.type in BLAMING:
        held = _held_responsible(tok, index)
        if held is not None:
            # "said Israel bore full responsibility for ...": the one blamed, not the speaker
            target, actor = held, (None if actor is held else actor)
    if trig.type == "ACCUSE" and trig.object == "crime" and tok.lemma_.lower() == "commit":
        # "saying the group had committed war crimes": the one who committed is charged
        target, actor = actor, None
    if trig.type in TARGETING and target is None and trig.type != "ASSAULT":
        # "condemned what she called reckless action by China": the doer of the act named
        target = _named_doer(tok, index, actor)
    if trig.type not in ("ASSAULT", "AID", "MOBILIZE"):
        if trig.type in TARGETING and target is None:
            target = _acted_upon(tok, index, actor, blaming=trig.type in BLAMING)
        elif trig.type not in TARGETING and recipient is None:
            recipient = _acted_upon(tok, index, actor)
            if recipient is target:
                recipient = None  # "urged allies to sanction Moscow": Moscow is no addressee
    if trig.subtype == "visit" and recipient is None:
        obj = child_of(tok, "dobj")
        if obj is not None:
            recipient = actor_in(obj, index, strict=True) or _host(obj, index)
    if trig.type == "CONSULT" and recipient is None:
        # "attended a dinner hosted by the Dutch king", "at a ceremony hosted by Trump": the
        # host receives them
        host = next((pobj(a) for t in tok.subtree if t.lemma_.lower() == "host"
                     and t.dep_ == "acl" and t.tag_ == "VBN"
                     for a in t.children if a.dep_ == "agent"), None)
        found = actor_in(host, index) if host is not None else None
        recipient = found if found is not actor else None
    if subj is None and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr"):
        head = tok.head  # "Ukrainian and Russian envoys resumed their talks"
        subj = subject(head)
        while subj is None and head.dep_ == "xcomp" and head.head is not head:
            head = head.head  # "... representatives are set to resume their negotiations"
            subj = subject(head)
    reciprocal = trig.type == "ASSAULT" and tok.lemma_.lower() in RECIPROCAL
    if reciprocal and subj is not None and target is None and not passive:
        # "Thailand and Cambodia clashed", "Indian and Pakistani troops exchanged fire"
        target = second_party(subj, index, actor)
    if trig.type in ("AGREE", "CONSULT", "COOPERATE") and subj is not None and recipient is None:
        # "Russia and North Korea agreed", "Ukrainian and Russian officials met": the
        # second of two coordinated parties is the other side
        conj = [c for c in subj.children if c.dep_ == "conj"]
        conj += [cc for c in subj.children if c.dep_ in ("amod", "compound", "nmod")
                 for cc in c.children if cc.dep_ == "conj"]
        if conj:
            recipient = actor_in(conj[0], index)
            if recipient is actor:
                # "their talks" already named one of the two: the other is the first
                mods = [c for c in subj.children if c.dep_ in ("amod", "compound")]
                first = actor_in(mods[0], index) if mods else actor_in(subj, index, True)
                recipient = first if first is not actor else None
    if target is None and (trig.type in ("THREATEN", "SANCTION") or trig.type in (
            "ASSAULT", "COERCE") and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll")
                                         for c in tok.children)):
        target = conditioned(tok, index, actor)
    if trig.type == "MOBILIZE" and target is None:
        target = _intruded(tok, index, actor)
    if trig.type == "PROTEST" and target is None:
        # "demonstrated in Belgrade": a protest is addressed to the state where it is held
        target = next((_host(tok.doc[i], index) for i in sorted(phrase(tok))
                       if i in index.place_at and tok.doc[i].dep_ != "compound"), None)
    part = tok
    while part.dep_ == "conj" and part.tag_ == "VBG" and subject(part, own=True) is None:
        part = part.head  # "..., killing 40 people and wounding 20 others"
    if actor is None and part.dep_ == "advcl" and part.tag_ == "VBG" and \
            not any(c.dep_ == "mark" for c in part.children) and subject(part, own=True) is None:
        # "launched an attack on Kyiv, killing 12 people": the participle shares the subject
        s = subject(part.head)
        if s is not None and s.dep_ == "nsubj":
            actor = actor_in(s, index)
    if actor is None and tok.dep_ in ("acomp", "oprd") and subject(tok, own=True) is None:
        # "11,000 North Korean troops remain deployed": the troops' state sent them
        s = subject(tok.head)
        if s is not None:
            actor = actor_in(s, index)
    if actor is None and tok.dep_ == "pcomp" and tok.head.lower_ in MANNER and \
            tok.head.head.pos_ in ("VERB", "AUX") and subject(tok, own=True) is None:
        # "Damascus responded by sending fighters": the gerund shares the verb's subject
        s = subject(tok.head.head)
        if s is not None and s.dep_ == "nsubj":
            actor = actor_in(s, index)
    if actor is None:
        actor = controller(tok, index) or charged_with(tok, index)
    if actor is None and (tok.dep_ in ("xcomp", "conj") or _raised(tok)) and (
            subject(tok, own=True) is None):
        # (a conjunct with its own subject is its own clause: "Russia launched 50 drones and
        # 41 of them were shot down" - Russia shot none down)
        head = tok.head
        while head.dep_ in ("xcomp", "conj") and head.head is not head:
            if subject(head, own=True):
                break
            head = head.head
        s = subject(head)
        if s is not None and (s.dep_ == "nsubj" or _raised(tok)):
            actor = actor_in(s, index)
    if place is None:
        place = _place_of_act(tok, subj, actor, index)
    if trig.type == "ASSAULT" and target is None and place is not None and place != origin:
        target = _struck_state(tok, place, actor, index)
    if actor is None and (place is not None or target is not None):
        # "blamed the RSF for the attacks" on a town named: the act told before gets its doer
        actor = charged_with(tok, index, told=True)
    if trig.type in ("AID", "MOBILIZE") and trig.lemma in ARRIVING and recipient is None \
            and place is not None and place != origin:
        recipient = _struck_state(tok, place, actor, index)  # "tanks will arrive in Morag"
    if trig.subtype in ("visit", "meeting") and recipient is None and place is not None:
        recipient = _struck_state(tok, place, actor, index)  # the host of a visit abroad
        if trig.subtype == "meeting":
            recipient = _neutral_venue(recipient, actor, index)
    verb = tok if tok.pos_ in ("VERB", "AUX") else next(
        (a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    done_by = subject(verb) if verb is not None else None
    # ("the two countries agreed", "the two sides clashed", "the two countries stand together")
    both = (trig.type in MUTUAL + ("SUPPORT",) or reciprocal) and done_by is not None \
        and both_parties(done_by)
    if both and (actor is None or subj is not None and both_parties(subj)) and index.sides():
        # "the two countries completed their swap", "the two sides clashed again": the
        # document's two sides
        first, second = (index.state_of(code) for code in index.sides())
        if reciprocal:
            actor, target = first, second
        else:
            actor, recipient = first, second
    if recipient is actor:
        recipient = None
    if target is actor and trig.type not in ("ASSAULT", "COERCE"):
        target = None  # "X condemned it": the pronoun is not X
    from_home = both and actor is not None and index.sides() is not None and \
        actor.code == index.sides()[0] or subj is not None and actor is not None and (
        any(t.i in index.home_tokens for t in subj.subtree) and actor is index.home()
        or any(t.i in index.group_tokens for t in subj.subtree))
    return {"actor": actor, "recipient": recipient, "target": target, "place": place,
            "actor_from_document": from_home}


def _pressed(tok, index: Index, actor: Actor | None) -> Actor | None:
    """The party a request asks others to act against: "urged allies to impose sanctions on
    Moscow", "called for more pressure on Russia"."""
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj", "prep")
               or c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                            for a in c.children)]  # ("calls on X to impose")
    for clause in clauses:
        if clause.dep_ == "prep" and clause.lower_ == "for":
            clause = pobj(clause)  # "called for sanctions against Iran"
        if clause is None or clause.dep_ == "prep":
            continue
        heads = [clause] + [c for c in clause.children if c.dep_ == "dobj"]
        for head in heads:
            if head.lemma_.lower() not in PUNISHING:
                continue
            for owner in (head, clause):
                against = prep_object(owner, "on") or prep_object(owner, "against")
                found = _party_in(against, index) if against is not None else None
                if found is None and head is clause and head.pos_ == "VERB":
                    obj = child_of(head, "dobj")  # "to sanction Moscow"
                    found = _party_in(obj, index) if obj is not None else None
                if found is not None and found is not actor:
                    return found
    return None


def _intruded(tok, index: Index, actor: Actor | None) -> Actor | None:
    """The state whose airspace, waters or territory a movement enters: "jets flew into
    Estonian airspace", "ships sailed into Japan's territorial waters"."""
    for prep in tok.children:
        obj = pobj(prep) if prep.dep_ == "prep" and prep.lower_ in ("into", "over") else None
        if obj is None or obj.lemma_.lower() not in SOVEREIGN_SPACE:
            continue
        found = actor_in(obj, index, strict=True) or _party_in(obj, index)
        if found is not None and not _own_ground(found, actor):
            return found
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


def _neutral_venue(host: Actor | None, actor: Actor | None, index: Index) -> Actor | None:
    """The other party of talks one of a story's two sides holds in a third country: "the
    delegations met at the Dolmabahce Palace" in a story of Russia and Ukraine meets
    Ukraine, not Turkey, which only hosts the talks."""
    sides = index.sides()
    if host is None or sides is None or host.code in sides:
        return host
    if actor is None:
        return None  # ("delegations met in Istanbul": the sides, whom the story names)
    mine = actor.code if actor.code in sides else actor.country
    if mine not in sides:
        return host
    return index.state_of(sides[1] if mine == sides[0] else sides[0])


def _own_ground(state: Actor | None, actor: Actor | None) -> bool:
    """Whether a state found from a place is the actor's own (an armed group fighting in
    its own country is not on its own ground: "JNIM attacked an army post in Timbuktu")."""
    return state is not None and actor is not None and actor.kind != "armed_group" and (
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


def _acted_upon(tok, index: Index, actor: Actor | None, *, blaming: bool = False) -> Actor | None:
    """The party a non-violent act is done to, read from its complements: the object
    ("expelled two Russian diplomats", "praised Haiti's efforts"), the subject of a content
    clause ("demanded that the US cancel ..."), or a party in an infinitive's object or
    prepositions ("threatened to break relations with Russia")."""
    cands = []
    dobj = child_of(tok, "dobj")
    if dobj is not None:
        cands.append(dobj)
        # ("condemned the violation of Qatar's sovereignty": Qatar is wronged, not charged)
        wronged = ("of",) if blaming and dobj.lemma_.lower() in BREACHES else ()
        cands += [pobj(p) for p in dobj.children if p.dep_ == "prep"
                  and p.lower_ in ("by", "from", "of", "against", "with", "to")
                  and p.lower_ not in wronged]
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


def _named_doer(tok, index: Index, actor: Actor | None) -> Actor | None:
    """The doer of an act the speaker names in its own words, "what X called N by Y" or
    "what X described as N by Y", under the accusation: "condemned what she called reckless
    action by China", "concern over what they called coercive actions by Beijing"."""
    for t in tok.subtree:
        if t.lemma_.lower() not in NAMING or not any(c.lower_ == "what" for c in t.children):
            continue
        step, hops = t, 0
        while step.i != tok.i and step.dep_ in NAMING_PATH and hops < 4:
            step, hops = step.head, hops + 1
        if step.i != tok.i:
            continue  # the naming clause belongs to another verb of the sentence
        for by in t.subtree:
            if by.dep_ == "prep" and by.lower_ == "by" and by.head.dep_ != "agent":
                found = _party_in(pobj(by), index) if pobj(by) is not None else None
                if found is not None and found is not actor:
                    return found
    return None


def _held_responsible(tok, index: Index) -> Actor | None:
    """The party a clause holds to blame for what the accusation names: "said Israel bore
    full responsibility for what it called an aggression", "X is responsible for the
    attack" (the subject of the verb whose object or complement says so)."""
    for verb in [tok, *tok.ancestors][:4]:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in BEARING | HOLDING:
            continue
        said = [c for c in verb.children if c.dep_ in ("dobj", "acomp", "attr", "oprd", "ccomp")
                and c.lemma_.lower() in LIABILITY]
        if not said:
            continue
        # "X bears responsibility", "X is responsible"; "holds X responsible"
        who = subject(verb, own=True) if verb.lemma_.lower() in BEARING else next(
            (c for c in verb.children if c.dep_ == "dobj" and c not in said), None)
        if who is None or who.lower_ in PRONOUNS:
            return None
        return actor_in(who, index, strict=True) or _party_in(who, index)
    return None


def _ascribed(tok, index: Index) -> Actor | None:
    """The doer named by the passive verb an event noun is the subject of: "both bombings
    were claimed by the group", "the raid was blamed on the militia"."""
    verb = tok.head
    if tok.dep_ != "nsubjpass" or verb.lemma_.lower() not in ASCRIBING:
        return None
    agent = child_of(verb, "agent")
    doer = pobj(agent) if agent is not None else None
    word = ASCRIBED_TO.get(verb.lemma_.lower())
    if doer is None and word is not None:
        doer = prep_object(verb, word)
    return actor_in(doer, index) if doer is not None else None


def _raised(tok) -> bool:
    """The trigger is the infinitive of a passive raising verb ("is believed to have")."""
    return tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.head.children)


def _conj_actor(subj, index: Index) -> Actor | None:
    for c in subj.children:
        if c.dep_ == "conj":
            return actor_in(c, index)
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


def _name_and_description(tok):
    """A name's word with what describes it ("JNIM, al-Qaeda's branch in the Sahel"), not a
    phrase the parse hung on it that tells where the act was ("the Saudi-led coalition on a
    house in the Yemeni capital")."""
    yield tok
    for child in tok.children:
        if child.dep_ != "prep":
            yield from child.subtree


def _place_of_act(tok, subj, actor: Actor | None, index: Index) -> str | None:
    """The first place of the trigger's own phrase, leaving out the actor's name in its
    subject: "fighters of JNIM, al-Qaeda's branch in the Sahel, attacked a post" tells where
    the group is from, not where the post is; "air strikes by the coalition on a house in
    the Yemeni capital killed 14" tells where the strikes fell."""
    words = phrase(tok)
    if subj is not None and actor is not None and subj.i in words:
        # the actor's own name and what hangs on it ("JNIM, al-Qaeda's branch in the Sahel")
        # say where the actor is from; the rest of the subject may say where the act was
        # ("Air strikes by the coalition on a house in the Yemeni capital")
        words -= {x.i for t in subj.subtree if index.actor_at.get(t.i) is actor
                  for x in _name_and_description(t)}
    return next((index.place_at[i] for i in sorted(words) if i in index.place_at), None)


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
