"""The web app (optional extra `claimtrace[web]`): pages and a JSON API over a ledger.

    >>> from claimtrace.web.app import create_app, serve

Nothing is imported here, so `import claimtrace` never needs FastAPI.
"""
