"""Attribution (source and cue spans) on the PolNeAR dev split.

Reads `benchmarks/attribution/PolNeAR-dev/dev/{text,attributions}`: brat standoff files
whose `Source` and `Cue` text-bound annotations are the gold spans (discontinuous spans
are reduced to the stretch from their first to their last character). Articles annotated
by several annotators are scored against the first annotation file in name order.

Two modes, each scored as span precision / recall / F1, exact and overlap (one-to-one),
over all articles and over each half in name order (`tune`: the first half, on which the
rules were tuned; `heldout`: the second half):

* `pipeline`: the full claimtrace pipeline (without the `clean` step, so offsets stay
  those of the gold files). A claim carries its source as text (`source.name`) and its
  cue as text, so the cue is located inside the claim's evidence sentence; the source is
  its `mention` span when it has one, else located by name in that sentence:
  the cue is the occurrence nearest the trigger, the source the occurrence nearest the
  cue; when the name is not written there (a pronoun resolved to an actor's canonical
  name) an in-sentence mention of `source.actor` is used instead; a source that cannot
  be located still counts as a prediction (a false positive). Each distinct
  (source span, cue span) pair counts once. Claims exist only for recognised events,
  so recall is bounded by the event lexicon, not by the attribution rules.
* `attribution_only`: `claimtrace.attribution_relations.attributions` on every sentence,
  with no actor lookup, which measures the attribution rules themselves: every relation
  (the sentence root and clausal complements as `attribute` credits them, plus cue verbs
  in adverbial and coordinated clauses and owned report nouns). The source is the
  relation's source span, the cue its cue span (a quotation's speaker: found in the
  speaker's sentence).

Published anchor: Citron (BBC) reaches source F1 82.0 / cue F1 82.3 on PARC 3.0, a
different corpus with different span conventions; the figures are not directly comparable.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..attribution_relations import attributions, find_text
from ..model import Document, Meta

CORPUS = Path("benchmarks", "attribution", "PolNeAR-dev", "dev")
SpanT = tuple[int, int]


@dataclass(slots=True)
class GoldArticle:
    name: str
    text: str
    sources: set[SpanT] = field(default_factory=set)
    cues: set[SpanT] = field(default_factory=set)


@dataclass(slots=True)
class Predicted:
    """Distinct (source, cue) pairs of one article; None = absent, -1 tuples = unlocated."""

    pairs: set[tuple[SpanT | None, SpanT | None]] = field(default_factory=set)

    def sources(self) -> list[SpanT]:
        return sorted({s for s, _ in self.pairs if s is not None})

    def cues(self) -> list[SpanT]:
        return sorted({c for _, c in self.pairs if c is not None})


# --- gold -------------------------------------------------------------------------------
def parse_ann(lines: Iterable[str]) -> tuple[set[SpanT], set[SpanT]]:
    """Gold source and cue spans of one brat .ann file (hull of discontinuous spans)."""
    sources: set[SpanT] = set()
    cues: set[SpanT] = set()
    for line in lines:
        if not line.startswith("T"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2:
            continue
        label, _, offsets = parts[1].partition(" ")
        if label not in ("Source", "Cue"):
            continue
        pieces = [p.split() for p in offsets.split(";")]
        span = (min(int(p[0]) for p in pieces), max(int(p[1]) for p in pieces))
        (sources if label == "Source" else cues).add(span)
    return sources, cues


def read_gold(root: Path, *, limit: int | None = None) -> list[GoldArticle]:
    """One GoldArticle per text file (first annotation file in name order)."""
    out = []
    anns = sorted((root / "attributions").glob("*.ann"))
    for txt in sorted((root / "text").glob("*.txt"))[:limit]:
        mine = [a for a in anns if a.stem.rsplit("_", 1)[0] == txt.stem]
        if not mine:
            continue
        sources, cues = parse_ann(mine[0].read_text(encoding="utf-8").splitlines())
        out.append(GoldArticle(txt.stem, txt.read_text(encoding="utf-8"), sources, cues))
    return out


# --- locating text in a sentence ---------------------------------------------------------
def locate(text: str, needle: str | None, start: int, end: int, near: int) -> SpanT | None:
    """The occurrence of `needle` in text[start:end] whose start is nearest `near`, as
    (start, end); case-insensitive as `attribution_relations.find_text`, which finds it."""
    span = find_text(text, needle, start, end, near)
    return None if span is None else (span.start, span.end)


def claim_pairs(doc: Document) -> Predicted:
    """Located (source, cue) spans of the attributed claims of one extracted document."""
    pred = Predicted()
    actors = {a.id: a for a in doc.actors}
    for n, claim in enumerate(doc.claims):
        if claim.source.kind == "author" and not claim.cue:
            continue
        ev = claim.evidence
        near = claim.trigger.start if claim.trigger else ev.start
        cue = locate(doc.text, claim.cue, ev.start, ev.end, near)
        src = None
        mention = claim.source.mention
        if claim.source.kind != "author" and mention is not None:
            src = (mention.start, mention.end)
        elif claim.source.kind != "author" and claim.source.name:
            anchor = cue[0] if cue else near
            src = locate(doc.text, claim.source.name, ev.start, ev.end, anchor)
            if src is None and claim.source.actor in actors:
                inside = [(m.start, m.end) for m in actors[claim.source.actor].mentions
                          if ev.start <= m.start and m.end <= ev.end]
                src = min(inside, key=lambda s: abs(s[0] - anchor)) if inside else None
            if src is None:
                src = (-1 - n, -1 - n)  # unlocated: a prediction that matches nothing
        pred.pairs.add((src, cue))
    return pred


def rule_pairs(sp) -> Predicted:
    """(source, cue) spans of every attribution relation of every sentence."""

    pred = Predicted()
    n = 0
    for sent in sp.sents:
        for rel in attributions(sent):
            n += 1
            cue = (rel.cue_span.start, rel.cue_span.end) if rel.cue_span else None
            src = None
            if rel.source_span is not None:
                src = (rel.source_span.start, rel.source_span.end)
            elif rel.source.kind != "author" and rel.source.name:
                src = (-n, -n)  # unlocated: matches nothing
            pred.pairs.add((src, cue))
    return pred


# --- scoring ---------------------------------------------------------------------------
def match_counts(gold: Iterable[SpanT], pred: Iterable[SpanT]) -> tuple[int, int]:
    """(exact matches, overlap matches); overlap pairs gold and predictions one-to-one."""
    gold, pred = sorted(set(gold)), sorted(set(pred))
    exact = len(set(gold) & set(pred))
    used: set[int] = set()
    overlap = 0
    for gs, ge in gold:
        best = None
        for i, (ps, pe) in enumerate(pred):
            ov = min(ge, pe) - max(gs, ps)
            if i in used or ov <= 0:
                continue
            if best is None or ov > best[0]:
                best = (ov, i)
        if best is not None:
            used.add(best[1])
            overlap += 1
    return exact, overlap


def prf(n_gold: int, n_pred: int, matched: int) -> tuple[float, float, float]:
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Tally:
    """Running counts for source and cue spans of one mode."""

    def __init__(self) -> None:
        self.c = {k: [0, 0, 0, 0] for k in ("source", "cue")}  # gold, pred, exact, overlap

    def add(self, art: GoldArticle, pred: Predicted) -> None:
        for key, gold, spans in (("source", art.sources, pred.sources()),
                                 ("cue", art.cues, pred.cues())):
            exact, overlap = match_counts(gold, spans)
            for i, v in enumerate((len(gold), len(spans), exact, overlap)):
                self.c[key][i] += v

    def scores(self, prefix: str) -> dict[str, float]:
        out = {}
        for key, (g, p, ex, ov) in self.c.items():
            for how, m in (("exact", ex), ("overlap", ov)):
                pr, rc, f1 = prf(g, p, m)
                out[f"{prefix}.{key}_precision_{how}"] = round(pr, 4)
                out[f"{prefix}.{key}_recall_{how}"] = round(rc, 4)
                out[f"{prefix}.{key}_f1_{how}"] = round(f1, 4)
        return out


def run(shared: Path, *, limit: int | None = None) -> dict:
    """Score the pipeline's attributed claims and the bare attribution rules."""
    from ..pipeline import DEFAULT_STEPS, Options, default_extractor
    from ..steps.parse import load_nlp

    arts = read_gold(Path(shared) / CORPUS, limit=limit)
    ex = default_extractor(Options(steps=tuple(s for s in DEFAULT_STEPS if s != "clean")))
    half = (len(arts) + 1) // 2
    tallies = {f"{mode}{part}": Tally() for mode in ("polnear", "polnear.attribution_only")
               for part in ("", ".tune", ".heldout")}

    def add(mode: str, i: int, art: GoldArticle, pred: Predicted) -> None:
        tallies[mode].add(art, pred)
        tallies[f"{mode}.{'tune' if i < half else 'heldout'}"].add(art, pred)

    docs = ex.extract_many((a.text, Meta(outlet=None)) for a in arts)
    for i, (art, doc) in enumerate(zip(arts, docs)):
        add("polnear", i, art, claim_pairs(doc))
    for i, (art, sp) in enumerate(zip(arts, load_nlp().pipe(a.text for a in arts))):
        add("polnear.attribution_only", i, art, rule_pairs(sp))
    n_src = sum(len(a.sources) for a in arts)
    n_cue = sum(len(a.cues) for a in arts)
    scores: dict[str, float] = {}
    for prefix, tally in tallies.items():
        scores.update(tally.scores(prefix))
    return {"data": f"{CORPUS} ({len(arts)} articles, {n_src} gold sources, {n_cue} gold cues;"
                    f" tune = first {half} articles, heldout = the other {len(arts) - half})",
            "scores": scores}
