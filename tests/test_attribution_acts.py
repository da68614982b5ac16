"""A speaker's own acts (denials, blame), figures framed above the event, and reports the
parse hung elsewhere (`claimtrace.attribution_acts`, `claimtrace.attribution_speakers`)."""
from __future__ import annotations

import pytest

from claimtrace.attribution import attribute

pytestmark = pytest.mark.slow


def _attr(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return attribute(tok, tok.sent, lambda start, end: None, "Wire")


def test_rejecting_a_claim_is_a_denial_by_the_subject(nlp):
    attr = _attr(nlp, "The governor's office rejected the account.", "rejected")
    assert attr.source.name == "The governor's office"
    assert attr.cue == "rejected"
    assert attr.certainty == "denied"


def test_dismissing_as_propaganda_is_a_denial(nlp):
    attr = _attr(nlp, "The navy dismissed the video as propaganda.", "dismissed")
    assert attr.source.name == "The navy"
    assert attr.certainty == "denied"


def test_rejecting_talks_is_no_denial(nlp):
    attr = _attr(nlp, "The rebels rejected the talks.", "rejected")
    assert attr.certainty != "denied"


def test_blame_is_the_subjects_allegation(nlp):
    attr = _attr(nlp, "Village elders blamed the militia for the fire.", "blamed")
    assert attr.source.name == "Village elders"
    assert attr.certainty == "alleged"


def test_event_inside_a_stated_figure_is_the_subjects_estimate(nlp):
    attr = _attr(nlp, "Regional officials put the number of people displaced at 4,000.",
                 "displaced")
    assert attr.source.name == "Regional officials"
    assert attr.certainty == "reported"


def test_clause_hung_on_a_statement_is_what_the_verb_reports(nlp):
    attr = _attr(nlp, "The coast guard said in a statement that two boats had sunk near the port.",
                 "sunk")
    assert attr.source.name == "The coast guard"
    assert attr.cue == "said"


def test_pledge_is_a_report_not_a_possibility(nlp):
    attr = _attr(nlp, "Norway has pledged to send more ambulances.", "send")
    assert attr.source.name == "Norway"
    assert attr.certainty == "reported"


def test_owner_of_a_repeated_call_is_the_subject_behind_the_pronoun(nlp):
    attr = _attr(nlp, "The envoy has repeated her call for an immediate truce in the north.",
                 "call")
    assert attr.source.name == "The envoy"
    assert attr.cue == "call"
    assert attr.certainty == "reported"


def test_appeal_issued_by_a_subject_is_its_word(nlp):
    attr = _attr(nlp, "The rebels issued a fresh appeal for talks on Friday.", "appeal")
    assert attr.source.name == "The rebels"


def test_demand_by_a_group_is_the_groups(nlp):
    attr = _attr(nlp, "A demand by the opposition for new elections was ignored.", "demand")
    assert attr.source.name == "the opposition"


def test_unowned_call_stays_the_authors(nlp):
    attr = _attr(nlp, "The call for a truce went unheeded.", "call")
    assert attr.source.kind == "author"


def test_stance_act_takes_its_clause_as_content_not_as_a_report(nlp):
    # the clause below "welcomes" is what the group welcomes, not a report of it
    attr = _attr(nlp, "The Lakes Relief Group welcomes the truce agreed by both armies on "
                      "Sunday.", "welcomes")
    assert attr.source.name != "the truce"
    assert attr.cue != "agreed by"
