"""How the attribution tests read one word of a hand-written sentence: its attribution with
the author "Wire" and no actor known (`claimtrace.attribution.attribute`)."""
from __future__ import annotations

from claimtrace.attribution import attribute


def no_actor(start, end):
    return None


def attributed(nlp, text, word, *, nth=0, pronoun=None):
    """(attribution, token) of the `nth` token spelled `word` in `text`."""
    doc = nlp(text)
    tok = [t for t in doc if t.text == word][nth]
    return attribute(tok, tok.sent, no_actor, "Wire", pronoun), tok
