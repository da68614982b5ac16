"""Speakers and reports the parse lost, for `claimtrace.attribution`: a name written right
before a reporting verb that the parser attached elsewhere ("... with the board of the Post
Trump said", "Flynn, a top surrogate, said Thursday on Fox", "X, the NIS (NIS) told
lawmakers"), a name hung on a title's "of" phrase ("the governor of Kursk, Alexei Smirnov"),
a reported clause hung on a noun ("said in a statement that ..."); and where coordination
decides who speaks: a speaker's second act the parser hung inside the report ("said the
strike showed ..., and urged allies to act"), a second speaker's own clause ("Poland has
said ..., and Latvia has urged ..."), a name given after "as" ("what Kabul described as
retaliation") and a free relative that is an object, not a report ("condemned what he
called a crime")."""
from __future__ import annotations

from .attribution_lexicon import (NAMING_VERBS, REPORT_CUES, SOURCE_NOUNS, STANCE_ACTS,
                                  STANCE_VERBS)
from .attribution_senses import physical_sense


def _is_cue_verb(tok) -> bool:
    """A verb of the reporting or stance lexicon."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("VERB", "AUX") and (lemma in REPORT_CUES or lemma in STANCE_VERBS) \
        and not physical_sense(tok)


NAME_ENTS = ("PERSON", "ORG", "GPE", "NORP")


def _named_before(verb):
    """A name written right before a reporting verb whose parse lost it as the subject:
    parsed as the object of a preceding phrase ("with the board of the Post Trump said")
    or as an apposition ("Flynn, a top surrogate, said"); None if there is none."""
    doc = verb.doc
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)
    if not finite and verb.tag_ != "VBG":
        return None  # "in Michigan to ask": an infinitive has no subject of its own
    j = verb.i - 1
    while j >= 0 and doc[j].head == verb and doc[j].dep_ in ("advmod", "aux", "neg") \
            and doc[j].is_alpha:
        j -= 1  # "Trump also said", "Trump has said"
    if j < 0 or any(doc[k].dep_ in ("nsubj", "nsubjpass") and doc[k].head == verb
                    for k in range(j + 1, verb.i)):
        return None
    if doc[j].text == ")":
        # "the National Intelligence Service (NIS) said": the name before its parenthesis
        k = j - 1
        while k > 0 and j - k <= 12 and doc[k].text not in ("(", ")"):
            k -= 1
        if doc[k].text != "(" or k < 1:
            return None
        j = k - 1
    if doc[j].text == ",":
        # an apposition set off by commas: the name before its opening comma
        k = j - 1
        while k >= 0 and verb.i - k <= 12 and doc[k].text != "," and \
                doc[k].pos_ not in ("VERB", "AUX") and not doc[k].is_quote:
            k -= 1
        if k < 1 or doc[k].text != "," or k == j - 1:
            return None
        j = k - 1
    tok = doc[j]
    if finite and (speaker := _as_speaker(tok, verb)) is not None:
        return speaker  # "Hawaii, as one of his advisers pointed out, rarely ..."
    if not finite and (j != verb.i - 1 or tok.ent_type_ != "PERSON"):
        return None  # "footage of Jane Doe asking", not "in Tulsa, Oklahoma, arguing"
    named = tok.ent_type_ in NAME_ENTS or any(
        c.dep_ == "compound" and c.ent_type_ in NAME_ENTS for c in tok.children)
    if tok.pos_ != "PROPN" or not named or \
            tok.dep_ not in ("pobj", "appos", "compound", "conj", "dobj", "npadvmod"):
        return None
    if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.i < verb.i:
        return None  # part of a longer name that does not end here
    return tok


def _as_speaker(last, verb):
    """The speaker of "as X said" that the parser took for the object of "as" (so the verb
    lost its subject): the head of the phrase after "as" that ends at `last`, right before
    the verb; else None."""
    tok = last
    for _ in range(6):
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.i < tok.i:
            between = tok.doc[tok.head.i + 1:verb.i]
            if tok.pos_ not in ("NOUN", "PROPN", "NUM") or tok.head.i > 0 and \
                    tok.doc[tok.head.i - 1].lower_ == "such" or \
                    any(t.is_punct and t.text not in ("'", "’", "-") for t in between):
                return None  # "such as air defence systems, officials in Kyiv say"
            return tok
        if tok.head.i == tok.i or tok.head.i >= verb.i:
            return None
        tok = tok.head
    return None


def _content_clause(verb) -> bool:
    """A finite clause opened by "that" with a subject of its own (so "that" is no
    relative pronoun)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    # a passive takes no object: "that" parsed as one ("a briefing that the plant was hit")
    # opens the clause
    return any(c.lower_ == "that" and (c.dep_ == "mark" or (passive and c.dep_ == "dobj"))
               for c in verb.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _trailing_report(verb, trigger) -> bool:
    """ "X shipped munitions, the NIS (NIS) told lawmakers": a report verb coordinated
    after the clause, its speaker parsed into that clause; or with its own subject, set off
    by a comma without "and" at the end of a long sentence ("Drones struck a depot ...,
    setting off blasts, local and military officials said on Friday")."""
    if verb.dep_ != "conj" or verb.i <= trigger.i or not _is_cue_verb(verb):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return _named_before(verb) is not None
    return _comma_report(verb)


def _comma_report(verb) -> bool:
    """A reporting verb with its own subject that closes the sentence after a comma, with no
    coordinating word and no clause of its own: the report of all that comes before it."""
    if verb.lemma_.lower() not in REPORT_CUES or REPORT_CUES[verb.lemma_.lower()] != "reported":
        return False
    subj = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    doc = verb.doc
    start = min(subj.left_edge.i, verb.i)
    if start == 0 or doc[start - 1].text != "," or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("cc", "ccomp", "xcomp", "dobj", "mark") for c in verb.children) or \
            any(c.dep_ == "cc" and c.i > verb.head.i and c.i < start
                for c in verb.head.children):
        return False
    end = verb.sent.end
    return all(t.is_punct or t.is_space or t.head == verb or verb in t.ancestors
               for t in doc[verb.i + 1:end])


def _titled_name(head):
    """The name set off after a title's "of" phrase, where the parse hangs it: "the acting
    governor of Kursk, Alexei Smirnov" -> Smirnov; None otherwise."""
    if SOURCE_NOUNS.get(head.lemma_.lower()) not in ("official", "military"):
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return None
    return next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and
                 c.ent_type_ not in ("GPE", "LOC", "ORG") and
                 any(g.dep_ == "compound" and g.i < c.i for g in c.children)), None)


def _own_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _speaker_act(verb) -> bool:
    """A verb a speaker performs: a reporting or stance verb, or a stance act ("urged",
    "vowed", "called on", "condemned")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and not physical_sense(verb) and (
        lemma in REPORT_CUES or lemma in STANCE_VERBS or lemma in STANCE_ACTS)


SPEAKING_PRONOUNS = ("he", "she", "they", "we", "i", "who")


def _speaking_subject(verb) -> bool:
    """The verb's subject can speak: a name, a pronoun of persons or a source noun
    ("officials"), not a thing ("the treaty showed")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (
        subj.pos_ == "PROPN" or subj.ent_type_ in NAME_ENTS or
        subj.lower_ in SPEAKING_PRONOUNS or subj.lemma_.lower() in SOURCE_NOUNS)


def _tense_break(verb, head) -> bool:
    """ "... that Russia was deliberately hunting civilians and urged Western governments":
    a simple past coordinated with a verb made with an auxiliary ("was hunting", "had
    struck") shares no auxiliary with it, so it is no part of that clause."""
    return verb.tag_ == "VBD" and head.tag_ in ("VBG", "VBN") and any(
        c.dep_ in ("aux", "auxpass") for c in head.children)


def second_act(verb):
    """ "Berg said the shelling showed that Moscow was stalling, and urged allies to act":
    a speaker's act set off by ", and" with no subject of its own that the parser hung on a
    verb inside the speaker's report; the verb of that report ("said"), else None. (The
    content of the report cannot urge; the speaker who reported it did.)"""
    if verb.dep_ != "conj" or _own_subject(verb) or not _speaker_act(verb) or _marked(verb):
        return None
    cc = next((c for c in verb.children if c.dep_ == "cc"), None) or next(
        (c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
    doc = verb.doc
    if cc is None or cc.text.lower() != "and" or cc.i == 0:
        return None
    cur = verb.head
    if doc[cc.i - 1].text != "," and not _thing_subject(cur) and not _tense_break(verb, cur):
        # "X says the raid shows that pressure is weak and calls on partners to act": without
        # the comma, only a clause whose subject cannot speak leaves the act to X
        return None
    if _is_cue_verb(cur) and _speaking_subject(cur):
        return None  # "X has told reporters that ..., and warned": coordinated with X's report
    comma = doc[cc.i - 1].text == ","
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "conj") or cur.head == cur:
            return None
        up = cur.head
        if cur.dep_ == "ccomp" and _is_cue_verb(up) and _own_subject(up) and (comma or (
                not _thing_subject(up) and REPORT_CUES.get(up.lemma_.lower()) == "reported")):
            # (without the comma, "the raid shows that" is no speaker's report, and an act
            # after a denial is the denier's coordinated act, `coordinated_cue`)
            return up
        cur = up
    return None


def _thing_subject(verb) -> bool:
    """The verb has a subject of its own that cannot speak ("pressure is weak")."""
    return _own_subject(verb) and not _speaking_subject(verb) and not any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


def separate_clause(verb, head) -> bool:
    """ "Poland has said it will review aid, and Latvia has urged sanctions": a clause with
    a subject of its own coordinated with a report is said by that subject, not reported by
    the first speaker."""
    return verb.dep_ == "conj" and verb.head == head and verb.pos_ in ("VERB", "AUX") and \
        _is_cue_verb(head) and _own_subject(verb) and _own_subject(head) and \
        _speaker_act(verb) and not _marked(verb)


def _marked(verb) -> bool:
    """A clause opened by a subordinator: ", and that it had informed ..." is a second
    clause of the report, not an act of its own."""
    return any(c.dep_ == "mark" for c in verb.children)


def free_relative(verb) -> bool:
    """ "condemned what he described as a violation": a clause opened by "what" is the
    object of the verb above it, not a report of that verb's content. (After a copula it
    is the content: "That is what the campaign hopes".)"""
    head = verb.head
    if head.pos_ == "AUX" or head.lemma_.lower() == "be" or head.lower_ in ("’s", "'s"):
        return False
    return any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass")
               for c in verb.children)


def named_as(prep, verb) -> bool:
    """ "what Kabul described as retaliation", "the army called it a massacre": the name
    a speaker gives, after "as", is that speaker's word."""
    return prep.dep_ == "prep" and prep.lower_ == "as" and \
        verb.lemma_.lower() in NAMING_VERBS and _is_cue_verb(verb) and \
        _speaking_subject(verb)


def coordinated_cue(verb, cue_kind):
    """The reporting verb a cue verb is coordinated with, when the cue is a report of its
    own with the other's speaker, else None. Each cue's scope is its own clause: in "X denied
    that ... and accused Y of ...", "X said it had retaken the town and denied that ...", the
    second cue reports what it governs, not a part of the first; the parser may hang it on
    the first cue ("denied ... and accused") or inside the first one's content ("had shelled
    ... and accused": a past verb coordinated with a perfect one shares no auxiliary, so it
    is the speaker's next act). `cue_kind(tok)` is the certainty a cue lends, or None."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or not cue_kind(verb) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if head.pos_ in ("VERB", "AUX") and head.dep_ in ("ROOT", "conj", "parataxis") and \
            cue_kind(head) and cue_kind(head) != cue_kind(verb):
        return head  # "X denied ... and accused Y of ...": coordinated with the report
    outer = head.head
    if head.dep_ == "ccomp" and outer.pos_ in ("VERB", "AUX") and cue_kind(outer) and \
            verb.tag_ in ("VBD", "VBZ") and verb.tag_ == outer.tag_ and head.tag_ == "VBN" \
            and any(c.dep_ == "aux" for c in head.children) and \
            not any(c.dep_ == "aux" for c in verb.children):
        return outer  # "X said it had retaken ... and denied ...": X's second act
    return None
