"""Roles a sentence leaves implicit, carried from the event it continues.

News tells one event over several sentences: "The US announced a new package for
Ukraine ... The package also includes HAWK missiles ... Aid provided by the U.S. ...".
The later sentences name the supplier or the receiver once or not at all. A claim whose
actor or recipient the parse could not fill takes it from the nearest earlier claim of
the same event family when that claim is close (a few sentences back) or when the
trigger is a definite event noun that refers back ("the package", "the deal", "the
talks"). Every carried role is recorded on the claim (`inferred`: role -> id of the claim
it came from), so a reader can tell what the sentence says from what the ledger infers.

Only events told across sentences by construction take part: transfers and aid,
deployments, and meetings, visits and agreements (whose two parties are interchangeable).
Attacks inherit only from the same attacker: "Russia launched 117 drones" a few sentences
after Russia's strikes on Ukraine is aimed at Ukraine too (the next strike in a story is
often the other side's, so another attacker lends nothing). Drones "shot down" or
"intercepted" right after an attack are the attacker's losses, downed by its target. A casualty
count told right after an attack (same or next sentence: "Drones hit Odesa overnight.
Officials said at least seven people were wounded") is that attack's toll and takes its
attacker and target when it names none.

Beyond the neighbouring sentences, the document's own fights are a prior (`Foes`): a side
that the fights told with both parties set against one other side fights that foe when a
sentence leaves the other side out, and fighting with no side named is between the story's
one pair of foes. A speech act coordinated after a report ("said ..., and condemned the
strike") is the speaker's.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from ..model import Claim, Document
from .claim_index import ARMED_NOUNS
from .claim_lexicon import noun_classes, triggers
from .claim_roles import SUBJECT_DEPS, phrase

if TYPE_CHECKING:
    from .claim_index import Index

FAMILY = {"arms_transfer": "transfer", "aid_package": "transfer",
          "troop_deployment": "deployment",
          "visit": "diplomacy", "meeting": "diplomacy", "agreement": "diplomacy"}
SYMMETRIC = {"diplomacy"}
VIOLENT = {"attack", "casualties", "capture"}
FIGHTING = VIOLENT | {"equipment_loss", "combat"}
WINDOW = 3  # sentences back for a claim whose trigger does not refer back by itself
ANAPHORIC = ("the ", "this ", "that ", "these ", "those ")
# a story of a weapons test ("the North's first ICBM test", "test-fired a missile")
WEAPONS_TEST = re.compile(r"\b(?:missile|ICBM|rocket|nuclear|weapons?|engine|launch)\s+tests?\b|"
                          r"\btest[- ]?(?:fir|launch)|"
                          # (a truce or a resolve "is being tested" is no weapons test)
                          r"(?<!\bis )(?<!\bwas )(?<!\bbeing )(?<!\bbeen )\btested\b", re.I)
WEAPONS_TEST_KEY = "claimtrace.weapons_test"


def weapons_test_story(sdoc) -> bool:
    """Does the article (a spaCy Doc) tell of a weapons test? Searched once per document
    and kept in the Doc's user data: the claims step asks it of many words."""
    if WEAPONS_TEST_KEY not in sdoc.user_data:
        sdoc.user_data[WEAPONS_TEST_KEY] = WEAPONS_TEST.search(sdoc.text) is not None
    return sdoc.user_data[WEAPONS_TEST_KEY]


LAUNCHING = ("fire", "fired", "launch", "launched", "fires", "launches", "firing", "launching")


def carry_roles(doc: Document, claims: list[Claim], states: Index | None = None) -> None:
    """Fill missing actor/recipient of `claims` (in text order) from earlier claims, then,
    with `states` (the claims step's index), aid with no recipient and violence with no
    target from the state the document is about, and violence with no attacker from the
    state facing the target; a state actor is made only when a role is given to it."""
    sents = list(doc.spacy.sents)
    starts = [s.start_char for s in sents]
    sent_of = {id(c): bisect_right(starts, c.evidence.start) for c in claims}
    for n, claim in enumerate(claims):
        if claim.subtype == "casualties":
            _toll_of_attack(claim, claims[:n], sent_of)
            _toll_of_troops_sent(doc, claim, claims[:n], sent_of)
            if claim.actor is None:  # "100 were killed as M23 rebels captured the town"
                after = next((c for c in claims[n + 1:] if sent_of[id(c)] == sent_of[id(claim)]
                              and c.subtype in ("attack", "capture", "combat") and c.actor
                              and c.actor != claim.target and not c.negated), None)
                if after is not None:
                    _set(claim, "actor", after.actor, after)
            if claim.actor is None:
                _sole_attacker(doc, claim, claims)
            continue
        named = _act_named_again(doc.spacy, claim) \
            if claim.subtype in ("attack", "equipment_loss", "combat") and claim.actor is None \
            else None
        if named is not None:
            _same_attacker(doc, claim, named, claims[:n], sent_of)
        if claim.subtype == "attack" and claim.actor and claim.target is None:
            _same_campaign(claim, claims[:n], sent_of)
            continue
        if claim.subtype == "equipment_loss" and claim.target is None:
            _shot_down(claim, claims[:n], sent_of)
            continue
        family = FAMILY.get(claim.subtype or "")
        if family is None or (claim.actor and claim.recipient):
            continue
        refers_back = _refers_back(doc, claim)
        for prev in reversed(claims[:n]):
            if FAMILY.get(prev.subtype or "") != family or prev.negated:
                continue
            if sent_of[id(claim)] - sent_of[id(prev)] > WINDOW and not refers_back:
                break
            if _take(claim, prev, symmetric=family in SYMMETRIC):
                break
    _weapons_tests(doc, claims)
    _condemned_acts(doc, claims)
    _spoken_by_source(doc, claims)
    _account_goes_on(doc, claims, sents, sent_of)
    if states is not None:
        _document_foes(doc, claims, states)
        _home_roles(doc, claims, states)
        _two_sides(doc, claims, states)
        _other_side(doc, claims, states)
        _threatened(doc, claims, states)
        _told_by_own_side(doc, claims, states)
        _unnamed_officials(doc, claims, states)
        _losses_admitted(doc, claims, states)


def _document_foes(doc: Document, claims: list[Claim], states: Index) -> None:
    """Violence with one side left out, in a story whose fights (told with both sides, not
    inferred) set that side against one other: the other side is that foe ("US warplanes hit
    200 targets" in a story of US strikes on the Houthis; "13 soldiers of Thailand died" in a
    story of Thai-Cambodian clashes); fighting with neither side named ("the clashes
    resumed") is between the story's one pair of foes. A side with several foes gets none,
    and an act placed in a third country is left alone. Recorded as inferred from the
    document."""
    foes = Foes.of(doc, claims, home=states.home_code())
    for claim in claims:
        if claim.subtype not in FIGHTING or claim.negated or (claim.actor and claim.target):
            continue
        known = claim.actor or claim.target
        if known is None:
            pair = foes.pair() if claim.subtype == "combat" else None
            if pair is not None:
                for role, actor_id in zip(("actor", "target"), pair):
                    setattr(claim, role, actor_id)
                    claim.inferred.setdefault(role, "document")
            continue
        if claim.actor is None and _unknown_doer(_trigger_token(doc.spacy, claim)):
            continue  # "unidentified jets bombed the port": the text says no one knows
        foe = foes.foe_of(known)
        if foe is None or foe == known or _elsewhere(
                doc, claim, {foes.side[known], foes.side[foe]}, states):
            continue  # ("resumed its offensive in Gaza" in a story of its war on another)
        role = "target" if claim.actor else "actor"
        setattr(claim, role, foe)
        claim.inferred.setdefault(role, "document")


# captures by a state's law enforcement of people in its own jurisdiction
ARRESTING = {"arrest", "detain", "apprehend", "jail", "imprison", "indict", "charge"}

# words by which a text says who acted is not known ("unidentified drones")
UNKNOWN_DOER = {"unidentified", "unknown", "unnamed", "unclaimed", "mysterious", "unmarked"}


def _unknown_doer(tok) -> bool:
    """Is the act's doer said to be unknown: its subject, its agent or the event noun itself
    ("an unclaimed attack") marked unidentified?"""
    if tok is None:
        return False
    doers = [tok] + [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    return any(m.dep_ in ("amod", "compound") and m.lower_ in UNKNOWN_DOER
               for d in doers for m in d.children)


def _elsewhere(doc: Document, claim: Claim, sides: set[str], states: Index) -> bool:
    """Is the act placed in a third country: the places of its trigger's own phrase (or of
    the verb a noun trigger is the object of), else its place, all in countries other than
    the two `sides`?"""
    tok = _trigger_token(doc.spacy, claim)
    where_words = set(phrase(tok)) if tok is not None else set()
    if tok is not None and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass"):
        # "resumed its offensive in Gaza": the place hangs off the verb
        where_words |= {t.i for p in tok.head.children if p.dep_ == "prep"
                        and p.lower_ in ("in", "into", "inside", "on", "across")
                        for t in p.subtree}
    ids = {states.place_at[i] for i in where_words if i in states.place_at}
    ids = ids or ({claim.place} if claim.place else set())
    where = {states.places[p].country for p in ids if p in states.places} - {None}
    return bool(where) and not where & sides


class Foes:
    """Who fights whom in a document: the sides (state codes, an actor's own or the country it
    belongs to) of its acts of force told with both an attacker and a target, each edge
    counted both ways. In a civil war both sides have one code: the army and the rebels."""

    MIN_EDGES = 1  # fights told for a side before its foe is trusted
    FIGHTERS = ("state", "armed_group", "military_unit")  # who stands for a side

    def __init__(self, side: dict[str, str], armed: set[str], fighters: set[str]):
        self.side = side
        self.armed = armed
        self.fighters = fighters
        self.edges: dict[str, Counter] = {}
        self.pairs: Counter = Counter()
        self.face: dict[str, Counter] = {}  # side -> the actor ids that stand for it

    @classmethod
    def of(cls, doc: Document, claims: list[Claim], *, home: str | None) -> "Foes":
        """The fights of `claims`; a country's forces fight each other only in a civil war
        of the `home` state (the one the document is about), as army against rebels."""
        side = {a.id: a.code or a.country for a in doc.actors if a.code or a.country}
        foes = cls(side, {a.id for a in doc.actors if a.kind == "armed_group"},
                   {a.id for a in doc.actors if a.kind in cls.FIGHTERS})
        for c in claims:
            if c.subtype not in FIGHTING or c.negated or c.actor not in side \
                    or c.target not in side or {"actor", "target"} & set(c.inferred):
                continue
            if side[c.actor] == side[c.target] and (side[c.actor] != home or (
                    c.actor in foes.armed) == (c.target in foes.armed)):
                continue
            foes.add(c.actor, c.target)
        return foes

    def add(self, actor: str, target: str) -> None:
        a, t = self.side[actor], self.side[target]
        self.edges.setdefault(a, Counter())[t] += 1
        self.edges.setdefault(t, Counter())[a] += 1
        self.pairs[tuple(sorted((a, t)))] += 1
        self.face.setdefault(a, Counter())[actor] += 1
        self.face.setdefault(t, Counter())[target] += 1

    def foe_of(self, actor: str) -> str | None:
        """The actor id of the one side `actor`'s side fights (clearly more than any other):
        in a civil war, the other camp of the same country."""
        if actor not in self.side:
            return None
        mine = self.side[actor]
        top = _dominant(self.edges.get(mine, Counter()), self.MIN_EDGES)
        if top is None:
            return None
        if top != mine:
            return self._face(top)
        armed = actor in self.armed
        return next((a for a, _ in self.face[top].most_common() if (a in self.armed) != armed
                     and a in self.fighters), None)

    def pair(self) -> tuple[str, str] | None:
        """The actor ids of the document's one pair of foes, if one pair leads clearly."""
        top = _dominant(self.pairs, 2)
        if top is None:
            return None
        first, second = top
        if first != second:
            camps = [self._face(first), self._face(second)]
        else:  # a civil war: the army and the rebels
            camps = [next((a for a, _ in self.face[first].most_common() if a in self.fighters
                           and (a in self.armed) == arm), None) for arm in (False, True)]
        return (camps[0], camps[1]) if None not in camps else None

    def _face(self, side: str) -> str | None:
        """The actor most often named for a side among those that fight (not a train or a
        ministry named in a fight by a misreading)."""
        return next((a for a, _ in self.face[side].most_common() if a in self.fighters), None)


def _dominant(counts: Counter, least: int):
    """The key counted at least `least` times and twice as often as any other, if one is."""
    ranked = counts.most_common(2) + [(None, 0)] * 2
    (top, n1), (_, n2) = ranked[0], ranked[1]
    return top if top is not None and n1 >= least and n1 >= 2 * n2 else None


def _home_roles(doc: Document, claims: list[Claim], states: Index) -> None:
    """Aid, arms or troops sent by a foreign actor with no recipient named ("the Netherlands
    announced a package of drones", "instructors arrived in the country"): the state the
    article is about receives them; and violence by an outsider or an unnamed attacker
    with no target named ("attackers stormed the camp") is done to that state. Recorded as
    inferred from the document (a guess a reader can see: a story of US strikes on Yemen
    that names the US most makes the US the victim of unattributed attacks)."""
    codes = {a.id: a.code or a.country for a in doc.actors}
    groups = {a.id for a in doc.actors if a.kind == "armed_group"}  # "JNIM", state unknown
    # the party the document's other aid goes to ("the package ... for Ukraine")
    received = Counter(c.recipient for c in claims if c.type == "AID" and c.recipient)
    usual = received.most_common(2) + [(None, 0)] * 2
    usual = usual[0][0] if usual[0][1] > usual[1][1] else None
    home = states.home_code()
    place_country = {p.id: p.country for p in doc.places}
    for claim in claims:
        if claim.negated:
            continue
        if (claim.type == "AID" or claim.subtype == "troop_deployment") and claim.actor \
                and not claim.recipient:
            if claim.type == "AID" and usual is not None and \
                    codes.get(usual) != codes.get(claim.actor):
                claim.recipient = usual
                claim.inferred.setdefault("recipient", "document")
            elif home is not None and codes.get(claim.actor) not in (None, home):
                _infer(claim, "recipient", states.state_of(home))
        elif claim.subtype in VIOLENT and not claim.target:
            if home is not None and codes.get(claim.actor) != home and (
                    claim.actor is None or codes.get(claim.actor) or claim.actor in groups):
                _infer(claim, "target", states.state_of(home))
            elif home is None and claim.actor in groups and claim.subtype == "capture" and \
                    place_country.get(claim.place, codes.get(claim.actor)) \
                    == codes.get(claim.actor) is not None:
                # rebels taking posts or arms in their own country take them from its state
                # (the MNDAA "has taken 200 military posts" in a story of Myanmar and China,
                # where China is the other state named, not the rebels' foe)
                _infer(claim, "target", states.state_of(codes.get(claim.actor)))
            elif home is None and claim.actor and (
                    side := states.opponent_code(codes.get(claim.actor))) is not None:
                # no state leads, but two face each other: one side's act is against the
                # other ("Russia launched 117 drones" in a story of Russia and Ukraine)
                _infer(claim, "target", states.state_of(side))
            elif claim.actor in groups and codes.get(claim.actor) == home and (
                    place_country.get(claim.place) == home
                    or claim.place is None and claim.subtype == "capture"):
                # rebels of the country taking or striking its towns act against its state
                # ("M23 rebels swept into the city")
                _infer(claim, "target", states.state_of(home))
            elif home is not None and claim.actor and codes.get(claim.actor) == home and \
                    claim.subtype == "capture" and _trigger_lemma(doc.spacy, claim) in ARRESTING:
                # the state's own police arresting people ("officers detained two managers"):
                # its own people, not the other side of a war
                _infer(claim, "target", states.state_of(home))
            elif home is not None and claim.actor and codes.get(claim.actor) == home and (
                    claim.subtype == "capture" or claim.place is None):
                # the article's own state retaking ground, or striking no place of its own:
                # the other side of its war ("Russia says its forces have recaptured Sudzha";
                # "the army shelled El Fasher" in a civil war names no one)
                _infer(claim, "target", states.state_of(states.opponent_code(home)))


def _two_sides(doc: Document, claims: list[Claim], states: Index) -> None:
    """An agreement whose parties the sentence leaves out ("the ceasefire took effect", "the
    two countries completed the swap"), in a story of two states facing each other: made
    between those two (a side already named keeps its place; a third party, such as a
    mediator, is left alone). Recorded as inferred from the document."""
    codes = {a.id: a.code or a.country for a in doc.actors}
    if states.sides() is None:
        return
    top, other = states.sides()
    for claim in claims:
        if claim.type != "AGREE" or claim.negated or (claim.actor and claim.recipient):
            continue
        known = [codes.get(p) for p in (claim.actor, claim.recipient) if p]
        if any(code not in (top, other) for code in known):
            continue  # a party of another pair: another agreement
        missing = [c for c in (top, other) if c not in known]
        for role in ("actor", "recipient"):
            if getattr(claim, role) is None and missing:
                _infer(claim, role, states.state_of(missing.pop(0)))


def _infer(claim: Claim, role: str, state) -> None:
    """Give `role` to `state` (when the lexicon knows it), recorded as from the document."""
    if state is not None:
        setattr(claim, role, state.id)
        claim.inferred.setdefault(role, "document")


def _refers_back(doc: Document, claim: Claim) -> bool:
    if claim.trigger is None:
        return False
    before = doc.text[max(0, claim.trigger.start - 12):claim.trigger.start].lower()
    return before.endswith(ANAPHORIC) or " also " in doc.text[
        claim.evidence.start:claim.evidence.end].lower()


def _take(claim: Claim, prev: Claim, *, symmetric: bool) -> bool:
    """Copy what `prev` knows and `claim` lacks; True when `prev` was usable."""
    parties = [p for p in (prev.actor, prev.recipient) if p]
    if not parties:
        return False
    if symmetric:
        known = [p for p in (claim.actor, claim.recipient) if p]
        if any(p not in parties for p in known):
            return False  # another pair of parties: another meeting
        missing = [p for p in parties if p not in known]
        for role in ("actor", "recipient"):
            if getattr(claim, role) is None and missing:
                _set(claim, role, missing.pop(0), prev)
        return True
    if claim.actor and prev.actor and claim.actor != prev.actor:
        return False  # another supplier: another transfer
    if claim.recipient and prev.recipient and claim.recipient != prev.recipient:
        return False
    if claim.actor is None and prev.actor and prev.actor != claim.recipient:
        _set(claim, "actor", prev.actor, prev)
    if claim.recipient is None and prev.recipient and prev.recipient != claim.actor:
        _set(claim, "recipient", prev.recipient, prev)
    return True


def _set(claim: Claim, role: str, actor_id: str, prev: Claim) -> None:
    setattr(claim, role, actor_id)
    claim.inferred[role] = prev.id


def _toll_of_attack(claim: Claim, earlier: list[Claim], sent_of: dict[int, int]) -> None:
    if claim.actor and claim.target:
        return
    for prev in reversed(earlier):
        if sent_of[id(claim)] - sent_of[id(prev)] > 1:
            return
        if prev.subtype not in ("attack", "capture", "combat") or prev.negated:
            continue  # ("more than 100 killed as the RSF overran the camp")
        if claim.actor is None and prev.actor and prev.actor != claim.target:
            _set(claim, "actor", prev.actor, prev)
        if claim.target is None and prev.target and prev.target != claim.actor:
            _set(claim, "target", prev.target, prev)
        return


def _toll_of_troops_sent(doc: Document, claim: Claim, earlier: list[Claim],
                         sent_of: dict[int, int]) -> None:
    """ "12,000 North Korean troops were deployed to Kursk. Roughly 600 of them have been
    killed": a toll of the troops a side was told to send, within three sentences, is that
    side's loss."""
    if claim.target is not None or claim.quantity is None:
        return
    counted = {q.id: q.counted for q in doc.quantities}
    noun = counted.get(claim.quantity)
    if not noun or noun_classes().get(noun) != "troops":
        return
    for prev in reversed(earlier):
        if sent_of[id(claim)] - sent_of[id(prev)] > LOSS_WINDOW:
            return
        if prev.subtype == "troop_deployment" and prev.actor and not prev.negated \
                and prev.actor != claim.actor and counted.get(prev.quantity) == noun:
            _set(claim, "target", prev.actor, prev)
            return


def _sole_attacker(doc: Document, claim: Claim, claims: list[Claim]) -> None:
    """ "At least 15 people were injured in the capital", with no attacker in reach, in a
    story whose attacks all have one author (on one side's strikes): that author, unless it
    is the victims' side."""
    states = {a.id: a.code or a.country or a.id for a in doc.actors}

    def side(actor_id: str) -> str:
        return states.get(actor_id, actor_id)

    attacks = [c for c in claims if c.type == "ASSAULT" and c.subtype == "attack" and c.actor
               and not c.negated]
    if not attacks or len({side(c.actor) for c in attacks}) != 1:
        return
    source = attacks[0]
    if claim.target and side(claim.target) == side(source.actor):
        return
    _set(claim, "actor", source.actor, source)


def _same_campaign(claim: Claim, earlier: list[Claim], sent_of: dict[int, int]) -> None:
    for prev in reversed(earlier):
        if sent_of[id(claim)] - sent_of[id(prev)] > WINDOW + 2:
            return
        if prev.subtype == "attack" and prev.actor == claim.actor and prev.target \
                and prev.target != claim.actor and not prev.negated:
            _set(claim, "target", prev.target, prev)
            return


def _act_named_again(sp, claim: Claim):
    """The definite noun by which an act refers back to one told before, if any: the
    trigger ("the bombing would stop") or its subject ("the strike hit the village", "the
    raids had destroyed most of the vessels")."""
    tok = _trigger_token(sp, claim)
    if tok is None:
        return None
    cands = [tok] if tok.pos_ == "NOUN" else []
    cands += [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((c for c in cands if c.pos_ == "NOUN" and _act_noun(c) and any(
        d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children)), None)


def _same_attacker(doc: Document, claim: Claim, named, earlier: list[Claim],
                   sent_of: dict[int, int]) -> None:
    """The author of the attack an act named again refers to ("the strikes hit late on
    Thursday" after "US warplanes struck the port"), and its target if missing: the nearest
    earlier attack told by the same word, else the nearest one when all attacks told
    shortly before have one author (in a story of strikes and counter-strikes, "the
    bombing" names neither side by itself)."""
    window = [p for p in reversed(earlier) if sent_of[id(claim)] - sent_of[id(p)] <= 2 * WINDOW
              and p.subtype in FIGHTING and not p.negated]
    near = [p for p in window if p.subtype in ("attack", "combat") and p.actor
            and p.actor != claim.target]
    word = named.lemma_.lower()
    prev = next((p for p in near if _trigger_lemma(doc.spacy, p) in (
        word, word.removesuffix("ing"))), None)
    told = [p for p in near if "actor" not in p.inferred]
    side = {a.id: a.code or a.country or a.id for a in doc.actors}
    if prev is None and len({p.actor for p in told}) == 1 and not any(
            p.target and side.get(p.target) == side.get(told[0].actor) for p in window):
        prev = told[0]  # (an attack on that author nearby: strikes both ways, no guess)
    if prev is None:
        return
    _set(claim, "actor", prev.actor, prev)
    if claim.target is None and prev.target and prev.target != prev.actor:
        _set(claim, "target", prev.target, prev)


def _shot_down(claim: Claim, earlier: list[Claim], sent_of: dict[int, int]) -> None:
    """What is shot down or destroyed is the last attacker's ("Ukraine launched drones at
    Moscow ... 74 drones were shot down"), the side whose drones were told to enter ("Russian
    drones that had entered its airspace ... three of the drones had been destroyed"), or
    the side whose loss was told just before."""
    for prev in reversed(earlier):
        if sent_of[id(claim)] - sent_of[id(prev)] > LOSS_WINDOW:
            return
        if prev.negated:
            continue
        if prev.subtype == "equipment_loss" and prev.target is not None \
                and prev.target != claim.actor:
            _set(claim, "target", prev.target, prev)  # another loss of the same side
            return
        if prev.subtype not in ("attack", "weapons_movement") or prev.actor is None:
            continue
        if claim.actor is not None and claim.actor == prev.actor:
            return  # the attacker destroying something: its own act, not its loss
        _set(claim, "target", prev.actor, prev)
        if claim.actor is None and prev.target and prev.target != prev.actor:
            _set(claim, "actor", prev.target, prev)
        return


#: how many sentences back a loss or a toll looks for the side it belongs to
LOSS_WINDOW = 3


def _other_side(doc: Document, claims: list[Claim], states: Index) -> None:
    """Violence against one of a war's two sides with no attacker named ("74 of the drones
    were shot down", "12 people were killed by drones"): the other side, when the document
    shows that side attacking elsewhere. Recorded as inferred from the document."""
    codes = {a.id: a.code or a.country for a in doc.actors}
    attackers = {codes.get(c.actor) for c in claims if c.subtype in FIGHTING and c.actor}
    for claim in claims:
        if claim.subtype not in FIGHTING or claim.actor or not claim.target or claim.negated:
            continue
        side = states.opponent_code(codes.get(claim.target))
        if side is not None and side in attackers:
            _infer(claim, "actor", states.state_of(side))


def _threatened(doc: Document, claims: list[Claim], states: Index) -> None:
    """A warning by one side that names no one ("Israel vows to retaliate", "Pakistan had
    every right to respond"): aimed at whoever last attacked that side in the document,
    else at the other of a war's two sides. Recorded as inferred (the claim it answers,
    or the document)."""
    codes = {a.id: a.code or a.country for a in doc.actors}
    for n, claim in enumerate(claims):
        if claim.type != "THREATEN" or claim.target or not claim.actor or claim.negated:
            continue
        side = codes.get(claim.actor)
        if side is None:
            continue
        # the attack it answers: told in the same sentence ("vowed to respond to the strike
        # on its capital"), else the last one before
        same = [p for p in claims[n + 1:] if p.evidence.start == claim.evidence.start]
        prev = next((p for p in same + list(reversed(claims[:n])) if p.subtype in FIGHTING
                     and p.actor and codes.get(p.target) == side
                     and codes.get(p.actor) not in (None, side)), None)
        if prev is not None:
            _set(claim, "target", prev.actor, prev)
        else:
            _infer(claim, "target", states.state_of(states.opponent_code(side)))


# sources who speak for a side, and so tell its own acts without naming the doer
SPOKESPEOPLE = ("government", "military", "official")
# acts a side's spokesman tells of its own side with the doer left out ("reinforcements
# had been sent", "outlets would be suspended", "accused Rwanda of ...")
OWN_ACTS = {"AID", "MOBILIZE", "RETREAT", "SANCTION", "ACCUSE", "REQUEST", "THREATEN",
            "CONSULT", "COERCE", "REJECT", "PROTEST"}
# force done to another side, told by the side that did it ("the operation was aimed at
# radar sites", "air defences shot down three drones")
OWN_FORCE = {"attack", "combat", "equipment_loss"}
# losses told by the loser ("drones have been lost"): the speaker's side is no doer
SUFFERED = {"lose", "suffer", "sustain", "incur", "die", "go", "catch"}
MY_OWN = {"his", "her", "its", "their", "our", "my"}


#: cues by which a side owns up to its losses
ADMITTING = frozenset({"acknowledge", "acknowledged", "admit", "admitted", "admits",
                       "acknowledges"})


def _losses_admitted(doc: Document, claims: list[Claim], states: Index) -> None:
    """Losses a side's officials acknowledge or admit ("Tajik officials have acknowledged 35
    deaths", "Washington has acknowledged the loss of several drones") are that side's: its
    state is the victim, unless the text named another (an inferred one gives way)."""
    codes = {a.id: a.code or a.country for a in doc.actors}
    for claim in claims:
        source = claim.source
        if claim.subtype not in ("casualties", "equipment_loss") or claim.negated \
                or source is None or source.actor is None or source.kind not in SPOKESPEOPLE \
                or (claim.cue or "").lower().rpartition(" ")[2] not in ADMITTING:
            continue
        if claim.target is not None and "target" not in claim.inferred:
            continue
        side = codes.get(source.actor)
        state = states.state_of(side) if side else None
        if state is None:
            continue
        if claim.actor == source.actor:
            claim.actor = None  # the officials who admit the losses did not inflict them
            claim.inferred.pop("actor", None)
        if codes.get(claim.actor) != side:
            claim.target = state.id
            claim.inferred["target"] = "source"


def _unnamed_officials(doc: Document, claims: list[Claim], states: Index) -> None:
    """A charge, demand or threat spoken by officials the text does not name ("authorities
    urged everyone in the east to leave", "Officials called the attackers terrorists", "the
    president appealed to foreign partners"), with no state of their own: the state the
    story is about speaks, unless the act is aimed at or asked of it. Recorded as inferred
    from the document."""
    home = states.home_code()
    if home is None:
        return
    codes = {a.id: a.code or a.country for a in doc.actors}
    for claim in claims:
        source = claim.source
        if claim.type not in SPEECH_ACTS or claim.actor or claim.negated or source is None \
                or source.actor is not None or source.kind not in SPOKESPEOPLE \
                or source.mention is None \
                or home in (codes.get(claim.target), codes.get(claim.recipient)):
            continue
        tok = _trigger_token(doc.spacy, claim)
        subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None) \
            if tok is not None else None
        if subj is None or not (source.mention.start <= subj.idx < source.mention.end):
            continue  # only officials who speak the act themselves
        _infer(claim, "actor", states.state_of(home))


def _told_by_own_side(doc: Document, claims: list[Claim], states: Index) -> None:
    """An act with no doer named, told by a side's government, military or official: the
    speaker's side did it ("reinforcements had been sent to the area", the minister said;
    "air defences shot down several drones", the army spokesman said; "his country would
    provide $1bn"). Not for counts of the dead (victims' officials tell them), not for what
    a side saw others do ("the jets entered the airspace", the military said), and not when
    the act is aimed at or given to the speaker's side. Recorded as inferred from the
    source."""
    codes = {a.id: a.code or a.country for a in doc.actors}
    # an armed group's country is where it fights, not a side it is on ("PKK positions",
    # told by Turkey's defence ministry, are no Turkish target)
    sides = {a.id: a.code or (a.country if a.kind != "armed_group" else None)
             for a in doc.actors}
    for claim in claims:
        source = claim.source
        if claim.actor or claim.negated or source is None or source.actor is None \
                or source.kind not in SPOKESPEOPLE:
            continue
        side = codes.get(source.actor)
        if side is None or side in (sides.get(claim.target), sides.get(claim.recipient)):
            continue
        tok = _trigger_token(doc.spacy, claim)
        if claim.type in OWN_ACTS:
            pass
        elif claim.subtype in OWN_FORCE and claim.target is not None:
            pass  # force with a known victim on the other side
        elif claim.subtype in OWN_FORCE and claim.certainty == "denied":
            pass  # "denied that civilians had been targeted": a side denies its own act
        elif claim.subtype in ("casualties", "combat") and _enemy_fallen(tok):
            pass  # "several of the assailants were neutralised": the side that fought them
        else:
            continue
        if tok is None or tok.lemma_.lower() in SUFFERED or not _doer_left_out(
                tok, aimed=claim.target is not None and claim.subtype in OWN_FORCE):
            continue
        state = states.state_of(side)
        actor = state.id if state is not None else source.actor
        claim.actor = actor
        claim.inferred.setdefault("actor", "source")


# the other side's fighters, named by what they did to the speaker's ("the assailants")
HOSTILE_FIGHTERS = ARMED_NOUNS | {"assailant", "attacker", "terrorist", "bandit", "raider",
                                  "kidnapper", "infiltrator", "insurgent", "extremist"}


def _enemy_fallen(tok) -> bool:
    """Are the ones killed by a passive trigger hostile fighters, by their noun ("80
    terrorists were neutralised", "several of the attackers had been killed")?"""
    if tok is None or tok.pos_ != "VERB":
        return False
    for subj in (c for c in tok.children if c.dep_ == "nsubjpass"):
        nouns = [subj] + [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"]
        if any(n.lemma_.lower() in HOSTILE_FIGHTERS for n in nouns):
            return True
    return False


# acts done by saying them: their doer is whoever the sentence quotes
SPEECH_ACTS = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "PROTEST"}


# a sentence opening on a pronoun goes on with the people of the account before it
CONTINUING = {"they", "he", "she"}


def _account_goes_on(doc: Document, claims: list[Claim], sents: list,
                     sent_of: dict[int, int]) -> None:
    """ "Witnesses said hundreds of armed men arrived at dawn and overran the base. They set
    fire to the market": a sentence that names no source, right after one (in the same
    paragraph) whose every claim one named source reported, and that opens on a pronoun for
    the people of that account, goes on with that source's account, as a reader takes it.
    The source, its cue and the certainty reported are carried, recorded as inferred
    (`{"source": claim id}`). `sent_of` numbers sentences from 1 (`sents[n - 1]`)."""
    by_sent: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sent.setdefault(sent_of[id(claim)], []).append(claim)
    for n, told in sorted(by_sent.items()):
        before = by_sent.get(n - 1)
        if not before or n < 2:
            continue
        prev_sent, sent = sents[n - 2], sents[n - 1]
        if "\n" in doc.text[prev_sent.start_char:sent.start_char]:
            continue  # a new paragraph starts a new account
        if sent[0].lower_ not in CONTINUING:
            continue  # (a sentence naming its own subjects is the author's again)
        names = {(c.source.name or "").lower() for c in before}
        prev = before[-1]
        if len(names) != 1 or prev.source.kind in ("author", "document") \
                or prev.certainty != "reported" or prev.cue is None:
            continue
        for claim in told:
            if claim.source.kind == "author" and claim.cue is None \
                    and claim.certainty == "asserted" and not claim.negated:
                claim.source, claim.cue, claim.certainty = prev.source, prev.cue, "reported"
                claim.inferred.setdefault("source", prev.id)


def _spoken_by_source(doc: Document, claims: list[Claim]) -> None:
    """A speech act with no doer parsed, told by a verb that shares its subject ("Islamabad
    said two children were killed, and condemned the strike"; "X says ..., warns Y"): the
    coordinated verb is the speaker's own, whatever clause the parse hung it on. Recorded as
    inferred from the source."""
    if not any(c.type in SPEECH_ACTS and not c.actor for c in claims):
        return
    for claim in claims:
        source = claim.source
        if claim.type not in SPEECH_ACTS or claim.actor or claim.negated or source is None \
                or source.actor is None or source.kind in ("author", "media", "document") \
                or source.actor in (claim.target, claim.recipient):
            continue
        tok = _trigger_token(doc.spacy, claim)
        if tok is None or tok.pos_ != "VERB" or tok.dep_ != "conj" or tok.tag_ == "VBN" \
                or any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            continue
        claim.actor = source.actor
        claim.inferred.setdefault("actor", "source")


def _doer_left_out(tok, aimed: bool = False) -> bool:
    """The trigger names no doer of its own, or names it only as the speaker's own forces:
    a passive ("had been sent"), a bare noun ("reinforcements"), "its forces", "troops";
    for force `aimed` at another side, also unmarked arms ("aircraft struck PKK positions",
    the ministry said). The doer may be named up the clause ("are believed to have carried":
    the believed subject) or by the noun a participle describes ("Rwandan troops, deployed
    in ...")."""
    if tok.pos_ == "NOUN" and any(t.type == "AID" for t in triggers().get(
            (tok.lemma_.lower(), "NOUN"), ())):
        return False  # "new military assistance": as often the speaker's side receives it
    head = tok
    while True:  # (up the clause, a raised subject: "X is believed to have carried")
        deps = ("nsubj", "expl") if head is tok else ("nsubj", "nsubjpass", "expl")
        subj = next((c for c in head.children if c.dep_ in deps), None)
        if subj is None and head.dep_ == "acl" and head.tag_ == "VBN":
            subj = head.head  # "troops deployed in the province": the troops
        if subj is not None or head.dep_ not in ("xcomp", "conj") or head.head is head:
            break
        head = head.head
    if subj is None or subj.lower_ in ("we", "i"):
        return True
    if subj.pos_ == "PRON" or any(c.dep_ == "poss" and c.tag_ == "WP$" for c in subj.children):
        return False  # "whose vessels carried": another party's
    owned = any(c.dep_ == "poss" and c.lower_ in MY_OWN for c in subj.children)
    marked = any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ in ("PROPN", "ADJ")
                 and c.lower_ not in ("armed", "special") for c in subj.children)
    kinds = ("troops", "weapons") if aimed else ("troops",)
    return owned or (noun_classes().get(subj.lemma_.lower()) in kinds and not marked)


def _trigger_token(sp, claim: Claim):
    """The claim's trigger as a token of the parse (its first), or None."""
    span = sp.char_span(claim.trigger.start, claim.trigger.end, alignment_mode="expand") \
        if claim.trigger is not None else None
    return span[0] if span is not None and len(span) else None


def _weapons_tests(doc: Document, claims: list[Claim]) -> None:
    """In a story of a weapons test, a missile fired or launched at no one is the test
    (PLOVER MOBILIZE, weapons), not an attack: "the missile was fired from near Pyongyang
    and fell into the sea"."""
    if not weapons_test_story(doc.spacy):
        return
    for claim in claims:
        if claim.type == "ASSAULT" and claim.subtype == "attack" and claim.target is None \
                and claim.trigger is not None and claim.trigger.text.lower() in LAUNCHING:
            claim.type, claim.mode, claim.subtype = "MOBILIZE", "weapons", None



# acts a condemnation can name back by a generic noun ("condemned the incident", "called it
# a provocative move"), beside the event nouns of triggers.tsv
REFERRING = {"incident", "move", "act", "action", "operation", "aggression", "provocation",
             "launch", "incursion", "violation", "escalation", "intrusion", "firing"}
REFERRING_PRONOUNS = {"it", "this", "that", "what"}
CONDEMNABLE = ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN")
DEFINITE = {"the", "this", "that", "these", "those"}


def _condemned_acts(doc: Document, claims: list[Claim]) -> None:
    """An accusation naming no party but an act told before ("condemned the launch",
    "described it as a provocation", "the strikes may breach international law", "the
    test drew condemnation from Seoul"): it is aimed at that act's author, taken from the
    nearest earlier claim of the same trigger word, else the nearest act of force.
    Recorded as inferred from that claim."""
    sp = doc.spacy
    codes = {a.id: a.code or a.country for a in doc.actors}
    for n, claim in enumerate(claims):
        if claim.type != "ACCUSE" or claim.target or claim.negated or claim.trigger is None:
            continue
        trigger = _trigger_token(sp, claim)
        if trigger is None:
            continue
        owner = _act_owner(doc, trigger, claim.actor)
        if owner is not None:
            claim.target = owner  # "condemned what they called an Israeli attack"
            continue
        ref = _act_named(trigger)
        if ref is None:
            continue
        acts = [p for p in reversed(claims[:n]) if p.type in CONDEMNABLE and p.actor
                and p.actor != claim.actor and not p.negated and p.kind != "statement"
                and (codes.get(p.actor) is None or codes.get(p.actor) != codes.get(claim.actor))]
        lemma = ref.lemma_.lower()
        prev = next((p for p in acts if _trigger_lemma(sp, p) == lemma), None) or \
            next(iter(acts), None)
        if prev is not None:
            _set(claim, "target", prev.actor, prev)


def _act_owner(doc: Document, trigger, actor: str | None) -> str | None:
    """The party an accusation's act noun names as its author by a word or possessor before
    it ("an Israeli attack", "Russia's strikes"), if another than the accuser."""
    spans = [(m.start, m.end, a.id) for a in doc.actors for m in a.mentions]
    for tok in trigger.subtree:
        if tok.i == trigger.i or tok.pos_ != "NOUN" or not _act_noun(tok) \
                or tok.i - trigger.i > OWNER_REACH or tok.i < trigger.i:
            continue
        for mod in tok.children:
            if mod.dep_ not in ("amod", "poss", "compound"):
                continue
            found = next((aid for start, end, aid in spans
                          if start <= mod.idx < end and aid != actor), None)
            if found is not None:
                return found
    return None


#: how many words after an accusation its act noun may lie ("condemned what they called an
#: Israeli attack")
OWNER_REACH = 8


def _act_named(tok):
    """The word by which an accusation names the act it condemns, if it names one: its
    object, its subject ("the strikes may breach ..."), "about/over X", or, for a noun
    ("drew condemnation"), the subject of its verb or its "of X"."""
    cands = [c for c in tok.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    cands += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("about", "over", "of")
              for g in c.children if g.dep_ == "pobj"]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        cands += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() in REFERRING:
        cands.append(tok.head)  # "what the Pentagon called a provocative move"
    for c in cands:
        if c.lower_ in REFERRING_PRONOUNS and c.dep_ != "nsubj":
            return c
        if c.pos_ != "NOUN" or not (_act_noun(c) and any(
                d.dep_ == "det" and d.lower_ in DEFINITE or d.dep_ == "poss"
                and d.ent_type_ in ("DATE", "TIME") for d in c.children)):
            continue
        return c
    return None


def _act_noun(tok) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in REFERRING or any(t.type in CONDEMNABLE and t.kind == "event"
                                     for t in triggers().get((lemma, "NOUN"), ()))


def _trigger_lemma(sp, claim: Claim) -> str | None:
    tok = _trigger_token(sp, claim)
    return tok.lemma_.lower() if tok is not None else None
