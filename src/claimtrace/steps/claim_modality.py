"""Modality of a violent act: whether a sentence tells it, threatens it or forecasts it.

"His forces would strike hard if Hezbollah broke the deal" and "the army vowed to retake the
town" are threats (PLOVER THREATEN), not strikes; "said the strikes could trigger further
displacement" is a warning of a consequence; "called the sanctions illegal" labels what
someone did, as does "the strike was an act of aggression". The claims step asks these
questions of a trigger token (spaCy)."""
from __future__ import annotations

from ..attribution import REPORT_CUES
from ..timex_tense import FUTURE_MODALS
from .claim_lexicon import noun_classes, triggers
from .claim_roles import child_of, subject
from .claim_stance import CHARGES, FALSEHOODS
from .claim_words import (CHARGING_WORDS, FORECAST_MODALS, PLACE_ENTS, PLEDGING, conditional,
                          PRAISING_WORDS, STANCE_CUES)

#: nouns that charge by themselves when predicated of an act ("the attack was an atrocity");
#: "an attack", "war" need a word that charges ("a deliberate attack")
CHARGE_HEADS = frozenset("""crime terrorism aggression genocide outrage atrocity massacre
pogrom provocation violation murder piracy""".split())
FUTURE_AUX = FUTURE_MODALS | {"could", "may", "might"}


def conditional_threat(tok) -> bool:
    """A violent act someone will or would do on a condition ("would strike hard if ...")."""
    return tok.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in tok.children) and any(
        conditional(c) for c in tok.children)


def labelled(tok) -> bool:
    """ "called the sanctions illegal", "described the crew as narcoterrorists", "called the
    attack a deliberate choice": a characterization of something (an object and what it is
    called), not "called for talks" or "called on Iran"."""
    found = object_labelled(tok)
    if found is None:
        return False
    obj, said = found
    if obj.lemma_.lower() in CHARGES and any(t.lemma_.lower() in FALSEHOODS for t in said):
        return False  # "called the claims lies": a charge rejected, no charge made
    return _charging(said)


def praised(tok) -> bool:
    """ "called the deal a first and welcome step", "described the assistance as a fraternal
    gesture": praise of something (an object and what it is called)."""
    found = object_labelled(tok)
    return found is not None and any(PRAISING_WORDS.match(t.lower_) for t in found[1])


def object_labelled(tok):
    """What a verb of calling calls something, and that something: (object, label tokens),
    or None. "called the attack cowardly"; "called \"abhorrent\" the remarks" (the label
    first: both parsed as predicates, the last is the object)."""
    obj = child_of(tok, "dobj") or next(
        (c for c in tok.children if c.dep_ == "ccomp" and any(
            g.dep_ == "nsubj" and g.lower_ == "what" for g in c.children)), None)
    small = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ")
                  and not any(g.dep_ in ("aux", "cop", "mark") for g in c.children)), None)
    if obj is None and small is not None and (
            who := next((g for g in small.children if g.dep_ == "nsubj"), None)) is not None:
        # "Ankara considers the YBS an offshoot of the PKK": a verbless clause (stop 31)
        return who, [t for t in small.subtree if t not in who.subtree]
    if obj is None:
        predicates = [c for c in tok.children if c.dep_ == "oprd"]
        if len(predicates) == 1 and (obj := next((c for c in predicates[0].children
                                                  if c.dep_ == "compound"), None)):
            return obj, [predicates[0]]  # "called Russia's behaviour reckless" (one phrase)
        if len(predicates) < 2:  # ("describe what followed as collective punishment": the
            return None  # free relative parsed as a clause of its own)
        obj = predicates[-1]
        return obj, [t for c in predicates[:-1] for t in c.subtree]
    # what it is called must be a charge ("illegal", "an act of war"), not a neutral name
    # ("which Russia calls a special military operation") or praise
    said = [t for c in list(tok.children) + list(obj.children)
            if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr") and c.head.i == tok.i
            and not purpose_clause(c)
            or c.dep_ == "prep" and c.lower_ == "as"  # (or "X as Y")
            # ("called the bombing \"a terrorist act\"": a quoted label read as apposition)
            or c.dep_ == "appos" and c.head.i == obj.i and c.i > obj.i for t in c.subtree]
    # "called the attack cowardly": an adjective in -ly after the object, parsed as an adverb
    said += [c for c in tok.children if c.dep_ == "advmod" and c.i == obj.i + 1]
    return obj, said


def purpose_clause(clause) -> bool:
    """ "called Netanyahu to condemn the attack": a "to" infinitive says what a call was
    for, not what someone was called."""
    return clause.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in clause.children)


def _charging(tokens) -> bool:
    """Does one of the words name a charge ("illegal", "aggression", "war crime")?"""
    return any(CHARGING_WORDS.match(t.lower_) for t in tokens)


def charged_attr(tok) -> bool:
    """ "the strike was an act of aggression", "killing civilians is a war crime": a charge
    predicated of an act (an event noun, a gerund or "it" / "this") by a copula."""
    head = tok.head
    if tok.dep_ != "attr" or head.lemma_.lower() != "be" or tok.i < head.i:
        return False
    subj = subject(head) or next((c for c in head.children if c.dep_ == "csubj"
                                  and c.lemma_.lower() in ("happen", "occur")), None)
    if subj is None or not (subj.lower_ in ("it", "this", "that") or subj.tag_ == "VBG"
                            or subj.dep_ == "csubj"  # "what happened at Ras Isa is a crime"
                            or any(r.type in ("ASSAULT", "COERCE") for r in
                                   triggers().get((subj.lemma_.lower(), "NOUN"), []))):
        return False
    return _charging(t for t in tok.subtree if t.i != tok.i) \
        or tok.lemma_.lower() in CHARGE_HEADS


def forecast(tok) -> bool:
    """A consequence someone says may follow ("said the strikes could trigger further
    displacement", "warned the war risks spreading"): a modal verb in a reported clause."""
    if not any(c.dep_ == "aux" and c.lower_ in FORECAST_MODALS for c in tok.children):
        return False
    head = _clause_head(tok)
    return head.dep_ in ("ccomp", "xcomp") and (head.head.lemma_.lower() in REPORT_CUES
                                               or head.head.lemma_.lower() in STANCE_CUES)


def pledged_by(tok):
    """The verb by which a side announces an act of its own to come, or None: "vowed to
    break the siege", "pledged that both towns would be retaken", "said Moscow would
    respond", "said Pakistan had every right to respond". Whose act it is (the speaker's
    side or another's forecast) is the caller's question."""
    if tok.pos_ != "VERB":
        return None
    head = _clause_head(tok)
    if head.head.lemma_.lower() in PLEDGING and (head.dep_ in ("xcomp", "ccomp") or (
            head.dep_ == "acl" and head.head.pos_ == "NOUN"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children))):
        # "vowed to retake", "threatened that it would strike", "repeated his pledge that
        # the insurgency would be wiped out"
        return head.head
    if head.dep_ == "xcomp" and head.head.lemma_.lower() == "hesitate" \
            and head.head.dep_ == "ccomp" and any(c.dep_ == "neg" for c in head.head.children) \
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.head.children):
        return head.head.head  # "said the group would not hesitate to hit targets in Israel"
    if head.dep_ in ("acl", "xcomp") and head.head.lemma_.lower() == "right" \
            and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head  # "had every right to respond", "reserves the right to"
    # ("would be identified and brought to justice": the second verb shares the first's)
    auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")] or [
        c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")]
    # ("may have been killed" is a guess about the past)
    future = any(a in FUTURE_AUX for a in auxes) and not any(a in ("have", "'ve") for a in auxes)
    cue = head.head.lemma_.lower()
    if future and head.dep_ == "ccomp" and (cue in REPORT_CUES or cue in STANCE_CUES):
        return head.head  # "said Moscow would treat them as targets"
    return None


def _clause_head(tok):
    """The first of coordinated verbs ("would retake and hold the town" -> retake), whose
    dependency says what clause they stand in."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok


CLAIMING = {"claim", "accept", "admit", "assume", "take"}


def claimed_responsibility(tok):
    """The verb by which a group claims an act as its own, or None: "claimed responsibility"
    (the trigger is "responsibility") or "claimed responsibility for the bombing" (the
    trigger is the act named after "for")."""
    if tok.lemma_.lower() != "responsibility" and tok.dep_ == "pobj" \
            and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() == "responsibility":
        tok = tok.head.head
    if tok.lemma_.lower() == "responsibility" and tok.dep_ == "dobj" \
            and tok.head.lemma_.lower() in CLAIMING:
        return tok.head
    return None


def names_a_charge(tok) -> bool:
    """ "may amount to a war crime", "constitutes a violation of the truce": the verb's
    complement is a charge."""
    return any((c.dep_ == "prep" and c.lower_ == "to" or c.dep_ in ("dobj", "attr"))
               and _charging(c.subtree) for c in tok.children)



# what a request asks for: "urged Russia to withdraw", "called for an end to the attacks",
# "called on both sides to halt the fighting", "his appeal to allies for more air defences"
REQUESTED_DEPS = {"xcomp", "ccomp", "dobj", "oprd"}
REQUESTED_PREPS = {"for", "on"}


def requested(tok, request) -> bool:
    """Is the event word `tok` what the request word `request` asks for? The act asked of
    someone is no event of its own: the request's claim tells it."""
    if tok.i == request.i:
        return False
    if tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which")
                                   for c in tok.children):
        return False  # "called for a ceasefire, which Russia has refused": another's act
    for child in request.children:
        if child.dep_ in REQUESTED_DEPS or child.dep_ == "prep" and child.lower_ in REQUESTED_PREPS:
            if tok.i in {t.i for t in child.subtree}:
                return True
    return False


# "had nothing to do with", "was not involved in", "played no part in", "denied any role in"
SHARES = {"part", "role", "hand", "involvement"}


def disowned_by(tok):
    """The subject of a frame in which a side disowns the event `tok` names ("Kyiv had
    nothing to do with the attack", "Washington had not been involved in the strikes",
    "Tehran played no part in the bombing", "denied any role in the attack"), else None:
    the event is that side's, and denied."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("with", "in"):
        return None
    prep, frame = tok.head, tok.head.head
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for t in (frame, frame.head)
           for c in t.children):
        return None  # "would not take part in the talks": a refusal to come, no denial
    lemma = frame.lemma_.lower()
    if prep.lower_ == "with" and lemma == "do" and frame.dep_ in ("relcl", "acl") \
            and frame.head.lower_ in ("nothing", "anything"):
        verb = frame.head.head  # "had nothing to do with"
        return _subject_of(verb) if frame.head.lower_ == "nothing" or _negated(verb) else None
    if prep.lower_ != "in":
        return None
    if lemma == "involve" and frame.tag_ == "VBN" and _negated(frame):
        return child_of(frame, "nsubjpass") or child_of(frame, "nsubj")
    share = frame if lemma in SHARES else child_of(frame, "dobj")
    if share is None or share.lemma_.lower() not in SHARES:
        return None
    verb = share.head if share is frame else frame
    if any(c.dep_ == "det" and c.lower_ == "no" for c in share.children) or _negated(verb) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "deny"):
        return _subject_of(verb)
    return None


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _subject_of(verb):
    """The verb's subject, or (for "denied having any role") the subject of the verb above."""
    own = child_of(verb, "nsubj") or child_of(verb, "nsubjpass")
    if own is None and verb.dep_ in ("xcomp", "conj"):
        return child_of(verb.head, "nsubj")
    return own


def obliged(tok) -> bool:
    """ "Both armies must keep their weapons away from villages": what a speaker says another
    party must do is a demand on that party (PLOVER REQUEST), not a first person's resolve
    ("we must stay united") nor a general truth ("it must be said")."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "must"
                                     for c in tok.children):
        return False
    subj = child_of(tok, "nsubj") or child_of(tok, "nsubjpass")
    return subj is not None and subj.lower_ not in (
        "i", "we", "you", "it", "there", "this", "that", "one", "everyone", "all")


#: who is pursued when a side vows to pursue someone
WRONGDOERS = frozenset("""people those perpetrator attacker killer culprit terrorist assailant
bomber gunman organizer organiser planner they them""".split())


def _wrongdoers(who) -> bool:
    """Wrongdoers named as such ("the perpetrators", "the attackers") or by what they did
    ("those responsible", "the people who planned this", "anyone who tries to harm")."""
    lemma = who.lemma_.lower()
    if lemma in WRONGDOERS - {"people", "those", "they", "them"}:
        return True
    return lemma in ("people", "those", "anyone", "whoever", "everyone", "all") and any(
        c.lower_ == "responsible" or c.dep_ == "relcl" and any(
            t.lemma_.lower() in MISDEEDS or t.lower_ == "behind" for t in c.subtree)
        for c in who.children)


#: what wrongdoers named by a relative clause did ("the people who planned this")
MISDEEDS = frozenset("""plan carry commit perpetrate order attack kill harm hurt murder bomb
target stage organise organize""".split())


def punishing(tok) -> bool:
    """ "hold accountable anyone who harmed civilians", "punish the perpetrators", "bring
    those responsible to justice", "avenge the dead", "hunt down the attackers": an act
    against wrongdoers, which a side that vows it threatens (see `pledged_by`)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return False
    if lemma in ("punish", "avenge"):
        return True
    if lemma == "pursue":  # "those behind the bombing would be pursued" (not "pursue talks")
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WRONGDOERS
                   for c in tok.children)
    if lemma in ("find", "catch", "arrest", "reach"):
        # "those responsible will be found", "would find the people who planned this", "we
        # will reach anyone who tries to harm Israelis" (stop 31; not "aid would reach
        # people", "would find a solution")
        return any(c.dep_ in ("dobj", "nsubjpass") and _wrongdoers(c) for c in tok.children)
    if lemma in ("hunt", "track") and any(c.dep_ == "prt" and c.lower_ == "down"
                                           for c in tok.children):
        return True  # "vowed to hunt down those who planned the attack"
    if lemma == "hold":  # "hold accountable", "hold to account" (parsed as a verb "account")
        return any(c.lower_ in ("accountable", "responsible") and c.dep_ in (
            "acomp", "oprd", "advmod", "amod", "ccomp", "xcomp") for c in tok.subtree) or any(
            c.lower_ == "account" and c.head.i == tok.i and any(
                g.lower_ == "to" for g in c.children) for c in tok.children)
    if lemma in ("answer", "pay") and any(c.dep_ == "prep" and c.lower_ == "for"
                                          for c in tok.children):
        # "the people responsible for the attack would answer for it"
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:  # ("the people responsible ... would answer" parsed with
            # "responsible" as a clause of its own, leaving "answer" with no subject)
            return any(t.lower_ == "responsible" for t in tok.doc[tok.sent.start:tok.i])
        return subj.lemma_.lower() in WRONGDOERS or any(
            c.lower_ == "responsible" for c in subj.children)
    return lemma == "bring" and any(c.dep_ == "pobj" and c.lower_ == "justice"
                                    for p in tok.children if p.dep_ == "prep"
                                    for c in p.children)


def met_with(tok) -> bool:
    """ "any retaliation would be met with crushing attacks", "aggression will be met with
    force": a side's answer to come, told as a passive "meet ... with" under a future
    auxiliary (a threat; "protesters were met with tear gas" is told, not threatened)."""
    return tok.lemma_.lower() == "meet" and tok.pos_ == "VERB" and any(
        c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def stationed(tok) -> bool:
    """ "there were no North Korean soldiers in Russia", "dozens of North Korean officers are
    already in occupied parts of Ukraine": a side's troops said to be somewhere are deployed
    there (denied when there are "no" troops)."""
    if tok.pos_ != "NOUN" or noun_classes().get(tok.lemma_.lower()) != "troops" or not any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
            for c in tok.children):
        return False
    holder = tok  # ("dozens of North Korean officers are ...": the count is the subject)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        holder = tok.head.head
        if not (holder.pos_ == "NUM" or holder.ent_type_ == "CARDINAL"):
            return False  # "no threat of encirclement of Ukrainian units in Kursk"
    be = holder.head
    if holder.dep_ not in ("nsubj", "attr") or be.lemma_ != "be" or be is holder:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "inside") and any(
        g.dep_ == "pobj" and any(t.ent_type_ in PLACE_ENTS for t in g.subtree)
        for g in c.children) for c in list(be.children) + list(tok.children))
