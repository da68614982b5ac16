"""`make eval`: score the pipeline on public benchmarks and annotated articles.

Each module here exposes `run(shared: Path, *, limit: int | None = None) -> dict`
returning `{"data": <what was found>, "scores": {name: float}}`; `evaluation.gate`
compares the scores with the floors recorded in `eval/floors.json`.
"""

from __future__ import annotations  # noqa: E402

import importlib.util  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402


def shared_scorer(shared: Path):
    """../shared/eval/score_documents.py as a module (its `score()` is reused in place)."""
    spec = importlib.util.spec_from_file_location("claimtrace_shared_scorer",
                                                  Path(shared) / "eval" / "score_documents.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def run_step(texts: list[str], step: Callable) -> list:
    """Parse `texts` (nlp.pipe) and run one step on each: a step measured on its own."""
    from ..model import Document
    from ..steps.parse import load_nlp

    docs = []
    for text, parsed in zip(texts, load_nlp().pipe(texts)):
        doc = Document(text=text)
        doc.spacy = parsed
        docs.append(step(doc))
    return docs
