from claimtrace.weapons import entity_patterns, find_weapons, load_weapons, lookup_weapon


def test_find_weapons_aliases_plurals_and_offsets():
    text = "Convoys carried M1989 Koksan guns, Hwasong-11 missiles and several Shaheds."
    found = find_weapons(text)
    assert [(name, cat) for _s, _e, name, cat in found] == [
        ("Koksan", "artillery"), ("KN-23", "missile"), ("Shahed-136", "drone")]
    s, e, _n, _c = found[0]
    assert text[s:e] == "M1989 Koksan"


def test_find_weapons_whole_words_and_case():
    assert find_weapons("a grad student; the patriots won") == []
    assert find_weapons("HIMARSX and XHIMARS") == []
    assert [w[2] for w in find_weapons("HIMARS and ATACMS")] == ["HIMARS", "ATACMS"]


def test_lookup_and_patterns():
    assert lookup_weapon("Geran-2").name == "Shahed-136"
    assert lookup_weapon("Geran-2").origin == "IRN"
    assert lookup_weapon("nothing") is None
    pats = entity_patterns()
    assert {"label": "WEAPON", "pattern": "Storm Shadow", "id": "Storm Shadow"} in pats
    assert len(pats) >= sum(1 + len(w.aliases) for w in load_weapons())
