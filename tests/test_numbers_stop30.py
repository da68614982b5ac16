"""Stop 30: a bare "a dozen" or "half a dozen" is a round count (approx), as annotators
read it; a cue before it still decides ("more than a dozen")."""
from __future__ import annotations

from claimtrace.numbers import scan


def _read(text):
    return [(p.value, p.qualifier) for p in scan(text)]


def test_a_bare_dozen_is_a_round_count():
    assert _read("a dozen settlements were hit") == [(12, "approx")]
    assert _read("half a dozen residential buildings") == [(6, "approx")]


def test_a_cue_before_a_dozen_and_other_number_words_keep_their_reading():
    assert _read("more than a dozen people") == [(12, "more_than")]
    assert _read("twelve people") == [(12, "exact")]
    assert _read("He baked a baker's dozen rolls.") == [(13, "exact")]


def test_a_cue_before_one_unit_named_by_its_article_qualifies_it():
    found = scan("The camp lies about a kilometre from the site.")
    assert [(p.value, p.qualifier, p.unit) for p in found] == [(1, "approx", "km")]
    assert [(p.value, p.qualifier) for p in scan("a kilometre away")] == [(1, "exact")]
