"""Hedged, disputed and endorsed claims told by how a speaker characterizes them
(`claim_hedges`, `claim_stance`), on sentences written for these tests."""
import pytest

from claimtrace import extract
from claimtrace.model import Document, Meta
from claimtrace.steps.claim_hedges import hedge_of, not_excluded
from claimtrace.steps.parse import parse_batch

pytestmark = pytest.mark.slow


def _claims(text: str):
    doc = extract(text, published="2025-03-10")
    codes = {a.id: a.code for a in doc.actors}
    return [(c, codes.get(c.actor), codes.get(c.recipient), codes.get(c.target))
            for c in doc.claims]


def _parse(text: str):
    doc = Document(text=text, meta=Meta())
    parse_batch([doc])
    return doc.spacy


# --- 1. hedged possibility

@pytest.mark.parametrize("text, target", [
    ("The foreign minister told parliament that Moscow's involvement could not be ruled out.",
     "RUS"),
    ("The Swedish prime minister said she could not exclude Russian involvement in the blasts.",
     "RUS"),
    ("Officials in Vilnius said they could not exclude that the fire was part of a Russian "
     "sabotage campaign.", "RUS"),
])
def test_a_partys_share_not_excluded_is_a_possible_charge(text, target):
    found = [f for f in _claims(text) if f[0].type == "ACCUSE"]
    assert found, _claims(text)
    claim, _, _, accused = found[0]
    assert (claim.subtype, accused, claim.certainty, claim.negated) == (
        "warning", target, "possible", False)
    assert claim.source.kind != "author"


@pytest.mark.parametrize("text, type_", [
    ("Police said detectives had not ruled out sabotage.", "ASSAULT"),
    ("Western officials said Belarus may have been behind the attack on the depot.", "ASSAULT"),
    ("Diplomats said it is possible that Iran supplied the missiles to the militia.", "AID"),
    ("Seoul did not rule out that Pyongyang had shipped artillery shells to Russia.", "AID"),
])
def test_an_act_not_excluded_keeps_its_type_and_is_possible(text, type_):
    found = [c for c, *_ in _claims(text) if c.type == type_]
    assert found, _claims(text)
    assert (found[0].certainty, found[0].negated) == ("possible", False)


def test_a_negated_ruling_out_is_no_rejection():
    types = {c.type for c, *_ in _claims("The government did not rule out talks with the "
                                         "rebels.")}
    assert "REJECT" not in types


@pytest.mark.parametrize("text", [
    "The army ruled out a ceasefire with the insurgents.",
    "Kyiv has ruled out any talks with Moscow.",
])
def test_ruling_out_stays_a_rejection(text):
    claims = _claims(text)
    assert any(c.type == "REJECT" and c.certainty != "possible" for c, *_ in claims), claims


def test_a_plain_statement_is_not_hedged():
    (claim, actor, _, _), = [f for f in _claims("The minister said Russia was behind the "
                                                "attack on the depot.") if f[0].type == "ASSAULT"]
    assert (actor, claim.certainty) == ("RUS", "reported")


def test_what_counts_as_not_excluding():
    sp = _parse("Investigators have not ruled out arson, but they ruled out an accident.")
    rule = [t for t in sp if t.lemma_ == "rule"]
    assert [not_excluded(t) for t in rule] == [True, False]
    arson = next(t for t in sp if t.lower_ == "arson")
    accident = next(t for t in sp if t.lower_ == "accident")
    assert hedge_of(arson).i == rule[0].i and hedge_of(accident) is None


def test_a_hedge_reaches_no_clause_told_apart():
    sp = _parse("Nobody said the army attacked the town, and no one ruled out talks.")
    attacked = next(t for t in sp if t.lower_ == "attacked")
    assert hedge_of(attacked) is None


# --- 2. denial by characterization

@pytest.mark.parametrize("text", [
    "The shipping company said the collision was accidental.",
    "The defence ministry described reports of the shelling as false.",
    "Tehran called the accusations lies.",
])
def test_a_charge_called_false_or_an_act_called_accidental_is_rejected(text):
    claims = _claims(text)
    rejects = [c for c, *_ in claims if c.type == "REJECT"]
    assert rejects, claims
    assert rejects[0].certainty == "denied" and rejects[0].source.kind != "author"
    assert not any(c.type == "ACCUSE" for c, *_ in claims)  # no charge made by rejecting one


def test_the_rejected_account_names_its_accuser():
    (claim, _, _, accuser), = [f for f in _claims(
        "Hezbollah said the Israeli account of the raid was false.") if f[0].type == "REJECT"]
    assert accuser == "ISR" and claim.certainty == "denied"


@pytest.mark.parametrize("text", [
    "The commander said the strike was deliberate.",
    "The ministry said the report was accurate.",
    "Engineers said the outage was accidental.",  # no harm nor act said to be accidental
])
def test_no_rejection_without_a_charge_called_false(text):
    assert not any(c.type == "REJECT" for c, *_ in _claims(text))


# --- 3. endorsement by characterization

@pytest.mark.parametrize("text, recipient", [
    ("The EU's foreign policy chief said Armenia's decision to sign the treaty was a historic "
     "step.", "ARM"),
    ("The spokesman said the handover of the prisoners was an important milestone.", None),
])
def test_a_move_called_good_is_backed(text, recipient):
    found = [f for f in _claims(text) if f[0].type == "SUPPORT"]
    assert found, _claims(text)
    claim, _, backed, _ = found[0]
    assert claim.subtype == "support_statement" and claim.source.kind != "author"
    assert backed == recipient


@pytest.mark.parametrize("text", [
    "The minister said the attack was a major success.",  # a hostile act's boast
    "The minister said the strike was a serious escalation.",
    "Analysts said the weather was an important factor.",
    "The historic step was taken in 1994.",  # no one's word
])
def test_no_backing_without_praise_of_a_move(text):
    assert not any(c.type == "SUPPORT" for c, *_ in _claims(text))
