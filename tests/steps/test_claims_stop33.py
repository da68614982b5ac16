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
