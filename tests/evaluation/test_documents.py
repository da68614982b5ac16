"""Which gold sets the documents evaluation reads."""
from claimtrace.evaluation import documents


def _write_set(root, name):
    folder = root / "eval" / name
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Headline\n\nBody.", encoding="utf-8")
    (folder / "a.gold.json").write_text("{}", encoding="utf-8")


def test_excluded_holdout_folders_are_not_read(tmp_path, monkeypatch):
    for name in ("holdout1", "holdout2", "holdout3"):
        _write_set(tmp_path, name)
    monkeypatch.setattr(documents, "REPO", tmp_path)
    monkeypatch.setenv("CLAIMTRACE_EVAL_EXCLUDE", "holdout2,holdout3")
    sets = documents._pairs(tmp_path / "no-shared")
    assert sorted(sets) == ["holdout1"]
    assert sets["holdout1"][0][1].name == "a.txt"


def test_without_exclusion_every_holdout_folder_with_gold_is_read(tmp_path, monkeypatch):
    for name in ("holdout1", "holdout2"):
        _write_set(tmp_path, name)
    (tmp_path / "eval" / "holdout9").mkdir()  # no gold yet: not a set
    monkeypatch.setattr(documents, "REPO", tmp_path)
    monkeypatch.delenv("CLAIMTRACE_EVAL_EXCLUDE", raising=False)
    assert sorted(documents._pairs(tmp_path / "no-shared")) == ["holdout1", "holdout2"]
