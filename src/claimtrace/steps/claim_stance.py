"""Threats and accusations told by what a speaker says, with no verb of threatening or
accusing.

"The general said the aggressors would pay dearly", "Tehran said the attack would not go
unanswered", "all options remain on the table", "any ship entering the zone would be a
legitimate target" threaten (PLOVER THREATEN); "the ministry said Russia bore full
responsibility", "had committed war crimes", "had failed to protect civilians", "was
deliberately dragging out the war", "bore the hallmarks of the group" accuse (PLOVER ACCUSE).
Each reading says which party the clause's subject is: the one threatened or accused
(`"target"`), the one who threatens (`"actor"`), or neither (`None`). The claims step keeps
such a claim only in what someone other than the reporter says (`said_within`)."""
from __future__ import annotations

from ..attribution import REPORT_CUES
from .claim_index import child_of, subject
from .claim_words import PLEDGING
from .claim_lexicon import Trigger

# the synthetic triggers the claims step types these clauses with
MENACE = Trigger("menace", "VERB", "THREATEN", None, "warning", "statement", "any")
BLAME = Trigger("impute", "VERB", "ACCUSE", None, None, "statement", "any")
DISMISS = Trigger("dismiss", "VERB", "REJECT", None, None, "statement", "any")
# the readings whose party the content gives
STANCES = (MENACE, BLAME, DISMISS)

FUTURE = {"will", "would", "'ll", "shall", "wo", "must", "should", "could", "may", "might"}
# what a threatened party is told to expect or will face
ANSWERS = {"response", "retaliation", "revenge", "fate", "punishment", "consequence",
           "answer", "reprisal", "retribution", "vengeance", "reaction"}
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
              "propaganda", "fiction", "fake"}
CHARGES = {"allegation", "accusation", "claim", "charge", "report", "assertion",
           "suggestion"}
# the marks an act leaves of who did it: "bore the hallmarks of the group"
MARKS = {"hallmark", "footprint", "fingerprint", "signature", "handiwork"}


def said_within(tok) -> bool:
    """`tok` stands in what someone says: a clause under a verb of saying, warning or
    vowing ("the ministry said Russia bore ...", "'They will pay dearly,' he said")."""
    return any(a.lemma_.lower() in REPORT_CUES or a.lemma_.lower() in PLEDGING
               for a in tok.ancestors)


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
        if lemma in ("expect", "face", "await") and _future(tok) \
                and _lemmas(tok, ("dobj",)) & ANSWERS:
            return "target", subject(tok)
        if lemma == "go" and any(c.lemma_.lower() in UNANSWERED for c in tok.children
                                 if c.dep_ in ("acomp", "oprd", "advmod", "xcomp", "dobj")):
            return None, None
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
        if lemma in ("bear", "carry", "shoulder") and "responsibility" in objects:
            return subject(tok)
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
        if lemma == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in DISPOSITIONS
                                   and "no" in _lemmas(c, ("det",)) for c in tok.children):
            return subject(tok)  # "Moscow had no interest in peace"
        if lemma in EXPOSING and (failing := child_of(tok, "dobj")) is not None \
                and failing.lemma_.lower() in FAILINGS:
            # "exposed the authorities' failure to protect", "showed a lack of Israeli will"
            return child_of(failing, "poss") or next(
                (t for t in failing.subtree if t.dep_ in ("amod", "poss", "pobj")
                 and t.ent_type_ in ("NORP", "GPE", "ORG")), None)
        return False
    if tok.pos_ == "NOUN" and (lemma in MARKS or lemma == "nature" and "true" in _lemmas(
            tok, ("amod",))):
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
    if tok.lemma_.lower() not in FALSEHOODS or tok.dep_ not in ("acomp", "attr", "oprd"):
        return False
    charge = child_of(tok.head, "dobj") if tok.dep_ == "oprd" else subject(tok.head)
    return charge is not None and charge.lemma_.lower() in CHARGES


def _agent(tok):
    by = next((c for c in tok.children if c.dep_ == "agent"), None)
    return child_of(by, "pobj") if by is not None else None
