"""Named sites and facilities: schools, hospitals, hotels, camps and districts by name.

Conflict news locates its events at sites no gazetteer lists ("the al-Tabin school",
"al-Ahli hospital", "the Djaiba site", "the Mashtal district"). A capitalised name right
before a lower-case site noun is such a site whatever label the small model gave its words
(it often reads "al-Ahli" as a person or "Djaiba" as a people). Where it lies:

- the place its possessor names ("Kyiv's main children's hospital" lies in Kyiv), or a
  place its own name holds ("the Gwadar Port Authority complex" lies in Gwadar): a place
  at that town's point (`site_mentions`, resolved by the step as a hosted facility);
- else the area the text puts it in (`site_cues`, located by `places_approx`, approximate).

A site's name is not the namesake town it may share ("the Pearl Beach hotel" in a Mogadishu
story is no town in Michigan): `foreign_namesake` tells the step to drop such a reading.
"""
from __future__ import annotations

from .. import gazetteer as gz
from . import places_approx as pa
from . import places_forms as pf

#: lower-case nouns of sites that a name before them names
SITE_NOUNS = frozenset("""school hospital clinic hotel camp site complex port district
neighbourhood neighborhood market mosque church compound prison stadium university
quarter steelworks gate mall square bazaar barracks refinery depot""".split())
#: capitalised nouns that end a building's own name ("the Baron Hotel", "Abbey Gate",
#: "St Francis Xavier Catholic Church"); a school or university so named is as often the
#: institution acting as the building, so it is not among them
TITLED_SITE_NOUNS = frozenset("""hotel gate church mosque cathedral monastery temple shrine
stadium""".split())
#: a run of title-case words this share of a sentence's words is a headline's casing
HEADLINE_SHARE = 0.5
#: words before a site's name that show a noun phrase starts there
OPENERS = frozenset("""the a an in at on to into near from of outside inside by""".split())
#: entity labels of words that are never part of a site's name
NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                             "QUANTITY"})
#: longest name read before a site noun, and lower-case words between a possessor and it
NAME_REACH = 4
MODIFIER_REACH = 5
#: features of a place a site's name may hold as its town
HOST_FEATURES = frozenset({"city", "other", "admin2"})
#: a site's name read as a town needs this much support for the town's country
NAMESAKE_MIN_SUPPORT = 0.5


def _name_word(tok) -> bool:
    return ((tok.is_title and tok.is_alpha) or pf.article_name(tok.text)
            or tok.text in ("St.", "St")) and (
        tok.ent_type_ not in NOT_NAME_LABELS and tok.lower_ not in pf.PROPOSE_STOP)


def _site_noun(tok) -> bool:
    """A lower-case site noun, or a capitalised one that may end a building's name."""
    return tok.lower_ in SITE_NOUNS if tok.is_lower else (
        tok.is_title and tok.lower_ in TITLED_SITE_NOUNS)


def _headline_case(sdoc, start: int, end: int) -> bool:
    """Is the sentence of tokens start..end in title case outside them (a headline, where
    "Bomber Strikes Crowds At Abbey Gate" capitalises every word)?"""
    words = [t for t in sdoc[start].sent if t.is_alpha and not start <= t.i < end]
    return sum(t.is_title for t in words) > HEADLINE_SHARE * len(words)


def _name_start(sdoc, end: int) -> int:
    """First token of the capitalised run ending before token `end`, hyphenated Arabic
    articles included ("al" "-" "Tabin")."""
    return pf.name_run_start(sdoc, end, _name_word, NAME_REACH + 2)


def site_spans(sdoc) -> list[tuple[int, int, int]]:
    """(name start, site noun index, possessor end or -1) of each "<Name> <site noun>" or
    "<Place>'s [words] <site noun>" in the parse."""
    out = []
    for tok in sdoc:
        if tok.i == 0 or not _site_noun(tok):
            continue
        start = _name_start(sdoc, tok.i)
        if not tok.is_lower and (start == tok.i or _headline_case(sdoc, start, tok.i + 1)):
            continue
        if start < tok.i and (start == 0 or sdoc[start - 1].lower_ in OPENERS
                              or sdoc[start - 1].is_punct or sdoc[start - 1].pos_ == "VERB"):
            out.append((start, tok.i, -1))
            continue
        # "Kyiv's main children's hospital": a possessor a few lower-case words back
        j = tok.i - 1
        # (or the site's own name between them: "Nairobi's Westgate shopping mall")
        while j > 0 and tok.i - j <= MODIFIER_REACH and (
                sdoc[j].is_lower or sdoc[j].tag_ == "POS"
                or sdoc[j].is_title and sdoc[j].tag_ == "NNP" and sdoc[j + 1].tag_ != "POS"):
            if sdoc[j].tag_ == "POS" and sdoc[j - 1].ent_type_ in ("GPE", "LOC"):
                start = j - 1
                while start > 0 and sdoc[start - 1].ent_iob_ == "I":
                    start -= 1
                while start > 0 and sdoc[start].ent_iob_ == "I":
                    start -= 1
                out.append((start, tok.i, j))
                break
            j -= 1
    return out


def _host_in_name(words: list[str], gazetteer: gz.Gazetteer) -> str | None:
    """The longest run of the name's words the gazetteer knows by its main name as a town
    ("Gwadar" of "Gwadar Port Authority"), or None."""
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            text = " ".join(words[i:i + size])
            if len(text) < 4 or text.lower() in pf.PROPOSE_STOP:
                continue
            if any(primary and c.feature in HOST_FEATURES | {"admin1"}
                   for c, primary in gazetteer.candidates(text)):
                return text
    return None


def sites(sdoc, gazetteer: gz.Gazetteer) -> tuple[list[tuple[int, int, str, str]], list]:
    """Sites of the parse: (`places_approx.Cued`, host, host is part of the name) of those
    whose possessor or own name holds a known town, and `places_approx.Cued` names of the
    others. A possessor places its site for sure; a town inside a name may be a namesake."""
    hosted, cued = [], []
    for start, noun, poss in site_spans(sdoc):
        name = sdoc[start:noun + 1].text
        if poss >= 0:
            hosted.append((pa.Cued(start, noun + 1, name), sdoc[start:poss].text, False))
            continue
        words = sdoc[start:noun].text.split()
        if gz.normalize(" ".join(words)) in gz.demonyms() or words[0].lower() in OPENERS:
            continue
        host = _host_in_name(words, gazetteer) if len(words) > 1 else None
        if host is not None:
            hosted.append((pa.Cued(start, noun + 1, name), host, True))
        else:
            cued.append(pa.Cued(start, noun + 1, name))
    return hosted, cued


def foreign_namesake(cand: gz.Candidate, name: str, context: gz.Context) -> bool:
    """Is this reading of a site's name a namesake town in a country the document gives
    no support (not curated)?"""
    if cand.curated:
        return False
    return not cand.country or context.country_evidence(
        cand.country, gz.normalize(name)) < NAMESAKE_MIN_SUPPORT
