"""Step `quantities`: numbers with their qualifier, unit and counted noun.

`claimtrace.numbers.scan` finds the number phrases in the text ("up to 200", "$6bn",
"40 per cent"); this step uses the parse to drop what is not a quantity (years, dates,
ages, numbers inside names) and to find what a count counts: the noun the number
modifies ("11,000 troops" -> troop), the noun of a partitive ("up to 200 of the systems"
-> system) or, for "five of them", the most recent plausible plural noun before it.
"""
from __future__ import annotations

import logging
import re

from ..model import Document, Quantity
from ..numbers import NumberPhrase, scan
from ..pipeline import step
from .quantities_context import count_barrels, join_alternatives, name_currencies

log = logging.getLogger(__name__)

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr",
          "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
YEAR_CUES = {"in", "since", "by", "until", "till", "of", "from", "to", "early", "late",
             "mid", "during", "before", "after", "year", "fiscal", "spring", "summer",
             "autumn", "fall", "winter", "through", "between", "and", "the", "'s"}
NAME_ENTS = {"PERSON", "ORG", "PRODUCT", "LAW", "FAC", "WORK_OF_ART", "EVENT", "GPE", "NORP",
             "WEAPON"}
ANAPHORS = {"them", "those", "these"}
PRONOUN_DETS = {"the", "no", "every", "any", "this", "that", "each", "which", "last"}
# plural nouns that name no countable thing a quantity could refer back to
NOT_ANTECEDENTS = {"forces", "officials", "analysts", "reports", "sources", "years",
                   "months", "weeks", "days", "times", "people", "others"}
# calendar and clock units a duration counts ("a two-week truce" -> week)
DURATION_NOUNS = {"day": "day", "week": "week", "month": "month", "year": "year",
                  "h": "hour", "min": "minute"}
AGE_RE = re.compile(r"[\s-]*(?:years?|yrs?)[\s-]*old\b|-year-old", re.IGNORECASE)
# the later ages of a list: "two men aged 45 and 52"
AGE_LIST_RE = re.compile(r"\baged\s+\d+(?:\s*(?:,|and|or)\s*\d+)*\s*(?:,\s*and|,\s*or|,|and|or)\s*$",
                         re.IGNORECASE)
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# words before a number that make it a label: "Article 5", "Resolutions 2254 and 2118"
LABEL_WORDS = {"no.", "nos.", "number", "page", "pages", "article", "articles", "route",
               "routes", "resolution", "resolutions", "chapter", "chapters", "section",
               "sections", "paragraph", "paragraphs", "clause", "flight", "platform", "gate",
               "decree", "protocol", "phase", "ward", "sector", "zone", "highway"}
# proper nouns before a number that name a place, person or people: "sent Kyiv 31 tanks"
NOT_NAME_HEADS = {"GPE", "NORP", "PERSON", "DATE", "LOC"}


@step("quantities", needs=("spacy",), provides=("quantities",))
def find_quantities(doc: Document) -> Document:
    """Fill `doc.quantities` from the text and its parse."""
    sp = doc.spacy
    out: list[Quantity] = []
    for ph in scan(doc.text):
        counted = None
        qualifier = ph.qualifier
        if sp is not None:
            if _not_a_quantity(doc, sp, ph) or _aside_share(doc, ph):
                continue
            if ph.unit is None:
                counted = _counted(sp, ph) or _implied(doc, sp, ph, out)
            if ph.unit is None and counted is None and _lonely(doc, sp, ph):
                continue
        if ph.unit in DURATION_NOUNS:
            counted = DURATION_NOUNS[ph.unit]  # "within 90 days": a count of days
        start, low, high = ph.start, ph.low, ph.high
        if sp is not None and _particle_cue(doc, sp, ph):
            # "handed over 1,000 prisoners": "over" is the verb's particle, not a qualifier
            qualifier, start, low, high = "exact", ph.num_start, ph.value, ph.value
        out.append(Quantity(id=f"q{len(out) + 1}", text=doc.text[start:ph.end],
                            start=start, end=ph.end, value=_stated(ph), low=low,
                            high=high, qualifier=qualifier, unit=ph.unit,
                            counted=counted))
    out = join_alternatives(doc.text, out)
    name_currencies(doc, out)
    count_barrels(out)
    doc.quantities = out
    return doc


def _stated(ph) -> float | None:
    """The figure as a reader would quote it: for a range ("between 3,000 and 4,000"),
    its first bound, as for vague amounts ("dozens" -> 24); `low`/`high` keep the
    interval, which is what the ledger compares."""
    if ph.qualifier == "range" and ph.low is not None:
        return ph.low
    return ph.value


def _tokens(sp, start: int, end: int):
    span = sp.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


# "one of the deadliest attacks", "one of its heaviest barrages", "one of the most ..."
ONE_OF_THE_MOST = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|this|that)\s+"
                             r"(?:most\b|\w+est\b|biggest|worst|largest)", re.I)


def _not_a_quantity(doc: Document, sp, ph: NumberPhrase) -> bool:
    """Years, dates, ages, clock times and numbers that are part of a name."""
    toks = _tokens(sp, ph.num_start, ph.num_end)
    if not toks:
        return False
    first, last = toks[0], toks[-1]
    prev = sp[first.i - 1] if first.i > 0 else None
    nxt = sp[last.i + 1] if last.i + 1 < len(sp) else None
    raw = doc.text[ph.num_start:ph.num_end]
    # ages: "a 45-year-old", "aged 45", "45 years old", "aged 45 and 52"
    if AGE_RE.match(doc.text, ph.num_end) or (prev is not None and prev.lower_ == "aged") \
            or AGE_LIST_RE.search(doc.text, max(0, ph.start - 40), ph.start):
        return True
    if ph.unit is None and ph.qualifier != "vague":
        # dates: "March 26", "26 March", "Oct. 7, 2023", "between 11-13 Dec."
        after = _tokens(sp, ph.start, ph.end)
        after = sp[after[-1].i + 1] if after and after[-1].i + 1 < len(sp) else None
        near = {t.lower_.rstrip(".") for t in (prev, nxt, after) if t is not None}
        if near & MONTHS:
            return True
        if prev is not None and prev.text == "," and first.i > 1 \
                and sp[first.i - 2].like_num and re.fullmatch(r"\d{4}", raw):
            return True
        # numbers inside names: "Voyager 2", "Resolution 2231", "Article 5"
        if first.ent_type_ in NAME_ENTS and first.ent_iob_ == "I" and not ph.is_word:
            return True
        if _name_number(sp, first):
            return True
    if ph.unit is None and re.fullmatch(r"\d{4}", raw) and 1800 <= ph.value <= 2100:
        # a year unless it plainly counts something ("2000 troops")
        if nxt is None or nxt.tag_ not in ("NNS", "NNPS") or (
                prev is not None and prev.lower_ in YEAR_CUES):
            return True
    if ph.unit is None and re.fullmatch(r"\d{4}-\d{2,4}", doc.text[ph.start:ph.end]):
        return True  # "2013-14"
    if ph.is_word and ph.value == 1 and ONE_OF_THE_MOST.match(doc.text, ph.num_end):
        return True  # "one of its heaviest barrages": a ranking, not a count
    return False


def _name_number(sp, num) -> bool:
    """A number that belongs to a name: it follows a label ("Article 5") or a capitalised word of the same noun
    phrase ("Leopard 2 tanks", "Voyager 2", "CTF 50", "Exercise Eager Lion 16") or is the
    second of such a pair ("Resolutions 2254 and 2118"). Not a dative place or person
    ("sent Kyiv 31 tanks"), a weekday or month, nor a word in a title-case headline."""
    if num.dep_ == "conj" and num.head.like_num and num.head.i < num.i:
        return _name_number(sp, num.head)
    if num.i == 0:
        return False
    prev = sp[num.i - 1]
    if prev.lower_ in LABEL_WORDS:
        return True
    if not (num.is_digit or num.text[:1].isupper()) or not prev.text[:1].isupper() or prev.pos_ not in ("PROPN", "NOUN") or prev.is_sent_start \
            or prev.lower_.rstrip(".") in MONTHS | WEEKDAYS or prev.ent_type_ in NOT_NAME_HEADS \
            or _title_case(num.sent):
        return False
    head = num.head
    # "Challenger 2 tanks": the name and the number modify the same plural noun
    return head.i == prev.i or prev.head.i == num.i or (
        prev.head.i == head.i and prev.dep_ in ("compound", "nmod", "amod") and head.i > num.i
        and head.tag_ in ("NNS", "NNPS"))


# "..., roughly half of them children": a verbless aside on the make-up of an earlier count
ASIDE_SHARE = re.compile(r"\s+of\s+(?:them|those|whom)\s+(?:\w+\s+){0,2}?\w+(?:s|men|ren)"
                         r"\s*(?:[.;]|$)")


def _aside_share(doc: Document, ph: NumberPhrase) -> bool:
    """A share in a verbless aside after a comma ("700,000 displaced, roughly half of them
    children") describes the count before it; left out so that no claim takes it for
    the claim's own figure."""
    return ph.unit == "percent" and ph.is_word \
        and doc.text[max(0, ph.start - 2):ph.start].strip() == "," \
        and ASIDE_SHARE.match(doc.text, ph.end) is not None


def _lonely(doc: Document, sp, ph: NumberPhrase) -> bool:
    """A bare "one" used as a pronoun ("no one", "one another", "the one")."""
    if not ph.is_word or ph.value != 1:
        return False
    toks = _tokens(sp, ph.num_start, ph.num_end)
    if not toks:
        return False
    prev = sp[toks[0].i - 1] if toks[0].i > 0 else None
    nxt = sp[toks[-1].i + 1] if toks[-1].i + 1 < len(sp) else None
    return bool((prev is not None and prev.lower_ in PRONOUN_DETS)
                or (nxt is not None and nxt.lower_ in ("another", "day", "side", "way")))


def _counted(sp, ph: NumberPhrase) -> str | None:
    """Lemma of the noun a count counts, or None."""
    toks = _tokens(sp, ph.num_start, ph.num_end)
    if not toks:
        return None
    num = toks[-1]
    # climb "1.5 million": the head of the number chain
    while num.dep_ in ("compound", "quantmod", "nummod") and num.head.like_num \
            and num.head.i != num.i and num.head.i <= toks[-1].i + 1:
        num = num.head
    strong = STRONG_RE.match(sp.text, ph.end)
    if strong is not None:  # "a 300-strong force": the force
        noun = next((t for t in sp[num.i + 1:num.i + 6] if t.idx >= strong.end()
                     and t.pos_ in ("NOUN", "PROPN")), None)
        return _lemma(noun) if noun is not None else None
    joined = JOINED_NOUN_RE.match(sp.text, ph.end)
    if joined is not None and ph.unit is None:
        # "a nine-storey block", "a five-member panel": the number counts the word joined
        # to it (storeys, members), not the noun the compound describes
        word = next((t for t in sp[num.i + 1:num.i + 4] if t.idx == joined.start(1)), None)
        if word is not None and word.pos_ in ("NOUN", "ADJ", "PROPN"):
            return _lemma(word)
    end_tok = _tokens(sp, ph.start, ph.end)
    after = end_tok[-1].i + 1 if end_tok else num.i + 1
    # partitive: "200 of the systems", "five of them", "2 out of 5 missiles"
    j = after
    if j < len(sp) and sp[j].lower_ == "out" and j + 1 < len(sp) and sp[j + 1].lower_ == "of":
        j += 1
    if j < len(sp) and sp[j].lower_ == "of":
        obj = _partitive_object(sp, j)
        if obj is not None:
            if obj.lower_ in ANAPHORS:
                nxt = sp[obj.i + 1] if obj.i + 1 < len(sp) else None
                if nxt is not None and nxt.tag_ == "NNS" and nxt.pos_ == "NOUN":
                    return _lemma(nxt)  # "11 people, two of them children"
                return _antecedent(sp, obj, before=toks[0].i)
            if obj.like_num:
                noun = obj.head if obj.head.pos_ in ("NOUN", "PROPN") else None
                return _lemma(noun) if noun is not None else None
            if obj.pos_ in ("NOUN", "PROPN") and obj.tag_ in ("NNS", "NNPS", "NN", "NNP"):
                return _lemma(obj)
            if obj.lower_ in CASUALTY_STATES:
                return _casualty_part(num, obj)
        if ph.qualifier == "vague":
            return None
    # the noun the number modifies
    if num.dep_ in ("nummod", "amod", "compound", "npadvmod") and num.head.pos_ in ("NOUN", "PROPN") \
            and num.head.i > num.i and num.head.tag_ in ("NNS", "NNPS", "NN", "NNP") \
            and not _participle(num.head, ph):
        between = sp[after:num.head.i]
        if num.head.i - after <= 8 and not num.head.like_num \
                and not any(t.dep_ == "prep" or t.pos_ == "DET" for t in between):
            return _lemma(_compound_head(_shared_head(num.head, ph)))
    # fall back on the next plural noun, across adjectives and names ("180 K2 tanks",
    # "four IRIS-T air defence systems")
    for k in range(after, min(after + 7, len(sp))):
        t = sp[k]
        if t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN"):
            return _lemma(_compound_head(t))
        if t.pos_ not in ("ADJ", "PROPN", "NOUN", "PUNCT", "NUM", "ADV") or t.text in (",", "."):
            break
        if _participle(t, ph):
            break
        if t.tag_ in ("NN",) and (k + 1 >= len(sp) or sp[k + 1].pos_ not in ("NOUN", "PROPN")):
            return _lemma(t) if ph.value == 1 else None
    return None


def _shared_head(noun, ph: NumberPhrase):
    """The plural noun that a coordinated modifier shares: "a dozen coast guard and militia
    vessels", "12 navy and coast guard ships" count vessels and ships, not guards."""
    if noun.tag_ not in ("NN", "NNP") or ph.value is None or ph.value <= 1:
        return noun
    conj = next((c for c in noun.children if c.dep_ == "conj" and c.tag_ in ("NNS", "NNPS")
                 and c.pos_ in ("NOUN", "PROPN")), None)
    return conj if conj is not None else noun


# "a 300-strong force", "a 5,000 strong contingent"
STRONG_RE = re.compile(r"[\s-]strong\b", re.IGNORECASE)
# a lower-case word hyphenated to the number ("nine-storey", "five-member"); not "-strong"
# (above) and not a second number ("1,000-for-1,000")
JOINED_NOUN_RE = re.compile(r"-(?!strong\b)([a-z]{3,})\b(?!-)")


def _participle(tok, ph: NumberPhrase) -> bool:
    """A verb in -ing the tagger took for a singular noun after a plural count: "including
    12 heading towards the capital" (12 counts what came before, not headings)."""
    return tok.tag_ in ("NN", "VBG") and tok.lower_.endswith("ing") and ph.value is not None \
        and ph.value > 1 and ph.unit is None


def _compound_head(tok):
    """The head of a noun compound: "special forces soldiers" -> soldiers, "artillery
    rounds" -> rounds (the count counts the head, not its modifier)."""
    for _ in range(3):
        head = tok.head
        if tok.dep_ not in ("compound", "amod", "nmod") or head.i <= tok.i or head.i - tok.i > 3 \
                or head.pos_ not in ("NOUN", "PROPN") or head.like_num:
            break
        tok = head
    return tok


# "put the figure at 9,000", "estimated losses at 40,000": the verb's object is counted
FIGURE_VERBS = {"put", "estimate", "place", "peg", "revise", "raise", "lower", "set"}
# "casualties averaged 500 a day", "the toll rose to 41": the verb's subject is counted
LEVEL_VERBS = {"average", "total", "reach", "stand", "rise", "climb", "hit", "top", "exceed",
               "surpass", "pass", "jump", "increase", "grow", "number", "swell", "near", "mount"}
# nouns that stand for a figure of something said before ("the figure", "the total")
FIGURE_NOUNS = {"figure", "total", "number", "tally", "estimate", "count", "sum"}
# counts of people hit: "kills three", "50 were wounded", "3,000 dead", "41 still missing"
CASUALTY_VERBS = {"kill", "wound", "injure", "murder", "massacre", "execute", "slay", "abduct",
                  "kidnap", "hurt", "maim", "displace", "evacuate", "rescue", "arrest", "detain",
                  "die", "perish", "drown", "behead", "shoot"}
CASUALTY_STATES = {"dead", "killed", "wounded", "injured", "missing", "hurt", "displaced",
                   "detained", "arrested", "abducted", "kidnapped", "died", "drowned", "slain"}
TOLL_BEFORE = re.compile(r"\b(?:death|casualty|human)?\s*tolls?\b[^.;:]{0,40}?\b(?:to|of|at|"
                         r"reached|hit|passed|surpassed|exceeded|topped|is|was|stands|stood)\s+"
                         r"(?:\w+\s+){0,2}$", re.I)
PERSON = "people"  # as the lemma of "people" stays "people"


def _implied(doc: Document, sp, ph: NumberPhrase, prior: list[Quantity]) -> str | None:
    """What a bare count counts when no noun follows it: the subject or object of a figure
    verb ("put losses at 40,000"), the noun of an earlier count in the same sentence
    ("100 soldiers were killed and 900 wounded"), or people for a casualty count."""
    toks = _tokens(sp, ph.num_start, ph.num_end)
    if not toks or ph.is_word and ph.value == 1:
        return None
    num = toks[-1]
    while num.dep_ in ("compound", "quantmod", "nummod") and num.head.like_num and num.head.i != num.i:
        num = num.head
    via = _figure_of(sp, num, prior, ph)
    if via is not None:
        return via
    inc = num.head
    if num.dep_ == "nummod" and _participle(inc, ph) and inc.dep_ in ("pobj", "pcomp"):
        num, inc = inc, inc.head  # "including 12 heading towards ...": the -ing is no noun
    part = num.dep_ in ("pobj", "pcomp") and inc.lower_ in ("including", "among", "excluding",
                                                          "besides")
    if part:
        # "96 drones, including a dozen over ...": the whole the part is taken from
        whole = inc.head
        if whole.pos_ in ("VERB", "AUX"):
            whole = next((c for c in whole.children if c.dep_ in ("dobj", "nsubjpass")), whole)
        if whole.pos_ in ("NOUN", "PROPN") and whole.tag_ in ("NNS", "NNPS"):
            lemma = _lemma(_compound_head(whole))
            if not any(q.counted == lemma and _smaller(q, ph) for q in prior):
                return lemma
    sent = num.sent
    # a part is no larger than its whole: "95 drones over several regions, including 12"
    earlier = [q for q in prior if q.unit is None and q.counted and sent.start_char <= q.start
               and q.end <= ph.start and not (part and _smaller(q, ph))]
    if earlier:
        return earlier[-1].counted
    if _casualty_count(num):
        return _casualty_antecedent(sp, num, prior) or PERSON
    if CASUALTY_VERB_FORMS.search(doc.text, max(0, ph.start - 20), ph.start) \
            and not _noun_after(sp, ph):
        return PERSON
    if TOLL_BEFORE.search(doc.text[max(0, ph.start - 60):ph.start]):
        return PERSON
    return None


def _casualty_part(num, state) -> str:
    """ "three of the dead", "dozens of wounded": the people in that state, or what the
    clause says they were ("five of the dead were children" counts children)."""
    verb = num.head
    if num.dep_ == "nsubj" and verb.lemma_ == "be":
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.tag_ == "NNS"
                     and c.pos_ == "NOUN"), None)
        if attr is not None:
            return _lemma(_compound_head(attr))
    return state.lower_


# "... kills at least 17", "killing 31": the count right after an active casualty verb,
# which the parser may take for a noun in a headline
CASUALTY_VERB_FORMS = re.compile(r"\b(?:kill|wound|injur|murder|massacr|execut|abduct|kidnapp?"
                                 r"|maim|slaughter|behead)(?:s|es|ed|ing|e)?\s*$", re.I)


def _casualty_antecedent(sp, num, prior: list[Quantity]) -> str | None:
    """A bare count as the subject of a casualty ("... over 1,000 had been killed") after a
    casualty count in one of the two sentences before ("3,000 soldiers were killed or
    wounded"): the same kind of people, so the same counted noun."""
    if num.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sents = [s for s in sp.sents if s.end <= num.sent.start][-2:]
    if not sents:
        return None
    lo, hi = sents[0].start_char, num.sent.start_char
    for q in reversed(prior):
        if q.end > hi:
            continue
        if q.start < lo:
            break
        if q.unit is not None:
            continue
        if not q.counted:
            return None  # the latest count says nothing about who
        toks = _tokens(sp, q.start, q.end)
        noun = toks[-1].head if toks else None
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and _casualty_count(noun):
            return q.counted
        return None
    return None


def _figure_of(sp, num, prior: list[Quantity], ph: NumberPhrase) -> str | None:
    """ "put the toll at 300" -> person; "put the figure at 9,000" -> the noun of the last
    count before it; "casualties averaged 500" -> casualty."""
    verb, rel = None, None
    if num.dep_ == "pobj" and num.head.lower_ in ("at", "to", "around", "near") \
            and num.head.head.pos_ in ("VERB", "AUX"):
        verb = num.head.head
    elif num.dep_ in ("dobj", "attr") and num.head.pos_ in ("VERB", "AUX"):
        verb = num.head
    if verb is None:
        return None
    whole = _figure_of_noun(verb)
    if whole is not None:
        return whole
    if verb.lemma_ in FIGURE_VERBS:
        rel = ("dobj", "nsubjpass")  # "put losses at", "losses were put at"
    elif verb.lemma_ in LEVEL_VERBS:
        rel = ("nsubj", "nsubjpass")
    else:
        return None
    what = next((c for c in verb.children if c.dep_ in rel and c.i != num.i), None)
    if what is None or what.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = what.lemma_.lower()
    if lemma == "toll":
        return PERSON
    if lemma in FIGURE_NOUNS:
        of = [g for c in what.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
        if of:
            return _lemma(_compound_head(of[0]))
        sents = [s for s in sp.sents if s.end <= num.sent.end][-3:]
        lo = sents[0].start_char if sents else num.sent.start_char
        earlier = [q for q in prior if q.unit is None and q.counted and q.start >= lo
                   and q.end <= ph.start]
        return earlier[-1].counted if earlier else None
    if what.tag_ in ("NNS", "NNPS"):
        return _lemma(what)
    return None


def _smaller(q: Quantity, ph: NumberPhrase) -> bool:
    """Whether count `q` is smaller than `ph` (so cannot be the whole `ph` is part of)."""
    top = q.high if q.high is not None else q.value
    return top is not None and ph.value is not None and top < ph.value


def _figure_of_noun(verb) -> str | None:
    """ "put the number of missiles delivered at 200": the figure's "at" hangs on a clause
    about the counted noun (attached to the noun, to "number" or to "put"), and the noun
    is the object of "the number of"."""
    if verb.dep_ not in ("acl", "relcl", "advcl"):
        return None
    head = verb.head
    if head.pos_ in ("VERB", "AUX") and head.lemma_ in FIGURE_VERBS:
        head = next((c for c in head.children if c.dep_ == "dobj"), head)
    if head.lemma_.lower() in FIGURE_NOUNS:
        noun = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
    elif head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.lemma_.lower() in FIGURE_NOUNS:
        noun = head
    else:
        return None
    if noun is None or noun.tag_ not in ("NNS", "NNPS") or verb.i < noun.i:
        return None
    return _lemma(_compound_head(noun))


def _noun_after(sp, ph: NumberPhrase) -> bool:
    """Whether a noun or name follows the number ("killed 12 Russians" is not "killed 12")."""
    toks = _tokens(sp, ph.start, ph.end)
    k = toks[-1].i + 1 if toks else len(sp)
    return k < len(sp) and sp[k].pos_ in ("NOUN", "PROPN", "ADJ")


def _casualty_count(num) -> bool:
    """ "kills three", "wounding more than 50", "50 were wounded", "3,000 dead"."""
    head = num.head
    if num.dep_ == "dobj" and head.lemma_ in CASUALTY_VERBS:
        return True
    if num.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in CASUALTY_VERBS | CASUALTY_STATES:
        return True
    for k in range(num.i + 1, min(num.i + 3, len(num.doc))):
        t = num.doc[k]
        if t.lower_ in CASUALTY_STATES:
            return True
        if t.pos_ != "ADV":
            break
    return False


def _particle_cue(doc: Document, sp, ph: NumberPhrase) -> bool:
    """The phrase's qualifier word is a verb particle: "hand over 500 prisoners"."""
    if ph.qualifier != "more_than" or ph.num_start <= ph.start:
        return False
    toks = _tokens(sp, ph.start, ph.num_start)
    if not toks or toks[0].lower_ != "over":
        return False
    prev = sp[toks[0].i - 1] if toks[0].i > 0 else None
    return (toks[0].dep_ == "prt" or toks[0].tag_ == "RP"
            or (prev is not None and prev.pos_ == "VERB" and prev.lemma_ in PARTICLE_VERBS)
            or _airspace_over(sp, toks[0], ph))


# verbs that take "over" as a particle: "hand over", "turn over", "sign over"
PARTICLE_VERBS = {"hand", "turn", "sign", "give", "pass"}
# "destroyed 337 drones overnight over 10 regions": after things that fly, "over" a count
# of areas tells where they were brought down, not that the count is a lower bound
AIRBORNE_NOUNS = {"drone", "missile", "rocket", "balloon", "aircraft", "uav", "plane", "jet",
                  "helicopter", "projectile", "shahed", "glide bomb"}
AREA_NOUNS = {"region", "oblast", "province", "district", "area", "territory", "sea",
              "governorate", "republic", "country", "border region"}


def _airspace_over(sp, over, ph: NumberPhrase) -> bool:
    head = next((t.head for t in _tokens(sp, ph.num_start, ph.num_end)
                 if t.head.i >= over.i and t.head.pos_ == "NOUN"), None)
    if head is None or head.lemma_.lower() not in AREA_NOUNS:
        return False
    k = over.i - 1
    while k >= 0 and (sp[k].pos_ == "ADV" or sp[k].ent_type_ in ("DATE", "TIME")
                      or sp[k].lower_ in ("on", "in", "the", "overnight")):
        k -= 1  # "drones overnight over", "missiles on Sunday over"
    return k >= 0 and sp[k].pos_ in ("NOUN", "PROPN") and sp[k].lemma_.lower() in AIRBORNE_NOUNS


def _partitive_object(sp, of_i: int):
    of = sp[of_i]
    objs = [c for c in of.children if c.dep_ == "pobj"]
    if objs:
        return objs[0]
    # the parser may attach oddly: take the first noun or pronoun after "of"
    for k in range(of_i + 1, min(of_i + 6, len(sp))):
        t = sp[k]
        if t.lower_ in ANAPHORS and (k + 1 >= len(sp) or sp[k + 1].pos_ not in ("NOUN", "ADJ")):
            return t
        if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS"):
            return t
        if t.like_num and not (k + 1 < len(sp) and sp[k + 1].pos_ == "NOUN"):
            continue
    return None


def _antecedent(sp, pron, *, before: int | None = None) -> str | None:
    """The most recent plural noun before `pron` (and before token `before`, the start of
    the number phrase: "dozens of them") that it can refer to (this sentence and the two
    before), skipping subjects of the clause that contains the pronoun."""
    blocked = set()
    for anc in pron.ancestors:
        for c in anc.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                blocked.update(t.i for t in c.subtree)
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ != "xcomp":
            break  # the clause ends here; "The units ..., where forces destroyed five of them"
    sent_start = pron.sent.start
    sents = [s for s in sp.sents if s.end <= pron.sent.end][-3:]
    lo = sents[0].start if sents else sent_start
    for k in range(min(pron.i, before if before is not None else pron.i) - 1, lo - 1, -1):
        t = sp[k]
        if k in blocked or t.tag_ not in ("NNS", "NNPS") or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.lower_ in NOT_ANTECEDENTS or t.ent_type_ in ("NORP", "GPE", "DATE"):
            continue
        return _lemma(t)
    return None


def _lemma(tok) -> str | None:
    """The counted noun's lemma; a proper noun keeps its capitals ("Rafales" -> "Rafale",
    "Palestinians" -> "Palestinian") unless it only has them as the first word."""
    if tok is None:
        return None
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_sent_start \
            and not tok.text.isupper() and not _title_case(tok.sent):
        return _singular(tok.text)
    if tok.pos_ == "PROPN" or lemma == tok.lower_:
        lemma = _singular(tok.lower_)
    if tok.lower_.endswith("sses") and lemma == tok.lower_[:-1]:
        lemma = tok.lower_[:-2]  # "crosses" -> "cross" (the model's "crosse")
    return LEMMA_FIXES.get((tok.lower_, lemma), lemma)


def _title_case(sent) -> bool:
    """A headline in title case ("Strike Kills 32 Civilians"): its capitals say nothing."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


# the model's lemmas that are wrong for the nouns counted in conflict reporting
LEMMA_FIXES = {("bases", "basis"): "base", ("forces", "force"): "force"}


def _singular(word: str) -> str:
    if word in ("people", "police", "staff", "personnel", "aircraft", "equipment"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
