"""Scoring helpers of the PolNeAR attribution evaluation, on hand-written inputs."""
from __future__ import annotations

import pytest

from claimtrace.evaluation.attribution import (
    GoldArticle, Predicted, Tally, claim_pairs, locate, match_counts, parse_ann, prf, rule_pairs)
from claimtrace.model import Actor, Claim, Document, Source, Span

ANN = [
    "T1\tSource 0 12\tThe ministry\n",
    "T2\tCue 13 17\tsaid\n",
    "T3\tContent 18 40\tthe convoy was attacked\n",
    "T4\tCue 50 53;60 62\tpointed to\n",
    "T5\tDiscuss 70 75\tabcde\n",
    "E1\tAttribution:T2 Source:T1 Content:T3\n",
]


def test_parse_ann_keeps_sources_and_cues_and_joins_discontinuous_spans():
    sources, cues = parse_ann(ANN)
    assert sources == {(0, 12)}
    assert cues == {(13, 17), (50, 62)}


def test_locate_is_case_insensitive_and_picks_the_nearest_occurrence():
    text = "Officials said X. He said Y, officials said."
    assert locate(text, "According", 0, 10, 0) is None
    assert locate(text, "said", 18, len(text), 40) == (39, 43)
    assert locate(text, "said", 18, len(text), 18) == (21, 25)
    assert locate(text, "officials", 18, len(text), 0) == (29, 38)  # "officials" lower case
    assert locate("According to ZDF", "according to", 0, 16, 0) == (0, 12)
    assert locate(text, None, 0, 10, 0) is None


def test_match_counts_exact_and_one_to_one_overlap():
    gold = [(0, 12), (20, 24), (30, 40)]
    pred = [(4, 12), (20, 24), (21, 23), (50, 55)]
    exact, overlap = match_counts(gold, pred)
    assert exact == 1
    assert overlap == 2  # (0,12)~(4,12), (20,24)=(20,24); (21,23) has no gold left


def test_prf_handles_empty_sides():
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    p, r, f = prf(4, 2, 2)
    assert (p, r) == (1.0, 0.5) and f == pytest.approx(2 / 3)


def _doc() -> Document:
    text = "The ministry said troops attacked the town. He said it was over."
    doc = Document(text=text)
    doc.actors = [Actor("a1", "Ministry of Defence", "government_body",
                        mentions=[Span(4, 12, "ministry")]),
                  Actor("a2", "Jane Doe", "person", mentions=[Span(44, 46, "He")])]
    sent1 = Span(0, 43, text[:43])
    sent2 = Span(44, len(text), text[44:])
    doc.claims = [
        # located by name, cue nearest the trigger
        Claim("c1", "event", "ASSAULT", sent1, source=Source("ministry", "government", "a1"),
              cue="said", trigger=Span(25, 33, "attacked")),
        # same pair again: counted once
        Claim("c2", "event", "ASSAULT", sent1, source=Source("ministry", "government", "a1"),
              cue="said", trigger=Span(25, 33, "attacked")),
        # a pronoun resolved to a canonical name: located through the actor's mention
        Claim("c3", "statement", None, sent2, source=Source("Jane Doe", "official", "a2"),
              cue="said", trigger=Span(53, 56, "was")),
        # no attribution: skipped
        Claim("c4", "event", "ASSAULT", sent1, trigger=Span(25, 33, "attacked")),
    ]
    return doc


def test_claim_pairs_locates_sources_and_cues_in_the_evidence():
    pred = claim_pairs(_doc())
    assert pred.pairs == {((4, 12), (13, 17)), ((44, 46), (47, 51))}


def test_claim_pairs_counts_an_unlocatable_source_as_a_prediction():
    doc = _doc()
    doc.claims = [Claim("c1", "event", "ASSAULT", Span(0, 43, doc.text[:43]),
                        source=Source("Kremlin", "government"), cue="said",
                        trigger=Span(25, 33, "attacked"))]
    pred = claim_pairs(doc)
    (src, cue), = pred.pairs
    assert cue == (13, 17) and src[0] < 0
    assert match_counts([(4, 12)], pred.sources()) == (0, 0)


def test_tally_scores_source_and_cue_separately():
    art = GoldArticle("x", "", sources={(0, 12)}, cues={(13, 17)})
    tally = Tally()
    tally.add(art, Predicted({((4, 12), (13, 17))}))
    s = tally.scores("t")
    assert s["t.cue_f1_exact"] == 1.0
    assert s["t.source_f1_exact"] == 0.0 and s["t.source_f1_overlap"] == 1.0


def test_claim_pairs_prefers_the_source_mention_span():
    doc = _doc()
    doc.claims = [Claim("c1", "event", "ASSAULT", Span(0, 43, doc.text[:43]),
                        source=Source("Ministry of Defence", "government", "a1",
                                      mention=Span(0, 12, "The ministry")),
                        cue="said", trigger=Span(25, 33, "attacked"))]
    assert claim_pairs(doc).pairs == {((0, 12), (13, 17))}


@pytest.mark.slow
def test_rule_pairs_takes_a_quotation_speaker_from_the_next_sentence(nlp):
    sp = nlp('"The bridge is gone. Nobody can cross it now," the mayor said.')
    pred = rule_pairs(sp)
    start = sp.text.index("the mayor")
    assert (start, start + len("the mayor")) in pred.sources()


@pytest.mark.slow
def test_rule_pairs_finds_a_reported_clause(nlp):
    sp = nlp("Local officials said that the bridge was destroyed overnight.")
    pred = rule_pairs(sp)
    assert (sp.text.index("said"), sp.text.index("said") + 4) in pred.cues()
    assert any(sp.text[s:e].endswith("officials") for s, e in pred.sources())


@pytest.mark.slow
@pytest.mark.shared
def test_polnear_runs_on_two_articles(shared_dir):
    from claimtrace.evaluation.attribution import run

    out = run(shared_dir, limit=2)
    assert "2 articles" in out["data"]
    assert all(0.0 <= v <= 1.0 for v in out["scores"].values())
    assert out["scores"]["polnear.attribution_only.cue_precision_overlap"] > 0.3
    assert "polnear.attribution_only.heldout.source_f1_overlap" in out["scores"]
    assert "polnear.attribution_only.tune.source_f1_overlap" in out["scores"]


@pytest.mark.slow
def test_rule_pairs_finds_a_cue_in_a_participle_clause(nlp):
    sp = nlp("The governor rejected the plan, warning that the dam could fail within weeks.")
    pred = rule_pairs(sp)
    start = sp.text.index("warning")
    assert (start, start + len("warning")) in pred.cues()
    assert any(sp.text[s:e] == "The governor" for s, e in pred.sources())
