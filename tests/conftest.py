"""Shared fixtures. `shared_dir` is ../shared (the worked example and benchmarks).

Tests that need it are marked `shared`. Outside CI they skip with a reason when it is
absent (a user's fresh clone has no ../shared); in CI (env CI set) its absence fails.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def shared_path() -> Path:
    return Path(os.environ.get("CLAIMTRACE_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = shared_path()
    if not (path / "contract" / "document.schema.json").exists():
        if os.environ.get("CI"):
            pytest.fail(f"../shared is required in CI but was not found at {path}")
        pytest.skip(f"needs ../shared (worked example, benchmarks): not found at {path}")
    return path


@pytest.fixture(scope="session")
def nlp():
    from claimtrace.steps.parse import load_nlp

    return load_nlp()
