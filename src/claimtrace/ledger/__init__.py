"""The ledger: stored documents, corroborated events, quantity series, contradictions.

    >>> from claimtrace.ledger import Ledger, export
    >>> ledger = Ledger.open("claimtrace.db")
"""
from .analysis import AnalysisOptions
from .export import FORMATS, export
from .records import (AddResult, ClaimRecord, Conflict, DocumentInfo, Event, SeriesInfo,
                      SeriesPoint, Stats)
from .store import DEFAULT_PATH, Ledger

__all__ = ["AddResult", "AnalysisOptions", "ClaimRecord", "Conflict", "DEFAULT_PATH",
           "DocumentInfo", "Event", "FORMATS", "Ledger", "SeriesInfo", "SeriesPoint",
           "Stats", "export"]
