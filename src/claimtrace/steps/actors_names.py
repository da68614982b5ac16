"""Helpers of the `actors` step for names the parser misses or mislabels: organizations
named by a title-case run that ends in an organization word ("the Harbour Relief
Alliance"), and the kind an apposition gives a name ("X, a teacher who ..." is a person,
"Y, the country's ambulance service" an organization), names after a rank or office
("Governor Ada Obi"), naval ships by their prefix ("USS Carl Vinson") and the kind a noun
before a name gives it ("the drone maker Skyline")."""
from __future__ import annotations

#: last words of an organization's name ("... Relief Alliance", "... Medicine Centre")
ORG_SUFFIXES = frozenset("""alliance institute foundation network centre center council
committee association federation society union coalition movement agency commission
organisation organization trust humanitarian relief watch forum international""".split())
#: lower-case words that may join the title-case words of a name ("Institute for Peace")
NAME_JOINERS = frozenset({"for", "of", "and", "on"})
#: nouns of an apposition that make a name a person ("Hana, a pharmacist who ...")
PERSON_NOUNS = frozenset("""resident pharmacist teacher doctor nurse mother father son daughter
student farmer shopkeeper driver engineer journalist activist lawyer woman man girl boy widow
survivor worker volunteer researcher professor medic surgeon trader vendor fisherman priest
imam grandmother grandfather wife husband brother sister child nephew niece cousin neighbour
neighbor owner baker mechanic pilot""".split())
#: nouns of an apposition that make a name an organization ("X, the national airline")
ORG_NOUNS = frozenset("""service agency organisation organization charity group company firm
airline carrier network alliance ngo foundation association institute society union coalition
movement operator broadcaster""".split())


def named_org_spans(sdoc, taken: set[int]) -> list:
    """Spans of title-case runs ending in an organization word that the parser did not tag
    (label ORG): "Frontline Relief Alliance", "Halden Institute for Security Studies"."""
    tagged = {i for ent in sdoc.ents if ent.label_ in ("PERSON", "ORG") for i in
              range(ent.start, ent.end)}
    out = []
    i = 0
    while i < len(sdoc):
        if not _name_word(sdoc[i]) or i in taken or i in tagged:
            i += 1
            continue
        end = i
        while end < len(sdoc) and _name_word(sdoc[end]):
            end += 1
        if end - i >= 2 and sdoc[end - 1].lower_ in ORG_SUFFIXES:
            # "... Institute for Security Studies": a joiner and more title-case words
            while end + 1 < len(sdoc) and sdoc[end].lower_ in NAME_JOINERS \
                    and _name_word(sdoc[end + 1]):
                end += 1
                while end < len(sdoc) and _name_word(sdoc[end]):
                    end += 1
            last = sdoc[end - 1]
            before = sdoc[i - 1] if i > 0 else None
            if not any(j in taken or j in tagged for j in range(i, end)) \
                    and not (last.dep_ == "compound" and last.head.i >= end) \
                    and not (before is not None and before.is_title and before.is_alpha
                             and before.lower_ != "the"):
                # not "... Alliance funds" (a modifier) nor the tail of a longer name
                # ("Ukraine | Security Assistance ...", a lexicon name | "Relief Alliance")
                span = sdoc[i:end]
                span.label_ = "ORG"
                out.append(span)
        i = max(end, i + 1)
    return out


def titled_person_spans(sdoc, taken: set[int], titles: frozenset[str]) -> list:
    """Spans of two or three title-case words set off after a title noun that the parser did
    not tag (label PERSON): "its spokeswoman, Mara Venn, said", also after the title's remit
    ("the acting governor of Tver, Ivan Sokol,"), whatever other tag the parser gave them."""
    out = []
    for tok in sdoc[:-3]:
        if tok.lower_ not in titles or not tok.is_lower:
            continue
        start = _after_remit(sdoc, tok.i + 1)
        if start >= len(sdoc) or sdoc[start].text != ",":
            continue
        start = end = start + 1
        while end < len(sdoc) and end - start < 4 and _loose_name_word(sdoc[end]):
            end += 1
        if 2 <= end - start <= 3 and end < len(sdoc) and sdoc[end].text == "," \
                and not any(i in taken for i in range(start, end)) \
                and not _one_place(sdoc[start:end]):
            span = sdoc[start:end]
            span.label_ = "PERSON"
            out.append(span)
    return out


def _after_remit(sdoc, i: int) -> int:
    """The token after a title's remit ("governor | of Tver Oblast |", "envoy | for Gaza |"):
    `i` itself when no remit follows."""
    if i + 1 < len(sdoc) and sdoc[i].lower_ in ("of", "for", "to") and sdoc[i + 1].is_title:
        j = i + 1
        while j < len(sdoc) and j - i <= 3 and sdoc[j].is_title and sdoc[j].is_alpha:
            j += 1
        return j
    return i


def _loose_name_word(tok) -> bool:
    """A title-case proper noun of a name, whatever non-name tag the small model gave it
    ("Karen" as a place); tokens it tagged PERSON or ORG are left to its own spans."""
    return tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and tok.lower_ != "the" \
        and tok.ent_type_ not in ("PERSON", "ORG", "DATE", "TIME", "CARDINAL", "ORDINAL")


def _one_place(span) -> bool:
    """The span is one toponym the parser tagged as such ("Kherson, South Sudan,")."""
    return any(e.label_ in ("GPE", "LOC") and e.start == span.start and e.end == span.end
               for e in span.doc.ents)


def relative_person_spans(sdoc, taken: set[int]) -> list:
    """Spans of two or three untagged title-case words that a "who" clause follows (label
    PERSON): "Ilya Dorn, who heads the city's administration, said"."""
    out = []
    for tok in sdoc[2:-1]:
        if tok.lower_ != "who" or sdoc[tok.i - 1].text != ",":
            continue
        end = start = tok.i - 1
        while start > 0 and end - start < 4 and _loose_name_word(sdoc[start - 1]):
            start -= 1
        before = sdoc[start - 1] if start > 0 else None
        if 2 <= end - start <= 3 and not any(i in taken for i in range(start, end)) \
                and not (before is not None and before.is_title and before.is_alpha) \
                and not _one_place(sdoc[start:end]):
            span = sdoc[start:end]
            span.label_ = "PERSON"
            out.append(span)
    return out


_QUOTES = frozenset('"\u201c\u201d\'')


def nicknamed_person_spans(sdoc, taken: set[int]) -> list:
    """Spans of a name with a quoted nickname inside (label PERSON): 'Juan "El Gato" Ruiz'."""
    out = []
    for tok in sdoc[1:-3]:
        if tok.text not in _QUOTES or not _plain_name_word(sdoc[tok.i - 1]):
            continue
        close = tok.i + 1
        while close < len(sdoc) and close - tok.i <= 4 and sdoc[close].is_title:
            close += 1
        if close == tok.i + 1 or close + 1 >= len(sdoc) or sdoc[close].text not in _QUOTES \
                or not _plain_name_word(sdoc[close + 1]):
            continue
        start, end = tok.i - 1, close + 2
        while start > 0 and end - start < 6 and _plain_name_word(sdoc[start - 1]):
            start -= 1
        while end < len(sdoc) and end - start < 7 and _plain_name_word(sdoc[end]):
            end += 1
        if not any(i in taken for i in range(start, end)):
            span = sdoc[start:end]
            span.label_ = "PERSON"
            out.append(span)
    return out


def _plain_name_word(tok) -> bool:
    return tok.is_title and tok.is_alpha and tok.lower_ != "the" and not tok.is_sent_start \
        or (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN")


#: ranks and offices written before a name without a comma ("Governor Ada Obi", "Col. Ali
#: Musa"); with the title nouns of the coreference step they mark a person the parser missed
RANKS = frozenset("""general gen. colonel col. major maj. captain capt. lieutenant lt.
sergeant sgt. brigadier admiral adm. marshal commander cmdr. sheikh imam ayatollah cardinal
bishop archbishop senator sen. rep. representative judge justice dr. mr. mrs. ms. lawmaker
deputy director""".split())
#: words that end an institution's name, never a person's ("General Staff", "Major Crimes")
_NOT_NAMES = frozenset("""staff forces force army navy command council office ministry
department assembly court crimes unit units headquarters""".split())
#: naval ship prefixes and the navy's state ("USS Carl Vinson" -> USA); ambiguous ones left
#: out (INS: India and Israel; RSS, HS, FS, ITS read as other things)
SHIP_PREFIXES = {"USS": "USA", "USNS": "USA", "HMS": "GBR", "RFA": "GBR", "HMAS": "AUS",
                 "HMCS": "CAN", "HMNZS": "NZL", "KRI": "IDN", "BRP": "PHL", "ROKS": "KOR",
                 "PNS": "PAK", "TCG": "TUR", "HNLMS": "NLD", "HDMS": "DNK", "HNoMS": "NOR",
                 "HSwMS": "SWE", "FGS": "DEU", "ORP": "POL", "ROCS": "TWN", "ARA": "ARG",
                 "BNS": "BGD", "SLNS": "LKA", "NRP": "PRT", "ESPS": "ESP", "HTMS": "THA",
                 "JS": "JPN"}
#: nouns written just before a name that say what it names ("the Taiwanese company X",
#: "the state broadcaster Y", "the militia Z")
DESCRIPTOR_KINDS = {**{w: "organization" for w in """company firm maker manufacturer
producer contractor airline carrier operator charity ngo organisation organization
conglomerate bank insurer shipper developer startup""".split()},
                    **{w: "media" for w in """newspaper broadcaster channel outlet daily
tabloid magazine weekly website""".split()},
                    **{w: "armed_group" for w in "militia faction gang cartel".split()}}


def ranked_person_spans(sdoc, taken: set[int], titles: frozenset[str]) -> list:
    """Spans of two or three title-case words right after a rank or office that the parser
    did not tag as a person (label PERSON): "Governor Ada Obi said", "Col. Ali Musa"."""
    out = []
    for tok in sdoc[:-2]:
        if tok.lower_ not in titles and tok.lower_ not in RANKS:
            continue
        start = end = tok.i + 1
        while end < len(sdoc) and end - start < 4 and _person_word(sdoc[end], tok.is_title):
            end += 1
        if not 2 <= end - start <= 3 or (end < len(sdoc) and sdoc[end].is_title
                                         and sdoc[end].is_alpha) \
                or any(i in taken for i in range(start, end)) \
                or any(sdoc[i].ent_type_ in ("PERSON", "ORG") for i in range(start, end)):
            continue
        span = sdoc[start:end]
        span.label_ = "PERSON"
        out.append(span)
    return out


def _person_word(tok, titled: bool = False) -> bool:
    """A word of a person's name; after a capitalized title ("Governor X Y") even one the
    small model tagged a facility."""
    initial = len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."
    return (initial or (_name_word(tok) and tok.pos_ == "PROPN")) \
        and tok.lower_ not in _NOT_NAMES \
        and tok.ent_type_ not in (("LOC",) if titled else ("LOC", "FAC"))


def ship_spans(sdoc) -> list[tuple[int, int, str]]:
    """(start, end, state) token spans of ships named with a navy's prefix ("USS Harry S.
    Truman", "HMS Prince of Wales")."""
    out = []
    for tok in sdoc[:-1]:
        code = SHIP_PREFIXES.get(tok.text)
        if code is None:
            continue
        end = tok.i + 1
        while end < len(sdoc) and end - tok.i <= 5:
            t = sdoc[end]
            if t.is_title and t.is_alpha or (len(t.text) == 2 and t.text[1] == "."
                                             and t.text[0].isupper()):
                end += 1
            elif t.lower_ == "of" and end + 1 < len(sdoc) and sdoc[end + 1].is_title:
                end += 1
            else:
                break
        if end > tok.i + 1 and sdoc[end - 1].lower_ != "of":
            out.append((tok.i, end, code))
    return out


def descriptor_kind(ent) -> str | None:
    """The kind the noun just before a name gives it ("the company Gold Apollo": an
    organization), when that noun is written in lower case."""
    if ent.start == 0:
        return None
    noun = ent.doc[ent.start - 1]
    if not noun.is_lower or noun.pos_ != "NOUN":
        return None
    if noun.lower_ == "agency" and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "news":
        return "media"
    return DESCRIPTOR_KINDS.get(noun.lower_)


def _name_word(tok) -> bool:
    return tok.is_title and tok.is_alpha and tok.lower_ != "the" \
        and tok.ent_type_ not in ("DATE", "TIME", "GPE", "NORP", "CARDINAL", "ORDINAL")


def appositive_kind(ent) -> str | None:
    """ "person" or "organization" when an apposition or relative clause says which
    ("Hana, a pharmacist who lives ...", "X, the country's emergency medical service,")."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "who":
        return "person"
    for child in ent.root.children:
        if child.dep_ != "appos" or child.i < ent.end:
            continue
        noun = child.lemma_.lower()
        if noun in PERSON_NOUNS or any(t.lower_ == "who" for t in child.subtree):
            return "person"
        if noun in ORG_NOUNS:
            return "organization"
    return None


def apposed_name(appos):
    """The word an apposition describes: its head, or the name before a place when the
    parse hangs the apposition on the place ("the Coordination of Resistance Committees in
    El Fasher, a local volunteer group": the committees, since a place is no group)."""
    place = appos.head
    if place.ent_type_ in ("GPE", "LOC", "FAC") and place.dep_ == "pobj" \
            and place.head.lower_ in ("in", "of", "from"):
        return place.head.head
    return place
