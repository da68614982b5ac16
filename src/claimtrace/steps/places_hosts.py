"""Facilities the gazetteer does not know, placed by the town the text puts them in.

News names hotels, hospitals, markets and camps that no gazetteer lists, and says where they
are: "the Pearl Hotel in Mogadishu", "a Sheraton hotel in Kabul", "the Al-Noor mosque at
Khan Younis". Such a facility is a place of its own at its host's position (researchers
map the attack on the hotel, not a namesake town "Pearl" abroad); `host_name` finds the
host, the places step resolves it with the document's context.
"""
from __future__ import annotations

#: nouns of buildings and sites a facility's name ends in, or that follow it in lower case
BUILDING_NOUNS = frozenset("""hotel motel restaurant cafe café bar club mall market bazaar
bank tower building hospital clinic school academy university college mosque church
synagogue cathedral temple shrine stadium theatre theater cinema embassy consulate compound
headquarters prison jail station bakery shop supermarket factory warehouse depot camp base
barracks checkpoint bridge dam palace villa residence complex centre center""".split())
#: prepositions that put a facility inside its host: "the X hotel in Kabul"
HOST_PREPS = frozenset("in at near outside inside".split())
#: entity labels a host may carry
HOST_LABELS = frozenset({"GPE", "LOC"})
#: longest host name read, in tokens
HOST_REACH = 4


def host_name(sdoc, start: int, end: int) -> str | None:
    """Name of the place the facility at tokens start..end lies in ("Mogadishu" for "the
    Pearl Hotel in Mogadishu"), or None when the span names no building (its last word, or
    a lower-case word after it, is no building noun) or no host follows."""
    i = end
    if i < len(sdoc) and sdoc[i].lower_ in BUILDING_NOUNS and not sdoc[i].is_title:
        i += 1  # "Sheraton" + "hotel"
    elif sdoc[end - 1].lower_ not in BUILDING_NOUNS:
        return None  # "the Levant Policy Forum in Beirut": an institution, not a building
    if i >= len(sdoc) or sdoc[i].lower_ not in HOST_PREPS:
        return None
    j = i + 1
    if j < len(sdoc) and sdoc[j].lower_ == "the":
        j += 1
    if j >= len(sdoc) or sdoc[j].ent_type_ not in HOST_LABELS or sdoc[j].ent_iob_ != "B":
        return None
    k = j + 1
    while k < len(sdoc) and k - j < HOST_REACH and sdoc[k].ent_iob_ == "I":
        k += 1
    if sdoc[k - 1].tag_ == "POS":
        k -= 1
    return sdoc[j:k].text if k > j else None
