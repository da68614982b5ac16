"""Tests of `claimtrace.timex_tense`: the tense of a time expression from the parse."""
from __future__ import annotations

import pytest

from claimtrace.timex import tag
from claimtrace.timex_tense import clause_completed, clause_tense, parse_tense

pytestmark = pytest.mark.slow


def _tense(nlp, sentence: str, when: str) -> str | None:
    sdoc = nlp(sentence)
    start = sentence.index(when)
    return clause_tense(sdoc, start, start + len(when))


@pytest.mark.parametrize("sentence, when", [
    ("The envoy will travel to Kyiv on Friday.", "Friday"),
    ("The ministers are to sign the accord on Monday.", "Monday"),
    ("The rebels are going to release the hostages on Sunday.", "Sunday"),
    ("The council plans to vote on the resolution in March.", "March"),
    ("The general is meeting his counterpart on Thursday.", "Thursday"),
    ("The two delegations may resume their talks in June.", "June"),
    ("The inspectors have scheduled a visit to the plant for Tuesday.", "Tuesday"),
    ("The mayor planned a memorial on Saturday for the victims.", "Saturday"),
    ("Officials said the convoy would arrive on Wednesday.", "Wednesday"),
    ("The court has given the parties until Friday to respond.", "Friday"),
    ("The vote was postponed until Monday.", "Monday"),
    ("The navies intend to hold an exercise involving two carriers on Saturday.", "Saturday"),
    # a timetable's present tense
    ("The two foreign ministers meet in Ankara on Thursday.", "Thursday"),
    ("The delegations open a new round of talks in Geneva on Sunday.", "Sunday"),
    # a deadline with no tense of its own
    ("The plan calls for the militia to hand over its heavy weapons by March.", "March"),
    # an infinitive after an adjective of prospect, under a past reporting verb
    ("Aid groups have warned that shortages are likely to worsen through the winter.", "winter"),
    ("Analysts say the truce is unlikely to hold beyond June.", "June"),
])
def test_future(nlp, sentence, when):
    assert _tense(nlp, sentence, when) == "future"


@pytest.mark.parametrize("sentence, when", [
    ("The army shelled the village on Friday.", "Friday"),
    ("Troops have advanced since March.", "March"),
    ("The envoy had been due to arrive on Tuesday.", "Tuesday"),
    ("Officials said the convoy arrived on Wednesday.", "Wednesday"),
    ("On Thursday, the ministry planned to open a new crossing.", "Thursday"),
    ("The bridge was destroyed in January.", "January"),
    ("The militia said on Sunday that it would withdraw.", "Sunday"),
    ("Gunmen stormed the camp, killing four guards on Monday.", "Monday"),
    ("The blockade had cut supplies to the town by March.", "March"),
])
def test_past(nlp, sentence, when):
    assert _tense(nlp, sentence, when) == "past"


def test_time_of_a_noun_under_a_progressive_is_not_read_as_planned(nlp):
    sentence = "Fighters are again joining the assaults after a pause in February."
    assert _tense(nlp, sentence, "February") != "future"


def test_no_verb_says_nothing(nlp):
    assert _tense(nlp, "Friday, March 7", "Friday") is None


def test_parse_tense_decides_the_year_and_week(nlp):
    text = "The minister is to visit the front in January. The shelling began on Monday."
    found = {t.text: t for t in tag(text, anchor="2025-11-20", tense=parse_tense(nlp(text)))}
    assert found["January"].value == "2026-01"
    assert found["on Monday"].value == "2025-11-17"


@pytest.mark.parametrize("sentence, when", [
    ("The agency says on Friday that the count is incomplete.", "Friday"),
    # a photo caption tells a past scene in the present
    ("Soldiers guard a checkpoint outside the city on Saturday.", "Saturday"),
    # "hit" is spelled alike in the past and the present
    ("The drone strikes hit the depot on Tuesday.", "Tuesday"),
])
def test_a_present_that_tells_no_timetable_is_not_read_as_future(nlp, sentence, when):
    assert _tense(nlp, sentence, when) != "future"


@pytest.mark.parametrize("sentence, when", [
    ("In January, the army brought in a new commander.", "January"),
    ("The militia changed its leadership in December.", "December"),
    ("Losses for the year ended Jan. 31 doubled.", "Jan. 31"),
    ("The army shelled the village on Friday.", "Friday"),
])
def test_an_event_told_as_done_is_completed(nlp, sentence, when):
    sdoc = nlp(sentence)
    start = sentence.index(when)
    assert clause_completed(sdoc, start, start + len(when))


@pytest.mark.parametrize("sentence, when", [
    # a bound, a perfect, an adjective of payment: the past verb does not date the time
    ("The rebels extended the truce until January.", "January"),
    ("The council has approved the plan in January.", "January"),
    ("The company declared a dividend payable Dec. 1.", "Dec. 1"),
    ("The envoy will travel to Kyiv on Friday.", "Friday"),
])
def test_not_completed(nlp, sentence, when):
    sdoc = nlp(sentence)
    start = sentence.index(when)
    assert not clause_completed(sdoc, start, start + len(when))


def test_a_completed_event_takes_the_month_gone_by(nlp):
    text = "In January, the army brought in a new commander. The rebels extended the truce until January."
    found = [(t.text, t.value) for t in tag(text, anchor="2025-11-20", tense=parse_tense(nlp(text)))]
    assert found == [("January", "2025-01"), ("January", "2026-01")]


@pytest.mark.parametrize("sentence, when", [
    ("The ministry created a new command, effective Feb. 1.", "Feb. 1"),
    ("The ceasefire, effective from Monday, covers the east.", "Monday"),
    # a conjoined verb shares the auxiliary of the first
    ("The envoy will meet the president and sign the accord on Friday.", "Friday"),
])
def test_future_of_rules_taking_effect_and_conjoined_verbs(nlp, sentence, when):
    assert _tense(nlp, sentence, when) == "future"


def test_a_conjoined_verb_shares_the_past_perfect(nlp):
    sentence = "The court had ruled against the relatives and set Friday as the deadline."
    assert _tense(nlp, sentence, "Friday") == "past"


def test_the_month_may_is_no_modal(nlp):
    # spaCy may read the month as the modal "may" (an aux of the verb)
    text = "On 3 May the ministry announced it would hold talks."
    (t,) = tag(text, anchor="2025-05-09", tense=parse_tense(nlp(text)))
    assert t.value == "2025-05-03"


def test_a_plan_told_in_the_past_is_not_read_as_future(nlp):
    sentence = "The truce, which was to expire on 4 May, was extended."
    assert _tense(nlp, sentence, "4 May") is None
    (t,) = tag(sentence, anchor="2025-05-09", tense=parse_tense(nlp(sentence)))
    assert t.value == "2025-05-04"


def test_a_timetable_in_a_relative_clause_is_future(nlp):
    sentence = "Troops gathered for the joint drills, which begin on Friday."
    assert _tense(nlp, sentence, "Friday") == "future"


@pytest.mark.parametrize("sentence, when", [
    ("The ministry said on Tuesday it would close the crossing.", "Tuesday"),
    ("A spokesman said on Monday the talks will continue.", "Monday"),
])
def test_time_before_a_reported_clause_is_the_saying(nlp, sentence, when):
    assert _tense(nlp, sentence, when) == "past"


@pytest.mark.parametrize("sentence, when", [
    ("The council has promised a referendum in November.", "November"),
    ("The junta pledged elections in October.", "October"),
])
def test_time_of_a_promised_thing_is_ahead(nlp, sentence, when):
    assert _tense(nlp, sentence, when) == "future"


def test_time_of_a_noun_under_a_vow_is_not_read_as_promised(nlp):
    sentence = "The rebels vowed revenge for the ambush in April."
    assert _tense(nlp, sentence, "April") != "future"


@pytest.mark.parametrize("sentence, tense", [
    # "set" burns or detonates here: the act is told, not scheduled
    ("Around 30 fighters set fire to their rifles near the cave on Friday.", "past"),
    ("The attacker set off the device in the hall on Friday.", "past"),
    # "set" schedules what it is set for
    ("The vote was set for Friday.", "future"),
])
def test_set_schedules_only_what_it_sets_a_time_for(nlp, sentence, tense):
    assert _tense(nlp, sentence, "Friday") == tense
