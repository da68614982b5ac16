"""`claimtrace watch`: poll RSS/Atom feeds and ingest each new item once (registered on the CLI app)."""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from .cli import (DEFAULT_DB, EXIT_SOME_FAILED, DbOpt, EncodingOpt, LanguageOpt, MaxMbOpt, app,
                  coded_errors, err_console, out_console)

TimeoutOpt = Annotated[float, typer.Option("--timeout", help="Seconds to wait for a server to answer (and for each read).")]


@app.command()
@coded_errors
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed addresses (http:// or https://).")],
    db: DbOpt = DEFAULT_DB,
    interval: Annotated[float, typer.Option("--interval", min=1.0, help="Seconds between polls.")] = 900.0,
    rounds: Annotated[Optional[int], typer.Option("--rounds", min=1, help="Stop after this many polls (default: run until interrupted).")] = None,
    timeout: TimeoutOpt = 20.0, max_mb: MaxMbOpt = 20.0, encoding: EncodingOpt = None,
    language: LanguageOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors, no line per round.")] = False,
) -> None:
    """Poll feeds every --interval seconds; ingest each new item's article once."""
    from .feeds import watch as run
    from .fetch import FetchOptions, check_url
    from .readers import ReadOptions

    for feed in feeds:
        check_url(feed)
    fetch = FetchOptions(timeout=timeout, max_mb=max_mb)
    read = ReadOptions(max_mb=max_mb, encoding=encoding, language=language)
    failures = 0
    try:
        for poll in run(feeds, db=db, interval=interval, max_rounds=rounds, fetch=fetch,
                        read=read):
            for err in poll.feed_errors:
                err_console.print(f"[bold red]error {err.code}[/]: {err.message}", highlight=False)
            for f in poll.failed:
                again = "retried later" if f.will_retry else "given up"
                err_console.print(f"[bold red]error {f.error.code}[/]: {f.error.message} "
                                  f"(attempt {f.attempts}, {again})", highlight=False)
            failures += len(poll.feed_errors) + len(poll.failed)
            if not quiet:
                new = sum(1 for a in poll.added if a.status != "unchanged")
                out_console.print(f"round {poll.round}: {new} new, "
                                  f"{len(poll.added) - new} unchanged, {len(poll.failed)} failed, "
                                  f"{poll.seen} already seen, {len(poll.feed_errors)} feeds "
                                  f"unreadable", highlight=False)
    except KeyboardInterrupt:
        err_console.print("stopped")
    if failures:
        raise typer.Exit(EXIT_SOME_FAILED)
