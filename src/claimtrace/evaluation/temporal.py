"""TempEval-3 task A (TIMEX3 extraction and normalization) on TimeBank and AQUAINT.

Reads `benchmarks/temporal/TempEval3-TBAQ-cleaned/{TimeBank,AQUAINT}/*.tml`, strips the
TimeML markup (keeping gold offsets into the plain text), tags the text with
`claimtrace.timex.tag` anchored at the document creation time (with the tense of each
expression read from a spaCy parse of the text, as the pipeline does), and scores relaxed span
F1 (any overlap, one-to-one), value accuracy on matched spans and value F1 = F1 x value
accuracy (the TempEval-3 definition). TimeBank and the first half of AQUAINT (files in
sorted order, `aquaint_a`) were tuned on; the second half (`aquaint_b`) is held out.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..timex import tag
from ..timex_tense import parse_tense

CORPUS = Path("benchmarks", "temporal", "TempEval3-TBAQ-cleaned")
PARTS = ("TimeBank", "AQUAINT")
SPLIT = ("AQUAINT",)  # scored also by halves in file order: `_a` is tuned on, `_b` held out
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True)
class GoldDoc:
    name: str
    dct: str | None
    text: str
    timexes: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, value


def read_tml(path: Path) -> GoldDoc:
    """Plain text of the <TEXT> element and its TIMEX3 spans (offsets into that text)."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if m:
        dct = dict(_ATTR.findall(m.group(1))).get("value")
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    out: list[str] = []
    pos = 0
    open_timex: tuple[int, str] | None = None
    spans: list[tuple[int, int, str]] = []
    length = 0
    for t in _TAG.finditer(body):
        chunk = html.unescape(body[pos:t.start()])
        out.append(chunk)
        length += len(chunk)
        pos = t.end()
        if t.group(2) == "TIMEX3":
            if t.group(1):
                if open_timex:
                    spans.append((open_timex[0], length, open_timex[1]))
                open_timex = None
            else:
                open_timex = (length, dict(_ATTR.findall(t.group(3))).get("value", ""))
    out.append(html.unescape(body[pos:]))
    return GoldDoc(path.stem, dct, "".join(out), spans)


def score_doc(gold: GoldDoc, sdoc=None) -> tuple[int, int, int, int]:
    """(gold count, predicted count, matched spans, matched with the right value); `sdoc`,
    a spaCy parse of `gold.text`, gives the tenses (else the tagger guesses them)."""
    tense = parse_tense(sdoc) if sdoc is not None else None
    pred = tag(gold.text, anchor=gold.dct, ranges=False, tense=tense)
    used: set[int] = set()
    matched = correct = 0
    for gs, ge, gv in gold.timexes:
        best = None
        for i, p in enumerate(pred):
            if i in used or not (p.start < ge and gs < p.end):
                continue
            ov = min(ge, p.end) - max(gs, p.start)
            if best is None or ov > best[0]:
                best = (ov, i)
        if best is None:
            continue
        used.add(best[1])
        matched += 1
        correct += pred[best[1]].value == gv
    return len(gold.timexes), len(pred), matched, correct


def _scores(n_gold: int, n_pred: int, matched: int, correct: int) -> dict[str, float]:
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = correct / matched if matched else 0.0
    return {"span_precision": round(p, 4), "span_recall": round(r, 4), "span_f1": round(f1, 4),
            "value_accuracy": round(acc, 4), "value_f1": round(f1 * acc, 4)}


def _parses(golds: list[GoldDoc], parse: bool) -> list:
    if not parse:
        return [None] * len(golds)
    from ..steps.parse import load_nlp

    return list(load_nlp().pipe([g.text for g in golds], batch_size=16))


def run(shared: Path, *, limit: int | None = None, parse: bool = True) -> dict:
    """Score the tagger on TimeBank (tuned on) and AQUAINT (held out), and both together;
    `parse=False` skips the spaCy parse (tenses guessed from the words alone)."""
    root = Path(shared) / CORPUS
    scores: dict[str, float] = {}
    totals = [0, 0, 0, 0]
    counts = []
    for part in PARTS:
        files = sorted((root / part).glob("*.tml"))[:limit]
        golds = [read_tml(f) for f in files]
        tally = [0, 0, 0, 0]
        halves = [[0, 0, 0, 0], [0, 0, 0, 0]]
        for n, (gold, sdoc) in enumerate(zip(golds, _parses(golds, parse))):
            half = halves[0] if n < (len(files) + 1) // 2 else halves[1]
            for i, x in enumerate(score_doc(gold, sdoc)):
                tally[i] += x
                half[i] += x
        totals = [a + b for a, b in zip(totals, tally)]
        counts.append(f"{part}: {len(files)} docs, {tally[0]} TIMEX3"
                      + (f" (_a: {halves[0][0]}, _b: {halves[1][0]})" if part in SPLIT else ""))
        for k, v in _scores(*tally).items():
            scores[f"{part.lower()}.{k}"] = v
        if part in SPLIT:
            for suffix, half in zip("ab", halves):
                for k, v in _scores(*half).items():
                    scores[f"{part.lower()}_{suffix}.{k}"] = v
    for k, v in _scores(*totals).items():
        scores[f"total.{k}"] = v
    return {"data": f"{CORPUS} ({'; '.join(counts)})", "scores": scores}
