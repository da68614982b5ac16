"""Stop-17d rows of the claims lexicons (`resources/claims/triggers.tsv`, `nouns.tsv`):
forces driven out, patrols stepped up, kin lost, boats boarded. Sentences are our own."""
import pytest

from claimtrace import extract
from claimtrace.steps.claim_lexicon import noun_classes, triggers


def _types(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.type, c.subtype) for c in extract(text).claims}


def test_stop17d_noun_classes():
    classes = noun_classes()
    assert classes["patrol"] == classes["presence"] == "presence"
    assert classes["enemy"] == "troops"
    assert classes["son"] == classes["daughter"] == classes["relative"] == "people"
    assert classes["boat"] == "weapons"


def test_drive_types_troops_before_civilians():
    """Forces driven out withdraw (as the "drove"/"driven" rows say); the row for civilians
    (expulsion) comes after."""
    rows = triggers()[("drive", "VERB")]
    assert [r.object for r in rows] == ["troops+back", "civilians+back"]
    assert rows[0].type == "RETREAT" and rows[1].type == "COERCE"


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("The general said the aim was to drive the enemy out of the province.",
     ("RETREAT", "withdrawal")),
    ("Ukrainian forces were driven out of the village on Monday.", ("RETREAT", "withdrawal")),
    ("The army stepped up patrols in the border districts.",
     ("MOBILIZE", "troop_deployment")),
    ("The navy said its troops had increased patrols along the coast.",
     ("MOBILIZE", "troop_deployment")),
    ("She lost two sons in the shelling of the market.", ("ASSAULT", "casualties")),
    ("The coast guard boarded two fishing boats near the atoll.", ("COERCE", "capture")),
])
def test_stop17d_rows_type_their_events(text, expected):
    assert expected in _types(text)


@pytest.mark.slow
@pytest.mark.parametrize("text, absent", [
    # herds driven to pasture, efforts stepped up and profits doubled are no events
    ("Farmers drive their cattle out to the pastures each morning.", "ASSAULT"),
    ("The ministry stepped up its efforts to reach a deal.", "MOBILIZE"),
    ("The company doubled its profits last year.", "MOBILIZE"),
])
def test_stop17d_rows_keep_other_senses_claim_free(text, absent):
    assert absent not in {t for t, _ in _types(text)}
