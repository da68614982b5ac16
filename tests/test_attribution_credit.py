"""Sources named by giving a figure or crediting an act (`claimtrace.attribution_credit`),
a coordinated cue's own scope and a live blog's time stamp, on hand-written sentences."""
from __future__ import annotations

import pytest

from attribution_helpers import attributed
from claimtrace.attribution_credit import credited_with, given_figure

pytestmark = pytest.mark.slow


_attr = attributed


def test_a_given_toll_is_the_givers_report(nlp):
    attr, tok = _attr(nlp, "The fire brigade gave a provisional toll of at least 40 dead "
                           "after the blast.", "toll")
    assert given_figure(tok).lemma_ == "give"
    assert attr.source.name == "The fire brigade"
    assert attr.certainty == "reported"
    assert attr.cue == "gave"


def test_a_released_tally_credits_the_count_inside_it(nlp):
    attr, _ = _attr(nlp, "The health office released a new tally of 12 people killed in "
                         "the shelling.", "killed")
    assert attr.source.name == "The health office"
    assert attr.certainty == "reported"


def test_giving_something_that_is_no_figure_credits_no_one(nlp):
    attr, tok = _attr(nlp, "The villagers gave shelter to families who fled the fighting.",
                      "fled")
    assert given_figure(tok) is None
    assert attr.source.kind == "author"


def test_crediting_units_with_a_capture_is_a_report(nlp):
    attr, tok = _attr(nlp, "The army credited its special forces with the capture of the "
                           "bridge.", "capture")
    verb, certainty = credited_with(tok)
    assert verb.lemma_ == "credit" and certainty == "reported"
    assert attr.source.name == "The army"
    assert attr.certainty == "reported"


def test_blame_for_an_attack_leaves_the_attack_to_the_author(nlp):
    _, tok = _attr(nlp, "Officials blamed the militia for the attack on the depot.", "attack")
    assert credited_with(tok) is None


def test_an_accusation_coordinated_inside_a_denial_is_not_denied(nlp):
    text = ("The interior ministry denied that its troops had shelled the village and "
            "accused the rebels of killing 12 villagers.")
    accused, _ = _attr(nlp, text, "accused")
    assert accused.source.name == "The interior ministry"
    assert accused.certainty == "alleged"
    killing, _ = _attr(nlp, text, "killing")
    assert killing.source.name == "The interior ministry"
    assert killing.certainty == "alleged"
    shelled, _ = _attr(nlp, text, "shelled")
    assert shelled.certainty == "denied"


def test_a_second_act_after_a_perfect_clause_is_the_speakers(nlp):
    attr, _ = _attr(nlp, "Police said the gunmen had stormed the school and warned residents "
                         "to stay indoors.", "warned")
    assert attr.source.name == "Police"


def test_a_cue_inside_a_report_keeps_the_outer_speaker(nlp):
    attr, _ = _attr(nlp, "The commander said the navy wanted the boats back and would demand "
                         "compensation for the damage.", "demand")
    assert attr.source.name == "The commander"


def test_a_live_blog_time_stamp_is_no_part_of_the_name(nlp):
    attr, _ = _attr(nlp, "16:45 A senior militia official said the group had fired rockets "
                         "at the port.", "fired")
    assert attr.source.name == "A senior militia official"
    assert not attr.source.mention.text.startswith("16")


def test_a_report_closing_a_long_sentence_after_a_comma_covers_it(nlp):
    text = ("HARBIN, May 3 (Wire) - Army drones struck a large fuel depot in the town of "
            "Kalinovka overnight, setting off a series of blasts and forcing officials to "
            "evacuate part of the town, local and military officials said on Friday.")
    attr, _ = _attr(nlp, text, "struck")
    assert attr.source.name == "local and military officials"
    assert attr.certainty == "reported"


def test_a_report_after_and_is_a_clause_of_its_own(nlp):
    attr, _ = _attr(nlp, "The army shelled the town on Monday, and residents said ten people "
                         "died.", "shelled")
    assert attr.source.kind == "author"


def test_a_time_zone_after_the_time_stamp_is_no_part_of_the_name(nlp):
    attr, _ = _attr(nlp, "10:15 GMT The coastal army said its troops had shelled the ridge.",
                    "shelled")
    assert attr.source.name == "The coastal army"
    assert attr.source.mention.text == "The coastal army"


def test_act_credited_through_helping_is_the_crediting_speakers(nlp):
    text = ("Lima only admitted the deployment in May, when the army chief, Juan Soto, "
            "credited the militia with helping to push rebel forces out of Tumbes.")
    attr, _ = _attr(nlp, text, "push")
    assert attr.source.name == "Juan Soto"
    assert attr.cue == "credited"
    assert attr.certainty == "reported"
