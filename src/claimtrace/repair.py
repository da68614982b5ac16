"""Step `clean`: repair PDF-extracted and copy-pasted text before anything reads it.

Works line by line on the original text, so every change is recorded as a `Repair`
with offsets into the original: mojibake fixed (ftfy), lines that are only a URL or
page furniture ("Related article: ...", "Read more", captions, credits) dropped, words
hyphenated across a line break joined (real compounds such as long-range keep their
hyphen), and hard-wrapped paragraphs unwrapped. All later offsets index the result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import ftfy

from .errors import ClaimtraceError
from .model import Document, Repair
from .pipeline import step

URL_LINE = re.compile(r"^\s*(?:<?(?:https?://|www\.)\S+>?\s*)+$", re.I)
# page furniture that extraction inserts between paragraphs (or mid-sentence)
BOILERPLATE = re.compile(
    r"^\s*(?:related(?:\s+(?:article|story|stories|content|coverage|reading))?\s*[:|\-–—]"
    r"|read\s+(?:more|also|next)\b|see\s+also\s*:|more\s+on\s+this\s+story"
    r"|(?:photo|image|picture|video|graphic|file\s+photo)\s*(?:credit)?\s*[:|]"
    r"|related\s+topics\b|share\s+on\b"
    r"|(?:advertisement|sponsored(?:\s+content)?|share\s+this(?:\s+article)?"
    r"|follow\s+us\b|sign\s+up\b|subscribe\b|click\s+here\b"
    r"|(?:you\s+may\s+also\s+like|recommended(?:\s+stories)?|most\s+read|trending)\b"
    # appeals and funding credits: "Support independent reporting on ...", "Donate",
    # "This reporting was supported by the ... Fund"
    r"|(?:support|fund)\s+(?:our|independent|quality|local)\s+(?:journalism|reporting|news)\b"
    r"|donate\b|this\s+(?:reporting|story|article|report|project|coverage|series|feature|"
    r"piece|investigation)\s+was\s+(?:supported|funded|made\s+possible|"
    r"(?:produced|reported)\s+with\s+(?:the\s+)?support)\b)"
    r"|(?:©|\(c\)|copyright\b))", re.I)
# the closing boilerplate of a press release that presents its author: "About ECHAN: The
# Eastern Congo Humanitarian Access Network is a coalition of ...", "About the author: ..."
ABOUT_LINE = re.compile(r"^\s*About\s+(?:the\s+(?:authors?\b|[A-Z])|us\b|[A-Z])[^:\n]{0,80}:\s")
# ... or its heading on a line of its own, the note in the paragraph below it
ABOUT_HEAD = re.compile(r"^\s*About\s+(?:the\s+authors?|us|(?:the\s+)?[A-Z][^.:!?\n]{0,80})\s*$")
# running heads and feet of printed pages: "Frontline Digest | 11 February 2025 | Page 2 of 2"
PAGE_LINE = re.compile(r"^\s*(?:.{0,80}\|\s*)?page\s+\d+(?:\s*(?:of|/)\s*\d+)?\s*(?:\|.{0,80})?$"
                       r"|^\s*-?\s*\d{1,3}\s*-?\s*$", re.I)
# caption/credit lines: "(Photo: Reuters)", "Getty Images", "AP Photo/Name"
CREDIT_LINE = re.compile(r"^\s*(?:\(?\s*(?:photo|image)s?\s*(?:by|:)|[A-Z][\w.]*(?:\s+\w+)?\s+"
                         r"(?:Photo|Images)(?:/[\w .]+)?\)?\s*$)", re.I)
# a picture caption with its credit anywhere in the line: "... (Image: MINISTRY/via Reuters)"
CAPTION_CREDIT = re.compile(r"\((?:photo|image|picture|file photo|credit)s?\s*:|"
                            r"\((?:handout|courtesy|pool|supplied)\b[^()]{0,60}\)\s*$|"
                            r"\b(?:AP|AFP|Reuters|Getty)\s+(?:Photo|Images)\b|/via\s+\w+\)?\s*$|"
                            r"\bvia Getty Images\b", re.I)
MAX_CAPTION = 300
# lines that stand alone even inside a hard-wrapped block: a byline, and a line that opens
# with a wire dateline ("SEOUL, Dec 19 (Agency) -", "KYIV (Agency) —")
BYLINE = re.compile(r"^\s*By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|in|de|van|al))*"
                    r"(?:\s*[,|/]\s*[\w .'’&-]+)?\s*$")
DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][\w.' -]{1,30})?"
                      r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()]{2,40}\))?\s*[-–—]\s")
# a headline's last word is not one a wrapped sentence would break after
OPEN_WORD = re.compile(r"\b(?:a|an|the|of|to|in|on|at|for|with|by|from|and|or|but|that|"
                       r"which|who|as|than|its|their|his|her|according|said|says)\s*$", re.I)
MAX_HEADLINE_WORDS = 20
# a list of linked headlines: "- Russian missile assault kills one" (no closing full stop),
# also numbered as "most read" boxes number them ("1. Drone strike hits fuel depot")
HEADLINE_BULLET = re.compile(r"^\s*(?:[-•*▪►›»]|\d{1,2}[.)])\s+\S.{0,160}$")
# a teaser cut off by the site: "The Supreme Court has dismissed the…"
TEASER = re.compile(r"(?:…|\.\.\.)\s*$")
SENTENCE_END = re.compile(r"[.!?:;\"”’')\]]\s*$")
# first elements that form real hyphenated compounds (long-range, self-propelled)
COMPOUND_HEADS = frozenset("""
self long short well high low so anti pro non co ex multi mid cross full half large small
north south east west far near all one two three four five six seven ten hundred
ill counter semi pre post re under over air ground sea land surface medium heavy light
state government military cease front hard soft old new war drone missile long-term
""".split())
SUFFIXES = ("tion", "sion", "ted", "ing", "ment", "ness", "ly", "ed", "ers", "er", "al",
            "ity", "ities", "ies", "ous", "ive", "ance", "ence", "able", "ible", "ure",
            "ist", "ists", "ism", "ized", "ised", "ize", "ise", "ant", "ent", "ary", "ory",
            "ic", "ics", "ical", "es", "s")
MAX_RELATED_LINES = 3
# headings over a list of links to other stories: every item under them is link text
LINK_HEADING = re.compile(r"^\s*(?:related(?:\s+\w+)?|read\s+(?:more|also|next)|see\s+also|"
                          r"more\s+on\s+this\s+story|more\s+from\s+[\w .]{1,30}|"
                          r"you\s+may\s+also\s+like|recommended(?:\s+stories)?|most\s+read|"
                          r"trending|latest\s+stories|top\s+stories)\s*:?\s*$", re.I)
# a menu of short links under such a heading ("Related Topics" over "Sudan conflict | Africa");
# alone, a line like it is often a masthead with a place and date, which is kept
MENU_LINE = re.compile(r"^\s*[^.!?|]{1,40}(?:\s\|\s[^.!?|]{1,40})+\s*$")
MAX_MENU_WORDS = 6


@dataclass(slots=True)
class _Line:
    start: int  # offset of the line in the original text
    raw: str    # original content (without the newline)
    text: str   # content after encoding repair

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def clean_text(raw: str) -> tuple[str, list[Repair]]:
    """Return the cleaned text and the repairs made, located in `raw`."""
    repairs: list[Repair] = []
    lines = _split_lines(raw, repairs)
    kept = _drop_furniture(lines, repairs)
    text = _join(kept, repairs)
    repairs.sort(key=lambda r: r.original_start)
    return text, repairs


def _split_lines(raw: str, repairs: list[Repair]) -> list[_Line]:
    out = []
    pos = 0
    for piece in raw.splitlines(keepends=True):
        content = piece.rstrip("\r\n")
        fixed = ftfy.fix_text(content, normalization="NFC", uncurl_quotes=False).replace("\u00a0", " ")
        fixed = fixed.replace("\t", " ")
        if fixed != content.replace("\u00a0", " ").replace("\t", " "):
            repairs.append(Repair("fix_encoding", pos, pos + len(content), content,
                                  f"now reads {fixed.strip()[:80]!r}"))
        out.append(_Line(pos, content, fixed))
        pos += len(piece)
    return out


def _drop_furniture(lines: list[_Line], repairs: list[Repair]) -> list[_Line]:
    """Remove URL-only lines and boilerplate blocks, keeping blank lines as markers."""
    kept: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.blank:
            kept.append(line)
            i += 1
            continue
        if URL_LINE.match(line.text):
            repairs.append(Repair("drop_url", line.start, line.start + len(line.raw), line.raw,
                                  "a line holding only a link"))
            i += 1
            continue
        if LINK_HEADING.match(line.text):
            # "Read more:" over "- Who could succeed him?" / "- Strike kills dozens": the
            # heading and every item of the list under it
            end = i + 1
            while end < len(lines) and (HEADLINE_BULLET.match(lines[end].text)
                                        or _menu(lines[end].text)):
                end += 1
            if end == i + 1:
                # "Related coverage" over headlines with no bullets: every line up to the
                # next blank one, none ending as a sentence does
                while end < len(lines) and not lines[end].blank \
                        and _linked_headline(lines[end].text):
                    end += 1
            if end > i + 1:
                i = _drop_lines(lines, i, end, repairs, "a list of linked headlines")
                continue
        if HEADLINE_BULLET.match(line.text) and not _ends_sentence(line.text):
            run = i
            while run < len(lines) and HEADLINE_BULLET.match(lines[run].text) and \
                    not _ends_sentence(lines[run].text):
                run += 1
            if run - i >= 2:
                i = _drop_lines(lines, i, run, repairs, "a list of linked headlines")
                continue
        if TEASER.search(line.text) and len(line.text) <= MAX_CAPTION:
            repairs.append(Repair("drop_boilerplate", line.start, line.start + len(line.raw),
                                  line.raw, "a teaser cut off by the site (link text)"))
            i += 1
            continue
        if CAPTION_CREDIT.search(line.text) and len(line.text) <= MAX_CAPTION:
            repairs.append(Repair("drop_boilerplate", line.start, line.start + len(line.raw),
                                  line.raw, "picture caption with its credit"))
            i += 1
            continue
        if ABOUT_LINE.match(line.text):
            repairs.append(Repair("drop_boilerplate", line.start, line.start + len(line.raw),
                                  line.raw, "a press release's note about its author"))
            i += 1
            continue
        if ABOUT_HEAD.match(line.text) and len(line.text.split()) <= 9 \
                and i + 1 < len(lines) and not lines[i + 1].blank:
            # "About the Sahel Emergency Alliance" as a heading of its own, with the
            # paragraph under it (stop 31)
            end = i + 1
            while end < len(lines) and not lines[end].blank:
                end += 1
            i = _drop_lines(lines, i, end, repairs, "a press release's note about its author")
            continue
        if PAGE_LINE.match(line.text):
            repairs.append(Repair("drop_boilerplate", line.start, line.start + len(line.raw),
                                  line.raw, "page header, footer or page number"))
            i += 1
            continue
        if BOILERPLATE.match(line.text) or (CREDIT_LINE.match(line.text) and len(line.text) < 60):
            # a related-story headline may wrap onto a few short lines
            end = i + 1
            while (end < len(lines) and end - i <= MAX_RELATED_LINES and not lines[end].blank
                   and not SENTENCE_END.search(lines[end - 1].text)
                   and len(lines[end].text.split()) <= 8):
                end += 1
            last = lines[end - 1]
            stop = last.start + len(last.raw)
            original = "\n".join(x.raw for x in lines[i:end])
            repairs.append(Repair("drop_boilerplate", line.start, stop, original,
                                  "page furniture (related story, caption, credit or link text)"))
            i = end
            continue
        kept.append(line)
        i += 1
    return kept


def _drop_lines(lines: list[_Line], i: int, end: int, repairs: list[Repair], note: str) -> int:
    """Record lines i..end-1 as dropped furniture; the index of the line after them."""
    last = lines[end - 1]
    repairs.append(Repair("drop_boilerplate", lines[i].start, last.start + len(last.raw),
                          "\n".join(x.raw for x in lines[i:end]), note))
    return end


def _linked_headline(text: str) -> bool:
    """A line that reads as a headline: short, and not closed by a full stop."""
    words = text.split()
    return 0 < len(words) <= MAX_HEADLINE_WORDS and not text.rstrip().endswith(".")


def _menu(text: str) -> bool:
    """A line of short links side by side ("Border conflict | Asia"), no sentence."""
    return bool(MENU_LINE.match(text)) and all(
        len(part.split()) <= MAX_MENU_WORDS for part in text.split(" | "))


def _ends_sentence(text: str) -> bool:
    """A list item that ends as a sentence does ("- the school was hit."); a question mark
    ends a linked headline too ("- Who could succeed him?"), so it does not count."""
    return bool(SENTENCE_END.search(text)) and not text.rstrip().endswith("?")


def _join(lines: list[_Line], repairs: list[Repair]) -> str:
    """Join kept lines into paragraphs, unwrapping hard breaks and dehyphenating."""
    paragraphs: list[list[_Line]] = [[]]
    for line in lines:
        if line.blank:
            if paragraphs[-1]:
                paragraphs.append([])
        else:
            paragraphs[-1].append(line)
    paragraphs = [p for p in paragraphs if p]
    paragraphs = [part for p in paragraphs for part in _standalone(p, first=p is paragraphs[0])]
    # a paragraph break that falls mid-sentence was made by a dropped line: mend it
    merged: list[list[_Line]] = []
    for para in paragraphs:
        if merged and _continues(merged[-1][-1].text, para[0].text):
            merged[-1].extend(para)
        else:
            merged.append(para)
    words, compounds = _vocabulary(lines)
    out: list[str] = []
    for para in merged:
        wrapped = _is_wrapped(para)
        buf = para[0].text.strip()
        for prev, line in zip(para, para[1:]):
            nxt = line.text.strip()
            gap_start = prev.start + len(prev.raw)
            if buf.endswith("-") and nxt[:1].isalpha() and not buf.endswith("--"):
                head = re.search(r"(\w+)-$", buf)
                tail = re.match(r"\w+", nxt)
                if head and tail and _split_word(head.group(1), tail.group(0), words, compounds):
                    buf = buf[:-1] + nxt
                    repairs.append(Repair("dehyphenate", gap_start - 1, line.start,
                                          "-" + _gap(prev, line),
                                          f"joined {head.group(1)}-|{tail.group(0)}"))
                else:
                    buf += nxt
                    repairs.append(Repair("unwrap", gap_start, line.start, _gap(prev, line),
                                          "kept the hyphen of a compound across a line break"))
            elif wrapped or not SENTENCE_END.search(buf) or nxt[:1].islower():
                buf += " " + nxt
                repairs.append(Repair("unwrap", gap_start, line.start, _gap(prev, line),
                                      "hard line break inside a paragraph"))
            else:
                buf += "\n" + nxt
        out.append(buf)
    return "\n\n".join(out).strip()


def _standalone(para: list[_Line], *, first: bool) -> list[list[_Line]]:
    """Split a block before a dateline and around a byline, and after the article's
    headline (its first line, short, with no sentence end and not broken off mid-phrase):
    those lines are never unwrapped into the sentence that follows."""
    parts: list[list[_Line]] = [[]]
    for n, line in enumerate(para):
        prev = para[n - 1].text if n else None
        cut = prev is not None and (
            DATELINE.match(line.text) is not None or BYLINE.match(line.text) is not None
            or BYLINE.match(prev) is not None
            or (first and n == 1 and _headline(prev) and line.text.strip()[:1].isupper()
                and not _hard_wrapped(para)))
        if cut and parts[-1]:
            parts.append([])
        parts[-1].append(line)
    return parts


def _hard_wrapped(para: list[_Line]) -> bool:
    """Lines of one width (all but the last within 80% of the longest): a wrapped block,
    whose first line is the start of a sentence, not a headline."""
    if len(para) < 3:
        return False
    widths = [len(x.text.rstrip()) for x in para[:-1]]
    return sum(w >= 0.8 * max(widths) for w in widths) * 3 >= len(widths) * 2


def _headline(text: str) -> bool:
    text = text.strip()
    return bool(text) and not SENTENCE_END.search(text) and not OPEN_WORD.search(text) \
        and len(text.split()) <= MAX_HEADLINE_WORDS


def _gap(prev: _Line, line: _Line) -> str:
    """The original characters between the end of `prev` and the start of `line`."""
    return "\n" * max(1, line.start - (prev.start + len(prev.raw)))


def _continues(before: str, after: str) -> bool:
    before, after = before.rstrip(), after.lstrip()
    if not before or not after:
        return False
    if before.endswith("-") and after[:1].isalpha():
        return True
    return not SENTENCE_END.search(before) and after[:1].islower()


def _is_wrapped(para: list[_Line]) -> bool:
    """A hard-wrapped block: most of its lines stop mid-sentence."""
    if len(para) < 2:
        return False
    open_ends = sum(1 for x in para[:-1] if not SENTENCE_END.search(x.text))
    return open_ends * 2 >= len(para) - 1


def _vocabulary(lines: list[_Line]) -> tuple[set[str], set[str]]:
    """Words and hyphenated compounds written whole elsewhere in the document."""
    text = "\n".join(x.text for x in lines)
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}
    compounds = {w.lower() for w in re.findall(r"[A-Za-z]+-[A-Za-z]+", text)}
    return words, compounds


def _split_word(head: str, tail: str, words: set[str], compounds: set[str]) -> bool:
    """True when `head-` + `tail` is one word broken by hyphenation, not a compound."""
    joined = (head + tail).lower()
    if head.lower() in COMPOUND_HEADS or head[:1].isupper() and tail[:1].isupper():
        return False
    if head.isdigit() or tail.isdigit():
        return False
    if joined in words:
        return True
    if f"{head}-{tail}".lower() in compounds:
        return False
    tl = tail.lower()
    # the tail of a broken word is short and ends like an inflection (dam-|aged, strik-|ing)
    return (len(tl) <= 7 and tl.endswith(SUFFIXES)) or len(head) <= 2


@step("clean", needs=("text",), provides=("cleaned",))
def clean_document(doc: Document) -> Document:
    """Replace `doc.text` by its repaired form and record the repairs."""
    text, repairs = clean_text(doc.text)
    if not text.strip():
        raise ClaimtraceError("E013", path=doc.meta.path or "<text>")
    doc.text = text
    doc.repairs = repairs
    return doc
