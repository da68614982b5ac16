import pytest

from claimtrace.steps.actors_peoples import People, load_peoples, people_state


def test_table_maps_adjectives_and_plurals_to_one_people():
    table = load_peoples()
    assert table.forms["Kurdish"] is table.forms["Kurds"]
    assert table.forms["Kurdish"].states[0] == "IRQ"
    assert "Kurds" in table.bare and "Kurdish" not in table.bare
    assert "Karen" not in table.bare  # a first name too: only before a group noun


def test_people_state_prefers_the_nearest_named_state_of_the_people():
    p = People("Zed", ("AAA", "BBB"))
    assert people_state(p, [(2, "BBB"), (30, "AAA"), (4, "CCC")], at=5) == "BBB"
    assert people_state(p, [(4, "CCC")], at=5) == "AAA"  # none named: the main state


def _by_mention(doc, text):
    return [a for a in doc.actors if any(m.text == text for m in a.mentions)]


@pytest.mark.slow
def test_people_group_takes_the_state_named_in_the_document(run):
    doc = run("Kurdish fighters seized two villages in Syria on Monday, a monitor said.")
    (a,) = _by_mention(doc, "Kurdish fighters")
    assert (a.kind, a.country) == ("armed_group", "SYR")


@pytest.mark.slow
def test_people_group_without_a_named_state_is_its_main_state(run):
    doc = run("Tuareg rebels said they had downed a drone.")
    (a,) = _by_mention(doc, "Tuareg rebels")
    assert (a.kind, a.country) == ("armed_group", "MLI")


@pytest.mark.slow
def test_bare_people_is_a_group(run):
    doc = run("The Kurds have long demanded more autonomy from Baghdad.")
    (a,) = _by_mention(doc, "Kurds")
    assert (a.kind, a.country) == ("group", "IRQ")


@pytest.mark.slow
def test_religious_modifier_makes_a_group_phrase(run):
    doc = run("Islamic extremists burned a church in the north, Nigerian officials said.")
    (a,) = _by_mention(doc, "Islamic extremists")
    assert (a.kind, a.country) == ("armed_group", "NGA")


@pytest.mark.slow
def test_ethnic_people_belongs_to_the_other_state_named(run):
    doc = run("Ethnic Serbs blocked roads near the border with Kosovo, officials in Pristina said.")
    (a,) = _by_mention(doc, "Ethnic Serbs")
    assert a.country == "XKX"


@pytest.mark.slow
def test_leader_name_before_a_government_is_that_leader_state(run):
    doc = run("The Reagan administration announced new tariffs on Tuesday.")
    (a,) = _by_mention(doc, "Reagan administration")
    assert (a.kind, a.country) == ("government_body", "USA")
    doc = run("The Modi government has denied the reports.")
    (a,) = _by_mention(doc, "Modi government")
    assert (a.kind, a.country) == ("government_body", "IND")
