"""Stop 33 readings: figures restated by a new value, and bylines told from sentences."""
from __future__ import annotations

from claims_helpers import run

from claimtrace.steps.claims import BYLINE


def _restated(text, word):
    """The claim `word` makes of a sentence restating a figure, with its quantity's value."""
    doc, _ = run(text, published="2024-03-04")
    values = {q.id: q.value for q in doc.quantities}
    found = [c for c in doc.claims if c.trigger.text == word]
    return [(c.type, c.subtype, values.get(c.quantity),
             c.source.name if c.source else None) for c in found]


def test_a_toll_put_higher_at_a_number_is_the_giver_s_figure():
    assert _restated("A strike on the market killed 12 people, officials said. A local "
                     "monitor put the death toll higher, at 25.", "toll") == [
        ("ASSAULT", "casualties", 25, "A local monitor")]


def test_a_total_put_closer_to_a_number_restates_the_toll():
    assert _restated("Officials said 300 people died in the attack. An independent war "
                     "monitor put the total closer to 500.", "total") == [
        ("ASSAULT", "casualties", 500, "An independent war monitor")]


def test_a_figure_that_rises_to_a_number_restates_the_last_count():
    assert _restated("Gunmen killed 30 people on Sunday. The figure rose to 34 on Monday.",
                     "figure") == [("ASSAULT", "casualties", 34, None)]


def test_a_figure_likely_to_lie_between_two_numbers_is_the_teller_s_estimate():
    (claim,) = _restated("Rebels killed dozens of villagers. The final figure is likely to lie "
                         "between 100 and 130, the monitor said.", "figure")
    assert claim[:2] == ("ASSAULT", "casualties") and claim[3] == "the monitor"


def test_a_figure_compared_with_another_is_no_new_value():
    assert _restated("North Korea has lost 3,000 soldiers, Kyiv said. The figure is roughly "
                     "three times higher than the estimate Seoul gave last week.",
                     "figure") == []


def test_a_sentence_opening_with_by_and_a_day_is_no_byline():
    assert not BYLINE.fullmatch("By Monday the number had climbed to 34.")
    assert _restated("Gunmen killed 30 people on Sunday. By Monday the number had climbed "
                     "to 34.", "number") == [("ASSAULT", "casualties", 34, None)]


def test_bylines_are_still_bylines():
    for line in ("By Jane Doe and Ali Musa in Goma", "BY STAFF REPORTERS",
                 "By our correspondent", "By Amina Yusuf, 12 March 2024"):
        assert BYLINE.fullmatch(line), line


def test_a_real_figure_of_a_count_the_same_sentence_gave_is_not_the_attack_s():
    # the camp's population, not a figure of the shelling told before
    assert _restated("Shells hit 12 houses in the camp on Monday. The camp is home to more "
                     "than 63,000 refugees; residents say the real figure is closer to 80,000.",
                     "figure") == []


def _claims(text):
    doc, _ = run(text, published="2024-03-04")
    codes = {a.id: a.code or a.country for a in doc.actors}
    return [(c.type, c.subtype, c.trigger.text, codes.get(c.actor), c.certainty)
            for c in doc.claims]


def test_a_place_that_falls_to_a_side_is_taken_by_it():
    assert ("COERCE", "capture", "fell", "RUS", "asserted") in _claims(
        "The town of Kupiansk fell to Russian forces on Friday.")
    assert [c[:4] for c in _claims("Nyala falls to the RSF as Darfur's largest city empties")] \
        == [("COERCE", "capture", "falls", "SDN")]


def test_a_place_that_falls_in_another_sense_is_no_capture():
    for text in ("Russia fell short of its goals in 2023.", "Kyiv fell silent after the sirens.",
                 "Gaza fell into chaos after the strike."):
        assert not [c for c in _claims(text) if c[1] == "capture"], text


def test_the_loss_not_confirmed_by_the_losing_side_is_the_capture_unconfirmed():
    claims = _claims("Russian forces captured Selydove on Sunday, the ministry said. "
                     "Ukraine's military has not confirmed the loss.")
    assert ("COERCE", "capture", "loss", "RUS", "denied") in claims


def test_prisoners_who_escape_are_coerced_movement():
    assert [c[:3] for c in _claims("Hundreds of prisoners escaped in the chaos.")] == [
        ("COERCE", None, "escaped")]
    assert _claims("The gas escaped from the damaged pipe.") == []


def test_troops_flown_in_or_prepositioned_are_deployed_by_their_side():
    assert [c[:4] for c in _claims("Afghan commandos and reinforcements were flown in over "
                                   "the weekend.")] == [
        ("MOBILIZE", "troop_deployment", "flown", "AFG")]
    assert ("MOBILIZE", "troop_deployment", "prepositioned") in [c[:3] for c in _claims(
        "Officials said the Taliban had prepositioned fighters and weapons inside the city.")]
    assert [c[:4] for c in _claims("North Korean soldiers were deployed to the front, Kyiv "
                                   "said.")] == [("MOBILIZE", "troop_deployment", "deployed",
                                                  "PRK")]


def test_halting_arms_exports_is_a_sanction_and_other_exports_are_not():
    assert [c[:3] for c in _claims("Germany stopped arms sales to Riyadh.")] == [
        ("SANCTION", "sanction", "stopped")]
    assert _claims("Russia stopped gas supplies to Poland.") == []


def test_an_act_warned_against_is_the_warning_not_the_act():
    assert [c[:3] for c in _claims("Mattis warned the Syrian government against using "
                                   "chemical weapons again.")] == [
        ("THREATEN", "warning", "warned")]


def test_senses_that_tell_no_event():
    for text in ("LMRN takes no position on military action.",
                 "Within hours, roads heading west were jammed with cars.",
                 "Repair crews were working to restore supplies.",
                 "The blast left part of the town without power."):
        assert [c for c in _claims(text) if c[2] not in ("blast",)] == [], text


def test_the_same_words_still_tell_their_events():
    assert ("COERCE", "capture", "took") in [c[:3] for c in _claims(
        "The army took positions on the hill.")]
    assert ("ASSAULT", "attack", "jammed") in [c[:3] for c in _claims(
        "Russian forces jammed GPS signals over the Baltic.")]
    assert ("RETREAT", "withdrawal", "left") in [c[:3] for c in _claims(
        "Troops left the town without a fight.")]


def test_an_event_only_supposed_by_a_condition_is_not_told():
    claims = _claims("Sudanese officials warned that as many as 200,000 Ethiopians could seek "
                     "refuge if the fighting continues.")
    assert [c[:3] for c in claims] == [("THREATEN", "warning", "warned")]
    # the same noun in a main clause is told
    assert ("ASSAULT", "combat", "fighting") in [c[:3] for c in _claims(
        "The fighting continued on Monday.")]


def test_gunfire_that_begins_and_fire_that_comes_from_a_side_are_told():
    assert [c[:3] for c in _claims("A woman said the gunfire began shortly after dawn and "
                                   "continued until early afternoon.")] == [
        ("ASSAULT", "combat", "gunfire")]
    assert _claims("The gunfire did not stop.") == []
    (claim,) = _claims("Government forces in Taiz said the fire came from Houthi positions "
                       "on the eastern edge of the city.")
    assert claim[:4] == ("ASSAULT", "attack", "came", "YEM")
