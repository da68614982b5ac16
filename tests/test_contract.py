"""Output validates against the public contract (../shared/contract) and round-trips."""
import json
from pathlib import Path

import pytest

from claimtrace import extract
from claimtrace.model import Document

FIX = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def schema(shared_dir):
    return json.loads((shared_dir / "contract" / "document.schema.json").read_text())


@pytest.fixture(scope="module")
def fixture_doc():
    return extract((FIX / "artifacts.txt").read_text(encoding="utf-8"), published="2025-03-05",
                   outlet="Test Wire")


@pytest.mark.slow
@pytest.mark.shared
def test_output_validates_against_the_schema(schema, fixture_doc):
    import jsonschema

    jsonschema.validate(fixture_doc.to_dict(explain=True), schema)


@pytest.mark.slow
def test_offsets_index_the_cleaned_text(fixture_doc):
    d = fixture_doc.to_dict()
    spans = [m for a in d["actors"] for m in a["mentions"]] + \
        [m for p in d["places"] for m in p["mentions"]] + \
        [c["evidence"] for c in d["claims"]] + d["times"] + d["quantities"]
    assert spans
    for s in spans:
        assert d["text"][s["start"]:s["end"]] == s["text"]


@pytest.mark.slow
def test_round_trip(fixture_doc):
    d = fixture_doc.to_dict()
    again = Document.from_dict(json.loads(json.dumps(d))).to_dict()
    assert again == d


def test_from_dict_refuses_other_schemas():
    from claimtrace.errors import ClaimtraceError

    with pytest.raises(ClaimtraceError, match="E020"):
        Document.from_dict({"schema": "something/2"})


@pytest.mark.slow
@pytest.mark.shared
def test_worked_example_is_repaired_and_valid(shared_dir, schema):
    """Issue 2's acceptance: the worked example extracts to valid, repaired JSON."""
    import jsonschema

    from claimtrace.api import extract_inputs
    from claimtrace.readers import ReadOptions

    path = shared_dir / "examples" / "koksan-crimea.txt"
    [result] = list(extract_inputs([str(path)], read=ReadOptions(published="2025-03-28")))
    d = result.document.to_dict()
    jsonschema.validate(d, schema)
    assert "among the longest-range conventional field artillery pieces" in d["text"]
    assert "https://" not in d["text"] and "Related article" not in d["text"]
    kinds = [r["kind"] for r in d["repairs"]]
    assert "drop_url" in kinds and "drop_boilerplate" in kinds
    related = [r for r in d["repairs"] if r["kind"] == "drop_boilerplate"]
    assert related[0]["original_text"].startswith("Related article:")
    arms = [c for c in d["claims"] if c["subtype"] == "arms_transfer" and c["certainty"] == "believed"]
    assert arms and arms[0]["source"]["name"] == "ZDF" and arms[0]["cue"] == "according to"
