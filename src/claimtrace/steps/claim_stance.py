"""Threats and accusations told by what a speaker says, with no verb of threatening or
accusing.

"The general said the aggressors would pay dearly", "Tehran said the attack would not go
unanswered", "all options remain on the table", "any ship entering the zone would be a
legitimate target" threaten (PLOVER THREATEN); "the ministry said Russia bore full
responsibility", "had committed war crimes", "had failed to protect civilians", "was
deliberately dragging out the war", "bore the hallmarks of the group" accuse (PLOVER ACCUSE);
"the attacks broke international law", "the killing had crossed a red line", "said he was
horrified by the images" decry an act whose doer may go unnamed (ACCUSE); "Washington stood
with its ally", "hailed the outcome as a major victory", "the decision would make the
alliance stronger" back a side or its move (PLOVER SUPPORT).
Each reading says which party the clause's subject is: the one threatened or accused
(`"target"`), the one who threatens (`"actor"`), or neither (`None`). The claims step keeps
such a claim only in what someone other than the reporter says (`said_within`)."""
from __future__ import annotations

from ..attribution import REPORT_CUES, actor_source
from ..timex_tense import FUTURE_MODALS
from .claim_hedges import SUSPECT, hedged, suspicion
from .claim_index import child_of, named_party, subject
from .claim_words import PLEDGING, conditional
from .claim_lexicon import Trigger, triggers

# the synthetic triggers the claims step types these clauses with
MENACE = Trigger("menace", "VERB", "THREATEN", None, "warning", "statement", "any")
BLAME = Trigger("impute", "VERB", "ACCUSE", None, None, "statement", "any")
DISMISS = Trigger("dismiss", "VERB", "REJECT", None, None, "statement", "any")
# a charge about an act, whose doer the clause may not name: the speaker's word against it
DECRY = Trigger("outcry", "VERB", "ACCUSE", None, None, "statement", "any")
# backing of a side or praise of its move, told by what the speaker says of it
ACCLAIM = Trigger("acclaim", "VERB", "SUPPORT", None, "support_statement", "statement", "any")
# the readings whose party the content gives
STANCES = (MENACE, BLAME, DISMISS, DECRY, ACCLAIM, SUSPECT)

FUTURE = FUTURE_MODALS | {"must", "should", "could", "may", "might"}
# what a threatened party is told to expect or will face
ANSWERS = {"response", "retaliation", "revenge", "fate", "punishment", "consequence",
           "answer", "reprisal", "retribution", "vengeance", "reaction", "reply"}
UNANSWERED = {"unanswered", "unpunished", "unavenged"}
# what a side says it would take a move for: "would regard any attack as a declaration of
# war", "would treat it as an act of aggression"
CASUS_BELLI = {"war", "aggression"}
LABELLING = {"regard", "consider", "treat", "view", "see", "deem"}
# "arming Kyiv would be a serious error / a grave mistake": a warning against the act
MISTAKES = {"mistake", "error", "miscalculation", "blunder"}
# what one takes or adopts in answer to another side
COUNTERS = {"countermeasure", "counter-measure", "retaliatory", "reciprocal", "reprisal",
            "response", "responsive"}
# the wrongs one commits
CRIMES = {"genocide", "crime", "atrocity", "massacre", "violation", "abuse", "cleansing",
          "murder", "terrorism", "aggression", "war-crime"}
# duties one can fail: "failed to protect civilians", "failed to take precautions"
DUTIES = {"protect", "prevent", "take", "stop", "honour", "honor", "respect", "comply",
          "abide", "uphold", "investigate", "fulfil", "fulfill", "implement", "halt",
          "punish", "rein", "curb", "safeguard", "ensure"}
WILFULLY = {"deliberately", "intentionally", "wilfully", "willfully", "systematically",
            "knowingly", "indiscriminately", "purposely", "purposefully"}
# what one side is charged with using people or things as
PAWNS = {"shield", "chip", "pawn", "weapon", "cover", "hostage"}
# how an attack is said to have been plotted from abroad or by another side
PLOTTING = {"plan", "direct", "orchestrate", "mastermind", "organise", "organize",
            "finance", "fund", "sponsor", "coordinate", "order"}
# what a side is said to have none of: "Moscow has no interest in peace"
DISPOSITIONS = {"interest", "intention", "desire", "will", "regard", "respect", "plan"}
# verbs by which an event is said to reveal a side's fault
EXPOSING = {"show", "prove", "demonstrate", "reveal", "expose", "underline", "underscore",
            "highlight"}
# the faults revealed: "exposed the government's failure to protect"
FAILINGS = {"failure", "lack", "inability", "unwillingness", "disregard", "contempt",
            "indifference", "negligence", "complicity", "incompetence", "impotence"}
# what a charge is called when it is rejected, and the charges
FALSEHOODS = {"baseless", "unfounded", "groundless", "false", "untrue", "absurd",
              "fabricated", "ridiculous", "fabrication", "lie", "nonsense", "slander",
              "propaganda", "fiction", "fake", "fantasy", "invention", "disinformation",
              "misinformation", "hoax"}
# verbs that reject what they label: "dismissed the claims as baseless"
DISMISSING = {"dismiss", "reject", "deny", "brush", "wave", "rubbish", "slam", "denounce"}
CHARGES = {"allegation", "accusation", "claim", "charge", "report", "assertion",
           "suggestion", "account", "version", "insinuation", "narrative", "story",
           "rumour", "rumor", "speculation", "announcement", "statement"}
# a charge told before, taken up by a demonstrative: "called that a fabrication"
CHARGE_PRONOUNS = {"that", "this"}
# what an act is said to have been when its doer disowns the intent: "said the damage was
# accidental", "the collision was an accident" (a rejection of the charge of an attack)
ACCIDENTAL = {"accidental", "unintentional", "inadvertent", "unintended", "involuntary"}
MISHAPS = {"accident", "mishap"}
# what may be called accidental: the harm done or the act that did it
HARMS = {"damage", "incident", "collision", "blast", "explosion", "fire", "crash", "cut",
         "rupture", "break", "breach", "death", "killing", "shooting", "strike", "hit",
         "sinking", "downing", "incursion", "intrusion", "violation"}
# the marks an act leaves of who did it: "bore the hallmarks of the group"
MARKS = {"hallmark", "footprint", "fingerprint", "signature", "handiwork"}
# what a charge shares out: "bore part of the blame", "carries a share of responsibility"
BLAME_WORDS = {"responsibility", "blame"}
SHARES = {"part", "share", "portion", "some", "much", "most"}
# a side's words an event is said to unmask: "exposed Moscow's claims to want peace"
PRETENCES = {"claim", "hypocrisy", "lie", "pretence", "pretense", "duplicity", "talk",
             "rhetoric", "promise"}
UNMASKING = {"expose", "unmask", "belie"}
# hiding among those a side must spare: "Hamas fighters hide among civilians"
HIDING = {"hide", "shelter", "embed", "conceal", "operate", "entrench"}
SPARED = {"civilian", "population", "resident", "people", "family", "child", "refugee",
          "patient", "hospital", "school", "shelter", "mosque", "home"}
# breaches of what binds a side: "the attacks broke international law", "flouted the truce"
BREAKING = {"break", "violate", "flout", "breach", "contravene", "defy", "trample",
            "disregard", "ignore", "undermine", "infringe", "cross"}
NORMS = {"law", "norm", "ceasefire", "truce", "sovereignty", "resolution", "convention",
         "charter", "rule", "obligation", "principle", "agreement", "accord", "commitment",
         "integrity", "armistice", "treaty", "right", "deal", "pledge", "promise"}
# dismay an act or its pictures cause: "was horrified by the images", "shocked at the killing"
DISMAYED = {"horrify", "appal", "appall", "outrage", "shock", "dismay", "sicken", "disgust",
            "anger", "incense", "horrified", "appalled", "outraged", "shocked", "dismayed",
            "sickened", "disgusted", "angered", "incensed", "revolted", "revolt"}
DISMAY_PREPS = {"by", "at", "over", "about"}
# what such dismay is about, beside an act: its pictures and its news
TOLD_ACTS = {"footage", "video", "image", "picture", "photo", "photograph", "scene", "report",
             "news", "killing", "death", "loss", "treatment", "use", "behaviour", "behavior",
             "conduct", "action", "act", "decision", "move"}
HOSTILE = ("ASSAULT", "COERCE", "ACCUSE", "THREATEN", "SANCTION", "PROTEST")
# backing a side: "Washington stood with its ally", "Paris stands behind Kyiv"
STANDING = {"stand", "side"}
STANDING_PREPS = {"with", "by", "behind"}
# praise of a move or its outcome: "hailed the outcome", "hailed it as a major victory"
HAILING = {"hail", "herald", "salute", "applaud", "commend", "celebrate", "acclaim", "cheer"}
NAMING = {"describe", "call", "term", "label", "hail", "herald", "characterize",
          "characterise", "brand", "see", "regard", "consider"}
VICTORIES = {"victory", "success", "triumph", "win", "breakthrough", "milestone",
             "achievement"}
GOOD_DAYS = {"good", "great", "historic", "proud", "important"}
# moves, beside those whose effects are praised, that a speaker may call a good step
GOOD_MOVES = {"handover", "transfer", "release", "withdrawal", "ceasefire", "truce", "reform",
              "ratification", "signing", "announcement", "initiative", "proposal", "return",
              "reopening", "exchange", "swap", "disarmament", "dialogue", "talks", "election"}
# what a move is called when it is praised: "an important threshold", "a historic step";
# the nouns need a word of praise, which alone can be the label ("the move was historic")
MILESTONES = {"step", "threshold", "signal", "landmark", "moment", "advance", "progress",
              "contribution", "gesture", "development", "turning-point", "point"}
PRAISING = {"important", "significant", "major", "historic", "positive", "welcome",
            "crucial", "vital", "decisive", "landmark", "great", "good", "encouraging",
            "promising", "commendable", "momentous", "groundbreaking", "constructive"}
# what a move is said to make stronger: "would make the alliance stronger"
STRONGER = {"strong", "stronger", "safe", "safer", "secure", "united", "resilient"}
STRENGTHENING = {"strengthen", "bolster", "reinforce", "boost", "galvanize", "galvanise",
                 "embolden", "fortify", "inspire"}
ARMS = {"force", "army", "military", "troop", "defence", "defense", "capability", "arsenal",
        "position", "grip", "control", "hand"}
# the moves whose effects are praised (not a side's forces, whose growth is a mobilization)
MOVES = {"decision", "deal", "agreement", "accord", "example", "move", "step", "outcome",
         "commitment", "membership", "sacrifice", "martyrdom", "aid", "package", "pledge",
         "summit", "support", "plan", "investment", "spending", "target", "treaty", "visit",
         "partnership", "cooperation", "co-operation", "accession", "result", "vote"}


def said_within(tok) -> bool:
    """`tok` stands in what someone says: a clause under a verb of saying, warning or
    vowing ("the ministry said Russia bore ...", "'They will pay dearly,' he said")."""
    return any(a.lemma_.lower() in REPORT_CUES or a.lemma_.lower() in PLEDGING
               for a in tok.ancestors)


def _answerer(be):
    """Whose answer is the subject of `be` ("Iran's answer would be ...": Iran, who
    threatens), or None; a "fate" is no one's answer."""
    answer = next((c for c in be.children if c.dep_ == "nsubj"
                   and c.lemma_.lower() in ANSWERS - {"fate"}), None)
    return next((m for m in answer.children if m.dep_ == "poss"), None) if answer else None


#: adjectives of a side's readiness to act
READY = {"ready", "prepared", "willing"}


#: acts of force a side says it is ready to take ("respond with force", "order action")
FORCEFUL = {"strike", "retaliate", "respond", "intervene", "attack", "hit", "act", "use"}
FORCES = {"action", "force", "measure", "step", "strike", "response"}


def _forceful(verb) -> bool:
    """Is the act `verb` one of force ("order further action", "respond with force")?"""
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in FORCEFUL or any(
        t.lemma_.lower() in FORCES for t in verb.subtree if t.dep_ in ("dobj", "pobj")))


def _future(tok) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in tok.children)


def _lemmas(tok, deps) -> set[str]:
    return {c.lemma_.lower() for c in tok.children if c.dep_ in deps}


def menace(tok) -> tuple[str | None, object] | None:
    """A threat told by its content: (which party the `party` token is, party token), or
    None. `"target"`: the party threatened ("the aggressors would pay dearly"); `"actor"`:
    the party who threatens ("Moscow would take countermeasures"); None: no party named
    ("the attack will not go unanswered")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" or tok.pos_ == "AUX":
        if lemma == "pay" and _future(tok) and (
                "price" in _lemmas(tok, ("dobj",))
                or _lemmas(tok, ("advmod",)) & {"dearly", "heavily"}
                or any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)):
            return "target", subject(tok)
        if lemma in ("regret", "rue") and (_future(tok) or _made_by_future(tok)) \
                or lemma == "pay" and _made_by_future(tok):
            # "you will regret it", "would make the occupiers regret their act", "would make
            # them pay", "vowed to make Israel pay": the one made to regret or pay is
            # threatened ("Israel will be made to regret": the one made to)
            made = tok.head
            return "target", subject(tok) or (subject(made) if any(
                c.dep_ == "auxpass" for c in made.children) else None)
        if lemma == "be" and _future(tok) and (owner := _answerer(tok)) is not None and any(
                c.dep_ in ("acomp", "attr") for c in tok.children):
            return "actor", owner  # "Iran's answer would be decisive and painful"
        if lemma == "leave" and any(c.dep_ == "auxpass" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "without" and any(
                    g.lemma_.lower() in ANSWERS for g in c.children) for c in tok.children):
            # "Washington's involvement ... will not be left without a response"
            left = subject(tok)
            owner = next((c for c in left.children if c.dep_ == "poss"), None) if left else None
            return "target", owner or left
        if lemma in ("expect", "face", "await", "feel") and _future(tok) \
                and _lemmas(tok, ("dobj",)) & ANSWERS:
            return "target", subject(tok)
        if lemma == "go" and any(c.lemma_.lower() in UNANSWERED for c in tok.children
                                 if c.dep_ in ("acomp", "oprd", "advmod", "xcomp", "dobj")):
            return None, None
        if lemma == "rest" and _future(tok) and any(c.dep_ == "neg" for c in tok.children) \
                and any(c.dep_ == "advcl" and any(m.lower_ == "until" for m in c.children)
                        for c in tok.children):
            return "actor", subject(tok)  # "would not rest until they were caught"
        if lemma == "leave" and any(c.lemma_.lower() in UNANSWERED for c in tok.children
                                    if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")):
            return "actor", subject(tok)  # "Ankara would not leave the deaths unanswered"
        if lemma in ("take", "adopt", "impose") and (_future(tok) or tok.dep_ == "xcomp") \
                and any(c.dep_ == "dobj" and (c.lemma_.lower() in COUNTERS or (
                    c.lemma_.lower() == "measure"
                    and _lemmas(c, ("amod", "compound")) & COUNTERS)) for c in tok.children):
            return "actor", subject(tok)
        if lemma in LABELLING and _future(tok) and any(
                c.dep_ == "prep" and c.lower_ == "as" and any(_casus_belli(g) for g in c.children)
                for c in list(tok.children) + [
                    g for d in tok.children if d.dep_ == "dobj" for g in d.children]):
            return "actor", subject(tok)  # "would regard any move against Kiir as war"
        if lemma == "be" and _future(tok) and any(
                c.dep_ == "attr" and c.lemma_.lower() in MISTAKES for c in tok.children) and any(
                c.dep_ in ("csubj", "nsubj") and c.tag_ == "VBG" for c in tok.children):
            return "actor", None  # "arming Kyiv would be a serious error": the speaker warns
        if lemma == "use" and "force" in _lemmas(tok, ("dobj",)) and (
                _future(tok) or tok.dep_ == "xcomp"):
            return "actor", subject(tok)
        if lemma == "defend" and any(
                c.dep_ == "prep" and c.lower_ in ("by", "with") and any(
                    g.lemma_.lower() == "mean" and "all" in _lemmas(g, ("det", "predet", "amod"))
                    for g in c.children) for c in tok.children):
            return "actor", subject(tok)
        return None
    if tok.pos_ == "ADJ" and lemma in READY and tok.dep_ == "acomp" and any(
            conditional(c) for x in tok.children if x.dep_ == "xcomp" and _forceful(x)
            for c in x.children):
        # "was ready to order further action if the attacks did not stop": a conditional
        # readiness to act threatens who would bring the condition about
        return "actor", subject(tok.head)
    if tok.pos_ == "NOUN" and lemma == "target" and "legitimate" in _lemmas(tok, ("amod",)):
        head = tok.head
        if tok.dep_ == "attr":  # "would be a legitimate target": the subject is
            return "target", subject(head)
        if tok.dep_ == "pobj" and head.lower_ == "as":  # "treat them as legitimate targets"
            verb = head.head
            return "target", child_of(verb, "dobj") or child_of(verb, "nsubjpass")
        if tok.dep_ in ("oprd", "xcomp"):  # "would be considered legitimate targets"
            return "target", child_of(head, "nsubjpass") or child_of(head, "dobj")
        return None
    if tok.pos_ == "NOUN" and lemma == "option" and "all" in _lemmas(tok, ("det", "predet")):
        verb = tok.head
        if any(c.dep_ == "prep" and c.lower_ == "on" and "table" in _lemmas(c, ("pobj",))
               for c in list(verb.children) + list(tok.children)):
            return "actor", None  # "all options remain on the table": the speaker's side
    return None


def _casus_belli(tok) -> bool:
    """ "a declaration of war", "an act of aggression", "an act of war"."""
    return tok.lemma_.lower() in ("declaration", "act") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lemma_.lower() in CASUS_BELLI for g in c.children) for c in tok.children)


def warned_against(tok) -> list:
    """The act a warning of its cost names as its subject ("arming Kyiv would be a serious
    error"): no act told, the warning's content (empty when `tok` is no such warning)."""
    if tok.lemma_.lower() != "be" or menace(tok) != ("actor", None):
        return []
    return [c for c in tok.children if c.dep_ in ("csubj", "nsubj") and c.tag_ == "VBG"]


def blame(tok):
    """An accusation told by its content: the token of the accused party (which may be
    None when the clause names none), or False when `tok` accuses no one.
    "Russia bore full responsibility", "had committed war crimes", "failed to protect
    civilians", "was deliberately dragging out the war", "bore the hallmarks of the group",
    "showed the true nature of the regime"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        objects = _lemmas(tok, ("dobj",))
        if lemma in ("bear", "carry", "shoulder") and (objects & BLAME_WORDS or any(
                c.dep_ == "dobj" and c.lemma_.lower() in SHARES and any(
                    p.lower_ == "of" and _lemmas(p, ("pobj",)) & BLAME_WORDS
                    for p in c.children) for c in tok.children)):
            return subject(tok)  # "bore full responsibility", "bore part of the blame"
        if lemma in ("lie", "lay", "rest") and (held := subject(tok)) is not None \
                and held.lemma_.lower() in BLAME_WORDS:
            # "responsibility for the strike lay with Washington": the one it lies with
            return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj"), False)
        if lemma in ("commit", "perpetrate") and objects & CRIMES:
            return subject(tok) or _agent(tok)
        if lemma == "fail" and any(c.dep_ == "xcomp" and c.lemma_.lower() in DUTIES
                                   for c in tok.children):
            return subject(tok)
        if _lemmas(tok, ("advmod",)) & WILFULLY:
            return subject(tok) or _agent(tok)
        if lemma == "use" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
                g.lemma_.lower() in PAWNS for g in c.children) for c in tok.children):
            return subject(tok)  # "were using civilians as human shields"
        if lemma in PLOTTING and _passive(tok):
            # "the attack had been directed from Afghanistan", "planned and directed by
            # India": where or by whom it was plotted
            plotted = [tok] + [c for c in tok.children
                               if c.dep_ == "conj" and c.lemma_.lower() in PLOTTING]
            return next((g for v in plotted for c in v.children
                         if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("from", "by")
                         for g in c.children if g.dep_ == "pobj"), None)
        if lemma in HIDING and any(c.dep_ == "prep" and c.lower_ in ("among", "behind") and
                                   _lemmas(c, ("pobj",)) & SPARED for c in tok.children):
            return subject(tok)  # "Hamas fighters hide among civilians"
        if lemma == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in DISPOSITIONS
                                   and "no" in _lemmas(c, ("det",)) for c in tok.children):
            return subject(tok)  # "Moscow had no interest in peace"
        if lemma in EXPOSING | UNMASKING and (failing := child_of(tok, "dobj")) is not None \
                and (failing.lemma_.lower() in FAILINGS
                     or lemma in UNMASKING and failing.lemma_.lower() in PRETENCES):
            # "exposed the authorities' failure to protect", "showed a lack of Israeli will"
            return child_of(failing, "poss") or next(
                (t for t in failing.subtree if t.dep_ in ("amod", "poss", "pobj")
                 and t.ent_type_ in ("NORP", "GPE", "ORG")), None)
        return False
    if tok.pos_ == "NOUN" and (lemma in MARKS or lemma == "nature" and "true" in _lemmas(
            tok, ("amod",)) or lemma == "work" and tok.dep_ == "attr"
            and _hostile_act(subject(tok.head))):  # "the bombing was the work of the front"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = child_of(of, "pobj") if of is not None else child_of(tok, "poss")
        if owner is not None:
            return owner
    return False


def _passive(tok) -> bool:
    """A passive verb, or the second of two sharing one passive auxiliary ("had been
    planned and directed by")."""
    return any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ == "conj" and any(
        c.dep_ == "auxpass" for c in tok.head.children)


def dismissal(tok) -> bool:
    """A charge told to be false ("said the allegation was baseless", "called the reports a
    fabrication"): the speaker rejects it (PLOVER REJECT)."""
    lemma = tok.lemma_.lower()
    if (verb := _label_verb(tok)) is not None:
        # "described reports of the attack as false", "dismissed the claim as a lie": the
        # label's "as" is the word of rejection (an adjective after "as" heads no clause)
        charge = child_of(verb, "dobj")
        return charge is not None and charge.lemma_.lower() in CHARGES
    if lemma in ACCIDENTAL | MISHAPS and tok.dep_ in ("acomp", "attr") \
            and tok.head.lemma_ == "be":
        # "lawyers said the damage was accidental": the act is disowned as no attack
        harm = subject(tok.head)
        return harm is not None and (harm.lemma_.lower() in HARMS or _hostile_act(harm))
    if lemma not in FALSEHOODS and not (lemma == "thinking" and "wishful" in _lemmas(
            tok, ("amod",))):  # ("the announcement was wishful thinking")
        return False
    if tok.dep_ in ("acomp", "attr", "oprd"):
        charge = child_of(tok.head, "dobj") if tok.dep_ == "oprd" else subject(tok.head)
    else:
        return False
    return charge is not None and (charge.lemma_.lower() in CHARGES
                                   or charge.lower_ in CHARGE_PRONOUNS)


def _label_verb(tok):
    """The verb that labels its object false with the "as" `tok`, or None: "described the
    reports as false" ("as" heads the label, or is parsed as the adjective's adverb)."""
    if tok.lower_ != "as":
        return None
    if tok.dep_ == "prep" and any(c.dep_ in ("amod", "pobj", "acomp")
                                  and c.lemma_.lower() in FALSEHOODS for c in tok.children):
        return tok.head
    label = tok.head
    if tok.dep_ == "advmod" and label.lemma_.lower() in FALSEHOODS \
            and label.dep_ in ("advcl", "oprd", "xcomp", "acomp", "ccomp"):
        return label.head
    return None


def accuser(tok):
    """The party whose charge a dismissal rejects ("the Israeli account was false",
    "Moscow's claims"), or None."""
    if (verb := _label_verb(tok)) is not None:
        charge = child_of(verb, "dobj")
    elif tok.dep_ == "oprd":
        charge = child_of(tok.head, "dobj")
    else:
        charge = subject(tok.head)
    if charge is None or charge.lemma_.lower() not in CHARGES:
        return None
    return named_party(charge, ("by", "from"))


# who may be hailed or applauded, beside a move: "hailed the troops", "applauded its allies"
PRAISED_PARTIES = {"ally", "partner", "troop", "soldier", "force", "army", "fighter", "people",
                   "leader", "government", "nation", "country", "hero", "defender"}


def _praisable(obj) -> bool:
    """A move, its outcome or a party, the things hailed in praise ("hailed the decision",
    "applauded Kyiv"), not a taxi or a cab hailed in the street."""
    return obj is not None and (obj.lemma_.lower() in MOVES | PRAISED_PARTIES
                                or obj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))


def _agent(tok):
    by = next((c for c in tok.children if c.dep_ == "agent"), None)
    return child_of(by, "pobj") if by is not None else None


def _made_by_future(tok) -> bool:
    """ "would make the occupiers regret": the verb is what a future "make" brings about."""
    make = tok.head
    return tok.dep_ in ("ccomp", "xcomp", "advcl") and make.lemma_.lower() == "make" and (
        _future(make) or make.dep_ == "xcomp" and make.head.lemma_.lower() in PLEDGING)


def _doer_named(tok):
    """Who a breach's subject says did it: a side ("Israel flouted the truce"), the side an
    act's modifiers name ("Israeli strikes broke the law"), the subject of an act told by a
    gerund ("Pyongyang sending troops breached ..."); an act named alone ("the attacks",
    "the killing") names no one here, and what it resolves to is no doer."""
    if tok is None:
        return None
    if tok.tag_ == "VBG" or tok.pos_ == "VERB":
        return subject(tok)
    if tok.pos_ == "NOUN" and (_hostile_act(tok) or tok.lemma_.lower() in TOLD_ACTS):
        return next((c for c in tok.children if c.dep_ in ("poss", "amod", "compound")
                     and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")), None)
    return tok


def _hostile_act(tok) -> bool:
    """A noun naming a hostile act ("the bombing", "the strikes")."""
    return tok is not None and tok.pos_ == "NOUN" and any(
        t.type in HOSTILE for t in triggers().get((tok.lemma_.lower(), "NOUN"), ()))


def decrial(tok) -> tuple[str, object] | None:
    """A charge against an act told by what is said of it: ("target", the act's doer or the
    act, whose doer the claims step looks for), or None.
    "the attacks broke international law", "the killing had crossed a red line",
    "was horrified by the images"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") and lemma in BREAKING:
        norm = child_of(tok, "dobj") or child_of(tok, "nsubjpass")
        if norm is None:
            return None
        if lemma == "cross":  # "crossed a red line", "crossed all red lines"
            if norm.lemma_.lower() != "line" or "red" not in _lemmas(norm, ("amod",)):
                return None
        elif norm.lemma_.lower() not in NORMS:
            return None
        doer = _agent(tok) if child_of(tok, "nsubjpass") is norm else subject(tok)
        return "target", _doer_named(doer)
    if lemma in DISMAYED and tok.pos_ in ("VERB", "ADJ") and (
            tok.pos_ == "ADJ" and tok.dep_ == "acomp" or any(
                c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)):
        # the feeling of the one who says it; a speaker's dismay at weather or at a loss of
        # their own is no charge: what dismays must be an act or its pictures
        cause = next((g for c in tok.children
                      if c.dep_ in ("agent", "prep") and c.lower_ in DISMAY_PREPS
                      for g in c.children if g.dep_ == "pobj"), None)
        if cause is not None and (_hostile_act(cause) or cause.lemma_.lower() in TOLD_ACTS):
            return "target", _doer_named(cause)
    return None


def acclaim(tok) -> tuple[str, object] | None:
    """Backing of a side or praise of its move, told by what is said of it: ("recipient",
    the side backed or None), or None.
    "Washington stood with its ally", "they act in solidarity with Palestinians",
    "hailed the outcome as a major victory", "described it as a good day for Israel",
    "the decision would make the alliance stronger"."""
    lemma = tok.lemma_.lower()
    if lemma == "be" and tok.pos_ in ("VERB", "AUX"):
        return judged_good(tok)
    if tok.pos_ in ("VERB", "AUX") and lemma in STANDING and said_within(tok):
        # a place's company ("stood with his aides at the podium") is no backing: the one
        # stood with must be a side, and the clause someone's word
        side = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in STANDING_PREPS
                     for g in c.children if g.dep_ == "pobj"), None)
        if side is not None and (side.ent_type_ in ("GPE", "NORP", "ORG") or side.lemma_.lower()
                                 in ("ally", "partner", "friend", "people", "nation")):
            return "recipient", side
        return None
    if lemma == "solidarity" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        # "act in solidarity with Palestinians": "with" hangs on the noun or on the verb
        holder = [tok, tok.head.head]
        side = next((g for h in holder for c in h.children if c.dep_ == "prep"
                     and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"), None)
        return ("recipient", side) if side is not None and said_within(tok) else None
    if tok.pos_ == "VERB" and lemma in HAILING | NAMING and child_of(tok, "dobj") is not None \
            and not any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        label = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                      for g in c.children if g.dep_ == "pobj"), None) or child_of(tok, "oprd")
        praised = label is not None and (label.lemma_.lower() in VICTORIES or (
            label.lemma_.lower() == "day" and _lemmas(label, ("amod",)) & GOOD_DAYS))
        if lemma in HAILING and label is None and _praisable(child_of(tok, "dobj")) or praised:
            # (a thing hailed as what it is, "hailed as its ultimate weapon", is no backing)
            # "a good day for Israel" ("for" may hang on the label or on the verb)
            beneficiary = next((g for c in (list(label.children) + list(tok.children)
                                            if praised else ())
                                if c.dep_ == "prep" and c.lower_ == "for"
                                for g in c.children if g.dep_ == "pobj"), None)
            return "recipient", beneficiary
        return None
    if tok.pos_ in ("VERB", "ADJ"):
        made = lemma == "make" and _future(tok) and any(
            c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and (
                c.lemma_.lower() in STRONGER or c.lower_ in STRONGER) for c in tok.children)
        if (made or lemma in STRENGTHENING and _future(tok)) and said_within(tok):
            mover = subject(tok)
            if mover is not None and mover.lemma_.lower() in MOVES:
                # the side strengthened is the one backed ("the alliance", "the resistance")
                strengthened = child_of(tok, "dobj") or next(
                    (subject(c) for c in tok.children if c.dep_ in ("ccomp", "oprd")), None)
                if strengthened is not None and strengthened.lemma_.lower() in ARMS:
                    return None  # "would strengthen its forces": a build-up, no praise
                return "recipient", strengthened
    return None


def judged_good(be) -> tuple[str, object] | None:
    """ "said the burning of weapons was an important threshold", "the agreement was a
    historic step", "the decision was welcome": a move a speaker calls good is backed
    (PLOVER SUPPORT); the side it is backed for is the mover named with it. A hostile act
    called a success ("the strike was a major success") is its doer's boast, no backing."""
    if not said_within(be):
        return None
    label = next((c for c in be.children if c.dep_ in ("attr", "acomp")), None)
    if label is None or any(c.dep_ == "neg" for c in be.children):
        return None
    word = label.lemma_.lower()
    good = _lemmas(label, ("amod",)) & PRAISING
    if not (word in VICTORIES or word in MILESTONES and good or word in PRAISING
            and label.pos_ == "ADJ"):
        return None
    move = subject(be)
    if move is None or _hostile_act(move) or not (
            move.lemma_.lower() in MOVES | GOOD_MOVES or move.tag_ == "VBG"
            or move.lower_.endswith("ing")
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in move.children)
            or any(t.type in ("AGREE", "AID", "COOPERATE", "RETREAT", "CONCEDE", "YIELD")
                   for t in triggers().get((move.lemma_.lower(), "NOUN"), ()))):
        return None
    return "recipient", named_party(move, ("by",), deps=("prep", "agent"))


def stance(tok) -> Trigger | None:
    """The reading of a word no event trigger matched, by what is said with it: a charge
    against an act (`DECRY`) or backing of a side (`ACCLAIM`)."""
    if decrial(tok) is not None and said_within(tok):  # (the word test first: it is cheap)
        return DECRY
    if acclaim(tok) is not None:
        return ACCLAIM
    if suspicion(tok) is not None and said_within(tok):
        return SUSPECT
    if (verb := _label_verb(tok)) is not None and verb.lemma_.lower() in NAMING | DISMISSING \
            and dismissal(tok):
        return DISMISS  # "described reports of the attack as false": the describer rejects
    return None


def stance_party(tok, trig: Trigger) -> tuple[str | None, object]:
    """Which role the party a `DECRY` or `ACCLAIM` reading names plays, and its token."""
    if trig is SUSPECT:
        return "target", suspicion(tok)
    if trig is DISMISS:
        return "target", accuser(tok)
    found = decrial(tok) if trig is DECRY else acclaim(tok) if trig is ACCLAIM else None
    return found if found is not None else (None, None)


def recast_certainty(tok, trig: Trigger, attr, index) -> None:
    """Whose word and how sure, where a hedge or a stance decides it: an act or a share not
    excluded is `possible` (not negated: "did not rule out sabotage"); a charge told to be
    false or an act told to be accidental is `denied` by whoever says so, the one who
    describes it so included ("described the reports as false")."""
    if hedged(tok, attr):
        return
    if trig is not DISMISS or attr.negated:
        return
    verb = _label_verb(tok)
    if verb is not None and attr.source.kind == "author" and (said := actor_source(
            verb, index.actor_of, index.pronoun)) is not None:
        attr.source, attr.cue = said, verb.text  # the describer's word
    attr.certainty = "denied"
