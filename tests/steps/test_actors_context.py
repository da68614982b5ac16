"""Countries and identities read from a mention's surroundings: a region before an office,
the embassy that places a diplomat, a possessing state beside its body, and bracketed short
forms (stop 17)."""
import pytest

from claimtrace.steps.actors_context import _initials_fit, is_diplomat
from claimtrace.steps.actors_coref import _Mention


def _by_mention(doc, text):
    return [a for a in doc.actors if any(m.text == text for m in a.mentions)]


def test_initials_fit_in_order():
    assert _initials_fit("AA", "Arakan Army")
    assert _initials_fit("RSF", "Rapid Support Forces")
    assert _initials_fit("NDF", "National Democratic Front for the North")
    assert not _initials_fit("RSF", "Sudanese Armed Forces")


def test_a_diplomat_is_known_by_the_title():
    m = _Mention(start=0, end=5, key="person:x", name="X", kind="person", role="Ambassador")
    assert is_diplomat(m)
    m.role = "Governor"
    assert not is_diplomat(m)


@pytest.mark.slow
def test_region_before_an_office_gives_the_country(run):
    doc = run("Kursk regional governor Pavel Orlov said debris fell on a school.")
    (p,) = _by_mention(doc, "Pavel Orlov")
    assert (p.kind, p.country) == ("person", "RUS")


@pytest.mark.slow
def test_embassy_in_the_sentence_places_the_ambassador(run):
    doc = run("The Japanese embassy in Nairobi said that Ambassador Kenji Mori met the "
              "families of the victims.")
    assert _by_mention(doc, "Kenji Mori")[0].country == "JPN"


@pytest.mark.slow
def test_possessing_state_stays_beside_its_ministry(run):
    doc = run("Brazil's defence ministry said two soldiers were wounded.")
    assert _by_mention(doc, "Brazil")[0].code == "BRA"
    (body,) = [a for a in doc.actors if a.kind == "government_body"]
    assert body.country == "BRA"


@pytest.mark.slow
def test_bracketed_short_form_used_alone_is_the_organization(run):
    doc = run("Fighters of the Kachin Liberation Front (KLF) seized a base on Sunday. "
              "Later the KLF said it had taken 40 prisoners.")
    (org,) = _by_mention(doc, "Kachin Liberation Front")
    assert org.country == "MMR"
    assert sum(m.text == "KLF" for m in org.mentions) == 2


@pytest.mark.slow
def test_untagged_name_before_its_short_form_is_an_organization(run):
    doc = run("The Coastal Relief Network (CRN) said on Tuesday that food stocks had run out.")
    (org,) = _by_mention(doc, "Coastal Relief Network")
    assert org.kind == "organization"


@pytest.mark.slow
def test_name_after_a_person_title_is_a_person(run):
    doc = run("The charity's director, Maria Lenz, said the convoy was turned back.")
    (p,) = _by_mention(doc, "Maria Lenz")
    assert p.kind == "person"


@pytest.mark.slow
def test_known_group_keeps_its_kind_before_its_short_form(run):
    doc = run("The Rapid Support Forces (RSF) shelled the city on Monday. The RSF denied it.")
    (org,) = _by_mention(doc, "Rapid Support Forces")
    assert org.kind == "armed_group"
    assert any(m.text == "RSF" for m in org.mentions)
