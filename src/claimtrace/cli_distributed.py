"""The `claimtrace archive` command: extract an archive on a Dask cluster (docs/distributed.md).

Registered on `claimtrace.cli.app` when the CLI starts; it calls
`claimtrace.distributed.extract_archive` (and `ingest_shards` with --db).
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli import (EXIT_SOME_FAILED, EncodingOpt, LanguageOpt, MaxMbOpt, app, coded_errors,
                  err_console, out_console)
from .distributed import DEFAULT_PARTITION_SIZE, DEFAULT_WORKERS

ArchivePathsArg = Annotated[list[str], typer.Argument(help="Files, folders, globs or .jsonl files (of any size) on storage every worker sees.")]


@app.command()
@coded_errors
def archive(
    paths: ArchivePathsArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the shards (part-00000.jsonl, part-00000.errors.jsonl, manifest.json); old shards in it are replaced.")],
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes of the local cluster (each loads the spaCy model once).")] = DEFAULT_WORKERS,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Address of a running Dask scheduler (tcp://host:8786) instead of a local cluster.")] = None,
    partition_size: Annotated[int, typer.Option("--partition-size", min=1, help="Documents (JSON Lines lines or files) per partition and shard.")] = DEFAULT_PARTITION_SIZE,
    db: Annotated[Optional[str], typer.Option("--db", help="Also load the shards into this ledger (SQLite path or postgresql:// URL).")] = None,
    max_mb: MaxMbOpt = 20.0, encoding: EncodingOpt = None, language: LanguageOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Extract an archive in parallel on Dask into JSON Lines shards (and a ledger with --db)."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeRemainingColumn)

    from .distributed import extract_archive, ingest_shards
    from .readers import ReadOptions

    read = ReadOptions(max_mb=max_mb, encoding=encoding, language=language)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), TextColumn("{task.fields[docs]} docs"),
                  console=err_console, disable=quiet or not err_console.is_terminal) as progress:
        task = progress.add_task("partitions", total=None, docs=0)

        def advance(part, total) -> None:
            docs = progress.tasks[0].fields["docs"] + part.documents
            progress.update(task, total=total, advance=1, docs=docs)

        report = extract_archive(paths, out_dir=out, scheduler=scheduler, workers=workers,
                                 partition_size=partition_size, read=read,
                                 on_partition=advance)
    if not quiet:
        out_console.print(
            f"{report.documents} documents and {report.errors} errors in "
            f"{len(report.partitions)} shards under {out} ({report.workers} workers, "
            f"{report.seconds:.1f} s, {report.per_second:.2f} documents/s)", highlight=False)
    if report.errors:
        err_console.print(f"{report.errors} inputs failed: see {out}/part-*.errors.jsonl",
                          highlight=False)
    if db:
        with Progress(TextColumn("ingesting into the ledger"), MofNCompleteColumn(),
                      console=err_console,
                      disable=quiet or not err_console.is_terminal) as progress:
            task = progress.add_task("ingest", total=report.documents)
            loaded = ingest_shards(out, db, on_document=lambda status: progress.advance(task))
        if not quiet:
            c = loaded.counts
            out_console.print(
                f"ingested into {db}: {c.get('added', 0)} added, {c.get('new_version', 0)} "
                f"new versions, {c.get('unchanged', 0)} unchanged", highlight=False)
    if report.errors:
        raise typer.Exit(EXIT_SOME_FAILED)
