"""Trigger lexicon completed by class, stop 18 second pass (issue 5): the PLOVER classes the
first pass left (COERCE, casualties, attacks, MOBILIZE, RETREAT, AGREE / CONSULT, REQUEST,
REJECT, SANCTION, PROTEST). Each row is checked on a sentence written for these tests beside
a sense of the same word that must stay claim-free."""
import pytest

from claimtrace import extract
from claimtrace.steps.claim_lexicon import noun_classes, triggers

# classes the parse gives (claim_match.object_class), not looked up in nouns.tsv
PARSE_CLASSES = {"any", "into", "on", "for", "towards", "back", "out", "down", "labelled",
                 "to_do"}

NEW_ROWS = [("snatch", "VERB"), ("place", "VERB"), ("hospitalise", "VERB"),
            ("hospitalize", "VERB"), ("plant", "VERB"), ("reinforce", "VERB"),
            ("evacuate", "VERB"), ("extend", "VERB"), ("rule", "VERB"), ("walk", "VERB"), ("halt", "VERB"),
            ("went", "VERB"), ("picket", "VERB"), ("strike", "VERB"), ("boycott", "VERB")]


def test_every_second_pass_object_class_is_defined():
    """A row whose class no noun has can never fire: a typo in either file fails here."""
    known = set(noun_classes().values()) | PARSE_CLASSES
    for key in NEW_ROWS:
        assert key in triggers(), key
        for row in triggers()[key]:
            for part in row.object.split("+"):
                base = part.removesuffix("_subject").removesuffix("_obj")
                assert base in known, (key, row.object)


def test_senses_that_must_win_come_before_the_older_rows():
    """The first row whose object fits wins: workers striking must be tried before a strike
    on anything, talks boycotted before a boycott as a sanction."""
    strike = [r.object for r in triggers()[("strike", "VERB")]]
    assert strike.index("labor_subject") < strike.index("any")
    boycott = [r.object for r in triggers()[("boycott", "VERB")]]
    assert boycott.index("talks") < boycott.index("any")
    for lemma in ("die", "hospitalise"):
        rows = triggers()[(lemma, "VERB")]
        assert rows[0].kind == "none" and rows[0].object == "illness"
    assert noun_classes()["arrest"] == "custody"


def _told(text: str) -> list[tuple[str | None, str | None, str]]:
    doc = extract(text, published="2024-03-04")
    return [(c.type, c.subtype, c.trigger.text) for c in doc.claims]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("Soldiers placed the governor of Niamey under house arrest on Sunday.",
     ("COERCE", "capture", "placed")),
    ("Gunmen snatched three farmers from their fields near Kaduna on Friday.",
     ("COERCE", "capture", "snatched")),
    ("Nine villagers were hospitalised after the drone strike on Saturday.",
     ("ASSAULT", "casualties", "hospitalised")),
    ("Militants planted landmines along the road to Gao on Tuesday.",
     ("ASSAULT", "attack", "planted")),
    ("Serbian troops reinforced their positions near Kosovo on Wednesday.",
     ("MOBILIZE", "troop_deployment", "reinforced")),
    ("French troops evacuated their base in Ouallam on Monday.",
     ("RETREAT", "withdrawal", "evacuated")),
    ("The two factions extended the ceasefire by a week on Friday.",
     ("AGREE", "agreement", "extended")),
    ("The junta ruled out talks with the rebels on Monday.",
     ("REJECT", None, "ruled")),
    ("The government delegation walked out of the negotiations in Geneva.",
     ("REJECT", None, "walked")),
    ("The opposition boycotted the talks in Addis Ababa on Friday.",
     ("REJECT", None, "boycotted")),
    ("The donors halted development aid to Niger on Thursday.",
     ("SANCTION", "sanction", "halted")),
    ("Port workers went on strike in Haifa on Monday.",
     ("PROTEST", None, "went")),
    ("Mine workers struck in Lubumbashi on Friday.",
     ("PROTEST", None, "struck")),
])
def test_second_pass_rows_type_their_sentence(text, expected):
    assert expected in _told(text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The typhoon pounded the northern coast on Monday.",  # disaster, not an attack
    "Forecasters warned of heavy snow in the mountains.",  # weather, not a threat
    "The actor died of cancer in Rome on Sunday.",  # illness, not a casualty
    "She was hospitalised with influenza last month.",  # illness, not a casualty
    "The orthopaedist ruled out a broken bone.",  # nothing of talks, deals or attacks
    "Volunteers planted olive trees on the hillside.",  # no weapons
    "Residents were evacuated ahead of the cyclone on Friday.",  # a storm, not expulsion
    "The couple walked out of the theatre at the interval.",  # no talks
    "The clerk placed the files on the shelf.",  # no custody
])
def test_other_senses_stay_claim_free(text):
    assert not _told(text)


@pytest.mark.slow
def test_a_missile_striking_a_city_according_to_officials_stays_an_attack():
    """"according to" gives the class pact, so a deal struck is no row: the strike stays an
    attack."""
    told = _told("A missile struck a hospital in Kharkiv on Monday, according to the governor.")
    assert ("ASSAULT", "attack", "struck") in told
    assert not any(t == "AGREE" for t, _, _ in told)
