import pytest


def _by_mention(doc, text):
    return [a for a in doc.actors if any(m.text == text for m in a.mentions)]


@pytest.mark.slow
def test_bare_police_subject_is_the_home_state_body(run):
    doc = run("Gunmen attacked a village in Zamfara state, Nigeria, on Sunday. "
              "Police said six people died.")
    (a,) = _by_mention(doc, "Police")
    assert (a.kind, a.country) == ("government_body", "NGA")


@pytest.mark.slow
def test_counted_police_officers_and_gang_members(run):
    doc = run("Eleven police officers were wounded near Cauca, Colombia. "
              "Armed gang members fled across the river.")
    (a,) = _by_mention(doc, "police officers")
    assert a.country == "COL"
    (b,) = _by_mention(doc, "gang members")
    assert (b.kind, b.country) == ("armed_group", "COL")


@pytest.mark.slow
def test_bare_troops_stay_with_the_claims_step(run):
    doc = run("Troops moved north of Kharkiv, Ukraine, on Monday.")
    assert not _by_mention(doc, "Troops")


@pytest.mark.slow
def test_non_state_owner_gives_its_body_a_country(run):
    doc = run("The Taliban's defence ministry said jets struck a village in Khost.")
    (a,) = _by_mention(doc, "defence ministry")
    assert (a.kind, a.country) == ("government_body", "AFG")
    assert _by_mention(doc, "Taliban")


@pytest.mark.slow
def test_lower_case_office_without_a_name_is_a_person(run):
    doc = run("The bus was hit near a school in Quetta, Pakistan, the deputy commissioner said.")
    (a,) = _by_mention(doc, "deputy commissioner")
    assert (a.kind, a.country) == ("person", "PAK")


@pytest.mark.slow
def test_capitalized_definite_body_is_the_home_state_body(run):
    doc = run("Ukraine said on Monday its troops held Lyman. The General Staff said the "
              "attacks near Kupiansk, Ukraine, were repelled.")
    (a,) = _by_mention(doc, "General Staff")
    assert a.country == "UKR"


@pytest.mark.slow
def test_name_ending_in_a_state_is_an_organization_based_there(run):
    doc = run("The aid group CareNet Sudan said 12 people died in El Fasher.")
    (a,) = _by_mention(doc, "CareNet Sudan")
    assert (a.kind, a.country) == ("organization", "SDN")


@pytest.mark.slow
def test_title_before_a_state_is_no_organization(run):
    doc = run("Ukraine and Poland signed a deal on Monday, officials in Warsaw said.")
    (a,) = _by_mention(doc, "Poland")
    assert a.kind == "state" and a.code == "POL"


@pytest.mark.slow
@pytest.mark.parametrize("text, mention, country", [
    ("Gunmen attacked a post in Manipur, India. Police officials said ten attackers were "
     "killed.", "Police officials", "IND"),
    ("Gunmen attacked a post in Burkina Faso. The armed forces said they had repelled the "
     "attackers.", "armed forces", "BFA"),
    ("Fighting raged in Kadugli in Sudan. Army units withdrew from the town.", "Army units",
     "SDN"),
])
def test_a_state_body_named_by_a_lower_case_institution_word_is_the_home_states(
        run, text, mention, country):
    (actor,) = _by_mention(run(text), mention)
    assert actor.country == country
