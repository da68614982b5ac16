"""Helpers of the `actors` step for names the parser misses or mislabels: organizations
named by a title-case run that ends in an organization word ("the Harbour Relief
Alliance"), and the kind an apposition gives a name ("X, a teacher who ..." is a person,
"Y, the country's ambulance service" an organization)."""
from __future__ import annotations

#: last words of an organization's name ("... Relief Alliance", "... Medicine Centre")
ORG_SUFFIXES = frozenset("""alliance institute foundation network centre center council
committee association federation society union coalition movement agency commission
organisation organization trust humanitarian relief watch""".split())
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
    not tag (label PERSON): "its spokeswoman, Mara Venn, said"."""
    out = []
    for tok in sdoc[:-3]:
        if tok.lower_ not in titles or not tok.is_lower or sdoc[tok.i + 1].text != ",":
            continue
        start = end = tok.i + 2
        while end < len(sdoc) and end - start < 4 and _name_word(sdoc[end]) \
                and sdoc[end].pos_ == "PROPN" and not sdoc[end].ent_type_:
            end += 1
        if 2 <= end - start <= 3 and end < len(sdoc) and sdoc[end].text == "," \
                and not any(i in taken for i in range(start, end)):
            span = sdoc[start:end]
            span.label_ = "PERSON"
            out.append(span)
    return out


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
