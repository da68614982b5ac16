"""Stop-17b classes of `claim_background`: triggers that tell no event of their own, on
sentences written for these tests."""
import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def _claims(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.type, c.subtype) for c in extract(text, published="2025-05-07").claims}


@pytest.mark.parametrize("text, absent", [
    # the act a named accuser charges a party with is the accusation's content
    ("The ministry accused the opposition of arming the militia in the north.", "AID"),
    ("Officials blamed the rebels for shooting down the transport plane.", "ASSAULT"),
    ("The council closed the border, accusing Lomé of backing the insurgents.", "SUPPORT"),
    # a source's wish not to be named is no request
    ('"They burned everything," said Amadou, a farmer who asked that his name not be '
     'published.', "REQUEST"),
    ("A diplomat in Dakar, who requested anonymity, said the talks were frozen.", "REQUEST"),
    # alternatives weighed are not acts done
    ("Commanders now face a stark choice between defending the city and withdrawing to "
     "the hills.", "RETREAT"),
    # a vehicle described by what it carries, which an attack befalls
    ("A Red Cross truck carrying medicine was shelled near the bridge on Monday.", "AID"),
    # an event named as what another follows
    ("The curfew follows three days of clashes in the capital.", "ASSAULT"),
])
def test_background_classes_yield_no_claim(text, absent):
    assert absent not in {t for t, _ in _claims(text)}


@pytest.mark.parametrize("text, expected", [
    # the accusation itself is still told
    ("The ministry accused the opposition of arming the militia in the north.",
     ("ACCUSE", None)),
    # an act people are only described as charged with is told as alleged
    ("Police detained two men accused of smuggling rifles to the rebels.",
     ("AID", "arms_transfer")),
    # the attack on the vehicle is told
    ("A Red Cross truck carrying medicine was shelled near the bridge on Monday.",
     ("ASSAULT", "attack")),
    # a followed event with its side named is told
    ("The strikes followed the army's capture of the airport in March.",
     ("COERCE", "capture")),
])
def test_the_told_events_stay(text, expected):
    assert expected in _claims(text)


def test_a_request_joined_to_a_charge_is_still_told():
    """ "accused X of V-ing and called on Y to ...": the request is no part of the charge."""
    assert ("REQUEST", None) in _claims(
        "The president accused Moscow of shelling the port and called on allies to respond.")


def test_a_followed_event_with_its_side_is_told():
    assert ("ASSAULT", "attack") in _claims(
        "The raids followed an Israeli air strike on Sanaa that killed three ministers.")


# stop 17c
@pytest.mark.parametrize("text, absent", [
    # a name given in a free relative by the party already telling the act is no charge
    ("The militia shelled what it described as enemy depots near the lake.", "ACCUSE"),
    ("The two armies traded fire on Monday, in what they called border incidents.",
     "ACCUSE"),
    # a passive charge with no accuser describes a party
    ("Two firms accused of supplying drones to the militia were sanctioned.", "ACCUSE"),
    ("The faction is blamed for the deaths of dozens of herders.", "ACCUSE"),
    # an act a rule allows, obliges or forbids is not told as done
    ("The accord obliges each member to give military assistance to the others.", "AID"),
    ("The new law allows coast guards to shoot down unidentified drones.", "ASSAULT"),
    ("Officials said the army had not been barred from using the rockets abroad.", "ASSAULT"),
])
def test_stop17c_classes_yield_no_claim(text, absent):
    assert absent not in {t for t, _ in _claims(text)}


@pytest.mark.parametrize("text, expected", [
    # a newly named labeller adds its verdict
    ("Two jets flew over the frigate in what the navy called a reckless provocation.",
     ("ACCUSE", None)),
    # an accuser that is told keeps the charge
    ("The rebels were accused by the ministry of looting the market.", ("ACCUSE", None)),
    ("The ministry accused the rebels of shelling the market.", ("ACCUSE", None)),
    # the name of the labelled act is still told as an event
    ("The militia shelled what it described as enemy depots near the lake.",
     ("ASSAULT", "attack")),
])
def test_stop17c_told_events_stay(text, expected):
    assert expected in _claims(text)
