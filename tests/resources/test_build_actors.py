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
