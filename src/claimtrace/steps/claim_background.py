"""What a trigger word does not tell: background clauses and back-references.

A trigger of the lexicon names an event, but the sentence may not tell it: a condition ("if
deployed"), a purpose ("sent troops to support Russia"), a requested act ("called on Moscow
to withdraw"), a capability ("can strike targets"), a rehearsal, an event that dates another
("since the invasion"), or a definite event noun that refers back to one already told ("the
attack showed that ..."); also the stage of what is said ("told Putin at a meeting"), the end
of a raid ("before withdrawing"), a weapon's payload and a pact in force ("the 1960 Indus
Waters Treaty"). `background(tok)` answers for one trigger token (spaCy); the claims step
skips such tokens.
"""
from __future__ import annotations

import re

from ..attribution import REPORT_CUES, figure_frame, negating_subject
from .claim_index import PARTITIVES, counted_victims, named_again
from .claim_lexicon import noun_classes, triggers
from .claim_match import match, match_lemma, tally_grows
from .claim_modality import charged_attr, pledged_by
from .claim_roles import subject
from .claim_words import (ACKNOWLEDGING, ATTEMPTING, BACKGROUND_MARKS, COMMITTING, CONTENT_VERBS,
                          DENYING, DETERRING, EFFORT_ADJECTIVES, FLEEING, HALTING, IN_FORCE,
                          MADE_TO_HAPPEN, ONSET, PROCLAIMING, REHEARSING, REQUESTING, SENDING,
                          SUPPOSING_MARKS, TELLING_MARKS, UNREALIZED, WARS)


# bodies of people named by their remit ("sanctions monitors", "ceasefire commission")
REMIT_BODIES = {"team", "panel", "committee", "expert", "monitor", "official", "body",
                "office", "unit", "commission", "council", "envoy", "coordinator", "chief",
                "negotiator", "mediator", "staff", "worker", "investigator", "inspector",
                "observer", "officer", "specialist", "analyst"}


# verbs whose "of"/"for" complement is the act a party is charged with
# ("accused X of backing the militia", "blamed the cartel for downing the helicopter")
CHARGING = {"accuse", "charge", "suspect", "blame", "indict", "convict"}
# words of a source's request not to be named ("asked that her surname be withheld")
ANONYMITY = {"name", "identify", "anonymity", "anonymous", "surname", "withhold", "disclose"}
# the same request as written ("asked not to be quoted", "requested anonymity")
ANONYMITY_WORDS = re.compile(r"\b(?:asked|requested|requesting|asking)\s+(?:not\s+to\s+be\s+"
                             r"(?:named|identified|quoted)|for\s+anonymity|anonymity)\b", re.I)
# alternatives weighed, not acts done ("a choice between holding towns and pulling back")
CHOICES = {"choice", "dilemma", "option", "decision", "trade-off", "tradeoff"}

# verbs that name a thing in a free relative ("what it called an act of war"):
# the name a party gives is no charge of its own (the verb governing "what" tells the act)
LABELLING = {"call", "describe", "term", "dub", "label", "brand", "characterize",
             "characterise"}
# verbs and adjectives that allow, oblige or forbid an act, which is then not told as done
# ("a pact obliging each side to assist", "rules allowing operators to shoot down drones",
# "had not been barred from using the weapons", "entitled to use its weapons")
ENABLING = {"allow", "permit", "entitle", "oblige", "obligate", "require", "authorize",
            "authorise", "enable", "empower", "bar", "forbid", "prohibit", "ban"}


# conjunctions whose present-tense clause tells what has not happened yet ("until Israel
# stops", "before the city falls", "once forces regain control"); in the past tense they
# tell it ("before it fell")
PENDING_MARKS = ("until", "till", "before", "once")
# verbs of driving people from their homes, whose agent may be an event ("displaced by
# the fighting")
DISPLACING = {"displace", "uproot", "drive", "force"}
# verbs of holding a view: "analysts agree that the position is deteriorating" is an
# opinion shared, not an agreement made ("the sides agreed that ..." is one)
OPINION = {"agree"}


def _cared_for(tok) -> bool:
    """Are the victims the object of a preposition of help or of a share ("to the injured",
    "for the wounded", "the evacuation of the wounded", "each of the injured"), not of a part
    counted ("three of the dead") or a place among them ("among the dead")?"""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "for", "of"):
        return False
    if tok.head.lower_ != "of":
        return True
    whole = tok.head.head
    return whole.lower_ == "each" or (whole.pos_ == "NOUN" and not whole.like_num
                                      and whole.lemma_.lower() not in PARTS)


# nouns that count a part of a group ("half of the dead", "a dozen of the wounded")
PARTS = {"half", "third", "quarter", "majority", "most", "dozen", "dozens", "hundred",
         "hundreds", "thousand", "thousands", "score", "scores", "number", "share", "rest",
         "bulk", "percent", "per"}


def _compound_head(tok):
    """The noun a chain of compound modifiers ends in ("sanctions monitoring team" ->
    team)."""
    while tok.dep_ == "compound" and tok.head is not tok:
        tok = tok.head
    return tok


#: nouns whose "of" phrase names a kind of act over time, no act told ("a long history of
#: violence between its tribes", "a cycle of attacks and reprisals")
LONG_RUN = {"history", "legacy", "cycle", "tradition"}
#: whoever may do an act: the act of no one in particular ("anyone who helped the army")
ANYONE = {"anyone", "anybody", "whoever"}


#: verbs by which a toll is counted out: "the losses ran into the hundreds", "the dead
#: numbered 40", "the wounded included two children"
COUNTING_OUT = frozenset({"run", "number", "reach", "total", "exceed", "top", "stand"})
ROUND_COUNTS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens"})


def _counted_out(verb) -> bool:
    """Does the verb say whom a toll includes or how large it is?"""
    lemma = verb.lemma_.lower()
    if lemma == "include":
        return any(c.dep_ == "dobj" for c in verb.children)
    return lemma in COUNTING_OUT and any(
        t.like_num or t.lower_ in ROUND_COUNTS for t in verb.subtree if t.i > verb.i)


def _instead(tok) -> bool:
    """ "had hidden instead of cheering the fighters", "rather than fleeing": an act named
    as the one not done."""
    if tok.dep_ != "pcomp":
        return False
    prep = tok.head
    return prep.lower_ == "instead" or (
        prep.lower_ == "of" and any(c.lower_ == "instead" for c in prep.children)) or (
        prep.lower_ == "than" and any(c.lower_ == "rather" for c in prep.children))


def background(tok) -> bool:
    """Conditional or absolute clauses ("if deployed", "with forces pushed back")."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in LONG_RUN:
        return True
    if _no_act_told(tok) or _act_only_named(tok) or _opinion(tok) or _any_event(tok) \
            or _payload_carried(tok):
        return True
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") \
            and tok.head.lemma_.lower() in AVENGING and not any(
                c.like_num for c in tok.children):
        return True  # "vowed that the soldiers' deaths would be avenged": the act answered,
        # told before (the vow is the claim)
    own = match(tok)  # (the readings below ask it of this word: once)
    if own is not None and own.type != "ASSAULT" and (
            tok.dep_ == "relcl" and (tok.head.lower_ in ANYONE or any(
                c.dep_ == "det" and c.lower_ == "any" for c in tok.head.children)) or any(
                c.dep_ == "nsubj" and c.lower_ in ANYONE for c in tok.children)):
        return True  # "anyone who helped the army would be punished": no one's act (harm
        # to anyone is the condition of a threat: "anyone who harms Americans will pay")
    if own is not None and (_meeting_as_setting(tok, own) or _raid_ends(tok, own)
                            or _standing_pact(tok, own)):
        return True
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "advcl" \
            and any(c.dep_ == "mark" and c.lower_ in SUPPOSING_MARKS for c in tok.head.children):
        return True  # "if the fighting continues": an event of a condition
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and (
            tok.head.lemma_.lower() in IN_FORCE or _in_force(tok.head)) \
            and getattr(own, "type", None) == "AGREE":
        return False  # "the ceasefire has taken effect", "the truce held", "the ceasefire
        # was in force": told
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and _going_on(tok.head) \
            and getattr(own, "type", None) == "ASSAULT":
        return False  # "the shooting went on for about an hour", "fighting raged": told
    if tok.dep_ == "nsubj" and getattr(own, "subtype", None) == "casualties" \
            and _counted_out(tok.head):
        return False  # "the dead included a deputy commander", "the losses ran into the
        # hundreds": who or how many the toll holds is told
    cur = tok
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in cur.children):
            return True
        if cur.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in PENDING_MARKS
                                               for c in cur.children):
            return True  # "will not be freed until Israel stops its offensive": a condition
            # ("a deal is unlikely before the city falls": not yet happened)
        if cur.dep_ not in ("conj", "xcomp", "acomp") or cur.head is cur:
            break  # ("whether Washington is prepared to accept ...": the mark is the verb's)
        cur = cur.head
    if _instead(tok):
        return True
    # a purpose clause of another trigger: "dispatched troops to support Russia"
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to"
                                               for c in tok.children):
        if match_lemma(tok.head) and not (tok.dep_ == "xcomp" and tok.head.lemma_.lower()
                                           in COMMITTING | MADE_TO_HAPPEN | ATTEMPTING) \
                and not sent_to_strike(tok):
            return True
    # "sent 1,500 troops to support Russia": the purpose of what is sent
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and noun_classes().get(tok.head.lemma_.lower()) in ("troops", "weapons"):
        return True
    # "called on Moscow to withdraw the troops": the requested act has not happened
    head = tok
    for _ in range(3):
        if head.dep_ not in ("xcomp", "ccomp", "advcl") or head.head is head or any(
                c.dep_ == "mark" and c.lower_ in TELLING_MARKS for c in head.children):
            break  # ("asked for talks hours after jets shot down drones": told, not asked)
        head = head.head
        if head.lemma_.lower() in REQUESTING:
            return True
    # "rocket-assisted munitions", "North Korean-made missiles": participles as adjectives
    if tok.pos_ == "VERB" and tok.dep_ in ("amod", "compound") and not counted_victims(tok):
        return True  # ("received 27 wounded people" tells casualties)
    # "a UN sanctions monitoring team", "ceasefire monitors": the event noun names the
    # remit of a body of people, not an event
    if tok.pos_ == "NOUN" and tok.dep_ == "compound" and _compound_head(tok).lemma_.lower() \
            in REMIT_BODIES:
        return True
    # "people who fled fighting elsewhere", "escaping the violence": what was fled is told
    # as the reason of a flight, not as an event of its own
    if tok.dep_ in ("dobj", "xcomp") and tok.head.lemma_.lower() in FLEEING or \
            tok.dep_ == "pobj" and tok.head.lower_ == "from" \
            and tok.head.head.lemma_.lower() in FLEEING:
        return True
    # "250,000 people have been displaced by the fighting": the fighting named as the cause
    # of a displacement, told as an event elsewhere
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "agent" \
            and tok.head.head.lemma_.lower() in DISPLACING:
        return True
    # "farmers who had fled earlier violence": a flight told to describe people
    if tok.lemma_.lower() in FLEEING and tok.dep_ == "relcl":
        return True
    # "the RSF, which still controls most of Darfur": a state of things, not a capture
    if tok.lemma_.lower() in ("control", "hold") and tok.tag_ in ("VBZ", "VBP") \
            and tok.dep_ == "relcl":
        return True
    # "drills practising blockading key ports": a rehearsal, not the act
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REHEARSING:
        return True
    # "personnel armed with knives": a state, not a delivery ("were armed by Iran" is one)
    if tok.lemma_.lower() == "arm" and tok.tag_ == "VBN" and not any(
            c.dep_ in ("auxpass", "agent", "aux") for c in tok.children):
        return True
    # "harder to detect and destroy": what would be hard to do is no event
    if tok.dep_ in ("xcomp", "conj") and tok.tag_ == "VB":
        head = tok.head if tok.dep_ == "xcomp" else tok.head.head
        if head.pos_ in ("ADJ", "ADV") and head.lower_ in EFFORT_ADJECTIVES:
            return True
    # "pledging mutual defense assistance": the object of a background verb
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "attr") and tok.head.pos_ == "VERB" \
            and tok.head is not tok and match(tok.head) is not None and background(tok.head):
        return True
    # "would stop striking ships", "ending weeks of air strikes": an event brought to an end
    if tok.dep_ == "xcomp" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in HALTING:
        return True
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in HALTING:
        return True
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.dep_ == "dobj" and tok.head.head.head.lemma_.lower() in HALTING:
        return True
    # "permission to hit airfields", "the right to respond": an act only allowed or wanted
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in UNREALIZED and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and pledged_by(tok) is None:  # ("had every right to respond" threatens)
        return True
    # "according to a legislator who attended the briefing": a description of the source
    # (a speaker's relative clause can tell news: "Shoigu, who arrived on Tuesday, said")
    if tok.dep_ == "relcl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "to" \
            and tok.head.head.head.lower_ == "according":
        return True
    # "killing civilians is a war crime": violence named as a kind of act, no event ("helping
    # Russia was a duty" is a stance, kept)
    if tok.tag_ == "VBG" and tok.dep_ in ("csubj", "nsubj") and tok.head.lemma_ == "be" \
            and not any(c.dep_ == "poss" for c in tok.children) \
            and getattr(own, "type", None) in ("ASSAULT", "COERCE"):
        return True
    # "people who are no longer fighting": what has stopped
    if any(c.dep_ == "advmod" and c.lower_ == "longer" and any(
            g.lower_ == "no" for g in c.children) for c in tok.children):
        return True
    # "cutting off food and medical supplies": supplies kept from someone are not given
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in CUTTING_OFF \
            and getattr(own, "type", None) == "AID":
        return True
    # "said the injured had been taken to hospital": the victims of the attack told, named
    # again, no new toll (a count makes one: "the 12 injured")
    if named_again(tok) and (tok.dep_ in ("nsubj", "nsubjpass", "dobj") or _cared_for(tok)) \
            and not any(c.dep_ in ("amod", "prep") for c in tok.children):
        return True  # (also those helped: "assistance to the injured", "care for the
        # wounded", "Rs 50,000 for each of the injured", "evacuation of the wounded")
    # "the arithmetic of the dead", "families of the dead": the victims named again ("14 of
    # the dead", "several of the injured" count them: told; so do annotators for "staff were
    # among the injured")
    if named_again(tok) and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.pos_ == "NOUN" and tok.head.head.lower_ not in PARTITIVES:
        return True
    # "It was not the first attack on the area": an earlier act, none told (stop 30; "has
    # been hit before" was tried: annotators key those acts)
    if tok.pos_ == "NOUN" and tok.dep_ == "attr" and any(
            c.dep_ == "amod" and c.lower_ == "first" for c in tok.children) and any(
            c.dep_ == "neg" for c in tok.head.children):
        return True
    # "Hamas released two hostages": the release is the event, not a hostage-taking
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ == "release" \
            and not any(c.dep_ in ("neg", "aux") for c in tok.head.children):
        return True  # ("would not be released until ...": still held)
    # "released without charge", "blamed saboteurs without offering evidence": what did
    # not happen
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without":
        return True
    # "since the ceasefire", "before the invasion": an event named to date another
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in (
            "since", "before", "until", "till"):  # ("killed during shelling" tells it)
        return True
    # "to deter Russian aggression", "to prevent attacks": an act warded off, not told
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in DETERRING:
        return True
    # "can strike targets 40 km away": a capability, not an event
    if any(c.dep_ == "aux" and c.lower_ == "can" for c in tok.children):
        return True
    # "an agreement pledging mutual defence": the content of another event
    if tok.dep_ == "acl" and match_lemma(tok.head):
        head = match(tok.head)
        if own is None or head is None or own.type != head.type:
            return True
    # "cooperation ... threatens to prolong the war": the verb is the event
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" \
            and getattr(match(tok.head), "kind", "none") != "none":
        return True  # ("the invasion raised fears": no event verb; "the clash took place")
    # "the attack showed that ...", "the deployment posed a threat": a definite event noun
    # as subject refers back to an event already told, unless it names its participants
    # ("the night's attack shows ...": a day named by a possessive is no participant)
    when = [c for c in tok.children if c.dep_ == "poss" and _time_word(c)]
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and (when or any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)) \
            and not any(c.dep_ in ("poss", "compound", "amod", "prep", "nummod", "npadvmod")
                        and c not in when for c in tok.children) \
            and (tok.head.lemma_.lower() in REPORT_CUES
                 or tok.head.lemma_.lower() in FOLLOWING or any(
                c.dep_ == "dobj" and (c.lemma_.lower(), "NOUN") in triggers()
                for c in tok.head.children)) \
            and not (tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in PROCLAIMING):
        return True  # ("the truce was announced on Wednesday" tells the truce)
    # "the talks do not cover Gaza", "attributed the losses to ...": a bare definite event
    # noun argument of a verb that is no event refers back to an event already told
    # (unless the verb adds to its content: "the package also includes ...")
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and tok.head.pos_ in ("VERB", "AUX") and tok.tag_ in ("NNS", "NN") \
            and [c.lower_ for c in tok.children if c.dep_ == "det"][:1] in (
                ["the"], ["these"], ["those"], ["this"]) \
            and not any(c.dep_ in ("poss", "compound", "amod", "prep", "nummod", "npadvmod",
                                   "acl", "relcl", "appos") for c in tok.children) \
            and tok.head.lemma_.lower() not in CONTENT_VERBS and not match_lemma(tok.head) \
            and not _onset(tok) \
            and not _disowned(tok) \
            and not tally_grows(tok.head) \
            and figure_frame(tok) is None:  # "put the toll at 40" states a new figure
        return True  # (but "the toll could rise" tells casualties still to be counted)
    # "in the event of an attack": an indefinite event noun with no participants
    if tok.pos_ == "NOUN":
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if dets and dets[0] in ("a", "an") and not any(
                c.dep_ in ("poss", "prep", "amod", "compound", "nummod", "acl")
                for c in tok.children) \
                and not (tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during")
                         and getattr(own, "type", None) == "CONSULT") \
                and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in PROCLAIMING
                         and not any(c.dep_ == "aux" and c.lower_ == "to"
                                     for c in tok.head.children)) \
                and not charged_attr(tok):
            return True  # ("joined Zelensky at a summit", "announced a ceasefire" tell it;
            # "the strike was a crime" charges the act; "in a swap brokered by the UAE" names
            # a party)
    return False


# verbs that keep what they take as object from someone ("cut off supplies"; "halted
# supplies" is an event brought to an end, read above with HALTING)
CUTTING_OFF = {"cut", "block", "choke", "disrupt", "intercept", "interrupt", "restrict",
               "starve"}


# verbs whose object is the act a vow answers ("the deaths would be avenged")
AVENGING = {"avenge", "revenge"}


# verbs that place an event told before in time: "Tuesday's attack came a day after ...",
# "the strike followed weeks of tension"
FOLLOWING = {"come", "follow"}


def _time_word(tok) -> bool:
    """ "the night's", "Sunday's", "last week's": a possessive that names a time."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in TIME_NOUNS


TIME_NOUNS = {"night", "day", "morning", "evening", "afternoon", "week", "weekend", "month",
              "year", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
              "friday", "saturday", "sunday"}


def _disowned(tok) -> bool:
    """ "denied the deployment", "never acknowledged the deployment": a definite event noun
    a party denies is told again, as denied (not background)."""
    head = tok.head
    lemma = head.lemma_.lower()
    # ("never acknowledged", "neither X nor Y acknowledged")
    return tok.dep_ == "dobj" and (lemma in DENYING or lemma in ACKNOWLEDGING and any(
        c.dep_ == "neg" or negating_subject(c) for c in head.children))


def _onset(tok) -> bool:
    """ "the fighting erupted on Sunday", "the violence broke out": an event noun as the
    subject of a verb telling its course is told ("the talks broke the deadlock" is not)."""
    verb = tok.head
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "since the conflict began": an event named to date another
    return tok.dep_ == "nsubj" and verb.lemma_.lower() in ONSET and (
        verb.lemma_.lower() != "break" or any(c.dep_ == "prt" and c.lower_ == "out"
                                             for c in verb.children))


def war_onset(tok) -> bool:
    """ "The war between the army and the RSF broke out in April 2023", "since the war that
    erupted last year": a war (no trigger of its own without a party "against" it) whose
    outbreak is told is fighting between its sides."""
    if tok.lemma_.lower() not in WARS or tok.pos_ != "NOUN":
        return False
    if _onset(tok):
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in ONSET and any(
        s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)
        and (c.lemma_.lower() != "break" or any(p.dep_ == "prt" for p in c.children))
        for c in tok.children)


def sent_to_strike(tok) -> bool:
    """ "sent F-16 jets to bomb army positions": a strike told through the sending of the
    aircraft that carried it out (the sending is no transfer; see `_sentence_claims`)."""
    own, head = match(tok), match(tok.head)
    return own is not None and own.type == "ASSAULT" and head is not None \
        and head.type in ("AID", "MOBILIZE") and head.subtype in ("arms_transfer",
                                                                  "weapons_movement") \
        and tok.head.lemma_.lower() in SENDING


def _no_act_told(tok) -> bool:
    """Triggers that tell no event: the act a party is charged with, a source's request not
    to be named, alternatives weighed, a vehicle described by what it was sent or carrying,
    an event another one follows."""
    return _charged_act(tok) or anonymity_request(tok) or _alternative(tok) \
        or _described_vehicle(tok) or _followed_event(tok)


def _charged_act(tok) -> bool:
    """ "accused the party of backing the militia", "blamed the cartel for downing the
    aircraft": the act is the content of the charge (the ACCUSE claim), not told as done;
    so is every act inside that content ("accused Hamas of stealing supplies", "of
    prolonging the war by arming Ukraine", "of using the incident to justify a crackdown")."""
    cur = tok
    for _ in range(6):
        if _charge_content(cur):
            return True
        if cur.dep_ not in CONTENT_DEPS or cur.head is cur or cur.tag_ in FINITE:
            return False  # ("accused X of using ... and called on Y to respond": a new act)
        cur = cur.head
    return False


# arcs by which an act sits inside the act a party is charged with (objects, prepositions,
# purpose and manner clauses, coordination)
CONTENT_DEPS = {"dobj", "pobj", "pcomp", "prep", "xcomp", "advcl", "conj"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _charge_content(tok) -> bool:
    """Is `tok` the act a charge names: the gerund after "of"/"for" of a verb of charging."""
    cur = tok
    while cur.dep_ == "conj" and cur.tag_ == "VBG" and cur.head is not cur:
        cur = cur.head  # "accused them of looting and burning homes" (not "... and called")
    if cur.dep_ not in ("pcomp", "pobj") or cur.head.lower_ not in ("of", "for"):
        return False
    if cur.dep_ == "pobj" and cur.tag_ != "VBG":
        return False  # ("accused Rwanda of aggression": the charge itself)
    verb = cur.head.head
    if verb.dep_ == "dobj" and verb.head is not verb:
        verb = verb.head  # ("accused [the party] of ...": the prep hangs on the object)
    # only a charge made by a named accuser ("X accused Y of ...", "accusing him of ...",
    # "said ... and accused Y of ..." sharing the subject): "companies accused of helping
    # ...", "which it accuses of ..." tell the act as alleged
    return verb.lemma_.lower() in CHARGING and verb.dep_ not in ("relcl", "acl") \
        and (any(c.dep_ == "nsubj" for c in verb.children) or verb.dep_ in ("advcl", "conj")) \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)  # ("militias
    # have been accused of killing civilians": no accuser, the act told as alleged)


def anonymity_request(tok) -> bool:
    """ "a vendor who asked that his surname not be used", "asked not to be named": a
    source's wish for anonymity is no request of the conflict (by the parse, or as written)."""
    return ANONYMITY_WORDS.match(tok.doc.text, tok.idx) is not None or (
        tok.lemma_.lower() in ("ask", "request") and any(
            t.lemma_.lower() in ANONYMITY for t in tok.subtree if t is not tok))


def _alternative(tok) -> bool:
    """ "face a choice between holding towns and pulling back": options, not acts."""
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    return cur.dep_ in ("pobj", "pcomp") and cur.head.lower_ == "between" \
        and cur.head.head.lemma_.lower() in CHOICES


def _described_vehicle(tok) -> bool:
    """ "a UN helicopter sent to evacuate soldiers came under fire", "vehicles carrying
    relief supplies were shelled": a participle describing a craft or convoy that another
    event of the clause befalls is no transfer or movement of its own."""
    own = match(tok)
    if own is None or own.type not in ("AID", "MOBILIZE") or tok.dep_ != "acl" \
            or tok.tag_ not in ("VBN", "VBG") or tok.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if noun_classes().get(tok.head.lemma_.lower()) == "troops":
        return False  # ("troops sent to the border were ambushed": a deployment told)
    verb = tok.head.head
    inside = {t.i for t in tok.subtree}
    return any(t.i not in inside and t is not tok.head and match(t) is not None
               and match(t).type in ("ASSAULT", "COERCE") for t in verb.subtree)


# prepositions that place what is said or done at a meeting ("said at the summit",
# "agreed during the talks", "a statement issued after the talks")
SETTING_PREPS = {"at", "during", "after", "following"}
# verbs of speaking to a gathering ("told a meeting of the security cabinet")
ADDRESSING = {"tell", "address", "brief"}
# verbs of speaking or stating at one ("speaking at the summit", "a statement issued after
# the talks"), besides the report cues
SPEAKING = ADDRESSING | {"speak", "issue"}


def _meeting_as_setting(tok, own) -> bool:
    """ "told Putin at a televised meeting that ...", "agreed at last week's talks",
    "speaking at the BRICS summit", "leaders meeting in The Hague agreed to ...": a meeting
    named as the stage of what is said or done there is no event told beside it. One that
    is the point ("joined Zelensky at a summit", "met at the summit") is told."""
    if own.type != "CONSULT" or own.subtype == "visit":
        return False
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        return tok.head.lemma_.lower() in ADDRESSING
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj" \
            and tok.head.head.head.lower_ in ("after", "following"):
        # "had agreed to stop fighting after a night of talks", "after weeks of talks, the
        # two sides had settled on ...": the talks that led to the act told (stop 30)
        verb = tok.head.head.head.head
        for _ in range(3):  # ("agreed to stop fighting after ...": the act agreed)
            told = match(verb) if verb.pos_ in ("VERB", "AUX") else None
            if told is not None or verb.dep_ != "xcomp":
                break
            verb = verb.head
        return told is not None and told.type not in (None, "CONSULT")
    if tok.dep_ == "pobj" and tok.pos_ == "NOUN" and tok.head.lower_ in SETTING_PREPS:
        if tok.head.lower_ in ("after", "following") and not any(
                c.dep_ in ("det", "poss") for c in tok.children):
            return False  # ("promised ... after face-to-face talks on Thursday": talks
            # told for the first time, not the stage of a statement issued after the talks)
        verb = tok.head.head
    elif tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head.head  # ("leaders meeting in The Hague agreed ...")
    else:
        return False
    if verb.lemma_.lower() in REPORT_CUES or verb.lemma_.lower() in SPEAKING:
        return True
    # ("the swap, agreed at talks in Istanbul, ...": the talks tell where the deal came from)
    told = match(verb) if verb.dep_ != "acl" else None
    return told is not None and told.type != "CONSULT"


# what closes a raid: "set fire to the market before withdrawing", "looted shops before
# they pulled back"
RAID_ENDS = {"before", "after"}


def _raid_ends(tok, own) -> bool:
    """ "The attackers burned 30 houses before withdrawing into the forest", "... before
    they pulled back": attackers who leave when their raid is done close the attack told;
    they give up no ground, and no retreat is told beside the attack."""
    if own.type != "RETREAT" or tok.pos_ != "VERB":
        return False
    if tok.dep_ == "pcomp" and tok.head.lower_ in RAID_ENDS:
        verb = tok.head.head
    elif tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in RAID_ENDS
                                     for c in tok.children) and all(
            c.pos_ == "PRON" for c in tok.children if c.dep_ == "nsubj"):
        verb = tok.head  # ("before the army pulled back": the other side gave up ground)
    else:
        return False
    acts = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        acts.append(verb.head)
    return any(getattr(match(v), "type", None) in ("ASSAULT", "COERCE") for v in acts)


# a weapon's or a bomber's charge ("carried 500 kg of explosives", "a cluster warhead")
PAYLOADS = {"explosive", "explosives", "warhead", "payload", "charge", "bomblet",
            "submunition", "shrapnel"}
# verbs of bearing a load
CARRYING = {"carry", "transport", "move", "pack"}


def _payload_carried(tok) -> bool:
    """ "The bomb carried around 500 kg of explosives", "the Fath-360 carries a warhead",
    "the attacker carried 6 kg of explosives": what a weapon or a bomber carries describes
    the weapon, no weapons moved."""
    if tok.lemma_.lower() not in CARRYING or tok.pos_ != "VERB":
        return False
    subj = subject(tok)
    if subj is not None and subj.ent_type_ == "WEAPON":
        return True  # a weapon's make-up, not a shipment
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]  # ("500 kg of explosives")
    return any(o.lemma_.lower() in PAYLOADS or o.lower_ in PAYLOADS for o in objs)


# verbs that undo a pact in force ("suspended the treaty", "tore up the accord")
UNDOING = {"suspend", "revoke", "scrap", "annul", "abrogate", "renounce", "terminate",
           "cancel", "tear", "abandon", "violate", "breach", "reject", "freeze", "end",
           "quit", "exit"}


# pacts written down and named ("the Indus Waters Treaty", "the Algiers accord")
PACT_DOCUMENTS = {"treaty", "agreement", "accord", "pact", "memorandum", "convention",
                  "charter", "protocol"}


def _standing_pact(tok, own) -> bool:
    """ "suspended the 1960 Indus Waters Treaty", "the end of the 2015 Algiers peace
    agreement", "the 1953 armistice", "revoked a series of military cooperation agreements
    with France": a pact named by its year or its name, or one another act undoes, is a
    pact in force, not one made now (the act on it is the event: a suspension, a
    rejection)."""
    if own.type != "AGREE" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.ent_type_ == "LAW" or any(
            c.dep_ in ("nummod", "compound", "amod") and (
                c.ent_type_ == "DATE" and c.like_num or c.pos_ == "PROPN"
                and c.ent_type_ != "NORP" and tok.lemma_.lower() in PACT_DOCUMENTS
                and "-" not in c.text) for c in tok.children):
        return True  # (not "the Israel-Hezbollah ceasefire", "Russia-Ukraine swap": parties)
    if any(c.dep_ in ("amod", "compound") and c.lower_ == "founding" for c in tok.children) \
            or tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in (
                "article", "clause", "chapter", "provisions", "terms", "section"):
        return True  # "under Article 4 of NATO's founding treaty": the pact invoked (stop 28)
    cur = tok
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.dep_ == "dobj":
        cur = cur.head.head  # ("revoked a series of agreements")
    return cur.dep_ == "dobj" and cur.head.lemma_.lower() in UNDOING


def _followed_event(tok) -> bool:
    """ "The deployment follows a week of violence", "the action followed the massacre":
    an event named as what another one comes after is its background."""
    cur = tok
    if cur.dep_ == "pobj" and cur.head.lower_ == "of":
        cur = cur.head.head  # "a week of violence"
    if cur.dep_ != "dobj" or cur.head.lemma_.lower() != "follow":
        return False
    subj = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
    # ("the attacks followed the army's recapture of the city", "followed an Israeli air
    # strike that killed the premier": an event told with its side or its toll)
    return subj is not None and subj.pos_ == "NOUN" and not any(
        c.dep_ in ("poss", "amod", "compound", "relcl", "acl", "nmod") for c in tok.children)


def _going_on(verb) -> bool:
    """ "went on", "continued", "lasted", "raged": a verb telling an act still under way."""
    lemma = verb.lemma_.lower()
    return lemma in ("continue", "last", "rage", "persist") or lemma == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)


def _in_force(verb) -> bool:
    """ "was in force", "is in effect", "remained in place": a copula saying a pact holds."""
    return verb.lemma_.lower() in ("be", "remain", "stay") and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lower_ in ("force", "effect", "place") for g in c.children)
        for c in verb.children)


def _act_only_named(tok) -> bool:
    """Triggers that name an act without telling it done: a name given in a free relative,
    a charge no accuser makes, an act only allowed, obliged or forbidden."""
    return _naming_frame(tok) or _unowned_charge(tok) or _enabled_act(tok)


def _naming_frame(tok) -> bool:
    """ "took part in what he called dangerous manoeuvres", "condemned what she described
    as a reckless attack": the labelling verb of a free relative names the thing."""
    if tok.lemma_.lower() not in LABELLING or not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("what", "whatever")
            for c in tok.children):
        return False
    # a labeller named anew, or a person, adds a verdict ("flew close in what the Pentagon
    # called a provocative move", "what he called dangerous manoeuvres"); "it", "they",
    # "both" name the thing for the party already telling or doing it
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("it", "they", "both"):
        return False
    if tok.head.lower_ == "for":
        return False  # ("responsibility for what it called aggression": the charge)
    # under a charge ("bore responsibility for what it called aggression") the name is the
    # charge's content, kept with the charge's parties
    cur = tok.head
    for _ in range(4):
        if getattr(match(cur), "type", None) == "ACCUSE":
            return False
        if cur.head is cur:
            break
        cur = cur.head
    return True


def _unowned_charge(tok) -> bool:
    """ "companies accused of helping the army", "the group is blamed for the deaths": a
    passive charge with no accuser describes a party; no one is told to accuse."""
    if tok.lemma_.lower() not in CHARGING or tok.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False  # ("was accused by Kyiv of ...": the accuser is told)
    return tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children)


def _enabled_act(tok) -> bool:
    """ "the treaty obliges each side to give military assistance", "allowing Kyiv to use
    the missiles against targets", "had not been barred from using the weapons": an act a
    rule allows, obliges or forbids is not told as done ("allowed attacks" tells them)."""
    cur = tok
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head is not tok:
        cur = tok.head  # ("to give [assistance]")
    if cur.dep_ in ("xcomp", "ccomp", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        return cur.head.lemma_.lower() in ENABLING
    if cur.dep_ == "pcomp" and cur.head.lower_ == "from":
        return cur.head.head.lemma_.lower() in ENABLING
    if cur.dep_ == "pcomp" and cur.head.lower_ == "against":
        # "warned the government against using chemical weapons again": an act warned off
        return cur.head.head.lemma_.lower() in WARNING_OFF
    return False


WARNING_OFF = {"warn", "caution", "advise"}


def _opinion(tok) -> bool:
    """ "Independent analysts broadly agree that the garrison is failing": a view held (a
    present-tense verb of agreeing with a clause), not an agreement made."""
    return tok.lemma_.lower() in OPINION and tok.tag_ in ("VBP", "VBZ") and any(
        c.dep_ == "ccomp" for c in tok.children)


def _any_event(tok) -> bool:
    """ "any move against the president would be regarded as war": an event noun under
    "any" is one that may happen, never one told as done (a denied one is told denied)."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "any"
                                     for c in tok.children):
        return False
    cur = tok
    for _ in range(3):  # ("has denied any such transfers", "denied that any transfers are
        cur = cur.head  # taking place": told, as denied)
        if cur.lemma_.lower() in DENYING:
            return False
        if cur.head is cur:
            break
    return True
