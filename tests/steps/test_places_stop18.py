"""Stop 18: streets named after towns lend their town to the document's context."""
from claimtrace import gazetteer as gz
from claimtrace.steps import places


def test_a_street_lends_the_town_it_is_named_after():
    gaz = gz.load()
    assert places._context_name("Lancaster Avenue", gaz) == "Lancaster"
    assert places._context_name("Dublin Rd.", gaz) == "Dublin"


def test_a_street_named_after_no_town_is_left_as_written():
    gaz = gz.load()
    assert places._context_name("Qwzxy Road", gaz) == "Qwzxy Road"


def test_street_towns_pull_a_namesake_toward_them():
    """"Richmond" in a text that names Lancaster Avenue: the Richmond of Kentucky, near
    Lancaster, not the larger one of Virginia that the bare street name leaves it."""
    gaz = gz.load()
    bare = gz.build_context(gaz, ["Richmond", "Lancaster Avenue"])
    assert places.resolve_name("Richmond", bare).admin1 == "Virginia"
    lent = gz.build_context(gaz, ["Richmond",
                                  places._context_name("Lancaster Avenue", gaz)])
    best = places.resolve_name("Richmond", lent)
    assert (best.country, best.admin1) == ("USA", "Kentucky")
