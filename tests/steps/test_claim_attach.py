"""The claims step's choice of a trigger's quantity and time, on sentences written for these
tests (needs the spaCy model)."""
from __future__ import annotations

import pytest

from claimtrace.pipeline import extract

pytestmark = pytest.mark.slow


def _attached(text: str, *, published: str = "2025-03-14") -> list[tuple]:
    """(type, subtype, quantity text, time text) of each claim."""
    doc = extract(text, published=published)
    qs = {q.id: q.text for q in doc.quantities}
    ts = {t.id: t.text for t in doc.times}
    return [(c.type, c.subtype, qs.get(c.quantity), ts.get(c.time)) for c in doc.claims]


def _quantities(text: str, subtype: str, **kw) -> set:
    return {q for _, sub, q, _ in _attached(text, **kw) if sub == subtype}


def _times(text: str, type_: str, **kw) -> set:
    return {t for typ, _, _, t in _attached(text, **kw) if typ == type_}


def test_an_attack_takes_the_count_of_what_it_did():
    text = "A car bomb hit a crowded market in the town on Monday, killing at least nine people."
    assert "at least nine" in _quantities(text, "attack")


def test_coordinated_verbs_share_their_object():
    text = "Ukrainian units shot down or jammed 120 Russian drones and eight missiles overnight."
    assert _quantities(text, "equipment_loss") == {"120"}


def test_a_noun_that_counts_the_events_stands_in_for_them():
    text = "Israeli jets carried out four waves of strikes on Houthi targets in Yemen."
    assert _quantities(text, "attack") == {"four"}


def test_a_share_of_an_earlier_figure_is_not_the_figure():
    text = ("The army said its air defences had destroyed more than 90 drones overnight, "
            "dozens of them over the coast.")
    assert _quantities(text, "equipment_loss") == {"more than 90"}


def test_first_of_coordinated_counts_is_the_claim():
    text = "The ministry says about 60 fighters and more than 20 civilians have been killed."
    assert _quantities(text, "casualties") == {"about 60"}


def test_a_total_of_is_no_hop_away():
    text = ("The country is thought to have sent a total of around 9,000 troops in three "
            "brigades to the front, officials said.")
    assert "around 9,000" in {q for _, _, q, _ in _attached(text)}


def test_any_currency_counts_for_aid():
    text = "Tokyo has pledged 500 million yen in emergency aid to the flood victims."
    assert {q for typ, _, q, _ in _attached(text) if typ == "AID"} == {"500 million yen"}


def test_an_area_is_the_figure_of_a_capture_without_a_count():
    text = "Russian troops have retaken more than 300 square kilometres of territory in Kursk."
    assert {q for typ, _, q, _ in _attached(text) if typ == "COERCE"} == \
        {"more than 300 square kilometres"}


def test_the_event_time_beats_the_time_of_its_report():
    text = ("The health office now says at least 40 people have been killed since the clashes "
            "began on Saturday.")
    assert _times(text, "ASSAULT") == {"on Saturday"}


def test_a_since_in_the_phrase_does_not_date_the_event():
    text = ("The envoy arrived in the capital on Monday, his first visit to the country since "
            "2018, state media reported.")
    assert _times(text, "CONSULT") == {"on Monday"}


def test_a_day_beats_a_clock_time():
    text = "The army said the rocket was fired at the border town at 06:40 local time on Friday."
    assert _times(text, "ASSAULT") == {"on Friday"}


def test_the_dateline_is_no_event_time():
    text = ("LAGOS, March 12 (Wire) - Gunmen attacked a village in the north on Sunday, "
            "killing 14 people, police said.")
    assert _times(text, "ASSAULT") == {"on Sunday"}


def test_a_when_clause_takes_the_time_it_describes():
    text = ("The two states signed a defence pact in March, when the king visited the capital "
            "for the first time in 30 years.")
    assert _times(text, "CONSULT") == {"March"}


def test_a_clause_of_contrast_keeps_its_own_time():
    text = ("Analysts said losses averaged 900 a day in April, while the general staff put total "
            "losses since the February 2022 invasion at some 400,000 killed and wounded.")
    times = {t for _, sub, q, t in _attached(text) if q == "some 400,000"}
    assert times == {"February 2022"}


def test_a_vague_count_gives_way_to_a_stated_one_beside_it():
    text = "A shell hit the square on Monday and killed several guards and five aid workers."
    assert _quantities(text, "casualties") == {"five"}


def test_a_figure_far_short_of_another_is_not_joined_by_of():
    text = ("The regional force has about 300 soldiers in the province, far short of the 1,200 "
            "its members promised.")
    assert "about 300" in {q for typ, _, q, _ in _attached(text) if typ in ("MOBILIZE", "AID")}


def test_those_among_the_dead_are_counted():
    text = ("The RSF stormed the camp on Friday. Nine staff members of the aid group were "
            "among the dead, she said.")
    assert _quantities(text, "casualties") == {"Nine"}


def test_the_count_of_the_parties_is_not_the_figure_of_their_swap():
    text = ("The two governments completed their largest prisoner exchange so far, with each "
            "side freeing 250 detainees on Friday.")
    assert "two" not in {q for typ, _, q, _ in _attached(text) if typ == "AGREE"}


def test_a_relative_clause_dates_the_event_noun():
    text = ("The fighting has worsened since June 3, deepening a war that has ravaged the north "
            "since March 2021.")
    assert "March 2021" in _times(text, "ASSAULT")


def test_a_since_clause_dates_the_event_through_its_complement():
    text = ("About 900 people have been killed since the militia began shelling the city in "
            "August 2024, the ministry said.")
    times = {t for _, sub, q, t in _attached(text) if q == "About 900"}
    assert times == {"August 2024"}


def test_the_trigger_of_a_since_clause_takes_its_own_time():
    text = ("The dam has now been without power for ten days, the longest cut since rebel "
            "forces seized it in May 2023.")
    assert _times(text, "COERCE") == {"May 2023"}


def test_a_time_of_a_with_clause_is_not_the_events():
    text = ("The minister says about 2,000 troops have been deployed to the province since "
            "Sunday, with more being flown in today.")
    assert _times(text, "MOBILIZE") == {"Sunday"}


def test_a_sentence_with_no_time_goes_on_from_the_one_before():
    text = ("Shortly before dawn on March 3, a drone struck a fuel depot outside the port. "
            "Within hours, two pipelines nearby had also been damaged by drones.")
    assert _times(text, "ASSAULT") == {"March 3"}


def test_a_new_paragraph_inherits_no_time():
    text = ("Shortly before dawn on March 3, a drone struck a fuel depot outside the port.\n\n"
            "A second drone hit a pipeline nearby.")
    assert _times(text, "ASSAULT") == {"March 3", None}


def test_a_when_clause_under_its_verb_dates_the_killing():
    text = ("At least 60 people were killed when attackers opened fire on a crowd at a market on "
            "Friday night, police said on Saturday.")
    times = {t for _, sub, q, t in _attached(text) if q == "At least 60"}
    assert times == {"on Friday night"}


def test_a_day_counted_from_another_event_yields_to_the_day_named():
    text = "On Monday, a day after the ambush, the two delegations met in Ankara for talks."
    assert _times(text, "CONSULT") == {"On Monday"}


def test_the_event_an_offset_counts_from_keeps_it():
    text = ("Rebel fighters swept into the city on Friday, two days after launching their "
            "largest offensive in years, residents said.")
    attached = _attached(text)
    assert {t for typ, _, _, t in attached if typ == "COERCE"} == {"on Friday"}
    assert "two days" in {t for typ, _, _, t in attached if typ == "ASSAULT"}


def test_a_lapse_of_days_is_no_figure():
    text = ("Rebel fighters swept into the city on Friday, two days after launching their "
            "largest offensive in years, residents said.")
    assert {q for typ, _, q, _ in _attached(text) if typ == "COERCE"} == {None}


def test_an_after_clause_hung_from_the_report_dates_the_event():
    text = ("Insurgents have seized the district capital, a key crossroads in the east, after "
            "the army withdrew overnight on Tuesday, two residents told reporters.")
    assert _times(text, "COERCE") <= {"overnight", "on Tuesday"}
    assert _times(text, "COERCE")


def test_a_year_before_a_participle_dates_it():
    text = ("Government jets bombed rebel positions overnight, in what would be the first raids "
            "on the town since a 2019 truce brokered by Ankara.")
    assert _times(text, "AGREE") == {"2019"}


def test_the_object_of_left_dead_is_counted():
    text = ("Troops stormed the village on Sunday in a dawn raid that local officials say left "
            "52 people dead.")
    assert _quantities(text, "casualties") == {"52"}


def test_a_headline_event_noun_takes_its_count():
    text = "Militia Attack Kills 45 Villagers In Northern Province"
    assert _quantities(text, "attack") == {"45"}


def test_a_count_the_parser_gave_to_the_speakers_is_the_events():
    text = ("A suicide bomber struck a checkpoint near the port on Sunday, killing at least "
            "seven people, police and witnesses said.")
    assert _quantities(text, "casualties") == {"at least seven"}
    assert _quantities(text, "attack") == {"at least seven"}


def test_a_live_entry_takes_its_timestamp():
    text = ("Truce holds in the north: live\n\n06:00 GMT (08:00 local)\n"
            "The truce has formally taken effect.")
    assert "06:00 GMT" in _times(text, "AGREE")


def test_a_sentence_that_follows_on_looks_back_past_its_paragraph():
    text = ("Rebels shelled the town on Friday, officials said.\n\n"
            "The army said troops had seized large amounts of weapons.\n\n"
            "Afterwards, a drone strike on the base killed several soldiers.")
    assert {t for _, sub, q, t in _attached(text) if q == "several"} == {"on Friday"}
    # "Hours later" is a time of its own now (the same day as the last date told)
    later = text.replace("Afterwards", "Hours later")
    assert {t for _, sub, q, t in _attached(later) if q == "several"} == {"Hours later"}


def test_a_year_that_names_the_object_does_not_date_the_event():
    text = "On Monday the cabinet suspended the 2019 border accord with its neighbour."
    assert _times(text, "REJECT") == {"On Monday"}
    assert _times(text, "AGREE") == set()  # a deal suspended is no new agreement


def _parsed(words, heads, deps, pos):
    """A hand-parsed sentence (heads as absolute indices), no model needed."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_those_made_to_flee_are_counted_when_read_as_the_infinitive_subject():
    from claimtrace.steps.claim_attach import _caused_subject

    # "The raid forced 3,000 villagers to flee", with "villagers" parsed under "flee"
    doc = _parsed(["The", "raid", "forced", "3,000", "villagers", "to", "flee", "."],
                  [1, 2, 2, 4, 6, 6, 2, 2],
                  ["det", "nsubj", "ROOT", "nummod", "nsubj", "aux", "ccomp", "punct"],
                  ["DET", "NOUN", "VERB", "NUM", "NOUN", "PART", "VERB", "PUNCT"])
    assert _caused_subject(doc[2]) == {3, 4}


def test_a_reported_clause_lends_no_subject():
    from claimtrace.steps.claim_attach import _caused_subject

    # "Officials said 3,000 villagers fled": no infinitive, the figure is the clause's own
    doc = _parsed(["Officials", "said", "3,000", "villagers", "fled", "."],
                  [1, 1, 3, 4, 1, 1],
                  ["nsubj", "ROOT", "nummod", "nsubj", "ccomp", "punct"],
                  ["NOUN", "VERB", "NUM", "NOUN", "VERB", "PUNCT"])
    assert _caused_subject(doc[1]) == set()


def test_a_year_before_the_noun_it_names():
    from claimtrace.steps.claim_attach import _dates_other_noun

    # "halted the 2018 truce deal", "halted" the trigger; then "brokered" describing "deal"
    doc = _parsed(["They", "halted", "the", "2018", "truce", "deal", "brokered", "abroad"],
                  [1, 1, 5, 4, 5, 1, 5, 6],
                  ["nsubj", "ROOT", "det", "nummod", "compound", "dobj", "acl", "advmod"],
                  ["PRON", "VERB", "DET", "NUM", "NOUN", "NOUN", "VERB", "ADV"])
    year = [doc[3]]
    assert _dates_other_noun(year, doc[1])
    assert not _dates_other_noun(year, doc[6])
    assert not _dates_other_noun(year, doc[5])


def test_a_headline_is_told_from_a_sentence():
    import spacy

    nlp = spacy.blank("en")
    assert _headline_of(nlp("note Rebel Raid Kills Fourteen Farmers in Northern Province")) is True
    assert _headline_of(nlp("Rebels raided the village and killed fourteen farmers.")) is False
    assert _headline_of(nlp("rebels raided the village and killed fourteen farmers")) is False


def _headline_of(doc) -> bool:
    from claimtrace.steps.claim_attach import _headline

    return _headline(doc[:])


def test_a_sum_in_a_currency_named_by_its_word_is_the_claims_money_figure():
    doc = extract("Manila said the coast guard would demand compensation for the damage, which "
                  "it put at about 90 million pesos ($1.5 million).",
                  published="2025-03-14")
    by_id = {q.id: q for q in doc.quantities}
    asked = [c for c in doc.claims if c.type == "REQUEST"]
    assert [(by_id[c.quantity].value, by_id[c.quantity].unit) for c in asked] == [
        (90_000_000, "PHP")]


def test_the_population_of_a_place_is_no_count_of_the_attack():
    text = "Armed men raided the village, which is home to about 12,000 people, on Sunday."
    assert "about 12,000" not in _quantities(text, "attack")
    text = "Gunmen attacked Kessa, a town of 20,000 inhabitants, on Friday."
    assert "20,000" not in _quantities(text, "attack")
    text = "The rebels shelled the city, home to 400,000 people, overnight."
    assert "400,000" not in _quantities(text, "attack")


def test_a_count_beside_a_population_is_kept():
    text = "Gunmen attacked Kessa, a town of 20,000 inhabitants, killing 14 people."
    assert "14" in _quantities(text, "attack") | _quantities(text, "casualties")
