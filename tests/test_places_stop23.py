"""Stop 23 places: places named by their relation to a country ("the Somali capital", "in
the northeast"), buildings named by a capitalised noun ("the Baron Hotel", "Abbey Gate") or
by a feature noun ("the Zobe junction", "the Jabal al-Zawiya area"), and unknown names the
tagger calls places and the text uses as places ("civilians in Kishishe") are located; the
same words in other uses are not, and a bare "South" is no region of Cameroon."""
from __future__ import annotations

import pytest

from claimtrace import extract
from claimtrace import gazetteer as gz

pytestmark = pytest.mark.slow


def places(text, published="2024-07-01"):
    return extract(text, published=published).places


def at(text, words):
    """The place whose mentions include `words`, as (name, country, located_by)."""
    for p in places(text):
        if any(m.text == words for m in p.mentions):
            return p
    return None


@pytest.mark.parametrize("text,words,city", [
    ("Two car bombs exploded in the Somali capital on Saturday.", "Somali capital", "Mogadishu"),
    ("Putin visited the North Korean capital for the first time in 24 years.",
     "North Korean capital", "Pyongyang"),
    ("Drones were launched towards Yemen's capital overnight.", "Yemen's capital", "Sanaa"),
])
def test_a_capital_named_by_its_country_is_that_city(text, words, city):
    place = at(text, words)
    assert place is not None and place.name == city


@pytest.mark.parametrize("text", [
    "The capital of South Kivu province was calm.",
    "Russian capital flight reached a record last year.",
])
def test_other_capitals_are_not_the_national_one(text):
    assert not any("capital" in m.text for p in places(text) for m in p.mentions)


NIGERIA = ("Gunmen attacked a church in Owo, in Ondo state, Nigeria, on Sunday. Such attacks "
           "in Nigeria are common mainly in the northeast, where jihadists operate, while "
           "bandit gangs plague the northwest. Police in Lagos and Abuja were on alert.")


@pytest.mark.parametrize("words,lat_min,lon_min", [("northeast", 10.0, 10.0),
                                                   ("northwest", 10.0, 3.0)])
def test_a_compass_word_alone_is_part_of_the_story_country(words, lat_min, lon_min):
    place = at(NIGERIA, words)
    assert place is not None and place.country == "NGA"
    assert place.lat >= lat_min and place.lon >= lon_min and place.feature == "region"


def test_a_compass_word_takes_the_country_its_sentence_names():
    text = ("Israeli jets hit targets in Lebanon, in Tyre and near Beirut. Since October, fire "
            "has driven about 60,000 Israelis from their homes in the north.")
    place = at(text, "north")
    assert place is not None and place.country == "ISR"


@pytest.mark.parametrize("text", [
    "The drones flew 30 km to the north of Kharkiv, in Ukraine, near Kupiansk and Izium.",
    "Troops in Ukraine held the north bank of the river near Kherson and Mykolaiv.",
    "Kharkiv and Izium in Ukraine lie in the north of the country.",
])
def test_a_bearing_or_modifier_is_no_part(text):
    assert not any(m.text in ("north", "the north") for p in places(text) for m in p.mentions)


def test_a_bare_direction_name_needs_its_state_in_the_story():
    text = ("North Korea blew up roads linking it to the South. Seoul said the North had "
            "fired warning shots. The South's army responded near Pyongyang and Seoul.")
    assert all(p.country != "CMR" for p in places(text))


KABUL = ("A large explosion has been reported outside the airport in Kabul. The blast hit "
         "near Abbey Gate, one of the main entrances. Another explosion was reported at or "
         "near the Baron Hotel, a short distance from the gate.")


@pytest.mark.parametrize("words", ["Abbey Gate", "Baron Hotel"])
def test_a_building_named_by_a_capitalised_noun_lies_in_the_story_town(words):
    place = at(KABUL, words)
    assert place is not None and place.country == "AFG"
    assert place.located_by == "containing_area"


@pytest.mark.parametrize("text,words,country", [
    ("Two car bombs exploded at the busy Zobe junction in Mogadishu.", "Zobe", "SOM"),
    ("The strike hit the Jabal al-Zawiya area south of Idlib city in Syria.",
     "Jabal al-Zawiya", "SYR"),
    ("Many of the prisoners had defended the Azovstal steelworks in Mariupol.",
     "Azovstal steelworks", "UKR"),
])
def test_a_name_before_a_feature_noun_lies_in_the_area_named_with_it(text, words, country):
    place = at(text, words)
    assert place is not None and place.country == country


def test_a_headline_capitalising_every_word_names_no_building():
    text = "Bomber Strikes Crowds At Abbey Gate\n\nA blast hit the airport in Kabul on Thursday."
    assert at(text, "Abbey Gate") is None or at(text, "Abbey Gate").located_by == "gazetteer"


KISHISHE = ("The killing of civilians in Kishishe and the nearby village of Bambo, in North "
            "Kivu's Rutshuru territory, must be investigated. The M23 said eight civilians had "
            "died during fighting in Kishishe. A statement in Kiswahili was read out.")


def test_an_unknown_name_used_as_a_place_lies_at_its_area_everywhere_it_stands():
    assert not gz.load().candidates("Kishishe")
    place = at(KISHISHE, "Kishishe")
    assert place is not None and place.country == "COD"
    assert place.located_by == "containing_area" and len(place.mentions) == 2


def test_a_language_is_no_unknown_place():
    assert at(KISHISHE, "Kiswahili") is None
