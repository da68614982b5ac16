"""The HTML pages (server-rendered Jinja2; every article string is autoescaped)."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ..ledger import Ledger
from . import charts, views
from .api import _check_sort, claim_filters
from .app import ledger

router = APIRouter(include_in_schema=False)
DOCS_PER_PAGE = 200


def render(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    context.setdefault("nav", name.split(".")[0])
    return request.app.state.templates.TemplateResponse(request, name, context)


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, led: Ledger = Depends(ledger)) -> HTMLResponse:
    v = views.overview(led)
    v["contradictions"] = [s for s in v["series"] if s.n_contradictions]
    return render(request, "overview.html", v)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, page: int = Query(1, ge=1),
                   per_page: int = Query(DOCS_PER_PAGE, ge=1, le=views.MAX_PER_PAGE),
                   led: Ledger = Depends(ledger)) -> HTMLResponse:
    """The newest documents, one page at a time (`?page=2`)."""
    total = led.count_documents()
    pages = max(1, -(-total // per_page))
    page = min(page, pages)
    docs = led.documents(limit=per_page, offset=(page - 1) * per_page, newest_first=True)
    return render(request, "documents.html", {"documents": docs, "total": total,
                                              "page": page, "pages": pages})


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str,
                  led: Ledger = Depends(ledger)) -> HTMLResponse:
    v = views.document_view(led, doc_id)
    v["nav"] = "documents"
    return render(request, "document.html", v)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, filters: dict = Depends(claim_filters),
                sort: str = "date", desc: bool = True, page: int = Query(1, ge=1),
                per_page: int = Query(views.PER_PAGE, ge=1, le=views.MAX_PER_PAGE),
                led: Ledger = Depends(ledger)) -> HTMLResponse:
    _check_sort(sort)
    v = views.claims_table(led, filters, sort=sort, desc=desc, page=page, per_page=per_page)
    stats = led.stats()
    base = {k: val for k, val in v["filters"].items()}

    def link(**change: Any) -> str:
        q = {**base, "sort": v["sort"], "desc": str(v["desc"]).lower(), "page": v["page"],
             **change}
        if v["per_page"] != views.PER_PAGE:
            q["per_page"] = v["per_page"]
        return "?" + urlencode({k: val for k, val in q.items() if val not in (None, "")})

    def sort_link(col: str) -> str:
        same = v["sort"] == col
        return link(sort=col, desc=str(not v["desc"] if same else True).lower(), page=1)

    csv_q = urlencode({**base, "sort": v["sort"], "desc": str(v["desc"]).lower()})
    v.update(link=link, sort_link=sort_link, csv_url=f"/api/claims.csv?{csv_q}",
             subtypes=sorted(stats.by_subtype), certainties=sorted(stats.by_certainty),
             sorts=list(views.SORTS), form=filters)
    return render(request, "claims.html", v)


@router.get("/series", response_class=HTMLResponse)
def series_list_page(request: Request, led: Ledger = Depends(ledger)) -> HTMLResponse:
    return render(request, "series_list.html", {"series": led.series(),
                                                "nav": "series"})


@router.get("/series/{key:path}", response_class=HTMLResponse)
def series_page(request: Request, key: str, led: Ledger = Depends(ledger)) -> HTMLResponse:
    v = views.series_view(led, key)
    v["colours"] = charts.legend_colours(v["points"])
    v["nav"] = "series"
    return render(request, "series.html", v)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, led: Ledger = Depends(ledger)) -> HTMLResponse:
    return render(request, "map.html", views.map_view(led,
                                                      tiles_url=request.app.state.tiles_url))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, led: Ledger = Depends(ledger)) -> HTMLResponse:
    return render(request, "actors.html", {"actors": views.top_actors(led, n=None)})


@router.get("/actors/{actor:path}", response_class=HTMLResponse)
def actor_page(request: Request, actor: str, led: Ledger = Depends(ledger)) -> HTMLResponse:
    v = views.actor_view(led, actor)
    v["nav"] = "actors"
    return render(request, "actor.html", v)
