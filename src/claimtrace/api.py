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
    return extract_items(read_inputs(paths, read), extractor=extractor or Extractor(options))


def extract_items(items: Iterable[RawDocument | ClaimtraceError], *,
                  extractor: Extractor) -> Iterator[Result]:
    """Extract read documents in batches (nlp.pipe), passing reading errors through, in
    order. Files, URLs and archive partitions all go through here."""
    pending: list[RawDocument] = []
    for item in items:
        if isinstance(item, ClaimtraceError):
            yield from extract_batch(extractor, pending)
            pending = []
            yield Result(origin=str(item.fields.get("path") or item.fields.get("url") or "?"),
                         error=item)
            continue
        pending.append(item)
        if len(pending) >= extractor.options.batch_size:
            yield from extract_batch(extractor, pending)
            pending = []
    yield from extract_batch(extractor, pending)


def extract_batch(ex: Extractor, raws: list[RawDocument]) -> Iterator[Result]:
    """Extract a batch through nlp.pipe; on an error, fall back to one at a time (so the
    error is reported for the one input that caused it)."""
    if not raws:
        return
    try:
        docs = list(ex.extract_many([(r.text, r.meta) for r in raws]))
    except ClaimtraceError:
        for raw in raws:
            yield extract_one(ex, raw)
        return
    for raw, doc in zip(raws, docs):
        yield Result(raw.origin, _annotate(doc, raw))


def extract_one(ex: Extractor, raw: RawDocument) -> Result:
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
