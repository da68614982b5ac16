"""Library entry points over files: what `claimtrace extract` and `ingest` call.

Each input becomes a `Result`: the extracted `Document`, or the coded error that
stopped it. One bad input never stops the others.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import ClaimtraceError
from .model import Document, Repair
from .pipeline import Extractor, Options
from .readers import RawDocument, ReadOptions, read_inputs

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Result:
    """One input's outcome: a document, or the error that stopped it."""

    origin: str
    document: Document | None = None
    error: ClaimtraceError | None = None

    @property
    def ok(self) -> bool:
        return self.document is not None


def extract_inputs(paths: Iterable[str], *, read: ReadOptions = ReadOptions(),
                   options: Options = Options(),
                   extractor: Extractor | None = None) -> Iterator[Result]:
    """Read and extract every input under `paths`, in input order."""
    ex = extractor or Extractor(options)
    pending: list[RawDocument] = []

    def flush() -> Iterator[Result]:
        for raw in pending:
            yield _extract_one(ex, raw)
        pending.clear()

    for item in read_inputs(paths, read):
        if isinstance(item, ClaimtraceError):
            yield from flush()
            yield Result(origin=str(item.fields.get("path", "?")), error=item)
        else:
            pending.append(item)
            if len(pending) >= ex.options.batch_size:
                yield from _extract_batch(ex, pending)
                pending.clear()
    yield from _extract_batch(ex, pending)


def _extract_batch(ex: Extractor, raws: list[RawDocument]) -> Iterator[Result]:
    """Extract a batch through nlp.pipe; on an error, fall back to one at a time."""
    if not raws:
        return
    try:
        docs = list(ex.extract_many([(r.text, r.meta) for r in raws]))
    except ClaimtraceError:
        for raw in raws:
            yield _extract_one(ex, raw)
        return
    for raw, doc in zip(raws, docs):
        yield Result(raw.origin, _annotate(doc, raw))


def _extract_one(ex: Extractor, raw: RawDocument) -> Result:
    try:
        doc = ex.extract(raw.text, raw.meta)
    except ClaimtraceError as err:
        if "path" in err.fields and err.fields["path"] in (None, "<text>"):
            err = type(err)(err.code, **{**err.fields, "path": raw.origin})
        return Result(raw.origin, error=err)
    return Result(raw.origin, _annotate(doc, raw))


def _annotate(doc: Document, raw: RawDocument) -> Document:
    """Carry the reader's notes into the document (decoding becomes a repair)."""
    for note in raw.notes:
        if note.startswith("decoded as"):
            doc.repairs.insert(0, Repair("fix_encoding", 0, 0, "", note))
        doc.notes.append(note)
    return doc
