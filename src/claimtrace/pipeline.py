"""The extraction pipeline: one `Document` through small named steps.

Each step is a function `step(doc: Document) -> Document` registered with what it needs
and provides, so `Extractor` checks the order before anything runs. The spaCy model is
loaded once, lazily, on the first extraction (never at import).
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .errors import ClaimtraceError
from .model import Document, Meta

log = logging.getLogger(__name__)

StepFn = Callable[[Document], Document]


@dataclass(frozen=True, slots=True)
class StepInfo:
    name: str
    func: StepFn
    needs: tuple[str, ...]
    provides: tuple[str, ...]


STEPS: dict[str, StepInfo] = {}

DEFAULT_STEPS = ("clean", "parse", "actors", "places", "times", "quantities", "claims")


def step(name: str, *, needs: tuple[str, ...] = (), provides: tuple[str, ...] = ()):
    """Register a pipeline step under `name`."""

    def register(func: StepFn) -> StepFn:
        STEPS[name] = StepInfo(name, func, needs, provides)
        return func

    return register


def _load_steps() -> None:
    # importing the modules registers their steps; done on first use, not at import
    from . import repair  # noqa: F401
    from .steps import actors, claims, parse, places, quantities, times  # noqa: F401


def check_order(names: Iterable[str]) -> list[StepInfo]:
    """Resolve step names and verify that every need is provided by an earlier step."""
    _load_steps()
    provided: set[str] = {"text", "meta"}
    out = []
    for name in names:
        info = STEPS.get(name)
        if info is None:
            raise ClaimtraceError("E104", step=name, known=", ".join(sorted(STEPS)))
        missing = [n for n in info.needs if n not in provided]
        if missing:
            raise ClaimtraceError("E103", step=name, needs=missing[0])
        provided.update(info.provides)
        out.append(info)
    return out


@dataclass(frozen=True, slots=True)
class Options:
    """What to run and how. One options object in, one `Document` out."""

    steps: tuple[str, ...] = DEFAULT_STEPS
    model: str = "en_core_web_sm"
    explain: bool = False
    batch_size: int = 16


@dataclass(slots=True)
class Extractor:
    """Runs the pipeline. Reuse one extractor for many documents (the model loads once)."""

    options: Options = field(default_factory=Options)
    _plan: list[StepInfo] | None = None
    # seconds spent in each step since the extractor was made (for `make bench`)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def plan(self) -> list[StepInfo]:
        if self._plan is None:
            self._plan = check_order(self.options.steps)
        return self._plan

    def extract(self, text: str, meta: Meta | None = None) -> Document:
        """Extract one document from raw text (cleaning included)."""
        return next(self.extract_many([(text, meta or Meta())]))

    def extract_many(self, items: Iterable[tuple[str, Meta]]) -> Iterator[Document]:
        """Extract many documents, in input order, parsing them in batches."""
        from .steps.parse import parse_batch

        plan = self.plan
        split = next((i for i, s in enumerate(plan) if s.name == "parse"), None)
        before = plan if split is None else plan[:split]
        after = [] if split is None else plan[split + 1:]
        batch: list[Document] = []
        for text, meta in items:
            doc = Document(text=text, meta=meta)
            for info in before:
                doc = self._run(info, doc)
            batch.append(doc)
            if len(batch) >= self.options.batch_size:
                yield from self._finish(batch, after, parse_batch, split is not None)
                batch = []
        if batch:
            yield from self._finish(batch, after, parse_batch, split is not None)

    def _run(self, info: StepInfo, doc: Document) -> Document:
        t0 = time.perf_counter()
        doc = info.func(doc)
        doc.steps_done.append(info.name)
        self.timings[info.name] = self.timings.get(info.name, 0.0) + time.perf_counter() - t0
        return doc

    def _finish(self, batch, after, parse_batch, parse: bool) -> Iterator[Document]:
        if parse:
            t0 = time.perf_counter()
            parse_batch(batch, model=self.options.model)
            self.timings["parse"] = self.timings.get("parse", 0.0) + time.perf_counter() - t0
        for doc in batch:
            for info in after:
                doc = self._run(info, doc)
            doc.spacy = None  # free the parse; the document keeps its records
            yield doc


def extract(text: str, *, published: str | None = None, url: str | None = None,
            title: str | None = None, outlet: str | None = None,
            options: Options | None = None) -> Document:
    """Convenience: extract one text with a fresh (cached) extractor."""
    ex = default_extractor(options)
    return ex.extract(text, Meta(url=url, title=title, outlet=outlet, published=published))


_EXTRACTORS: dict[Options, Extractor] = {}


def default_extractor(options: Options | None = None) -> Extractor:
    opts = options or Options()
    if opts not in _EXTRACTORS:
        _EXTRACTORS[opts] = Extractor(opts)
    return _EXTRACTORS[opts]
