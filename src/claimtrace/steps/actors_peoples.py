"""Peoples of the `actors` step: ethnic and regional communities that are no state ("Kurdish
fighters", "Rohingya refugees", "the Druze"). A people's group belongs to the state the
document names among the people's states (nearest first), else to the people's main state.

Data: `resources/actors/peoples.tsv`, built from `curated/peoples.tsv` by
`python -m claimtrace.resources.actors.build_actors`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import read_tsv


@dataclass(frozen=True, slots=True)
class People:
    """One people: its display name and the states it mainly lives in (largest first)."""

    name: str
    states: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PeopleTable:
    forms: dict[str, People]  # every adjective and plural -> its people
    bare: frozenset[str]  # forms that name the people standing alone ("the Kurds")


@lru_cache(maxsize=1)
def load_peoples() -> PeopleTable:
    """The bundled peoples table (read once per process)."""
    forms: dict[str, People] = {}
    bare: set[str] = set()
    for row in read_tsv("actors", "peoples.tsv"):
        people = People(row["name"], tuple(c for c in row["states"].split("|") if c))
        for form in filter(None, row["forms"].split("|")):
            forms.setdefault(form, people)
        bare.update(filter(None, (row.get("bare") or "").split("|")))
    return PeopleTable(forms=forms, bare=frozenset(bare))


def people_of(tokens) -> People | None:
    """The people one of `tokens` names ("Kurdish" in "Kurdish-led fighters"), if any."""
    table = load_peoples()
    for t in tokens:
        people = table.forms.get(t.text)
        if people is not None:
            return people
    return None


def people_state(people: People, anchors: list[tuple[int, str]], at: int) -> str:
    """The people's state the document names nearest to token `at`, else its main state.
    `anchors`: (token, state code) of the document's state mentions."""
    near = [(abs(i - at), code) for i, code in anchors if code in people.states]
    return min(near)[1] if near else people.states[0]


def state_anchors(sdoc, mentions: list) -> list[tuple[int, str]]:
    """(token, state code) of the states a people's group may belong to: state mentions
    that do not stand behind another group ("Turkish-backed factions") and toponyms the
    parse found ("near Manbij")."""
    from .actors_coref import _place_country
    from .actors_words import SPONSOR_PARTICIPLES

    taken = {i for m in mentions for i in range(*m.tokens)}
    out = []
    for m in mentions:
        end = m.tokens[1]
        if m.kind != "state" or not m.code or (end + 1 < len(sdoc) and sdoc[end].text == "-"
                                               and sdoc[end + 1].lower_ in SPONSOR_PARTICIPLES):
            continue
        out.append((m.tokens[0], m.code))
    for ent in sdoc.ents:
        if ent.label_ in ("GPE", "LOC") and not any(i in taken for i in range(ent.start, ent.end)):
            code = _place_country(ent.text)
            if code:
                out.append((ent.start, code))
    return out


def is_bare_people(tok) -> bool:
    """Does `tok` name a people on its own ("the Kurds fled", "Rohingya say"), not as the
    modifier of a noun ("Kurdish fighters", handled as a group phrase)?"""
    if tok.text not in load_peoples().bare or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and tok.head.i == nxt.i)


def people_mentions(sdoc, mentions: list, taken: set[int]) -> list:
    """Group mentions of peoples named standing alone ("the Kurds", "Rohingya fled"), each
    with its state (see `people_state`); tokens already in a mention are skipped."""
    from .actors_coref import _Mention

    table = load_peoples()
    anchors = None  # looked up only when a people is named (most articles name none)
    out = []
    for tok in sdoc:
        if tok.i in taken or not is_bare_people(tok):
            continue
        if anchors is None:
            anchors = state_anchors(sdoc, mentions)
        people = table.forms[tok.text]
        out.append(_Mention(start=tok.idx, end=tok.idx + len(tok.text),
                            key=f"ethnos:{people.name}", name=people.name, kind="group",
                            country=people_state(people, anchors, tok.i),
                            tokens=(tok.i, tok.i + 1)))
    return out
