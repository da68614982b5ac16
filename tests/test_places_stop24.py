"""Stop 24 places: a city owning the parts of it named ("Beirut's southern suburbs") is a
place also when another place is coordinated with those parts; a name before "exclave" or
"enclave" is a place the tagger may miss; a city that a verb of places has done to it in the
passive ("Bamako had been spared", "Kharkiv was shelled") is a place, not a state acting."""
from __future__ import annotations

import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def at(text, words, published="2024-09-20"):
    """The place whose mentions include `words`, or None."""
    for p in extract(text, published=published).places:
        if any(m.text == words for m in p.mentions):
            return p
    return None


@pytest.mark.parametrize("text,words,country", [
    ("Radios blew up across the country, including Beirut's southern suburbs and the Bekaa "
     "Valley.", "Beirut", "LBN"),
    ("The route will link mainland Azerbaijan with its Nakhchivan exclave.", "Nakhchivan",
     "AZE"),
    ("Bamako had been largely spared the violence that spread from the north.", "Bamako",
     "MLI"),
    ("Kharkiv was shelled overnight, the governor said.", "Kharkiv", "UKR"),
])
def test_place(text, words, country):
    place = at(text, words)
    assert place is not None and place.country == country


def test_a_capital_that_acts_is_still_no_place():
    assert at("Bamako accused Algiers of harbouring terrorists.", "Bamako") is None
