"""`claimtrace serve`: the web app over a ledger (registered on the CLI app)."""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from .cli import DEFAULT_DB, DbOpt, app, coded_errors, err_console


@app.command()
@coded_errors
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to bind; loopback by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    token: Annotated[Optional[str], typer.Option("--token", help="Enable POST /api/documents for clients sending this bearer token.")] = None,
    tiles_url: Annotated[Optional[str], typer.Option("--tiles-url", help="A tile server URL template ({z}/{x}/{y}) for the map; none by default (offline outline).")] = None,
) -> None:
    """Serve the web app (read-only unless --token is given)."""
    from .web.app import serve as run

    err_console.print(f"claimtrace web app on http://{host}:{port}/ (ledger {db}); Ctrl-C stops it",
                      highlight=False)
    run(db, host=host, port=port, token=token, tiles_url=tiles_url)
