"""Stop 33: states a border runs between, districts named after their seats, a place named
after a word that describes it, and an area's common English name."""
from __future__ import annotations

from claimtrace import extract
from claimtrace import gazetteer as gz


def _places(text):
    doc = extract(text, published="2019-12-26")
    return {p.name: (p.country, round(p.lat), round(p.lon)) for p in doc.places}


def test_the_states_a_border_runs_between_are_places():
    places = _places("Burkina Faso shares a border with Mali and Niger.")
    assert {"Burkina Faso", "Mali", "Niger"} <= set(places)
    places = _places("Fighters operate across the border zone that Burkina Faso shares with "
                     "Mali and Niger.")
    assert {"Mali", "Niger"} <= set(places)


def test_states_sharing_something_else_are_no_places():
    assert _places("Burkina Faso shares intelligence with Mali.") == {}


def test_a_district_named_after_its_seat_lies_around_the_seat():
    places = _places("Officials in the Morozovsky district of Rostov region said drones "
                     "were downed.")
    assert places["Morozovsk"] == ("RUS", 48, 42)  # not the region's centre
    seat = gz.load().district_seat("Morozovsky district")
    assert seat and seat[0][0].name == "Morozovsk"
    assert gz.load().district_seat("Morozovsky") == []  # no district word, no seat


def test_a_town_named_after_the_words_that_describe_it():
    places = _places("The wounded were taken to the regional capital Dori, officials said.")
    assert places["Dori"][0] == "BFA"


def test_an_area_known_by_its_common_english_name_beats_a_village_of_that_name():
    # Chechnya is the Chechen Republic, not a hamlet of that name in Donetsk Oblast
    places = _places("Refugees fled from Humera in Tigray and from Chechnya.")
    assert [v for v in places.values() if v[0] == "RUS" and v[1] == 43]
    assert not [v for v in places.values() if v[0] == "UKR"]


def _actors(text):
    doc = extract(text, published="2022-07-20")
    return {a.name: (a.kind, a.code or a.country) for a in doc.actors}


def test_a_body_named_after_its_town_is_an_organization_of_that_town_s_state():
    actors = _actors("A local rights monitor, the Taiz Civic Observatory, said two children "
                     "had died.")
    assert actors["Taiz Civic Observatory"] == ("organization", "YEM")
    actors = _actors("The Nyala Neighbourhood Emergency Room said at least 30 civilians had "
                     "been killed.")
    assert actors["Nyala Neighbourhood Emergency Room"] == ("organization", "SDN")


def test_a_lower_case_observatory_or_a_fund_is_no_named_body():
    assert _actors("The observatory said two children had died.") == {}
    assert "Ukraine Security Assistance Initiative" not in _actors(
        "The U.S. will use $2.2 billion in Ukraine Security Assistance Initiative funds.")
