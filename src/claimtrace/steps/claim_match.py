"""Which trigger row a word is: the lexicon's rows for its lemma (and surface form), the
first whose object class fits (`triggers.tsv`, `nouns.tsv`). The class comes from the word's
object, subject or particle ("supplied shells" -> weapons, "pushed back" -> back, "came
under fire" -> under_fire); some classes are tests of the parse (a forecast, a labelled
act, a charge, a weapons test's flight)."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..timex_tense import FUTURE_MODALS
from .claim_discourse import weapons_test_story
from .claim_index import (CASUALTY_WORDS, counted_victims, named_again, placed,
                          present_relative, sentences_back)
from .claim_lexicon import Trigger, noun_classes, triggers
from .claim_modality import (charged_attr, forecast, labelled, names_a_charge,
                             object_labelled, pledged_by, praised, purpose_clause)
from .claim_stance import FALSEHOODS
from .claim_roles import SUBJECT_DEPS, subject
from .claim_words import PROTESTERS, RETALIATING

if TYPE_CHECKING:
    from spacy.tokens import Token


# what a weapons test's sentences are about: "it fell outside the zone", "the flight lasted
# 86 minutes", "Kim oversaw the launch", "reached an altitude of 7,000 km"
FLIGHT_WORDS = {"missile", "rocket", "icbm", "projectile", "warhead", "flight", "launch",
                "test", "firing", "altitude", "apogee", "launches", "tests"}


def test_flight(tok) -> bool:
    """In a story of a weapons test, a word telling the test's flight or its oversight."""
    if not weapons_test_story(tok.doc):
        return False
    if tok.pos_ == "NOUN":  # "after a record-breaking ICBM flight", "oversaw the launch"
        return tok.lemma_.lower() in ("test", "launch", "flight") and tok.dep_ not in (
            "compound", "npadvmod", "amod")  # not "test-fired"
    subj = subject(tok)
    words = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
    if subj is not None and subj.lower_ == "it":  # "it fell outside the zone"
        return tok.lemma_.lower() in ("fall", "land", "come", "splash") or any(
            w.lower_ in FLIGHT_WORDS for w in words)  # "it reached an altitude of"
    words += [subj] if subj is not None else []
    words += [c for w in list(words) for c in w.children if c.dep_ in ("compound", "poss")]
    return any(w.lower_ in FLIGHT_WORDS for w in words)


def match(tok) -> Trigger | None:
    pos = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}.get(tok.pos_)
    if pos is None:
        return None
    rows = triggers().get((tok.lemma_.lower(), pos), [])
    if tok.lower_ != tok.lemma_.lower():  # surface rows: "taken over", "broke ties"
        rows = rows + triggers().get((tok.lower_, pos), [])
    if not rows:
        return None
    cls = object_class(tok)
    for row in rows:
        if fits(row.object, cls, tok):
            return row
    return None


# verbs whose passive keeps an object, its subject being the receiver ("was given safe
# passage", "were granted asylum", "was shown the footage")
DITRANSITIVE = {"give", "grant", "offer", "award", "promise", "hand", "send", "deny",
                "allow", "show", "pay", "lend", "owe", "tell", "assure", "guarantee"}


#: adjectives that make a strike a stoppage of work ("a general strike"); "hunger strike"
#: and "workers' strike" are classed by their nouns (nouns.tsv)
LABOR_MODIFIERS = frozenset({"general"})


def object_class(tok) -> set[str]:
    """Classes of what the trigger acts on (or, for some verbs, of its subject)."""
    classes = noun_classes()
    out: set[str] = set()
    if tok.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        subj = subject(tok.head) or subject(tok)  # ("are due to leave": the copula's)
        if subj is not None and classes.get(subj.lemma_.lower()):
            out.add(classes[subj.lemma_.lower()] + "_subject")
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and subject(tok, own=True) is None:
        subj = subject(tok)  # "the gunmen numbered about 100 and came on motorcycles"
        if subj is not None and classes.get(subj.lemma_.lower()) == "assailants":
            out.add("assailants_subject")
    if tok.dep_ == "pobj" and tok.head.lower_ == "among":
        out.add("among")  # "the ambassador was among the injured"
    if counted_victims(tok):
        out.add("counted")  # "received 27 wounded people"
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in LABOR_MODIFIERS
                                  for c in tok.children):
        out.add("labor")  # "called a general strike": a stoppage of work, as "hunger strike"
    if tok.dep_ == "pobj" and tok.head.lower_ == "at":
        out.add("at_head")  # "has been at war with the army since 2023"
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and any(
            c.dep_ in ("poss", "amod", "compound") or c.dep_ == "prep" and c.lower_ == "of"
            for c in tok.children):
        out.add("under_head")  # "was under its control", "under Russian control" (not a fire
        # "brought under control")
    if tok.dep_ == "acl" and classes.get(tok.head.lemma_.lower()):
        # "missiles fired at Kharkiv": the noun the participle modifies is its object
        out.add(classes[tok.head.lemma_.lower()])
    if tok.dep_ == "relcl" and classes.get(tok.head.lemma_.lower()) and any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in tok.children):
        # "people who had gathered for prayers": the relative pronoun is the noun, as subject
        out.add(classes[tok.head.lemma_.lower()] + "_subject")
    if tok.dep_ == "relcl" and classes.get(tok.head.lemma_.lower()) and (any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("that", "which")
            for c in tok.children) or _object_gap(tok)):
        # "the treaty that Kim and Putin signed": the relative pronoun stands for the noun;
        # "the missile it fired on Monday": so does the gap where the object would be
        out.add(classes[tok.head.lemma_.lower()])
    # "the aircraft would be given safe passage": a passive's subject is then the recipient
    given = tok.lemma_.lower() in DITRANSITIVE and any(
        c.dep_ == "dobj" for c in tok.children) and any(
        c.dep_ == "auxpass" for c in tok.children)  # (not a misparse: "flights have been
    # halted at four airports - ..., the aviation authority said", "authority" as object)
    for child in tok.children:
        if given and child.dep_ == "nsubjpass":
            continue
        if child.dep_ == "agent":
            out.add("by")  # "was alarmed by the strikes"
            # "hit by floods": the agent is the doer, as a subject would be
            out.update(classes[g.lemma_.lower()] + "_subject" for g in child.children
                       if g.dep_ == "pobj" and classes.get(g.lemma_.lower()) == "disaster")
            # "residents were woken by explosions", "the city was rocked by blasts"
            out.update("blast_by" for g in child.children
                       if g.dep_ == "pobj" and classes.get(g.lemma_.lower()) == "blast")
        if child.dep_ in ("dobj", "nsubjpass") and (more := _more_of(child)) is not None:
            out.add(more)  # "an additional 3,000 were sent": more of what was counted before
        if child.dep_ in ("dobj", "nsubjpass", "attr", "dative", "pobj", "prep", "nsubj", "prt",
                          "advmod", "compound", "npadvmod", "xcomp"):
            targets = [child] + [g for g in child.children if g.dep_ in ("pobj", "conj", "prep")
                                 or g.dep_ == "appos" and classes.get(g.lemma_.lower())
                                 == "territory"]  # "had taken Marinka, a town west of ..."
            if child.dep_ == "nsubj" and child.ent_type_ == "PERSON":
                if child.pos_ == "PROPN":
                    out.add("person_subject")  # "Biden lands in Tel Aviv"
                # "Foreign Minister Abbas Araghchi arrived": the title before the name
                targets += [g for g in child.children if g.dep_ == "compound"
                            and g.ent_type_ != "PERSON"]
            targets += [gg for g in targets for gg in g.children if g.dep_ == "prep" and gg.dep_ == "pobj"]
            for t in targets:
                cls = classes.get(t.lemma_.lower())
                if cls:
                    out.add(cls + ("_subject" if child.dep_ == "nsubj" else ""))
                    if cls == "territory" and child.dep_ in ("dobj", "nsubjpass"):
                        out.add("territory_obj")  # "held the town", not "held in the town"
                if cls == "people" and t is child and child.dep_ == "nsubj" and any(
                        a.dep_ == "amod" and a.lower_ in ("armed", "masked") for a in t.children):
                    out.add("assailants_subject")  # "armed men arrived on foot" (stop 31)
                if any(a.dep_ == "amod" and a.lemma_.lower() in CASUALTY_WORDS
                       for a in t.children) and child.dep_ in ("dobj", "nsubjpass"):
                    out.add("wound")  # "received 27 wounded people": as "received the wounded"
                if t.lemma_.lower() in PROTESTERS:  # "fired on protesters", "crowds gathered"
                    out.add("protesters" + ("_subject" if child.dep_ == "nsubj" else ""))
                if child.dep_ in ("dobj", "nsubjpass") and t is child and any(
                        g.dep_ in ("compound", "amod") and g.lemma_.lower() in SEARCHING
                        for g in t.children):
                    out.add("search_op")  # "launched a search operation": forces sent out
                if t.ent_type_ in ("MONEY",) or t.lower_ in ("$", "€", "£"):
                    out.add("money")
                if t.ent_type_ == "WEAPON":
                    out.add("weapons")
                    if child.dep_ == "nsubj":  # "two F-16s flew close to the destroyer"
                        out.add("weapons_subject")
                if t.ent_type_ == "PERSON" and t is child and child.dep_ in ("dobj", "nsubjpass"):
                    out.add("people")  # "released soldier Edan Alexander" (not "a call with X")
            if child.dep_ == "dobj" and any(
                    placed(t) for t in [child] + [
                        g for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"]):
                out.update(("territory", "territory_obj"))  # "took Goma", "most of Goma"
            if child.dep_ == "nsubj" and placed(child) and tok.lemma_.lower() == "fall" \
                    and _fell_plainly(tok):
                out.add("territory_subject")  # "Aleppo fell to the rebels", "Nyala falls"
            if child.dep_ in ("advmod", "npadvmod") and placed(child) \
                    and child.i > tok.i and not any(c.dep_ == "dobj" for c in tok.children):
                # "its troops have taken Toretsk", the name misparsed as an adverb: the object
                out.update(("territory", "territory_obj"))
            if tok.pos_ == "NOUN" and child.dep_ == "prep" and child.lower_ == "of" and any(
                    g.dep_ == "pobj" and placed(g) for g in child.children):
                out.add("territory")  # "the fall of Adan Yabaal": the place an event noun names
            if child.dep_ in ("prt", "advmod") and child.lower_ in (
                    "back", "out", "down", "up", "away", "over", "through") \
                    or child.dep_ == "prep" and child.lower_ in ("out", "through"):
                out.add(child.lower_)  # "pushed out of Kursk", "broke through the lines"
            if child.dep_ in ("prep", "prt") and child.lower_ in ("against", "on", "for", "into",
                                                                  "with") \
                    and not _dated(child):
                out.add(child.lower_)  # ("responded with live ammunition")
            if child.dep_ == "prep" and child.lower_ in ("with", "by", "behind") and any(
                    g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "NORP", "ORG") or any(
                        a.dep_ in ("amod", "compound") and a.ent_type_ in ("GPE", "NORP")
                        for a in g.children))
                    for g in child.children):
                out.add("with_party")  # "Germany stands with Ukraine", "stood with the
                # Syrian government"
            if child.dep_ == "prep" and child.lower_ in ("towards", "toward"):
                out.add("towards")  # "pushed towards the capital": an advance
            if child.dep_ == "prep" and child.lower_ == "at" and any(
                    g.dep_ == "pobj" for g in child.children):
                out.add("at")  # "fired at the convoy", not "aimed at reinforcing"

            if child.dep_ == "xcomp" and child.pos_ == "VERB":
                out.add("to_do")  # "voted to extend the mandate"
            if child.dep_ == "prep" and child.lower_ == "under" and any(
                    classes.get(g.lemma_.lower()) in ("fire", "assault") for g in child.children
                    if g.dep_ == "pobj"):
                out.add("under_fire")  # "came under fire", "came under attack"
    return out


def _object_gap(verb) -> bool:
    """A relative clause with a subject of its own and no object ("the missile it fired"):
    the noun it modifies is its object ("the troops who fought" has no gap)."""
    kids = list(verb.children)
    return verb.pos_ == "VERB" and verb.tag_ != "VBN" \
        and any(c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which") for c in kids) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for c in kids)


def _dated(prep) -> bool:
    """ "on Sunday", "for two days": a preposition that only dates or times the act (no
    "called on Iran", "voted for the plan")."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


ADDING = {"additional", "another", "further", "more", "other"}
# where a visitor is expected besides a named place ("is expected in the region")
HOSTS = {"region", "capital", "country", "city"}
# what a state recognises or withholds recognition of: acts and their outcomes
RECOGNIZED = {"annexation", "referendum", "vote", "result", "election", "outcome",
              "independence", "sovereignty", "incorporation", "ruling", "verdict",
              "jurisdiction", "accession", "declaration"}
# what people gather for when they protest ("gathered for a rally")
RALLYING = {"protest", "rally", "demonstration", "march", "vigil", "sit-in", "strike"}
TIME_WORDS = {"night", "day", "week", "month", "hour", "time", "evening", "morning"}
# what makes a campaign an armed one: "air campaign", "bombing campaign", "drone campaign"
CAMPAIGN_ARMS = {"air", "aerial", "bombing", "bombardment", "drone", "missile", "military",
                 "artillery", "shelling", "strike", "naval"}
# operations that look for someone ("a search operation", "a combing operation")
SEARCHING = {"search", "combing", "cordon", "manhunt", "sweep"}


def _more_of(tok) -> str | None:
    """ "An additional 3,000 were sent", "another 2,000 were deployed", "500 more": a bare
    count of more of something takes the class of the noun the last figure before it
    counted (in this sentence or the two before), else None."""
    if tok.like_num:
        count, marks = tok, [c for c in tok.children if c.lower_ in ADDING]
    elif tok.lower_ == "more":
        count, marks = next((c for c in tok.children if c.like_num), None), [tok]
    else:
        return None
    if count is None or not marks:
        return None
    start = sentences_back(tok.doc, tok.i, 2).i
    classes = noun_classes()
    for t in reversed(tok.doc[start:count.i]):
        if t.like_num and t.dep_ == "nummod" and classes.get(t.head.lemma_.lower()):
            return classes[t.head.lemma_.lower()]
    return None


#: units a charge of explosives is weighed in ("60 to 70 kg of explosives")
WEIGHT_UNITS = {"kg", "kilogram", "kilo", "kilogramme", "tonne", "ton", "pound", "lb"}
#: verbs by which explosives are found rather than set off
FOUND_ARMS = {"seize", "find", "recover", "discover", "confiscate", "defuse", "intercept",
              "store", "stockpile", "smuggle", "buy", "possess"}


#: verbs by which witnesses tell what they heard or saw of an attack ("residents report
#: heavy gunfire", "described loud booms"); not "listen to", "escape" (stop 31)
WITNESSING = {"report", "describe", "hear", "witness"}
SOUNDS = {"gunfire", "explosion", "blast", "boom", "shooting", "shelling"}


def witnessed(tok) -> bool:
    """ "Residents report heavy gunfire and explosions", "described loud booms": sounds of
    an attack as a witness's object (or conjoined to it), the verb not negated; the sound
    told without a party is the event told."""
    obj = tok
    while obj.dep_ == "conj" and obj.head.pos_ in ("NOUN", "PROPN"):
        obj = obj.head
        if obj.lemma_.lower() in SOUNDS:
            return False  # "gunfire and explosions": one attack heard, told by the first
    verb = obj.head
    return (obj.dep_ == "dobj" and verb.lemma_.lower() in WITNESSING
            or obj.dep_ == "nsubj" and verb.lemma_.lower() in SOUNDING) and not any(
        c.dep_ == "neg" for c in verb.children)


#: verbs that tell a sound of fighting going on: "the gunfire began shortly after dawn",
#: "gunfire rang out"
SOUNDING = {"begin", "start", "erupt", "continue", "last", "rage", "intensify", "resume",
            "ring", "echo"}


#: what makes a team a medical one, and the goods handed out as relief
HEALING = frozenset("""health medical surgical humanitarian aid relief""".split())
RELIEF_GOODS = frozenset("""food kit aid supply supplies water blanket tent medicine ration
shelter assistance parcel voucher cash seed""".split())
#: words that open a clause telling when something else happened ("after the gunmen came")
TIME_CLAUSE_WORDS = frozenset({"after", "before", "until", "since", "when", "once"})
#: what is set off in an attack
DETONATED = frozenset("""device charge bomb explosive explosives ied vest belt""".split())
#: what makes impacts a strike's
IMPACTING = frozenset("""missile rocket shell drone bomb artillery""".split())


#: who may be said to belong to a group when the belonging is a charge
ATTACKERS = frozenset("""attacker assailant gunman bomber perpetrator suspect killer
militant hijacker kidnapper abductor both pair man men they those""".split())
GENERIC_PEOPLE = frozenset("""both pair man men they those""".split())


def _attackers_belong(tok) -> bool:
    """ "X was a member of GROUP", "identified X as members of GROUP", X an attacker."""
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            t.pos_ == "PROPN" or t.lower_ in ("group", "gang", "organisation", "organization",
                                               "movement", "militia", "cell")
            for t in c.subtree) for c in tok.children)
    if not named:
        return False
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        who = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in (
            "identify", "name", "describe"):
        who = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
    else:
        return False
    return who is not None and who.lemma_.lower() in ATTACKERS


def _detonated(tok, classes: set[str]) -> bool:
    """ "set off the device", "set off his charge" (not "set off for N'Djamena", "set off the worst
    unrest")"""
    off = next((c for c in tok.children if c.dep_ == "prt" and c.lower_ == "off"), None)
    return off is not None and any(  # ("set off his charge minutes later": misparsed)
        t.lemma_.lower() in DETONATED and off.i < t.i <= off.i + 4 for t in tok.subtree)


def _mass_grave(tok, classes: set[str]) -> bool:
    """A "mass" grave: "mass" as the noun's modifier."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ == "mass" for c in tok.children)


def _strike_impacts(tok, classes: set[str]) -> bool:
    """ "impacts in central Israel", "missile impacts", "17 points of impact" (not "the humanitarian
    impact of the operation")"""
    return tok.tag_ == "NNS" and not any(c.dep_ == "amod" for c in tok.children) or any(
        c.dep_ == "compound" and c.lemma_.lower() in IMPACTING for c in tok.children) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() == "point")


def _arms_laid(tok, classes: set[str]) -> bool:
    """ "laid down their arms", "lay down its weapons" (not "any group that lays down its weapons":
    whoever would; nor "out of laying down")"""
    if present_relative(tok) or tok.tag_ == "VBG" and tok.dep_ == "pcomp":
        return False
    return any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("arm", "arms", "weapon")
        for c in tok.children)


# "Russia fell short", "Kyiv fell silent", "the city fell into chaos", "fell behind",
# "fell victim": a place that falls in some other sense than to a captor
FELL_OTHERWISE = {"short", "behind", "back", "apart", "silent", "quiet", "asleep", "sharply",
                  "victim", "prey", "foul", "flat", "into", "from", "off", "out", "below",
                  "above", "over", "down", "by", "ill", "dark"}


def _fell_plainly(tok) -> bool:
    """A verb of falling with no complement that makes it another sense ("Aleppo fell on
    Thursday", "Nyala falls to the RSF"; not "Russia fell short of its goal")."""
    return not any(c.dep_ in ("acomp", "oprd", "attr", "dobj", "npadvmod", "xcomp", "ccomp")
                   or c.lower_ in FELL_OTHERWISE and c.dep_ in ("prt", "advmod", "prep")
                   for c in tok.children)


def _territory_lost(tok, classes: set[str]) -> bool:
    """ "a week after the junta lost Laukkaing" (not "how Russia lost the Moskva, the flagship of
    its fleet": a ship named like a city) (the town itself the object: "lost a leg near the
    border village" is a wound)"""
    return "territory_obj" in classes and any(
        c.dep_ == "dobj" and (placed(c) or noun_classes().get(c.lemma_.lower())
                              == "territory" or c.lemma_.lower() == "control")
        and not any(a.dep_ == "appos" and noun_classes().get(a.lemma_.lower())
                    in ("weapons", "vessel", "vehicle") for a in c.children)
        for c in tok.children)


def _in_captivity(tok, classes: set[str]) -> bool:
    """Still held: "are believed to remain in captivity"."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.lemma_.lower() == "captivity" for g in c.children) for c in tok.children)


def _people_harmed(tok, classes: set[str]) -> bool:
    """ "no Americans had been harmed" (a toll of none, as "no one was hurt"); not "would not be
    harmed", a promise"""
    return any(c.dep_ == "nsubjpass" for c in tok.children) and (
        bool(classes & {"people", "troops", "civilians"})
        or any(c.dep_ == "nsubjpass" and c.ent_type_ == "NORP" for c in tok.children)) \
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


def _forced(tok, classes: set[str]) -> bool:
    """ "soldiers forcibly evacuated the villagers", "evacuated by force": an expulsion"""
    return any(c.dep_ == "advmod" and c.lower_ in ("forcibly", "forcefully")
               or c.dep_ == "prep" and c.lower_ == "by" and any(
                   g.lemma_.lower() == "force" for g in c.children)
               for c in tok.children)


def _medical_help(tok, classes: set[str]) -> bool:
    """Medical help sought: "59 people had sought medical help", "sought treatment"."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() == "treatment" or c.lemma_.lower()
                                     in ("help", "care", "attention") and any(
        g.dep_ == "amod" and g.lemma_.lower() == "medical" for g in c.children))
        for c in tok.children)


def _signed_to(tok, classes: set[str]) -> bool:
    """Signed: "put their signatures to a commitment", "put their names to the document"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("signature", "name")
               for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)


def _pressed_for(tok, classes: set[str]) -> bool:
    """ "pressed for the freedom of the last student" (not the "PRESS RELEASE - FOR IMMEDIATE
    RELEASE" line)"""
    return tok.pos_ == "VERB" and not tok.is_upper and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) and not any(
        c.dep_ == "dobj" for c in tok.children)  # ("had pressed European allies for
    # months to spend more": the open sets key no request there)


def _medical_team(tok, classes: set[str]) -> bool:
    """A medical team sent: "deployed two mobile health teams", "sent doctors"."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (
        c.lemma_.lower() in ("doctor", "nurse", "medic", "surgeon")
        or c.lemma_.lower() in ("team", "clinic", "unit", "staff", "worker") and any(
            g.dep_ in ("amod", "compound") and g.lemma_.lower() in HEALING
            for g in c.children)) for c in tok.children)


def _relief(tok, classes: set[str]) -> bool:
    """Relief handed out: "will distribute food and shelter kits to 1,500 families"."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RELIEF_GOODS
               for c in tok.children)


def _held_captive(tok, classes: set[str]) -> bool:
    """ "were being held hostage", "was being held at home" (not "the town is held by rebels",
    "talks were held", "troops held in reserve")"""
    passive = any(c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ == "nsubjpass" for c in tok.children) or tok.dep_ == "acl"
    return passive and tok.tag_ == "VBN" and (any(
        t.lemma_.lower() in ("hostage", "captive", "prisoner", "incommunicado")
        for t in tok.children) or any(
        c.dep_ == "prep" and c.lower_ == "at" and not any(
            g.lemma_.lower() in ("base", "basis", "camp", "barracks", "position")
            for g in c.children)  # ("bases" may be lemmatised as "basis")
        for c in tok.children)) and not bool(
        classes & {"talks", "rally", "rite", "territory"})


def _habitual(tok, classes: set[str]) -> bool:
    """ "the hospital also treats civilians": what it does"""
    return tok.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in tok.children)


def _attackers_belong_to(tok, classes: set[str]) -> bool:
    """Attackers said to belong: "the gunmen belonged to sleeper cells run from abroad"."""
    who = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return who is not None and who.lemma_.lower() in ATTACKERS - GENERIC_PEOPLE and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)


def _front_for(tok, classes: set[str]) -> bool:
    """ "regard it as a front for Jaish-e-Mohammed", "believe it is a front for the faction of ...":
    a group said to act for another"""
    return tok.dep_ in ("attr", "pobj", "oprd") and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and g.pos_ == "PROPN" or g.dep_ == "pobj" and any(
                t.pos_ == "PROPN" for t in g.subtree) for g in c.children)
        for c in tok.children) and (tok.dep_ != "pobj" or tok.head.lower_ == "as")


def _assailants_arrive(tok, classes: set[str]) -> bool:
    """ "the gunmen came on motorcycles", "armed men arrived on foot" (not "two weeks after the
    gunmen came", "when the gunmen arrived": the attack as the time of something else)"""
    return "assailants_subject" in classes and not (tok.dep_ in ("advcl", "relcl") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_WORDS for c in tok.children))


def _civilians(tok, classes: set[str]) -> bool:
    """ "hosts thousands of people who fled" (not "hosts US troops", nor "after hosting Hassan
    Sheikh in Cairo": a named guest is a visit)"""
    return "people" in classes and "troops" not in classes and not any(
        c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in tok.children)


def _charge_weighed(tok, classes: set[str]) -> bool:
    """ "the device held 60 to 70 kg of explosives", "put the explosives at up to 350 kg": the bomb
    of an attack told by its charge (not explosives seized, found or defused)"""
    unit = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    beside = tok.head.children if tok.dep_ == "dobj" else ()  # ("put X at 350 kg")
    weighed = unit is not None and unit.lemma_.lower() in WEIGHT_UNITS or any(
        c.dep_ == "prep" and c.lower_ == "at" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in WEIGHT_UNITS for g in c.children)
        for c in (*tok.children, *beside))
    verb = next((t for t in (unit or tok).ancestors if t.pos_ == "VERB"), None)
    return weighed and (verb is None or verb.lemma_.lower() not in FOUND_ARMS)


def _service_halted(tok, classes: set[str]) -> bool:
    """ "services to and from Quetta were suspended", "phone services remain suspended": a service
    stopped with no one said to stop it (not "the charity suspended services at the hospital")"""
    return "service" in classes and not any(
        c.dep_ in ("nsubj", "agent") for c in tok.children)


def _shared_with(tok, classes: set[str]) -> bool:
    """ "would share information with partners", "agreed to share intelligence" (not "figures shared
    by UN agencies", "shared what little bread they had", "an assessment shared among
    governments")"""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in ("intelligence", "information", "data", "expertise",
                                    "technology", "experience") for o in objs) or any(
        p.dep_ == "prep" and p.lower_ == "with" and any(g.dep_ == "pobj" for g in p.children)
        for c in (tok, *objs) for p in c.children)


def _contact_made(tok, classes: set[str]) -> bool:
    """ "had established contact with the abductors" (not "were in contact with handlers", a state,
    nor "after direct contacts with", told before)"""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
        "establish", "make", "initiate", "open", "resume") and "with" in classes


def _concern_raised(tok, classes: set[str]) -> bool:
    """ "raised concerns about shells landing" (not "raised the alarm", a warning)"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("concern", "worry")
               for c in tok.children)


def _call_party(tok, classes: set[str]) -> bool:
    """ "spoke by phone with Erdogan", "speaking to Biden by telephone" (not "Speaking by telephone
    from Gimbi, he said": a witness's interview)"""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to") and any(
        g.dep_ == "pobj" for g in c.children) for c in tok.children) or any(
        c.dep_ == "dobj" for c in tok.children)


def _back(tok, classes: set[str]) -> bool:
    """A withdrawal: "pulled back", "pulled out", "pull troops away from"."""
    return bool(classes & {"back", "out", "away"})


def _waged_fight(tok, classes: set[str]) -> bool:
    """ "would keep up its fight against Israel": the object of a verb, against a named party (not
    "a partner in the fight against terrorism")"""
    return tok.dep_ == "dobj" and any(
        g.dep_ == "pobj" and g.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"
        for g in c.children)


def _for_other(tok, classes: set[str]) -> bool:
    """ "crowds gather for Palm Sunday" (not "for a rally", nor "for a second night")"""
    return any(c.dep_ == "prep" and c.lower_ == "for" and not _dated(c) and any(
        g.dep_ == "pobj" and g.lemma_.lower() not in RALLYING | TIME_WORDS
        and noun_classes().get(g.lemma_.lower()) != "talks"  # ("for talks": a meeting)
        for g in c.children) for c in tok.children)


def _care_given(tok, classes: set[str]) -> bool:
    """ "teams have treated 1,200 patients" (not "40 people were treated for injuries", nor "said it
    treated 60 people": the casualties)"""
    return any(c.dep_ == "nsubj" for c in tok.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "patient" for c in tok.children)


def _armed_campaign(tok, classes: set[str]) -> bool:
    """ "an air campaign", "its drone campaign" (not an election or a "campaign of
    disinformation")"""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in CAMPAIGN_ARMS
               for c in tok.children)


def _equipment(tok, classes: set[str]) -> bool:
    """Weapons, as object or as subject, or the particle "down"."""
    return "weapons" in classes or "down" in classes or "weapons_subject" in classes


def _people(tok, classes: set[str]) -> bool:
    """People or troops as object, or people as subject."""
    return bool(classes & {"people", "troops", "people_subject"})


def _forecast(tok, classes: set[str]) -> bool:
    """A forecast, or a vow to retaliate; not a toll told to grow."""
    if tally_grows(tok):
        return False  # "warned the death toll could rise": the casualties, told by "toll"
    return forecast(tok) or (tok.lemma_.lower() in RETALIATING
                             and pledged_by(tok) is not None)  # "vowed to retaliate"


def _striking_arrival(tok, classes: set[str]) -> bool:
    """ "the drone came shortly after dawn", "the drones came over Shostka": weapons that come with
    no supplier or receiver named ("came from North Korea", "came to Kyiv")"""
    return "weapons_subject" in classes and not _route_words(tok) & {
        "from", "to", "via", "through", "with"}


def _fire_from(tok, classes: set[str]) -> bool:
    """ "the fire came from Houthi positions": fire that comes from a side's ground"""
    return "fire_subject" in classes and "from" in _route_words(tok)


def _supplied_from(tok, classes: set[str]) -> bool:
    """weapons that "came from North Korea" are supplied; "came to Kyiv" alone is not"""
    return "weapons_subject" in classes and "from" in _route_words(tok)


def _falsified(tok, classes: set[str]) -> bool:
    """ "called the footage a fabrication": what is shown, rejected (denied, as a charge called
    false is: "called the accusations lies")"""
    found = object_labelled(tok)
    return found is not None and any(t.lemma_.lower() in FALSEHOODS or t.lower_ in FALSEHOODS
                                     for t in found[1])


def _operation_against(tok, classes: set[str]) -> bool:
    """ "joint operations against the ADF" (not "Operation 1027, launched by ...": the launch tells
    it)"""
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)


def _on_place(tok, classes: set[str]) -> bool:
    """ "had been pressing on Soledar": an advance on a place"""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "toward", "towards") and any(
        g.dep_ == "pobj" and placed(g) for g in c.children)
        for c in tok.children)


def _phoned(tok, classes: set[str]) -> bool:
    """ "Biden called Netanyahu to condemn the attack": a phone call"""
    if tok.dep_ == "relcl" or tok.dep_ == "conj" and tok.head.dep_ == "relcl":
        return False  # "the shoal, which Filipinos call Ayungin and China calls Ren'ai Jiao"
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in tok.children) \
        and not any(c.dep_ in ("oprd", "ccomp", "acomp", "attr") or c.dep_ == "prep"
                    and c.lower_ in ("for", "on", "as") and not _dated(c)
                    for c in tok.children) \
        and not any(c.dep_ == "xcomp" and not purpose_clause(c) for c in tok.children)


def _asked_about(tok, classes: set[str]) -> bool:
    """ "Asked about Serhiivka, Peskov said": a reporter's question"""
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(
        c.dep_.startswith("nsubj") for c in tok.children)


def _described(tok, classes: set[str]) -> bool:
    """ "two army trucks carrying soldiers", "a bus carrying pupils": a participle that describes a
    vehicle (the target of the act told) moves no one"""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and not any(
        c.dep_ == "prt" for c in tok.children)  # ("soldiers carrying out work")


def _describes_troops(tok, classes: set[str]) -> bool:
    """ "soldiers backing Machar", "militias supporting the army": a participle that says whose
    side troops are on, no statement of support"""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and any(
        noun_classes().get(n.lemma_.lower()) == "troops" and n.i < tok.i
        for n in (tok.head, *tok.head.conjuncts))  # ("Kiir and soldiers backing Machar":
    # the parse hangs the participle on the first of the pair)


def _seized_on(tok, classes: set[str]) -> bool:
    """ "the government seized on the findings": made use of them (not "seized the town on
    Monday", "seized on Monday")"""
    return not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) and any(
        c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and not _dated(c)
        for c in tok.children)


# the trade in arms a state halts or stops ("halting exports of weapons to Turkey")
TRADE = {"export", "sale", "delivery", "shipment", "transfer", "supply"}


def _arms_trade(tok, classes: set[str]) -> bool:
    """ "were halting exports of weapons to Turkey", "stopped arms sales": a trade in arms as
    the object (not "halted the advance", "stopped gas supplies")"""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TRADE and any(
        t.lemma_.lower() in ("arm", "arms", "weapon", "munition", "ammunition")
        or noun_classes().get(t.lemma_.lower()) == "weapons" for t in c.subtree if t is not c)
        for c in tok.children)


#: verbs of leaving a place, whose order or telling displaces those told
LEAVING = frozenset({"leave", "move", "evacuate", "flee", "relocate", "depart"})


def _ordered_out(tok, classes: set[str]) -> bool:
    """ "ordered all residents of the northern Gaza Strip to move south", "told residents of
    parts of the city to leave immediately": people ordered or told to leave (not troops,
    whose order to leave is a withdrawal)"""
    return "troops" not in classes and any(
        c.dep_ == "dobj" and c.lower_ not in ("me", "us", "you") for c in tok.children) and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING for c in tok.children)


def _helped_hand(tok, classes: set[str]) -> bool:
    """ "a resident who helped bury the dead", "a vigilante leader who helped carry victims to
    the hospital": a person's own hand in a task, told to introduce a witness; no aid given
    (not "intelligence that helped them plan the attack")"""
    return tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who"
                                       for c in tok.children) \
        and any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" for c in tok.children)


def _journey_only(tok, classes: set[str]) -> bool:
    """ "a nurse who travelled with one of the first ambulances", "the convoy was travelling
    from Islamabad to the camp": a journey with no destination "to", or one from somewhere
    to somewhere, is travel, not a visit ("travelled to Quetta")"""
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    return not preps & {"to", "into"} or "from" in preps


def _checkpoints(tok, classes: set[str]) -> bool:
    """ "soldiers and police set up checkpoints on the roads leading into the town": forces
    posted at checkpoints or roadblocks they set up"""
    return any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("checkpoint", "roadblock")
        for c in tok.children)


def _restored(tok, classes: set[str]) -> bool:
    """ "crews were working to restore supplies": supplies of a utility brought back"""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("restore", "reconnect", "repair")


def _position_taken(tok, classes: set[str]) -> bool:
    """ "takes no position on military action": no stance, no position taken (not "took
    positions on the hill")"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "position"
               and any(d.lower_ in ("no", "any") for d in c.children) for c in tok.children)


def _left_without(tok, classes: set[str]) -> bool:
    """ "leaving part of the town without power": a state left behind, no withdrawal"""
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in DEPRIVED
                              or noun_classes().get(g.lemma_.lower()) in ("utility", "power"))
        for g in c.children) for c in tok.children)


# what people or places are left without ("left thousands without shelter")
DEPRIVED = {"power", "electricity", "water", "food", "shelter", "home", "medicine", "care",
            "access", "help", "aid", "treatment", "internet", "light", "heating", "heat",
            "service", "supply", "communication", "fuel"}


def _jammed_with(tok, classes: set[str]) -> bool:
    """ "roads were jammed with cars": packed, not jammed electronically"""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) and not any(
        c.dep_ == "dobj" for c in tok.children)


def _people_led(tok, classes: set[str]) -> bool:
    """ "armed men marching lines of young men towards trenches": people led, not marching
    themselves"""
    return any(c.dep_ == "dobj" and (noun_classes().get(c.lemma_.lower()) == "people" or any(
        g.dep_ == "pobj" and noun_classes().get(g.lemma_.lower()) == "people"
        for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children))
        for c in tok.children)


def _reflexive(tok, classes: set[str]) -> bool:
    """ "militias were arming themselves": done to the doer itself"""
    return any(c.dep_ == "dobj" and c.lower_ in ("themselves", "itself", "himself", "ourselves")
               for c in tok.children)


def _resistance_met(tok, classes: set[str]) -> bool:
    """ "the advance met little resistance": fighting, not a meeting"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "resistance" for c in tok.children)


def _captives(tok, classes: set[str]) -> bool:
    """ "carrying 65 captured Ukrainian servicemen": prisoners moved, no troops deployed"""
    return any(c.dep_ == "dobj" and any(a.lower_ in ("captured", "detained", "imprisoned")
                                        for a in c.subtree) for c in tok.children)


def _to_gerund(tok, classes: set[str]) -> bool:
    """ "the sides committed to disarming Tigrayan combatants": an act undertaken"""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)
        for c in tok.children)


def _necessary_measures(tok, classes: set[str]) -> bool:
    """ "would take all necessary measures to protect the fishermen" (not "took measures", nor "was
    taking all necessary steps", a precaution told)"""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in tok.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("measure", "step", "action")
        and any(a.lower_ in ("necessary", "appropriate") for a in c.children)
        for c in tok.children)


def _pretext(tok, classes: set[str]) -> bool:
    """ "was meant to justify the killing", "an attempt to justify": a purpose imputed"""
    return tok.dep_ in ("xcomp", "acl", "advcl") and tok.head.lemma_.lower() in (
        "mean", "design", "intend", "attempt", "aim", "bid", "effort")


def _staged(tok, classes: set[str]) -> bool:
    """ "the incident was staged to sow panic" (not "staged a protest", "staged assaults")"""
    return any(c.dep_ == "nsubjpass" for c in tok.children)


def _expected_visit(tok, classes: set[str]) -> bool:
    """A visit expected: "Blinken is expected in the region next week"."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.ent_type_ == "PERSON" and any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
            g.dep_ == "pobj" and (placed(g) or g.lemma_.lower() in HOSTS)
            for g in c.children) for c in tok.children)


def _broken_into(tok, classes: set[str]) -> bool:
    """A place broken into: "had broken into the prison"."""
    return any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children)


def _to_hospital(tok, classes: set[str]) -> bool:
    """ "38 people had been taken to hospital": the wounded ("the injured had been taken to
    hospital": the victims told before, no new toll)"""
    if any(c.dep_ in ("nsubjpass", "dobj") and named_again(c) for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
        g.dep_ == "pobj" and noun_classes().get(g.lemma_.lower()) == "medical"
        for g in c.children) for c in tok.children)


def _unrecognised(tok, classes: set[str]) -> bool:
    """ "will never recognise the annexation" (not "a language they did not recognise", nor
    background in a relative clause)"""
    return tok.dep_ != "relcl" and any(c.dep_ == "neg" for c in tok.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in RECOGNIZED for c in tok.children)


def _rescued(tok, classes: set[str]) -> bool:
    """ "pulled 39 people out of the rubble", "were pulling passengers out": a rescue ("bodies were
    pulled from the river" tell the dead)"""
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("body", "corpse")
           for c in tok.children):
        return False
    return _out_of_wreckage(tok) or any(
        c.dep_ in ("dobj", "nsubjpass") and noun_classes().get(c.lemma_.lower()) == "people"
        for c in tok.children)


def _convened(tok, classes: set[str]) -> bool:
    """A meeting convened: "called an emergency session", not "called the talks useful"."""
    return "talks" in classes and not any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")
                                          for c in tok.children)


#: the needs told by a test of the parse, in the order `fits` tries them
NEEDS: dict[str, Callable[[Token, set[str]], bool]] = {
    "witnessed": lambda tok, classes: witnessed(tok),
    "detonated": _detonated,
    "mass_grave": _mass_grave,
    "strike_impacts": _strike_impacts,
    "arms_laid": _arms_laid,
    "territory_lost": _territory_lost,
    "in_captivity": _in_captivity,
    "people_harmed": _people_harmed,
    "forced": _forced,
    "medical_help": _medical_help,
    "signed_to": _signed_to,
    "pressed_for": _pressed_for,
    "medical_team": _medical_team,
    "relief": _relief,
    "held_captive": _held_captive,
    "habitual": _habitual,
    # "the bomber was a member of the Islamic State group", "said both were PKK members",
    # "identified the attackers as members of the group": whom attackers belong to, a charge
    # against the group (not "a member of the court")
    "membership": lambda tok, classes: _attackers_belong(tok),
    "attackers_belong": _attackers_belong_to,
    "front_for": _front_for,
    "assailants_arrive": _assailants_arrive,
    "civilians": _civilians,
    "charge_weighed": _charge_weighed,
    "service_halted": _service_halted,
    "shared_with": _shared_with,
    "contact_made": _contact_made,
    "concern_raised": _concern_raised,
    "call_party": _call_party,
    "back": _back,
    "waged_fight": _waged_fight,
    "for_other": _for_other,
    "care_given": _care_given,
    "armed_campaign": _armed_campaign,
    "equipment": _equipment,
    "people": _people,
    "test_flight": lambda tok, classes: test_flight(tok),
    "forecast": _forecast,
    "charge": lambda tok, classes: names_a_charge(tok),
    "striking_arrival": _striking_arrival,
    "supplied_from": _supplied_from,
    "falsified": _falsified,
    "operation_against": _operation_against,
    "on_place": _on_place,
    "phoned": _phoned,
    "asked_about": _asked_about,
    "described": _described,
    "captives": _captives,
    "describes_troops": _describes_troops,
    "seized_on": _seized_on,
    "people_led": _people_led,
    "arms_trade": _arms_trade,
    "fire_from": _fire_from,
    "restored": _restored,
    "ordered_out": _ordered_out,
    "helped_hand": _helped_hand,
    "journey_only": _journey_only,
    "checkpoints": _checkpoints,
    "position_taken": _position_taken,
    "left_without": _left_without,
    "jammed_with": _jammed_with,
    "reflexive": _reflexive,
    "resistance_met": _resistance_met,
    "to_gerund": _to_gerund,
    "necessary_measures": _necessary_measures,
    "pretext": _pretext,
    "staged": _staged,
    "expected_visit": _expected_visit,
    "broken_into": _broken_into,
    "to_hospital": _to_hospital,
    "unrecognised": _unrecognised,
    "labelled": lambda tok, classes: labelled(tok),
    "praised": lambda tok, classes: praised(tok),
    "charged_attr": lambda tok, classes: charged_attr(tok),
    "rescued": _rescued,
    "convened": _convened,
}


def fits(needed: str, classes: set[str], tok) -> bool:
    """Does the word's object class (or a test of its parse, `NEEDS`) fit a row's need?"""
    if needed == "any":
        return True
    if "+" in needed:  # both classes: "turned its guns on", "an operation aimed at"
        return all(fits(part, classes, tok) for part in needed.split("+"))
    if needed in NEEDS:
        return NEEDS[needed](tok, classes)
    return needed in classes


# what people are pulled out of in a rescue
WRECKAGE = {"rubble", "debris", "wreckage", "ruins", "remains", "water", "sea", "river",
            "fire", "flames", "building", "car", "vehicle", "bus", "mud"}


def _out_of_wreckage(tok) -> bool:
    """Does the verb pull something out of wreckage ("out of the rubble", "from the bus")?"""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in WRECKAGE
               for p in tok.subtree if p.dep_ == "prep" and p.lower_ in ("of", "from")
               and p.head.lower_ in ("out", tok.lower_) for g in p.children)


def _route_words(tok) -> set[str]:
    """The prepositions of a verb of coming: where from, where to, by what way."""
    return {c.lower_ for c in tok.children if c.dep_ in ("prep", "dative")}


# counts that grow as the dead are found: "the death toll could rise"
TALLIES = {"toll", "tally", "count", "number", "figure"}


def tally_grows(tok) -> bool:
    """ "the toll could rise", "the number of dead may climb": a count of casualties told to
    grow, not a warning of an act."""
    subj = subject(tok)
    return subj is not None and subj.lemma_.lower() in TALLIES and (
        subj.lemma_.lower() in ("toll", "tally") or any(
            t.lemma_.lower() in ("dead", "death", "casualty", "victim", "fatality", "killed")
            for t in subj.subtree))


#: verbs that are triggers only in one narrow sense ("came under fire", "blasts went off",
#: "touched down", "gunfire was heard"): elsewhere no event ("the raid came days before",
#: "the strike went beyond any standard", "the deaths touched a nerve")
NARROW_VERBS = frozenset({"come", "go", "touch", "hear"})


def match_lemma(tok) -> bool:
    """Is the word an event trigger in some sense (forecast senses aside: "the toll rose";
    narrow senses aside, `NARROW_VERBS`; "broke" only through lines or into a place)?"""
    rows = triggers().get((tok.lemma_.lower(), "VERB"), []) + \
        triggers().get((tok.lemma_.lower(), "NOUN"), [])
    return any(row.object not in ("forecast", "under_fire", "through", "broken_into",
                                  "operation_against")
               and row.lemma not in NARROW_VERBS
               for row in rows)  # ("broke through" fights; "broke the deal" tells no new act)
