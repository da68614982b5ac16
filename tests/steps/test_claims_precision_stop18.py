"""Stop-18 precision classes of `claim_background` (issue 5): triggers inside what a party
is charged with, views held, events under "any", acts pending a present-tense "before"
clause. Sentences written for these tests."""
import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def _claims(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.type, c.subtype) for c in extract(text, published="2025-05-07").claims}


def _types(text: str) -> set[str | None]:
    return {t for t, _ in _claims(text)}


@pytest.mark.parametrize("text, absent", [
    # an event noun that is the object of the charged act ("of seizing [shipments]")
    ("The governor accused the militia of seizing fuel supplies on the highway.", "AID"),
    # an act nested in the charged act ("of prolonging ... by arming")
    ("The foreign ministry accused Western capitals of dragging out the conflict by "
     "arming the rebels.", "AID"),
    # an act in the purpose of the charged act ("of exploiting ... to justify a crackdown")
    ("The mayor accused the capital of exploiting the riot to justify a crackdown on "
     "traders.", "COERCE"),
    # the charging verb coordinated after a report shares its subject
    ("The envoy said the talks had stalled and accused the rebels of shelling the "
     "market.", "ASSAULT"),
    # a view held, not an agreement made
    ("Most observers now agree that the western front is collapsing.", "AGREE"),
    # an act not yet done, in a present-tense clause under "before"
    ("Aid workers fear supplies will run out before the town falls.", "COERCE"),
])
def test_precision_classes_yield_no_claim(text, absent):
    assert absent not in _types(text)


def test_an_event_under_any_is_not_told():
    assert "ASSAULT" not in _types(
        "The minister said any raid on the refinery would be answered at once.")


@pytest.mark.parametrize("text, expected", [
    # the accusation itself stays
    ("The governor accused the militia of seizing fuel supplies on the highway.",
     ("ACCUSE", None)),
    # a new act coordinated after the charge is told ("... and called on ...")
    ("The president accused the rebels of shelling the market and called on the envoys "
     "to act.", ("REQUEST", None)),
    # a denied event under "any" is told, as denied
    ("The ministry denied that any arms transfers had taken place.",
     ("AID", "arms_transfer")),
    # in the past tense, "before" tells the event
    ("Dozens fled the district before the town fell to the rebels.", ("COERCE", "capture")),
    # an agreement made, in the past tense, is told
    ("The two sides agreed that the truce would begin on Friday.", ("AGREE", "agreement")),
])
def test_the_told_events_stay(text, expected):
    assert expected in _claims(text)
