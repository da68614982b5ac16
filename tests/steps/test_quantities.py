"""The quantities step on sentences written for these tests (needs the spaCy model)."""
from __future__ import annotations

import pytest

from claimtrace.model import Document
from claimtrace.steps.quantities import find_quantities


@pytest.fixture(scope="module")
def parse():
    from claimtrace.steps.parse import load_nlp

    nlp = load_nlp()

    def run(text: str) -> Document:
        doc = Document(text=text)
        doc.spacy = nlp(text)
        return find_quantities(doc)

    return run


def by_text(doc: Document) -> dict:
    return {q.text: q for q in doc.quantities}


@pytest.mark.slow
def test_counted_noun(parse):
    q = by_text(parse("The ministry said 8,500 soldiers crossed the border."))["8,500"]
    assert (q.value, q.qualifier, q.unit, q.counted) == (8500, "exact", None, "soldier")


@pytest.mark.slow
def test_counted_noun_across_modifiers(parse):
    doc = parse("Warsaw ordered 96 K239 rocket launchers and about 300 armoured vehicles.")
    got = {q.text: q.counted for q in doc.quantities}
    assert got == {"96": "launcher", "about 300": "vehicle"}


@pytest.mark.slow
def test_partitive(parse):
    q = parse("Officials believe that up to 40 of the helicopters were lost.").quantities[0]
    assert (q.text, q.qualifier, q.high, q.counted) == ("up to 40", "up_to", 40, "helicopter")


@pytest.mark.slow
def test_partitive_with_demonstrative(parse):
    q = parse("Nearly 700 of those sailors returned home.").quantities[0]
    assert (q.qualifier, q.counted) == ("approx", "sailor")


@pytest.mark.slow
def test_anaphora_skips_the_subject_of_the_clause(parse):
    text = ("The Tor batteries were moved to the coast, where Ukrainian drones hit "
            "three of them overnight.")
    q = parse(text).quantities[0]
    assert (q.value, q.counted) == (3, "battery")


@pytest.mark.slow
def test_measures_have_no_counted_noun(parse):
    doc = parse("The 203-millimetre guns fire shells 37 kilometres, and a $90 million package "
                "covers 15 per cent of the cost.")
    got = {(q.value, q.unit, q.counted) for q in doc.quantities}
    assert got == {(203, "mm", None), (37, "km", None), (90_000_000, "USD", None),
                   (15, "percent", None)}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The offensive began in 2022 and stalled.",
    "The talks were held on April 14 in Geneva.",
    "A 52-year-old man was detained.",
    "The convoy left at 6 p.m. local time.",
    "He was the second envoy to visit.",
    "Drones such as the Shahed-136 and Lancet-3 were used.",
    "No one was hurt and they blamed one another.",
])
def test_not_quantities(parse, text):
    assert parse(text).quantities == []


@pytest.mark.slow
def test_ids_and_offsets(parse):
    doc = parse("Some 2,000 refugees and at least 12 buses arrived.")
    assert [q.id for q in doc.quantities] == ["q1", "q2"]
    for q in doc.quantities:
        assert doc.text[q.start:q.end] == q.text


@pytest.mark.slow
def test_compound_units_and_article_units_are_measures(parse):
    doc = parse("Diesel sold for $1.9 a litre, the convoy moved at 40 km/h and each truck "
                "carried a tonne of flour.")
    got = {(q.value, q.unit, q.counted) for q in doc.quantities}
    assert got == {(1.9, "USD/l", None), (40, "km/h", None), (1, "t", None)}


@pytest.mark.slow
def test_list_shares_unit_and_counts_keep_their_noun(parse):
    doc = parse("Rockets with 20 and 40 km ranges hit 12 depots, about 3e4 litres burned.")
    got = [(q.value, q.unit, q.counted) for q in doc.quantities]
    assert got == [(20, "km", None), (40, "km", None), (12, None, "depot"),
                   (30000, "l", None)]


@pytest.mark.slow
def test_fraction_of_a_million_and_currency_code(parse):
    doc = parse("More than half a million people have fled, and the UN appealed for "
                "USD 40 million.")
    got = [(q.text, q.value, q.unit, q.qualifier, q.counted) for q in doc.quantities]
    assert got == [("More than half a million", 500_000, None, "more_than", "people"),
                   ("USD 40 million", 40_000_000, "USD", "exact", None)]


@pytest.mark.slow
def test_glued_million_dimensions_and_coordinates(parse):
    doc = parse("Officials say 1.5m people lack power; a 6 x 4 m crater was left at "
                "48°27′N 35°02′E.")
    got = [(q.text, q.value, q.unit, q.counted) for q in doc.quantities]
    assert got == [("1.5m", 1_500_000, None, "people"), ("6", 6, "m", None),
                   ("4 m", 4, "m", None)]


def test_a_range_is_stated_by_its_first_bound_and_keeps_its_interval(parse):
    doc = parse("Between 3,000 and 4,000 soldiers were fighting there.")
    [q] = doc.quantities
    assert (q.value, q.low, q.high, q.qualifier, q.counted) == (3000, 3000, 4000, "range",
                                                                "soldier")


def test_one_of_the_heaviest_is_a_ranking_not_a_count(parse):
    doc = parse("They fired 250 rockets on Sunday, one of the heaviest barrages of the war.")
    assert [q.value for q in doc.quantities] == [250]


def test_bases_are_counted_as_bases(parse):
    doc = parse("Insurgents attacked two military bases.")
    assert [q.counted for q in doc.quantities] == ["base"]


@pytest.mark.slow
def test_counted_noun_is_the_head_of_a_compound(parse):
    doc = parse("The army moved about 2,300 marine corps infantrymen and shipped "
                "two million artillery shells.")
    assert [q.counted for q in doc.quantities] == ["infantryman", "shell"]


@pytest.mark.slow
def test_a_bare_count_borrows_the_noun_of_the_count_before_it(parse):
    doc = parse("Police said 14 protesters were killed and nearly 90 injured.")
    assert [(q.value, q.counted) for q in doc.quantities] == [(14, "protester"), (90, "protester")]


@pytest.mark.slow
def test_a_part_takes_the_noun_of_its_whole(parse):
    doc = parse("Air defences shot down 60 missiles on Sunday, including more than "
                "a dozen over the capital.")
    assert doc.quantities[-1].counted == "missile"


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Landslide kills six in hill village",
                                  "Officials said more than 40 were wounded in the blast.",
                                  "The earthquake left at least 800 dead."])
def test_casualty_counts_count_people(parse, text):
    assert parse(text).quantities[0].counted == "people"


@pytest.mark.slow
def test_bare_casualty_count_takes_the_people_of_an_earlier_casualty_count(parse):
    doc = parse("The ministry said more than 300 soldiers had been killed or injured. A day "
                "later, officials said over 100 had been killed in a single week.")
    assert [q.counted for q in doc.quantities] == ["soldier", "soldier"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the earlier count is no casualty count: the bare one counts people
    "The army moved 300 tanks to the border. Later, 12 were killed in shelling.",
    "Strikes destroyed 12 bridges. Officials said 30 were killed.",
])
def test_bare_casualty_count_after_other_counts_counts_people(parse, text):
    assert parse(text).quantities[-1].counted == "people"


@pytest.mark.slow
def test_figures_take_the_noun_they_stand_for(parse):
    doc = parse("The agency counted 8,200 refugees. Aid groups later put the figure at "
                "roughly 9,000, and enemy casualties averaged 300 a day while the death toll "
                "rose to 1,450.")
    assert [q.counted for q in doc.quantities] == ["refugee", "refugee", "casualty", "people"]


@pytest.mark.slow
def test_dozens_of_them_refer_past_the_number(parse):
    doc = parse("Radar tracked 140 enemy drones, dozens of them near the coast.")
    assert doc.quantities[-1].counted == "drone"


@pytest.mark.slow
def test_hand_over_is_a_particle_not_a_qualifier(parse):
    q = parse("Both sides agreed to hand over 600 prisoners of war.").quantities[0]
    assert (q.text, q.qualifier, q.low, q.high, q.counted) == ("600", "exact", 600, 600,
                                                                "prisoner")


@pytest.mark.slow
def test_proper_noun_keeps_its_capitals_except_in_title_case(parse):
    assert parse("Cairo bought 24 French Mirages last year.").quantities[0].counted == "Mirage"
    doc = parse("Storm Destroys Homes And Kills 12 Villagers In Coastal Town")
    assert [q.counted for q in doc.quantities] == ["villager"]


@pytest.mark.slow
def test_number_of_things_put_at_a_figure(parse):
    doc = parse("Analysts put the number of rockets fired at more than 300.")
    assert by_text(doc)["more than 300"].counted == "rocket"


@pytest.mark.slow
def test_part_after_including_counts_the_whole_not_a_smaller_count(parse):
    doc = parse("Gunners downed 80 drones over several provinces, including 15 heading "
                "towards the capital.")
    assert by_text(doc)["80"].counted == "drone"
    assert by_text(doc)["15"].counted == "drone"


@pytest.mark.slow
def test_earlier_count_still_lends_its_noun(parse):
    doc = parse("The raid killed 12 guards and wounded 40.")
    assert by_text(doc)["40"].counted == "guard"


@pytest.mark.slow
def test_shares(parse):
    doc = parse("Nearly half of the clinics in the province remain shut.")
    q = by_text(doc)["Nearly half"]
    assert (q.value, q.qualifier, q.unit, q.counted) == (50, "approx", "percent", None)
    # a verbless aside on the make-up of the count before it is left out
    doc = parse("About 9,000 people fled the town, roughly half of them children.")
    assert list(by_text(doc)) == ["About 9,000"]


@pytest.mark.slow
def test_a_duration_counts_its_calendar_unit(parse):
    doc = parse("The rebels must leave the town within 60 days under a three-week truce.")
    got = {q.text: (q.value, q.unit, q.counted) for q in doc.quantities}
    assert got["60 days"] == (60, "day", "day")


@pytest.mark.slow
def test_the_noun_after_of_them_is_counted(parse):
    doc = parse("The shelling killed 14 people, five of them children, in the market.")
    assert by_text(doc)["five"].counted == "child"


@pytest.mark.slow
def test_counted_noun_after_a_long_name(parse):
    doc = parse("Berlin will send three more IRIS-T SLM air-defence systems this year.")
    assert by_text(doc)["three"].counted == "system"


@pytest.mark.slow
def test_numbers_in_names_are_no_counts(parse):
    doc = parse("The army fielded 20 Leopard 2 tanks, and Britain sent Challenger 2 tanks "
                "under security council resolutions 1441 and 1483.")
    assert list(by_text(doc)) == ["20"]
    assert by_text(doc)["20"].counted == "tank"


@pytest.mark.slow
def test_a_dative_name_keeps_its_count(parse):
    doc = parse("Washington sent Kyiv 31 tanks last year.")
    assert by_text(doc)["31"].counted == "tank"


@pytest.mark.slow
def test_day_ranges_before_a_month_and_listed_ages_are_no_counts(parse):
    doc = parse("Talks were held from 4-6 May. Two men aged 61 and 64 were freed.")
    assert list(by_text(doc)) == ["Two"]


@pytest.mark.slow
def test_a_coordinated_modifier_counts_the_shared_noun(parse):
    doc = parse("Officials said 14 army and border patrol trucks were burned.")
    assert by_text(doc)["14"].counted == "truck"


@pytest.mark.slow
def test_strong_counts_the_unit_it_describes(parse):
    doc = parse("A 400-strong battalion reached the town.")
    assert by_text(doc)["400"].counted == "battalion"


@pytest.mark.slow
def test_a_passive_estimate_counts_its_subject(parse):
    doc = parse("Losses were estimated at 2,000 by the general staff.")
    assert by_text(doc)["2,000"].counted == "loss"


@pytest.mark.slow
def test_over_a_count_of_areas_after_things_that_fly_is_where(parse):
    doc = parse("Air defences destroyed 120 drones overnight over 9 regions, the ministry said.")
    q = by_text(doc)["9"]
    assert (q.qualifier, q.counted) == ("exact", "region")
    doc = parse("Shelling damaged homes in over 9 regions, the ministry said.")
    assert by_text(doc)["over 9"].qualifier == "more_than"
    doc = parse("Troops shot down over 40 drones near the border.")
    assert by_text(doc)["over 40"].qualifier == "more_than"


@pytest.mark.slow
def test_a_count_right_after_a_casualty_verb_counts_people(parse):
    doc = parse("Drone strike on Kharkiv market kills at least 9\n\nThe strike hit a bus.")
    q = by_text(doc)["at least 9"]
    assert (q.value, q.qualifier, q.counted) == (9, "at_least", "people")
    q = by_text(parse("Gunmen raided the village, killing 14."))["14"]
    assert q.counted == "people"
    # a noun after the count is still what it counts
    assert by_text(parse("The shelling killed 12 soldiers."))["12"].counted == "soldier"


@pytest.mark.slow
def test_a_part_of_the_dead_or_wounded(parse):
    assert by_text(parse("Two of the wounded died in hospital."))["Two"].counted == "wounded"
    assert by_text(parse("The clinic took in dozens of injured."))["dozens"].counted == "injured"
    # what the clause says they were is what is counted
    assert by_text(parse("Five of the dead were women, the ministry said."))["Five"].counted \
        == "woman"


@pytest.mark.slow
def test_a_word_hyphenated_to_the_number_is_what_it_counts(parse):
    doc = parse("Two nine-storey blocks and a 200-bed hospital were hit. "
                "A five-member panel met after a two-week lull.")
    found = by_text(doc)
    assert found["nine"].counted == "storey"
    assert found["Two"].counted == "block"
    assert found["200"].counted == "bed"
    assert found["five"].counted == "member"
    assert found["two-week"].unit == "week"
