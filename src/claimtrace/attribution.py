"""Who says so and how sure they sound: source, cue and certainty of a claim.

Reads the dependency parse around an event trigger: reporting verbs whose complement
holds the trigger ("ZDF said Russia could deploy", "South Korea estimates that ..."),
"according to X" anywhere in the sentence, control verbs of belief ("is believed to have
supplied"), modality (could, may, might), negation and denial. A main verb can be an
attribution of its own: a reporting or stance verb with its subject ("Clinton cited the
comments", "was first reported by the Post"), an attitude adjective ("was sure"), a framed
or phrasal cue ("went on to discuss", "laid out", "issued a statement"). Quotations are
credited to their speaker, a transcript's "NAME:" or a byline after a dash. A figure given
or an act credited ("gave a toll of 40", "credited its units with the capture") is the
giver's (`attribution_credit`); the source's name and kind come from `attribution_sources`.
"""
from __future__ import annotations

from dataclasses import dataclass

from .attribution_hearsay import hearsay, hearsay_certainty
from .attribution_acts import (charged_with as _charged_with, figure_above, figure_prep,
                               own_act, speech_owner)
from .attribution_credit import credited_with, given_figure
from .attribution_kinds import _actor_kind
from .attribution_lexicon import (
    BYLINE_DASHES, CLAUSE_ONLY, CUE_PARTICLES, EXPERIENCER_VERBS, FIGURE_FRAMES, HEDGES,
    LIGHT_VERBS, MODALS, OBJECT_CONTROL, PHRASAL_CUES, RANK, RAISING, REPORT_CUES,
    REPORT_NOUNS, SPEECH_NOUNS, STANCE_ACTS, STANCE_ADJECTIVES, STANCE_VERBS)
from .attribution_quotes import (QUOTES_OPEN, STRAIGHT_QUOTES, _colon_source, _paragraph,
                                 _quote_byline, _quote_spans, frames_quote)
from .attribution_senses import physical_sense
from .attribution_sources import _first_person, _mention, _noun_owner, _source
from .attribution_speakers import (_content_clause, _is_cue_verb, _named_before, _speaker_act,
                                   _trailing_report, coordinated_cue, free_relative, named_as,
                                   second_act, separate_clause)
from .model import Source


@dataclass(slots=True)
class Attribution:
    source: Source
    cue: str | None
    certainty: str
    negated: bool = False


def attribute(trigger, sentence, actor_of, author: str | None, pronoun=None) -> Attribution:
    """Source, cue and certainty for the event whose trigger token is `trigger`.

    `actor_of(start, end)` returns the Actor mentioned in a token span (or None);
    `pronoun(token)` the actor a pronoun refers to; `author` is the outlet credited for
    unattributed statements.
    """
    certainty = "asserted"
    negated = False
    cue = None
    source = None
    # 1. modality, hedges and negation on the trigger and the verbs that govern it
    chain = _verb_chain(trigger)
    for tok in chain:
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "aux" and low in MODALS:
                certainty = _stronger(certainty, "possible")
            elif tok is trigger and (child.dep_ == "neg" or negating_subject(child)):
                negated = True
            elif child.dep_ == "advmod" and low in HEDGES:
                certainty = _stronger(certainty, HEDGES[low])
        if tok is not trigger and tok.pos_ == "ADJ" and tok.lower_ in HEDGES:
            # "forces are likely to advance": the adjective a trigger hangs from hedges it
            certainty = _stronger(certainty, HEDGES[tok.lower_])
        raised = RAISING.get(tok.lemma_.lower()) if tok is not trigger else None
        if raised and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            certainty = _stronger(certainty, raised)
            cue = cue or _phrase(tok)
    # an act someone is charged with: "accused of helping ...", "allegations of raids"
    charge = _charged_with(trigger)
    if charge is not None:
        certainty = _stronger(certainty, "alleged")
        cue = cue or charge.text
    # 2. the subject's own act ("rejected the accusation", "blamed the RSF"), else a
    # reporting verb whose complement holds the trigger
    act = own_act(trigger)
    subj = _subject(trigger, active=True) if act else None
    # (an act credited below a report is the crediting speaker's, nearer than the report)
    reporter = None if subj is not None or _named_credit(trigger) else _reporting_head(trigger)
    if reporter is not None and nobody(_subject(reporter)):
        reporter = None  # "No group has claimed the attack, but it bore the hallmarks of X"
    if subj is not None and not _first_person(subj):
        source, cue = _source(subj, actor_of, pronoun), _cue_phrase(trigger)
        certainty = _stronger(certainty, act)
    elif reporter is not None:
        lemma = reporter.lemma_.lower()
        subj = _subject(reporter)
        kind = _cue_kind(reporter) or "reported"
        if reporter.pos_ == "NOUN" and lemma in REPORT_NOUNS and _noun_owner(reporter) is not None:
            subj = _noun_owner(reporter)
        elif reporter.pos_ == "ADJ":
            subj = _subject(reporter.head)  # "she was sure that ...": the subject of "be"
        elif subj is None and reporter.pos_ == "NOUN" and not any(
                c.dep_ == "poss" and _first_person(c) for c in reporter.children):
            subj = reporter  # "Ukraine's military estimates that ..." (a misparsed verb)
            # ("our assessment: ..." is the author's own)
        elif (outer := _outer_reporter(reporter, subj)) is not None:
            # "Fowler said he expects ...": the speaker named outside, with the inner hedge
            certainty = _stronger(certainty, kind)
            reporter, subj = outer, _subject(outer, active=True)
            lemma, kind = reporter.lemma_.lower(), _cue_kind(reporter) or "reported"
        if subj is not None and not _first_person(subj):
            source = _source(subj, actor_of, pronoun)
        if cue is None:
            cue = _adjective_phrase(reporter) if reporter.pos_ == "ADJ" else _cue_phrase(reporter)
        if any(c.dep_ == "neg" or negating_subject(c) for c in reporter.children) \
                and kind == "reported":
            kind = "denied"
        if kind == "possible" and certainty == "asserted" and lemma == "warn":
            kind = "possible" if _has_modal(trigger) else "reported"
        certainty = _stronger(certainty, kind)
        if kind == "denied":
            negated = True
    elif (frame := figure_frame(trigger) or figure_above(trigger)) is not None:
        # "a local official put the toll at 300": the figure is the subject's estimate,
        # and so is what it counts ("put the number of missiles delivered at 200")
        verb, prep = frame
        subj = _subject(verb, active=True) or _agent(verb)
        if subj is not None and not _first_person(subj):
            source = _source(subj, actor_of, pronoun)
        cue = trigger.doc[verb.i:prep.i + 1].text if prep.i - verb.i <= 5 else verb.text
        certainty = _stronger(certainty, _cue_kind(verb) or "reported")
    elif (giver := given_figure(trigger) or credited_with(trigger)) is not None:
        # "the agency gave a toll of 40 dead", "the ministry credited its units with the
        # capture": the one who gives the figure or credits the act is its source
        verb, kind = giver if isinstance(giver, tuple) else (giver, "reported")
        subj = _subject(verb, active=True) or _agent(verb)
        if subj is not None and not _first_person(subj):
            source = _source(subj, actor_of, pronoun)
            cue = _cue_phrase(verb)
            certainty = _stronger(certainty, kind)
    elif (agent := _passive_report(trigger)) is not None:
        # "the attack was claimed by JNIM": the agent of a passive report verb on the event
        source = _source(agent, actor_of, pronoun)
        cue = f"{trigger.head.text} by"
        certainty = _stronger(certainty, _cue_kind(trigger.head) or "reported")
    elif (head := _colon_source(trigger, sentence)) is not None and \
            not _tagged_act(trigger, head) and not _place_tag(head, actor_of):
        # "Pence: Flowers will not attend" (headlines, transcripts): the speaker of the turn
        # says all of it, even a report of its own ("PENCE: Clinton thinks ...")
        source = _source(head, actor_of, pronoun)
        colon = next((t for t in sentence if t.text == ":" and t.i > head.i), None)
        if source.mention is not None and colon is not None and \
                source.mention.end > colon.idx:
            # the name parsed as the root of the whole line: the name only
            source.mention = _mention(trigger.doc[head.left_edge.i:colon.i])
        cue = ":"
        certainty = _stronger(certainty, "reported")
    elif _self_report(trigger):
        # '"Probably not," Ms. Moore said.': the report verb itself, its content elsewhere;
        # "The story was first reported by the Post": a passive report names its agent
        source = _source(_speaker(trigger), actor_of, pronoun)
        cue = _cue_phrase(trigger)
    elif (end := _framed_cue(trigger)) is not None:
        # "Caddell went on to discuss the polls", "Clinton laid out her plan", "The letter
        # reads: '...'": a verb that frames a report, a phrasal cue, a verb before a quotation
        source = _source(_subject(trigger, active=True), actor_of, pronoun)
        cue = trigger.doc[trigger.i:end.i + 1].text if end.i - trigger.i <= 4 else trigger.text
        certainty = _stronger(certainty, _cue_kind(end) or "reported")
    elif (adj := _stance_adjective(trigger)) is not None:
        # "She was sure of it", "The minister is confident": an attitude of the subject
        source = _source(_subject(trigger, active=True), actor_of, pronoun)
        cue = _adjective_phrase(adj)
        certainty = _stronger(certainty, STANCE_ADJECTIVES[adj.lemma_.lower()])
    elif (owner := speech_owner(trigger)) is not None and not _first_person(owner):
        # "the envoy repeated his call for a truce", "an appeal by the unions": the noun of
        # speech is its owner's word
        source = _source(owner, actor_of, pronoun)
        cue = trigger.text
        certainty = _stronger(certainty, "reported")
    if source is None and reporter is None and (heard := hearsay(trigger)) is not None:
        # "expressed alarm at reports that ...", "Reports are coming in of ...": passed on
        noun, reactor = heard
        source = _source(reactor, actor_of, pronoun) if reactor is not None else Source(
            name=noun.text, kind="unnamed", mention=_mention(noun.doc[noun.i:noun.i + 1]))
        cue = cue or noun.text
        certainty = _stronger(certainty, hearsay_certainty(noun))
    # 3. "according to X" anywhere in the sentence
    acc = _according_to(sentence)
    if acc is not None and reporter is not None and _nearer(acc, trigger, reporter):
        # "X said the strike that killed 29, according to the health ministry": the
        # figure is the ministry's, the clause below X's report
        source, cue = _source(acc, actor_of), "according to"
        certainty = _stronger(certainty, "reported")
    elif acc is not None and (source is None or reporter is None or source.kind == "document"):
        # "According to ZDF, a video showed ...": the video is evidence, ZDF the source
        if source is None or source.kind == "document":
            source = _source(acc, actor_of)
            cue = "according to"
        cue = cue or "according to"
        certainty = _stronger(certainty, "reported")
    if negated and certainty in ("asserted", "reported"):
        certainty = "denied" if reporter is not None and REPORT_CUES.get(
            reporter.lemma_.lower()) == "denied" else certainty
    if source is None and (speaker := _quote_speaker(trigger, sentence)) is not None:
        # inside a quotation, or "I think" inside one: the person quoted
        source = _source(_speaker(speaker), actor_of, pronoun)
        cue = cue or _cue_phrase(speaker)
        certainty = _stronger(certainty, "reported")
    elif source is None and (byline := _quote_byline(trigger)) is not None:
        # '"We will hold the line." ― Jane Doe': a name credited after a dash
        dash, name = byline
        actor = actor_of(name.start, name.end)
        source = Source(name=name.text, kind=_actor_kind(actor) if actor else "unnamed",
                        actor=actor.id if actor else None, mention=_mention(name))
        cue = cue or dash.text.strip("”\"'’")
        certainty = _stronger(certainty, "reported")
    if source is None:
        source = Source(name=author, kind="author")
    return Attribution(source, cue, certainty, negated)


def negating_subject(child) -> bool:
    """ "Neither Moscow nor Pyongyang has acknowledged ...", "neither side confirmed": a
    subject that negates its verb."""
    return child.dep_ in ("nsubj", "nsubjpass") and any(
        p.dep_ in ("preconj", "det") and p.lower_ == "neither" for p in child.children)


def nobody(subj) -> bool:
    """ "No group", "no one", "nobody", "none": a subject that names no one, so no source."""
    return subj is not None and (subj.lower_ in ("nobody", "none") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children))


def _stronger(current: str, new: str) -> str:
    return new if RANK.index(new) > RANK.index(current) else current


def _has_modal(tok) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for t in _verb_chain(tok) for c in t.children)


def _verb_chain(tok):
    """The trigger and the verbs it hangs from through xcomp/conj (control, coordination)."""
    out = [tok]
    cur = tok
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and \
            tok.head.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
        # an event noun takes the modality of the verb it is an argument of: "is believed
        # to be holding 100 hostages", "an agreement is expected next month"
        cur = tok.head
        out.append(cur)
    elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.lemma_ == "be":
        # so does a predicate adjective its copula's: "are believed to be dead"
        cur = tok.head
        out.append(cur)
    while cur.dep_ in ("xcomp", "conj", "auxpass") and cur.head is not cur:
        cur = cur.head
        out.append(cur)
    return out


def _reporting_head(trigger):
    """The nearest reporting verb above the trigger reached through a clausal complement."""
    if trigger.text.lstrip("”\"'’") in BYLINE_DASHES:
        return None  # '"..." ― Jane Doe': a byline's dash reports the quotation before it
    if (outer := second_act(trigger)) is not None:
        return outer  # "X said the strike showed ..., and urged allies to act"
    cur = trigger
    steps = 0
    behind = None  # a clause of time passed: "said ..., two days after a drone killed three"
    while cur.head is not cur and steps < 8:
        dep = cur.dep_
        head = cur.head
        if behind is None and _background(cur):
            behind = cur
        if dep == "ccomp" and head.pos_ == "ADV" and head.dep_ == "advmod":
            head = head.head  # "said earlier that ...": the parser hangs the clause on "earlier"
        elif dep in ("acl", "relcl") and head.dep_ == "pobj" and head.head.dep_ == "prep" and \
                _is_cue_verb(head.head.head) and _content_clause(cur):
            # "said in a statement that ...", "told Putin at a meeting that ...": the
            # clause hung on the noun is what the verb reports
            dep, head = "ccomp", head.head.head
        if dep != "ROOT" and cur.pos_ in ("VERB", "AUX") and \
                (aside := _parenthetical(cur, trigger)) is not None:
            return aside  # "That is why, he argued, the party should be prepared"
        if separate_clause(cur, head):
            return None  # "X has said ..., and Y has urged ...": Y's own act
        if cur.pos_ == "VERB" and coordinated_cue(cur, _cue_kind) is not None:
            return cur  # "X denied ... and accused Y of ...": the accusation is no denial
        if named_as(cur, head):
            return head  # "in what Kabul described as retaliation for strikes"
        reporting = head.pos_ in ("VERB", "AUX") or (head.dep_ == "ROOT" and head.pos_ == "NOUN")
        lemma = head.lemma_.lower()
        if _clause_only(lemma) and dep not in ("ccomp", "xcomp", "parataxis") and not (
                dep == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in cur.children)
        ) and not _described(cur, head):
            reporting = False  # "called for the troops to leave" is an advcl with "for"
        if _cue_kind(head) and head.pos_ != "ADJ" and reporting and dep in (
                "ccomp", "xcomp", "advcl", "parataxis", "dobj", "conj", "relcl", "acl"):
            if dep == "xcomp" and head.lemma_.lower() in RAISING and not _subject(head, active=True):
                pass  # "is believed to": handled as raising, not as a source
            elif head.pos_ != "NOUN" and any(c.dep_ == "auxpass" for c in head.children) \
                    and not any(c.dep_ == "agent" for c in head.children):
                pass  # "more transfers were expected": a passive report names no source
            else:
                # a clause of time after the report sets its scene: the author's account
                # (a report that follows the whole sentence, ", residents said", covers it)
                return None if behind is not None and head.i < behind.i else head
        if head.pos_ == "NOUN" and lemma in REPORT_NOUNS and dep in ("ccomp", "acl") and \
                _noun_owner(head) is not None:
            return head  # "the ministry's claim that ...", "a warning by the army that ..."
        if head.pos_ == "ADJ" and lemma in STANCE_ADJECTIVES and dep == "ccomp" and \
                head.dep_ == "acomp" and _subject(head.head) is not None:
            return head  # "she was sure Trump would win"
        # a report that the trigger's clause is the root of: "X, ZDF reported Friday"
        if dep == "ROOT":
            if cur.pos_ in ("VERB", "AUX") and (
                    not _is_reporter(cur, stance=False) or _weak_subject(cur)) and \
                    (aside := _parenthetical(cur, trigger)) is not None:
                return aside  # '"That," he added, "promises ..."', "The gap, he told me, is"
            # "X, ZDF reported Friday" / "X, he said, Y": a reporter hanging off the root
            for child in cur.children:
                if child.tag_ == "VBG" and not any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                    continue  # "X sanctioned Y, accusing him of ...": X's next act, no report
                if not _is_reporter(cur, stance=False) and not _stance_act(cur) and \
                        (child.dep_ in ("parataxis", "ccomp", "advcl") or _trailing_report(
                            child, trigger)) and \
                        (child.lemma_.lower() in REPORT_CUES or _put_it(child)) \
                        and _subject(child) is not None \
                        and not _first_person(_subject(child)) and trigger not in child.subtree \
                        and not any(c.dep_ == "ccomp" for c in child.children) \
                        and not free_relative(child) \
                        and not any(c.dep_ == "mark" and c.lower_ != "as" or c.dep_ == "auxpass"
                                    for c in child.children):
                    # (not "although no casualties were reported", a clause of its own)
                    return child
            return None
        cur = head
        steps += 1
    return None


# subordinators of time: a clause they open sets the scene of a report, it is not what is
# reported ("said it was pausing operations, two days after a drone killed three")
TIME_MARKS = {"after", "before", "since", "while", "when", "until"}


def _background(clause) -> bool:
    """A clause of time set off by a comma after a report ("said ..., two days after the army
    shelled the town"): the author's account of when, not part of the report. (Without the
    comma it may be the speaker's condition: "would resume them after the aid was cut".)"""
    if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in TIME_MARKS),
                None)
    if mark is None:
        return False
    left = min(clause.left_edge.i, mark.left_edge.i)  # with its measure: "two days after"
    return left > 0 and clause.doc[left - 1].text in (",", ";", "—", "–")


def _subject(verb, *, active: bool = False):
    subjects = [c for c in verb.children
                if c.dep_ == "nsubj" or (not active and c.dep_ == "nsubjpass")]
    if not subjects:  # "groups have in the past denied": the subject hung on the auxiliary
        subjects = [g for c in verb.children if c.dep_ == "aux" and c.i < verb.i
                    for g in c.children if g.dep_ == "nsubj"]
    if subjects:  # the nearest: a dateline may be parsed as a second subject
        subj = min(subjects, key=lambda c: abs(verb.i - c.i))
        if subj.i > verb.i and _is_cue_verb(verb):
            # "Flynn, a top surrogate, said Thursday on Fox": a name before the verb
            # beats a "subject" the parser found after it
            return _named_before(verb) or subj
        return subj
    if _is_cue_verb(verb) and (named := _named_before(verb)) is not None:
        return named  # "... the editorial board of the Post Trump said that"
    if (outer := second_act(verb)) is not None:
        return _subject(outer, active=active)  # "X said ..., and urged": X urged
    if (report := coordinated_cue(verb, _cue_kind)) is not None:
        return _subject(report, active=active)  # "X said ... had ... and denied ...": X
    if (controller := _object_controller(verb)) is not None:
        return controller  # "forced Stumpf to admit": Stumpf admits
    if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        return _subject(verb.head, active=active)
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and verb.head != verb:
        # "Trump defended the tweets, saying ...": the subject of the governing verb;
        # "tweets saying ...": the owner of the noun, else the subject of its verb
        head = verb.head
        if head.pos_ in ("VERB", "AUX"):
            if head.dep_ == "ccomp" and _is_cue_verb(verb) and _is_cue_verb(head.head):
                # "X said the raid marked an escalation, noting that ...": X notes
                return _subject(head.head, active=active)
            return _subject(head, active=active)
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None and not _first_person(poss):
            return poss
        if head.head.pos_ in ("VERB", "AUX") and head.dep_ in ("dobj", "pobj"):
            return _subject(head.head, active=active)
    return None




def _weak_subject(verb) -> bool:
    """The verb names no one: no subject, or a pronoun or demonstrative ("That," he added)."""
    subj = _subject(verb, active=True)
    return subj is None or subj.pos_ not in ("NOUN", "PROPN") or \
        subj.lower_ in ("it", "this", "that", "there")


def _is_reporter(tok, *, stance: bool = True) -> bool:
    """A reporting verb (or, with `stance`, a stance verb) with a subject of its own, or a
    passive one with its agent."""
    lemma = tok.lemma_.lower()
    cue = lemma in REPORT_CUES or (stance and lemma in STANCE_VERBS) or frames_quote(tok)
    return cue and tok.pos_ in ("VERB", "AUX") and not physical_sense(tok) and \
        (_subject(tok, active=True) is not None or _agent(tok) is not None)


def _speaker(verb):
    """Who performs a reporting verb: its subject, or the agent of a passive one; for a
    verb of feeling with an object ("That worries environmentalists"), that object."""
    return experiencer(verb) or _subject(verb, active=True) or _agent(verb)


def experiencer(verb):
    """The object of an active verb of feeling whose object holds the feeling
    (`EXPERIENCER_VERBS`: "That worries environmentalists", "has angered ministers"), when
    it names someone; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in EXPERIENCER_VERBS or \
            any(c.dep_ == "auxpass" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or \
            obj.lower_ in ("it", "this", "that", "what", "which") or _first_person(obj):
        return None
    return obj


def _object_controller(verb):
    """The object of an object-control verb (`OBJECT_CONTROL`) that is the unwritten subject
    of its infinitive ("forced Stumpf to admit", "led the journalist to fear"), or None."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or \
            verb.head.lemma_.lower() not in OBJECT_CONTROL:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _cue_kind(tok) -> str | None:
    """The certainty a cue word lends to what it reports, None for no cue."""
    lemma = tok.lemma_.lower()
    if physical_sense(tok):
        return None  # "a drone slammed into a building": no report
    if frames_quote(tok):
        return "reported"  # '"...," she continued'
    if tok.pos_ == "NOUN" and lemma in REPORT_NOUNS and lemma not in REPORT_CUES:
        return REPORT_NOUNS[lemma]
    if tok.pos_ == "ADJ":
        return STANCE_ADJECTIVES.get(lemma)
    return REPORT_CUES.get(lemma) or STANCE_VERBS.get(lemma) or REPORT_NOUNS.get(lemma)


def _described(obj, verb) -> bool:
    """ "Residents described heavy explosions": what a witness describes, with no "as" to
    name it ("described the strike as cowardly" labels an act told elsewhere), is the
    witness's report."""
    return verb.lemma_.lower() == "describe" and obj.dep_ == "dobj" and not any(
        t.lower_ == "as" for t in verb.subtree if t.i > obj.i)


def _clause_only(lemma: str) -> bool:
    """Cues that report a clause only, never an object noun."""
    return lemma in CLAUSE_ONLY or (lemma in STANCE_VERBS and lemma not in REPORT_CUES)


def _agent(verb):
    """The agent of a passive verb: "was reported by the Post" -> Post."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _stance_adjective(verb):
    """The attitude adjective of a root "be" with a subject: "She was sure", "is wary"."""
    if verb.dep_ != "ROOT" or verb.lemma_.lower() != "be":
        return None
    subj = _subject(verb, active=True)
    if subj is None or _first_person(subj) or subj.lower_ in ("it", "this", "that", "there"):
        return None
    return next((c for c in verb.children if c.dep_ == "acomp"
                 and c.lemma_.lower() in STANCE_ADJECTIVES), None)


def _adjective_phrase(adj) -> str:
    """The cue of an attitude adjective as written, from its verb: "was not sure"."""
    doc = adj.doc
    left = adj.head.i if adj.head.i < adj.i and adj.i - adj.head.i <= 4 else adj.i
    while left > 0 and doc[left - 1].head == adj.head and doc[left - 1].dep_ in ("aux", "neg"):
        left -= 1
    return doc[left:adj.i + 1].text


def _self_report(trigger) -> bool:
    """The trigger is itself a report ("Ms. Moore said."), its content elsewhere; not a
    place or people counting their own ("a village counts its dead": the author's account
    of the killing, stop 28)."""
    return trigger.dep_ in ("ROOT", "parataxis") and _is_reporter(trigger) and \
        not _first_person(_speaker(trigger)) and not (
            trigger.lemma_.lower() == "count" and any(
                c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in ("its", "their")
                                         for g in c.children) for c in trigger.children))


def _parenthetical(verb, trigger):
    """A reporting verb set off inside the clause of `verb` ("..., he said, ..."), also
    after its subject ("The difference, he told me, is that ...")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for child in [*verb.children, *(g for c in subjects for g in c.children)]:
        if child.dep_ == "parataxis" and child.lemma_.lower() in REPORT_CUES and \
                trigger not in child.subtree and \
                (subj := _subject(child, active=True)) is not None \
                and not _first_person(subj) and not any(c.dep_ == "ccomp" for c in child.children):
            return child
    return None


def _outer_reporter(reporter, subj):
    """The reporting verb whose named subject a pronoun subject of `reporter` refers back to
    ("Fowler said he expects ..." -> said), or None."""
    if subj is None or subj.lower_ not in ("he", "she", "they") or reporter.dep_ != "ccomp":
        return None
    outer = reporter.head
    if outer.pos_ not in ("VERB", "AUX") or not _cue_kind(outer):
        return None
    osubj = _subject(outer, active=True)
    if osubj is None or _first_person(osubj) or \
            (osubj.pos_ == "PRON" and osubj.lower_ != subj.lower_):
        return None
    return outer


def actor_source(verb, actor_of, pronoun=None) -> Source | None:
    """The subject of a verbal act told by the author ("Niamey blamed the Islamic State",
    "the army condemned the assault") as the source of that act's claim, or None."""
    subj = _subject(verb, active=True)
    if subj is None or _first_person(subj) or subj.lower_ in ("it", "there") and pronoun is None:
        return None
    return _source(subj, actor_of, pronoun)


def figure_frame(noun):
    """(verb, preposition) when `noun` is the figure a verb states: "put the toll at 300",
    "the figure was raised to 11,000"; else None."""
    if noun.dep_ == "npadvmod" and noun.head.lower_ in COMPARED and \
            noun.head.head is not noun.head:
        verb = noun.head.head  # "put the death toll higher, at 25"
    elif noun.dep_ not in ("dobj", "nsubjpass") or noun.head is noun:
        return None
    else:
        verb = noun.head
    for child in verb.children:
        if child.dep_ in ("prep", "dative") and child.i > noun.i and \
                (verb.lemma_.lower(), child.lower_) in FIGURE_FRAMES:
            return verb, child
    # "put the toll from Israeli fire since the ceasefire at around 280": the figure's
    # preposition parsed lower down, inside another phrase of the verb
    prep = figure_prep(verb, verb.subtree, ("prep",), after=noun.i)
    if prep is None and verb.lemma_.lower() in NEARER_VERBS:
        # "put the total closer to 500": a figure told as near a number
        # (the adverb stands for the preposition: its phrase holds the figure)
        prep = next((a for a in verb.children if a.dep_ == "advmod" and a.lower_ in NEARER
                     and a.i > noun.i and any(x.like_num for x in a.subtree)), None)
    return (verb, prep) if prep is not None else None


# a figure put above or below another ("put the death toll higher, at 25"), or near a number
COMPARED = {"higher", "lower"}
NEARER = {"closer", "nearer"}
NEARER_VERBS = {"put", "place", "estimate"}


def _passive_report(trigger):
    """The agent of a passive report verb whose subject is the event ("was claimed by")."""
    verb = trigger.head
    if trigger.dep_ != "nsubjpass" or verb.lemma_.lower() not in REPORT_CUES:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def _named_credit(trigger) -> bool:
    """The trigger is an act credited by a named subject ("the army chief credited the
    militia with the capture"), not by a pronoun that a report above names."""
    credit = credited_with(trigger)
    subj = _subject(credit[0], active=True) if credit is not None else None
    return subj is not None and subj.pos_ != "PRON"


def _tagged_act(trigger, head) -> bool:
    """ "Sudan: aid groups condemn the massacre": after a topic tag, a speaker's act with a
    subject of its own is that subject's, not the tag's."""
    act = trigger.head if trigger.dep_ == "dobj" else trigger  # "condemn the massacre"
    subj = _subject(act, active=True)
    return act.i > head.i and subj is not None and subj.i > head.i and \
        _speaker_act(act) and not _first_person(subj)


def _place_tag(head, actor_of) -> bool:
    """ "Goma: hospitals overwhelmed as ...": a place before a headline's colon, no actor
    of its own (not a capital that speaks for its state), tags where, not who says."""
    return head.ent_type_ in ("GPE", "LOC", "FAC") and actor_of(head.i, head.i + 1) is None


def _stance_act(verb) -> bool:
    """A stance act with a subject of its own ("the group welcomes the truce agreed by
    ..."): a clause below it is what it acts on, not a report of it."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in STANCE_ACTS and \
        _subject(verb, active=True) is not None


def _put_it(verb) -> bool:
    """ "as one adviser put it": a parenthetical report with "put it"."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it"
                                                for c in verb.children)


def _framed_cue(verb):
    """The last token of a cue built around a main verb with a subject, or None: a reporting
    verb it frames ("went on to discuss", "declined to comment"), a phrasal cue ("laid
    out"), or a colon opening a quotation right after it ("continued: '...'")."""
    if verb.dep_ not in ("ROOT", "parataxis") or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = _subject(verb, active=True)
    if subj is None or _first_person(subj) or subj.lower_ in ("it", "there", "this", "that"):
        return None
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i and child.pos_ == "VERB" and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) and \
                (child.lemma_.lower() in REPORT_CUES or child.lemma_.lower() in STANCE_VERBS):
            return child
        if child.dep_ in ("prt", "prep") and (child.i == verb.i + 1 or (
                child.i == verb.i + 2 and verb.doc[verb.i + 1].dep_ == "advmod")) and \
                (verb.lemma_.lower(), child.lower_) in PHRASAL_CUES:
            # "laid out", "spoke emotionally of"
            return child
        if child.dep_ == "dobj" and verb.lemma_.lower() in LIGHT_VERBS and \
                child.lemma_.lower() in SPEECH_NOUNS and child.i - verb.i <= 4:
            return child
    doc = verb.doc
    j = verb.i + 1
    while j < len(doc) and (doc[j].dep_ in ("prt", "advmod", "npadvmod") and doc[j].head == verb
                            or doc[j].is_space) and j - verb.i <= 3:
        j += 1
    if j < len(doc) and doc[j].text == ":":
        k = j + 1
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k < len(doc) and (doc[k].text in QUOTES_OPEN or doc[k].text in STRAIGHT_QUOTES):
            return doc[j]
    return None


# adverbs that belong to the clause, not to the cue ("However, he said")
CLAUSE_ADVERBS = {"however", "meanwhile", "still", "now", "later", "earlier", "today", "so",
                  "yet", "instead", "nonetheless", "nevertheless", "thus", "therefore", "why",
                  "how", "when", "where", "as", "once", "already"}
# adverbs that open a cue without an auxiliary ("also said", "then ruled")
MANNER_FIRST = {"also", "then", "again", "further", "even", "never", "often", "once", "later"}


def _cue_phrase(verb) -> str:
    """The cue as written: auxiliaries, negation and manner adverbs before the verb,
    particles or a passive's "by" after it ("has also called for", "did not respond",
    "pointed to", "was first reported by")."""
    doc = verb.doc
    left = verb.i
    while left > 0 and doc[left - 1].head == verb and (
            doc[left - 1].dep_ in ("aux", "auxpass", "neg") or (
                doc[left - 1].dep_ == "advmod" and doc[left - 1].is_alpha
                and doc[left - 1].lower_ not in CLAUSE_ADVERBS)):
        left -= 1
    while left < verb.i and doc[left].dep_ == "advmod" and not any(
            t.dep_ in ("aux", "auxpass", "neg") for t in doc[left:verb.i]) and \
            doc[left].lower_.endswith("ly") is False and doc[left].lower_ not in MANNER_FIRST:
        left += 1  # a leading adverb with no auxiliary is the sentence's, not the cue's
    right = verb.i
    nxt = doc[right + 1] if right + 1 < len(doc) else None
    if nxt is not None and nxt.dep_ == "agent" and nxt.head == verb:
        right += 1
        return doc[left:right + 1].text
    nxt = doc[right + 1] if right + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in CUE_PARTICLES and verb.lemma_.lower() in CLAUSE_ONLY \
            and ((nxt.head == verb and nxt.dep_ in ("prt", "prep")) or
                 (nxt.dep_ == "mark" and nxt.head.head == verb)):
        right += 1
    return doc[left:right + 1].text


def _quote_speaker(trigger, sentence):
    """The reporting verb that introduces the quotation holding the trigger: the one in the
    same paragraph outside any quotation, nearest after the quotation, else before it."""
    para = _paragraph(trigger)
    spans = _quote_spans(para)
    here = next(((a, b) for a, b in spans if a <= trigger.idx < b), None)
    if here is None:
        return None

    def quoted(t):
        return any(a <= t.idx < b for a, b in spans)

    verbs = [t for t in para if _is_reporter(t) and not quoted(t)
             and not _first_person(_speaker(t)) and not quoted(_speaker(t))]
    after = [t for t in verbs if t.idx >= here[1]]
    before = [t for t in verbs if t.idx < here[0]]
    if after and (not before or after[0].sent.start <= trigger.sent.end + 1):
        return after[0]
    return before[-1] if before else None


def _nearer(acc, trigger, reporter) -> bool:
    """Whether "according to" hangs on the way from the trigger up to its reporter (so it
    is the nearer attribution), not on the reporting verb or above it."""
    according = acc.head.head if acc.head.lower_ == "to" else acc.head
    path = [trigger] + [a for a in trigger.ancestors]
    below = []
    for tok in path:
        if tok.i == reporter.i:
            break
        below.append(tok.i)
    else:
        return False
    return according.head.i in below


def _according_to(sentence):
    for tok in sentence:
        if tok.lower_ == "according" and tok.i + 1 < sentence.end and \
                tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
            # a misparse ("according to show insiders": a gerund and its object): the last
            # noun of the phrase that follows
            nouns = []
            for t in tok.doc[to.i + 1:sentence.end]:
                if t.pos_ in ("NOUN", "PROPN", "PRON"):
                    nouns.append(t)
                elif nouns or t.is_punct:
                    break
            if nouns:
                return nouns[-1]
    return None


def _phrase(tok) -> str:
    aux = [c.text for c in tok.children if c.dep_ in ("auxpass", "aux")]
    return " ".join(aux + [tok.text])
