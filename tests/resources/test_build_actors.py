import pytest

from claimtrace.resources.actors import build_actors

STATES = [{"kind": "state", "code": "AAA", "names": "Aland", "demonyms": "Alandic"}]


def _peoples(monkeypatch, rows):
    monkeypatch.setattr(build_actors, "_read_curated", lambda name: rows)
    return build_actors.build_peoples(STATES)


def test_peoples_rows_are_checked_and_kept(monkeypatch):
    rows = [{"name": "Zeds", "forms": "Zed|Zeds", "states": "AAA", "bare": "Zeds"}]
    assert _peoples(monkeypatch, rows) == [
        {"name": "Zeds", "forms": "Zed|Zeds", "states": "AAA", "bare": "Zeds"}]


@pytest.mark.parametrize("row", [
    {"name": "X", "forms": "Xen", "states": "ZZZ", "bare": ""},  # unknown state code
    {"name": "X", "forms": "Alandic", "states": "AAA", "bare": ""},  # a state's demonym
    {"name": "X", "forms": "Xen", "states": "AAA", "bare": "Xens"},  # bare form not a form
])
def test_bad_peoples_rows_stop_the_build(monkeypatch, row):
    with pytest.raises(SystemExit):
        _peoples(monkeypatch, [row])


def test_built_lexicon_has_conflict_media_and_2024_2025_office_holders():
    from claimtrace.actors_lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.best("Haftar").entry.country == "LBY"
    assert lex.best("Mizzima").entry.kind == "media"
    assert lex.best("CCTV") is None  # closed-circuit television, not the broadcaster


def test_ship_prefixes_name_the_navys_state():
    from claimtrace.steps.actors_names import SHIP_PREFIXES

    assert SHIP_PREFIXES["USS"] == "USA" and SHIP_PREFIXES["HMS"] == "GBR"
    assert "INS" not in SHIP_PREFIXES  # Indian and Israeli navies both use it
