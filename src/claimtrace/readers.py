"""Readers: files, folders, globs, stdin and JSON Lines into `RawDocument`s.

Plain text (UTF-8, or another encoding detected and decoded with a note), HTML
(trafilatura: main text, title, date, site name, URL), PDF (pypdf text layer) and JSON
Lines of documents (`{"text" or "html", "url", "title", "outlet", "published"}`).
Every failure is a coded `InputError`; one bad file never stops the others.
"""
from __future__ import annotations

import glob
import io
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date
from pathlib import Path

from .errors import ClaimtraceError, InputError
from .model import Meta

log = logging.getLogger(__name__)

DEFAULT_MAX_MB = 20.0
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SKIP_IN_FOLDERS = {".json", ".db", ".pyc"}  # outputs and ledgers lying beside inputs
# function words: a text with almost none of them is not English prose
ENGLISH_WORDS = frozenset("""the of and to in a is that for on with as was by at from it
his her their has have had are were be been said says will would which who this not but
or an its after over they he she we more than about into also""".split())


@dataclass(slots=True)
class RawDocument:
    """Text as read, with what the reader learned about it."""

    text: str
    meta: Meta
    origin: str  # path, path:line, or "<stdin>"
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs; CLI flags override what readers found."""

    max_mb: float = DEFAULT_MAX_MB
    encoding: str | None = None
    language: str | None = None  # "en" forces extraction of text that looks non-English
    published: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None


def validate_date(value: str | None) -> str | None:
    """An ISO date YYYY-MM-DD or None; E011 otherwise."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError as err:
        raise ClaimtraceError("E011", value=value) from err


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files named by paths, folders (recursively, sorted) and globs, in given order."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(x for x in path.rglob("*") if x.is_file()):
                if f.suffix.lower() not in SKIP_IN_FOLDERS and not f.name.startswith("."):
                    yield str(f)
        elif any(ch in p for ch in "*?["):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield p  # reported as E001 by read_path
            yield from (m for m in matches if Path(m).is_file())
        else:
            yield p


def read_inputs(paths: Iterable[str], options: ReadOptions = ReadOptions()
                ) -> Iterator[RawDocument | InputError]:
    """Every document found under `paths`, or the error that stopped one, in order."""
    for p in expand(paths):
        try:
            yield from read_path(p, options)
        except InputError as err:
            yield err


def read_path(path: str, options: ReadOptions = ReadOptions()
              ) -> Iterator[RawDocument | InputError]:
    """Read one file (or `-` for stdin). JSON Lines files yield one item per line."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        f = Path(path)
        if not f.is_file():
            raise InputError("E001", path=path)
        size = f.stat().st_size
        if size > options.max_mb * 1024 * 1024:
            raise InputError("E004", path=path, size_mb=size / 1048576, limit_mb=options.max_mb)
        data = f.read_bytes()
        name = path
    if len(data) > options.max_mb * 1024 * 1024:
        raise InputError("E004", path=name, size_mb=len(data) / 1048576,
                         limit_mb=options.max_mb)
    if not data.strip():
        raise InputError("E002", path=name)
    suffix = Path(name).suffix.lower()
    if data[:5] == b"%PDF-" or suffix == ".pdf":
        yield finish(_sidecar(read_pdf(data, name), name), options)
    elif suffix in JSONL_SUFFIXES:
        for x in read_jsonl(data, name, options):
            if isinstance(x, InputError):
                yield x
                continue
            try:  # one non-English or badly dated line is one error, not the file's end
                yield finish(x, options)
            except InputError as err:
                yield err
    else:
        text, note = decode(data, name, options.encoding)
        if suffix in HTML_SUFFIXES or _looks_html(text):
            raw = read_html(text, name)
        else:
            raw = RawDocument(text, Meta(path=None if name == "<stdin>" else name), name)
        if note:
            raw.notes.append(note)
        yield finish(_sidecar(raw, name), options)


def _sidecar(raw: RawDocument, name: str) -> RawDocument:
    """Metadata from a `metadata.json` beside the file (`{"files": {name: {...}}}`).

    Folders of saved articles often keep their URL, outlet and date in one such file;
    what the file itself says (HTML meta tags) is kept where the sidecar is silent.
    """
    if name == "<stdin>":
        return raw
    side = Path(name).with_name("metadata.json")
    if not side.is_file():
        return raw
    files = _sidecar_files(str(side), side.stat().st_mtime_ns)
    if files is None:
        raw.notes.append(f"ignored unreadable {side}")
        return raw
    entry = files.get(Path(name).name)
    if isinstance(entry, dict):
        m = raw.meta
        raw.meta = replace(m, url=entry.get("url") or m.url, title=entry.get("title") or m.title,
                           outlet=entry.get("outlet") or m.outlet,
                           published=_date_prefix(entry.get("published")) or m.published)
    return raw


@lru_cache(maxsize=8)
def _sidecar_files(path: str, mtime_ns: int) -> dict | None:
    """The `files` table of a sidecar, read once per folder (and again if it changes)."""
    try:
        files = json.loads(Path(path).read_text(encoding="utf-8")).get("files", {})
    except (OSError, ValueError, AttributeError):
        return None
    return files if isinstance(files, dict) else None


def finish(raw: RawDocument, options: ReadOptions) -> RawDocument:
    """Apply CLI overrides, a readable publication date and the language check."""
    meta = raw.meta
    over = {k: getattr(options, k) for k in ("url", "title", "outlet") if getattr(options, k)}
    if options.published:
        over["published"] = validate_date(options.published)
    elif meta.published:
        try:
            over["published"] = validate_date(meta.published)
        except ClaimtraceError:
            raw.notes.append(f"ignored unreadable publication date {meta.published!r}")
            over["published"] = None
    raw.meta = replace(meta, **over)
    if options.language != "en":
        language = guess_language(raw.text)
        if language != "en":
            raise InputError("E010", path=raw.origin, language=language)
    return raw


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str | None]:
    """Bytes to text: UTF-8 first, else a detected encoding (with a note), else E005."""
    if encoding:
        try:
            return data.decode(encoding), f"decoded as {encoding} (--encoding)"
        except (LookupError, UnicodeDecodeError) as err:
            raise InputError("E012", path=name, why=f"not valid {encoding}: {err}") from err
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise InputError("E003", path=name, why="it contains NUL bytes")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.3:
        controls = sum(1 for b in head if b < 9 or 13 < b < 32)
        if controls > len(head) * 0.05:
            raise InputError("E003", path=name, why="it is mostly control bytes")
        raise InputError("E005", path=name)
    return str(best), f"decoded as {best.encoding} (not UTF-8)"


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def read_html(html: str, name: str, url: str | None = None) -> RawDocument:
    """Main text and metadata of a web page (trafilatura)."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                             include_comments=False, include_tables=False,
                                             favor_precision=True)
    except (ValueError, TypeError, AttributeError) as err:  # malformed markup
        raise InputError("E006", path=name) from err
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise InputError("E006", path=name)
    meta = Meta(url=getattr(result, "url", None) or url,
                title=getattr(result, "title", None),
                outlet=getattr(result, "sitename", None),
                published=getattr(result, "date", None),
                path=None if name.startswith("<") else name)
    return RawDocument(text, meta, name)


def read_pdf(data: bytes, name: str) -> RawDocument:
    """The text layer of a PDF, pages joined by blank lines."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError("E007", path=name, why="it is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AssertionError) as err:
        raise InputError("E007", path=name, why=type(err).__name__ + ": " + str(err)[:80]) from err
    text = "\n\n".join(p.strip("\n") for p in pages)
    if not text.strip():
        raise InputError("E008", path=name)
    title = None
    try:
        title = (reader.metadata or {}).get("/Title") or None
    except (PdfReadError, ValueError):
        title = None
    return RawDocument(text, Meta(title=str(title) if title else None, path=name), name)


def read_jsonl(data: bytes, name: str, options: ReadOptions
               ) -> Iterator[RawDocument | InputError]:
    """One document per line; a bad line is one error, the other lines still count."""
    text, _ = decode(data, name, options.encoding)
    # split on newlines only: U+2028 and friends may appear inside JSON strings
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        origin = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError("E009", path=name, line=n, why=f"not JSON ({err.msg})")
            continue
        if not isinstance(obj, dict) or not (obj.get("text") or obj.get("html")):
            yield InputError("E009", path=name, line=n, why="no \"text\" or \"html\" field")
            continue
        try:
            if obj.get("text"):
                raw = RawDocument(str(obj["text"]), Meta(path=origin), origin)
            else:
                raw = read_html(str(obj["html"]), origin, url=obj.get("url"))
        except InputError as err:
            yield err
            continue
        m = raw.meta
        raw.meta = replace(m, url=obj.get("url") or m.url, title=obj.get("title") or m.title,
                           outlet=obj.get("outlet") or obj.get("source") or m.outlet,
                           published=_date_prefix(obj.get("published") or obj.get("date"))
                           or m.published)
        yield raw


def _date_prefix(value: object) -> str | None:
    if not value:
        return None
    m = re.match(r"\d{4}-\d{2}-\d{2}", str(value))
    return m.group(0) if m else str(value)


def guess_language(text: str) -> str:
    """'en' when the text reads as English prose, else a best guess of what it is."""
    sample = text[:20000]
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) < 12:
        return "en"  # too short to judge; let it through
    letters = [c for c in sample if c.isalpha()]
    if letters:
        cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters)
        if cyr > 0.3:
            return "ru"
        latin = sum(1 for c in letters if c < "\u0250") / len(letters)
        if latin < 0.5:
            return "non-Latin script"
    share = sum(1 for w in words if w in ENGLISH_WORDS) / len(words)
    if share >= 0.12:
        return "en"
    for lang, stop in _OTHER_STOPWORDS.items():
        if sum(1 for w in words if w in stop) / len(words) >= 0.12:
            return lang
    return "unknown" if share < 0.06 else "en"


_OTHER_STOPWORDS = {
    "de": frozenset("der die das und ist nicht mit von den zu auf für ein eine dem des sich im".split()),
    "fr": frozenset("le la les et est pas une des du dans pour que qui sur au avec par".split()),
    "es": frozenset("el la los las y es que del en por una con para se al como".split()),
    "it": frozenset("il la che di e non per una del della con sono gli le".split()),
    "pt": frozenset("o a os as e que do da em um uma para com não por".split()),
    "nl": frozenset("de het een en van is niet op te dat met voor zijn".split()),
}
