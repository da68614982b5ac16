"""What a claim's trigger attaches: the count or sum of its phrase, its date, and the item
supplied, moved or lost (a named weapon system or the object noun). Quantities and times
come from the earlier steps (`Index.quants`, `Index.times`); the choice is by the parse."""
from __future__ import annotations

import re

from ..attribution import REPORT_CUES, figure_frame
from ..units import unit_dimension
from .claim_index import counted_victims
from .claim_lexicon import Trigger, noun_classes
from .claim_roles import CLAUSAL, Index, child_of, phrase, pobj, subject
from .quantities import JOINED_NOUN_RE

PARTITIVE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|an?\s+|those\s+)?", re.I)
# "dozens of them": a share of a figure named before
ANAPHORIC_PART = re.compile(r"\s+(?:of|among)\s+(?:them|those|these)\b", re.I)
# "100 people, among them 20 children": the same, named first
ANAPHORIC_LEAD = re.compile(r"\b(?:among|including|of)\s+(?:them|those|these)\s+$", re.I)
# subtypes whose figure may be a sum of money ("a $150 million package")
MONEY_SUBTYPES = ("aid_package", "agreement", "arms_transfer")
MONEY_TYPES = ("REQUEST",)  # "an appeal for $12 million"
# claims whose figure may be an extent or a deadline when no count is stated: "retook more
# than 1,100 square kilometres", "have 60 days to withdraw", "advanced to within 25km"
MEASURED_TYPES = ("COERCE", "RETREAT", "AGREE", "SANCTION", "MOBILIZE")
MEASURED_SUBTYPES = ("combat", "capture", "withdrawal", "agreement")
MEASURES = ("area", "length", "time")
CALIBRES = ("mm", "cm", "in")  # "155mm shells": a calibre, not a figure
# subordinators whose clause dates the event it modifies ("killed since the war began in")
DATING_MARKS = ("since", "when")
# a figure that describes a place or thing the event touches, not the event: "the village,
# which is home to about 15,000 people", "a city with a population of 200,000"
STATIVE = ("be", "have", "house", "host", "number", "contain", "live", "reside")
SIZE_NOUNS = ("population", "inhabitant", "capacity")
# nouns that stand for the figure of the events they count: "the number of people killed
# ... climbed to at least 16", "the toll of those killed rose to 40"
TALLY_NOUNS = ("number", "toll", "tally", "total", "count")
# ... and those whose clause dates it only when nothing nearer does ("took the town after
# the army withdrew on Tuesday")
NEAR_MARKS = ("after",)
# "a day after the raid", "two weeks before the vote": a time counted from another event
OFFSET = re.compile(r"\s*(?:after|before|ahead\s+of|earlier\s+than|later\s+than)\b", re.I)
# "three days later", "two weeks ago": a duration that places an event in time
LAPSE = re.compile(OFFSET.pattern + r"|\s*(?:ago|earlier|later)\b", re.I)
# "for almost four hours": a duration told as how long, whatever follows it
SPAN_BEFORE = re.compile(r"\bfor\s+$", re.I)
# "the first visit since", "the worst attack since": a record kept since a time
RECORD_WORDS = ("first", "last", "largest", "biggest", "worst", "deadliest", "longest")
# dependencies of a time that names the noun after it ("the 2018 accord", "Monday's raid")
PREMODIFIERS = ("nummod", "compound", "amod", "poss", "npadvmod")
# dependencies that carry a time to the word it dates
TIME_CARRIERS = ("prep", "pobj", "npadvmod", "compound", "nummod", "amod")
# "Hours later, ...", "Shortly afterwards", "That night": a sentence that follows on
CONTINUATION = re.compile(r"\W*(?:(?:\w+\s+){0,2}(?:later|afterwards?)\b|(?:that|the same)\s+"
                          r"(?:day|night|evening|morning|afternoon)\b)", re.I)
HEADLINE_CAPITALS = 0.75  # share of a headline's longer words written with a capital
CARRY_SENTENCES = 3  # how far such a sentence looks back for its date
STAMP_TAIL = 20  # "(04:00 local)" after a timestamp on its own line
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:a\.m\.|p\.m\.|am|pm|GMT|UTC)\b|\blocal time\b", re.I)
# "GENEVA, 14 April 2025 -", "PORT SUDAN, May 7 (Agency) -": a place in capitals, a date,
# an optional agency, a dash
DATELINE = re.compile(r"\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.' -]{1,30})?,\s*[^-–—\n]{3,30}?"
                      r"(?:\s*\([^)]{1,40}\))?\s*[-–—]")


def has_quantity(tok, index: Index) -> bool:
    ids = phrase(tok)
    if (frame := figure_frame(tok)) is not None:
        ids |= phrase(frame[0])  # "put the toll at 40"
    return any(toks and toks[0].i in ids for _, toks in index.quants)


def attach_quantity(tok, trig: Trigger, index: Index) -> str | None:
    """The count (or money, for aid) of the trigger's phrase: the one closest to it in the
    parse tree (then the earlier one), so "More than 100 people, including 20 children, were
    killed" takes 100. A sum of money, then an area, distance or deadline, serve only when
    the phrase states no count."""
    sub, agents = _quantity_scope(tok, trig)
    if not any(_within(toks, sub) for _, toks in index.quants) and tok.dep_ in CLAUSAL and \
            (tok.dep_ == "advcl" and tok.tag_ in ("VBN", "JJ") or _anaphoric_subject(tok)):
        # "the toll had risen to at least 58 dead and more than 300 injured", "put the
        # figure at 11,000, most of them deployed to Kursk": the figure belongs to the verb
        # the clause hangs from
        sub |= phrase(tok.head)
    # "at least 100 soldiers have been killed and nearly 1,000 wounded": the count of the
    # elided coordinated event is not this one's
    elided = {t.i for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN")
              for t in c.subtree}
    elided |= _described_size(tok, sub)
    cands = []
    text = index.doc.text
    for q, toks in index.quants:
        if not toks or not _within(toks, sub) or toks[0].i in elided:
            continue
        if unit_dimension(q.unit) == "time" and LAPSE.match(text, q.end) and \
                not SPAN_BEFORE.search(text, max(0, q.start - 12), q.start):
            continue  # "two days after launching the offensive": when, not how much (but
            # "halted flights for almost four hours after drones were seen": how long)
        if _describes_other(text, q, toks, tok):
            continue  # "struck a nine-storey block": the storeys are no figure of the strike
        tier = _tier(q, trig)
        if tier is not None:
            cands.append((q, toks, tier))
    # "2 out of 5 missiles", "4,000 of the 11,000 soldiers": the part, not the whole
    parts = [c for c in cands
             if any(PARTITIVE.fullmatch(text[c[0].end:other.start]) for other, _, _ in cands
                    if other.start > c[0].end)]
    # "intercepted 170 drones, dozens of them over the sea": a share of a figure stated
    # before it is not the figure
    shares = {c[0].id for c in cands
              if (ANAPHORIC_PART.match(text, c[0].end)
                  or ANAPHORIC_LEAD.search(text, max(0, c[0].start - 20), c[0].start))
              and any(other.end <= c[0].start for other, _, _ in cands)}
    stated = _stated_figure(tok)
    vague = _vague_beside_stated(cands)

    def rank(c):
        # "the two countries completed their swap": the parties are no figure; "40,000
        # people have fled the two towns": a count of places only when no other is told
        return (c[2], c[0].id in shares, c[0].id in vague, c[1][0].i in agents,
                c[1][0].i not in stated, _counts_places(c[1]), _tree_distance(c[1], tok))

    pool = parts or cands
    if not pool:
        return None
    best = min(map(rank, pool))
    tied = [c for c in pool if rank(c) == best]
    if all(c[1][0].i < tok.i for c in tied):
        # "about 80 soldiers and more than 40 civilians have been killed": the first named
        return min(tied, key=lambda c: c[1][0].i)[0].id
    return min(tied, key=lambda c: abs(c[1][0].i - tok.i))[0].id


def _described_size(tok, sub: set[int]) -> set[int]:
    """Tokens of the scope that tell the size of something the event touches rather than
    a figure of the event: a stative relative clause or apposition of a noun other than
    the trigger ("the village, which is home to 12,000 people"), a population."""
    out = set()
    doc = tok.doc
    for i in sub:
        t = doc[i]
        if t.i == tok.i:
            continue
        lemma = t.lemma_.lower()
        if t.dep_ in ("relcl", "acl") and t.head.i != tok.i and lemma in STATIVE and \
                t.head.pos_ in ("NOUN", "PROPN"):
            out |= {d.i for d in t.subtree}
        elif lemma == "home" and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children):
            out |= {d.i for d in t.subtree}  # "the town, home to 15,000 people"
        elif lemma in SIZE_NOUNS and t.head.i != tok.i:
            out |= {d.i for d in t.subtree}  # "a town with a population of 20,000"
    return out


def _describes_other(text: str, q, toks, tok) -> bool:
    """Is the count hyphenated to a word into a modifier of a noun other than the trigger
    ("a nine-storey block", "a 200-bed hospital")? A compound on the event itself stays its
    figure ("a 30-day ceasefire", "an 11-week blockade")."""
    if q.unit is not None or not JOINED_NOUN_RE.match(text, q.end):
        return False
    head = toks[-1].head
    while head.dep_ in ("amod", "compound", "nummod") and head.head.i > head.i:
        head = head.head
    return head.i != tok.i and head.pos_ == "NOUN" and head.i > toks[-1].i


def _tier(q, trig: Trigger) -> int | None:
    """How well a quantity's unit fits the claim: counts first, then money, then measures."""
    if q.unit in (None, "percent"):
        return 0
    dim = unit_dimension(q.unit)
    if dim == "currency":
        return 0 if trig.subtype in MONEY_SUBTYPES or trig.type in MONEY_TYPES else 1
    if dim in MEASURES and q.unit not in CALIBRES and \
            (trig.type in MEASURED_TYPES or trig.subtype in MEASURED_SUBTYPES):
        return 2
    return None


def _vague_beside_stated(cands) -> set[str]:
    """Vague figures coordinated with a stated one: "killed several soldiers and three
    journalists" counts the three."""
    out = set()
    for q, toks, _ in cands:
        if q.qualifier != "vague":
            continue
        noun = _top(toks)
        noun = noun.head if noun.dep_ in ("amod", "nummod", "det") else noun
        joined = {t.i for c in noun.children if c.dep_ == "conj" for t in c.subtree}
        if any(o.qualifier != "vague" and o_toks[0].i in joined for o, o_toks, _ in cands):
            out.add(q.id)
    return out


def _within(toks, ids: set[int]) -> bool:
    """Whether a figure stands in a scope ("between 30 and 40 soldiers" with "between"
    parsed under another verb still counts the soldiers)."""
    return any(t.i in ids for t in toks)


def _anaphoric_subject(tok) -> bool:
    """A clause whose subject is a share of a figure named before ("most of them")."""
    subj = subject(tok, own=True)
    return subj is not None and ANAPHORIC_PART.match(tok.doc.text, subj.idx + len(subj.text)) \
        is not None


def _governing_subject(tok):
    """The subject of the verb a complement continues: "30,000 civilians were able to
    leave" -> civilians (leave <- able <- were)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "acomp", "oprd", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
        found = subject(cur)
        if found is not None:
            return found
    return None


# exchanges whose count is the people the clause frees ("207 Ukrainians came home in a swap")
EXCHANGES = {"swap", "exchange"}


def _quantity_scope(tok, trig: Trigger) -> tuple[set[int], set[int]]:
    """Token indices where the trigger's figure may stand, and those of the subject whose
    count names the parties rather than the figure ("the two countries completed ... swap")."""
    sub, agents = phrase(tok), set()
    anchor = tok
    tally = _tally_of(tok)
    if tally is not None:
        # "the number of people killed ... climbed to at least 16": the tally stands for
        # the killings and the verb it is the subject of states their figure
        anchor = tally
        sub |= {tally.i}
    while anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and \
            anchor.head.head.pos_ in ("NOUN", "NUM") and anchor.head.head.i != anchor.head.i:
        # "three waves of strikes", "hundreds of strikes", "a wave of attacks ... drove":
        # the noun that counts the events stands in for them
        prep, anchor = anchor.head, anchor.head.head
        sub |= {anchor.i} | {t.i for c in anchor.children if c.i != prep.i for t in c.subtree}
    if tok.dep_ == "amod" and counted_victims(tok):
        # "received 27 wounded people", "dozens of injured civilians": the people counted
        top = tok.head.head.head if tok.head.dep_ == "pobj" else tok.head
        sub |= {t.i for t in top.subtree}
    if tok.dep_ in ("xcomp", "conj", "acomp", "oprd"):
        # "roughly 4,000 ... have been killed or wounded", "10,000 troops were prepared to
        # join", "11,000 troops remain deployed": the subject of the verb it continues
        head_subj = subject(tok)
        if head_subj is None and tok.dep_ in ("xcomp", "oprd"):
            # "forcing up to 400,000 people to flee", "left 52 people dead": the object
            # that does or suffers it
            head_subj = child_of(tok.head, "dobj")
        head_subj = head_subj or subject(tok.head) or _governing_subject(tok)
        if head_subj is not None:
            sub |= {t.i for t in head_subj.subtree}
    if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep" and \
            tok.head.head.pos_ in ("VERB", "AUX") and subject(tok, own=True) is None and \
            (tok.dep_ == "pcomp" or tok.head.lower_ == "among"
             or tok.head.lower_ in ("in", "under") and tok.lemma_.lower() in EXCHANGES):
        # "Nine staff members were among the dead", "6,000 people sheltering in schools
        # after fleeing", "207 Ukrainians came home in a swap": the subject of the verb the
        # phrase hangs from
        head_subj = subject(tok.head.head)
        if head_subj is not None:
            sub |= {t.i for t in head_subj.subtree}
    if tok.dep_ in ("acl", "relcl"):
        # "2 out of 5 missiles fired at Kharkiv", "the 11,000 troops the North deployed":
        # the noun the clause describes
        sub |= {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
        whole = _partitive_whole(tok.head)
        if whole is not None:
            sub |= {t.i for t in whole.subtree} - {t.i for t in tok.subtree}
    if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN" and \
            _headline(tok.sent):
        # "Militia Attack Kills 45 Villagers": a headline's verb read as a name
        sub |= phrase(tok.head)
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    if anchor.pos_ in ("NOUN", "PROPN", "NUM") and \
            anchor.dep_ in ("nsubj", "nsubjpass", "dobj") and anchor.head.pos_ in ("VERB", "AUX"):
        # "the death toll topped 45,000", "put casualties at around 1,100"
        sub |= phrase(anchor.head)
        verb = anchor.head
        if anchor.dep_ == "dobj" and (subj := subject(verb, own=True)) is not None:
            agents = {t.i for t in subj.subtree}
    elif anchor.dep_ == "npadvmod" and (frame := figure_frame(anchor)) is not None:
        # "put the death toll higher, at 25": the verb above the comparison states it
        verb = frame[0]
        sub |= phrase(verb)
        if (subj := subject(verb, own=True)) is not None:
            agents = {t.i for t in subj.subtree}
    if verb is None:
        return sub, agents
    sub |= _stray_object(verb) | _caused_subject(verb)
    if trig.type == "ASSAULT":
        # "struck the convoy, killing at least four", "leaving 32 people dead": what the
        # attack did, in a participle clause
        for c in verb.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG":
                sub |= {t.i for t in c.subtree} | _stray_object(c)
    if not any(c.dep_ == "dobj" for c in verb.children):
        # "shot down or jammed 563 drones": the object the coordinated verbs share
        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and subject(c, own=True) is None:
                sub |= {t.i for d in c.children if d.dep_ == "dobj" for t in d.subtree}
    return sub, agents


def _tally_of(tok):
    """The tally noun whose "of" phrase a participle trigger describes: "the number of
    people killed" -> number; else None."""
    if tok.dep_ not in ("acl", "relcl"):
        return None
    noun = tok.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.i == noun.head.i:
        return None
    tally = noun.head.head
    return tally if tally.lemma_.lower() in TALLY_NOUNS else None


def _stray_object(verb) -> set[int]:
    """The counted noun phrase right after a verb that the parser gave to another verb:
    "killing at least four people, police said" read with "people, police" as the speakers."""
    if any(c.dep_ in ("dobj", "attr", "oprd") for c in verb.children):
        return set()
    out, seen_num = set(), False
    for t in verb.doc[verb.i + 1:verb.i + 8]:
        if t.like_num:
            seen_num = True
        elif t.pos_ in ("NOUN", "PROPN"):
            out.add(t.i)
            break
        elif t.dep_ not in ("advmod", "quantmod", "nummod", "amod", "compound", "prep") \
                or t.is_punct:
            return set()
        out.add(t.i)
    else:
        return set()
    noun = verb.doc[max(out)]
    if not seen_num or noun.i in {t.i for t in verb.subtree}:
        return set()
    return out


def _headline(sent) -> bool:
    """Whether a sentence is a headline in title case: no closing stop, its longer words
    capitalised (but for a stray label such as "date" before it)."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    capital = sum(t.text[0].isupper() for t in words)
    return bool(words) and sent[-1].text not in (".", "!", "?") and \
        capital >= HEADLINE_CAPITALS * len(words)


def _caused_subject(verb) -> set[int]:
    """Those a verb makes do something, when the parser read them as the subject of an
    infinitive clause: "forced 2,000 families to flee" parsed with "families" under "flee"."""
    if any(c.dep_ in ("dobj", "attr", "oprd") for c in verb.children):
        return set()
    out = set()
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.i < verb.i or \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        out |= {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i
                for t in c.subtree}
    return out


def _stated_figure(tok) -> set[int]:
    """Tokens of the figure a verb states about a noun subject or object: "the toll has
    risen to 3,085, with 4,715 injured" (to 3,085), "put the toll at 40"."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return set()
    return {t.i for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("to", "at")
            for t in c.subtree}


def _partitive_whole(noun):
    """The part a partitive noun phrase counts: "2 out of 5 missiles" -> "2"."""
    cur, hops = noun, 0
    while cur.dep_ in ("pobj", "prep") and hops < 4:
        cur, hops = cur.head, hops + 1
        if cur.lower_ not in ("of", "out"):
            break
    return cur if hops and cur.like_num else None


def _nominal(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN", "NUM", "PRON")


def _counts_places(toks) -> bool:
    """Does the figure count places ("the two towns", "seven districts")?"""
    noun = _top(toks)
    noun = noun.head if noun.dep_ in ("nummod", "amod", "quantmod") else noun
    return noun_classes().get(noun.lemma_.lower()) == "territory"


def _top(toks):
    return min(toks, key=lambda t: len(list(t.ancestors)))


def _tree_distance(toks, tok) -> int:
    """Hops from the quantity's top token up to the trigger or a common ancestor."""
    top = _top(toks)
    up = {tok.i: 0}
    for n, a in enumerate(tok.ancestors, start=1):
        up[a.i] = n
    hops = 0
    cur = top
    while cur.i not in up and cur.head.i != cur.i:
        # "a total of around 12,000 soldiers": "of" joins the figure to its noun, no hop
        # ("far short of the 2,500 promised" is no such join)
        if not (cur.dep_ == "pobj" and cur.head.lower_ == "of" and _nominal(cur.head.head) or
                cur.dep_ == "prep" and cur.lower_ == "of" and _nominal(cur.head)):
            hops += 1
        cur = cur.head
    return hops + up.get(cur.i, 20)


def attach_time(tok, index: Index, *, inherit: bool = True) -> str | None:
    """A time inside the trigger's phrase, else one attached to a verb above it, else one
    in a clause that dates it ("killed since the war began in October 2023"). A dated
    expression beats a bare duration or clock time, the event's own time beats the time of
    the verb that reports it ("now says ... killed since the fighting began on Thursday"),
    and a "since" beats only those ("his first trip since 2019" dates no trip). A sentence
    that dates nothing takes the time of the one before it in the paragraph (`inherit`)."""
    own, sub = _own_words(tok), phrase(tok)
    ancestors = _dating_ancestors(tok)
    # the words of clauses that date the trigger: "killed since Hezbollah began firing in
    # October 2023"; an event noun's relative clause ("the conflict that has been ravaging
    # Sudan since April 2023")
    clauses, near = set(), set()
    for c in _clause_children(tok):
        mark = _clause_mark(c) if c.dep_ == "advcl" else None
        if mark in DATING_MARKS or c.dep_ == "relcl" and tok.pos_ == "NOUN":
            clauses |= _own_words(c)
        elif mark in NEAR_MARKS:
            near |= _own_words(c)
    text = index.doc.text
    # "his first visit since 2018": the since names no time of this visit
    record = any(c.lower_ in RECORD_WORDS for c in tok.children)
    picks, skipped = [], set()
    for t, toks in index.times:
        if not toks:
            continue
        if record and toks[0].i in sub and _since(toks, tok):
            skipped.add(t.id)
            continue
        head = _time_head(toks)
        nested = toks[0].i in sub and toks[0].i not in own
        if toks[0].i in own or nested:
            place = 0
        elif head.i in ancestors or any(x.i in ancestors for x in toks) or \
                _top(toks).head.i in ancestors:
            place = 1
        elif head.i in clauses or toks[0].i in clauses:
            place = 2
        elif head.i in near or toks[0].i in near:
            place = 3
        else:
            continue
        # "near-daily attacks since January": the date, not "daily"; "at 07:10 local time
        # on Thursday": the day, not the clock
        undated = not t.earliest or CLOCK.search(t.text) is not None
        reported = place == 1 and head.i != tok.i and _reporting(head)
        picks.append((_dateline(text, t, tok.sent.start_char), undated, place == 3, reported,
                      _offset(text, t, toks, tok), nested, _dates_other_noun(toks, tok),
                      place < 2 and _since(toks, tok), place, abs(toks[0].i - tok.i), t.id))
    # the one dated expression of the sentence ("a video that appeared on March 26 showed
    # guns being moved"): attached elsewhere in the parse, but the only date there is
    sent = tok.sent
    dated = [t for t, toks in index.times if toks and t.earliest and
             sent.start <= toks[0].i < sent.end and t.id not in skipped]
    if picks:
        best = min(picks)
        if best[1] and not dated:
            # "Within hours, ...": a duration dates nothing; the sentence before may
            return (inherit and _previous_date(sent, index)) or best[-1]
        return best[-1]
    if len(dated) == 1:
        return dated[0].id
    return _previous_date(sent, index) if inherit and not dated else None


def _dates_other_noun(toks, trigger) -> bool:
    """Whether a time premodifies a noun other than the trigger, and so names that thing
    rather than the event: "suspended the 2018 accord on Monday" (the accord is of 2018);
    the noun a participle describes is the event's own ("a 2020 truce brokered by Ankara")."""
    top = _top(toks)
    if top.dep_ not in PREMODIFIERS or top.head.i < toks[-1].i or \
            top.head.pos_ not in ("NOUN", "PROPN"):
        return False
    own = {trigger.i, trigger.head.i} if trigger.dep_ in ("acl", "relcl") else {trigger.i}
    nouns = [top.head]  # "a 2020 ceasefire deal": the year, the ceasefire and the deal
    while nouns[-1].dep_ == "compound" and nouns[-1].head.i != nouns[-1].i:
        nouns.append(nouns[-1].head)
    return not any(n.i in own for n in nouns)


def _clause_children(tok) -> list:
    """The clauses hanging from the trigger, and those the parser hung from the reporting
    verb that follows it but which stand before that verb ("have taken the town after the
    troops withdrew on Tuesday, residents said")."""
    out = list(tok.children)
    head = tok.head
    if tok.dep_ == "ccomp" and head.i > tok.i and head.lemma_.lower() in REPORT_CUES:
        out += [c for c in head.children if c.dep_ == "advcl" and tok.i < c.i < head.i]
    return out


def _clause_mark(clause) -> str | None:
    """The word that subordinates a clause: its marker ("since the war began") or the
    wh-adverb the parser hangs under its verb ("killed when gunmen opened fire")."""
    for c in clause.children:
        if c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < clause.i:
            return c.lower_
    return None


def _offset(text: str, time, toks, trigger) -> bool:
    """Whether a time is counted from an event other than the trigger: "On Monday, a day
    after the raid, the delegations met" (it yields to the day named); the raid, the event
    it counts from, keeps it (the earlier step dates such a time by that event)."""
    doc = toks[0].doc
    if OFFSET.match(text, time.end) is not None:
        after = next((t for t in doc[toks[-1].i + 1:toks[-1].i + 3] if not t.is_space), None)
    elif len(toks) > 1 and OFFSET.fullmatch(toks[-1].text) is not None:
        after = toks[-1]
    else:
        return False
    return after is None or trigger.i not in {t.i for t in after.subtree}


def _previous_date(sent, index: Index) -> str | None:
    """A sentence that names no time goes on from the one before it in its paragraph
    ("Shortly after noon on Christmas Day, ... Within hours, four cables had been
    damaged"): the date its main verb takes, not a period it opens. A live report's entry
    takes the date of the clock time that heads it ("09:15 GMT"), and a sentence that says
    it follows on ("Hours later, ...") looks back past its paragraph."""
    doc = sent.doc
    stamp = _entry_stamp(sent, index)
    if stamp is not None:
        return stamp
    onward = CONTINUATION.match(sent.text) is not None
    cur = sent
    for _ in range(CARRY_SENTENCES if onward else 1):
        if cur.start == 0:
            return None
        prev = doc[cur.start - 1].sent
        if not onward and "\n" in doc.text[prev.start_char:sent.start_char]:
            return None  # another paragraph, a heading or a timestamp line
        found = attach_time(prev.root, index, inherit=False)
        for t, toks in index.times:
            if t.id == found and toks and t.earliest and prev.start <= toks[0].i < prev.end \
                    and not _since(toks, None):
                return found
        cur = prev
    return None


def _entry_stamp(sent, index: Index) -> str | None:
    """The dated clock time that opens the line of a sentence, or stands alone on the line
    before it ("06:00 GMT (08:00 local)"): the time of a live report's entry."""
    text = index.doc.text
    line = text.rfind("\n", 0, sent.start_char) + 1
    above = text.rfind("\n", 0, max(line - 1, 0)) + 1 if line else None
    for t, _ in index.times:
        if not t.earliest or CLOCK.search(t.text) is None:
            continue
        if t.start == line and t.end <= sent.start_char and \
                not text[t.end:sent.start_char].strip(" ,.:-–—()"):
            return t.id
        if above is not None and t.start == above and len(text[t.end:line].strip()) <= STAMP_TAIL:
            return t.id
    return None


def _dating_ancestors(tok) -> set[int]:
    """The trigger and the words above it whose time is its time: up to a relative clause
    or a clause of its own ("casualties averaged 1,000 a day in May, while Kyiv put losses
    since the invasion at 530,000": May dates no loss)."""
    out, cur = {tok.i}, tok
    while cur.head.i != cur.i:
        if cur.dep_ == "relcl":
            # "since June 2024, when guards boarded the boats": the noun it describes
            out.add(cur.head.i)
            break
        if cur.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ not in DATING_MARKS for c in cur.children):
            break
        cur = cur.head
        out.add(cur.i)
    return out


def _own_words(tok) -> set[int]:
    """The trigger's phrase without the clauses nested anywhere in it ("drones, which
    Moscow now builds": "now" dates the building, not the supply)."""
    out, todo = {tok.i}, [tok]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in CLAUSAL or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
                continue
            if child.dep_ == "pcomp" and child.pos_ == "VERB":
                continue  # "sent since Friday, with more being flown in today"
            out.add(child.i)
            todo.append(child)
    return out


def _time_head(toks):
    """The word a time expression modifies, past the prepositions and nouns that carry it
    ("on Tuesday" -> the verb; "a 2020 ceasefire deal" -> deal)."""
    head = _top(toks).head
    hops = 0
    while head.dep_ in TIME_CARRIERS and head.head.i != head.i and hops < 3:
        head = head.head
        hops += 1
    return head


def _reporting(verb) -> bool:
    """Whether a verb reports another's words ("said on Tuesday", "now says")."""
    return verb.lemma_.lower() in REPORT_CUES and any(
        c.dep_ in ("ccomp", "parataxis") for c in verb.children)


def _since(toks, trigger) -> bool:
    """Whether a time starts a period ("since 2019", "since the war began in October"),
    below the trigger: "the longest outage since Russian forces seized the site in March
    2022" dates the seizure."""
    top = _top(toks)
    for tok in [top, *top.ancestors][:4]:
        if trigger is not None and (tok.i == trigger.i or trigger.dep_ == "acl" and
                                    tok.i == trigger.head.i):
            # "since a 2019 truce brokered by Ankara": the year dates the brokering
            return False
        if tok.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since"
                                        for c in tok.children):
            return True
    return False


def _dateline(text: str, time, sent_start: int) -> bool:
    """Whether a time is the dateline opening the sentence ("GENEVA, 14 April 2025 -")."""
    if time.start - sent_start >= 40:
        return False
    line = DATELINE.match(text, sent_start, time.end + 40)
    return line is not None and line.end() >= time.end


def item_of(tok, trig: Trigger, sent, weapons_seen: list[str]) -> str | None:
    """What is supplied, moved, used or lost: a weapon system if named, else the object."""
    if trig.type not in ("AID", "MOBILIZE", "ASSAULT") or trig.subtype in ("casualties", "combat"):
        return None
    from ..weapons import find_weapons

    named = [w for w in find_weapons(sent.text)]
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and tok.pos_ == "NOUN":
        obj = next((pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if named:
        weapons_seen.append(named[0][2])
    if obj is None:
        return named[0][2] if named else None
    cls = noun_classes().get(obj.lemma_.lower())
    if cls != "weapons" and not named:
        return None
    if named:
        return named[0][2]
    if obj.lower_ in ("them", "it") or any(c.lower_ in ("the", "those", "these") for c in obj.children):
        if weapons_seen:
            return weapons_seen[-1]
    words = [t for t in obj.subtree if not t.like_num and t.dep_ not in ("det", "quantmod")
             and t.lower_ not in ("of", "up", "to", "more", "than", "about", "around", "roughly")]
    return " ".join(t.text for t in words)[:80] or None
