"""claimtrace: a sourced, dated, geocoded ledger of claims from conflict news.

    >>> import claimtrace
    >>> doc = claimtrace.extract("Russia said on Friday ...", published="2025-03-28")
    >>> doc.to_dict()["claims"]
"""
from .errors import ClaimtraceError
from .model import Document, Meta
from .pipeline import Extractor, Options, extract

__version__ = "0.1.0"
__all__ = ["ClaimtraceError", "Document", "Extractor", "Meta", "Options", "extract", "__version__"]
