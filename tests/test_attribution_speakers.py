"""Speakers the parse hides: names before their verb, asides, headline and byline credits,
light-verb and attitude cues (`claimtrace.attribution`, `claimtrace.attribution_quotes`,
`claimtrace.attribution_speakers`)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from attribution_helpers import attributed
from claimtrace.attribution import attribute
from claimtrace.attribution_speakers import _named_before, second_act, separate_clause

slow = pytest.mark.slow

# "In a meeting with the Post Trump said that talks failed ." with the parse that loses the
# subject: "Trump" hangs off "with" as its object, "said" has no subject
WORDS = ["In", "a", "meeting", "with", "the", "Post", "Trump", "said", "that", "talks",
         "failed", "."]
HEADS = [7, 2, 0, 2, 6, 6, 3, 7, 10, 10, 7, 7]
DEPS = ["prep", "det", "pobj", "prep", "det", "compound", "pobj", "ROOT", "mark", "nsubj",
        "ccomp", "punct"]
POS = ["ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "VERB", "SCONJ", "NOUN", "VERB",
       "PUNCT"]
TAGS = ["IN", "DT", "NN", "IN", "DT", "NNP", "NNP", "VBD", "IN", "NNS", "VBD", "."]
LEMMAS = ["in", "a", "meeting", "with", "the", "Post", "Trump", "say", "that", "talk", "fail",
          "."]
ENTS = ["O", "O", "O", "O", "O", "B-ORG", "B-PERSON", "O", "O", "O", "O", "O"]


def _lost_subject_doc():
    return Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS,
               lemmas=LEMMAS, ents=ENTS, sent_starts=[True] + [False] * (len(WORDS) - 1))


def test_name_parsed_as_an_object_before_the_verb_is_its_subject():
    doc = _lost_subject_doc()
    assert _named_before(doc[7]).text == "Trump"
    attr = attribute(doc[10], doc[:], lambda start, end: None, "Wire")
    assert attr.cue == "said"
    assert attr.source.mention.text.endswith("Trump")


def test_no_name_before_a_verb_that_has_its_subject():
    doc = _lost_subject_doc()
    assert _named_before(doc[10]) is None  # "talks failed": the subject is there


def _attr(nlp, text, word, *, nth=0):
    """Attribution of the `nth` token spelled `word` in `text`, and the parse."""
    attr, tok = attributed(nlp, text, word, nth=nth)
    return attr, tok.doc


@slow
def test_name_in_apposition_before_the_verb_is_the_speaker(nlp):
    text = ('"The ceasefire is over," Tomas Varga, a senior aide, said Friday morning on '
            'Radio North "Morning Show."')
    attr, _ = _attr(nlp, text, "said")
    assert attr.source.name == "Tomas Varga"
    assert attr.source.mention.text.startswith("Tomas Varga")


@slow
def test_infinitive_takes_no_place_before_it_as_speaker(nlp):
    doc = nlp("The governor urged his supporters at a rally in Ohio to ask hard questions.")
    ask = next(t for t in doc if t.text == "ask")
    assert _named_before(ask) is None


@slow
def test_aside_after_the_subject_reports_the_root(nlp):
    attr, _ = _attr(nlp, "The problem now, she told reporters, is that the dam is weak.", "is")
    assert attr.cue == "told"
    assert attr.source.name == "she"


@slow
def test_aside_between_quote_halves_reports_the_root(nlp):
    attr, _ = _attr(nlp, '"That," he added, "promises to end the talks."', "promises")
    assert attr.cue == "added"
    assert attr.source.name == "he"


@slow
def test_headline_name_tagged_as_noun_is_the_source(nlp):
    attr, _ = _attr(nlp, "Sanders: Clinton needs to change course on trade.", "needs")
    assert attr.cue == ":"
    assert attr.source.name == "Sanders"


@slow
def test_headline_name_as_root_keeps_only_the_name(nlp):
    doc = nlp("Lindqvist: Harbor Talks Will Resume, Ministry Is Ready.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    attr = attribute(root, root.sent, lambda start, end: None, "Wire")
    assert attr.cue == ":"
    assert attr.source.mention.text == "Lindqvist"  # not the rest of the line


@slow
def test_heading_label_is_not_a_source(nlp):
    attr, _ = _attr(nlp, "Key Points: the army attacked the town.", "attacked")
    assert attr.source.kind == "author"


@slow
def test_byline_dash_glued_to_the_closing_quote_credits_the_name(nlp):
    attr, _ = _attr(nlp, "“We will rebuild every school.”― Ana Ruiz\n", "rebuild")
    assert attr.source.name == "Ana Ruiz"
    assert attr.cue == "―"


@slow
def test_light_verb_with_a_noun_of_attitude_is_a_cue(nlp):
    attr, _ = _attr(nlp, "The mayor expressed doubts about the new budget.", "expressed")
    assert attr.source.name == "The mayor"
    assert attr.cue.startswith("expressed")


@slow
def test_phrasal_speak_of_is_a_cue(nlp):
    attr, _ = _attr(nlp, "The judge spoke of a long history of abuse.", "spoke")
    assert attr.source.name == "The judge"
    assert attr.cue == "spoke of"


@slow
def test_attitude_adjective_of_will_gives_the_subject(nlp):
    attr, _ = _attr(nlp, "The rebels were willing to negotiate with the army.", "were")
    assert attr.source.name == "The rebels"
    assert "willing" in attr.cue


@slow
def test_phrasal_cue_with_an_adverb_before_its_particle(nlp):
    attr, _ = _attr(nlp, "The envoy spoke warmly of the new accord.", "spoke")
    assert attr.source.name == "The envoy"
    assert attr.cue == "spoke warmly of"


@slow
def test_lets_say_is_the_author_and_reader_not_a_source(nlp):
    attr, _ = _attr(nlp, "Let's say the dam holds through the winter.", "holds")
    assert attr.source.kind == "author"


@pytest.mark.slow
def test_a_clause_the_parser_hangs_on_earlier_is_still_reported():
    from claimtrace import extract
    doc = extract("The coast guard said earlier that China had sent a dozen ships to the island.",
                  published="2025-04-02")
    [c] = doc.claims
    assert c.source.name == "The coast guard" and c.certainty == "reported"


@slow
def test_name_before_a_parenthesis_speaks_a_trailing_report(nlp):
    text = ("The army has moved two brigades to the border, the country's Defence Intelligence "
            "Agency (DIA) told lawmakers on Monday.")
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "moved")
    attr = attribute(tok, tok.sent, lambda start, end: None, "Wire")
    assert "Defence Intelligence Agency" in (attr.source.name or "")


@slow
def test_name_hung_on_a_titles_of_phrase_is_the_source(nlp):
    text = ("The mayor of Lviv, Andriy Sadovyi, told reporters at a briefing that the plant "
            "was hit twice.")
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "hit")
    attr = attribute(tok, tok.sent, lambda start, end: None, "Wire")
    assert attr.source.name == "Andriy Sadovyi"
    assert attr.source.kind == "official"


# "Berg said the shelling showed Moscow stalled , and urged allies to act ." with the parse
# that hangs "urged" on "showed", inside Berg's report
COORD_WORDS = ["Berg", "said", "the", "shelling", "showed", "Moscow", "stalled", ",", "and",
               "urged", "allies", "to", "act", "."]
COORD_HEADS = [1, 1, 3, 4, 1, 6, 4, 4, 4, 4, 9, 12, 9, 1]
COORD_DEPS = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "nsubj", "ccomp", "punct", "cc",
              "conj", "dobj", "aux", "xcomp", "punct"]
COORD_POS = ["PROPN", "VERB", "DET", "NOUN", "VERB", "PROPN", "VERB", "PUNCT", "CCONJ", "VERB",
             "NOUN", "PART", "VERB", "PUNCT"]
COORD_LEMMAS = ["Berg", "say", "the", "shelling", "show", "Moscow", "stall", ",", "and", "urge",
                "ally", "to", "act", "."]


def _coordinated_doc():
    return Doc(Vocab(), words=COORD_WORDS, heads=COORD_HEADS, deps=COORD_DEPS, pos=COORD_POS,
               lemmas=COORD_LEMMAS, ents=["B-PERSON"] + ["O"] * (len(COORD_WORDS) - 1),
               sent_starts=[True] + [False] * (len(COORD_WORDS) - 1))


def test_second_act_hung_inside_the_report_is_the_speakers():
    doc = _coordinated_doc()
    assert second_act(doc[9]).text == "said"
    attr = attribute(doc[9], doc[:], lambda start, end: None, "Wire")
    assert attr.source.name == "Berg"
    assert attr.cue == "said"


def test_act_coordinated_with_the_report_itself_is_no_second_act():
    doc = _coordinated_doc()
    assert second_act(doc[6]) is None  # "stalled" is no speaker's act
    assert second_act(doc[4]) is None  # "showed" is the report's content, not coordinated


@slow
def test_second_speaker_with_own_subject_is_not_reported_by_the_first(nlp):
    text = ("Poland and Lithuania have said they are reviewing aid to Minsk, and Latvian "
            "President Anna Berg has urged Western governments to go further.")
    doc = nlp(text)
    urged = next(t for t in doc if t.text == "urged")
    assert separate_clause(urged, urged.head) == (urged.head.text == "said")
    attr = attribute(urged, doc[:], lambda start, end: None, "Wire")
    assert attr.source.name != "Poland"


@slow
def test_object_what_clause_is_no_report_of_the_main_act(nlp):
    attr, _ = _attr(nlp, "The envoy condemned what he described as a flagrant violation of "
                         "the truce.", "condemned")
    assert attr.source.kind == "author"  # the envoy's own act, not "he described"


@slow
def test_what_clause_after_a_copula_is_the_content(nlp):
    attr, _ = _attr(nlp, "That is what the union leaders now hope.", "is")
    assert attr.source.name == "the union leaders"


@slow
def test_name_given_after_as_is_the_namers(nlp):
    doc = nlp("The army shelled the town in what Kampala described as retaliation for air "
              "strikes on its territory.")
    strikes = next(t for t in doc if t.text == "strikes")
    attr = attribute(strikes, doc[:], lambda start, end: None, "Wire")
    assert attr.source.name == "Kampala"
    assert attr.cue == "described"


# "Berg says the raid shows pressure is weak and calls on allies ." with no comma before
# "and", the parse hanging "calls" on "is" inside the report of a thing ("the raid shows")
BARE_WORDS = ["Berg", "says", "the", "raid", "shows", "pressure", "is", "weak", "and",
              "calls", "on", "allies", "."]
BARE_HEADS = [1, 1, 3, 4, 1, 6, 4, 6, 6, 6, 9, 10, 1]
BARE_DEPS = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "nsubj", "ccomp", "acomp", "cc", "conj",
             "prep", "pobj", "punct"]
BARE_POS = ["PROPN", "VERB", "DET", "NOUN", "VERB", "NOUN", "AUX", "ADJ", "CCONJ", "VERB", "ADP",
            "NOUN", "PUNCT"]
BARE_LEMMAS = ["Berg", "say", "the", "raid", "show", "pressure", "be", "weak", "and", "call",
               "on", "ally", "."]


def _bare_doc(first_subject="Berg", pos="PROPN", ent="B-PERSON"):
    words = [first_subject, *BARE_WORDS[1:]]
    return Doc(Vocab(), words=words, heads=BARE_HEADS, deps=BARE_DEPS,
               pos=[pos, *BARE_POS[1:]], lemmas=[first_subject, *BARE_LEMMAS[1:]],
               ents=[ent] + ["O"] * (len(words) - 1),
               sent_starts=[True] + [False] * (len(words) - 1))


def test_second_act_without_comma_after_a_thing_is_the_speakers():
    doc = _bare_doc()
    assert second_act(doc[9]).text == "says"  # not "shows": a raid cannot speak
    attr = attribute(doc[9], doc[:], lambda start, end: None, "Wire")
    assert attr.source.name == "Berg"


def test_second_act_without_comma_after_a_speaker_is_that_speakers():
    # "Berg says the raid shows Lind is weak and calls on allies": Lind may call
    doc = Doc(Vocab(), words=[*BARE_WORDS[:5], "Lind", *BARE_WORDS[6:]], heads=BARE_HEADS,
              deps=BARE_DEPS, pos=[*BARE_POS[:5], "PROPN", *BARE_POS[6:]],
              lemmas=[*BARE_LEMMAS[:5], "Lind", *BARE_LEMMAS[6:]],
              ents=["B-PERSON"] + ["O"] * 4 + ["B-PERSON"] + ["O"] * 7,
              sent_starts=[True] + [False] * 12)
    assert second_act(doc[9]) is None
