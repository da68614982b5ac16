"""The `claimtrace` command: a thin client over the library.

Every command parses its arguments, calls one library function and formats the result.
Errors are coded; exit statuses: 0 all went well, 1 some inputs failed (the others were
processed), 2 bad usage, 3 a fatal error (model, resources or ledger). docs/cli.md lists
every command and option.
"""
from __future__ import annotations

import functools
import itertools
import json
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import __version__
from .errors import ClaimtraceError, InputError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn conflict news into a sourced, dated, geocoded ledger of claims.")
err_console = Console(stderr=True)
out_console = Console()

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3
DEFAULT_DB = "claimtrace.db"


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"


def coded_errors(func):
    """Turn a ClaimtraceError into one `error Exxx: ...` line and an exit status."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except ClaimtraceError as err:
            err_console.print(f"[bold red]error {err.code}[/]: {err.message}", highlight=False)
            status = EXIT_USAGE if err.code in ("E011", "E104", "E900") else (
                EXIT_SOME_FAILED if isinstance(err, InputError) else EXIT_FATAL)
            raise typer.Exit(status) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimtrace {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    """claimtrace: every event is a claim, with who says so and how sure they are."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


PathsArg = Annotated[list[str], typer.Argument(help="Files, folders, globs, .jsonl files, http(s) URLs (ingest), or - for stdin.")]
PublishedOpt = Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD (overrides what the reader found).")]
UrlOpt = Annotated[Optional[str], typer.Option("--url", help="URL of the article (overrides).")]
TitleOpt = Annotated[Optional[str], typer.Option("--title", help="Title (overrides).")]
OutletOpt = Annotated[Optional[str], typer.Option("--outlet", help="Outlet name (overrides).")]
MaxMbOpt = Annotated[float, typer.Option("--max-mb", help="Refuse inputs larger than this many MB.")]
EncodingOpt = Annotated[Optional[str], typer.Option("--encoding", help="Decode text inputs with this encoding instead of detecting it.")]
LanguageOpt = Annotated[Optional[str], typer.Option("--language", help="Pass 'en' to extract text that looks non-English.")]
DbOpt = Annotated[str, typer.Option("--db", help="Ledger: a SQLite file path or a postgresql:// URL.")]


def _read_options(published, url, title, outlet, max_mb, encoding, language):
    from .readers import ReadOptions, validate_date

    return ReadOptions(max_mb=max_mb, encoding=encoding, language=language,
                       published=validate_date(published), url=url, title=title, outlet=outlet)


def _report_error(result) -> None:
    err_console.print(f"[bold red]error {result.error.code}[/]: {result.error.message}",
                      highlight=False)


@app.command()
@coded_errors
def extract(
    paths: PathsArg,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json (one object, or a list for several inputs) or jsonl (one per line).")] = Format.json,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Add why each sentence without a claim was skipped.")] = False,
    published: PublishedOpt = None, url: UrlOpt = None, title: TitleOpt = None,
    outlet: OutletOpt = None, max_mb: MaxMbOpt = 20.0, encoding: EncodingOpt = None,
    language: LanguageOpt = None,
) -> None:
    """Extract documents to claimtrace.document/1 JSON (output order = input order)."""
    from .api import extract_inputs
    from .pipeline import Options

    read = _read_options(published, url, title, outlet, max_mb, encoding, language)
    failed = 0
    dicts = []
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for result in extract_inputs(paths, read=read, options=Options(explain=explain)):
            if not result.ok:
                failed += 1
                _report_error(result)
                continue
            d = result.document.to_dict(explain=explain)
            if fmt is Format.jsonl:
                sink.write(json.dumps(d, ensure_ascii=False) + "\n")
                sink.flush()
            else:
                dicts.append(d)
        if fmt is Format.json and dicts:
            body = dicts[0] if len(dicts) == 1 else dicts
            sink.write(json.dumps(body, ensure_ascii=False, indent=1) + "\n")
    finally:
        if output:
            sink.close()
    if failed:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command()
@coded_errors
def ingest(
    paths: PathsArg,
    db: DbOpt = DEFAULT_DB,
    published: PublishedOpt = None, url: UrlOpt = None, title: TitleOpt = None,
    outlet: OutletOpt = None, max_mb: MaxMbOpt = 20.0, encoding: EncodingOpt = None,
    language: LanguageOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Extract inputs and store them in the ledger, one transaction per document."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from .api import extract_inputs
    from .fetch import FetchOptions, extract_urls, is_url
    from .ledger import Ledger
    from .readers import expand

    read = _read_options(published, url, title, outlet, max_mb, encoding, language)
    urls = [p for p in paths if is_url(p)]
    files = list(expand(p for p in paths if not is_url(p)))
    counts = {"added": 0, "unchanged": 0, "new_version": 0, "failed": 0}
    with Ledger.open(db) as ledger, Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[last]}"), console=err_console,
            disable=quiet or not err_console.is_terminal) as progress:
        jsonl = any(f.lower().endswith((".jsonl", ".ndjson")) for f in files)
        task = progress.add_task("ingesting", total=None if jsonl else len(files) + len(urls),
                                 last="")
        results = itertools.chain(extract_inputs(files, read=read),
                                  extract_urls(urls, read=read, fetch=FetchOptions(max_mb=max_mb)))
        for result in results:
            progress.update(task, advance=1, last=Path(result.origin).name[:40])
            if not result.ok:
                counts["failed"] += 1
                _report_error(result)
                continue
            added = ledger.add(result.document)
            counts[added.status] = counts.get(added.status, 0) + 1
        stats = ledger.stats()
    if not quiet:
        out_console.print(
            f"ingested into {db}: {counts['added']} added, {counts['new_version']} new versions, "
            f"{counts['unchanged']} unchanged, {counts['failed']} failed", highlight=False)
        out_console.print(_stats_line(stats), highlight=False)
    if counts["failed"]:
        raise typer.Exit(EXIT_SOME_FAILED)


def _stats_line(stats) -> str:
    return (f"ledger holds {stats.documents} documents, {stats.claims} claims, "
            f"{stats.series} series, {stats.contradictions} contradictions")


@app.command()
@coded_errors
def show(doc_id: Annotated[str, typer.Argument(help="Document id (16 hex chars) from the ledger.")],
         db: DbOpt = DEFAULT_DB) -> None:
    """Print one stored document as claimtrace.document/1 JSON."""
    from .ledger import Ledger

    with Ledger.open(db) as ledger:
        doc = ledger.document(doc_id)
    typer.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=1))


@app.command()
@coded_errors
def summary(db: DbOpt = DEFAULT_DB) -> None:
    """Summarise the ledger: counts, series and contradictions."""
    from .report import print_summary

    print_summary(db, console=out_console)


def main() -> None:
    """Console-script entry point."""
    app()


# the ledger and web commands register themselves on `app` (kept in their own modules)
from . import cli_distributed, cli_fetch, cli_ledger, cli_web  # noqa: E402,F401

if __name__ == "__main__":
    main()
