"""Events told again (`claim_again`), on sentences written for these tests."""
import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def test_a_restated_figure_carries_the_earlier_roles_and_says_so():
    doc = extract("North Korea has sent about 1,500 troops to Russia, Seoul said. Officials "
                  "later put the figure at roughly 11,000.", published="2024-12-01")
    first, again = doc.claims
    assert (again.kind, again.type, again.subtype) == ("quantity", first.type, first.subtype)
    assert again.actor == first.actor and again.inferred.get("actor") == first.id
    assert again.trigger.text == "figure" and again.evidence.text.startswith("Officials")
    assert not again.evidence.text.endswith(" ")


def test_behind_it_takes_the_trigger_behind_and_the_new_actor():
    doc = extract("Gunmen attacked a market in the town on Friday. Officials said the "
                  "Islamic State was behind it.", published="2024-12-01")
    actors = {a.id: a.name for a in doc.actors}
    last = doc.claims[-1]
    assert last.trigger.text == "behind" and actors[last.actor] == "Islamic State"
    assert (last.type, last.quantity, last.recipient) == ("ASSAULT", None, None)
