"""Unit tests of the time-expression normalizer (no model needed)."""
from __future__ import annotations

import pytest

from claimtrace.timex import guess_tense, tag

PUB = "2025-03-28"  # a Friday


def one(text: str, phrase: str, anchor: str | None = PUB):
    found = [t for t in tag(text, anchor=anchor) if phrase in t.text]
    assert found, f"{phrase!r} not found in {[t.text for t in tag(text, anchor=anchor)]}"
    t = found[0]
    assert t.text == text[t.start:t.end]
    return t


def test_weekday_past_is_most_recent():
    t = one("The broadcaster reported Friday that trains moved the guns.", "Friday")
    assert (t.value, t.earliest, t.latest, t.granularity) == ("2025-03-28", "2025-03-28",
                                                              "2025-03-28", "day")


def test_weekday_past_earlier_in_week():
    assert one("Officials said on Tuesday that talks failed.", "Tuesday").value == "2025-03-25"


def test_weekday_future_is_upcoming():
    assert one("The ministers will meet on Monday in Geneva.", "Monday").value == "2025-03-31"


def test_month_day_without_year_past():
    t = one("The convoy was filmed on March 26 near the port.", "March 26")
    assert (t.value, t.earliest, t.latest) == ("2025-03-26", "2025-03-26", "2025-03-26")


def test_month_day_future_rolls_to_next_year():
    assert one("The summit will take place on January 12.", "January 12").value == "2026-01-12"


@pytest.mark.parametrize("text,phrase,value", [
    ("It was signed on March 26, 2025 in Moscow.", "March 26, 2025", "2025-03-26"),
    ("It was signed on 26 March 2025 in Moscow.", "26 March 2025", "2025-03-26"),
    ("It was signed on 2025-03-26 in Moscow.", "2025-03-26", "2025-03-26"),
    ("The strike came on Oct. 7, 2023.", "Oct. 7, 2023", "2023-10-07"),
])
def test_explicit_dates(text, phrase, value):
    assert one(text, phrase).value == value


def test_since_month_year():
    t = one("Troops have been deployed since August 2024.", "August 2024")
    assert (t.value, t.mod, t.earliest, t.latest) == ("2024-08", "SINCE", "2024-08-01", "2024-08-31")


def test_late_year():
    t = one("The shipments began in late 2024.", "late 2024")
    assert (t.value, t.mod, t.earliest, t.latest, t.granularity) == (
        "2024", "END", "2024-09-01", "2024-12-31", "part_of_year")


def test_early_year():
    t = one("More systems arrived in early 2025.", "early 2025")
    assert (t.mod, t.earliest, t.latest) == ("START", "2025-01-01", "2025-04-30")


def test_mid_year():
    t = one("A second batch came in mid-2023.", "2023")
    assert (t.mod, t.earliest, t.latest) == ("MID", "2023-05-01", "2023-08-31")


def test_early_month():
    t = one("The drills were held in early March.", "early March")
    assert (t.value, t.mod, t.earliest, t.latest) == ("2025-03", "START", "2025-03-01", "2025-03-10")


def test_season():
    t = one("Satellite images from summer 2024 show the depot.", "summer 2024")
    assert (t.value, t.earliest, t.latest, t.granularity) == ("2024-SU", "2024-06-01",
                                                              "2024-08-31", "season")


def test_the_fall_of_a_town_is_no_season_but_the_fall_of_a_year_is():
    assert not [t for t in tag("The fall of the town shocked officials.", anchor=PUB)
                if t.granularity == "season"]
    assert one("Talks resumed in the fall of 2024.", "the fall of 2024").value == "2024-FA"


@pytest.mark.parametrize("text,phrase,value,lo,hi", [
    ("Exports fell in the first quarter of 2024.", "first quarter", "2024-Q1", "2024-01-01",
     "2024-03-31"),
    ("Exports fell in Q3 2024.", "Q3 2024", "2024-Q3", "2024-07-01", "2024-09-30"),
])
def test_quarters(text, phrase, value, lo, hi):
    t = one(text, phrase)
    assert (t.value, t.earliest, t.latest, t.granularity) == (value, lo, hi, "quarter")


def test_last_week_is_previous_iso_week():
    t = one("Drones struck the depot last week.", "last week")
    assert (t.value, t.earliest, t.latest, t.granularity) == ("2025-W12", "2025-03-17",
                                                              "2025-03-23", "week")


@pytest.mark.parametrize("text,phrase,value,lo,hi", [
    ("The talks collapsed last month.", "last month", "2025-02", "2025-02-01", "2025-02-28"),
    ("The pact was signed last year.", "last year", "2024", "2024-01-01", "2024-12-31"),
    ("Exports rose this year.", "this year", "2025", "2025-01-01", "2025-12-31"),
    ("A shell hit the school yesterday.", "yesterday", "2025-03-27", "2025-03-27", "2025-03-27"),
    ("The ministry said today it would respond.", "today", "2025-03-28", "2025-03-28",
     "2025-03-28"),
    ("The bridge was hit two days ago.", "two days ago", "2025-03-26", "2025-03-26",
     "2025-03-26"),
    ("Fighting resumed earlier this month.", "earlier this month", "2025-03", "2025-03-01",
     "2025-03-28"),
])
def test_relative(text, phrase, value, lo, hi):
    t = one(text, phrase)
    assert (t.value, t.earliest, t.latest) == (value, lo, hi)


def test_tonight_and_night_of():
    assert one("The vote is due tonight.", "tonight").value == "2025-03-28TNI"
    t = one("Drones attacked on the night of 26-27 February.", "night of")
    assert (t.earliest, t.latest) == ("2025-02-26", "2025-02-27")


def test_duration_is_not_a_date():
    t = one("The factory has produced shells for three years.", "three years")
    assert (t.value, t.earliest, t.latest, t.granularity) == ("P3Y", None, None, "unknown")


def test_decade():
    t = one("The doctrine dates from the 1990s.", "1990s")
    assert (t.value, t.earliest, t.latest, t.granularity) == ("199", "1990-01-01",
                                                              "1999-12-31", "decade")


def test_ranges():
    t = one("Deliveries ran between March and May 2024.", "March")
    assert (t.earliest, t.latest) == ("2024-03-01", "2024-05-31")
    t = one("Output grew from 2022 to 2024.", "2022")
    assert (t.earliest, t.latest) == ("2022-01-01", "2024-12-31")


def test_present_and_past_refs():
    assert one("The unit is now based in Kursk.", "now").value == "PRESENT_REF"
    assert one("The unit recently moved.", "recently").value == "PAST_REF"


def test_year_only_but_not_counts():
    assert one("The plant opened in 2024.", "2024").value == "2024"
    assert not tag("Officials counted 2,024 shells and 2024 rounds.", anchor=PUB)


def test_no_anchor_keeps_explicit_dates():
    assert one("It happened on March 26, 2025.", "March 26", anchor=None).value == "2025-03-26"
    t = one("Drones struck the depot last week.", "last week", anchor=None)
    assert (t.value, t.earliest, t.latest) == (None, None, None)


def test_may_the_verb_is_not_a_month():
    assert not [t for t in tag("Russia may send more troops.", anchor=PUB) if t.text == "May"]


def test_guess_tense():
    text = "Officials will meet on Friday."
    assert guess_tense(text, text.index("Friday"), len(text) - 1) == "future"
    text = "Officials met on Friday."
    assert guess_tense(text, text.index("Friday"), len(text) - 1) == "past"


# --- mechanisms added for TempEval-3 conventions (own sentences) ---------------------------

def test_worked_example_from_the_contract():
    text = ("Kyiv said Friday that the column was seen on March 26 and again on March 21. "
            "Drills have run since August 2024, grew in late 2024 and early 2025, "
            "after a lull in summer 2024.")
    got = {t.text: t for t in tag(text, anchor=PUB)}
    assert got["Friday"].value == "2025-03-28"
    assert got["March 26"].value == "2025-03-26"
    assert got["March 21"].value == "2025-03-21"
    assert (got["August 2024"].value, got["August 2024"].mod) == ("2024-08", "SINCE")
    assert (got["late 2024"].earliest, got["late 2024"].latest) == ("2024-09-01", "2024-12-31")
    assert (got["early 2025"].earliest, got["early 2025"].latest) == ("2025-01-01", "2025-04-30")
    assert (got["summer 2024"].earliest, got["summer 2024"].latest) == ("2024-06-01", "2024-08-31")


@pytest.mark.parametrize("text,phrase,value", [
    ("The treaty dates from nineteen ninety-six, the host recalled.", "nineteen ninety-six", "1996"),
    ("Nineteen seventy-nine changed the region.", "Nineteen seventy-nine", "1979"),
    ("They hoped to finish by the year two thousand.", "the year two thousand", "2000"),
    ("The raid came in January nineteen ninety-seven.", "January nineteen", "1997-01"),
    ("It was colder in the winter of nineteen ninety-four.", "winter of", "1994-WI"),
])
def test_years_read_out_in_words(text, phrase, value):
    assert one(text, phrase).value == value


def test_century_value_is_its_leading_digits():
    t = one("The fort is a relic of the 18th century.", "century")
    assert (t.value, t.earliest, t.latest) == ("17", "1700-01-01", "1799-12-31")


def test_year_end():
    t = one("The sale should close by year-end.", "year-end")
    assert (t.value, t.mod, t.earliest, t.latest, t.granularity) == (
        "2025", "END", "2025-12-01", "2025-12-31", "part_of_year")
    assert one("Prices have doubled since year end.", "year end").value == "2024"


def test_quarter_with_year_before_it():
    assert one("Profit fell in the 2023 third quarter.", "third quarter").value == "2023-Q3"
    assert one("Sales may pick up in next year's first quarter.", "first quarter").value == "2026-Q1"
    t = one("Output rose in the first half and in the last half of 2024.", "last half")
    assert (t.value, t.earliest, t.latest) == ("2024-H2", "2024-07-01", "2024-12-31")


def test_results_story_quarters_follow_the_reporting_quarter():
    text = ("The firm earned $5 million in the fourth quarter, against $2 million in the "
            "year-ago quarter. During the quarter, year-earlier costs fell; the latest period "
            "also gained.")
    got = {t.text: t.value for t in tag(text, anchor=PUB)}
    assert got["the fourth quarter"] == "2024-Q4"
    assert got["the year-ago quarter"] == "2023-Q4"
    assert got["the quarter"] == "2024-Q4"  # not the year-ago one named last
    assert got["year-earlier"] == "2023-Q4"
    assert got["the latest period"] == "2024-Q4"


def test_accounting_year_is_a_duration():
    t = one("Revenue doubled in the year ended June 30.", "the year")
    assert (t.value, t.type, t.earliest) == ("P1Y", "DURATION", None)
    assert one("Revenue doubled in the fiscal year ending in May.", "fiscal year").value == "P1Y"


def test_a_unit_is_one_unit_but_not_a_fraction_or_an_age():
    assert one("Rebels vowed to take the town within a week.", "a week").value == "P1W"
    text = "Gas makes up a quarter of imports; a second convoy left; the 52 years old envoy spoke."
    assert not [t for t in tag(text, anchor=PUB) if t.type == "DURATION"]


def test_vague_plural_periods_are_vague_durations_bounded_by_the_anchor():
    t = one("Raids have grown in recent years.", "recent years")
    assert (t.value, t.type, t.earliest, t.latest) == ("PXY", "DURATION", None, PUB)
    assert one("Shelling eased over the past several weeks.", "several weeks").value == "PXW"
    t = one("More aid will come in coming months.", "coming months")
    assert (t.value, t.earliest, t.latest) == ("PXM", PUB, None)
    assert one("Talks go on over the next few hours.", "few hours").value == "PTXH"


def test_half_after_the_unit():
    assert one("A minute and a half later the alarm rang.", "minute").value == "PT1M30S"
    assert one("The siege lasted two years and a half.", "two years").value == "P2Y6M"


def test_last_month_day_is_the_latest_before_the_anchor():
    t = one("He was shot last Oct. 23 at his home.", "Oct. 23")
    assert (t.value, t.granularity) == ("2024-10-23", "day")
    assert one("The vote is due next Jan. 5, officials say.", "Jan. 5").value == "2026-01-05"
    assert one("A vote last March 2 failed.", "March 2").value == "2025-03-02"


def test_the_week_of_a_date_is_that_iso_week():
    t = one("A hearing will be held the week of April 9.", "week of")
    assert (t.value, t.earliest, t.latest, t.granularity) == ("2025-W15", "2025-04-07",
                                                              "2025-04-13", "week")


def test_possessive_weekday_names_a_past_event_unless_looked_forward_to():
    assert one("Lawyers would try to get around Wednesday's ruling.", "Wednesday").value == "2025-03-26"
    assert one("Troops massed ahead of Monday's vote.", "Monday").value == "2025-03-31"


def test_this_coming_weekday_is_upcoming():
    assert one("The rally is this coming Sunday.", "Sunday").value == "2025-03-30"


def test_far_future_cue_counts_when_no_past_verb_intervenes():
    text = "Colonel Smith will be named commander of the new brigade for a mission in February."
    assert one(text, "February").value == "2026-02"
    assert guess_tense(text, text.index("February"), len(text) - 1) == "future"
    # a participle after "be" is no past tense; a past verb after the expression still is
    text = "New aid would soon reach the two capital cities of the region where the Feb. 7 blasts killed 200."
    i = text.index("Feb. 7")
    assert guess_tense(text, i, i + 6) == "past"


def test_soon_is_future_ref_but_not_as_soon_as():
    assert one("Talks will soon resume.", "soon").value == "FUTURE_REF"
    assert not [t for t in tag("Leave as soon as the road opens.", anchor=PUB) if "soon" in t.text]


def test_that_year_and_the_following_year_use_the_last_date():
    text = "The base opened on May 3, 2019, and that year it took 500 troops. The following year it grew."
    got = {t.text: t.value for t in tag(text, anchor=PUB)}
    assert got["that year"] == "2019"
    assert got["The following year"] == "2020"


def test_capitalized_cues():
    assert one("Last April, the army withdrew.", "April").text == "Last April"
    assert one("Last April, the army withdrew.", "April").value == "2024-04"
    assert one("In March, the army withdrew.", "March").value == "2025-03"


def test_mods_and_granularities_stay_within_the_contract():
    from claimtrace.model import Document, Meta
    from claimtrace.steps.times import resolve_times

    text = ("Since 2019 and before March 2024, about two years ago, in the 18th century, by "
            "year-end, in recent years, nineteen ninety-six, the 2023 third quarter, late last "
            "week, more than three years, every week, now, early in the 1990s, this morning.")
    doc = resolve_times(Document(text=text, meta=Meta(published=PUB)))
    assert doc.times
    for t in doc.times:
        assert t.mod in (None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "SINCE")
        assert t.granularity in ("day", "week", "month", "season", "quarter", "part_of_year",
                                 "year", "decade", "unknown")


def test_duration_fillers_and_approximate_ago():
    assert one("Troops may stay for at least 20 more years.", "years").value == "P20Y"
    assert one("Prices fell for eight trading days.", "days").value == "P8D"
    assert one("The envoy left a week or so ago.", "ago").value == "2025-W12"


# --- tense cues, holidays, fractions, frequency adverbs, noon (issue 4, AQUAINT half A) -------
def test_nearest_tense_cue_wins():
    # "would" is further away than the past participle that governs the weekday
    t = one("The rebels would contest the verdict, announced Wednesday by the court.", "Wednesday")
    assert t.value == "2025-03-26"


def test_deadline_until_reads_forward():
    t = one("The mayor has given the strikers until Tuesday to end the blockade.", "Tuesday")
    assert t.value == "2025-04-01"
    assert guess_tense("They were told they could leave as soon as Monday.", 44, 50) == "future"


def test_planning_to_is_a_future_cue():
    assert one("Farmers were planning to block the road on Sunday.", "Sunday").value == "2025-03-30"


def test_since_makes_a_yearless_date_past():
    t = one("Police have hunted the gunmen since shortly after the Oct. 2 raid.", "Oct. 2")
    assert t.value == "2024-10-02"


def test_capitalized_ed_word_is_not_a_past_verb():
    t = one("He said the envoy would be flying to the United Nations Tuesday.", "Tuesday")
    assert t.value == "2025-04-01"


def test_holidays_resolve_to_their_dates():
    assert one("The ferry sank on Thanksgiving Day, survivors say.", "Thanksgiving").value \
        == "2024-11-28"
    t = one("The boat was found last Christmas off the coast.", "Christmas")
    assert (t.value, t.text) == ("2024-12-25", "last Christmas")
    assert one("Talks resume after Easter 2026.", "Easter").value == "2026-04-05"
    assert one("Pilgrims will gather on Good Friday.", "Good Friday").value == "2025-04-18"
    assert not [t for t in tag("Eastern Airlines flew to Easterbrook.", anchor=PUB)]


def test_fractional_durations():
    assert one("She spent about 3 1/2 hours at the camp.", "hours").value == "PT3H30M"
    assert one("The siege lasted two and a half years.", "years").value == "P2Y6M"
    assert one("Aid was suspended for half a year.", "year").value == "P6M"


def test_frequency_adverbs_are_sets_but_rates_are_not():
    t = one("Crowds have gathered almost daily outside the embassy.", "daily")
    assert (t.value, t.type) == ("P1D", "SET")
    assert one("The festival is held annually in the old town.", "annually").value == "P1Y"
    assert not [t for t in tag("Output grew 6% annually; average daily volume fell.", anchor=PUB)]


def test_noon_and_midday_take_the_day_in_focus():
    t = one("The suspect will appear in court at midday, his lawyer said.", "midday")
    assert (t.text, t.value, t.type) == ("midday", "2025-03-28T12:00", "TIME")
    assert not [t for t in tag("It was their high noon.", anchor=PUB)]


def test_a_range_keeps_the_year_its_first_end_names():
    from claimtrace import extract

    doc = extract("Ships were attacked between November 2023 and December 2024. Fighting lasted "
                  "from January to March 2024.", published="2025-03-18")
    got = [(t.earliest, t.latest) for t in doc.times]
    assert got == [("2023-11-01", "2024-12-31"), ("2024-01-01", "2024-03-31")]


# --- narrative days and event offsets (tag(events=True), as the `times` step calls it) -------

def ev(text: str, phrase: str):
    found = [t for t in tag(text, anchor=PUB, events=True) if phrase in t.text]
    assert found, f"{phrase!r} not found in {[t.text for t in tag(text, anchor=PUB, events=True)]}"
    return found[0]


def test_dawn_takes_the_day_last_named():
    t = ev("Militia fighters entered the village on Wednesday. They opened fire shortly after "
           "dawn.", "dawn")
    assert (t.text, t.earliest, t.latest) == ("dawn", "2025-03-26", "2025-03-26")


def test_dawn_with_its_own_day_and_without_any():
    assert ev("Shelling started before dawn on Tuesday.", "dawn").earliest == "2025-03-25"
    assert ev("The convoy left at first light.", "first light").earliest == PUB


def test_later_in_the_day_after_a_night_is_the_next_morning_day():
    t = ev("Artillery fire was heard overnight. A briefing followed later in the day.",
           "later in the day")
    assert (t.earliest, t.latest) == (PUB, PUB)


def test_narrative_day_parts_are_no_timex3():
    assert not [t for t in tag("The talks resumed later in the day.", anchor=PUB)]


def test_offset_after_an_event_counts_back_from_the_day_in_the_sentence():
    t = ev("The group said on Wednesday it would pause, two days after an ambush killed "
           "five guards.", "two days")
    assert (t.value, t.earliest, t.latest) == ("2025-03-24", "2025-03-24", "2025-03-24")


def test_offset_after_an_event_without_a_day_counts_back_from_the_anchor():
    t = ev("The appeal came a day after the court ruled.", "a day")
    assert (t.earliest, t.latest) == ("2025-03-27", "2025-03-27")


def test_offset_stays_a_duration_for_timex3():
    t = one("The appeal came a day after the court ruled.", "a day")
    assert t.value == "P1D" and t.earliest is None


def test_weekday_night_belongs_to_its_day():
    t = one("Drones struck the port on Tuesday night.", "Tuesday night")
    assert (t.value, t.earliest, t.latest) == ("2025-03-25TNI", "2025-03-25", "2025-03-25")


def test_a_year_ago_is_the_month_a_year_back():
    t = one("The siege began a year ago.", "a year ago")
    assert (t.value, t.earliest, t.latest, t.granularity) == ("2024-03", "2024-03-01",
                                                              "2024-03-31", "month")


def test_the_past_hours_end_at_the_anchor():
    t = one("Strikes killed 40 people over the past 48 hours.", "48 hours")
    assert (t.value, t.earliest, t.latest) == ("PT48H", "2025-03-26", PUB)


def test_start_of_the_year_is_january_and_before_a_future_end_starts_now():
    t = one("Fighting has displaced 9,000 people since the start of the year.", "start of")
    assert (t.earliest, t.latest, t.mod) == ("2025-01-01", "2025-01-31", "START")
    t = one("More launchers will arrive before the end of the year.", "end of")
    assert (t.earliest, t.latest) == (PUB, "2025-12-31")
    t = one("Talks will continue until 4 April.", "4 April")
    assert (t.earliest, t.latest) == ("2025-04-04", "2025-04-04")


def test_a_24_hour_clock_with_its_zone_is_a_time_of_the_day_in_focus():
    from datetime import date

    from claimtrace.timex import tag
    [t] = tag("11:40 GMT The ceasefire held.", anchor=date(2024, 11, 27))
    assert (t.text, t.value, t.earliest, t.latest) == ("11:40 GMT", "2024-11-27T11:40",
                                                       "2024-11-27", "2024-11-27")
    assert tag("The score was 3:1 at half time.", anchor=date(2024, 11, 27)) == []


def test_days_later_is_a_stretch_for_timex3_and_a_date_for_the_pipeline():
    text = "The ministers met on Monday. Three days later, the ceasefire collapsed."
    t = one(text, "Three days")
    assert (t.value, t.type) == ("P3D", "DURATION")
    assert one("An hour later, the sirens stopped.", "hour").value == "PT1H"
    [m, d] = tag(text, anchor=PUB, events=True)
    assert d.text == "Three days later" and d.value == "2025-03-27"  # Monday 24 + 3 days


def test_a_year_earlier_after_a_stretch_of_months_is_the_year():
    text = ("Profit in the third quarter rose to $9 million. For the nine months, profit was "
            "$40 million, compared with $35 million a year earlier.")
    t = one(text, "a year earlier", anchor="2025-10-28")
    assert (t.value, t.granularity) == ("2024", "year")
    # with no stretch between, the quarter a year back
    t = one("Profit in the third quarter rose to $9 million from $7 million a year earlier.",
            "a year earlier", anchor="2025-10-28")
    assert t.value == "2024-Q3"


def test_last_year_in_a_results_comparison_is_the_same_quarter():
    text = "Sales in the third quarter were $5 million, compared with $4 million last year."
    assert one(text, "last year", anchor="2025-10-28").value == "2024-Q3"
    assert one("Revenue in the second quarter rose from last year's $3 million.", "last year",
               anchor="2025-10-28").value == "2024-Q2"
    # no quarter named, or no figure compared: the year
    assert one("Sales were $5 million, compared with $4 million last year.", "last year",
               anchor="2025-10-28").value == "2024"
    assert one("In the third quarter the plant, which opened last year, ran at full capacity.",
               "last year", anchor="2025-10-28").value == "2024"


def test_a_plan_told_in_the_past_perfect_has_passed():
    assert guess_tense("The offer had been scheduled to expire Friday.", 39, 45) == "past"
    t = one("The offer had been scheduled to expire Friday.", "Friday")
    assert t.value == "2025-03-28"
    t = one("The offer is scheduled to expire Monday.", "Monday")
    assert t.value == "2025-03-31"


def test_a_fraction_of_quarters_is_no_time():
    assert tag("The country imports about three-quarters of its grain.", anchor=PUB) == []
    t = one("Losses narrowed after several quarters of losses.", "quarters")
    assert (t.value, t.type) == ("PXQ", "DURATION")


def test_a_quoted_programme_title_is_no_time():
    assert tag('The minister said on the "This Week" programme that talks failed.', anchor=PUB) == []
    assert tag("He told ''60 Minutes'' the drones came at night.", anchor=PUB) == []
    t = one('"Today is a sad day," the mayor said.', "Today")
    assert t.value == PUB


def test_the_past_decade_counts_years_like_a_decade():
    assert one("Violence has grown over the past decade.", "decade").value == "P10Y"
    assert one("The dispute has lasted about a decade.", "decade").value == "P10Y"


def test_future_date_a_few_days_gone_keeps_its_year():
    text = "They must hand over the files by Jan. 14, and the talks resume on March 3."
    found = {t.text: t for t in tag(text, anchor="2025-01-16", tense=lambda s, e: "future")}
    assert found["Jan. 14"].value == "2025-01-14"
    assert found["March 3"].value == "2025-03-03"
    far = tag("The talks resume on Jan. 2.", anchor="2025-01-16", tense=lambda s, e: "future")
    assert far[0].value == "2026-01-02"


def test_every_weekday_is_a_set():
    t = one("Families gather outside the prison every Friday.", "Friday")
    assert (t.text, t.value, t.type, t.earliest) == ("every Friday", "XXXX-WXX-5", "SET", None)


def test_for_the_year_is_the_calendar_year_not_a_duration():
    t = one("For the year, arms exports fell 4%.", "the year")
    assert (t.value, t.type) == ("2025", "DATE")
    # "the year ended March 31" stays a twelve-month accounting period
    assert one("Revenue for the year ended March 31 rose.", "the year").value == "P1Y"


def test_early_late_season_keeps_the_season_and_narrows_the_interval():
    t = one("Fighting slowed after the early summer, officials said.", "summer",
            anchor="2025-10-15")
    assert (t.text, t.value, t.mod) == ("the early summer", "2025-SU", "START")
    assert (t.earliest, t.latest) == ("2025-06-01", "2025-06-30")
    t = one("The offensive will come in late spring.", "spring", anchor="2025-01-10")
    assert (t.value, t.mod, t.earliest) == ("2025-SP", "END", "2025-05-01")


def test_part_of_day_with_a_prefix():
    t = one("By mid afternoon the shelling had stopped.", "afternoon")
    assert (t.text, t.value, t.mod, t.type) == ("mid afternoon", "2025-03-28TAF", "MID", "TIME")
    t = one("Sirens sounded at mid-afternoon yesterday in the capital.", "afternoon")
    assert (t.text, t.value) == ("mid-afternoon yesterday", "2025-03-27TAF")
    assert one("Drones struck in the early morning on Tuesday.", "morning").value == "2025-03-25TMO"


def test_today_inside_a_name_is_no_date():
    assert [t.text for t in tag("She told Radio Free Today about the raid.", anchor=PUB)] == []
    assert one("Today, the ministry said, the corridor opened.", "Today").value == PUB


def test_the_night_of_an_untold_event_is_not_the_publication_day():
    assert tag("Survivors recalled the night the dam broke.", anchor=PUB) == []
    assert one("Shelling went on through the night.", "night").value == "2025-03-28TNI"


def test_a_completed_event_is_not_dated_ahead_of_the_anchor():
    # a past tense only tips the balance: two months ahead beats ten months back ...
    text = "In January the army brought in a new commander."
    assert tag(text, anchor="2025-11-20", tense=lambda s, e: "past")[0].value == "2026-01"
    # ... but an event told as done cannot lie ahead
    assert tag(text, anchor="2025-11-20", tense=lambda s, e: "completed")[0].value == "2025-01"
    day = tag("Losses for the year ended Jan. 31 doubled.", anchor="2025-10-31",
              tense=lambda s, e: "completed")
    assert [t.value for t in day] == ["P1Y", "2025-01-31"]
    # the month of the anchor itself is not ahead of it
    assert tag("Talks collapsed in November.", anchor="2025-11-20",
               tense=lambda s, e: "completed")[0].value == "2025-11"


def test_long_compounds_are_durations():
    found = [(t.text, t.value, t.type) for t in tag(
        "After a weeks-long siege and a day-long truce, the decades-long feud resumed.", anchor=PUB)]
    assert found == [("a weeks-long", "PXW", "DURATION"), ("a day-long", "P1D", "DURATION"),
                     ("the decades-long", "PXDE", "DURATION")]
    assert tag("A 40-year-old man was hurt.", anchor=PUB) == []


def _events(text: str, anchor: str) -> dict[str, tuple[str | None, str | None]]:
    return {t.text: (t.earliest, t.latest) for t in tag(text, anchor=anchor, events=True)}


def test_a_day_after_an_event_counts_back_from_the_day_named():
    text = "The council said on Thursday it would retaliate, a day after jets bombed a depot."
    found = _events(text, "2025-06-06")
    assert found["a day"] == ("2025-06-04", "2025-06-04")  # Thursday 5 June, minus one
    assert "day after" not in found


def test_an_offset_opening_the_next_sentence_counts_forward():
    text = "Militia fighters took the bridge on Monday. Three days after the capture, the army struck back."
    assert _events(text, "2025-06-12")["Three days"] == ("2025-06-12", "2025-06-12")
    text = "Militia fighters took the bridge on Monday. The army struck back three days after the capture."
    assert _events(text, "2025-06-12")["three days"] == ("2025-06-12", "2025-06-12")
    # an offset from a new event told in a clause still counts back from the day named
    text = "Gunmen raided the depot on Sunday. The raid came two days after the minister met the envoy."
    assert _events(text, "2025-06-12")["two days"] == ("2025-06-06", "2025-06-06")


@pytest.mark.parametrize("text, anchor, value", [
    ("Since October, shelling has emptied the border villages.", "2024-07-20", "2023-10"),
    ("Convoys have been attacked since November.", "2024-08-15", "2023-11"),
    ("Convoys have been attacked since June.", "2024-08-15", "2024-06"),
])
def test_since_a_month_takes_the_one_gone_by(text, anchor, value):
    (t,) = tag(text, anchor=anchor)
    assert (t.value, t.mod) == (value, "SINCE")


def test_a_span_of_years_with_a_hyphen():
    found = {t.text: t for t in tag("Villages lost in a 2021-2022 offensive and the 2016-17 floods.",
                                    anchor="2025-01-01")}
    assert (found["2021-2022"].earliest, found["2021-2022"].latest) == ("2021-01-01", "2022-12-31")
    assert found["2016-17"].value == "2016/2017"
    assert tag("Scores of 1990-1980 are no years.", anchor="2025-01-01") == []


def test_the_next_stretch_is_bounded_from_the_day_in_focus():
    found = _events("Aid of $2 million will be needed over the next two weeks.", "2024-08-03")
    assert found["over the next two weeks"] == ("2024-08-03", "2024-08-16")
    text = "Fighters entered the port on 7 March. Over the next three days, gunmen looted shops."
    assert _events(text, "2024-03-20")["Over the next three days"] == ("2024-03-07", "2024-03-09")
    # TIMEX3 mode keeps the bare duration
    (t,) = tag("Aid will be needed over the next two weeks.", anchor="2024-08-03")
    assert (t.value, t.earliest) == ("P2W", None)


def test_a_day_range_written_month_first():
    t = one("Ceasefire talks were held in Doha on Feb. 12-14, 2025.", "Feb. 12-14")
    assert (t.value, t.earliest, t.latest, t.granularity) == ("2025-02-12", "2025-02-12",
                                                              "2025-02-14", "day")
    t = one("Envoys will meet from April 3 to 5 in Cairo.", "April 3 to 5")
    assert (t.earliest, t.latest) == ("2025-04-03", "2025-04-05")
    assert [x.text for x in tag("Prices rose 3 to 5 percent.", anchor=PUB)] == []


def test_days_listed_after_a_month_take_its_month():
    found = [(t.text, t.value) for t in tag("Drones struck the refinery on March 2, 9 and 16.",
                                            anchor=PUB, ranges=False)]
    assert found == [("March 2", "2025-03-02"), ("9", "2025-03-09"), ("16", "2025-03-16")]
    found = [(t.text, t.value) for t in tag("Raids on Jan. 4 and 5, 2024 killed eight.", anchor=PUB)]
    assert found == [("Jan. 4", "2024-01-04"), ("5, 2024", "2024-01-05")]
    # a count after "and" is no day
    assert [t.text for t in tag("On March 2 and 40 people fled.", anchor=PUB)] == ["March 2"]


def test_a_list_of_years():
    text = "Floods hit the delta in 2010, 2014 and 2022."
    assert [t.value for t in tag(text, anchor=PUB)] == ["2010", "2014", "2022"]
    assert [t.text for t in tag("Fines of $1,995, 2,010 or more.", anchor=PUB)] == []


def test_pre_and_post_a_year():
    found = {t.text: t for t in tag("The pre-2011 borders and the post-2003 order.", anchor=PUB)}
    assert (found["pre-2011"].value, found["pre-2011"].mod) == ("2011", "BEFORE")
    assert (found["post-2003"].value, found["post-2003"].mod) == ("2003", "AFTER")


def test_the_march_or_may_before_a_noun_is_the_month():
    assert one("The May elections were postponed.", "May", anchor="2025-02-01").value == "2025-05"
    assert tag("The March on the capital drew crowds.", anchor=PUB) == []
    assert tag("Critics of the May government protested.", anchor=PUB) == []


def test_todays_world_is_no_day():
    assert tag("In today's world, drones change warfare.", anchor=PUB) == []
    assert tag("Tomorrow's leaders were trained there.", anchor=PUB) == []
    assert one("Today's strike hit a school.", "Today").value == PUB


def test_a_photo_caption_does_not_move_the_day_in_focus():
    story = ("Missiles hit the academy on Tuesday.\n\n{}\n\n"
             "The following day, drones hit the western city.")
    caption = "[Photo] Cadets lay flowers at the gate on Thursday. Photograph: Some Agency"
    found = {t.text: t.value for t in tag(story.format(caption), anchor="2024-09-06")}
    assert found["The following day"] == "2024-09-04"
    found = {t.text: t.value for t in tag(story.format("Cadets mourned on Thursday."),
                                          anchor="2024-09-06")}
    assert found["The following day"] == "2024-09-06"


@pytest.mark.parametrize("text, phrase", [
    ("So far in 2025, the agency has counted 40 raids.", "2025"),
    ("The agency has counted 40 raids this year so far.", "this year"),
])
def test_so_far_ends_at_the_anchor(text, phrase):
    t = one(text, phrase)
    assert (t.earliest, t.latest) == ("2025-01-01", PUB)


def test_a_past_year_so_far_is_the_whole_year():
    t = one("So far in 2023, the agency had counted 40 raids.", "2023")
    assert (t.earliest, t.latest) == ("2023-01-01", "2023-12-31")


def test_the_end_of_a_year_is_its_last_quarter():
    t = one("The last advisers left at the end of 2022.", "end of 2022")
    assert (t.value, t.earliest, t.latest, t.mod) == ("2022", "2022-10-01", "2022-12-31", "END")
    # the start stays its first month
    t = one("Talks resumed at the start of 2022.", "start of 2022")
    assert (t.earliest, t.latest) == ("2022-01-01", "2022-01-31")


def test_a_month_after_a_time_preposition_before_a_name_is_a_month():
    t = one("In February Chad and Togo signed a pact.", "February")
    assert (t.value, t.earliest, t.latest) == ("2025-02", "2025-02-01", "2025-02-28")
    assert one("Since October Benin has closed the road.", "October").value == "2024-10"
    # a month before a name with no preposition is part of the name
    assert [t.text for t in tag("A play by August Wilson opened.", anchor=PUB)] == []


def test_bare_units_later_count_from_the_last_date_told():
    text = "Rebels seized the depot on 3 February. Days later, a patrol was ambushed."
    later = [t for t in tag(text, anchor=PUB, events=True) if t.text == "Days later"]
    assert [(t.earliest, t.latest) for t in later] == [("2025-02-04", "2025-02-10")]
    text = "Rebels seized the depot on 3 February. Hours later the governor fled."
    later = [t for t in tag(text, anchor=PUB, events=True) if t.text == "Hours later"]
    assert [(t.earliest, t.latest) for t in later] == [("2025-02-03", "2025-02-03")]
    text = "Rebels seized the depot on 3 February. A few weeks later they left."
    later = [t for t in tag(text, anchor=PUB, events=True) if "weeks later" in t.text]
    assert [(t.earliest, t.latest) for t in later] == [("2025-02-10", "2025-03-17")]
    # TIMEX3 (no events) names no time for a bare stretch
    assert [t.text for t in tag("Days later, a patrol was ambushed.", anchor=PUB)] == []


def test_the_early_hours_with_no_day_are_the_day_of_the_report():
    t = one("Drones were shot down over the capital in the early hours, the mayor said.",
            "early hours")
    assert (t.value, t.earliest, t.latest, t.mod) == ("2025-03-28TMO", "2025-03-28",
                                                      "2025-03-28", "START")
    # with a day named, the day is the time ("the early hours of Sunday" -> Sunday)
    assert one("Drones struck the depot in the early hours of Sunday.", "Sunday").value == \
        "2025-03-23"
    assert not [x for x in tag("The early hours of negotiation were tense.", anchor=PUB)
                if "hours" in x.text]


def test_a_day_part_named_by_that_is_the_day_told_even_before_a_cleft():
    text = ("Gunmen attacked the village on March 11. It was in the chaos of that afternoon "
            "that six residents were seized.")
    assert one(text, "that afternoon").value == "2025-03-11TAF"
    # "the night that the plane went down" is an event's night, no day known
    assert not [x for x in tag("The raid came on Monday. The night that the plane went "
                               "down was cold.", anchor=PUB) if "night" in x.text]


def test_a_month_of_that_year_takes_the_year_last_told_even_by_a_season():
    text = ("Russia first tried to storm the town in spring 2024, soon after capturing "
            "Avdiivka in February of that year.")
    t = one(text, "February of that year")
    assert (t.value, t.earliest, t.latest) == ("2024-02", "2024-02-01", "2024-02-29")
    assert one("The offensive began in summer 2023. That year, losses grew.",
               "That year").value == "2023"
