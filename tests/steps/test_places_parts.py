"""Step `places`: parts of countries, coordinated admin areas, "X in Y" containment."""
from __future__ import annotations

import pytest

from claimtrace.steps import places
from places_helpers import near, places_by_mention as _places


@pytest.mark.slow
def test_possessive_direction_of_a_country(nlp):
    text = "Rebels have displaced thousands in Nigeria's north-east alone, aid groups said."
    found = _places(nlp, text)
    part = found["Nigeria's north-east"]
    assert part.feature == "region" and part.country == "NGA" and near(part, 11.8, 13.1)


@pytest.mark.slow
def test_direction_before_a_country_uses_the_curated_part(nlp):
    found = _places(nlp, "The army said it retook two towns in northeastern Syria on Sunday.")
    part = next(p for p in found.values() if p.country == "SYR")
    assert near(part, 36.6, 40.9)


@pytest.mark.slow
def test_coordinated_names_before_a_plural_admin_noun(nlp):
    found = _places(nlp, "Officials said drones were downed over the Tver, Ryazan and Amur regions.")
    for name in ("Ryazan", "Amur"):  # (the small model tags no entity on "Tver")
        assert found[name].feature == "admin1" and found[name].country == "RUS"


@pytest.mark.slow
def test_place_in_area_picks_the_area_holding_it(nlp):
    text = "Missiles struck Bahawalpur in Punjab province, the army said."
    found = _places(nlp, text)
    assert found["Punjab province"].country == "PAK"


@pytest.mark.slow
def test_direction_of_a_coast_names_a_part_of_the_country(nlp):
    text = "The tanker drifted off the western coast of Yemen for days, the navy said."
    found = _places(nlp, text)
    part = next(p for p in found.values() if p.country == "YEM")
    assert part.feature == "region" and near(part, 15.0, 43.2)


def test_arabic_article_fragment_is_no_foreign_town():
    # "Wad" alone is an alternate name of a Russian town; with its article word it is a
    # fragment of an Arabic name, resolved by its other spelling
    found = places.resolve_name("Wad al-Nourah")
    assert found is not None and found.country == "SDN"
    assert places._another_name(["Wad", "al-Qaddah"], 0, 1)
