"""Number phrases without a model: values, qualifiers, intervals, units, rejections."""
from __future__ import annotations

import pytest

from claimtrace.numbers import interval, parse_digits, parse_number, parse_words, scan


def one(text: str):
    found = scan(text)
    assert len(found) == 1, found
    p = found[0]
    return text[p.start:p.end], p.value, p.low, p.high, p.qualifier, p.unit


@pytest.mark.parametrize("text,value", [
    ("five", 5), ("twenty-three", 23), ("a dozen", 12), ("a hundred and two", 102),
    ("three million, two hundred & forty", 3_000_240), ("two and a half", 2.5),
    ("one-half", 0.5), ("two thirds", 2 / 3), ("ninety", 90),
])
def test_parse_words(text, value):
    assert parse_words(text) == pytest.approx(value)


@pytest.mark.parametrize("text,value", [
    ("11,000", 11000), ("1.5", 1.5), ("10 000", 10000), ("2 1/2", 2.5), ("1/4", 0.25),
    ("2½", 2.5),
])
def test_parse_digits(text, value):
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text,value", [
    ("1.5 million", 1_500_000), ("$6bn", 6e9), ("€2 billion", 2e9), ("40%", 40),
    ("seven", 7), ("nothing here", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text,expected", [
    ("Kyiv received 7,500 shells.", ("7,500", 7500, 7500, 7500, "exact", None)),
    ("It sent around 9,000 men.", ("around 9,000", 9000, None, None, "approx", None)),
    ("roughly 600 of them", ("roughly 600", 600, None, None, "approx", None)),
    ("nearly 80 drones", ("nearly 80", 80, None, None, "approx", None)),
    ("perhaps 30 boats", ("perhaps 30", 30, None, None, "approx", None)),
    ("an estimated 1,300 sailors", ("an estimated 1,300", 1300, None, None, "approx", None)),
    ("up to 70 of the tanks", ("up to 70", 70, None, 70, "up_to", None)),
    ("as many as 90 jets", ("as many as 90", 90, None, 90, "up_to", None)),
    ("as high as 600 dead", ("as high as 600", 600, None, 600, "up_to", None)),
    ("at least nine boats", ("at least nine", 9, 9, None, "at_least", None)),
    ("more than 350 vehicles", ("more than 350", 350, 350, None, "more_than", None)),
    ("over 1,000 homes", ("over 1,000", 1000, 1000, None, "more_than", None)),
    ("fewer than 30 crews", ("fewer than 30", 30, None, 30, "less_than", None)),
    ("an additional 6,000 reservists", ("an additional 6,000", 6000, 6000, 6000, "exact", None)),
    ("between 2,000 and 4,000 men", ("between 2,000 and 4,000", 3000, 2000, 4000, "range", None)),
    ("2,000-4,000 men", ("2,000-4,000", 3000, 2000, 4000, "range", None)),
    ("2,000 to 4,000 men", ("2,000 to 4,000", 3000, 2000, 4000, "range", None)),
    ("dozens of drones", ("dozens", 24, 24, 99, "vague", None)),
    ("tens of thousands of people", ("tens of thousands", 20000, 20000, 99999, "vague", None)),
    ("several hundred soldiers", ("several hundred", 200, 200, 999, "vague", None)),
    ("closer to 80,000 refugees", ("closer to 80,000", 80000, None, None, "approx", None)),
])
def test_qualifiers(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize("text,value,unit", [
    ("a range of 35 kilometres", 35, "km"), ("a 122-millimetre gun", 122, "mm"),
    ("152mm rounds", 152, "mm"), ("$75 million in aid", 75_000_000, "USD"),
    ("a £3bn loan", 3e9, "GBP"), ("€1.2 billion", 1.2e9, "EUR"),
    ("35 per cent of the grid", 35, "percent"), ("12% of voters", 12, "percent"),
    ("9 trillion won", 9e12, "KRW"), ("18 tonnes of grain", 18, "t"),
    ("four miles away", 4, "mi"),
])
def test_units(text, value, unit):
    _, v, _, _, _, u = one(text)
    assert (v, u) == (pytest.approx(value), unit)


def test_number_and_unit_across_a_line_break():
    text = "can strike up to 25\nkilometers away"
    assert one(text)[0] == "up to 25\nkilometers"


@pytest.mark.parametrize("text", [
    "the KN-23 missile", "an M1989 launcher", "Su-25 jets", "F-35 jets", "a 2S7 gun",
    "Lancet-3 drones", "in the 1980s", "the 20th century", "at 14:30", "at 3 pm",
])
def test_model_numbers_decades_ordinals_times_are_not_numbers(text):
    assert scan(text) == []


def test_lists_of_number_words_stay_apart():
    values = [p.value for p in scan("five, twenty-three and six")]
    assert values == [5, 23, 6]


def test_interval():
    assert interval(10, "exact") == (10, 10)
    assert interval(10, "up_to") == (None, 10)
    assert interval(10, "more_than") == (10, None)
    assert interval(10, "approx") == (None, None)


def test_offsets_are_exact():
    text = "Officials said about 1,400 troops and $2bn arrived."
    for p in scan(text):
        assert text[p.start:p.end] in ("about 1,400", "$2bn")


@pytest.mark.parametrize("text,value", [
    ("6.1e3", 6100), ("2e-4", 0.0002), ("3.2×10⁻⁴", 0.00032), ("7.5x10-2", 0.075),
    ("4 × 10^6", 4_000_000), ("3x2^8", 768),
])
def test_scientific_notation(text, value):
    assert parse_digits(text) == pytest.approx(value)
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text,value,unit", [
    ("a speed of 900 km/h", 900, "km/h"), ("paid $22.5/hour", 22.5, "USD/h"),
    ("wheat at €210 per tonne", 210, "EUR/t"), ("$40 a barrel", 40, "USD/bbl"),
    ("a flux of 3 W/m^2", 3, "W/m2"), ("it fell at 9.8 m/s2", 9.8, "m/s2"),
    ("a 2.7e5 km2 zone", 270_000, "km2"), ("a 64 GiB card", 64, "GiB"),
    ("it got to -12C", -12, "°C"), ("a 300 K plasma", 300, "K"),
    ("a 1,200-kilometre range", 1200, "km"), ("36 hours of shelling", 36, "h"),
    ("rose 2.5 percent per year", 2.5, "percent/year"), ("five cents a litre", 5, "cent/l"),
    ("-40° on the Fahrenheit scale", -40, "°F"), ("a 35° slope", 35, "deg"),
    ("strikes three times a day", 3, "1/day"), ("a 4.2 pm grid", 4.2, "pm"),
])
def test_compound_and_new_units(text, value, unit):
    found = [p for p in scan(text) if p.unit is not None]
    assert [(p.value, p.unit) for p in found] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize("text,value,unit", [
    ("I want a gallon of fuel", 1, "gal"), ("not worth a penny", 1, "penny"),
    ("an ounce of gold", 1, "oz"), ("half a mile away", 0.5, "mi"),
])
def test_article_means_one(text, value, unit):
    _, v, _, _, q, u = one(text)
    assert (v, q, u) == (value, "exact", unit)


@pytest.mark.parametrize("text", [
    "a second strike", "a day later", "a bit more", "a year ago", "a degree of trust",
    "a cup of tea", "on a yard",
])
def test_article_before_non_counting_units_is_no_number(text):
    assert scan(text) == []


def test_uncertainty_is_a_range():
    assert one("a mass of 12.5±0.2 kg") == ("12.5±0.2 kg", 12.5, 12.3, 12.7, "range", "kg")
    p = scan("g = 9.81 +/- 0.01 m/s2")[0]
    assert (p.value, p.low, p.high, p.unit) == (9.81, 9.8, 9.82, "m/s2")


def test_a_list_of_numbers_takes_the_last_unit():
    got = [(p.value, p.unit) for p in scan("doses of 20, 40 or 80 mg a day")]
    assert got == [(20, "mg/day"), (40, "mg/day"), (80, "mg/day")]
    # an age and a year do not borrow a unit
    assert [p.unit for p in scan("aged 31 and 33 years old")] == [None, "year"]
    assert [p.unit for p in scan("in 2021, and 300,000 t of grain")] == [None, "t"]


@pytest.mark.parametrize("text,expected", [
    ("some 500-ish recruits", ("some 500-ish", 500, None, None, "approx", None)),
    ("40-plus launchers", ("40-plus", 40, 40, None, "at_least", None)),
    ("70+ sorties", ("70+", 70, 70, None, "at_least", None)),
])
def test_suffix_qualifiers(text, expected):
    got = one(text)
    assert got[1:] == expected[1:]


@pytest.mark.parametrize("text,value,unit", [
    ("12K troops", 12_000, None), ("273.15K", 273.15, "K"), ("a 900b packet", 900, "bit"),
    ("100 Nm of torque", 100, "N·m"), ("5000 mAh", 5000, "mA·h"), ("a 3 MW plant", 3, "MW"),
])
def test_glued_symbols(text, value, unit):
    _, v, _, _, _, u = one(text)
    assert (v, u) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", [
    "met at 11 am", "by 9.30pm", "a 2-to-1 vote", "the K2 summit", "case 21-cr-1044",
])
def test_clock_times_ratios_and_codes_are_not_numbers(text):
    assert scan(text) == []


def test_words_after_numbers_are_no_glued_units():
    assert [p.unit for p in scan("by 2018 has grown; no one has")] == [None, None]
    assert [p.unit for p in scan("two kb per second")] == ["kbit/s"]


def test_all_caps_words_are_no_folded_symbols():
    assert [(p.value, p.unit) for p in scan("a 4.1 GPA")] == [(4.1, None)]


def found(text: str):
    return [(text[p.start:p.end], p.value, p.unit) for p in scan(text)]


@pytest.mark.parametrize("text,expected", [
    ("USD 40 million", ("USD 40 million", 40_000_000, "USD")),
    ("RMB 5 billion", ("RMB 5 billion", 5e9, "CNY")),
    ("NIS 300", ("NIS 300", 300, "ILS")),
    ("Rs. 500 crore", ("Rs. 500 crore", 5e9, "INR")),
    ("worth Rs 76.74 lakh", ("Rs 76.74 lakh", 7_674_000, "INR")),
    ("EUR5 million", ("EUR5 million", 5_000_000, "EUR")),
    ("KSh38 million", ("KSh38 million", 38_000_000, "KES")),
    ("900 Swiss francs", ("900 Swiss francs", 900, "CHF")),
    ("5bln roubles", ("5bln roubles", 5e9, "RUB")),
])
def test_currency_codes_before_and_after(text, expected):
    assert found(text) == [expected]


def test_currency_code_range_repeats_the_code():
    got = one("USD 5 million to USD 7 million")
    assert got[1:] == (6_000_000, 5_000_000, 7_000_000, "range", "USD")


def test_scaled_values_have_no_float_noise():
    assert found("$8.2 million and 33.2 million") == [
        ("$8.2 million", 8_200_000, "USD"), ("33.2 million", 33_200_000, None)]


@pytest.mark.parametrize("text,expected", [
    ("a 6.3 x 4.2 m room", [("6.3", 6.3, "m"), ("4.2 m", 4.2, "m")]),
    ("a 2x3 m tarp", [("2", 2, "m"), ("3 m", 3, "m")]),
    ("10 by 20 metres", [("10", 10, "m"), ("20 metres", 20, "m")]),
    ("2 x 3 x 4 ft", [("2", 2, "ft"), ("3", 3, "ft"), ("4 ft", 4, "ft")]),
    ("the 4x4 vehicles", []),
    ("5.5x10-3 kg", [("5.5x10-3 kg", 0.0055, "kg")]),
])
def test_dimensions_share_the_length_unit(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("1.5m people fled", ("1.5m", 1_500_000, None)),
    ("2m Syrians", ("2m", 2_000_000, None)),
    ("5m tonnes of grain", ("5m tonnes", 5_000_000, "t")),
    ("a 3m wall", ("3m", 3, "m")),
    ("10m waves", ("10m", 10, "m")),
    ("50m apart", ("50m", 50, "m")),
])
def test_glued_m_is_million_before_counted_nouns(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text,value", [
    ("half a million people", 500_000), ("a quarter of a million", 250_000),
    ("three quarters of a million", 750_000), ("two-thirds of a billion", 2e9 / 3),
])
def test_fractions_of_a_scale(text, value):
    (got,) = scan(text)
    assert got.value == pytest.approx(value) and got.start == 0


@pytest.mark.parametrize("text,expected", [
    ("minus 20 degrees Celsius", ("minus 20 degrees Celsius", -20, "°C")),
    ("around minus five percent", ("around minus five percent", -5, "percent")),
    ("plus or minus 4 points", ("4", 4, None)),
    ("10 minus 5", None),
])
def test_minus_makes_negative(text, expected):
    got = found(text)
    if expected is None:
        assert [v for _, v, _ in got] == [10, 5]
    else:
        assert got == [expected]


@pytest.mark.parametrize("text", [
    "near 48°27′N 35°02′E", "at 50.45° N, 30.52° E", "grid 50.45N 30.52E",
])
def test_coordinates_are_no_quantities(text):
    assert scan(text) == []


@pytest.mark.parametrize("text,expected", [
    ("He is 5'11\" tall", [("5'", 5, "ft"), ("11\"", 11, "in")]),
    ("He is 5′11″ tall", [("5′", 5, "ft"), ("11″", 11, "in")]),
    ("30 sq.km", [("30 sq.km", 30, "km2")]), ("100 sqm", [("100 sqm", 100, "m2")]),
    ("30 deg C", [("30 deg C", 30, "°C")]), ("300 NM", [("300 NM", 300, "nmi")]),
    ("5pc and 7 p.c.", [("5pc", 5, "percent"), ("7 p.c.", 7, "percent")]),
    ("10 yds, 4 mos, 2 wks", [("10 yds", 10, "yd"), ("4 mos", 4, "month"),
                              ("2 wks", 2, "week")]),
    ("4 metric tonnes", [("4 metric tonnes", 4, "t")]),
    ("at Mach 5", [("Mach 5", 5, "Mach")]), ("3 m/s² down", [("3 m/s²", 3, "m/s2")]),
    ("100,000 bpd", [("100,000 bpd", 100_000, "bbl/day")]),
    ("absolute zero", [("absolute zero", 0, "K")]),
])
def test_unit_spellings(text, expected):
    assert found(text) == expected


def test_codes_that_name_models_need_a_scale():
    assert found("the SAR21 rifle and AMD64 chips") == []
    assert found("SAR 21 rifles") == [("21", 21, None)]
    assert found("SAR 5bn") == [("SAR 5bn", 5e9, "SAR")]


@pytest.mark.parametrize("text,expected", [
    ("several dozen soldiers", ("several dozen", 24, 24, 99, "vague", None)),  # as "dozens"
    ("hundreds of millions of dollars",
     ("hundreds of millions", 200_000_000, 200_000_000, 999_999_999, "vague", None)),
    ("50-odd soldiers", ("50-odd", 50, None, None, "approx", None)),
    ("a dozen or so tanks", ("a dozen or so", 12, None, None, "approx", None)),
])
def test_vague_multiples_and_rough_suffixes(text, expected):
    assert one(text) == expected


def test_a_model_designation_after_a_count_is_no_unit():
    found = {p.value: p.unit for p in scan("at least 10 F-35 jets and 40 T-72 tanks")}
    assert found == {10: None, 40: None}


@pytest.mark.parametrize("text,expected", [
    ("Roughly half of the convoys were turned back.", ("Roughly half", 50, None, None,
                                                       "approx", "percent")),
    ("Two-thirds of its budget goes to defence.", ("Two-thirds", 66.67, 66.67, 66.67,
                                                   "exact", "percent")),
    ("More than half the villages lost power.", ("More than half", 50, 50, None,
                                                 "more_than", "percent")),
    ("A quarter of them were never found.", ("A quarter", 25, 25, 25, "exact", "percent")),
    ("They hold a fifth of Donbas now.", ("a fifth", 20, 20, 20, "exact", "percent")),
])
def test_share_of_a_whole_is_a_percentage(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize("text", [
    "Exports fell in the first half of the year.",
    "Talks resume in the second half of May.",
    "Rebels took the old quarter of the town.",
    "The vote was held on a third of March.",
])
def test_part_of_a_period_or_a_district_is_no_share(text):
    assert [p for p in scan(text) if p.unit == "percent"] == []


def test_share_does_not_break_fractions_of_numbers():
    assert one("Nearly half a million fled.")[1] == 500_000
    assert one("a quarter of a million doses")[1] == 250_000


@pytest.mark.parametrize("text,expected", [
    # the topic of the sentence picks the reading of an ambiguous symbol
    ("The telescope resolved two stars 3\" apart.", (3, "arcsec")),
    ("The comet's tail spanned 2' of sky.", (2, "arcmin")),
    ("Neutron capture on this nucleus has a cross section of 5 b.", (5, "b")),
    ("The old computer had 64K of memory.", (64, "KiB")),
    # ... and without such words keeps the usual one
    ("The shelf is 30\" wide.", (30, "in")),
    ("Each frame carries 800 b of payload.", (800, "bit")),
    ("The post drew 64K likes.", (64_000, None)),
])
def test_ambiguous_symbol_read_by_topic(text, expected):
    p = next(p for p in scan(text) if not p.is_word)
    assert (p.value, p.unit) == expected


@pytest.mark.parametrize("text", [
    "See the report.[3] It was published later.",
    "Call the press office on 202-555-0147 for details.",
    "The wall was built around 600 B.C. by the king.",
    "The channel broadcasts 24/7 from the capital.",
    "The attacks of 9/11 changed the region.",
    "Updated 07/08/2025 at noon.",
])
def test_citations_phones_eras_and_slash_idioms_are_no_amounts(text):
    assert scan(text) == []


@pytest.mark.parametrize("text,value", [
    ("about 1/3 of the aid", 1 / 3), ("some 1/40 of the width", 0.025),
])
def test_slash_fractions_stay(text, value):
    assert scan(text)[0].value == pytest.approx(value)


@pytest.mark.parametrize("text,value,unit", [
    ("a $2.5-billion loan", 2_500_000_000, "USD"), ("a €3-million grant", 3_000_000, "EUR"),
])
def test_scale_after_a_hyphen(text, value, unit):
    p = scan(text)[0]
    assert (p.value, p.unit) == (value, unit)


@pytest.mark.parametrize("text,value,qualifier", [
    ("They bought two gross of bolts.", 288, "exact"),
    ("Nearly a score of houses burned.", 20, "approx"),
    ("He baked a baker's dozen rolls.", 13, "exact"),
    ("The crate held a square dozen shells.", 144, "exact"),
    ("The depot shipped a great gross of fuses.", 1728, "exact"),
])
def test_collective_numerals(text, value, qualifier):
    p = scan(text)[0]
    assert (p.value, p.qualifier, p.unit) == (value, qualifier, None)


@pytest.mark.parametrize("text", ["It was a gross breach of the truce.",
                                  "The game ended with a score of 3-0 at home."])
def test_gross_and_score_as_ordinary_words(text):
    assert all(p.value not in (144, 20) for p in scan(text))


@pytest.mark.parametrize("text,code", [
    ("Astronomers watched the quasar PKS 2155+304 flare.", "304"),
    ("The survey lists pulsar PSR B1937+21 among the fastest.", "21"),
])
def test_number_glued_by_plus_to_a_code_is_a_name(text, code):
    assert all(text[p.start:p.end] != code for p in scan(text))


def test_plus_after_a_count_still_reads_at_least():
    p = scan("Officials said 80+ people were evacuated.")[0]
    assert (p.value, p.qualifier) == (80, "at_least")


def test_a_number_opening_a_hyphenated_modifier_does_not_add_to_the_one_before():
    """ "Two nine-storey buildings" are two buildings of nine storeys, not eleven."""
    assert [p.value for p in scan("Two nine-storey buildings were hit")] == [2, 9]
    assert [p.value for p in scan("two hundred and five-year plans")][0] == 200
    assert [p.value for p in scan("twenty-three soldiers")] == [23]


@pytest.mark.parametrize("text, expected", [
    ("The death toll passes 80.", (80, "more_than", None)),
    ("The toll could exceed 160.", (160, "more_than", None)),
    ("Drones attacked over two days.", (2, "exact", "day")),
    ("He was held for over two years.", (2, "more_than", "year")),
    ("over 200 people", (200, "more_than", None)),
    ("several thousand residents", (2000, "vague", None)),
])
def test_stop28_a_toll_passing_a_figure_and_a_span_over_days(text, expected):
    assert [(p.value, p.qualifier, p.unit) for p in scan(text)] == [expected]
