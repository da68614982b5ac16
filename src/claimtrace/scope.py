"""The scope boundary: claimtrace analyses public reporting, nothing else.

Features that would help target, plan or improve attacks (targeting, weapon effects,
ranges, strike planning) are out of scope; `decline` is the one place that says so.
"""
from __future__ import annotations

from .errors import ClaimtraceError

OUT_OF_SCOPE = ("targeting", "weapon-effect", "range", "strike-planning")


def decline(what: str) -> None:
    """Raise E900 for a request outside claimtrace's scope (see docs/scope.md)."""
    raise ClaimtraceError("E900", what=what)
