"""Unowned reports and pronoun speakers no actor stands for (`claimtrace.attribution_hearsay`,
through `claimtrace.attribution.attribute`), on hand-written sentences."""
from __future__ import annotations

import pytest

from attribution_helpers import attributed
from claimtrace.attribution_hearsay import earlier_speaker, hearsay

pytestmark = pytest.mark.slow


def _no_antecedent(tok):
    return None


def _attr(nlp, text, word, *, nth=0):
    attr, tok = attributed(nlp, text, word, nth=nth, pronoun=_no_antecedent)
    return attr, tok.doc


def test_event_inside_unowned_reports_is_reported_by_the_reports(nlp):
    attr, _ = _attr(nlp, "Seoul is checking reports that Pyongyang has sent troops to Russia.",
                    "sent")
    assert attr.source.name == "reports"
    assert attr.source.kind == "unnamed"
    assert attr.certainty == "reported"


def test_reports_coming_in_of_an_event(nlp):
    attr, _ = _attr(nlp, "Reports are coming in of Russian strikes on a hospital in Kharkiv.",
                    "strikes")
    assert attr.source.name == "Reports"
    assert attr.certainty == "reported"


def test_who_reacts_to_reports_passes_them_on(nlp):
    attr, _ = _attr(nlp, "The UN envoy is deeply alarmed by reports of attacks on civilians "
                         "around the town.", "attacks")
    assert attr.source.name.endswith("envoy")
    assert attr.certainty == "reported"
    attr, _ = _attr(nlp, "The charity Hope Relief expressed alarm at reports that dozens of "
                         "villagers were killed.", "killed")
    assert "charity" in attr.source.name
    assert attr.certainty == "reported"


def test_owned_report_is_not_hearsay(nlp):
    doc = nlp("The ministry's report that troops were killed was denied.")
    assert hearsay(next(t for t in doc if t.text == "killed")) is None


def test_he_said_takes_the_titled_speaker_before(nlp):
    text = ("The truck was hit outside the town, the deputy commissioner of the district "
            "said. Up to 12 others were wounded, he said.")
    attr, doc = _attr(nlp, text, "wounded")
    assert attr.source.name.startswith("the deputy commissioner")
    assert attr.source.kind == "official"
    assert attr.source.mention.text == "he"


def test_he_does_not_stand_for_a_body_it_does(nlp):
    doc = nlp("The ministry said five soldiers died. Another three were wounded, he said. "
              "Two more are missing, it said.")
    he = next(t for t in doc if t.lower_ == "he")
    it = next(t for t in doc if t.lower_ == "it")
    assert earlier_speaker(he) is None
    assert earlier_speaker(it).text == "ministry"


def test_participle_report_inside_a_report_belongs_to_the_outer_speaker(nlp):
    attr, _ = _attr(nlp, "A diplomatic source said the size of the raid marked an escalation, "
                         "noting that the rebels had focused their attacks on the north.",
                    "attacks")
    assert attr.source.name == "A diplomatic source"


def test_recount_reports_its_object(nlp):
    attr, _ = _attr(nlp, "Survivors recount air strike in the valley", "strike")
    assert attr.source.name == "Survivors"
    assert attr.certainty == "reported"
