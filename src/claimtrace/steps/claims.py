"""Step `claims`: typed events with roles, each attributed to its source.

Per sentence: triggers from a lexicon (`resources/claims/triggers.tsv`, verbs and
nominalizations) typed by their object's class (`nouns.tsv`; `claim_match`); roles from the
dependency parse (subjects through control and coordination, passive agents, possessives, "to X",
"with X", "against X", the party a complement names: "demanded that Japan ...",
"expelled Russian diplomats", "used drones to strike Kyiv"; `claim_roles`); the modality
of violent acts (threats, forecasts, labels; `claim_modality`); the quantity, time and item
a trigger attaches (`claim_attach`); roles carried across sentences (`claim_discourse`);
source, cue and certainty from `claimtrace.attribution`, recast by the claim's type
(`claim_voice`). Threats and accusations told only by what a speaker says ("would pay
dearly", "bore full responsibility") are read by `claim_stance`. A sentence that only
restates an event just told (a new figure, "X followed", "behind it") is read by
`claim_again`. Each item under an open call ("SCHM calls on: - the UN to ...") is a request
of its own (`claim_lists`). Page furniture and background clauses (`claim_background`)
yield nothing, and `--explain` says why.
"""
from __future__ import annotations

import re

from ..attribution import REPORT_CUES
from ..model import Claim, Document, Skipped
from ..pipeline import step
from ..timex_tense import FUTURE_MODALS
from .claim_again import sentence_evidence, told_again, told_anew
from .claim_attach import attach_quantity, attach_time, has_quantity, item_of
from .claim_background import LABELLING, anonymity_request, background, sent_to_strike, war_onset
from .claim_discourse import SPOKESPEOPLE, carry_roles, weapons_test_story
from .claim_hedges import ruled_in
from .claim_index import counted_victims, no_one, prep_object, present_relative
from .claim_lists import listed_requests
from .claim_mutual import mutual_parties
from .claim_lexicon import Trigger, noun_classes, triggers
from .claim_match import match, tally_grows, test_flight, witnessed
from .claim_modality import (SHARES, claimed_responsibility, conditional_threat, disowned_by,
                             met_with, object_labelled, obliged, pledged_by, punishing,
                             requested, stationed)
from .claim_population import POPULATION, counted_people, evacuated_people
from .claim_roles import SUBJECT_DEPS, Index, actor_in, child_of, roles, subject
from .claim_stance import (BLAME, DISMISS, FALSEHOODS, MENACE, STANCES, blame, dismissal, menace,
                           recast_certainty, said_within, stance, stance_party, warned_against)
from .claim_words import (ATTEMPTING, CARRYING_ON, DENYING, DISASTERS, DISCLOSING, DOCUMENTING,
                          DUTIES, FEELINGS, FLEEING, GUARDING, JUDGING, LOSS_SIZES, OBSTRUCTING,
                          PROCLAIMING, RANKING, REINFORCING, SEEKING, SIGHTING, STANCE_CERTAINTY,
                          STANCE_CUES, TIDINGS, UNMAKING)
from .claim_voice import figure_verb, reported_by, voice

# "both armies must keep their weapons away": a demand on the party that must act
OBLIGATION = Trigger("must", "VERB", "REQUEST", None, None, "statement", "any")
# "any retaliation would be met with force": the teller's side threatens who would provoke it
ANSWER = Trigger("meet", "VERB", "THREATEN", None, "warning", "event", "any")
# "vowed to hold accountable anyone who harmed civilians": a side's threat against wrongdoers
RECKONING = Trigger("punish", "VERB", "THREATEN", None, "warning", "event", "any")
# "the war broke out in April 2023": the fighting between its sides
OUTBREAK = Trigger("war", "NOUN", "ASSAULT", None, "combat", "event", "any")
# "North Korean soldiers are in Kursk": troops said to be somewhere are deployed there
PRESENCE = Trigger("be", "NOUN", "MOBILIZE", "troops", "troop_deployment", "event", "any")

FURNITURE = re.compile(
    r"(?:all rights reserved|sign up|subscribe|newsletter|click here|cookies?|read more|"
    r"follow us|share this|advertisement|https?://|www\.|@\w+|"
    r"^\[?(?:photo|image|video|file photo)s?\s*(?:[:|/]|caption\b|credit\b|by\b)|^caption\s*:|"
    r"\((?:photos?|images?|videos?)\b|donate now|"
    r"(?:media|press) contact|^key events\b|\bkey events\s*:|show (?:all )?key events|"
    r"(?:turn on|enable) javascript|views expressed\b.{0,40}\b(?:author|writer)|"
    r"^(?:follow|find|join|connect with|share)\b.{0,60}\bon social media\b|"
    r"^(?:topics|tags|filed under)\s*:|"
    r"(?:^|\n)\s*(?:also read|read also|see also|more (?:from|on|in) [\w ]{1,30}|"
    r"related (?:stories|coverage|articles?|reading|research)|you (?:may|might) also like|"
    r"most (?:read|viewed))\s*:|"
    r"\b(?:welcome to|follow) (?:our|the) (?:live |continuing )?coverage\b|"
    r"(?-i:\b(?:Watch|Map|Opinion|Analysis|Related|WATCH|MAP|OPINION|ANALYSIS|RELATED)\s?:))",
    re.I)  # (labelled links to other pages: "Watch: ...", "Map: where strikes hit")


# "By Jane Doe and Ali Musa in Goma", "BY STAFF REPORTERS": a byline (its words named or
# capitalised, so "By Monday the number had climbed to 34." is no byline)
BYLINE = re.compile(r"(?i:by)\s+(?:(?:[A-Z][\w.'’-]*|\d[\w.:]*|&|and|in|for|of|de|da|del|al|"
                    r"el|van|von|bin|our|the|staff|correspondents?|reporters?|writers?|"
                    r"editors?|agencies|team)[ ,]*){1,7}")


# "How AQAP held the city", "What happened": an explainer's section heading (a line with no
# end punctuation opening with a question word)
HOW_HEADING = re.compile(r"(?:How|Why|What|Who|Where)\b[^.!?\n]*$")

# "Live: Iran launches drone attack on Israel" after the headline: a link to a live page
LIVE_LINK = re.compile(r"(?-i:Live|LIVE)\s?:")


@step("claims", needs=("spacy", "actors", "places", "times", "quantities"), provides=("claims",))
def extract_claims(doc: Document) -> Document:
    """Find the claims of every sentence."""
    sp = doc.spacy
    index = Index(doc)
    claims: list[Claim] = []
    weapons_seen: list[str] = []
    for sent in sp.sents:
        reason = _furniture(sent)
        if reason:
            doc.skipped.append(Skipped(doc.span(sent.start_char, sent.end_char), reason))
            continue
        found = _sentence_claims(doc, sent, index, weapons_seen)
        # "Tarnavskyi said the withdrawal had been completed and that Russia had ...": an
        # event told anew beside the sentence's own
        found = found + [c for c in told_anew(doc, sent, index, claims) if all(
            f.trigger != c.trigger for f in found)] if found else \
            told_again(doc, sent, index, claims)
        if not found:
            doc.skipped.append(Skipped(doc.span(sent.start_char, sent.end_char),
                                       "no event trigger with its arguments"))
        for claim in found:  # numbered as found: a restated figure names its earlier claim
            claim.id = f"c{len(claims) + 1}"
            _condemned_party(sp, claim, claims)
            _rejecting_party(claim, claims)
            _disowned_act(sp, claim, claims)
            claims.append(claim)
    carry_roles(doc, claims, states=index)
    for n, claim in enumerate(claims):
        _tester(doc, claim, claims[:n])
    listed, asked_for = listed_requests(doc, claims, index)  # "SCHM calls on: - the UN to ..."
    for n, claim in enumerate(listed):
        claim.id = f"c{len(claims) + n + 1}"
    claims = sorted([c for c in claims if c.id not in asked_for] + listed,
                    key=lambda c: c.evidence.start)
    doc.claims = claims
    if not claims:
        doc.notes.append("no claims: no sentence held an event trigger with its arguments")
    return doc


def _predicated_of(tok, trig: Trigger, victims: bool):
    """Whom an adjective trigger (or a casualty word on counted people) is said of, or None."""
    casualties = trig.subtype == "casualties"
    if tok.dep_ == "acomp":
        # "X claims Hamas is responsible for ...": the copula's subject ("a third of whom
        # are believed to be dead": the subject of the raising verb)
        return subject(tok.head) or (subject(tok.head.head) if tok.head.dep_ == "xcomp"
                                     else None)
    if tok.dep_ == "oprd":
        # "leaving 32 people dead": the verb's object ("were reported dead": its subject;
        # "with 40 people now confirmed dead": the subject the parser gave)
        return child_of(tok.head, "dobj") or (
            child_of(tok.head, "nsubjpass") or subject(tok.head) if casualties else None)
    if tok.dep_ == "pobj" and tok.head.lower_ == "among":
        return subject(tok.head.head)
    if casualties and tok.dep_ == "pcomp" and tok.head.lower_ == "as":
        # "18 people are still listed as missing": the subject of the listing verb
        return child_of(tok.head.head, "nsubjpass") or subject(tok.head.head)
    if casualties and tok.dep_ in ("ROOT", "conj") and tok.lower_ == "missing":
        return subject(tok)  # "residents were still missing" (the copula read as an aux)
    if victims:
        return tok.head  # "received 27 wounded people"
    num = child_of(tok, "nummod")
    if casualties and num is not None and child_of(tok, "det") is None \
            and child_of(num, "det") is None:
        return tok  # "counted at least 90 dead" names the victims ("the 11 dead": told before)
    return None


def _tester(doc: Document, claim: Claim, earlier: list[Claim]) -> None:
    """In a story of a weapons test, the test's flight ("it came down outside the zone", "the
    flight lasted 86 minutes") is the tester's act: the actor of the last test told."""
    if claim.type != "MOBILIZE" or claim.actor or claim.mode != "weapons" or \
            not weapons_test_story(doc.spacy):
        return
    prev = next((c for c in reversed(earlier) if c.type == "MOBILIZE" and c.actor
                 and c.mode == "weapons"), None)
    if prev is not None:
        claim.actor = prev.actor
        claim.inferred["actor"] = prev.id


def _condemned_party(sp, claim: Claim, earlier: list[Claim]) -> None:
    """An accusation aimed at an event told before ("the presidential office condemned the
    drills"): its target is that event's author; a statement of support for one ("Mogadishu
    has welcomed the strikes"): its recipient is (recorded as inferred from its claim)."""
    backing = claim.type == "SUPPORT" and claim.subtype == "support_statement"
    if not (claim.type == "ACCUSE" and not claim.target or backing and not claim.recipient) \
            or claim.trigger is None:
        return
    verb = sp.char_span(claim.trigger.start, claim.trigger.end)
    if verb is None or not len(verb):
        return
    label = object_labelled(verb[0])  # ("called \"abhorrent\" the remarks": the label first)
    obj = label[0] if label is not None else child_of(verb[0], "dobj")
    event = match(obj) if obj is not None else None
    if event is not None and event.type in ("ACCUSE", "REJECT"):
        return
    # ("Taipei called the boarding an act of intimidation": a gerund names the act its verb
    # told before, "officers boarded a boat")
    acts = _gerund_acts(sp, obj, earlier) if event is None else [
        c for c in earlier if c.type == event.type]
    prev = next((c for c in reversed(acts) if c.actor and c.actor != claim.actor
                 and not c.negated), None)
    if prev is not None:
        role = "recipient" if backing else "target"
        setattr(claim, role, prev.actor)
        claim.inferred[role] = prev.id


def _gerund_acts(sp, obj, earlier: list[Claim]) -> list[Claim]:
    """The earlier claims whose verb a gerund noun names ("the boarding": "boarded")."""
    if obj is None or obj.pos_ != "NOUN" or not obj.lower_.endswith("ing"):
        return []
    stem = obj.lower_[:-3]
    stems = (stem, stem + "e", stem[:-1])  # boarding, striking, shipping
    return [c for c in earlier if c.trigger is not None
            and (trig := sp.char_span(c.trigger.start, c.trigger.end)) is not None
            and len(trig) and trig[0].pos_ == "VERB" and trig[0].lemma_.lower() in stems]


def _rejecting_party(claim: Claim, earlier: list[Claim]) -> None:
    """A charge rejected by someone whose side the text does not give ("Pakistan blamed
    Kabul. A spokesman said the allegation was baseless"): the party last charged rejects
    it (recorded as inferred from the charge's claim)."""
    if claim.type != "REJECT" or claim.actor:
        return
    charge = next((c for c in reversed(earlier) if c.type == "ACCUSE" and c.target), None)
    if charge is not None:
        claim.actor = charge.target
        claim.inferred["actor"] = charge.id


def _disowned_act(sp, claim: Claim, earlier: list[Claim]) -> None:
    """ "The group denied any role", "the ministry denied involvement": a side that denies a
    share in what the text told before denies the act itself. The denial becomes that act
    (its type and target), done by the denier, certainty `denied`; the act it answers is
    recorded as inferred (`inferred.type`)."""
    if claim.trigger is None:
        return
    # "M23 denied the group was responsible": a charge a side denies against itself
    own = claim.type == "ACCUSE" and claim.certainty == "denied" \
        and claim.actor is not None and claim.actor == claim.target
    if claim.type != "REJECT" and not own:
        return
    verb = sp.char_span(claim.trigger.start, claim.trigger.end)
    if verb is None or not len(verb):
        return
    if not own and (verb[0].lemma_.lower() not in DENYING or not _share_denied(verb[0])):
        return
    act = next((c for c in reversed(earlier) if c.type == "ASSAULT" and c.subtype == "attack"
                and c.certainty != "denied"), None)
    if act is None:
        return
    claim.type, claim.subtype, claim.mode = act.type, act.subtype, act.mode
    claim.certainty, claim.negated = "denied", True
    if own:
        claim.target = None  # (the charge's target was the denier itself)
    if claim.target is None and act.target != claim.actor:
        claim.target = act.target
    claim.inferred["type"] = act.id


# what a side denies having in an act: "denied any role / involvement / responsibility"
DISOWNED_SHARES = SHARES | {"responsibility"}
# what a denied clause says of a party that had a share: "denied that its fighters were
# involved", "denied it was responsible"
SHARE_PREDICATES = {"involve", "involved", "responsible"}


def _share_denied(verb) -> bool:
    """ "denied any role" (not "denies any ties to the militia": a relation to a party, not
    to an act), "denied that its fighters were involved"."""
    share = child_of(verb, "dobj")
    if share is not None:
        return share.lemma_.lower() in DISOWNED_SHARES and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "with") for c in share.children)
    said = child_of(verb, "ccomp")
    return said is not None and (said.lemma_.lower() in SHARE_PREDICATES or any(
        c.dep_ == "acomp" and c.lemma_.lower() in SHARE_PREDICATES for c in said.children))


def _condemned_event(tok) -> bool:
    """ "condemned the drills", "denounced these attacks", "blamed that attack on ...",
    "welcomed the strikes": a definite event noun an accusation or a statement of support
    takes as its object refers back to an event already told (unless a relative clause or a
    participle tells more of it)."""
    if tok.dep_ != "dobj" or any(c.dep_ in ("poss", "nummod", "relcl", "acl")
                                 for c in tok.children):
        return False
    return getattr(match(tok.head), "type", None) in ("ACCUSE", "SUPPORT") and _definite(tok)


def ranked_event(tok) -> bool:
    """ "The strike is the latest in a series", "the attacks were among the deadliest against
    the army", "the raid was one of the largest": an event noun a copula ranks among others
    is told, with what sets it apart (not a back-reference to an event told before)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return False
    words = [c for c in tok.head.children if c.dep_ in ("attr", "acomp", "prep")]
    words += [g for w in words for g in w.children if g.dep_ in ("amod", "pobj", "prep")]
    words += [g for w in words if w.dep_ == "prep" for g in w.children if g.dep_ == "pobj"]
    return any(w.lower_ in RANKING or w.tag_ in ("JJS", "RBS") for w in words)


def _blamed_for(tok, charged) -> bool:
    """Is `tok` the act a charge's responsibility is for ("responsibility for the strike
    on civilians lay with Washington")? That act is told where it happened."""
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    return holder is not None and holder.lemma_.lower() in ("responsibility", "blame") \
        and holder.head.i in charged


def _definite(tok) -> bool:
    """ "the bombing", "this attack": a noun that names an event already told."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               for c in tok.children)


def _civilians(who) -> bool:
    """Is the noun (or "dozens of X") people who are not fighters?"""
    if who is None:
        return False
    of = [g for p in who.children if p.dep_ == "prep" and p.lower_ == "of"
          for g in p.children if g.dep_ == "pobj"]
    return any(noun_classes().get(w.lemma_.lower()) == "people" and w.lemma_.lower() not in (
        "militant", "fighter") for w in [who] + of)


def _unmade_agreement(tok, trig) -> bool:
    """ "the agreement had collapsed", "Israel says it is enforcing the truce", "talks on a
    proposal for a ceasefire", "efforts to reach a ceasefire": a deal named, none made in
    the sentence."""
    if trig.type != "AGREE":
        return False
    if tok.pos_ == "VERB":  # "efforts to reach a ceasefire", "a bid to agree a truce"
        return tok.dep_ in ("acl", "xcomp") and tok.head.lemma_.lower() in SEEKING | {
            "attempt", "try", "drive"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in tok.children)
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "dobj" and _unmade_agreement(tok.head, trig):
        return True  # (the deal a bid seeks to reach)
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.lemma_.lower() in UNMAKING:
        return True
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "towards",
                                                                       "toward", "on") else None
    return head is not None and head.lemma_.lower() in SEEKING


#: verbs by which sanctions are broken, not imposed ("denied breaching UN sanctions")
EVADING = {"breach", "violate", "evade", "flout", "circumvent", "skirt", "dodge", "bust"}
#: nouns of the same ("violations of the sanctions", "sanctions evasion")
EVASIONS = {"breach", "violation", "evasion", "circumvention"}


def _sanctions_broken(tok, trig) -> bool:
    """ "Moscow denied breaching UN sanctions", "a violation of sanctions": sanctions named
    as broken are no sanction imposed (stop 28)."""
    if trig.type != "SANCTION" or tok.pos_ != "NOUN":
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in EVADING or any(
            c.dep_ == "amod" and c.lemma_.lower() in EVADING for c in tok.children):
        return True  # (the gerund read as an adjective: "denied breaching UN sanctions")
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() in EVASIONS


#: reports that, negated, leave what they would report untold ("Israel has not said it
#: carried out that strike", "no group has said it was behind the attacks", "the US did
#: not confirm any attack")
UNSAID = {"say", "confirm", "claim", "acknowledge", "specify", "disclose", "admit"}


def _unsaid(tok) -> bool:
    """The trigger is in a clause a negated report would tell: an act nobody tells (stop
    28). Not an object ("have never acknowledged the deployment": the deployment is told)
    nor a question left open ("has not said how many men died": the deaths are)."""
    cur = tok
    for _ in range(4):
        head = cur.head
        if head is cur:
            return False
        if head.lemma_.lower() in UNSAID and head.pos_ == "VERB" and cur.dep_ == "ccomp":
            if any(t.lower_ in ("how", "who", "what", "which", "when", "where", "why")
                   for t in cur.subtree if t.i < tok.i):
                return False
            return any(c.dep_ == "neg" or c.dep_ in ("nsubj", "nsubjpass") and no_one(c)
                       for c in head.children)
        cur = head
    return False


#: verbs by which a meeting or call offered is turned down
DECLINING = {"decline", "refuse", "reject", "rebuff", "snub"}


def _declined_meeting(tok, trig) -> bool:
    """ "declined a phone call from his counterpart", "Iran refused talks": the meeting
    turned down never took place; the refusal is the claim (stop 28)."""
    return trig.type == "CONSULT" and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") \
        and tok.head.lemma_.lower() in DECLINING


# "stood with its NATO ally", "stands by Kyiv", "stood behind Ukraine": whom one stands by
STOOD_BY = {"with", "by", "behind"}


def _objectless_support(tok, trig) -> bool:
    """ "welcome to our coverage", "traffic was backed up for kilometres": a support verb
    backs something (an object, a clause, the subject of a passive with its agent)."""
    if trig.type != "SUPPORT" or tok.pos_ != "VERB" or _by_content(trig):
        return False  # (backing told by what is said names whom it backs by itself)
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return True
    verbs = [tok] + [c for c in tok.children if c.dep_ == "conj"]  # "backed and armed them"
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "agent", "nsubjpass", "dative")
                   or c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ in STOOD_BY
                                            and v.lemma_.lower() == "stand")
                   for v in verbs for c in v.children) \
        and tok.dep_ not in ("relcl", "acl", "xcomp") \
        and not (tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"))


def _furniture(sent) -> str | None:
    text = sent.text.strip()
    if len([t for t in sent if t.is_alpha]) < 3:
        return "fragment (fewer than three words)"
    if text.endswith("?") or text.endswith("?\""):
        return "a question (it asserts nothing)"
    if FURNITURE.search(text) or BYLINE.fullmatch(text) or (
            sent.start > 0 and LIVE_LINK.match(text)):
        return "page furniture (link, credit, caption or boilerplate)"
    doc_text = sent.doc.text
    label = doc_text[doc_text.rfind("\n", 0, sent.start_char) + 1:sent.start_char].strip()
    if label.endswith(":") and FURNITURE.search(label):
        # "More from Diplomacy: ECOWAS ministers gather ... | Algiers talks resume": the
        # links a furniture label opens, split off it as a sentence of their own
        return "page furniture (link, credit, caption or boilerplate)"
    if HOW_HEADING.match(text):
        return "a heading (an explainer's question, unpunctuated)"
    if not any(t.pos_ in ("VERB", "AUX") for t in sent) and not any(
            (t.lemma_.lower(), "NOUN") in triggers() for t in sent):
        return "no verb and no event noun (a heading or a list item)"
    return None


def _sentence_claims(doc: Document, sent, index: Index, weapons_seen: list[str]) -> list[Claim]:
    found: list[tuple[object, Trigger, Claim]] = []
    for tok in sent:
        trig = OBLIGATION if obliged(tok) else ANSWER if met_with(tok) else \
            POPULATION if evacuated_people(tok) else \
            MENACE if said_within(tok) and menace(tok) is not None else \
            RECKONING if punishing(tok) and pledged_by(tok) is not None else match(tok) or (
                PRESENCE if stationed(tok) else OUTBREAK if war_onset(tok) else
                BLAME if said_within(tok) and blame(tok) is not False else
                DISMISS if said_within(tok) and dismissal(tok) else stance(tok)) or (
                POPULATION if counted_people(tok) else None)
        if trig is not None and trig.lemma == "meet" and trig is not ANSWER and any(
                c.dep_ == "auxpass" for c in tok.children):
            continue  # "protesters were met with tear gas": no meeting
        if trig is not None and _names_an_organisation(tok):
            continue  # "the Sahel Civilian Aid Network", "an aid group": a name, no event
        if trig is None or trig.kind == "none" or background(tok) and not (
                trig is OUTBREAK and tok.dep_ != "pobj") and not ranked_event(tok) and not (
                trig is DISMISS and tok.lemma_.lower() in FALSEHOODS) or \
                _objectless_support(tok, trig) or _unmade_agreement(tok, trig) or \
                _declined_meeting(tok, trig) or _sanctions_broken(tok, trig) or _unsaid(tok) or \
                _conceded_report(tok, trig) or ruled_in(tok, trig):
            continue
        claim = _build(doc, sent, tok, trig, index, weapons_seen)
        if claim is not None:
            found.append((tok, trig, claim))
    found = [f for f in found if not _stance_about_event(f, found) and not anonymity_request(f[0])]
    # a threat or an accusation told by its content is no second one beside a told one;
    # the party its content names is the told one's ("vowed to make Israel pay")
    for f in found:
        if _by_content(f[1]):
            for g in found:
                if g[2].type == f[2].type and not _by_content(g[1]) and g[2].target is None \
                        and f[0] in g[0].subtree and f[2].target != g[2].actor:
                    g[2].target = f[2].target
    found = [f for f in found if not _by_content(f[1]) or not any(
        g[2].type == f[2].type and g[1] is not f[1] for g in found)]
    # "launched what Ukraine's air force called the biggest aerial attack": the name a free
    # relative gives is the act launched (told by the labeller), no charge
    found = [f for f in found if not _launch_named(f[0])]
    labels = [tok for tok, trig, _ in found if trig.object in ("labelled", "charge")]
    # "called the strikes an act of war": what is labelled and its label are no new events;
    # nor is the event an accusation names by a definite noun ("condemned the drills")
    # (only the object and its label: "In a phone call with Erdogan, Putin described the
    # blasts as terrorism" still tells the call)
    found = [f for f in found if f[0].pos_ != "NOUN" or not (any(
        f[0] in c.subtree for lab in labels for c in lab.children
        if c.dep_ not in FRAME_DEPS or c.dep_ == "prep" and c.lower_ == "as")
        or _condemned_event(f[0]))]
    # "the bombing had been planned by India", "the killing showed ...", "the strike was an
    # outrage": the event a charge is about, named again by a definite noun, is told where
    # it happened
    charged = {tok.i for tok, trig, _ in found if trig is BLAME} | {
        tok.head.i for tok, trig, _ in found if trig.object == "charged_attr"}
    found = [f for f in found if not (f[0].pos_ == "NOUN" and f[0].dep_ in SUBJECT_DEPS
                                      and f[0].head.i in charged and (
                                          _definite(f[0]) or f[1].lemma == "responsibility"))
             and not _blamed_for(f[0], charged)]
    # "its forces had struck a meeting of commanders": what an attack hits is its target
    attacks = {tok.i for tok, _, c in found if c.type == "ASSAULT" and tok.pos_ == "VERB"}
    found = [f for f in found if not (f[0].pos_ == "NOUN" and f[2].type != "ASSAULT" and (
        f[0].dep_ in ("dobj", "nsubjpass") and f[0].head.i in attacks
        or _hit_by(f[0], {tok.i for tok, _, c in found if c.type == "ASSAULT"})))]
    # "warned that arming Kyiv would be a serious error": the act warned against is no act
    warned = [w for tok, trig, _ in found if trig is MENACE for w in warned_against(tok)]
    found = [f for f in found if not any(f[0] in w.subtree for w in warned)]
    answers = [tok for tok, trig, _ in found if trig is ANSWER]
    # "would be met with crushing attacks": the answer threatened is the threat's content
    found = [f for f in found if not any(f[0] in a.subtree and f[0] is not a for a in answers)]
    # "pledged not to take hostile action ... or to support groups that attack the other
    # side": what the parties pledge to each other is their agreement's content
    pledges = [tok for tok, _, c in found if c.type == "AGREE" and _mutual_pledge(tok)]
    found = [f for f in found if not any(f[0].i != p.i and f[0] in p.subtree for p in pledges)
             or f[0].dep_ == "pobj" and f[0].head.lower_ in ("after", "following")]
    # "agreed that neither would threaten the other": an act the parties forswear in their
    # agreement is its content, no act
    agreed = [tok for tok, _, c in found if c.type == "AGREE"]
    found = [f for f in found if not any(f[0].i != a.i and f[0] in a.subtree for a in agreed)
             or not _forsworn(f[0])]
    # "must open an inquiry, suspend the units and let families bury their dead": the acts
    # conjoined to what a party must do are demanded too
    demanded = [c for tok, trig, _ in found if trig is OBLIGATION for c in _conjoined(tok)]
    found = [f for f in found if not any(f[0] in c.subtree for c in demanded)]
    requests = [tok for tok, _, c in found if c.type == "REQUEST"]
    # "urged Israel to stop its bombardment": the act asked for is the request's content
    found = [f for f in found if f[2].type == "REQUEST" or not any(
        requested(f[0], req) for req in requests)]
    if any(c.type == "SANCTION" for _, _, c in found):
        # "sanctioning 100 individuals, its largest package": a package of sanctions
        found = [f for f in found if not (f[1].lemma == "package" and f[2].type == "AID")]
    _share_in_sentence(found)
    # "three jets flew over the venue and dropped several bombs": the flight is the
    # attack's approach, no movement of its own (stop 31)
    struck = [tok for tok, _, c in found if c.type == "ASSAULT" and tok.pos_ == "VERB"]
    found = [f for f in found if f[2].subtype != "weapons_movement"
             or f[0].lemma_.lower() not in ("fly", "circle", "swoop", "approach", "hover")
             or not any(s.dep_ == "conj" and s.head.i == f[0].i and subject(s, own=True) is None
                        or f[0].dep_ == "conj" and f[0].head.i == s.i
                        and subject(f[0], own=True) is None for s in struck)]
    # "sent jets to bomb army positions": the strike is told, not a transfer of the jets
    # (unless sent to another side: "sent missiles to Ukraine to strike Russian bases")
    strikes = [g for g in found if sent_to_strike(g[0])]
    if strikes:
        side = {a.id: a.code or a.country or a.id for a in doc.actors}
        found = [f for f in found if not any(
            g[0].head.i == f[0].i
            and (f[2].recipient is None or side.get(f[2].recipient) == side.get(g[2].target))
            for g in strikes)]
    return _dedupe(found)


#: needs of event nouns told even with no party named: the bomb's weighed charge, attackers
#: said to belong to a group, strike impacts and mass graves
TOLD_WITHOUT_PARTIES = frozenset({"charge_weighed", "membership", "strike_impacts",
                                  "mass_grave"})
#: nouns of organisations and their people an event noun may describe ("aid group")
ORGANISATION_HEADS = frozenset("""group agency organisation organization network charity
worker official""".split())


def _names_an_organisation(tok) -> bool:
    """An event noun that is part of an organisation's name ("the Sahel Civilian Aid
    Network") or describes what an organisation does ("an aid group", "aid workers")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in ORGANISATION_HEADS:
        return True
    return tok.is_title and not tok.is_sent_start and tok.ent_type_ in ("ORG", "FAC")


#: what frames a verb of calling (when, where, in what setting, who) rather than naming what
#: is called and what it is called
FRAME_DEPS = frozenset({"prep", "nsubj", "nsubjpass", "advcl", "advmod", "npadvmod", "punct",
                        "cc", "conj", "aux", "neg", "mark"})


#: prepositions by which an attack reaches what it hits ("tore through a rally", "fired on
#: a protest", "a bomb at a wedding")
HITTING_PREPS = frozenset({"through", "on", "at", "into", "near"})


def _hit_by(tok, assaults: set[int]) -> bool:
    """Is the noun what an attack hits: the compound of an attack noun ("a rally bombing") or
    the object of a preposition of the attack's verb, or of a verb an attack noun is the
    subject of or hangs a relative clause on ("a bombing that tore through a rally")?"""
    if tok.dep_ == "compound" and tok.head.i in assaults:
        return True
    if tok.dep_ != "pobj" or tok.head.lower_ not in HITTING_PREPS:
        return False
    verb = tok.head.head
    if verb.pos_ != "VERB":
        return False
    return verb.i in assaults or (verb.dep_ == "relcl" and verb.head.i in assaults) or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i in assaults for c in verb.children)


def _conjoined(tok) -> list:
    """The bare verbs conjoined to `tok` that have no subject or modal of their own (a
    finite one is the parser's slip: "must unite against militancy, and blamed ...")."""
    out = []
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VB" and not any(
                g.dep_.startswith("nsubj") or g.dep_ == "aux" for g in c.children):
            out.append(c)
            out.extend(_conjoined(c))
    return out


def _by_content(trig: Trigger) -> bool:
    """A threat, charge or rejection told by what the speaker says (`claim_stance`)."""
    return any(trig is reading for reading in STANCES)


def _neither_nor(tok) -> bool:
    """ "neither confirmed nor denied", "would neither confirm nor deny": a verb of the pair
    that says nothing."""
    first = tok.head if tok.dep_ == "conj" else tok
    return first.lemma_.lower() in ("confirm", "deny", "acknowledge", "comment") and any(
        c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children)


def _declined_to_say(tok) -> bool:
    """ "declined to discuss the specific strike", "declined to confirm", "did not say who
    carried out the strike": a word withheld tells nothing, nor does what it would have been
    about (a refusal of talks, "refused to discuss a truce", stays a refusal)."""
    if tok.lemma_.lower() in ("say", "specify", "disclose", "detail") and any(
            c.dep_ == "neg" for c in tok.children) and any(
            c.dep_ == "ccomp" and any(g.tag_ in ("WP", "WRB", "WDT") and g.lower_ != "how"
                                      or g.lower_ == "whether" for g in c.subtree)
            for c in tok.children):
        return True  # "did not say who had carried out the strike", "when the meeting was
        # held" (stop 30; "did not say how many of its men died" still tells deaths)
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "decline" and \
        tok.lemma_.lower() in ("discuss", "confirm", "deny", "comment", "say", "detail")


def _stance_about_event(item, found) -> bool:
    """A warning or a denial whose content is itself an event ("warned that Russia could
    attack", "denied sending troops") is told by that event's claim (certainty `possible`,
    `denied`); one about what is no event of its own ("warned that the deal could
    collapse", "Tehran has denied any role") is a claim of its own."""
    tok, trig, _ = item
    if trig.lemma not in STANCE_CUES or _mutual_pledge(tok):
        return False  # (a pledge made to each other is the parties' agreement)
    # "warned that the truce could collapse", "pledged to send 600 officers"
    verbs_only = trig.subtype == "warning" or trig.type in ("SUPPORT", "AGREE")
    # ("warned the toll could rise": the casualties the toll counts are the event)
    # ("warned about fighting near the plant": a warning about a thing, not a forecast)
    # ("promised a firm response and urged calm": a verb conjoined to the stance is the
    # speaker's next act, not what the stance says)
    acts = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(other is not tok and (other.pos_ == "VERB" or not verbs_only
                                     or other.dep_ in SUBJECT_DEPS and tally_grows(other.head))
               and other in tok.subtree and not any(other in a.subtree for a in acts)
               and not _warned_about(tok, other)
               and not _grievance(tok, other)
               for other, _, _ in found)


#: prepositions that name what a threat answers ("pay for the strike", "vows response
#: after strike", "revenge over the killing")
GRIEVANCE_PREPS = frozenset({"for", "after", "over"})


def _grievance(stance, other) -> bool:
    """Is `other` the act a vow or threat answers, not its content ("vowed to make Israel
    pay for an air strike ..., killing a general", "Iran vows response after strike")? Such
    an act sits under a preposition of cause on its way up to the stance."""
    cur = other
    while cur.i != stance.i and cur.head.i != cur.i:
        if cur.dep_ == "pobj" and cur.head.lower_ in GRIEVANCE_PREPS or cur.dep_ == "advcl" \
                and any(m.dep_ == "mark" and m.lower_ in ("after", "because")
                        for m in cur.children):
            return True
        cur = cur.head
    return False


def _warned_about(warning, other) -> bool:
    """Is `other` what a warning is about, told as its prepositional object ("warned about
    fighting near the plant", "warned of renewed clashes", "warned Syria against using
    chemical weapons")?"""
    return other.dep_ in ("pobj", "pcomp") and other.head.lower_ in ("about", "of", "over",
                                                                      "against") \
        and other.head.head.i == warning.i


def _share_in_sentence(found) -> None:
    """An event told as a consequence of another ("stormed into southern Israel ...,
    killing some 1,200 people and abducting another 250") shares its actor, target, time
    and place when its own clause names none."""
    by_token = {tok.i: claim for tok, _, claim in found}
    for tok, trig, claim in found:
        if claim.subtype == "casualties" and claim.actor is None:
            # "32 civilians were killed in an attack by the RSF": the attack's doer
            cause = next((by_token[t.i] for t in tok.subtree if t.i in by_token
                          and by_token[t.i].subtype == "attack" and t.head.dep_ == "prep"
                          and t.head.lower_ in ("in", "during", "by", "from")
                          and t.head.head.i == tok.i), None)
            if cause is not None:
                claim.actor = cause.actor
                claim.target = claim.target or (cause.target if cause.target != cause.actor
                                                else None)
        if tok.dep_ not in ("advcl", "xcomp", "conj") or tok.head.i not in by_token:
            continue
        gov = by_token[tok.head.i]
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in tok.children)
        if claim.actor is None and not own_subject and gov.actor != claim.target:
            claim.actor = gov.actor
        if claim.target is None and gov.target != claim.actor and \
                {claim.type, gov.type} <= {"ASSAULT", "COERCE"}:
            claim.target = gov.target
        for field in ("time", "place"):
            if getattr(claim, field) is None:
                setattr(claim, field, getattr(gov, field))
            elif getattr(gov, field) is None:
                setattr(gov, field, getattr(claim, field))




def _conceded_report(tok, trig: Trigger) -> bool:
    """ "the army conceded that it had suffered losses": conceding a fact reports it (the
    losses are the claim); conceding a point, a town or defeat is the event."""
    return trig.type == "CONCEDE" and tok.pos_ == "VERB" and any(
        c.dep_ == "ccomp" or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in tok.children)  # ("conceded only that ..." parses as an adverbial clause)


def _recast_roles(tok, trig: Trigger, parts: dict, index: Index) -> None:
    """Roles the parse gives wrongly for some events: the pushed side withdraws, the one
    "behind" an attack did it, a lost jet or a test missile is no actor, what a military
    detected moves, an observer who counts attacks did none of them."""
    pushed = child_of(tok, "dobj") \
        if trig.type == "RETREAT" and tok.lemma_.lower() in ("push", "drive", "force") else None
    if trig.type == "SUPPORT" and tok.lemma_.lower() == "stand" and parts["recipient"] is None:
        # "Pyongyang would stand by Moscow": whom one stands by (not an agent)
        backed = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ in STOOD_BY
                       for g in p.children if g.dep_ == "pobj"), None)
        parts["recipient"] = actor_in(backed, index) if backed is not None else None
    if trig is ANSWER:
        # "any Israeli retaliation would be met with ...": who would provoke it is the target
        # (the actor is the teller's side, found where the threat is vowed)
        provoker = child_of(tok, "nsubjpass")
        parts["actor"], parts["recipient"] = None, None
        parts["target"] = actor_in(provoker, index) if provoker is not None else None
    if _by_content(trig):
        # the clause's subject is the party threatened or accused, or the one who threatens
        # (a rejected charge names neither: the rejecter is the speaker's side)
        role, party = menace(tok) if trig is MENACE else ("target", blame(tok)) \
            if trig is BLAME else stance_party(tok, trig)
        parts["actor"], parts["recipient"], parts["target"] = None, None, None
        if role is not None and party is not None:
            parts[role] = actor_in(party, index)
        if trig is BLAME and parts["target"] is None and party is not None \
                and (place := index.places.get(index.place_at.get(party.i))) is not None:
            parts["target"] = index.state_of(place.country)  # "directed from Afghanistan"
        if trig is BLAME and not _named(parts["target"], party):
            parts["target"] = None  # no one named: "the government bears responsibility"
    if trig.object == "labelled" and parts["target"] is None \
            and (label := object_labelled(tok)) is not None:
        # "called \"abhorrent\" the remarks of Israel's finance minister", "called Russia's
        # behaviour reckless": whose words or conduct are charged is the target
        owner = child_of(label[0], "poss") or prep_object(label[0], "of")
        if owner is not None and (who := actor_in(owner, index)) is not None \
                and who is not parts["actor"]:
            parts["target"] = who
    if trig.object == "pretext" and parts["target"] is None:
        # "the Israeli account was meant to justify the killing": whose act is imputed a
        # purpose is charged, by the one who says so
        parts["actor"], parts["target"] = None, parts["actor"]
    if trig.object == "under_head" and parts["actor"] is None and (
            holder := prep_object(tok, "of")) is not None:
        # "under the control of the Defence Forces": the holder took it
        parts["actor"], parts["target"] = actor_in(holder, index), None
    if trig is RECKONING and (held := child_of(tok, "nsubjpass") or child_of(tok, "dobj")):
        parts["target"] = actor_in(held, index)  # "Iran would be held responsible": the held
    if pushed is not None and (who := actor_in(pushed, index)) is not None:
        # "Russian forces pushed Ukrainian troops out of Kursk": the pushed side withdraws
        parts["actor"], parts["recipient"] = who, None
    if parts["actor"] is None and tok.dep_ == "pobj" and tok.head.lower_ == "behind" \
            and (be := tok.head.head).lemma_ == "be" and (who := subject(be) or (
                subject(be.head) if be.dep_ == "xcomp" else None)) is not None:
        parts["actor"] = actor_in(who, index)  # "Israel was believed to be behind the attack"
    if trig.object == "test_flight" and (it := subject(tok)) is not None and it.lower_ == "it":
        parts["actor"] = None  # "it came down outside the zone": the missile, no one's act
    if tok.lemma_.lower() == "go" and trig.subtype == "equipment_loss" and parts["actor"]:
        # "the ship went down", "one of the jets had gone down": the subject is what is lost
        parts["target"], parts["actor"] = parts["target"] or parts["actor"], None
    if trig.lemma in SIGHTING and (seen := child_of(tok, "dobj")) is not None:
        # "Taiwan detected 76 Chinese aircraft": the aircraft's side moves; the watcher reports
        watcher = subject(tok)
        parts["actor"] = actor_in(seen, index)
        parts["target"] = parts["target"] or (actor_in(watcher, index) if watcher is not None
                                              else None)
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in DOCUMENTING \
            and parts["actor"] is not None and (teller := subject(tok.head)) is not None \
            and actor_in(teller, index) is parts["actor"]:
        parts["actor"] = None  # "the UN recorded 40 attacks": who tells them, not who did them


# verbs telling that fighting came to an end ("the fighting had largely stopped")
ENDING = {"stop", "end", "cease", "subside", "ease", "halt", "abate", "die", "calm"}


def _no_fighting(tok) -> bool:
    """ "advanced without major battles", "heavy fighting inside the city had largely
    stopped": an event noun that tells the fighting did not happen, or that it ended."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ENDING and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in tok.head.children)  # ("would stop once")


def _tidings_of(tok, trig: Trigger) -> bool:
    """ "There were no reports of casualties", "no immediate word of casualties": a toll
    told by the news that there is (or came) of it, of none as of some (as "no casualties
    were reported"); other events are told so only when news of them came ("there were
    reports of shelling", not "there was no sign of fighting")."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in TIDINGS):
        return False
    news = tok.head.head
    if not (news.dep_ in ("attr", "nsubj") and news.head.lemma_.lower() in ("be", "come")):
        return False  # "alarmed by reports of civilian casualties": someone else's news
    return trig.subtype == "casualties" or not any(
        c.lower_ in ("no", "any") or c.dep_ == "neg" for c in (*news.children, *news.head.children))


def _little_damage(tok) -> bool:
    """ "most of those attacks caused little damage": no damage told."""
    damage = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "damage"),
                  None)
    return damage is not None and any(c.lower_ in ("little", "no") for c in damage.children)


def _build(doc: Document, sent, tok, trig: Trigger, index: Index, weapons_seen) -> Claim | None:
    if _neither_nor(tok) or any(_declined_to_say(t) for t in (tok, *tok.ancestors)):
        return None  # "has neither confirmed nor denied involvement": no word either way
    if trig.type == "ASSAULT" and (_no_fighting(tok) or _little_damage(tok)):
        return None
    parts = roles(tok, trig, index)
    owned = claimed_responsibility(tok) if trig.type == "ASSAULT" else None
    if owned is not None and any(c.dep_ == "neg" for c in owned.children):
        owned = None  # "the RSF did not claim responsibility": no one's claim
    if tok.lemma_.lower() == "responsibility" and (owned is None or any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)):
        return None  # only a claimed act, and told by the act it names ("for the bombing")
    claimer = subject(owned) if owned is not None else None
    if claimer is not None and no_one(claimer):
        return None  # "no group has claimed responsibility": no one's claim, and the act is
        # told where it happened
    # "30,000 civilians were able to leave", "dozens of families have left the town":
    # flight, not a withdrawal (displacement is coerced, as with "fled"); people released
    # ("crew members were released") are no flight, and people not released are still held
    released = trig.mode == "release" and not any(c.dep_ == "neg" for c in tok.children)
    displaced = trig.type == "RETREAT" and not released and _civilians(
        subject(tok) or subject(tok.head) or subject(tok.head.head))
    _recast_roles(tok, trig, parts, index)
    namer = _launch_name_of(tok)
    if namer is not None and (doer := subject(namer.head)) is not None:
        # "Moscow launched what Ukraine's air force called an attack": Moscow's attack
        parts["actor"] = actor_in(doer, index) or parts["actor"]
        if parts["target"] is not None and parts["actor"] is not None and (
                parts["target"].code or parts["target"].id) == (
                parts["actor"].code or parts["actor"].id):
            parts["target"] = None
    if trig is BLAME and parts["target"] is None:
        return None  # a charge against no one named
    if (disowner := disowned_by(tok)) is not None and parts["actor"] is None:
        parts["actor"] = actor_in(disowner, index)  # "Kyiv had nothing to do with the attack"
    if claimer is not None and parts["actor"] is None:
        parts["actor"] = actor_in(claimer, index)  # "JNIM claimed responsibility for the raid"
    victims = counted_victims(tok)  # "received 27 wounded people"
    if tok.pos_ == "ADJ" or victims:
        subj = _predicated_of(tok, trig, victims)
        if subj is None and figure_verb(tok) is None:
            return None
        if trig.lemma in FEELINGS:  # "Trump said he was unhappy about the strike": his word
            parts["actor"], parts["target"] = actor_in(subj, index), None
        else:
            parts["target"] = actor_in(subj, index)
    elif trig.lemma in FEELINGS and (who := child_of(tok, "nsubjpass") or (
            subject(tok.head) if tok.dep_ == "acomp" else None)) is not None:
        parts["actor"], parts["target"] = actor_in(who, index), None  # "was alarmed by"
    elif tok.pos_ != "VERB" and not _by_content(trig) and not (
            parts["actor"] or parts["recipient"] or parts["target"] or parts["place"]
            or has_quantity(tok, index) or figure_verb(tok) is not None or test_flight(tok)
            or _argument_of_clause(tok) or _aimed(tok, trig) or trig is OUTBREAK
            or _tidings_of(tok, trig) or trig.object in TOLD_WITHOUT_PARTIES
            or trig.type == "ASSAULT" and witnessed(tok)
            or tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in PROCLAIMING):
        return None  # (a truce "was announced" is told even with its parties elsewhere)
    quantity = attach_quantity(tok, trig, index) if trig is not OUTBREAK else None
    if tok.pos_ == "NOUN" and quantity is None and _uncounted_loss(tok, parts):
        return None  # "the toll on daily life is heavy", "highlighting enemy losses"
    if trig.type == "SUPPORT" and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return None  # "army units, backed by clan militias": a description, no statement
    if trig.type == "ASSAULT" and trig.subtype == "casualties" and parts["actor"] is None \
            and any(t.lemma_.lower() in DISASTERS and t.pos_ in ("NOUN", "PROPN")
                                           for t in sent):
        return None  # deaths in an earthquake, flood or crash are not violence
    type_, subtype, mode = trig.type, trig.subtype, trig.mode
    if displaced:
        type_, subtype, mode = "COERCE", None, None
    if subtype == "capture" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ATTEMPTING:
        # "Russian forces have been trying to take Pokrovsk": fighting for it, not its capture
        type_, subtype, mode = "ASSAULT", "combat", None
    if trig.type == "RETREAT" and trig.lemma == "leave" and parts["actor"] is not None \
            and parts["actor"].kind == "person":
        return None  # "after leaving Pyongyang, Putin flew to Hanoi": a visitor departs
    if trig.type == "REQUEST" and tok.lemma_.lower() == "ask" and tok.tag_ == "VBG" \
            and tok.dep_ in ("advcl", "acl", "conj") \
            and not any(c.dep_ == "xcomp" for c in tok.children):
        return None  # "went from house to house asking for the men", "asking why ambulances
        # were turned back": a search or a question on the way, no request (stop 30)
    if trig.type == "SUPPORT" and present_relative(tok):
        return None  # "to punish communities that back the rebels": whom a group is, by
        # the side it is said to take, no statement of support (stop 30)
    if trig.type == "RETREAT" and trig.lemma == "leave" and noun_classes().get(
            (subject(tok) or tok).lemma_.lower()) == "vehicle":
        return None  # "when the train left Quetta that morning": a departure, no withdrawal
    if type_ in ("ASSAULT", "AID") and present_relative(tok) and _own_arms_given_up(tok):
        return None  # "amnesty deals for gangs that give up their weapons": whoever would
    if subtype == "visit" and tok.pos_ == "VERB" and noun_classes().get(
            (tok.head if tok.dep_ == "acl" else subject(tok) or tok).lemma_.lower()) == "vehicle":
        return None  # "a passenger train travelling from Klimovo to Moscow": no visitor
    if subtype == "visit" and tok.lemma_.lower() == "travel" and noun_classes().get((
            subject(tok) or (subject(tok.head) if tok.dep_ in ("xcomp", "advcl") else None)
            or tok).lemma_.lower()) in ("people", "civilians"):
        return None  # "people had lined up their cars to travel into the south": no visit
    if type_ in ("ASSAULT", "AID") and _own_arms_given_up(tok):
        # "fighters set fire to their rifles", "we are destroying our weapons", "expected to
        # hand over their weapons": a side giving up its own arms disarms (PLOVER RETREAT)
        type_, subtype, mode = "RETREAT", "withdrawal", "disarm"
        parts["target"], parts["recipient"] = None, None
    if _mutual_pledge(tok):
        # "both governments pledged not to take hostile action against each other": a pledge
        # the parties make to each other is their agreement
        type_, subtype, mode = "AGREE", "agreement", None
    if released and _swapped(tok):
        # "307 people from each side were freed", "each handed over 303 prisoners", "returned
        # home in exchange for the same number": a release in a swap is the swap (AGREE)
        type_, subtype, mode = "AGREE", "agreement", None
    if trig.lemma in FLEEING and _armed(subject(tok), parts["actor"]):
        # "dozens of RSF fighters had fled eastwards": armed men who flee withdraw
        type_, subtype, mode = "RETREAT", "withdrawal", "withdraw"
    actor, recipient = parts["actor"], parts["recipient"]
    if subtype in ("arms_transfer", "troop_deployment") and trig.lemma in (
            "transfer", "transport", "move", "deploy", "dispatch", "station"):
        # to another state: aid; within one's own war effort: a movement
        if recipient is not None and actor is not None and recipient.code != actor.code \
                and recipient.kind == "state":
            type_ = "AID"
        elif trig.lemma == "transfer" and tok.pos_ == "NOUN" and recipient is None \
                and parts["place"] is None:
            pass  # "denied that any arms transfers took place": transfers between states
        elif subtype == "arms_transfer":
            type_, subtype, mode = "MOBILIZE", "weapons_movement", "weapons"
        else:
            type_ = "MOBILIZE"
    if type_ == "AID" and subtype in ("arms_transfer", "troop_deployment") and recipient is None \
            and (any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children) or any(
                c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in GUARDING
                for c in tok.children) or _reinforcing(tok) or _to_an_area(tok)):
        # "sent a dozen coast guard ships into waters near the island", "sent reinforcements
        # to the area": a movement, no gift
        type_ = "MOBILIZE"
        if subtype == "arms_transfer":
            subtype, mode = "weapons_movement", "weapons"
    if type_ == "AID" and judged_help(tok):
        # "Kim told Putin that helping Russia was a fraternal duty": backing, no delivery
        type_, subtype, mode = "SUPPORT", "support_statement", None
    teller = None  # who vowed the side's own act to come
    carrier = carried_on(tok)
    if type_ in ("ASSAULT", "COERCE") and conditional_threat(carrier):
        # "his forces would strike hard if Hezbollah broke the deal": a threat, not a strike
        type_, subtype, mode = "THREATEN", "warning", None
    elif type_ in ("ASSAULT", "COERCE", "THREATEN") and (vow := pledged_by(carrier)) is not None:
        # "the army vowed to retake the town", "said Moscow would respond": the side's own
        # act to come is a threat; another side's ("said Russia would use them") a forecast
        teller = vow
        said = subject(vow)
        speaker = actor_in(said, index) if said is not None else None
        if speaker is None and (up := next((a for a in vow.ancestors if a.lemma_.lower()
                                            in REPORT_CUES), None)) is not None:
            # "Gallant said the fire could be seen and warned that Israel would strike":
            # the warning parsed under another clause is still the teller's
            teller, said = up, subject(up)
            speaker = actor_in(said, index) if said is not None else None
        side = speaker and (speaker.code or speaker.country)
        if side and (actor is None or (actor.code or actor.country) == side):
            type_, subtype, mode = "THREATEN", "warning", None
            actor = actor or index.state_of(side) or speaker
        else:
            teller = None
    told = (None, None) if _by_content(trig) else (type_, subtype)
    attr = voice(doc, sent, tok, trig, told, index, claimed=(claimer, owned))
    if namer is not None:
        reported_by(attr, namer, index)  # "launched what the air force called an attack"
    recast_certainty(tok, trig, attr, index)  # hedged ("cannot be ruled out") or dismissed
    if teller is not None:
        reported_by(attr, teller, index)  # the threat is the word of whoever vowed it
    if trig is MENACE and tok.lemma_.lower() in ("go", "leave", "rest") and attr.negated:
        # "will not go unanswered", "would not leave it unanswered": the "not" is the threat's
        attr.negated = False
        attr.certainty = "reported" if attr.certainty == "denied" else attr.certainty
    if _by_content(trig) and attr.source.kind == "author" and (ups := [
            a for a in tok.ancestors if a.lemma_.lower() in REPORT_CUES
            and subject(a) is not None]):
        reported_by(attr, ups[-1], index)  # "Zelensky said the attack showed that Moscow ..."
    if type_ == "SUPPORT" and trig.type == "AID" and actor is None:
        actor = _speaker_side(doc, attr.source, index, recipient)  # the judge's side backs
    if _by_content(trig):
        if attr.source.kind == "author" or attr.negated:
            return None  # the reporter's own words, or a denial: no one's threat or charge
        actor = actor or _speaker_side(doc, attr.source, index, parts["target"])
    elif trig.object == "crime" and trig.type == "ACCUSE":  # "said the group had committed
        if attr.source.kind == "author" or not any(  # war crimes": the speaker's charge
                a.lemma_.lower() in REPORT_CUES for a in tok.ancestors):
            return None
        actor = actor or _speaker_side(doc, attr.source, index, parts["target"])
    if disowner is not None or trig.object == "falsified":
        attr.certainty = "denied"  # ("called the footage a fabrication": rejected, as a
        # charge called false is)
    if _no_such(tok):
        # "an Indian official said no such negotiations had been agreed": the claim made
        # before is denied ("no one was hurt" tells an absence, asserted, and stays so)
        attr.negated, attr.certainty = True, "denied"
    no_det = tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no"
                                         for c in tok.children)  # "no casualties"
    if trig is PRESENCE and no_det:
        attr.certainty = "denied"  # "there were no North Korean soldiers in Russia"
    none_given = next((c for c in tok.children if c.dep_ == "dobj" and any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)), None) \
        if tok.pos_ == "VERB" and trig is not BLAME else None  # ("had no interest": the charge)
    if none_given is not None:
        if type_ in ("AGREE", "COOPERATE", "SUPPORT") \
                and noun_classes().get(none_given.lemma_.lower()) is None:
            return None  # "offered no evidence", "accepts no funding": nothing agreed
        attr.negated, attr.certainty = True, "denied"  # "has provided no weapons"
    if trig is OBLIGATION:
        if attr.source.kind == "author" or attr.cue == tok.text:
            return None  # a demand is another's word, not the reporter's or the party's own
        parts["recipient"], actor = actor, None  # the party that must act is asked to
        recipient = parts["recipient"]
    if no_det:
        attr.negated = True
    if attr.negated and type_ in ("AGREE", "COOPERATE") and attr.certainty != "denied":
        # "will not accept more refugees": refusing is an event of its own (PLOVER REJECT)
        type_, subtype, mode = "REJECT", None, None
        attr.negated = False
    elif attr.negated and type_ in ("RETREAT", "CONCEDE") and attr.certainty != "denied" \
            and _future(tok):
        if tok.lemma_.lower() == "abandon":
            # "would not abandon the people of North Kivu": a pledge to stand by them
            type_, subtype, mode = "SUPPORT", "support_statement", None
        else:  # "said it would not lay down its weapons", "will not withdraw": a refusal
            type_, subtype, mode = "REJECT", None, None
        attr.negated = False
    if type_ == "ACCUSE" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in DENYING:
        # "the authorities denied the allegation": the claim is the denial (PLOVER REJECT)
        type_, subtype, mode = "REJECT", None, None
        attr.certainty = "denied"
    if attr.negated and attr.certainty == "reported" and type_ in MATERIAL_ACTS \
            and _own_side(doc, attr.source, actor):
        # "Peskov said Russian forces did not attack civilians" (a threat or a demand put
        # negatively, "will not be released until ...", stays what it is)
        attr.certainty = "denied"
    if type_ == "ACCUSE" and (own := _wrong_denied(doc, tok, attr, (actor, parts["target"]))):
        # "Addis Ababa insists it has broken no law": a side that denies its own wrongdoing
        # rejects the charge (PLOVER REJECT), denied
        type_, subtype, mode = "REJECT", None, None
        attr.certainty = "denied"
        actor, parts["target"] = own, None
    if (pair := mutual_parties(tok, index)) is not None:
        # "Kyiv and Moscow trade blame", "accused each other": the first named acts on
        # the second
        actor = pair[0]
        if type_ in AGAINST:
            parts["target"], recipient = pair[1], None
        else:
            recipient = pair[1]
    kind = trig.kind
    if trig.lemma in STANCE_CERTAINTY and attr.certainty in ("asserted", "reported"):
        # the claim is the stance itself: a denial is denied, a warning of what could
        # happen possible, an accusation alleged
        attr.certainty = STANCE_CERTAINTY[trig.lemma]
    if quantity is not None and attr.certainty == "estimated":
        kind = "quantity"
    item = item_of(tok, trig, sent, weapons_seen)
    inferred = {"actor": "document"} if parts.get("actor_from_document") else {}
    if trig is MENACE and actor is not None and parts["target"] is actor \
            and menace(tok)[0] == "actor":
        parts["target"] = None  # (a side that threatens by its readiness threatens no one
        # by its own name)
    return Claim(
        id="", kind=kind, type=type_, mode=mode, subtype=subtype,
        actor=actor.id if actor else None,
        recipient=recipient.id if recipient else None,
        target=parts["target"].id if parts["target"] else None,
        item=item, place=parts["place"], time=attach_time(tok, index),
        quantity=quantity, negated=attr.negated, source=attr.source, cue=attr.cue,
        certainty=attr.certainty,
        evidence=sentence_evidence(doc, sent),
        trigger=doc.span(tok.idx, tok.idx + len(tok.text)), inferred=inferred)


def _future(tok) -> bool:
    """Is the verb told in the future ("will not withdraw", "would not lay down", "won't")?"""
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in tok.children)


def judged_help(tok) -> bool:
    """ "helping Russia was a fraternal duty", "described the assistance as a fraternal
    gesture": help that a speaker names a duty or a gesture is their backing of the side
    helped (PLOVER SUPPORT), not a delivery the sentence tells."""
    if tok.dep_ in ("csubj", "nsubj") and tok.head.lemma_ == "be":
        return any(c.dep_ == "attr" and c.lemma_.lower() in DUTIES for c in tok.head.children)
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in JUDGING and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in DUTIES for g in c.children)
        for c in list(tok.head.children) + list(tok.children))


def carried_on(tok):
    """The verb that carries an act on ("would keep striking", "will continue to strike",
    "would resume strikes"), whose clause holds the will or the vow, else the act itself."""
    while (tok.dep_ in ("xcomp", "dobj") or tok.dep_ == "nsubj" and tok.pos_ == "NOUN") \
            and tok.head.lemma_.lower() in CARRYING_ON and tok.head.pos_ == "VERB":
        tok = tok.head  # (and "said the strikes will continue")
    return tok


def _reinforcing(tok) -> bool:
    """ "sent reinforcements", "reinforcements had been sent": forces that strengthen their
    own side's, moved (MOBILIZE), not given to another party."""
    sent = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    sent += [g for c in sent for g in c.children if g.dep_ == "conj"]
    return any(w.lemma_.lower() in REINFORCING for w in sent)


# areas named by a common noun: where a side moves its own forces ("sent to the region")
AREAS = {"region", "area", "province", "district", "front", "frontline", "border", "zone",
         "city", "town", "state", "department", "county"}


def _to_an_area(tok) -> bool:
    """ "5,000 soldiers have been sent to the region": forces sent to an area told by a
    common noun (no state to receive them) are moved, not given."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in AREAS and g.ent_type_ == ""
               for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
               for g in c.children)


#: verbs whose object is an act set going ("launched what it called an offensive")
SETTING_GOING = {"launch", "carry", "conduct", "mount", "stage", "unleash", "begin", "start",
                 "wage", "fire"}


def _launch_named(tok) -> bool:
    """Is `tok` the labelling verb of a free relative a verb of setting an act going takes
    as its object ("launched what the air force called the biggest aerial attack")?"""
    return tok.lemma_.lower() in LABELLING and tok.head.lemma_.lower() in SETTING_GOING \
        and tok.dep_ in ("ccomp", "dobj", "xcomp") and any(
            c.dep_ == "dobj" and c.lower_ in ("what", "whatever") for c in tok.children)


def _launch_name_of(tok):
    """The labelling verb whose free relative names the act `tok` ("attack" in "launched
    what the air force called the biggest aerial attack"), else None."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "as":
        head = head.head  # "what Kyiv described as a massive attack"
    elif tok.dep_ not in ("oprd", "xcomp", "attr"):
        return None
    return head if head.i != tok.i and _launch_named(head) else None


#: verbs by which parties commit themselves ("pledged to respect each other's borders")
COMMITTING_TO = {"pledge", "promise", "commit", "undertake", "vow", "swear"}


def _mutual_pledge(tok) -> bool:
    """Is `tok` a pledge the parties make to each other ("both governments pledge to
    respect each other's territorial integrity")?"""
    if tok.lemma_.lower() not in COMMITTING_TO or tok.pos_ != "VERB":
        return False
    doc = tok.doc
    if any(t.lower_ == "each" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "other"
           for t in tok.subtree):
        return True
    # "Guyana and Venezuela pledge not to use force": two parties forswearing an act
    subj = subject(tok)
    return subj is not None and any(c.dep_ == "conj" for c in subj.children) and any(
        x.dep_ == "xcomp" and any(n.dep_ == "neg" for n in x.children) for x in tok.children)


def _forsworn(tok) -> bool:
    """Is the act `tok` negated, or done by "neither" ("neither would threaten the other",
    "not to resort to force")?"""
    return any(c.dep_ == "neg" or c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in (
        "neither", "none", "nobody") for c in tok.children) or tok.dep_ == "conj" and \
        _forsworn(tok.head)


def _no_such(tok) -> bool:
    """Is the subject of the verb `tok` "no such ..." ("no such negotiations had been
    agreed"), a denial of what another said?"""
    return tok.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no"
                                                  for d in c.children)
        and any(d.lower_ == "such" for d in c.children) for c in tok.children)


def _swapped(tok) -> bool:
    """Is the release told by `tok` a swap: "from each side", "Russia and Ukraine each",
    "in exchange for", "the same number of prisoners" in the words it governs (a verb
    conjoined to it counts: "were returned ... and the same number handed over")?"""
    words = {t.lower_ for t in tok.subtree}
    return "each" in words or ("exchange" in words and "in" in words) or (
        "same" in words and "number" in words)


def _named(actor, phrase) -> bool:
    """An accused party named as such: a state or a proper name ("Russia", "the Islamic
    State group"), not "the government" of no stated country."""
    return actor is not None and phrase is not None and bool(
        actor.code or any(t.pos_ == "PROPN" for t in phrase.subtree))


def _speaker_side(doc: Document, source, index: Index, target):
    """The state whose government, military or official says a threat or a charge
    ("the ministry said the aggressors would pay dearly"), unless it is the target's."""
    if source.actor is None or source.kind not in SPOKESPEOPLE:
        return None
    said, side = _source_side(doc, source)
    if side is None or (target is not None and side in (target.code, target.country)):
        return None
    return index.state_of(side) or said


#: PLOVER types whose second party is acted against (a target), not a recipient
AGAINST = frozenset({"ACCUSE", "ASSAULT", "THREATEN", "SANCTION", "COERCE", "PROTEST",
                     "REJECT"})
#: verbs of a wrong done ("violated no law"): denied by the doer's own side, a rejection
WRONGDOING = frozenset({"violate", "break", "breach", "flout", "infringe", "commit"})
#: PLOVER types of deeds (not words): one its own side says was not done is denied
MATERIAL_ACTS = frozenset({"ASSAULT", "MOBILIZE", "AID", "COERCE", "RETREAT", "SANCTION"})


def _wrong_denied(doc: Document, tok, attr, parties):
    """The party (of `parties`) whose own side says it did no wrong ("violated no law"),
    or None: a negated verb of a wrong done, told by that party's side."""
    if not attr.negated or tok.lemma_.lower() not in WRONGDOING:
        return None
    return next((party for party in parties if _own_side(doc, attr.source, party)), None)


def _own_side(doc: Document, source, actor) -> bool:
    """Does the source speak for the actor: the same actor, or one of the same state
    ("the Kremlin" for "Russian forces")? A negated act told by its own side is denied."""
    if source.actor is None or actor is None:
        return False
    if source.actor == actor.id:
        return True
    side = _source_side(doc, source)[1]
    return bool(side) and side in (actor.code, actor.country)


def _source_side(doc: Document, source):
    """(the source's actor, the state it speaks for: its code or country), either None."""
    said = next((a for a in doc.actors if a.id == source.actor), None)
    return said, said and (said.code or said.country)


ARMED = {"militant", "insurgent", "gunman", "attacker", "assailant", "rebel", "jihadist",
         "militiaman", "raider", "combatant"}


def _armed(who, actor) -> bool:
    """Armed men: soldiers, fighters or militants, or a force or armed group by name."""
    if who is None:
        return False
    head = who
    if who.dep_ != "pobj" and (of := next((c for c in who.children if c.dep_ == "prep"
                                          and c.lower_ == "of"), None)) is not None:
        head = next((g for g in of.children if g.dep_ == "pobj"), who)  # "dozens of fighters"
    lemma = head.lemma_.lower()
    return noun_classes().get(lemma) == "troops" or lemma in ARMED or (
        head.pos_ == "PROPN" and actor is not None
        and actor.kind in ("armed_group", "military_unit"))


# verbs of giving up or destroying one's own arms
GIVING_UP = {"burn", "destroy", "hand", "surrender", "lay", "drop", "set", "dump", "scrap",
             "decommission", "melt", "relinquish", "turn"}


def _own_arms_given_up(tok) -> bool:
    """Does the verb give up or destroy arms its own subject holds ("their rifles", "our
    weapons"; also "set fire to their rifles")?"""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in GIVING_UP and not (
            tok.lemma_.lower() == "give" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)):
        return False  # ("gangs that give up their weapons"; "gave them weapons" arms them)
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
        return False  # "he set off his explosives": a detonation, not arms given up
    if tok.lemma_.lower() == "turn" and not any(
            c.dep_ == "prt" and c.lower_ in ("over", "in")
            or c.dep_ == "prep" and c.lower_ == "over"
            for c in tok.children):
        return False  # "turned its guns on the government" attacks
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for c in [tok, *objs] for p in c.children if p.dep_ == "prep"
             and p.lower_ in ("to", "over") for g in p.children if g.dep_ == "pobj"]
    subj = subject(tok) or subject(tok.head)
    if subj is not None and subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        subj = tok.head  # "gangs that give up their weapons": the gangs
    return subj is not None and any(
        noun_classes().get(o.lemma_.lower()) == "weapons" and any(
            c.dep_ == "poss" and _owner_is(c, subj) for c in o.children) for o in objs)


def _owner_is(pronoun, subj) -> bool:
    """Does the possessive pronoun stand for the subject ("the fighters ... their rifles",
    "we ... our weapons"; not "Ukraine destroyed their tanks")?"""
    word = pronoun.lower_
    if word == "their":
        return subj.tag_ in ("NNS", "NNPS") or subj.lower_ == "they"
    if word == "our":
        return subj.lower_ == "we"
    if word == "its":
        return subj.tag_ in ("NN", "NNP") and subj.lower_ not in ("he", "she")
    return word in ("his", "her") and subj.lower_ in ("he", "she")


def _argument_of_clause(tok) -> bool:
    """An event noun that a clause is about: subject or object of a verb, or a copula's
    attribute ("The package also includes ...", "posed a grave threat")."""
    if tok.head.lemma_.lower() in OBSTRUCTING:
        return False  # "could undermine international sanctions" is not a sanction
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and tok.head.pos_ in ("VERB", "AUX")


def _uncounted_loss(tok, parts: dict) -> bool:
    """A loss noun with no count that names no deaths: "bodies" need a number ("a UN
    body" is none); losses a verb of telling takes ("does not publish its own losses",
    "gave no toll"); and "losses" or "the toll on daily life" with no party or place to
    say whose ("no casualties were reported" stays a claim: none were)."""
    lemma = tok.lemma_.lower()
    # ("harder to document the toll": a toll documented with no figure)
    disclosed = tok.head.lemma_.lower() in DISCLOSING or (
        lemma == "toll" and tok.head.lemma_.lower() in DOCUMENTING)
    if lemma == "body" or (lemma in ("loss", "toll", "casualty") and tok.dep_ == "dobj"
                           and disclosed and not _sized(tok)):
        return True
    figurative = lemma == "loss" or (lemma == "toll" and any(
        c.dep_ == "prep" and c.lower_ == "on" for c in tok.children))
    return figurative and (disclosed or not (parts["actor"] or parts["target"]
                                             or parts["place"]))


def _sized(tok) -> bool:
    """ "acknowledged heavy casualties": a loss told with its size, though not counted."""
    return any(c.dep_ == "amod" and c.lower_ in LOSS_SIZES for c in tok.children)


def _aimed(tok, trig: Trigger) -> bool:
    """A violent event noun aimed at something named, even if unresolved: "the attack on
    the base at Boulkessi", "at war with the army", "clashes with gunmen"."""
    return trig.type in ("ASSAULT", "COERCE") and any(
        c.dep_ == "prep" and c.lower_ in ("on", "against", "with") and
        any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
        for c in tok.children)


def _dedupe(found) -> list[Claim]:
    """One claim per event: drop a trigger that restates another of the same subtype."""
    out: list[Claim] = []
    kept: list[tuple[object, Trigger, Claim]] = []
    for tok, trig, claim in found:
        dup = None
        for ktok, ktrig, kclaim in kept:
            same = (kclaim.subtype or kclaim.type) == (claim.subtype or claim.type)
            related = tok in ktok.subtree or ktok in tok.subtree
            if related and _own_subjects(tok, ktok):
                related = False  # "Ten tanks will arrive ... and 24 howitzers will arrive"
            if related and (claim.certainty == "denied") != (kclaim.certainty == "denied"):
                related = False  # "says it targets only the military and denies attacking"
            if same and related:
                dup = kclaim
                break
        if dup is not None:
            _merge(dup, claim)
            continue
        kept.append((tok, trig, claim))
        out.append(claim)
    return out


def _own_subjects(a, b) -> bool:
    """Two coordinated verbs, each with a subject or an object of its own, are two events:
    "Ten tanks will arrive ... and 24 howitzers will arrive", "killing at least 40 people
    and wounding more than 20 others"."""
    if a.pos_ != "VERB" or b.pos_ != "VERB" or "conj" not in (a.dep_, b.dep_):
        return False
    for deps in (SUBJECT_DEPS, ("dobj",)):
        sa = [c for c in a.children if c.dep_ in deps]
        sb = [c for c in b.children if c.dep_ in deps]
        if sa and sb and sa[0].lower_ != sb[0].lower_:
            return True
    return False


def _merge(into: Claim, other: Claim) -> None:
    for field in ("actor", "recipient", "target", "item", "place", "time", "quantity"):
        if getattr(into, field) is None and getattr(other, field) is not None:
            setattr(into, field, getattr(other, field))
