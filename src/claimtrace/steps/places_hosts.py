"""Facilities the gazetteer does not know, placed by the town the text puts them in.

News names hotels, hospitals, markets and camps that no gazetteer lists, and says where they
are: "the Pearl Hotel in Mogadishu", "a Sheraton hotel in Kabul", "the Al-Noor mosque at
Khan Younis". Such a facility is a place of its own at its host's position (researchers
map the attack on the hotel, not a namesake town "Pearl" abroad); `host_name` finds the
host, the places step resolves it with the document's context; a settlement named with its
noun is read the same way ("Mera village in Kebbi state"). Likewise a town the text
describes ("Maga, a town in Kebbi state"): `described_area` finds the area, and the town is
read inside its country, or placed at the area when the gazetteer lacks it.
"""
from __future__ import annotations

#: nouns of buildings and sites a facility's name ends in, or that follow it in lower case
BUILDING_NOUNS = frozenset("""hotel motel restaurant cafe café bar club mall market bazaar
bank tower building hospital clinic school academy university college mosque church
synagogue cathedral temple shrine stadium theatre theater cinema embassy consulate compound
headquarters prison jail station bakery shop supermarket factory warehouse depot camp base
barracks checkpoint bridge dam palace villa residence complex centre center airport airfield
airbase port harbour harbor terminal""".split())
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
    if i < len(sdoc) and (sdoc[i].lower_ in BUILDING_NOUNS or sdoc[i].lower_ in
                          SETTLEMENT_NOUNS) and not sdoc[i].is_title:
        i += 1  # "Sheraton" + "hotel", "Mera" + "village" (in Kebbi state)
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


#: nouns of settlements and small areas a name is described as: "Maga, a town in Kebbi"
SETTLEMENT_NOUNS = frozenset("""town village city hamlet settlement locality community
commune district suburb neighbourhood neighborhood area camp outpost port""".split())
#: prepositions that put a described settlement inside its area: "a village in", "a town of"
AREA_PREPS = frozenset("in of near outside".split())
#: entity labels (or none) an untagged area name may carry in a description
AREA_MISLABELS = frozenset({"", "ORG", "FAC"})
#: tokens read between the settlement noun's article and the area's name
DESCRIPTION_REACH = 4


def described_area(sdoc, end: int) -> str | None:
    """Name of the area an apposition after the toponym ending at token `end` puts it in
    ("Kebbi" for "Maga, a town in Kebbi state"; "Danko-Wasagu" for "Maga, a town in the
    Danko-Wasagu area"), or None. The description reads ", a|an|the [lower-case words]
    settlement-noun in|of|near [the|lower-case words] Area", with Area a place entity."""
    if end + 2 >= len(sdoc) or sdoc[end].text != "," or sdoc[end + 1].lower_ not in (
            "a", "an", "the"):
        return None
    i = end + 2
    while i < len(sdoc) and i - end <= DESCRIPTION_REACH and sdoc[i].is_lower and (
            sdoc[i].lower_ not in SETTLEMENT_NOUNS):
        i += 1
    if i + 1 >= len(sdoc) or sdoc[i].lower_ not in SETTLEMENT_NOUNS or (
            sdoc[i + 1].lower_ not in AREA_PREPS):
        return None
    j = i + 2
    while j < len(sdoc) and j - i <= DESCRIPTION_REACH and sdoc[j].is_lower and (
            sdoc[j].ent_iob_ != "B"):
        j += 1  # "the", "northwestern", "restive"
    if j >= len(sdoc):
        return None
    k = j + 1
    if not sdoc[j].text[:1].isupper():
        return None  # "the largest city in the east": a direction, no area's name
    if sdoc[j].ent_type_ in HOST_LABELS and sdoc[j].ent_iob_ == "B":
        while k < len(sdoc) and k - j < HOST_REACH and sdoc[k].ent_iob_ == "I":
            k += 1
    elif sdoc[j].is_title and sdoc[j].ent_type_ in AREA_MISLABELS:
        # a name the model left untagged or took for an organisation ("the Danko-Wasagu
        # area"): its capitalised run
        while k < len(sdoc) and k - j < HOST_REACH and sdoc[k].ent_type_ in AREA_MISLABELS and (
                sdoc[k].is_title or sdoc[k].text == "-"):
            k += 1
    else:
        return None
    if sdoc[k - 1].tag_ == "POS":
        k -= 1
    return sdoc[j:k].text
