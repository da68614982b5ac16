"""The FastAPI app: HTML pages and a JSON API over one ledger, fully offline.

    >>> from claimtrace.web.app import create_app, serve
    >>> app = create_app("claimtrace.db")            # read-only
    >>> serve("claimtrace.db", port=8000)            # uvicorn on 127.0.0.1

Every asset is served by the app (no CDN; the Content-Security-Policy forbids other
hosts, except the tile server when `tiles_url` is set). Writing is opt-in: with a
token, `POST /api/documents` extracts and stores an uploaded article.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ClaimtraceError
from ..ledger import Ledger
from .errors import WebError, payload, status_of

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


def create_app(db: str, *, token: str | None = None, tiles_url: str | None = None) -> FastAPI:
    """The app over the ledger at `db` (a path or a postgresql:// URL).

    Read-only unless `token` is given. `tiles_url` (e.g. `http://127.0.0.1:8080/{z}/{x}/{y}.png`)
    puts web-map tiles under the map; without it the map uses the bundled outline."""
    db = str(db)
    if "://" not in db and not Path(db).exists() and token is None:
        raise ClaimtraceError("E201", db=db, why="no such file (build it with "
                                                 "`claimtrace ingest`)")
    app = FastAPI(title="claimtrace", summary="A sourced, dated, geocoded ledger of claims",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.db = db
    app.state.token = token
    app.state.tiles_url = tiles_url
    app.state.templates = _templates()
    app.state.csp = _csp(tiles_url)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    from . import api, pages  # the routers import this module's helpers

    app.include_router(api.router)
    app.include_router(pages.router)
    _install_errors(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = request.app.state.csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    return app


def ledger(request: Request) -> Iterator[Ledger]:
    """FastAPI dependency: the ledger, opened for this request (SQLite connections are
    not shared between the server's threads)."""
    led = Ledger.open(request.app.state.db)
    try:
        yield led
    finally:
        led.close()


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/openapi.json", "/static/"))


def _templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=str(TEMPLATES))  # autoescape is on for .html
    t.env.filters["num"] = _num
    t.env.trim_blocks = True
    t.env.lstrip_blocks = True
    return t


def _num(v: float | int | None) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v != v:  # NaN
        return ""
    if isinstance(v, float) and v in (float("inf"), float("-inf")):
        return "∞"
    return f"{v:,.0f}" if float(v).is_integer() or abs(v) >= 100 else f"{v:,.2f}"


def _csp(tiles_url: str | None) -> str:
    img = "'self' data:"
    if tiles_url:
        parts = urlsplit(tiles_url.replace("{z}", "0").replace("{x}", "0")
                         .replace("{y}", "0"))
        img += f" {parts.scheme}://{parts.netloc}"
    return (f"default-src 'self'; img-src {img}; style-src 'self'; script-src 'self'; "
            "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


def _install_errors(app: FastAPI) -> None:
    def respond(request: Request, err: ClaimtraceError) -> HTMLResponse | JSONResponse:
        status = status_of(err)
        if status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, err)
        if wants_html(request):
            return request.app.state.templates.TemplateResponse(
                request, "error.html", {"code": err.code, "message": err.message,
                                        "status": status}, status_code=status)
        return JSONResponse(payload(err), status_code=status)

    @app.exception_handler(ClaimtraceError)
    async def on_error(request: Request, err: ClaimtraceError):
        return respond(request, err)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 405:
            err: ClaimtraceError = WebError("E306", method=request.method,
                                            path=request.url.path)
        elif exc.status_code == 404:
            err = WebError("E301", path=request.url.path)
        else:
            err = WebError("E302", why=str(exc.detail))
        return respond(request, err)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError):
        why = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}"
                        for e in exc.errors())
        return respond(request, WebError("E302", why=why or "invalid parameters"))


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          tiles_url: str | None = None) -> None:
    """Run the app with uvicorn (bound to loopback unless `host` says otherwise)."""
    import uvicorn

    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving %s on %s: reachable from other machines%s", db, host,
                    "" if token is None else " (and writable with the token)")
    uvicorn.run(create_app(db, token=token, tiles_url=tiles_url), host=host, port=port,
                log_level="info", proxy_headers=False, server_header=False)
