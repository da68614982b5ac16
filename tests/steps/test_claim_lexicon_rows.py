"""Rows of the claims lexicons (`resources/claims/triggers.tsv`, `nouns.tsv`): word families
type their events, and the false senses listed before them keep other uses claim-free."""
import pytest

from claimtrace import extract
from claimtrace.steps.claim_lexicon import noun_classes, triggers


def _types(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.type, c.subtype) for c in extract(text).claims}


def _claim_types(text: str) -> set[str]:
    return {c.type for c in extract(text).claims}


def test_false_senses_come_before_the_rows_they_shadow():
    """The first row whose object fits wins, so a `none` sense must precede the event row."""
    for lemma, shadowed in (("support", "any"), ("suspend", "any"), ("attend", "any"),
                            ("share", "shared_with"), ("hunt", "people")):
        rows = triggers()[(lemma, "VERB")]
        first_none = min(i for i, r in enumerate(rows) if r.kind == "none")
        event = next(i for i, r in enumerate(rows) if r.object == shadowed and r.kind != "none")
        assert first_none < event, lemma


def test_new_noun_classes():
    classes = noun_classes()
    assert classes["vengeance"] == classes["retribution"] == "retaliation"
    assert classes["reason"] == classes["stance"] == "stance"
    assert classes["clinic"] == classes["facility"] == "medical"
    assert classes["funeral"] == classes["burial"] == "rite"
    assert classes["rostrum"] == classes["podium"] == "stage"
    assert classes["loading"] == classes["mediation"] == "work"


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("The clan leaders said they would seek retribution for the ambush.",
     ("THREATEN", "warning")),
    ("The movement vowed vengeance against the army.", ("THREATEN", "warning")),
    ("Ankara respects Baku's reasons for closing the corridor, the minister said.",
     ("SUPPORT", "support_statement")),
    ("The envoy said Caracas understands Havana's decision to expel the diplomats.",
     ("SUPPORT", "support_statement")),
    ("Minsk provided drone technology to the junta last year.", ("AID", "arms_transfer")),
    ("The two presidents shared the podium at the military parade.", ("CONSULT", "meeting")),
    ("Villagers are being hunted in their homes by the militia, witnesses said.",
     ("ASSAULT", "attack")),
])
def test_word_families_type_their_events(text, expected):
    assert expected in _types(text)


@pytest.mark.slow
@pytest.mark.parametrize("text, absent", [
    ("The aid group is supporting twelve clinics in the province.", "SUPPORT"),
    ("Two gunships were supporting ground troops near the pass.", "SUPPORT"),
    ("The pipeline firm has suspended oil loadings at the terminal.", "SANCTION"),
    ("The emirate suspended its mediation efforts last week.", "SANCTION"),
    ("The governor attended the funeral of the slain guards.", "CONSULT"),
    ("He warned the generals that they would share the fate of the old regime.",
     "COOPERATE"),
    ("Rescuers hunted for survivors in the rubble.", "ASSAULT"),
])
def test_false_senses_stay_claim_free(text, absent):
    assert absent not in _claim_types(text)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("The two armies share intelligence on the insurgents.", "COOPERATE"),
    ("Tehran is supporting the rebels, the minister said.", "SUPPORT"),
    ("The minister attended talks in Geneva on Monday.", "CONSULT"),
    ("The government suspended the broadcasting licences of eight Russian outlets.",
     "SANCTION"),  # (flights suspended are no event since stop 30)
])
def test_the_same_verbs_keep_their_event_senses(text, expected):
    assert expected in _claim_types(text)
