"""An event told again: a sentence with no trigger of its own that restates an event just told.

"Officials later put the figure at roughly 11,000" gives the last counted event a new figure
(the ledger's series are made of these); "Hama followed on 5 December" and "a second
contingent of 3,000 troops followed" repeat the event of the sentence before for a new
side, place or count; "ISIS-K was believed to be behind it" names the author of the attack
told just before; "the operation had ended" names that operation again; "footage showed
gunmen boarding the ship" attests it; "the attackers came on foot" and "was among the
injured" tell it on; "the real number is higher" is a view on its figure. Each new claim
keeps the earlier claim's type and the roles it does not replace, and records in
`inferred` which roles it carried.
"""
from __future__ import annotations

from dataclasses import replace

from ..attribution import attribute, figure_frame
from ..model import Claim, Document, Source
from .claim_attach import attach_time
from .claim_index import Index, actor_in, child_of, sentences_back, subject
from .claim_lexicon import noun_classes
from .claim_match import match
from .claim_modality import FUTURE_AUX, disowned_by
from .claim_words import (ATTACKERS, EVENT_NAMES, FIGURE_NOUNS, MOVING, OPERATIONS, PICTURES,
                          VICTIMS)


def told_again(doc: Document, sent, index: Index, earlier: list[Claim]) -> list[Claim]:
    """The claims of a sentence that restates an event of `earlier` (claims so far)."""
    return _restated_figure(doc, sent, index, earlier) or _followed(doc, sent, index, earlier) \
        or _behind_it(doc, sent, index, earlier) or _operation(doc, sent, index, earlier) \
        or _shown(doc, sent, index, earlier) or _attackers_moved(doc, sent, index, earlier) \
        or _among_victims(doc, sent, index, earlier) or _figure_higher(doc, sent, index, earlier) \
        or told_anew(doc, sent, index, earlier)


def sentence_evidence(doc: Document, sent):
    """The sentence as a claim's evidence, without trailing spaces."""
    end = sent.end_char if not sent.text.endswith((" ", "\n")) else \
        sent.start_char + len(sent.text.rstrip())
    return doc.span(sent.start_char, end)


def _window(doc: Document, sent, back: int) -> int:
    """Where the sentence `back` sentences before `sent` starts (a character offset)."""
    return sentences_back(doc.spacy, sent.start, back).idx


def _recent(doc: Document, sent, earlier: list[Claim], back: int) -> list[Claim]:
    """The claims told within `back` sentences before `sent`, last first."""
    window = _window(doc, sent, back)
    return [c for c in reversed(earlier) if c.evidence.start >= window]


def _last_counted(doc: Document, sent, earlier: list[Claim]) -> Claim | None:
    """The last claim with a figure, within three sentences."""
    return next((c for c in _recent(doc, sent, earlier, 3) if c.quantity), None)


def _quantity_in(index: Index, tok, **where):
    """The first quantity (a record) written inside `tok`'s subtree, with the given fields."""
    return next(iter(_quantities_in(index, tok, **where)), None)


def _quantities_in(index: Index, tok, **where) -> list:
    """The quantities (records) written inside `tok`'s subtree, with the given fields."""
    inside = {t.i for t in tok.subtree}
    return [q for q, toks in index.quants if toks and toks[0].i in inside
            and all(getattr(q, k) == v for k, v in where.items())]


# verbs that give their subject, a figure, its value: "the figure rose to 34", "the total
# stood at 40", "the real figure was probably closer to 600"
SETTLING = {"rise", "climb", "jump", "increase", "grow", "reach", "stand", "top", "exceed",
            "surpass", "hit", "lie", "be", "double", "approach", "near"}


def _figure_settled(tok):
    """The verb that gives the figure `tok` (its subject) a value ("the figure rose to 34",
    "the final figure is likely to lie between 100 and 130"); else None."""
    if tok.dep_ != "nsubj":
        return None
    verb = tok.head
    climbed = child_of(verb, "xcomp") or next(
        (x for a in verb.children if a.dep_ == "acomp" for x in a.children if x.dep_ == "xcomp"),
        None)  # "is likely to lie between", "seems to have risen to"
    if climbed is not None and climbed.lemma_.lower() in SETTLING:
        verb = climbed
    if any(t.lower_ == "than" for t in verb.subtree):
        return None  # "the figure is three times higher than the estimate": a comparison
    return verb if verb.lemma_.lower() in SETTLING else None


def _again(doc: Document, sent, prev: Claim, word, index: Index, carried: tuple,
           **changes) -> Claim:
    """`prev` told again by `sent` (its word `word`, whose clause gives the source and
    certainty): its type and the fields not in `changes`, the roles `carried` over."""
    attr = attribute(word, sent, index.actor_of, doc.meta.outlet, index.pronoun)
    fields = dict(id="", negated=attr.negated, source=attr.source, cue=attr.cue,
                  certainty=attr.certainty, evidence=sentence_evidence(doc, sent),
                  trigger=doc.span(word.idx, word.idx + len(word.text)),
                  inferred={role: prev.id for role in carried if getattr(prev, role)})
    fields.update(changes)
    return replace(prev, **fields)


def _restated_figure(doc: Document, sent, index: Index, earlier: list[Claim]) -> list[Claim]:
    """ "Officials later put the figure at roughly 11,000": a new figure for the event of the
    last counted claim (within three sentences), with its roles, as the subject's estimate.
    Such restatements make the ledger's series (1,500 -> 11,000 troops)."""
    for tok in sent:
        if tok.lemma_.lower() not in FIGURE_NOUNS or \
                any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue
        frame = figure_frame(tok)
        settled = _figure_settled(tok) if frame is None else None
        if frame is None and settled is None:
            continue
        if frame is not None:
            quantity = _quantity_in(index, frame[1], unit=None)
        else:  # (the figure's value, not a number inside the figure's own phrase)
            own = _quantities_in(index, tok)
            quantity = next((q for q in _quantities_in(index, settled, unit=None)
                             if q not in own), None)
        prev = _last_counted(doc, sent, earlier)
        if quantity is None or prev is None:
            return []
        if settled is not None and prev.subtype != "casualties" and any(
                toks and sent.start <= toks[0].i < tok.i for _, toks in index.quants):
            return []  # "the camp is home to 63,000 refugees; residents say the real figure
            # is closer to 80,000": the figure of the count just given, not of an attack
        if quantity.counted is None:  # the figure counts what the earlier one counted
            quantity.counted = next((q.counted for q in doc.quantities if q.id == prev.quantity),
                                    None)
        return [_again(doc, sent, prev, tok, index, ("actor", "recipient", "target"),
                       kind="quantity", time=attach_time(tok, index), quantity=quantity.id)]
    return []


def _followed(doc: Document, sent, index: Index, earlier: list[Claim]) -> list[Claim]:
    """ "Aleppo fell within days. Hama followed on 5 December.", "Mali cut ties with Kyiv;
    Niger followed suit": the event of the sentence before, again, for the subject (a side
    as its actor, a place as its place), dated by this sentence."""
    root = sent.root
    subj = child_of(root, "nsubj")
    if root.pos_ in ("NOUN", "PROPN"):
        # "A second contingent of 3,000 troops followed": the verb parsed onto the noun
        root = next((t for t in sent if t.lemma_.lower() == "follow" and t.dep_ == "acl"
                     and t.head.i in {g.i for g in sent.root.subtree}), root)
        subj = sent.root
    if root.lemma_.lower() != "follow" or subj is None or not earlier or any(
            c.dep_ == "dobj" and c.lower_ != "suit" for c in root.children):
        return []
    window = _window(doc, sent, 1)
    told = [c for c in earlier if window < sent.start_char and c.evidence.start >= window]
    if not told:
        return []  # only the event told just before
    # the sentence's first event ("cutting ties with Kyiv, accusing it of backing terror")
    prev = min(told, key=lambda c: c.trigger.start)
    actor = actor_in(subj, index)
    place = index.place_at.get(subj.i)
    quantity = None
    if actor is None and place is None:
        # "a second contingent of some 3,000 troops followed in January": more of the same
        # deployment, with its own count
        named = [subj] + [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"]
        if prev.subtype != "troop_deployment" or not any(
                noun_classes().get(t.lemma_.lower()) == "troops" for t in named):
            return []
        quantity = getattr(_quantity_in(index, subj), "id", None)
    return [_again(doc, sent, prev, root, index, ("recipient", "target"),
                   actor=actor.id if actor is not None and place is None else prev.actor,
                   place=place or prev.place, time=attach_time(root, index),
                   quantity=quantity)]


def _named_again(tok) -> bool:
    """ "the operation", "the incident", "this blast": a definite noun that is no trigger of
    its own, naming again an event already told."""
    return tok.pos_ == "NOUN" and match(tok) is None and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
        and tok.lemma_.lower() in EVENT_NAMES


def _behind_it(doc: Document, sent, index: Index, earlier: list[Claim]) -> list[Claim]:
    """ "ISIS-K was believed to be behind it", "Israel was believed to be behind the
    operation": the attack told just before (within three sentences), with the side said to
    be behind it as its actor."""
    behind = next((t for t in sent if t.lower_ == "behind" and t.dep_ == "prep"
                   and t.head.lemma_ == "be" and any(
                       c.dep_ == "pobj" and (c.lower_ in ("it", "this", "that")
                                             or _named_again(c)) for c in t.children)), None)
    if behind is None:
        return []
    be = behind.head
    who = subject(be) or (subject(be.head) if be.dep_ == "xcomp" else None)
    actor = actor_in(who, index) if who is not None else None
    prev = _last_violence(doc, sent, earlier)
    if actor is None or prev is None:
        return []
    return [_again(doc, sent, prev, be, index, ("target",), kind="event", actor=actor.id,
                   recipient=None, quantity=None,
                   trigger=doc.span(behind.idx, behind.idx + len(behind.text)))]


def _operation(doc: Document, sent, index: Index, earlier: list[Claim]) -> list[Claim]:
    """ "The ministry said the operation had been completed", "Zelensky acknowledged the
    operation", "Washington had not been involved in the operation": a definite name of the
    armed operation told before (the last violent claim within eight sentences), as an
    argument of this sentence's verb: that operation again, told (or disowned) here. An
    operation still to come ("would continue") is a forecast, not told."""
    for tok in sent:
        if tok.lemma_.lower() not in OPERATIONS or match(tok) is not None or not any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
                for c in tok.children) or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            return []
        told = [c for c in _recent(doc, sent, earlier, 8) if c.type in ("ASSAULT", "COERCE")]
        # the fighting itself, rather than its toll or a seizure made in it
        prev = min(told, key=lambda c: (c.type != "ASSAULT", c.subtype in (
            "casualties", "equipment_loss")), default=None)
        if prev is None:
            return []
        claim = _again(doc, sent, prev, tok, index, ("actor", "recipient", "target"),
                       kind="event", quantity=None, time=attach_time(verb, index),
                       subtype="combat" if prev.type == "ASSAULT" else prev.subtype)
        if (disowner := disowned_by(tok)) is not None:
            side = actor_in(disowner, index)  # "Washington had not been involved in it"
            return [_with_actor(doc, claim, side, certainty="denied")]
        if claim.source.kind in ("military", "government", "official") and claim.source.actor:
            # "the defence ministry said its operation had ended", "Zelensky acknowledged the
            # operation": a side's organ speaks of its own side's operation
            speaker = next((a for a in doc.actors if a.id == claim.source.actor), None)
            code = speaker and (speaker.code or speaker.country)
            claim = _with_actor(doc, claim, index.state_of(code) if code else None)
        return [claim]
    return []


def told_anew(doc: Document, sent, index: Index, earlier: list[Claim]) -> list[Claim]:
    """ "Tarnavskyi said the withdrawal had been completed", "Zelensky said the pullout was
    a decision to save lives", "Shoigu reported the capture to Putin": a bare definite event
    noun (a trigger of its own, naming no party) as an argument of the sentence's clause
    names again the event of its type told before (within eight sentences). Told by a new
    source, it is that event's claim again, with its roles, as this source tells it; an
    event still to come ("the withdrawal will take weeks") is none."""
    for tok in sent:
        trig = match(tok) if tok.pos_ == "NOUN" and tok.dep_ in (
            "nsubj", "nsubjpass", "dobj") else None
        if trig is None or trig.kind != "event" or not _bare_definite(tok):
            continue
        verb = tok.head
        lemma = verb.lemma_.lower()
        if not (tok.dep_ == "dobj" and lemma in TELLING_OF or tok.dep_ != "dobj" and (
                lemma in COURSE or lemma == "carry" and tok.dep_ == "nsubjpass")):
            continue  # ("the deal showed ...", "the loss is a blow": a view of it, not news)
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX or c.dep_ == "neg" and not (
                tok.dep_ == "dobj" and lemma in CONFIRMING) for c in verb.children):
            return []  # (but "has not confirmed the loss" tells it, as unconfirmed)
        if any(c.dep_ == "mark" for c in verb.children):
            continue  # "since the truce ended": an event named to date another
        prev = next((c for c in _recent(doc, sent, earlier, 8) if c.kind == "event" and (
            c.type == trig.type and trig.subtype in (None, c.subtype)
            or tok.lemma_.lower() in LOSSES and c.subtype == "capture")), None)
        if prev is None:
            continue
        claim = _again(doc, sent, prev, tok, index, ("actor", "recipient", "target"),
                       kind="event", quantity=None, time=attach_time(verb, index))
        if claim.source.kind == "author" or _teller(claim) == _teller(prev):
            return []  # the same teller naming it again tells nothing new
        return [claim]
    return []


# verbs whose denial is still news of the event ("has not confirmed the loss")
CONFIRMING = {"confirm", "acknowledge", "verify"}
# nouns by which the losing side names a capture ("has not confirmed the loss")
LOSSES = {"loss", "fall"}
# verbs by which a source tells an event anew: it reports it ("reported the capture"), or
# tells its course ("the withdrawal had been completed", "the raid was carried out")
TELLING_OF = {"report", "confirm", "announce", "acknowledge", "verify", "complete", "finish"}
COURSE = {"complete", "finish", "conclude", "end", "happen", "occur", "proceed", "continue",
          "succeed", "fail"}


def _teller(claim: Claim) -> str:
    """Who tells a claim, as written ("the army" and "The army" are one teller)."""
    return (claim.source.name or "").lower().removeprefix("the ")


def _bare_definite(tok) -> bool:
    """ "the withdrawal", "this capture": a definite noun with nothing naming its parties."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
        and not any(c.dep_ in ("poss", "compound", "amod", "prep", "nummod", "acl", "relcl",
                               "appos") for c in tok.children)


def _with_actor(doc: Document, claim: Claim, side, **changes) -> Claim:
    """`claim` with `side` as its actor (no longer carried), and its target dropped if that
    was the same side."""
    if side is None:
        return replace(claim, **changes) if changes else claim
    code = side.code or side.country
    target = next((a for a in doc.actors if a.id == claim.target), None)
    same = target is not None and code is not None and (target.code or target.country) == code
    return replace(claim, actor=side.id, target=None if same else claim.target, **changes,
                   inferred={k: v for k, v in claim.inferred.items() if k != "actor"})


def _shown(doc: Document, sent, index: Index, earlier: list[Claim]) -> list[Claim]:
    """ "Footage released by the group showed gunmen boarding the ship", "Photographs of the
    wreckage show dozens of holes", "Video appeared to show fighters setting fire to a plane":
    pictures of the event told just before (within three sentences), which they attest. The
    pictures (with whoever released them) are the source; "appears to show" is possible."""
    show = next((t for t in sent if t.lemma_.lower() == "show" and (
                    t.pos_ == "VERB" or t.dep_ == "ROOT")  # ("Photographs show": tagged a noun)
                 and (subject(t) is not None or t.dep_ == "xcomp")), None)
    if show is None:
        return []
    frame = show.head if show.dep_ == "xcomp" else show  # "appeared to show"
    pictures = subject(frame)
    if pictures is None or pictures.lemma_.lower() not in PICTURES \
            or any(c.dep_ == "dobj" and c.lemma_.lower() in PICTURES for c in show.children):
        return []
    told = [c for c in _recent(doc, sent, earlier, 3) if c.kind == "event"
            and c.type in ("ASSAULT", "COERCE", "MOBILIZE", "CONSULT", "AID")]
    prev = min(told, key=lambda c: c.type != "ASSAULT", default=None)  # violence first
    if prev is None:
        return []
    # "show dozens of holes": what the pictures count
    counted = getattr(_quantity_in(index, show), "id", None)
    claim = _again(doc, sent, prev, show, index, ("actor", "recipient", "target"),
                   quantity=counted, time=attach_time(show, index))
    start, end = pictures.left_edge.idx, pictures.right_edge.idx + len(pictures.right_edge.text)
    mention = claim.source.mention
    if claim.source.kind == "author" or mention is not None and start <= mention.start < end:
        # the pictures with whoever released them: "Photos released by KCNA showed ..."
        claim = replace(claim, source=Source(doc.text[start:end], "document", None,
                                             doc.span(start, end)),
                        cue=show.text, certainty="possible" if frame is not show else "reported")
    return [claim]


def _last_violence(doc: Document, sent, earlier: list[Claim], back: int = 3):
    """The last attack (else the last violent claim) told within `back` sentences."""
    told = [c for c in _recent(doc, sent, earlier, back) if c.type == "ASSAULT"]
    return next((c for c in told if c.subtype == "attack"), told[0] if told else None)


def _attackers_moved(doc: Document, sent, index: Index, earlier: list[Claim]) -> list[Claim]:
    """ "The gunmen went from house to house", "the drones rose toward the parked bombers":
    the attackers or their weapons moving through the attack told just before are that
    attack, told on."""
    verb = next((t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in MOVING
                 and t.dep_ in ("ROOT", "ccomp")), None)  # ("survivors said the gunmen came")
    subj = child_of(verb, "nsubj") if verb is not None else None
    if subj is None \
            or subj.lemma_.lower() not in ATTACKERS or any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return []
    prev = _last_violence(doc, sent, earlier)
    if prev is None:
        return []
    return [_again(doc, sent, prev, verb, index, ("actor", "recipient", "target"),
                   kind="event", quantity=None, time=attach_time(verb, index),
                   place=index.place_at.get(next((t.i for t in verb.subtree
                                                  if t.i in index.place_at), -1), prev.place))]


def _among_victims(doc: Document, sent, index: Index, earlier: list[Claim]) -> list[Claim]:
    """ "The ambassador was among the injured", "many of the victims were farmers", "the
    dead include three British nationals": people counted among the casualties of the
    attack just told are its toll, told on."""
    pronoun = False
    for tok in sent:
        victims = tok.lemma_.lower() in VICTIMS and (
            tok.dep_ == "pobj" and tok.head.lower_ == "among"
            or tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "nsubj"
            or tok.dep_ == "nsubj" and tok.head.lemma_ == "include") or (
            # "was among the injured, state media reported" (the tagger's verb "injured")
            tok.lower_ in VICTIMS and tok.i - sent.start >= 2
            and doc.spacy[tok.i - 1].lower_ == "the" and doc.spacy[tok.i - 2].lower_ == "among")
        # "A two-year-old boy was among them": the toll just told
        pronoun = tok.lower_ == "them" and tok.dep_ == "pobj" and tok.head.lower_ == "among"
        if victims or pronoun:
            break
    else:
        return []
    prev = _last_violence(doc, sent, earlier)
    if prev is None:
        return []
    toll = next((c for c in _recent(doc, sent, earlier, 3) if c.subtype == "casualties"), None)
    if pronoun and (toll is None or not _recent(doc, sent, earlier, 1)):
        return []  # ("among them" names the dead only right after their toll)
    base = toll or prev
    # (the word whose clause says who tells it: "among", when the tagger put "injured"
    # outside its clause)
    word = tok if tok.head.lower_ == "among" or tok.dep_ != "amod" else doc.spacy[tok.i - 2]
    return [_again(doc, sent, base, word, index, ("actor", "target"), kind="event",
                   subtype="casualties", quantity=_victims_counted(tok, index),
                   time=attach_time(tok, index))]


def _victims_counted(tok, index: Index) -> str | None:
    """The count of the people said to be among the victims: "Four of the dead were
    children" (the partitive subject), "at least six soldiers were among the wounded" (the
    subject of the clause); None when the sentence counts nobody."""
    if tok.head.lower_ == "of" and tok.head.head.dep_ == "nsubj":
        part = tok.head.head
    elif tok.dep_ == "nsubj":  # "the dead include three British nationals"
        part = child_of(tok.head, "dobj")
    else:
        verb = tok.head.head if tok.head.lower_ == "among" else tok.head
        part = child_of(verb, "nsubj")
    if part is None:
        return None
    inside = {t.i for t in part.subtree}
    quantity = next((q for q, toks in index.quants if toks and toks[0].i in inside
                     and q.unit is None), None)
    return getattr(quantity, "id", None)


def _figure_higher(doc: Document, sent, index: Index, earlier: list[Claim]) -> list[Claim]:
    """ "Rights groups believe the real number is considerably higher", "the true toll may be
    lower" (not "estimates are lower than ..."): a word on the figure of the last counted
    claim (within three sentences) with no figure of its own; the event again, as its
    teller's view."""
    figure = next((t for t in sent if t.dep_ == "nsubj" and _real_figure(t)), None)
    if figure is None:
        return []
    prev = _last_counted(doc, sent, earlier)
    if prev is None:
        return []
    return [_again(doc, sent, prev, figure, index, ("actor", "recipient", "target"),
                   quantity=None, time=None)]


def _real_figure(tok) -> bool:
    """ "the real number ... is higher": a real, true or final figure said to be more or less
    than told, with no figure it is compared to."""
    return tok.lemma_.lower() in FIGURE_NOUNS | {"toll"} and any(
        a.dep_ == "amod" and a.lower_ in ("real", "true", "actual", "final")
        for a in tok.children) and any(
        c.dep_ == "acomp" and c.lower_ in ("higher", "lower", "greater", "larger", "smaller")
        and not any(g.lower_ == "than" for g in c.subtree) for c in tok.head.children)
