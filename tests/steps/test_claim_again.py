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


def test_the_operation_named_again_is_the_attack_told_before_not_its_toll():
    doc = extract("Israeli jets struck a building in Gaza City on Monday, killing 12 people, "
                  "officials said. The Israeli military said the operation had ended on Tuesday.",
                  published="2024-12-04")
    strike, toll, again = doc.claims
    assert (again.trigger.text, again.type, again.subtype) == ("operation", "ASSAULT", "combat")
    codes = {a.id: a.code for a in doc.actors}
    assert codes[again.actor] == codes[strike.actor] == "ISR" and again.quantity is None
    assert again.inferred.get("target") == strike.id
    assert again.source.name == "The Israeli military" and again.certainty == "reported"
    assert [t.text for t in doc.times if t.id == again.time] == ["on Tuesday"]


def test_an_operation_disowned_is_the_disowners_and_denied():
    doc = extract("Israeli jets struck a building in Gaza City on Monday. A US spokesperson "
                  "said Washington had not been involved in the operation.",
                  published="2024-12-04")
    codes = {a.id: a.code for a in doc.actors}
    again = doc.claims[-1]
    assert again.trigger.text == "operation" and codes[again.actor] == "USA"
    assert again.certainty == "denied" and "actor" not in again.inferred


def test_an_operation_still_to_come_is_not_told_again():
    doc = extract("Israeli jets struck a building in Gaza City on Monday. Netanyahu said the "
                  "operation would continue.", published="2024-12-04")
    assert [c.trigger.text for c in doc.claims] == ["struck"]


def test_pictures_attest_the_attack_told_just_before_with_their_own_source():
    doc = extract("Gunmen attacked a convoy near the border on Monday, police said. Video "
                  "released by the army appeared to show thick smoke over two trucks. "
                  "Photographs of the road show dozens of spent cartridges.",
                  published="2024-12-04")
    attack, video, photos = doc.claims
    assert [c.trigger.text for c in (video, photos)] == ["show", "show"]
    assert video.type == photos.type == "ASSAULT" and video.inferred.get("target") in (
        None, attack.id)
    assert video.source.name == "Video released by the army" and video.certainty == "possible"
    assert photos.source.name.startswith("Photographs") and photos.certainty != "possible"


def test_a_report_showing_a_picture_is_no_picture_of_the_event():
    doc = extract("Gunmen attacked a convoy near the border on Monday. The report shows "
                  "that the convoy carried food.", published="2024-12-04")
    assert "shows" not in [c.trigger.text for c in doc.claims]


def test_attackers_moving_on_and_people_among_the_injured_tell_the_attack_on():
    doc = extract("Gunmen attacked a market in the town overnight, killing dozens, officials "
                  "said. Survivors said the attackers came on foot and stayed for hours. The "
                  "local chief was among the injured.", published="2025-06-15")
    attack, toll, moved, hurt = doc.claims
    assert (moved.trigger.text, moved.type, moved.subtype) == ("came", "ASSAULT", "attack")
    assert moved.source.name == "Survivors" and moved.target == attack.target
    assert (hurt.trigger.text, hurt.subtype) == ("injured", "casualties")


def test_troops_coming_with_no_attack_before_tell_nothing_again():
    doc = extract("The town was quiet on Monday. Then the fighters came.", published="2025-06-15")
    assert doc.claims == []


def test_a_view_that_the_real_figure_is_higher_retells_the_counted_event():
    doc = extract("At least 800 people were killed in the violence, the monitor said. Rights "
                  "groups believe the real number is considerably higher.",
                  published="2025-03-15")
    toll, view = doc.claims
    assert (view.trigger.text, view.subtype, view.quantity) == ("number", "casualties", None)
    assert view.source.name == "Rights groups" and view.certainty == "believed"
    doc = extract("At least 800 people were killed, the monitor said. Independent estimates "
                  "are considerably lower than the official figure.", published="2025-03-15")
    assert len(doc.claims) == 1


def test_people_counted_among_the_dead_give_the_toll_its_count():
    """Stop 17b: "Five of the dead were children" counts five (the partitive subject)."""
    doc = extract("Gunmen attacked a wedding in the village of Tanda on Saturday, killing 14 "
                  "people. Five of the dead were children, the mayor said.",
                  published="2025-05-07")
    again = doc.claims[-1]
    assert again.trigger.text == "dead" and again.subtype == "casualties"
    counts = {q.id: q.value for q in doc.quantities}
    assert counts[again.quantity] == 5


def test_victims_without_a_count_keep_no_quantity():
    doc = extract("A car bomb exploded near the market in Hodan on Sunday, killing 9 people. "
                  "The governor was among the injured, police said.", published="2025-05-07")
    again = doc.claims[-1]
    assert again.subtype == "casualties" and again.quantity is None
