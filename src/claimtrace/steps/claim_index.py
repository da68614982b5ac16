"""Who a noun phrase names: the `Index` of what earlier steps found, by token, and the
reading of a phrase as an actor (its head, its modifiers, a pronoun, a definite
description such as "the group", generic fighters, bare "troops"). Shared by the roles
of a claim (`claim_roles`) and the steps that attach its other parts.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from ..actors_lexicon import load_lexicon
from ..attribution_lexicon import REPORT_CUES, SOURCE_NOUNS
from ..model import Actor, Document
from .actors_coref import leading_state, state_actor
from .actors_names import apposed_name
from .claim_lexicon import noun_classes, triggers
from .claim_words import PLACE_ENTS

_UNSET = object()

PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "they": "any", "it": "any", "his": "person", "its": "any", "their": "any"}

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")

# generic names of irregular fighters, read as the document's leading armed group
ARMED_NOUNS = {"rebel", "militant", "insurgent", "jihadist", "gunman", "paramilitary",
               "militia", "militiaman", "guerrilla", "islamist"}

# nouns naming others by their relation to the possessor ("Kyiv's partners", "its allies")
RELATIONAL = {"partner", "ally", "neighbour", "neighbor", "enemy", "foe", "opponent", "rival",
              "backer", "supporter", "critic", "adversary", "sponsor", "patron", "proxy"}

# what the parties of a mutual act are called when named by their number ("the two sides")
PARTY_NOUNS = {"country", "side", "nation", "government", "state", "party", "neighbour",
               "neighbor", "army", "leader", "minister", "delegation", "capital", "president"}

# what a definite description can name, by its head noun
DESCRIBED = {"agency": ("government_body", "organization", "media"),
             "ministry": ("government_body",), "department": ("government_body",),
             "service": ("government_body",), "office": ("government_body",),
             "military": ("military_unit", "government_body"), "army": ("military_unit",),
             "group": ("armed_group", "organization"), "network": ("organization",),
             "movement": ("armed_group", "organization"),
             "alliance": ("armed_group", "organization"), "coalition": ("armed_group",),
             "organization": ("organization",), "committee": ("organization",),
             "militia": ("armed_group",), "broadcaster": ("media",),
             "newspaper": ("media",), "outlet": ("media",)}

GENERIC_BODIES = {"agency", "service", "military"}

# a state's forces named by their institution alone ("the military", "police", "the navy"),
# and those named by two words ("coast guard", "air force", "border guard")
STATE_FORCES = {"military", "police", "army", "navy", "gendarmerie", "coastguard"}
FORCE_QUALIFIERS = {"national", "federal", "state"}
QUALIFIED_FORCES = {"guard": {"coast", "border", "national"}, "force": {"air"},
                    "enforcement": {"law"}}
# members or units of such a force ("police officers", "coast guard crews")
FORCE_MEMBERS = {"crew", "officer", "personnel", "unit", "vessel", "ship", "boat", "patrol"}

# participles that make a hyphenated nationality the owner of what they describe
# ("Chinese-owned factories", "Turkish-linked targets"); "Iran-backed" names a backer only
OWNING = {"own", "owned", "link", "linked", "run", "operate", "operated", "affiliate",
          "affiliated", "connect", "connected", "manage", "managed", "staff", "staffed"}

# words that name a part of a group by quantity ("several of its soldiers")
PARTITIVES = {"some", "several", "many", "most", "all", "dozens", "hundreds", "thousands",
              "scores", "none", "one", "half", "majority", "number", "each", "both", "few"}


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
        # (a site no gazetteer knows, "St. Francis Xavier Catholic Church", is entered, not
        # taken: only places with an entry of their own count as territory)
        sp.user_data[PLACE_TOKENS_KEY] = frozenset(
            i for i, pid in self.place_at.items()
            if self.places[pid].located_by == "gazetteer")
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
            actor = self.actors_by_code[entry.code] = state_actor(self.doc, entry)
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

    def sides(self) -> tuple[str, str] | None:
        """The two states a story of a war or a dispute sets against each other: the home
        state (else the most named) and the one facing it, if the document has such a pair."""
        top = self.home_code() or next(iter(self._state_counts().most_common(1)), (None,))[0]
        other = self.opponent_code(top)
        return (top, other) if top and other else None

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
            return antecedent(tok, self)
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



def both_parties(tok) -> bool:
    """ "the two countries", "both sides", "the two governments", "the sides": the parties
    of a mutual act, named by their number, not by name."""
    if tok.lemma_.lower() not in PARTY_NOUNS:
        return False
    if any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod")
           for c in tok.children):
        return True
    # "the sides agreed", "the neighbours fought two wars": a war's sides, named by the
    # definite plural alone
    return tok.lemma_.lower() in ("side", "neighbour", "neighbor") and tok.tag_ == "NNS" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in ("amod", "compound", "poss", "nummod", "prep") for c in tok.children)



def subject(tok, *, own: bool = False):
    # the subject nearest the verb: a dateline ("KYIV, April 24 - Russia launched") can
    # be parsed as a second subject further away
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        return min(subjects, key=lambda c: abs(tok.i - c.i))
    if not own and tok.dep_ == "conj" and tok.head is not tok:
        return subject(tok.head)
    if not own and tok.dep_ == "xcomp" and tok.head.dep_ == "acomp" and tok.head.pos_ == "ADJ":
        return subject(tok.head.head)  # "the troops are due to leave": the copula's subject
    return None



def present_relative(tok) -> bool:
    """A relative clause in the present ("gangs that give up their weapons", "communities
    that back the rebels"): who a group is, by what it would do, no act told."""
    return tok.dep_ == "relcl" and tok.tag_ in ("VBP", "VBZ")


SENTENCE_STARTS_KEY = "claimtrace.sentence_starts"
PLACE_TOKENS_KEY = "claimtrace.place_tokens"


def placed(tok) -> bool:
    """Is the word a place the places step resolved, or one the model tags as a place? A
    town the model takes for an organization or a plural noun ("Arakan Army takes
    Paletwa") is a place all the same once the gazetteer knows it."""
    return tok.ent_type_ in PLACE_ENTS or tok.i in tok.doc.user_data.get(PLACE_TOKENS_KEY, ())


def sentences_back(sdoc, i: int, back: int):
    """The first token of the sentence `back` sentences before the one holding token `i`
    (of the first sentence when there are fewer). Sentence starts are listed once per
    document and kept in the Doc's user data: the claims step asks this of many words."""
    starts = sdoc.user_data.get(SENTENCE_STARTS_KEY)
    if starts is None:
        starts = sdoc.user_data[SENTENCE_STARTS_KEY] = [s.start for s in sdoc.sents]
    here = bisect_right(starts, i) - 1
    return sdoc[starts[max(0, here - back)]]


def child_of(tok, dep: str):
    """The first child of `tok` with dependency `dep`, or None."""
    return next((c for c in tok.children if c.dep_ == dep), None)


def no_one(tok) -> bool:
    """A subject that is no one: "nobody", "none", "no group", "no one"."""
    return tok.lower_ in ("nobody", "none") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children)



def named_again(noun) -> bool:
    """"the injured", "the dead": the victims of an act already told, named again with no
    count of their own (a count makes a toll: "the 12 injured")."""
    return noun.lower_ in ("injured", "wounded", "dead") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
        c.dep_ == "nummod" for c in noun.children)


def prep_object(tok, word: str):
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
        return antecedent(tok, index)
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
        return actor_in(tok.head.head, index, strict)
    if tok.lower_ in ("which", "whom") and tok.dep_ == "pobj":
        # "20 drones, several of which were shot down": the noun the clause is about
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:
            return actor_in(clause.head, index, strict)
    if tok.i in index.actor_at:
        return index.actor_at[tok.i]
    whole = _partitive_whole(tok)
    if whole is not None:
        # "80 of the group's fighters", "23 of its soldiers": whose the whole is
        return actor_in(whole, index, strict)
    if tok.lemma_.lower() in RELATIONAL:
        return None  # "Kyiv's Western partners": not Kyiv
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    for child in mods + [g for c in mods if c.dep_ == "compound" for g in c.children
                         if g.dep_ in ("amod", "compound")]:
        # "Russian warplanes", "two Russian fighter jets" (a modifier of the compound)
        if child.i in index.actor_at:
            return index.actor_at[child.i]
    for child in mods:
        if child.lemma_.lower() in OWNING or child.lower_ in OWNING:
            # "Chinese-owned factories": the nationality before the hyphen owns them
            owner = next((g for g in child.children if g.dep_ in ("npadvmod", "compound",
                          "amod") and g.i < child.i and g.i in index.actor_at), None)
            if owner is not None:
                return index.actor_at[owner.i]
    owners = [c for c in tok.children if c.dep_ == "poss"] + [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"]
    for owner in owners:
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in owner.children):
            # "the ministry said units of its Southern group ...": the reporter's own body,
            # not an earlier group
            found = _reporter_of(owner, index)
            if found is not None:
                return found
            continue
        # "the group's leaders", "members of the movement": the body named before
        found = index.pronoun(owner) if owner.lemma_.lower() in DESCRIBED else None
        if found is not None:
            return found
    if strict:
        return None
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        # "Eritrea, whose troops fought alongside federal forces": the noun the relative
        # clause describes owns them
        clause = tok.head
        while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl" and (found := actor_in(clause.head, index)) is not None:
            return found
    owner = next((c for c in tok.children if c.dep_ == "poss"
                  and c.lower_ in ("its", "their", "his", "her")), None)
    if owner is not None and noun_class(tok) in ("troops", "weapons", "assault"):
        # "its forces recaptured Sudzha", "their fighters overran the base", "its sea drones
        # shot down two jets": whose they are (the reporter's, in "JNIM said its ...")
        found = _reporter_of(tok, index) or antecedent(owner, index)
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
    force = _state_force(tok) if owner is None and tok.dep_ in SUBJECT_DEPS else None
    if force is not None:
        # "the coast guard rammed the boats", "police arrested two suspects", "a military jet
        # dropped a bomb": the force named so before ("China Coast Guard"), else the home
        # state's
        found = _named_force(tok, force, index)
        if found is None:
            found = index.home()
            if found is not None:
                index.home_tokens.add(tok.i)
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
        if t.lower_ in ("which", "whom") and t.dep_ == "pobj" and t.head.head is tok:
            return actor_in(t, index)  # "several of which"
    return None



def _state_force(tok) -> str | None:
    """The name of a state's force a noun phrase names with no owner or nationality: the
    head itself ("the military", "police", "the coast guard") or a modifier of its
    crews, units or aircraft ("coast guard crews", "a military jet"); None otherwise."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    if any(c.dep_ in ("poss", "nmod") or c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE")
           for c in list(tok.children) + [g for m in mods for g in m.children]):
        return None  # "Chinese coast guard", "Russia's military": the owner decides
    name = _force_name(tok)
    if name is not None:
        return name
    if noun_class(tok) in ("weapons", "people", "troops") or tok.lemma_.lower() in FORCE_MEMBERS:
        return next((n for n in map(_force_name, mods) if n is not None), None)
    return None


def _force_name(tok) -> str | None:
    """ "military", "police", "coast guard", "air force" for a word heading such a name."""
    lemma = tok.lemma_.lower()
    first = next((c.lower_ for c in tok.children if c.dep_ == "compound"), None)
    if lemma in STATE_FORCES and (first is None or first in FORCE_QUALIFIERS):
        return f"{first} {lemma}" if first else lemma
    if lemma in QUALIFIED_FORCES and first in QUALIFIED_FORCES[lemma]:
        return f"{first} {lemma}"
    return None


def _named_force(tok, force: str, index: Index) -> Actor | None:
    """The nearest earlier actor of a state whose name ends with the force's ("the coast
    guard" after "the China Coast Guard")."""
    for i in range(tok.i - 1, -1, -1):
        actor = index.actor_at.get(i)
        if actor is not None and actor.kind in ("military_unit", "government_body") and (
                actor.code or actor.country) and actor.name.lower().endswith(force) and \
                actor.name.lower() != force:
            return actor
    return None


def _partitive_whole(tok):
    """The whole of a part named by its number or a quantifier: "30 of the soldiers" ->
    soldiers, "most of its fighters" -> fighters (not "which": that is the clause's noun)."""
    if not (tok.pos_ == "NUM" or tok.lemma_.lower() in PARTITIVES):
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = pobj(of) if of is not None else None
    if whole is None or whole.lower_ in ("which", "whom", "them", "those"):
        return None
    return whole



def _report_verb(tok):
    """The nearest verb of reporting above `tok` (the report its clause is), or None."""
    return next((anc for anc in tok.ancestors
                 if anc.lemma_.lower() in REPORT_CUES and anc.pos_ in ("VERB", "AUX")), None)


def _reporter_of(tok, index: Index) -> Actor | None:
    """The actor whose report the clause of `tok` is ("JNIM said its fighters ...")."""
    report = _report_verb(tok)
    subj = next((c for c in report.children if c.dep_ == "nsubj"), None) \
        if report is not None else None
    if subj is None or subj.lower_ in PRONOUNS:
        return None
    if subj.tag_ in ("NNS", "NNPS") and any(c.dep_ == "poss" and c.lower_ == "its"
                                            for c in tok.children):
        return None  # "its officers boarded a boat, Taiwanese officials said": "its" is no
        # plural reporter's (the body named before is meant)
    return actor_in(subj, index, strict=True) or (
        actor_in(subj, index) if subj.lemma_.lower() in ARMED_NOUNS else None) \
        or index.pronoun(subj)  # "the group said its forces ..."



def _described_reporter(tok):
    """The subject of the report the clause of `tok` is, when it is one person described
    by an office and not named ("Ukraine's top commander", "the regional governor")."""
    report = _report_verb(tok)
    subj = subject(report, own=True) if report is not None else None
    if subj is not None and subj.tag_ == "NN" and subj.ent_type_ != "PERSON" \
            and SOURCE_NOUNS.get(subj.lemma_.lower()) in ("official", "military") \
            and not any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in subj.children):
        return subj
    return None


def _described_side(who, index: Index) -> Actor | None:
    """The state a description names by a possessive or modifier ("Ukraine's top
    commander", "the Ukrainian governor"): a state actor written there, else the country
    of the actor the description was read as."""
    for c in who.children:
        if c.dep_ in ("poss", "compound", "amod"):
            state = next((a for a in index.doc.actors if a.kind == "state" and any(
                m.start <= c.idx < m.end for m in a.mentions)), None)
            if state is not None:
                return state
    described = index.actor_at.get(who.i)
    return index.state_of(described.country) if described is not None else None


def noun_class(tok) -> str | None:
    return noun_classes().get(tok.lemma_.lower())



def antecedent(tok, index: Index) -> Actor | None:
    """The actor a pronoun refers to: for a pronoun opening its sentence, the subject of
    the sentence before (if it fits); else the nearest earlier fitting actor."""
    want = PRONOUNS[tok.lower_]
    sent = tok.sent
    if tok.lower_ in ("they", "their") and any(both_parties(t) for t in sent[:tok.i - sent.start]):
        return None  # "the two countries completed their swap": both, not one actor
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
        described = _described_reporter(tok) if want == "person" else None
        if described is not None:
            # "Ukraine's top commander said he had ordered ...": "he" is that speaker, whom
            # no name gives; the side the description names acts (no earlier person does)
            actor = actor_in(described, index)
            return actor if actor is not None and (actor.code or actor.country) else \
                _described_side(described, index) or actor
    if tok.i - sent.start <= 2 and sent.start > 0:
        prev = tok.doc[sent.start - 1].sent
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
                actor = actor_in(t, index, strict=True) if t.lower_ not in PRONOUNS else None
                if actor is not None and (actor.kind == "person") == (want == "person"):
                    return actor
    if tok.dep_ == "poss":
        found = _clause_subject(tok, index, want)
        if found is not None:
            return found
    for i in range(tok.i - 1, max(-1, tok.i - 120), -1):
        actor = index.actor_at.get(i)
        if actor is None:
            continue
        if not _fits(actor, want):
            continue  # ("it" and "they" name no single person: '"They came and started
            # shooting," she said')
        return actor
    return None


def _clause_subject(tok, index: Index, want: str) -> Actor | None:
    """For a possessive, the subject of its clause or of the clause it is coordinated with:
    "JNIM stepped up attacks across the Sahel, and its fighters attacked a post" (JNIM, not
    the nearer Sahel). None when that subject is itself a pronoun (its own antecedent
    decides)."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None:
        subj = subject(verb, own=True)
        if subj is not None and tok not in subj.subtree:
            if subj.lower_ in PRONOUNS:
                return None
            actor = actor_in(subj, index, strict=True)
            if actor is not None and _fits(actor, want):
                return actor
        verb = verb.head if verb.dep_ == "conj" and verb.head is not verb else None
    return None


def _fits(actor: Actor, want: str) -> bool:
    """Whether an actor can be what a pronoun of kind `want` ("person", "any") names."""
    return actor.kind == "person" if want == "person" else actor.kind not in ("media", "person")


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
                or actor.kind == "armed_group"  # "the group" after "the RSF"
                or _called(tok.doc[i], noun, actor, index)):
            return actor
    return None


def _called(tok, noun: str, actor: Actor, index: Index) -> bool:
    """Is the name `tok` is part of described in apposition by a phrase headed by `noun`
    ("the Coordination of Resistance Committees, a local volunteer group", also when the
    parse hangs the apposition on a place after the name: "... in El Fasher, a local
    volunteer group")?"""
    return any(t.dep_ == "appos" and t.lemma_.lower() == noun
               and index.actor_at.get(apposed_name(t).i) is actor for t in tok.sent)


# participles and adjectives of harm to people ("wounded", "injured", "dead", "killed")
CASUALTY_WORDS = {"wound", "wounded", "injure", "injured", "dead", "kill", "killed"}


def counted_victims(tok) -> bool:
    """ "27 wounded people", "dozens of injured civilians": a casualty adjective on people
    the text counts tells casualties, whatever the verb ("the clinic received ...")."""
    noun = tok.head
    if not (tok.pos_ == "ADJ" or tok.tag_ == "VBN") or tok.dep_ != "amod" \
            or tok.lemma_.lower() not in CASUALTY_WORDS or noun_classes().get(
            noun.lemma_.lower()) not in ("people", "troops"):
        return False
    counted = any(c.dep_ == "nummod" for c in noun.children) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "of"
        and (noun.head.head.like_num or noun.head.head.lower_ in PARTITIVES))
    # ("captured two wounded soldiers", "evacuated 20 wounded": the act done to them is the
    # event told, the wounds describe them; "the clinic received 27 wounded" tells them)
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    return counted and (verb is None or not any(
        row.type in DONE_TO_PEOPLE for row in triggers().get((verb.lemma_.lower(), "VERB"), ())))


# events that take people as their object and tell of them by themselves
DONE_TO_PEOPLE = {"COERCE", "ASSAULT", "MOBILIZE", "RETREAT"}


# entity labels of a party a noun may name ("Beijing's involvement", "the Israeli account")
PARTY_ENTS = ("GPE", "NORP", "ORG", "PERSON")


def named_party(noun, preps, *, deps=("prep",), named_object=False):
    """The party a noun names: a name on it ("Beijing's involvement", "the Israeli
    account"), else the object of one of `preps` hung on it by one of `deps` ("claims by
    Moscow"), which must itself be a name when `named_object`; None when it names none."""
    return next((c for c in noun.children if c.dep_ in ("poss", "amod", "compound")
                 and c.ent_type_ in PARTY_ENTS), None) or next(
        (g for c in noun.children if c.dep_ in deps and c.lower_ in preps
         for g in c.children if g.dep_ == "pobj" and (
             not named_object or g.ent_type_ in PARTY_ENTS)), None)
