import pytest

from claimtrace.errors import ClaimtraceError
from claimtrace.pipeline import DEFAULT_STEPS, Options, check_order
from claimtrace.scope import decline


def test_default_order_is_valid():
    assert [s.name for s in check_order(DEFAULT_STEPS)] == list(DEFAULT_STEPS)


def test_a_step_before_what_it_needs_is_refused():
    with pytest.raises(ClaimtraceError, match="E103"):
        check_order(("clean", "claims", "parse"))


def test_unknown_step_is_refused():
    with pytest.raises(ClaimtraceError, match="E104"):
        check_order(("clean", "sentiment"))


def test_options_are_hashable_for_extractor_reuse():
    assert hash(Options()) == hash(Options())


def test_out_of_scope_requests_are_declined():
    with pytest.raises(ClaimtraceError, match="E900.*targeting"):
        decline("targeting")


def test_importing_loads_no_model():
    import sys

    import claimtrace  # noqa: F401
    from claimtrace.steps import parse

    assert parse.load_nlp.cache_info().currsize == 0 or "spacy" in sys.modules
