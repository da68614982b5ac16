"""The figure a claim carries (stop 18, issue 5): a trigger that describes the people of a
tally ("the number of people killed") takes the figure the tally's verb states, and only
a tally does so (sentences written for these tests)."""
import pytest

from claimtrace import extract

pytestmark = pytest.mark.slow


def claim(doc, word):
    """The claim whose trigger is `word`."""
    found = [c for c in doc.claims if c.trigger is not None and c.trigger.text == word]
    assert found, [(c.trigger and c.trigger.text, c.type) for c in doc.claims]
    return found[0]


def figure(doc, c):
    quants = {q.id: q for q in doc.quantities}
    q = quants.get(c.quantity)
    return (q.value, q.qualifier) if q is not None else None


def test_the_number_of_people_killed_takes_the_figure_it_climbed_to():
    doc = extract("The number of people killed when shells struck a crowded bus station in "
                  "Sumy climbed to at least 23 on Friday, the regional governor said.",
                  published="2025-06-14")
    assert figure(doc, claim(doc, "killed")) == (23, "at_least")


def test_a_tally_of_the_wounded_stated_with_to():
    doc = extract("The number of civilians wounded in the shelling of Kherson has risen to "
                  "57, officials said.", published="2025-06-14")
    assert figure(doc, claim(doc, "wounded")) == (57, "exact")


def test_a_noun_that_is_no_tally_lends_its_verb_no_figure():
    # the families receive the money; the money is no figure of the killings
    doc = extract("The families of villagers killed in the raid near Gao received 300 "
                  "dollars each from the governor.", published="2025-06-14")
    assert figure(doc, claim(doc, "killed")) is None


def test_a_count_of_places_serves_only_when_no_other_count_is_told():
    doc = extract("The IOM said more than 40,000 people have fled the two towns.",
                  published="2025-05-22")
    quants = {q.id: q for q in doc.quantities}
    fled = next(c for c in doc.claims if c.evidence.text.startswith("The IOM"))
    assert quants[fled.quantity].value == 40000
    # (a curfew; since stop 23 internet suspended by a government is no sanction at all)
    doc = extract("The government imposed a curfew in seven districts.",
                  published="2025-05-22")
    quants = {q.id: q for q in doc.quantities}
    assert [quants[c.quantity].value for c in doc.claims if c.quantity] == [7]


def test_a_hyphenated_size_of_a_struck_building_is_no_figure_of_the_strike():
    doc = extract("A missile slammed into a five-storey building in the city on Monday.",
                  published="2025-06-14")
    assert figure(doc, claim(doc, "slammed")) is None
    doc = extract("A missile struck a 200-bed hospital, killing four people.",
                  published="2025-06-14")
    assert figure(doc, claim(doc, "struck")) == (4, "exact")


def test_a_hyphenated_figure_of_the_event_itself_stays_its_figure():
    doc = extract("Both sides signed a 30-day truce in Doha.", published="2025-06-14")
    assert figure(doc, claim(doc, "signed")) == (30, "exact")
