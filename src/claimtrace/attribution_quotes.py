"""Quotations, transcript turns and bylines around a trigger, for `claimtrace.attribution`.

Finds the quotation that holds a token (curly or straight quote marks, per paragraph), the
speaker's name before a colon ("PENCE: ..."), and a name credited after a dash once the
quotation closes ('"..." ― Jane Doe').
"""
from __future__ import annotations

from .attribution_lexicon import BYLINE_DASHES, QUOTE_FRAMES

# words before a colon that label a passage rather than name a speaker
LABELS = {"correction", "clarification", "update", "video", "photo", "watch", "read", "note",
          "editor's note", "editor’s note", "related", "source", "sources", "advertisement",
          "breaking", "live", "analysis", "opinion", "transcript", "background", "timeline",
          "explainer", "factbox", "fact box", "q&a", "profile", "comment", "interview",
          "key points", "fact check", "editorial", "summary", "recap", "exclusive",
          "photos", "videos", "update", "updates", "warning", "poll results"}
SPEAKER_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
QUOTES_OPEN = {"“": "”", "‘": "’"}
STRAIGHT_QUOTES = ('"', "''", "``")
QUOTE_MARKS = {*QUOTES_OPEN, *QUOTES_OPEN.values(), *STRAIGHT_QUOTES}
# what a verb of `QUOTE_FRAMES` may take and still frame a quotation only
FRAME_OBJECTS = ("dobj", "xcomp", "attr", "oprd", "acomp", "dative")


def frames_quote(verb) -> bool:
    """A verb of `QUOTE_FRAMES` ("continue", "begin") that frames a quotation: right
    before one after a colon or comma ('She continued, "..."'), or with its subject right
    after one that closes with a comma ('"...," she continued'); never with an object or
    complement of its own ("continued its advance", "began shelling")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in QUOTE_FRAMES or \
            any(c.dep_ in FRAME_OBJECTS for c in verb.children):
        return False
    doc = verb.doc
    j = verb.i + 1
    while j < len(doc) and (doc[j].is_space or doc[j].dep_ in ("advmod", "prt")) and \
            j - verb.i <= 3:
        j += 1
    if j + 1 < len(doc) and doc[j].text in (":", ",") and doc[j + 1].text in QUOTE_MARKS:
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    first = min(verb.i, subj.left_edge.i) if subj is not None else verb.i
    return first >= 2 and doc[first - 1].text in QUOTE_MARKS and \
        doc[first - 2].text in (",", "?", "!")


def _colon_source(trigger, sentence):
    """The head of a short name before a colon that opens a sentence, a line or a quotation
    ("Pence: ...", a transcript's '"WALLACE: ...'), for what follows the colon; the name
    itself when it is the sentence's root."""
    colons = [t for t in sentence if t.text == ":"]
    before = [c for c in colons if c.i < trigger.i]
    if before:
        colon = before[-1]
    elif trigger.dep_ == "ROOT" and colons and colons[0].i - trigger.i <= 5:
        colon = colons[0]
    else:
        return None
    doc = trigger.doc
    left = colon.i
    while left > sentence.start and not _name_boundary(doc[left - 1]):
        left -= 1
    opened = left == sentence.start
    name = [t for t in doc[left:colon.i] if not t.is_space and not t.is_punct]
    if not name or len(name) > 5 or colon.i - left > 7 or \
            any(t.pos_ in ("VERB", "AUX", "NUM", "ADP") or t.like_num for t in name) or \
            not any(t.pos_ in ("PROPN", "NOUN") for t in name):
        return None
    if not opened and not any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in name):
        return None  # inside a sentence only a name counts, not "the following:"
    if any(t.pos_ == "DET" for t in name) or " ".join(t.lower_ for t in name) in LABELS:
        return None  # "Another challenge:", "Correction:", "Video:"
    # a headline's "Sanders: Clinton needs ..." (the tagger may call a capitalised name a
    # noun): a capitalised name opening the line, a clause with a verb after the colon
    headline = opened and all(t.is_title or t.is_upper for t in name) and (
        len(name) == 1 or any(t.pos_ == "PROPN" for t in name)) and not any(
        t.pos_ == "PRON" for t in name) and any(
        t.pos_ in ("VERB", "AUX") for t in doc[colon.i + 1:sentence.end])
    if name[-1].pos_ != "PROPN" and not (name[-1].is_upper and len(name[-1]) > 1) \
            and not headline:
        return None  # "Our assessment:", "Counting Pyongyang's contribution:": no speaker
    if trigger.i < colon.i:
        # the name is the root: a transcript turn ('"WALLACE:') or a named entity
        quoted = left > 0 and (doc[left - 1].text in QUOTES_OPEN or doc[left - 1].text in
                               STRAIGHT_QUOTES)
        if trigger not in name or not (quoted or headline or
                                       any(t.ent_type_ in SPEAKER_ENTS for t in name)):
            return None
    return next((t for t in name if t.head not in name or t.head == t), name[-1])


def _name_boundary(tok) -> bool:
    """A token that ends what comes before a speaker's name (a quote mark, a line break)."""
    return tok.text in QUOTES_OPEN or tok.text in STRAIGHT_QUOTES or tok.text in (":", ")") \
        or "\n" in tok.text_with_ws or tok.is_space


def _quote_spans(para, *, closed: bool = False) -> list[tuple[int, int]]:
    """Character spans (in the doc) of quotations inside one paragraph span; with `closed`,
    only those whose closing mark is written (not one running to the paragraph's end, as
    a transcript's turn or a block quotation opened and never closed)."""
    out = []
    start = None
    close = None
    for tok in para:
        text = tok.text
        if start is None:
            if text in QUOTES_OPEN or text in STRAIGHT_QUOTES:
                start, close = tok.idx, QUOTES_OPEN.get(text, text)
        elif text == close or (close in STRAIGHT_QUOTES and text in STRAIGHT_QUOTES) or (
                text.startswith(close) and text[len(close):] in BYLINE_DASHES):
            # (a closing mark glued to a byline's dash: '”―')
            out.append((start, tok.idx + len(text)))
            start = None
    if start is not None and not closed:  # a quotation running to the end of the paragraph
        out.append((start, para[-1].idx + len(para[-1].text)))
    return out


def _paragraph(tok):
    """The tokens of the paragraph around `tok` (between line breaks)."""
    doc = tok.doc
    left = tok.i
    while left > 0 and "\n" not in doc[left - 1].text_with_ws:
        left -= 1
    right = tok.i
    while right + 1 < len(doc) and "\n" not in doc[right].text_with_ws:
        right += 1
    return doc[left:right + 1]


def _quote_end(trigger):
    """Index of the token closing the quotation that holds the trigger, or None."""
    para = _paragraph(trigger)
    here = next(((a, b) for a, b in _quote_spans(para) if a <= trigger.idx < b), None)
    if here is None:
        return None
    return next((t.i for t in para if t.idx + len(t.text) >= here[1] and t.idx < here[1]), None)


def _quote_byline(trigger):
    """(dash, name span) crediting the quotation that holds the trigger: a dash right after
    the closing quote mark followed by a proper name ('"..." ― Jane Doe')."""
    doc = trigger.doc
    if trigger.text in BYLINE_DASHES and trigger.dep_ == "ROOT":
        i = trigger.i  # the byline parsed as a sentence of its own: "― Jane Doe"
    else:
        i = _quote_end(trigger)
    if i is None:
        return None
    tok = doc[i]
    if not (tok.text in BYLINE_DASHES or tok.text.lstrip("”\"'’") in BYLINE_DASHES):
        i += 1
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i >= len(doc) or doc[i].text not in BYLINE_DASHES:
            return None
    dash = doc[i]
    j = i + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    end = j
    while end < len(doc) and end - j < 5 and _name_part(doc[end]):
        end += 1
    if end == j:
        return None
    return dash, doc[j:end]


def _name_part(tok) -> bool:
    """A word of a person's name: a proper noun, a capitalised word, an initial's dot."""
    return tok.pos_ == "PROPN" or (tok.is_title and tok.is_alpha) or (
        tok.text == "." and tok.i > 0 and len(tok.doc[tok.i - 1].text) == 1)
