"""Stop-17 rows of the claims lexicons (`resources/claims/triggers.tsv`, `nouns.tsv`):
parties labelled partners, warnings of a price to pay, troops
arriving or going back, the wounded taken in. Sentences are our own."""
import pytest

from claimtrace import extract
from claimtrace.steps.claim_lexicon import noun_classes, triggers


def _types(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.type, c.subtype) for c in extract(text).claims}


def test_stop17_noun_classes():
    classes = noun_classes()
    assert classes["partner"] == classes["ally"] == classes["friend"] == "partner"
    assert classes["price"] == "price"
    assert classes["wounded"] == classes["injured"] == "wound"


def test_specific_rows_precede_the_general_ones():
    """The first row whose object fits wins: a partner is praise before any labelled charge."""
    for lemma in ("regard", "describe", "consider"):
        rows = triggers()[(lemma, "VERB")]
        support = next(i for i, r in enumerate(rows) if r.object == "partner")
        charge = next(i for i, r in enumerate(rows) if r.object == "labelled")
        assert support < charge, lemma


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("The foreign minister said Lisbon regarded Chile as an essential partner.",
     ("SUPPORT", "support_statement")),
    ("The president described Ghana as a close ally.", ("SUPPORT", "support_statement")),
    ("The spokesman said the rebels would pay a heavy price for the ambush.",
     ("THREATEN", "warning")),
    ("Residents confirmed the arrival of Chadian troops in the town.",
     ("MOBILIZE", "troop_deployment")),
    ("The army said the soldiers went back across the border after warning shots.",
     ("RETREAT", "withdrawal")),
    ("The hospital in Mopti received dozens of wounded on Sunday.",
     ("ASSAULT", "casualties")),
])
def test_stop17_rows_type_their_events(text, expected):
    assert expected in _types(text)


@pytest.mark.slow
@pytest.mark.parametrize("text, absent", [
    # a past price or a bill paid is no warning; people going back home are no retreat
    ("The ministry paid the price of the new radars last year.", "THREATEN"),
    ("Many families went back to their villages after the harvest.", "RETREAT"),
    ("The envoy described the shelling as a war crime.", "SUPPORT"),
    # the noun near "went" is not backgrounded as a told event
    ("The drone strike went beyond anything the town had seen.", "RETREAT"),
])
def test_stop17_rows_keep_other_senses_claim_free(text, absent):
    assert absent not in {t for t, _ in _types(text)}
