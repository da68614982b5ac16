"""Step `places`: names beyond one entity span ("Gulf" + "of Finland", "Syria's coast",
"al-Bayda"), names the model reads as people, and country-qualified forms."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimtrace import gazetteer as gz
from claimtrace.steps import places, places_forms as pf


def test_physical_names_and_arabic_articles():
    assert pf.physical_name("Gulf of Oman") and pf.physical_name("Kuril Islands")
    assert not pf.physical_name("Oman") and not pf.physical_name("Port Sudan")
    assert pf.article_name("al-Bayda") and not pf.article_name("alpha")


def test_a_name_split_at_of_is_read_whole():
    sdoc = Doc(Vocab(), words="ships in the Gulf of Finland today".split())
    assert pf.of_name_end(sdoc, 3, 4, gz.load()) == 6
    sdoc = Doc(Vocab(), words="the city of Goma fell".split())
    assert pf.of_name_end(sdoc, 1, 2, gz.load()) == 2


def test_country_forms_find_the_pakistani_side_of_kashmir():
    forms = pf.country_forms("Kashmir", "PAK")
    assert "Pakistan Kashmir" in forms
    assert any(gz.load().resolve(f).country == "PAK" for f in forms)


def test_unknown_physical_names_do_not_fall_back_to_the_place_inside():
    assert places.resolve_name("Lake Nowhereland of Oman") is None


def _places_of(nlp, text):
    from claimtrace.model import Document
    from claimtrace.steps import actors

    doc = Document(text=text)
    doc.spacy = nlp(text)
    return {m.text: p for p in places.resolve_places(actors.resolve_actors(doc)).places
            for m in p.mentions}


@pytest.mark.slow
def test_split_possessive_and_article_names_in_text(nlp):
    by = _places_of(nlp, "A tanker dragged its anchor in the Gulf of Finland. Gunmen raided "
                         "villages on Syria's coast, and boats moored at the ports of "
                         "al-Bayda and Latakia were hit.")
    gulf = next(p for t, p in by.items() if "Gulf" in t)
    assert gz.haversine_km(gulf.lat, gulf.lon, 59.8, 26.0) < 100
    coast = next(p for t, p in by.items() if "coast" in t)
    assert coast.country == "SYR"
    assert next(p for t, p in by.items() if "Bayda" in t).country == "SYR"


@pytest.mark.slow
def test_waters_off_a_town_and_a_direction_of_a_sea(nlp):
    by = _places_of(nlp, "The cable was cut in waters off Porvoo. Houthi drones struck a "
                         "freighter in the northern Red Sea.")
    assert by["Porvoo"].country == "FIN"
    red = next(p for t, p in by.items() if "Red Sea" in t)
    assert red.lat > 22.0
