"""Source, cue and certainty from `claimtrace.attribution.attribute` on hand-written sentences."""
from __future__ import annotations

import pytest

from attribution_helpers import attributed
from claimtrace.attribution import attribute
from claimtrace.model import Actor

pytestmark = pytest.mark.slow


def _attr(nlp, text, word, *, nth=0):
    """Attribution of the `nth` token spelled `word` in `text`, and the parse."""
    attr, tok = attributed(nlp, text, word, nth=nth)
    return attr, tok.doc


def test_reporting_verb_gives_source_cue_and_mention(nlp):
    attr, doc = _attr(nlp, "Officials in Kharkiv said that the bridge was destroyed.", "destroyed")
    assert attr.cue == "said"
    assert attr.certainty == "reported"
    assert attr.source.name == "Officials"
    # the mention keeps the prepositional modifier, as written
    assert attr.source.mention.text == "Officials in Kharkiv"
    assert doc.text[attr.source.mention.start:attr.source.mention.end] == "Officials in Kharkiv"


def test_apposition_is_part_of_the_mention(nlp):
    attr, _ = _attr(nlp, "Anna Berg, a spokeswoman for the army, said the convoy was hit.", "hit")
    assert attr.source.name.startswith("Anna Berg")
    assert attr.source.mention.text == "Anna Berg, a spokeswoman for the army"


def test_quote_only_sentence_takes_the_speaker_of_the_next_sentence(nlp):
    text = '"The shelling stopped at dawn." The mayor said. '
    attr, _ = _attr(nlp, text, "stopped")
    assert attr.source.name == "The mayor"
    assert attr.cue == "said"


def test_first_person_inside_a_quote_resolves_to_the_speaker(nlp):
    text = '"I think the ceasefire will hold," the general said.'
    attr, _ = _attr(nlp, text, "hold")
    assert attr.source.name == "the general"
    assert attr.certainty == "believed"


def test_root_report_verb_without_content_is_its_own_attribution(nlp):
    attr, _ = _attr(nlp, '"Probably not," the minister said.', "said")
    assert attr.source.name == "the minister"
    assert attr.cue == "said"


def test_participle_reporter_takes_the_subject_of_its_verb(nlp):
    text = "The ministry defended the raid, saying that the depot stored weapons."
    attr, _ = _attr(nlp, text, "stored")
    assert attr.cue == "saying"
    assert attr.source.name == "The ministry"


def test_phrasal_cue_keeps_auxiliaries_and_particle(nlp):
    text = "The council has called for the troops to leave the city."
    attr, _ = _attr(nlp, text, "leave")
    assert attr.cue == "has called for"
    assert attr.source.name == "The council"


def test_intention_verbs_make_the_content_possible(nlp):
    attr, _ = _attr(nlp, "The rebels plan to attack the airport.", "attack")
    assert attr.source.name == "The rebels"
    assert attr.certainty == "possible"


def test_criticizing_an_event_does_not_make_the_critic_its_source(nlp):
    attr, _ = _attr(nlp, "The mayor criticized the bombing of the market.", "bombing")
    assert attr.source.kind == "author"


def test_colon_headline_names_the_source(nlp):
    attr, _ = _attr(nlp, "Zelensky: Troops Will Hold The Line.", "Hold")
    assert attr.cue == ":"
    assert attr.source.name == "Zelensky"


def test_time_before_a_colon_is_not_a_source(nlp):
    attr, _ = _attr(nlp, "12:15 Troops hold the line.", "hold")
    assert attr.source.kind == "author"


def test_possessive_reporting_noun_gives_its_owner(nlp):
    text = "Moscow's claim that Ukraine shelled the plant was rejected."
    attr, _ = _attr(nlp, text, "shelled")
    assert attr.source.name == "Moscow"
    assert attr.certainty == "alleged"


def test_unattributed_sentence_falls_back_to_the_author(nlp):
    attr, _ = _attr(nlp, "Troops shelled the village on Monday.", "shelled")
    assert attr.source.name == "Wire" and attr.source.kind == "author"
    assert attr.cue is None and attr.certainty == "asserted"


def test_stance_verb_as_main_verb_is_its_own_attribution(nlp):
    attr, _ = _attr(nlp, "The senator applauded the new border agreement.", "applauded")
    assert attr.source.name == "The senator"
    assert attr.cue == "applauded"


def test_stance_verb_object_is_not_its_content(nlp):
    attr, _ = _attr(nlp, "The mayor condemned the shelling of the market.", "shelling")
    assert attr.source.kind == "author"


def test_stance_verb_reports_its_clause(nlp):
    attr, _ = _attr(nlp, "The colonel underscored that the convoy was ambushed.", "ambushed")
    assert attr.source.name == "The colonel"
    assert attr.cue == "underscored"


def test_passive_report_names_its_agent(nlp):
    attr, _ = _attr(nlp, "The raid was first reported by the local radio station.", "reported")
    assert attr.source.mention.text.endswith("radio station")


def test_attitude_adjective_gives_source_and_certainty(nlp):
    attr, _ = _attr(nlp, "The general was sure that the bridge would hold.", "hold")
    assert attr.source.name == "The general"
    assert attr.cue == "was sure"
    assert attr.certainty == "believed"


def test_pronoun_reporter_inside_a_report_keeps_the_named_speaker(nlp):
    text = "The governor said he expects the troops to withdraw."
    attr, _ = _attr(nlp, text, "withdraw")
    assert attr.source.name == "The governor"
    assert attr.certainty == "possible"  # the inner "expects" still hedges


def test_relative_pronoun_source_is_named_by_its_antecedent(nlp):
    text = "Officials in the north, who said the road was mined, closed it."
    attr, doc = _attr(nlp, text, "mined")
    assert attr.source.mention.text == "who"
    assert "Officials" in attr.source.name


def test_transcript_speaker_after_a_quote_mark(nlp):
    text = 'The exchange went on.\n"MORAN: We will not retreat from the river.'
    attr, _ = _attr(nlp, text, "retreat")
    assert attr.source.name == "MORAN"
    assert attr.cue == ":"


def test_dash_byline_credits_the_quotation(nlp):
    text = "\u201cThe checkpoint was closed all night.\u201d \u2015 Lina Haddad\n"
    attr, _ = _attr(nlp, text, "closed")
    assert attr.source.name == "Lina Haddad"


def test_according_to_a_speech_names_its_speaker(nlp):
    text = "The strikes will continue, according to a speech by the defense minister."
    attr, _ = _attr(nlp, text, "continue")
    assert attr.cue == "according to"
    assert attr.source.name.endswith("defense minister")


def test_framing_verb_before_a_report(nlp):
    attr, _ = _attr(nlp, "The envoy declined to comment on the talks.", "declined")
    assert attr.source.name == "The envoy"
    assert attr.cue == "declined to comment"


def test_lexicon_lists_are_read_from_resources_with_their_types():
    from claimtrace import attribution_lexicon as lex

    assert lex.REPORT_CUES["say"] == "reported" and lex.REPORT_CUES["deny"] == "denied"
    assert lex.REPORT_CUES["claim"] == "alleged" and lex.STANCE_VERBS["speculate"] == "possible"
    assert lex.STANCE_ADJECTIVES["confident"] == "believed"
    assert lex.REPORT_NOUNS["allegation"] == "alleged" and lex.RAISING["believe"] == "believed"
    assert lex.HEDGES["reportedly"] == "reported"
    assert lex.SOURCE_NOUNS["analyst"] == "expert" and lex.KIND_OF_ACTOR["armed_group"] == "organization"
    assert ("lay", "out") in lex.PHRASAL_CUES and "issue" in lex.LIGHT_VERBS
    assert {"statement", "question"} <= lex.SPEECH_NOUNS and {"could", "may"} <= lex.MODALS
    assert {"for", "out"} <= lex.CUE_PARTICLES and "we" in lex.FIRST_PERSON
    assert {"—", "--"} <= lex.BYLINE_DASHES and "call" in lex.CLAUSE_ONLY
    assert lex.RANK[0] == "asserted" and lex.RANK[-1] == "denied" and len(lex.RANK) == 7
    for name in ("REPORT_CUES", "REPORT_NOUNS", "RAISING", "HEDGES", "SOURCE_NOUNS",
                 "KIND_OF_ACTOR", "STANCE_VERBS", "STANCE_ADJECTIVES"):
        assert type(getattr(lex, name)) is dict, name
    for name in ("CLAUSE_ONLY", "CUE_PARTICLES", "MODALS", "FIRST_PERSON", "PHRASAL_CUES",
                 "LIGHT_VERBS", "SPEECH_NOUNS", "BYLINE_DASHES"):
        assert type(getattr(lex, name)) is set, name
    assert lex.REPORT_CUES is lex.REPORT_CUES  # read once, then cached
    with pytest.raises(AttributeError):
        lex.NO_SUCH_LIST  # noqa: B018


def test_lexicon_values_are_consistent():
    from claimtrace import attribution_lexicon as lex

    for table in (lex.REPORT_CUES, lex.REPORT_NOUNS, lex.RAISING, lex.HEDGES, lex.STANCE_VERBS,
                  lex.STANCE_ADJECTIVES):
        assert set(table.values()) <= set(lex.RANK)
    assert lex.CLAUSE_ONLY <= set(lex.REPORT_CUES)
    assert all(len(p) == 2 and all(p) for p in lex.PHRASAL_CUES)
    assert all(w and w == w.strip() for w in {*lex.REPORT_CUES, *lex.STANCE_VERBS, *lex.SPEECH_NOUNS})


def test_stance_acts_are_their_own_list():
    from claimtrace import attribution_lexicon as lex

    assert lex.STANCE_ACTS["endorse"] == "back" and lex.STANCE_ACTS["vote"] == "decide"
    # an act is not also a reporting or stance cue: `attribute` leaves it to the claims
    assert not set(lex.STANCE_ACTS) & (set(lex.REPORT_CUES) | set(lex.STANCE_VERBS))
    assert all(w and w == w.strip() for w in lex.STANCE_ACTS)


def test_a_heading_before_a_colon_is_no_speaker():
    from claimtrace import extract
    doc = extract("Our assessment: shipments of shells to Russia are likely larger than reported.",
                  published="2025-03-01")
    assert doc.claims and all(c.cue != ":" and c.source.kind == "author" for c in doc.claims)


def test_a_live_blog_timestamp_is_not_part_of_the_source():
    from claimtrace import extract
    doc = extract("Live updates\n\n10:50 Kremlin spokesman Dmitry Peskov said US envoy Steve "
                  "Witkoff would hold talks in Moscow later today.\n", published="2025-03-13")
    assert [c.source.name for c in doc.claims] == ["Kremlin spokesman Dmitry Peskov"]


def test_a_subject_the_parser_hangs_on_the_auxiliary_still_speaks(nlp):
    attr, _ = _attr(nlp, "Herder groups have in the past denied that their members carry out "
                         "such attacks.", "carry")
    assert (attr.source.name, attr.certainty) == ("Herder groups", "denied")


def test_observers_document_and_record_the_events_they_count(nlp):
    attr, _ = _attr(nlp, "Monitors have documented at least 12 air strikes on the town.", "strikes")
    assert (attr.source.name, attr.certainty) == ("Monitors", "reported")


def test_figures_from_a_body_are_that_bodys_word(nlp):
    attr, _ = _attr(nlp, "At least 43 people were killed, according to figures from the mission.",
                    "killed")
    assert attr.source.name == "the mission"


def test_closed_quote_spans_leave_out_a_quotation_never_closed():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimtrace.attribution_quotes import _quote_spans

    doc = Doc(Vocab(), words=["“", "Yes", ",", "”", "she", "said", ":", "“", "No"])
    assert _quote_spans(doc[:]) == [(0, doc[3].idx + 1), (doc[7].idx, doc[8].idx + 2)]
    assert _quote_spans(doc[:], closed=True) == [(0, doc[3].idx + 1)]


def test_a_participle_after_an_act_is_its_next_act_not_a_report_of_it(nlp):
    # "X did Y, accusing ...": the act is told by the author; the accusation is X's own
    attr, _ = _attr(nlp, "The ministry banned two airlines, accusing them of carrying arms.",
                    "banned")
    assert attr.source.kind == "author" and attr.certainty == "asserted"
    # a report with its own subject after the clause still credits it
    attr, _ = _attr(nlp, "The army shelled the depot overnight, the governor said.", "shelled")
    assert attr.source.name == "the governor" and attr.cue == "said"


def test_a_clause_of_time_set_off_after_a_report_is_the_authors(nlp):
    text = ("The rebel group said on Monday it was halting its attacks, two days after a "
            "drone strike killed five of its fighters.")
    attr, _ = _attr(nlp, text, "killed")
    assert attr.source.kind == "author" and attr.certainty == "asserted"
    attr, _ = _attr(nlp, text, "halting")
    assert attr.source.name == "The rebel group"
    # without the comma the clause may be the speaker's own condition
    attr, _ = _attr(nlp, "The navy said its ships would shell the port after the storm passed.",
                    "passed")
    assert attr.source.name == "The navy"
    # a report after the whole sentence covers its clause of time too
    attr, _ = _attr(nlp, "Rebels seized the town, after the soldiers fled at night, "
                         "residents told reporters.", "fled")
    assert attr.source.name == "residents"


def test_kind_of_a_named_source_that_is_no_known_actor(nlp):
    attr, _ = _attr(nlp, "MCPN said that the bridge was destroyed.", "destroyed")
    assert attr.source.kind == "organization"
    attr, _ = _attr(nlp, "Anna Berg said that the bridge was destroyed.", "destroyed")
    assert attr.source.kind == "official"
    attr, _ = _attr(nlp, "Several people said that the bridge was destroyed.", "destroyed")
    assert attr.source.kind == "unnamed"


def test_private_people_are_witnesses_and_a_surname_given_before_is_an_official(nlp):
    for text in ("A woman told our researchers that the bridge was destroyed.",
                 "One farmer said that the bridge was destroyed.",
                 "Her husband said that the bridge was destroyed."):
        attr, _ = _attr(nlp, text, "destroyed")
        assert attr.source.kind == "witness", text
    attr, _ = _attr(nlp, "The presidency said that the bridge was destroyed.", "destroyed")
    assert attr.source.kind == "government"
    text = ("The Taliban spokesman Zabihullah Mujahid spoke in Kabul. Mujahid said that the "
            "bridge was destroyed.")
    attr, _ = _attr(nlp, text, "destroyed")
    assert attr.source.name == "Mujahid" and attr.source.kind == "official"


def test_kind_of_a_source_noun_read_with_its_modifier(nlp):
    attr, _ = _attr(nlp, "The security service said that the bridge was destroyed.", "destroyed")
    assert attr.source.kind == "intelligence"
    attr, _ = _attr(nlp, "The emergency service said that the bridge was destroyed.", "destroyed")
    assert attr.source.kind == "organization"
    attr, _ = _attr(nlp, "The news agency said that the bridge was destroyed.", "destroyed")
    assert attr.source.kind == "media"


def test_a_source_an_actor_only_qualifies_takes_its_noun_kind(nlp):
    doc = nlp("A rebel commander said that the bridge was destroyed.")
    rebels = Actor(id="a1", name="Rebel Front", kind="armed_group", mentions=[])

    def actor_of(start, end):
        return rebels if any(t.lower_ == "rebel" for t in doc[start:end]) else None

    tok = next(t for t in doc if t.text == "destroyed")
    attr = attribute(tok, tok.sent, actor_of, "Wire")
    assert attr.source.actor == "a1" and attr.source.kind == "military"


def test_two_word_source_nouns_and_a_bare_service():
    from claimtrace import attribution_lexicon as lex
    assert lex.SOURCE_NOUNS["security service"] == "intelligence"
    assert lex.SOURCE_NOUNS["service"] == "organization"
    assert lex.SOURCE_NOUNS["news agency"] == "media"


def test_topic_tag_before_a_colon_does_not_speak_for_a_named_subject(nlp):
    attr, _ = _attr(nlp, "Chile: Coastal Relief Network condemns massacre of farmers in Arica",
                    "condemns")
    assert attr.source.name != "Chile"
    attr, _ = _attr(nlp, "Chile: Coastal Relief Network condemns massacre of farmers in Arica",
                    "massacre")
    assert attr.source.name != "Chile"


def test_colon_speaker_still_speaks_for_the_content_of_its_line(nlp):
    attr, _ = _attr(nlp, "PENCE: Clinton thinks the army attacked the town.", "attacked")
    assert attr.source.name != "Wire"


def test_an_organisation_named_right_after_its_description_is_the_source(nlp):
    attr, _ = _attr(nlp, "The al-Qaida-linked group al-Shabaab said that the hotel was "
                         "destroyed.", "destroyed")
    assert attr.source.name == "al-Shabaab"
