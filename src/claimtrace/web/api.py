"""The JSON API (`/api/...`): the data behind every page, plus the opt-in upload."""
from __future__ import annotations

import hmac
import re
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from ..errors import ClaimtraceError
from ..ledger import Ledger
from . import views
from .app import ledger
from .errors import WebError

router = APIRouter(prefix="/api", tags=["api"])
MAX_UPLOAD_CHARS = 2_000_000


def claim_filters(actor: str | None = None, subtype: str | None = None,
                  place: str | None = None, since: str | None = None,
                  until: str | None = None, source: str | None = None,
                  certainty: str | None = None, text: str | None = None) -> dict[str, Any]:
    return {"actor": actor, "subtype": subtype, "place": place, "since": since,
            "until": until, "source": source, "certainty": certainty, "text": text}


@router.get("/overview", summary="Counts, latest claims, top actors, series")
def get_overview(led: Ledger = Depends(ledger)) -> dict[str, Any]:
    return views.jsonable(views.overview(led))


@router.get("/documents", summary="Stored documents (latest versions), oldest first")
def get_documents(limit: int | None = Query(None, ge=1), offset: int = Query(0, ge=0),
                  all_versions: bool = False, led: Ledger = Depends(ledger)) -> list[Any]:
    return views.jsonable(led.documents(all_versions=all_versions, limit=limit,
                                        offset=offset))


@router.get("/documents/{doc_id}", summary="One document as the claimtrace.document/1 JSON")
def get_document(doc_id: str, led: Ledger = Depends(ledger)) -> dict[str, Any]:
    return led.document(doc_id).to_dict()


@router.get("/documents/{doc_id}/view", summary="The document view: text segments, claims")
def get_document_view(doc_id: str, led: Ledger = Depends(ledger)) -> dict[str, Any]:
    v = views.document_view(led, doc_id)
    return views.jsonable({"doc_id": doc_id, "info": v["info"], "segments": v["segments"],
                           "claims": v["claims"]})


@router.get("/claims", summary="Filtered, sorted, paginated claims")
def get_claims(filters: dict = Depends(claim_filters), sort: str = "date", desc: bool = True,
               page: int = Query(1, ge=1), per_page: int = Query(views.PER_PAGE, ge=1,
                                                                 le=views.MAX_PER_PAGE),
               led: Ledger = Depends(ledger)) -> dict[str, Any]:
    _check_sort(sort)
    return views.jsonable(views.claims_table(led, filters, sort=sort, desc=desc, page=page,
                                             per_page=per_page))


@router.get("/claims.csv", summary="All claims matching the filters, as CSV",
            response_class=Response)
def get_claims_csv(filters: dict = Depends(claim_filters), sort: str = "date",
                   desc: bool = True, led: Ledger = Depends(ledger)) -> Response:
    _check_sort(sort)
    rows = views.claims_rows(led, filters, sort=sort, desc=desc)
    return Response(views.claims_csv(rows), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="claims.csv"'})


@router.get("/series", summary="Quantity series with counts and contradictions")
def get_series(led: Ledger = Depends(ledger)) -> list[Any]:
    return views.jsonable(led.series())


@router.get("/series/{key:path}", summary="One series: points, conflicts")
def get_one_series(key: str, led: Ledger = Depends(ledger)) -> dict[str, Any]:
    v = views.series_view(led, key)
    return views.jsonable({k: v[k] for k in ("series", "points", "conflicts")})


@router.get("/conflicts", summary="Contradictions and revisions between figures")
def get_conflicts(kind: str | None = Query(None, pattern="^(contradiction|revision)$"),
                  key: str | None = None, limit: int | None = Query(None, ge=1),
                  offset: int = Query(0, ge=0), led: Ledger = Depends(ledger)) -> list[Any]:
    return views.jsonable(led.conflicts(kind=kind, key=key, limit=limit, offset=offset))


@router.get("/events", summary="Canonical events, most independent sources first")
def get_events(min_sources: int = Query(1, ge=1), subtype: str | None = None,
               limit: int | None = Query(None, ge=1),
               led: Ledger = Depends(ledger)) -> list[Any]:
    return views.jsonable(led.events(min_sources=min_sources, subtype=subtype, limit=limit))


@router.get("/map", summary="Places with coordinates and their claim counts")
def get_map(led: Ledger = Depends(ledger)) -> list[Any]:
    return views.jsonable(views.map_places(led))


@router.get("/actors", summary="Actors by number of claims")
def get_actors(limit: int | None = Query(None, ge=1),
               led: Ledger = Depends(ledger)) -> list[Any]:
    return views.top_actors(led, n=limit)


@router.get("/actors/{actor:path}", summary="Claims by, about and sourced to one actor")
def get_actor(actor: str, led: Ledger = Depends(ledger)) -> dict[str, Any]:
    return views.jsonable(views.actor_view(led, actor))


@router.get("/stats", summary="Ledger counts")
def get_stats(led: Ledger = Depends(ledger)) -> dict[str, Any]:
    return views.jsonable(led.stats())


# --- writing (opt-in) -------------------------------------------------------------------
class Upload(BaseModel):
    """An article to extract and store."""

    text: str = Field(..., description="The article text (plain text)")
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="ISO date YYYY-MM-DD")


def require_token(request: Request) -> None:
    expected = request.app.state.token
    if expected is None:
        raise WebError("E303")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(),
                                                            expected.encode()):
        raise WebError("E304")


@router.post("/documents", status_code=201, dependencies=[Depends(require_token)],
             summary="Extract an article and add it (needs the server's bearer token)")
def post_document(upload: Upload, led: Ledger = Depends(ledger)) -> dict[str, Any]:
    from .. import pipeline

    if len(upload.text) > MAX_UPLOAD_CHARS:
        raise WebError("E305", size=len(upload.text), limit=MAX_UPLOAD_CHARS)
    if not upload.text.strip():
        raise ClaimtraceError("E002", path="(upload)")
    if upload.published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", upload.published):
        raise ClaimtraceError("E011", value=upload.published)
    doc = pipeline.extract(upload.text, published=upload.published, url=upload.url,
                           title=upload.title, outlet=upload.outlet)
    result = led.add(doc)
    return {"status": result.status, "doc_id": result.doc_id, "version": result.version,
            "n_claims": len(doc.claims), "notes": list(doc.notes)}


def _check_sort(sort: str) -> None:
    if sort not in views.SORTS:
        raise WebError("E302", why=f"sort must be one of {', '.join(views.SORTS)}")
