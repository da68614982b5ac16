"""Names the small model misses or mislabels: after a title's remit, before a "who"
clause, with a quoted nickname, after a capitalized rank; and a title's remit is no
nationality."""
import pytest


def _actor(doc, text):
    return next(a for a in doc.actors if any(text in m.text for m in a.mentions))


@pytest.mark.slow
def test_name_before_who_clause_is_a_person(run):
    doc = run("Marko Tellen, who leads the district council, said crews were still searching.")
    assert _actor(doc, "Marko Tellen").kind == "person"


@pytest.mark.slow
def test_quoted_nickname_stays_inside_one_person(run):
    doc = run('Weeks after Rafael "El Tigre" Montes, a founder of the gang, was arrested, '
              'fighting began.')
    actor = _actor(doc, "Montes")
    assert actor.kind == "person"
    assert actor.mentions[0].text == 'Rafael "El Tigre" Montes'
    assert not any(m.text == "El Tigre" for a in doc.actors for m in a.mentions)


@pytest.mark.slow
def test_forum_ends_an_organization_name(run):
    doc = run("Analysts at the Caspian Policy Forum warned that talks could stall.")
    assert _actor(doc, "Caspian Policy Forum").kind == "organization"


@pytest.mark.slow
def test_envoy_remit_is_no_nationality(run):
    doc = run("Kenya's special envoy for Somalia, Joseph Mwangi, said talks were under way.")
    assert _actor(doc, "Joseph Mwangi").country == "KEN"
