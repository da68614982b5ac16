from pathlib import Path

from claimtrace.repair import clean_text

FIX = Path(__file__).parent / "fixtures"


def _dropped_as_headline_list(repairs, heading):
    """Was a block under `heading` dropped as a list of linked headlines?"""
    return any(r.note == "a list of linked headlines" and heading in r.original_text
               for r in repairs)


def test_artifacts_are_repaired_to_the_expected_text():
    raw = (FIX / "artifacts.txt").read_text(encoding="utf-8")
    text, repairs = clean_text(raw)
    assert text == (FIX / "artifacts.expected.txt").read_text(encoding="utf-8").strip()
    kinds = {r.kind for r in repairs}
    assert {"drop_url", "drop_boilerplate", "dehyphenate", "unwrap"} <= kinds


def test_repairs_point_at_the_original_text():
    raw = (FIX / "artifacts.txt").read_text(encoding="utf-8")
    _, repairs = clean_text(raw)
    for r in repairs:
        if r.kind in ("drop_url", "drop_boilerplate"):
            assert raw[r.original_start:r.original_end] == r.original_text
    url = next(r for r in repairs if r.kind == "drop_url")
    assert url.original_text.startswith("https://example.org/")
    related = [r for r in repairs if r.kind == "drop_boilerplate"]
    assert any(r.original_text.startswith("Related article:") for r in related)
    assert any(r.original_text.strip() == "Read more" for r in related)


def test_real_compounds_keep_their_hyphen_and_split_words_join():
    text, _ = clean_text("The self-\npropelled guns were trans-\nported and dam-\naged.\n")
    assert "self-propelled" in text
    assert "damaged" in text


def test_mojibake_is_fixed_and_recorded():
    raw = (FIX / "mojibake.txt").read_text(encoding="utf-8")
    text, repairs = clean_text(raw)
    assert "don\u2019t" in text and "Gen\u00e8ve" in text
    assert "â€" not in text
    assert any(r.kind == "fix_encoding" for r in repairs)


def test_curly_quotes_are_not_touched():
    text, repairs = clean_text("Kyiv\u2019s forces held the line.")
    assert text == "Kyiv\u2019s forces held the line."
    assert repairs == []


def test_unwrapped_paragraphs_stay_apart():
    text, _ = clean_text("First paragraph ends here.\n\nSecond one\nis wrapped.\n")
    assert text == "First paragraph ends here.\n\nSecond one is wrapped."


def test_a_break_made_by_a_dropped_link_is_mended():
    raw = "They moved the guns to the\n\nhttps://example.org/x\n\nfront line on Friday.\n"
    text, repairs = clean_text(raw)
    assert text == "They moved the guns to the front line on Friday."
    assert [r.kind for r in repairs if r.kind != "unwrap"] == ["drop_url"]


def test_page_feet_and_numbers_are_dropped():
    raw = "The convoy left at dawn and\nOutlet Name | 2 May 2025 | Page 2 of 3\nreached the town by noon.\n\n14\n"
    text, repairs = clean_text(raw)
    assert text == "The convoy left at dawn and reached the town by noon."
    assert sum(r.kind == "drop_boilerplate" for r in repairs) == 2


def test_caption_lines_with_credits_are_dropped():
    raw = ("The minister spoke at the base.\n\nTHE MINISTER AT THE BASE, MAY 2 (Image: MINISTRY/via Wire)\n\n"
           "He said the tanks would arrive soon.\n")
    text, repairs = clean_text(raw)
    assert text == "The minister spoke at the base.\n\nHe said the tanks would arrive soon."
    assert [r.note for r in repairs if r.kind == "drop_boilerplate"] == ["picture caption with its credit"]


def test_headline_lists_and_teasers_are_dropped_but_real_bullets_stay():
    raw = ("Shelling hit the town on Monday.\n\n- Drone strike damages depot\n- Talks stall in Geneva\n\n"
           "Officials listed the damage:\n- the school was hit.\n- two houses burned.\n\n"
           "Court dismisses appeal The court has dismissed the\u2026\n")
    text, repairs = clean_text(raw)
    assert "Drone strike damages depot" not in text and "dismissed the" not in text
    assert "- the school was hit." in text and "- two houses burned." in text
    notes = {r.note for r in repairs if r.kind == "drop_boilerplate"}
    assert notes == {"a list of linked headlines", "a teaser cut off by the site (link text)"}


def test_headline_byline_and_dateline_stay_apart_from_the_first_sentence():
    raw = ("Drones strike fuel depot near border town\n"
           "By Ana Ruiz and Tom Bell\n"
           "ODESA, March 3 (Example Wire) - Drones struck a fuel depot on Monday,\n"
           "officials said, and the fire burned for\n"
           "six hours.\n")
    text, _ = clean_text(raw)
    assert text.split("\n\n") == [
        "Drones strike fuel depot near border town", "By Ana Ruiz and Tom Bell",
        "ODESA, March 3 (Example Wire) - Drones struck a fuel depot on Monday, officials "
        "said, and the fire burned for six hours."]


def test_a_wrapped_first_line_is_no_headline():
    text, _ = clean_text("Officials said on Monday that the convoy reached the\n"
                         "Town of Kherson late at night.\n")
    assert text == "Officials said on Monday that the convoy reached the Town of Kherson late at night."


def test_caption_with_a_handout_credit_is_dropped():
    text, repairs = clean_text("Smoke rises over the harbour after the strike. (Handout via Example Wire)\n\n"
                               "The strike hit the harbour on Friday.\n")
    assert text == "The strike hit the harbour on Friday."
    assert any(r.kind == "drop_boilerplate" for r in repairs)


def test_a_hard_wrapped_first_line_is_no_headline_even_when_the_next_starts_with_a_name():
    raw = ("Russia has started moving North Korean artillery systems to the annexed\n"
           "Crimea peninsula, a German broadcaster reported on Friday, in a sign that the\n"
           "war could soon widen, according to analysts who follow the deliveries.\n")
    text, _ = clean_text(raw)
    assert "\n" not in text and text.startswith("Russia has started moving")


def test_every_item_under_a_related_heading_is_link_text_even_a_question():
    raw = ("Troops entered the town on Monday.\n\nRead more:\n- Who could lead the group now?\n"
           "- Strike on a market in the north kills dozens, rescuers say\n\n"
           "Officials said the roads were open again.\n")
    text, repairs = clean_text(raw)
    assert "Who could lead" not in text and "kills dozens" not in text
    assert text.endswith("Officials said the roads were open again.")
    assert _dropped_as_headline_list(repairs, "Read more")


def test_a_menu_under_a_topics_heading_is_dropped_but_a_masthead_stays():
    raw = ("Border clashes resume\n\nNorthline News | Asia | 3 May 2025\n\n"
           "Troops entered the town on Monday.\n\nRelated Topics\nBorder conflict | Asia\n\n"
           "Share on X | Share on Facebook | Copy link\n")
    text, repairs = clean_text(raw)
    assert "Border conflict" not in text and "Copy link" not in text
    assert "Related Topics" not in text
    assert "Northline News | Asia | 3 May 2025" in text


def test_a_numbered_most_read_box_is_link_text_but_a_numbered_list_of_sentences_stays():
    raw = ("Rebels took the town on Tuesday.\n\nMOST READ\n1. Drone strike hits fuel depot in "
           "port city\n2. Ministers meet in Luanda to revive ceasefire talks\n\n"
           "The government said its forces had withdrawn.\n\nThe demands were:\n"
           "1. The army must leave the town.\n2. Prisoners must be freed.\n")
    text, repairs = clean_text(raw)
    assert "fuel depot" not in text and "Luanda" not in text
    assert "The army must leave the town." in text and "Prisoners must be freed." in text
    assert _dropped_as_headline_list(repairs, "MOST READ")


def test_a_press_release_s_note_about_its_author_is_dropped_and_a_sentence_kept():
    raw = ("Gunmen attacked the village on Sunday.\n\nAbout RCN: The Relief Coordination Network "
           "is a coalition of 20 aid groups that records attacks on civilians.\n\n"
           "About 40 people: that was the first count.\n")
    text, repairs = clean_text(raw)
    assert text == "Gunmen attacked the village on Sunday.\n\nAbout 40 people: that was the first count."
    assert [r.note for r in repairs if r.kind == "drop_boilerplate"] == [
        "a press release's note about its author"]


def test_a_note_about_the_author_under_a_heading_of_its_own_is_dropped_with_its_paragraph():
    raw = ("Gunmen attacked the village on Sunday.\n\nAbout the Relief Coordination Network\n"
           "The network is a coalition of 20 aid groups working in conflict areas.\n"
           "It records attacks on civilians.\n\n"
           "About the author\nDr Amina Bello leads our work on security.\n\n"
           "About Ukraine\n")
    text, repairs = clean_text(raw)
    assert text == "Gunmen attacked the village on Sunday.\n\nAbout Ukraine"
    assert [r.note for r in repairs if r.kind == "drop_boilerplate"] == [
        "a press release's note about its author"] * 2


def test_headlines_under_a_related_heading_with_no_bullets_are_link_text():
    raw = ("Gunmen attacked the embassy on Monday.\n\nRelated coverage\n"
           "Talks on fuel imports are \"advanced\", officials say\n"
           "Blasts at schools and mosques: a year of attacks\n\n"
           "Police said the roads were open again.\n")
    text, repairs = clean_text(raw)
    assert "fuel imports" not in text and "Blasts at schools" not in text
    assert text.endswith("Police said the roads were open again.")
    assert _dropped_as_headline_list(repairs, "Related coverage")


def test_a_sentence_under_a_related_heading_ends_the_list():
    raw = ("Related coverage\nStrike on a depot kills two\n"
           "Police said the roads were open again.\n")
    text, _ = clean_text(raw)
    assert "Police said the roads were open again." in text
    assert "depot" not in text


def test_links_marked_with_angle_quotes_and_a_feature_s_funding_credit_are_dropped():
    raw = ("A missile hit the block on Friday.\n\n"
           "› Families wait for news at the ruins of the mall\n"
           "› Ports stay blocked as the harvest piles up\n\n"
           "This feature was reported with support from the Review's Africa fund.\n")
    text, _ = clean_text(raw)
    assert text == "A missile hit the block on Friday."
