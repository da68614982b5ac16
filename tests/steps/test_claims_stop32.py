"""Stop 32 readings."""
from __future__ import annotations

from claims_helpers import run


def _roles(doc, claim):
    codes = {a.id: a.code or a.country for a in doc.actors}
    return codes.get(claim.actor), codes.get(claim.target)


# a story naming two states about equally: Myanmar (the rebels' own country) and China
REBEL_STORY = (
    "Rebels of the Myanmar National Democratic Alliance Army have taken a border town in "
    "Myanmar's Shan state, near Myanmar's frontier with China. China urged calm, and "
    "China said its citizens had left. The MNDAA said it had seized dozens of military "
    "posts and hundreds of weapons.")


def test_rebels_taking_posts_in_their_own_country_take_them_from_its_state():
    doc, _ = run(REBEL_STORY, published="2023-11-10")
    seized = [c for c in doc.claims if c.trigger.text == "seized"]
    assert seized, [(c.type, c.trigger.text) for c in doc.claims]
    actor, target = _roles(doc, seized[0])
    assert target == "MMR"  # not China, the other state the story names
    assert seized[0].inferred.get("target") == "document"


def test_a_state_act_with_no_target_still_faces_the_other_state():
    # the opponent reading stays for states: "Russia launched drones" in a story of two sides
    doc, _ = run("Russia launched 90 drones overnight, Ukraine's air force said. Ukraine "
                 "said it shot down most of them. Russia and Ukraine traded blame.",
                 published="2024-05-02")
    launched = [c for c in doc.claims if c.trigger.text == "launched"]
    assert launched and _roles(doc, launched[0]) == ("RUS", "UKR")


def _typed(text):
    doc, _ = run(text)
    return [(c.type, c.subtype, c.trigger.text) for c in doc.claims]


def test_a_military_built_up_is_troops_mobilized():
    assert ("MOBILIZE", None, "beef") in _typed(
        "Warsaw has been seeking to beef up its military since the invasion began.")
    # the military as a speaker is no object: nothing is mobilized
    assert not any(t == "MOBILIZE" for t, _, _ in _typed("The military said it was ready."))


def test_advising_people_to_act_asks_it():
    assert _typed("The embassy advised its citizens to leave the country.") == [
        ("REQUEST", None, "advised")]
    # advice given to someone on a matter asks nothing of people
    assert _typed("He advised the president on security.") == []


def test_a_description_in_apposition_is_no_second_actor_and_names_its_group():
    text = ("The RSF shelled the city on Monday. The Coordination of Resistance Committees "
            "in El Fasher, a local volunteer group, confirmed the attack. The group advised "
            "residents to stay indoors.")
    doc, _ = run(text)
    names = [a.name for a in doc.actors]
    assert "local volunteer group" not in names  # the parse hangs it on El Fasher
    advised = next(c for c in doc.claims if c.trigger.text == "advised")
    # "the group": the committees the apposition called a group, not the nearer-named RSF
    assert advised.source.name == "Coordination of Resistance Committees"


def test_holding_out_and_leaving_people_dead_are_no_capture_or_withdrawal():
    assert _typed("Estimates of how many militants are still holding out vary.") == []
    assert _typed("The rebels held the town.") == [("COERCE", "capture", "held")]
    typed = _typed("Border clashes in the north leave a general dead and villages under fire")
    assert ("RETREAT", "withdrawal", "leave") not in typed
    assert ("ASSAULT", "casualties", "dead") in typed
    assert _typed("The troops left the town.") == [("RETREAT", "withdrawal", "left")]


def test_a_capture_awaited_once_something_happens_has_not_happened():
    assert _typed("Investigators would exhume the graves once government forces regain "
                  "control of the city.") == []
    # in the past tense the clause tells it
    assert ("COERCE", "capture", "retook") in _typed(
        "Once the army retook the town, it detained 20 men.")


def test_links_a_furniture_label_opens_are_furniture():
    text = ("Gunmen killed 12 soldiers near the border on Friday, the army said.\n\n"
            "More from Diplomacy: Ministers gather in Dakar ahead of summit | Talks on the "
            "north resume\n")
    doc, _ = run(text)
    assert [c.trigger.text for c in doc.claims] == ["killed"]
    assert any("Ministers gather" in str(s) and "furniture" in s.reason for s in doc.skipped)


def test_senses_that_tell_no_event():
    assert _typed("The government in Juba seized on the UN findings.") == []
    assert _typed("Rebels seized the town on Monday.") == [("COERCE", "capture", "seized")]
    # troops described by the side they are on
    assert ("SUPPORT", "support_statement", "backing") not in _typed(
        "Fighting broke out between troops loyal to Kiir and soldiers backing Machar.")
    assert _typed("Germany is backing Ukraine.") == [
        ("SUPPORT", "support_statement", "backing")]
    # men led towards trenches: no march of protest
    assert _typed("Pictures showed armed men marching lines of young men towards "
                  "trenches.") == []
    assert _typed("Thousands marched towards the capital.") == [("PROTEST", None, "marched")]


def test_acts_not_done_or_done_by_no_one():
    assert _typed("Men who had hidden instead of cheering the arriving fighters were "
                  "killed.") == [("ASSAULT", "casualties", "killed")]
    assert ("MOBILIZE", "troop_deployment", "operates") not in _typed(
        "Washington says it will support any force that operates under the command of the "
        "Iraqi government.")
    assert _typed("Three questions will shape the coming weeks: whether Washington is "
                  "prepared to accept a larger role for the militias.") == []


def test_only_weapons_are_tested():
    assert _typed("It was a message that is likely to be tested ahead of elections.") == []
    assert _typed("North Korea tested a new missile on Friday.") == [
        ("MOBILIZE", None, "tested")]
    assert _typed("Pyongyang may have tested a new engine.") == [("MOBILIZE", None, "tested")]


def test_refusing_to_give_in_is_rejecting_and_not_abandoning_is_support():
    assert ("REJECT", None, "lay") in _typed(
        "The militia's leaders said it would not lay down its weapons.")
    assert ("REJECT", None, "withdraw") in _typed(
        "An M23 spokesman said the group would not withdraw from the towns it holds.")
    assert ("SUPPORT", "support_statement", "abandon") in _typed(
        "He said the agency would not abandon the people of North Kivu.")
    # in the past a withdrawal that did not happen stays one, denied or negated
    assert [t for t, _, _ in _typed("Russian troops did not withdraw from the town.")] == [
        "RETREAT"]


def test_arming_oneself_mobilizes_and_resistance_met_is_fighting():
    assert _typed("Militias were arming themselves while the state looked away.") == [
        ("MOBILIZE", None, "arming")]
    assert _typed("Iran armed the Houthis.") == [("AID", "arms_transfer", "armed")]
    assert _typed("The advance met surprisingly little resistance.") == [
        ("ASSAULT", "combat", "met")]
    assert _typed("Putin met Kim in Pyongyang.") == [("CONSULT", "meeting", "met")]


def test_the_fighting_that_displaced_people_is_their_cause_not_a_claim():
    assert _typed("More than 250,000 people have been displaced by the fighting in "
                  "Amhara.") == [("COERCE", None, "displaced")]


def test_an_explainers_question_heading_is_no_claim():
    doc, _ = run("How the rebels held the city\n\nThe rebels held the city for a year.\n")
    assert [c.trigger.text for c in doc.claims] == ["held"]
    assert doc.claims[0].evidence.text.startswith("The rebels")
