"""Extract archives of millions of articles on a Dask cluster, then load them into the ledger.

The inputs are cut into numbered partitions on the client (plain files grouped in input
order; JSON Lines files of any size cut into runs of lines by a streaming scan, never
loaded whole). Each partition is one Dask task: a worker process reads it with
`claimtrace.readers`, extracts it with its own cached extractor (the spaCy model loads
once per worker) and writes `out_dir/part-00007.jsonl` (contract dicts, input order) and
`out_dir/part-00007.errors.jsonl` (one coded error per failed item). Shard k always holds
partition k, so the same inputs give the same shards whatever the scheduling.
`ingest_shards` then loads the shards into the ledger with a single writer.

    >>> from claimtrace.distributed import extract_archive, ingest_shards
    >>> report = extract_archive(["archive.jsonl"], out_dir="shards", workers=2)
    >>> ingest_shards("shards", "claimtrace.db")
"""
from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import ClaimtraceError, InputError
from .pipeline import Options
from .readers import JSONL_SUFFIXES, RawDocument, ReadOptions, expand

log = logging.getLogger(__name__)

DEFAULT_PARTITION_SIZE = 250  # documents (JSON Lines lines or files) per partition
DEFAULT_WORKERS = 2
SHARD_GLOB = "part-*.jsonl"
MANIFEST = "manifest.json"
_SCAN_CHUNK = 1 << 20  # bytes read at a time when counting lines


@dataclass(frozen=True, slots=True)
class Item:
    """One unit of reading: a whole file, or lines [first_line, ...) of a JSONL file.

    For a JSONL run, `start`/`end` are byte offsets (end exclusive) that fall on line
    boundaries and `first_line` is the 1-based number of the line at `start`."""

    path: str
    start: int | None = None
    end: int | None = None
    first_line: int = 1

    @property
    def is_range(self) -> bool:
        return self.start is not None


@dataclass(frozen=True, slots=True)
class Partition:
    """Partition `index`: the items one task reads, in input order."""

    index: int
    items: tuple[Item, ...]

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


@dataclass(frozen=True, slots=True)
class PartitionReport:
    """What one task wrote."""

    index: int
    shard: str
    errors_shard: str
    documents: int
    errors: int
    seconds: float
    worker: str = ""


@dataclass(slots=True)
class ArchiveReport:
    """The outcome of `extract_archive`: one report per partition, in partition order."""

    out_dir: str
    scheduler: str
    workers: int
    partitions: list[PartitionReport] = field(default_factory=list)
    seconds: float = 0.0  # wall time from starting (or reaching) the cluster to the last shard

    @property
    def documents(self) -> int:
        return sum(p.documents for p in self.partitions)

    @property
    def errors(self) -> int:
        return sum(p.errors for p in self.partitions)

    @property
    def per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


@dataclass(frozen=True, slots=True)
class IngestReport:
    """The outcome of `ingest_shards`: AddResult statuses counted, and shards read."""

    shards: int
    counts: dict[str, int]


# --- planning (on the client) --------------------------------------------------------
def plan_partitions(inputs: list[str], *, partition_size: int = DEFAULT_PARTITION_SIZE
                    ) -> list[Partition]:
    """Cut the inputs into numbered partitions of about `partition_size` documents.

    Plain files are grouped in input order; each JSON Lines file is cut into runs of
    `partition_size` lines (blank lines included) by a streaming scan. A partition never
    mixes a JSONL run with other items, so shard boundaries follow the input."""
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    parts: list[tuple[Item, ...]] = []
    files: list[Item] = []
    for path in expand(inputs):
        if path == "-":
            raise InputError("E012", path="<stdin>",
                             why="standard input cannot be shared among workers; save it "
                                 "to a .jsonl file and pass that")
        if Path(path).suffix.lower() in JSONL_SUFFIXES and Path(path).is_file():
            if files:
                parts.append(tuple(files))
                files = []
            parts.extend((item,) for item in line_ranges(path, partition_size))
            continue
        files.append(Item(path))
        if len(files) >= partition_size:
            parts.append(tuple(files))
            files = []
    if files:
        parts.append(tuple(files))
    return [Partition(i, items) for i, items in enumerate(parts)]


def line_ranges(path: str, lines: int) -> Iterator[Item]:
    """Byte ranges of `lines` lines each over a JSONL file, read in 1 MB chunks."""
    start, offset, line, first = 0, 0, 1, 1
    with open(path, "rb") as fh:
        while chunk := fh.read(_SCAN_CHUNK):
            pos = 0
            while (nl := chunk.find(b"\n", pos)) != -1:
                pos = nl + 1
                line += 1
                if line - first >= lines:
                    yield Item(path, start, offset + pos, first)
                    start, first = offset + pos, line
            offset += len(chunk)
    if offset > start:
        yield Item(path, start, offset, first)


# --- one partition (on a worker) -----------------------------------------------------
def read_item(item: Item, read: ReadOptions) -> Iterator[RawDocument | InputError]:
    """The documents of one item, or the coded error for each one that failed."""
    from . import readers

    if not item.is_range:
        try:
            yield from readers.read_path(item.path, read)
        except InputError as err:
            yield err
        return
    with open(item.path, "rb") as fh:
        fh.seek(item.start)
        data = fh.read(item.end - item.start)
    try:
        for x in readers.read_jsonl(data, item.path, read):
            x = _renumber(x, item)
            if isinstance(x, InputError):
                yield x
                continue
            try:
                yield readers.finish(x, read)  # overrides and language check, per line
            except InputError as err:
                yield err
    except InputError as err:  # the run as a whole could not be decoded
        yield err


def _renumber(x: RawDocument | InputError, item: Item) -> RawDocument | InputError:
    """Line numbers relative to the run -> line numbers in the file."""
    shift = item.first_line - 1
    if not shift:
        return x
    pattern = re.compile(re.escape(item.path) + r":(\d+)$")

    def fix(origin: str) -> str:
        m = pattern.match(origin)
        return f"{item.path}:{int(m.group(1)) + shift}" if m else origin

    if isinstance(x, InputError):
        fields = dict(x.fields)
        if isinstance(fields.get("line"), int):
            fields["line"] += shift
        if isinstance(fields.get("path"), str):
            fields["path"] = fix(fields["path"])
        return type(x)(x.code, **fields)
    x.origin = fix(x.origin)
    if x.meta.path:
        x.meta = replace(x.meta, path=fix(x.meta.path))
    return x


def _partition_items(partition: Partition, read: ReadOptions
                     ) -> Iterator[RawDocument | InputError]:
    for item in partition.items:
        yield from read_item(item, read)


def run_partition(partition: Partition, out_dir: str, read: ReadOptions,
                  options: Options) -> PartitionReport:
    """Read, extract and write one partition's two shards (atomically, by rename)."""
    from .api import extract_items
    from .pipeline import default_extractor

    t0 = time.perf_counter()
    ex = default_extractor(options)  # cached per worker process: the model loads once
    out = Path(out_dir)
    shard, errors = out / f"{partition.name}.jsonl", out / f"{partition.name}.errors.jsonl"
    n_docs = n_errors = 0
    with open(f"{shard}.tmp", "w", encoding="utf-8") as docs_fh, \
            open(f"{errors}.tmp", "w", encoding="utf-8") as err_fh:

        def write(results) -> None:
            nonlocal n_docs, n_errors
            for r in results:
                if r.ok:
                    docs_fh.write(json.dumps(r.document.to_dict(), ensure_ascii=False) + "\n")
                    n_docs += 1
                else:
                    err_fh.write(error_line(r.origin, r.error) + "\n")
                    n_errors += 1

        write(extract_items(_partition_items(partition, read), extractor=ex))
    os.replace(f"{shard}.tmp", shard)
    os.replace(f"{errors}.tmp", errors)
    return PartitionReport(partition.index, shard.name, errors.name, n_docs, n_errors,
                           time.perf_counter() - t0, _worker_name())


def error_line(origin: str, err: ClaimtraceError) -> str:
    """One line of an errors shard: where, the code, the message and its fields."""
    return json.dumps({"origin": origin, "code": err.code, "message": err.message,
                       "fields": err.fields}, ensure_ascii=False, default=str)


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except ValueError:  # not running inside a Dask worker
        return "local"


# --- the cluster ---------------------------------------------------------------------
@contextmanager
def dask_client(scheduler: str | None = None, *, workers: int = DEFAULT_WORKERS):
    """A Dask client: to `scheduler` (tcp://host:port) or to a private local cluster.

    The local cluster runs `workers` single-threaded worker processes bound to
    127.0.0.1, with no dashboard: nothing listens beyond loopback."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=None,
                      worker_dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def extract_archive(inputs: list[str], *, out_dir: str | Path, scheduler: str | None = None,
                    workers: int = DEFAULT_WORKERS,
                    partition_size: int = DEFAULT_PARTITION_SIZE,
                    read: ReadOptions = ReadOptions(), options: Options = Options(),
                    on_partition: Callable[[PartitionReport, int], None] | None = None,
                    ) -> ArchiveReport:
    """Extract every input on a Dask cluster into numbered JSON Lines shards in `out_dir`.

    Old shards in `out_dir` are removed first; `manifest.json` lists the new ones.
    `on_partition(report, total)` is called as each partition finishes (for progress).
    With `scheduler`, the inputs and `out_dir` must be at the same paths on every worker
    (a shared file system)."""
    from distributed import as_completed

    partitions = plan_partitions(list(inputs), partition_size=partition_size)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob(SHARD_GLOB), *out.glob("part-*.tmp"), out / MANIFEST]:
        old.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with dask_client(scheduler, workers=workers) as client:
        n_workers = len(client.scheduler_info().get("workers", {}))
        report = ArchiveReport(str(out), scheduler or "local", n_workers)
        futures = [client.submit(run_partition, p, str(out.resolve()), read, options,
                                 key=f"claimtrace-{p.name}-{os.getpid()}-{time.time_ns()}")
                   for p in partitions]
        done: list[PartitionReport] = []
        for future in as_completed(futures):
            part = future.result()
            done.append(part)
            if on_partition:
                on_partition(part, len(partitions))
    report.partitions = sorted(done, key=lambda p: p.index)
    report.seconds = time.perf_counter() - t0
    _write_manifest(out, report)
    return report


def _write_manifest(out: Path, report: ArchiveReport) -> None:
    body = {"shards": [p.shard for p in report.partitions],
            "errors": [p.errors_shard for p in report.partitions],
            "documents": report.documents, "failed": report.errors}
    (out / MANIFEST).write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")


# --- loading (single writer) ---------------------------------------------------------
def shard_paths(out_dir: str | Path) -> list[Path]:
    """The document shards of `out_dir` in partition order (from the manifest if any)."""
    out = Path(out_dir)
    manifest = out / MANIFEST
    if manifest.is_file():
        return [out / name for name in json.loads(manifest.read_text("utf-8"))["shards"]]
    return sorted(p for p in out.glob(SHARD_GLOB) if not p.name.endswith(".errors.jsonl"))


def read_shards(out_dir: str | Path) -> Iterator[dict]:
    """Every contract dict in the shards, in partition and input order."""
    for shard in shard_paths(out_dir):
        with shard.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def ingest_shards(out_dir: str | Path, db: str,
                  on_document: Callable[[str], None] | None = None) -> IngestReport:
    """Load the shards into the ledger `db`, one transaction per document."""
    from .ledger import Ledger
    from .model import Document

    counts: dict[str, int] = {}
    with Ledger.open(db) as ledger:
        for d in read_shards(out_dir):
            added = ledger.add(Document.from_dict(d))
            counts[added.status] = counts.get(added.status, 0) + 1
            if on_document:
                on_document(added.status)
        ledger.refresh()
    return IngestReport(len(shard_paths(out_dir)), counts)
