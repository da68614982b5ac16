"""The web app's one error shape: `{"error": {"code": "E202", "message": "..."}}`.

Library errors (`ClaimtraceError`) keep their code; HTTP-level problems get web codes
E301-E306 (in `claimtrace.errors.MESSAGES` with the others).
"""
from __future__ import annotations

from ..errors import ClaimtraceError


# HTTP status of each code (library codes by family, then exceptions)
STATUS = {"E202": 404, "E301": 404, "E302": 422, "E303": 404, "E304": 403, "E305": 413,
          "E306": 405, "E201": 503, "E203": 503, "E204": 500, "E101": 503, "E102": 503}


class WebError(ClaimtraceError):
    """A `ClaimtraceError` raised by the web layer itself (codes E301-E306)."""


def status_of(err: ClaimtraceError) -> int:
    """HTTP status for an error code: input problems are 400, unknown ids 404."""
    if err.code in STATUS:
        return STATUS[err.code]
    if err.code.startswith("E0"):
        return 400
    return 500


def payload(err: ClaimtraceError) -> dict[str, dict[str, str]]:
    return {"error": {"code": err.code, "message": err.message}}
