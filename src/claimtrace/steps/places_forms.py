"""Name forms the places step reads beyond a single entity span.

"the Gulf" + "of" + "Finland" is one name (the model tags the two halves); "Syria's coast"
is a curated region; "al-Bayda" is a name although it starts in lower case; "Gulf of Oman"
or "Lake Victoria" is no place in Oman or Victoria when the gazetteer lacks it; "Pakistani
Kashmir" is the form the gazetteer knows for "Kashmir" in "Pakistan-administered Kashmir";
"City of Norfolk" is the formal name of Norfolk.
"""
from __future__ import annotations

import re
import unicodedata

from .. import gazetteer as gz
from ..actors_lexicon import load_lexicon
from ..weapons import lookup_weapon
from .places_patterns import CONFLICT_COUNTRIES

#: head words of physical features: an unknown "Gulf of X" / "Lake X" lies not in X
PHYSICAL_HEADS = frozenset("""gulf sea bay strait straits lake lakes ocean channel canal reef
shoal island islands isle peninsula desert mountains mountain river sound""".split())
#: Arabic articles that start a name in lower case: "al-Bayda", "ad-Dawayima"
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ez|es|ed|et)-[A-Z]")
#: lower-case Arabic articles written apart by the tokenizer ("al", "-", "Bayda")
ARTICLES = frozenset("al el ad ar as ash at az an ez es ed et".split())
#: entity labels the small model gives towns it does not know ("Manbij" and "Peshawar" read
#: as products, a weapon system's name never counts: see `mistagged_spans`)
MISTAG_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT"})
#: a mistagged name is a place when it is curated or a city this large ...
MISTAG_MIN_POPULATION = 100_000
#: ... or a town this large in a country the document names
NAMED_COUNTRY_MIN_POPULATION = 15_000
#: ... in one of these countries (conflict theatres, where the model knows few towns)
MISTAG_COUNTRIES = frozenset(CONFLICT_COUNTRIES) - {"IND", "CHN", "MEX", "TUR", "POL", "PHL",
                                                     "KOR", "TWN"}
#: verbs of saying: a subject that speaks is a person, whatever a gazetteer says
SPEECH_VERBS = frozenset("say tell add state claim write announce deny ask".split())
#: nouns after "X's" that make a curated region: "Syria's coast"
COAST_NOUNS = frozenset("coast coastline coastal".split())
#: how far "Gulf of X" may reach for X (tokens after "of")
OF_REACH = 3
#: compass nouns after "X's": "Nigeria's north-east", "Syria's northwest"
DIRECTION_NOUNS = frozenset("""north south east west northeast northwest southeast southwest
centre center""".split())
#: plural admin nouns after coordinated names: "the Ivanovo, Ryazan and Amur regions"
PLURAL_ADMIN = {"regions": "region", "provinces": "province", "oblasts": "oblast",
                "governorates": "governorate", "states": "state", "districts": "district",
                "prefectures": "prefecture", "counties": "county"}

#: lower-case particles inside place names ("Mocimboa da Praia", "Rio de Janeiro")
NAME_PARTICLES = frozenset("da de do dos das del di du des al el la le".split())
#: the particles of Romance names that join a name known under any of its forms
JOINING_PARTICLES = frozenset("du de des da do della del".split())
#: first words of runs that are not places ("in January", "at Mr Smith's")
PROPOSE_STOP = frozenset("""january february march april may june july august september
october november december monday tuesday wednesday thursday friday saturday sunday
christmas easter ramadan mr mrs ms dr sir president prime minister governor mayor senator
general gen col lt sgt capt chief judge justice officer king queen prince pope god congress
parliament senate court police army navy government twitter facebook youtube instagram
english french spanish arabic i a an this that these those""".split())


def article_name(text: str) -> bool:
    """Does `text` start with a lower-case Arabic article joined to a name ("al-Bayda")?"""
    return bool(_ARTICLE.match(text))


def physical_name(name: str) -> bool:
    """Is `name` a physical feature's name ("Gulf of Oman", "Lake Victoria", "Kuril
    Islands")? Its known part names another place, so it is no fallback."""
    words = name.lower().split()
    return len(words) > 1 and (words[0] in PHYSICAL_HEADS or words[-1] in PHYSICAL_HEADS)


def of_name_end(sdoc, start: int, end: int, gazetteer: gz.Gazetteer) -> int:
    """End of a name the model split at "of": "Gulf" + "of" + "Finland", "Sea of Azov";
    `end` when the longer form is no name the gazetteer knows."""
    if end + 1 >= len(sdoc) or sdoc[end].text.lower() != "of":
        return end
    for stop in range(min(len(sdoc), end + 1 + OF_REACH), end + 1, -1):
        if not all(t.text[:1].isupper() for t in sdoc[end + 1:stop]):
            continue
        if gazetteer.candidates(sdoc[start:stop].text):
            return stop
    return end


def possessive_end(sdoc, start: int, end: int, gazetteer: gz.Gazetteer) -> int:
    """End of "Syria's coast" when the gazetteer knows the form (a curated region), else
    `end`."""
    if end + 1 >= len(sdoc) or sdoc[end].text.lower() not in ("'s", "’s") \
            or sdoc[end + 1].text.lower() not in COAST_NOUNS:
        return end
    if gazetteer.candidates(sdoc[start:end + 2].text):
        return end + 2
    return end


def country_forms(name: str, country: str) -> list[str]:
    """Names of `name` qualified by its country: "Pakistani Kashmir", "Pakistan Kashmir"
    (for "Pakistan-administered Kashmir", where the step reads "Kashmir" in PAK)."""
    forms = [f"{adj} {name}" for adj, code in gz.demonyms().items() if code == country]
    entry = gz.country_entry(country)
    if entry is not None:
        forms.append(f"{entry.name} {name}")
    return forms


def article(tok) -> bool:
    """Is `tok` a lower-case Arabic article joined by a hyphen to the next word?"""
    return tok.text in ARTICLES and not tok.whitespace_


def name_run_start(sdoc, end: int, name_word, reach: int) -> int:
    """First token of the run of words `name_word` accepts that ends before token `end`
    (at most `reach` tokens), hyphenated names and Arabic articles included ("al" "-"
    "Tabin", "Pétion-Ville", "Jabal al-Zawiya")."""
    start = end
    while start > 0 and end - start < reach:
        prev = sdoc[start - 1]
        if name_word(prev):
            start -= 1
        elif prev.text == "-" and not prev.whitespace_ and start > 1 and start < end and (
                article(sdoc[start - 2]) or name_word(sdoc[start - 2])):
            start -= 2
        else:
            break
    return start


def mistagged_spans(sdoc, gazetteer: gz.Gazetteer,
                    countries: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Token spans of person, organisation, group or product entities that name a curated
    place or a city of 100,000 people in a conflict country ("Bukavu" read as a person,
    "al-Bab" under a form other than its main one), or a town of 15,000 in a country the
    document names (`countries`: "Dilling" read as an organisation in a story of Sudan).
    Not a name that is part of a longer person's name in the document, nor the subject of
    a verb of saying."""
    persons = [e for e in sdoc.ents if e.label_ == "PERSON" and len(e) > 1]
    out = []
    for ent in sdoc.ents:
        if ent.label_ not in MISTAG_LABELS or not all(
                t.text[:1].isupper() or t.text == "-" or t.text in ARTICLES for t in ent):
            continue
        if any(ent.text in p.text.split() for p in persons if p.start != ent.start):
            continue  # "Hassan" of "Hassan Nasrallah"
        root = ent.root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS:
            continue
        if ent.label_ == "PRODUCT" and lookup_weapon(ent.text) is not None:
            continue  # "Patriot", "Iskander": a weapon system
        folded = _folded(ent.text)
        if any((primary or _folded(c.name) == folded)
               and c.feature in ("city", "other") and (
                c.country in MISTAG_COUNTRIES and (
                    c.curated or c.population >= MISTAG_MIN_POPULATION)
                or c.country in countries and c.population >= NAMED_COUNTRY_MIN_POPULATION
                and len(ent.text) > 3 and load_lexicon().best(ent.text) is None)
               for c, primary in gazetteer.candidates(ent.text)):  # (not "the Pentagon")
            out.append((ent.start, ent.end))
    return out


def _folded(name: str) -> str:
    """A name without accents, hyphens or case: "Al Bāb" and "al-Bab" fold alike."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).replace(
        "-", " ").lower()


def named_countries(names, gazetteer: gz.Gazetteer) -> frozenset[str]:
    """The countries a document names: by their own name, or by a first-level area that
    only one country has ("South Kordofan", "North Kivu")."""
    out = set()
    for name in names:
        cands = [c for c, primary in gazetteer.candidates(name) if primary
                 and c.feature in ("country", "admin1")]
        if cands and len({c.country for c in cands}) == 1 and cands[0].country:
            out.add(cands[0].country)
    return frozenset(out)


def possessive_direction(sdoc, end: int) -> tuple[str, int] | None:
    """("north-east", stop) for "'s north-east" at token `end` ("Nigeria's north-east"),
    else None. Not before a noun it qualifies ("Israel's north border" is left alone)."""
    if end + 1 >= len(sdoc) or sdoc[end].text.lower() not in ("'s", "’s"):
        return None
    i = end + 1
    word = sdoc[i].lower_
    if word not in DIRECTION_NOUNS:
        return None
    stop = i + 1
    if word in ("north", "south") and stop + 1 < len(sdoc) and sdoc[stop].text == "-" \
            and sdoc[stop + 1].lower_ in ("east", "west"):
        word, stop = f"{word}-{sdoc[stop + 1].lower_}", stop + 2
    if stop < len(sdoc) and sdoc[stop].pos_ in ("NOUN", "PROPN") and sdoc[stop].lower_ != "alone":
        return None
    return word, stop


def plural_admin_word(span) -> str | None:
    """"region" when the name is one of coordinated names before a plural admin noun
    ("the Ivanovo, Ryazan and Amur regions"), else None."""
    first = span.root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    head = first.head
    if first.dep_ in ("nmod", "compound", "amod") and head.i >= span.end:
        return PLURAL_ADMIN.get(head.lower_)
    return None


def joins_left(prev, name: str) -> bool:
    """Is `prev` the first word of a longer place name ending in `name` ("New London",
    "East Orange"), known to the gazetteer as a main name, or as any name of an area
    ("Middle Juba", an English name of Somalia's Jubbada Dhexe)?"""
    if not (prev.is_title and prev.is_alpha) or prev.lower_ in PROPOSE_STOP \
            or prev.ent_iob_ != "O":
        return False
    return any(primary or cand.feature in ("admin1", "admin2", "region")
               for cand, primary in gz.load().candidates(f"{prev.text} {name}"))


def unknown_first_word(prev, ent) -> bool:
    """Is `prev` the untagged first word of a longer name the gazetteer does not know, of
    which the tagger took only the last word for a place ("Fata" + "Borno", a camp in
    Darfur, not Nigeria's Borno state)? The tagged word is then a fragment, read only in
    a country the story is in."""
    return len(ent) == 1 and prev.pos_ == "PROPN" and prev.dep_ == "compound" \
        and prev.head.i == ent.start and prev.is_title and prev.is_alpha \
        and prev.ent_iob_ == "O" and prev.lower_ not in PROPOSE_STOP \
        and gz.canonical_direction(prev.lower_) is None  # ("North Georgia": a part of it)


def joined_by_particle(sdoc, start: int, end: int) -> bool:
    """Do a word and a name particle before the entity make one place name with it?
    "Mocimboa da" + "Praia" (a main name, the word untagged), "Nioro du" + "Sahel" (any
    name form, the word tagged or not): not the capital of Cape Verde, not the Sahel."""
    particle, prev = sdoc[start - 1], sdoc[start - 2]
    if particle.lower_ in NAME_PARTICLES and joins_left(prev, f"{particle.text} "
                                                        f"{sdoc[start:end].text}"):
        return True
    return particle.lower_ in JOINING_PARTICLES and prev.is_title and prev.is_alpha \
        and bool(gz.load().candidates(sdoc[start - 2:end].text))


#: "City of Norfolk", "the Village of Glen Carbon": a municipality's formal name
_MUNICIPAL_OF = re.compile(r"^(?i:the\s+)?(?i:city|town|village|borough|township)\s+of\s+"
                           r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})$")


def municipal_name(name: str) -> str | None:
    """The short name inside a municipality's formal name ("City of Norfolk" ->
    "Norfolk"), else None."""
    match = _MUNICIPAL_OF.match(name)
    return match.group(1) if match else None
