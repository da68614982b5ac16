"""Places named inside organisations ("the Laurel County Sheriff's Office", "University of
Texas"): they locate a document without being places of their own, so the places step
adds them to the context of its names only."""
from __future__ import annotations

from .. import gazetteer as gz

ADMIN_WORDS = frozenset(gz.ADMIN_WORDS)
#: words of organisation names that a place name before them locates ("Butler County
#: Sheriff's Office", "Gainesville Police Department", "University of Texas")
ORG_HEADS = frozenset("""police sheriff sheriffs county parish city town township village
borough department dept school schools district university college hospital fire council
commission board court courthouse chamber airport library transit authority state
community regional municipal metropolitan memorial zoo museum parks housing utilities
water health jail prison correctional detention""".split())
#: ... and words before "of" that an area's name follows ("University of Texas", "City of
#: Gainesville"; but "Chamber of Commerce", "Department of Justice" name no place)
AREA_HEADS = frozenset("""university college city town township village borough county
parish state province commonwealth district republic kingdom government""".split())
EMBEDDED_FEATURES = ("country", "admin1", "admin2", "city")
#: entity labels of the names searched ("the Guernsey County Sheriff's Office" is often
#: tagged a facility)
EMBEDDED_LABELS = frozenset({"ORG", "FAC"})
#: the small model also tags an organisation as a person ("Rapides Parish Fire District
#: 2"): such a name is searched when a county-like word follows its first word
PERSON_AREA_WORDS = frozenset({"county", "parish", "township", "borough"})
#: leading words that qualify the place without naming it ("Northeast Texas Community
#: College")
DIRECTION_WORDS = frozenset("""north south east west northeast northwest southeast
southwest northern southern eastern western central northeastern northwestern
southeastern southwestern""".split())
#: single words that name no place on their own here
NOT_NAMES = frozenset("""north south east west new old great upper lower saint st united
national state federal royal city county university college hospital the mr mrs ms dr
president governor mayor general""".split())


def embedded_names(sdoc, spans: list[tuple[int, int]], gazetteer: gz.Gazetteer) -> list[str]:
    """Places named inside organisations, which locate the document without being places
    of their own: "the Laurel County Sheriff's Office", "Gainesville Police", "the
    University of Texas" -> "Laurel County", "Gainesville", "Texas" (context only)."""
    if sdoc is None:
        return []
    out = []
    for ent in sdoc.ents:
        if any(s < ent.end_char and ent.start_char < e for s, e in spans):
            continue
        if ent.label_ not in EMBEDDED_LABELS and not (
                ent.label_ == "PERSON" and len(ent) > 2
                and any(t.lower_ in PERSON_AREA_WORDS for t in ent[1:3])):
            continue
        name = embedded_name(list(ent), gazetteer)
        if name:
            out.append(name)
    return out


def embedded_name(tokens, gazetteer: gz.Gazetteer) -> str | None:
    """The place an organisation's name starts with, before an institutional word
    ("Butler County Sheriff", "Ohio Department"), or ends with after an area's word and
    "of" ("University of Texas"), when the gazetteer knows it by its main name."""
    words = [t.text for t in tokens if t.text not in ("'s", "’s")]
    while words and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 1 and words[0].lower() in DIRECTION_WORDS:
        words = words[1:]
    lower = [w.lower().rstrip(".") for w in words]
    candidates = []
    if "of" in lower:
        at = lower.index("of")
        if 0 < at < len(words) - 1 and lower[at - 1] in AREA_HEADS:
            # "University of Nebraska-Lincoln": the name ends where capitals stop
            tail = words[at + 1:at + 4]
            cut = next((i for i, w in enumerate(tail) if not w[:1].isupper()), len(tail))
            candidates.append(tail[:cut])
    head = next((i for i, w in enumerate(lower) if w in ORG_HEADS), None)
    if head:
        if lower[head] in ADMIN_WORDS and head <= 3:
            candidates.append(words[:head + 1])  # "Laurel County"
        candidates.append(words[:head])
    for run in candidates:
        while run and not run[-1][:1].isupper():
            run = run[:-1]
        if not run or len(run) > 4 or not all(w[:1].isupper() for w in run):
            continue
        text = " ".join(run)
        if len(run) == 1 and run[0].lower() in NOT_NAMES:
            continue
        if gz.normalize(text) in gz.demonyms() or gz.demonym_place(text) is not None:
            continue
        if any(primary and c.feature in EMBEDDED_FEATURES
               for c, primary in gazetteer.candidates(text)):
            return text
    return _leading_area(words, gazetteer)


def _leading_area(words: list[str], gazetteer: gz.Gazetteer) -> str | None:
    """A first-level area that starts a name before any institutional word ("the
    Connecticut Piranhas", "Nebraska Centennial Conference"), known by that main name."""
    for size in (2, 1):
        run = words[:size]
        if len(run) < size or not all(w[:1].isupper() and w.isalpha() for w in run):
            continue
        if size == 1 and run[0].lower() in NOT_NAMES:
            continue
        text = " ".join(run)
        if any(primary and c.feature == "admin1" for c, primary in gazetteer.candidates(text)):
            return text
    return None
