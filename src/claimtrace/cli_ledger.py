"""CLI commands that read the ledger: docs, claims, series, conflicts, export, demo.

Registered on `claimtrace.cli.app` when the CLI starts; each calls one library function.
"""
from __future__ import annotations

import csv
import dataclasses
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli import DEFAULT_DB, DbOpt, app, coded_errors, err_console, out_console


class Table(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _emit(rows, fmt: Table, render) -> None:
    """Print records as a rich table, JSON or CSV."""
    if fmt is Table.table:
        out_console.print(render(rows))
        return
    dicts = [dataclasses.asdict(r) for r in rows]
    if fmt is Table.json:
        typer.echo(json.dumps(dicts, ensure_ascii=False, indent=1, default=str))
        return
    if dicts:
        w = csv.DictWriter(sys.stdout, fieldnames=list(dicts[0]))
        w.writeheader()
        w.writerows(dicts)


@app.command()
@coded_errors
def docs(db: DbOpt = DEFAULT_DB,
         limit: Annotated[int, typer.Option("--limit", help="How many documents.")] = 50) -> None:
    """List the documents in the ledger (latest versions)."""
    from rich.table import Table as RichTable

    from .ledger import Ledger

    with Ledger.open(db) as ledger:
        rows = ledger.documents(limit=limit)
    t = RichTable(title=f"{len(rows)} documents", title_justify="left")
    for col in ("id", "published", "outlet", "title", "claims"):
        t.add_column(col, overflow="fold")
    for d in rows:
        t.add_row(d.id, d.published or "", d.outlet or "", d.title or d.path or "", str(d.n_claims))
    out_console.print(t)


@app.command()
@coded_errors
def claims(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Actor code (PRK) or name, in any role.")] = None,
    subtype: Annotated[Optional[str], typer.Option("--subtype", help="Claim subtype, e.g. troop_deployment.")] = None,
    place: Annotated[Optional[str], typer.Option("--place", help="Place name, country code or region.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Claims whose time ends on or after this date.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Claims whose time starts on or before this date.")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="Source name (or outlet for unattributed claims).")] = None,
    certainty: Annotated[Optional[str], typer.Option("--certainty", help="asserted, reported, estimated, believed, alleged, possible or denied.")] = None,
    text: Annotated[Optional[str], typer.Option("--text", help="Words in the evidence sentence (full-text search).")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many claims.")] = 50,
    fmt: Annotated[Table, typer.Option("--format", "-f", help="table, json or csv.")] = Table.table,
) -> None:
    """Query claims with filters."""
    from .ledger import Ledger
    from .readers import validate_date
    from .report import claims_table

    with Ledger.open(db) as ledger:
        rows = ledger.claims(actor=actor, subtype=subtype, place=place,
                             since=validate_date(since), until=validate_date(until),
                             source=source, certainty=certainty, text=text, limit=limit)
    _emit(rows, fmt, claims_table)


@app.command()
@coded_errors
def series(
    key: Annotated[Optional[str], typer.Argument(help="A series key to show; omit to list the series.")] = None,
    db: DbOpt = DEFAULT_DB,
    chart: Annotated[Optional[Path], typer.Option("--chart", help="Write the series as a chart (.svg or .png).")] = None,
    fmt: Annotated[Table, typer.Option("--format", "-f", help="table, json or csv.")] = Table.table,
) -> None:
    """List quantity series, or show one series point by point."""
    from rich.table import Table as RichTable

    from .ledger import Ledger
    from .report import series_table

    with Ledger.open(db) as ledger:
        if key is None:
            rows = ledger.series()
            if fmt is not Table.table:
                _emit(rows, fmt, None)
                return
            t = RichTable(title=f"{len(rows)} series", title_justify="left")
            for col in ("key", "what", "points", "sources", "from", "to", "contradictions"):
                t.add_column(col, overflow="fold")
            for s in rows:
                t.add_row(s.key, s.label, str(s.n_points), str(s.n_sources), s.first_date or "",
                          s.last_date or "", str(s.n_contradictions))
            out_console.print(t)
            return
        info = next((s for s in ledger.series() if s.key == key), None)
        if info is None:
            err_console.print(f"no series {key!r}; list them with `claimtrace series`")
            raise typer.Exit(2)
        points = ledger.series_points(key)
    if chart is not None:
        from .charts import write_series_chart

        write_series_chart(info, points, chart)
        err_console.print(f"chart written to {chart}")
    _emit(points, fmt, lambda rows: series_table(info, rows))


@app.command()
@coded_errors
def conflicts(
    db: DbOpt = DEFAULT_DB,
    revisions: Annotated[bool, typer.Option("--revisions", help="Also list revisions (a later figure from the same source).")] = False,
    fmt: Annotated[Table, typer.Option("--format", "-f", help="table, json or csv.")] = Table.table,
) -> None:
    """Show incompatible estimates from different sources side by side."""
    from .ledger import Ledger
    from .report import conflicts_table

    with Ledger.open(db) as ledger:
        rows = ledger.conflicts(kind=None if revisions else "contradiction")
    _emit(rows, fmt, conflicts_table)


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    acled = "acled"
    ucdp = "ucdp"


@app.command()
@coded_errors
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl (documents), csv (claims), geojson (placed claims), acled or ucdp (event-table columns).")],
    db: DbOpt = DEFAULT_DB,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Export the ledger for other tools."""
    from .ledger import Ledger
    from .ledger import export as do_export

    with Ledger.open(db) as ledger:
        n = do_export(ledger, fmt.value, output if output else sys.stdout)
    err_console.print(f"exported {n} rows as {fmt.value}" + (f" to {output}" if output else ""))


@app.command()
@coded_errors
def demo(
    db: DbOpt = "demo.db",
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve the web app on the demo ledger afterwards.")] = False,
    port: Annotated[int, typer.Option("--port", help="Port for --serve.")] = 8000,
) -> None:
    """Ingest the bundled demo articles into a fresh ledger and print its summary."""
    from .cli import ingest, summary
    from .demo import demo_paths

    path = Path(db)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    ingest([str(p) for p in demo_paths()], db=db, quiet=False)
    summary(db=db)
    if serve:
        from .cli_web import serve as serve_cmd

        serve_cmd(db=db, port=port)
