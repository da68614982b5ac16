"""Countries of titled persons: the longest state name, nationality shared by coordinated
titles, and month names kept out of organization names (stop 17)."""
import pytest


def _by_mention(doc, text):
    return [a for a in doc.actors if any(m.text == text for m in a.mentions)]


@pytest.mark.slow
def test_longest_state_name_wins_before_an_appositive_name(run):
    doc = run("South Sudan's army chief, Peter Deng, denied the report on Friday.")
    (p,) = _by_mention(doc, "Peter Deng")
    assert (p.kind, p.country) == ("person", "SSD")


@pytest.mark.slow
def test_nationality_holds_for_a_coordinated_titled_name(run):
    doc = run("Philippine President Jose Santos met Japanese Foreign Minister Hiro Tanaka "
              "and Defence Minister Ken Sato in Manila.")
    assert _by_mention(doc, "Hiro Tanaka")[0].country == "JPN"
    assert _by_mention(doc, "Ken Sato")[0].country == "JPN"
    assert _by_mention(doc, "Jose Santos")[0].country == "PHL"


@pytest.mark.slow
def test_untitled_coordinated_name_keeps_its_own_reading(run):
    doc = run("Ukrainian Foreign Minister Olena Bondar and Pierre Martin, a French "
              "diplomat, spoke in Paris.")
    assert _by_mention(doc, "Olena Bondar")[0].country == "UKR"
    assert _by_mention(doc, "Pierre Martin")[0].country != "UKR"


@pytest.mark.slow
def test_month_name_does_not_open_an_organization_name(run):
    doc = run("Then in January Niger, Mali and Burkina Faso said they would leave the bloc.")
    assert not any(a.name.startswith("January") for a in doc.actors)
    assert _by_mention(doc, "Niger")[0].code == "NER"


def test_month_is_no_word_of_an_organization_name():
    import spacy
    from spacy.tokens import Doc

    from claimtrace.steps.actors_bare import _name_word

    doc = Doc(spacy.blank("en").vocab, words=["In", "March", "Relief", "Niger"],
              pos=["ADP", "PROPN", "PROPN", "PROPN"])
    assert not _name_word(doc[1]) and _name_word(doc[2])


@pytest.mark.slow
def test_people_in_the_region_take_no_country_from_the_common_noun(run):
    # the gazetteer has areas called "Region ..."; a common noun names none of them
    doc = run("Diplomats in the region say that Ethiopia will not abandon the plan.")
    assert all(a.country is None for a in _by_mention(doc, "Diplomats"))


@pytest.mark.slow
def test_people_in_a_named_place_take_its_country(run):
    doc = run("Officials in Kharkiv said two people were killed.")
    assert _by_mention(doc, "Officials")[0].country == "UKR"
