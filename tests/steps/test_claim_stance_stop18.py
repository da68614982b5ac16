"""Charges, threats and backing told only by what a speaker says (stop 18, issue 5): breaches
of a norm, dismay at an act, being made to regret, standing with a side, praise of a move;
on sentences written for these tests, each class beside the other sense that must stay
claim-free."""
import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def _told(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, actor code, the code of the target or recipient) of each claim."""
    doc = extract(text, published="2024-06-10")
    code = {a.id: a.code or a.country for a in doc.actors}
    return [(c.type, code.get(c.actor), code.get(c.target or c.recipient))
            for c in doc.claims]


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _told(text)}


def test_a_breach_of_a_norm_accuses_its_doer():
    assert ("ACCUSE", "PSE", "ISR") in _told(
        "A Hamas spokesman said Israel had flouted the truce again.")
    assert "ACCUSE" in _types("The UN spokesman said the attacks broke international law.")
    assert "ACCUSE" in _types('Hezbollah said the killing had crossed "a red line".')


def test_breaking_what_is_no_norm_accuses_no_one():
    assert "ACCUSE" not in _types("Officials said the talks had crossed a major hurdle.")
    assert "ACCUSE" not in _types("The ministry said the army broke the siege of the town.")


def test_dismay_at_an_act_is_a_charge_and_at_the_weather_none():
    assert "ACCUSE" in _types(
        "EU foreign policy chief Josep Borrell said he was horrified by the images.")
    assert "ACCUSE" not in _types("The mayor said he was shocked by the cold weather.")


def test_being_made_to_regret_is_threatened():
    told = _told("Iran's president said Tehran would make Israel regret its cowardly act.")
    assert ("THREATEN", "IRN", "ISR") in told
    assert "THREATEN" in _types("The general said the invaders will regret this attack.")
    # regret told of the past threatens no one
    assert "THREATEN" not in _types("The minister said Iran regretted the loss of life.")


def test_standing_with_a_side_is_backing_standing_with_people_in_a_place_is_not():
    assert ("SUPPORT", "UKR", "ISR") in _told(
        "Zelensky said Ukraine stands with the people of Israel.")
    assert "SUPPORT" not in _types("The minister stood with his aides at the podium.")


def test_praise_of_an_outcome_or_a_move_is_backing():
    assert "SUPPORT" in _types(
        "Trump hailed the outcome as a major victory for the United States.")
    assert "SUPPORT" in _types(
        "NATO chief Mark Rutte said the decision would make the alliance stronger.")
    # "hails from" is where one comes from; a weapon hailed as what it is, or a build-up,
    # is no praise
    assert "SUPPORT" not in _types("The new commander hails from Kyiv.")
    assert "SUPPORT" not in _types(
        "State media hailed the missile as the country's ultimate weapon.")
    assert "SUPPORT" not in _types("Russia said the decision would strengthen its forces.")


def test_charges_told_by_hiding_blame_and_exposure_name_the_accused():
    assert ("ACCUSE", "ISR", "PSE") in _told(
        "Israel says Hamas fighters hide among civilians in such buildings.")
    assert ("ACCUSE", "MEX", "USA") in _told(
        "Mexico's president said Washington bore part of the blame for the bloodshed.")
    assert ("ACCUSE", "GBR", "RUS") in _told(
        "Britain's foreign secretary said the strike exposed Moscow's claims to want peace.")
