"""`make eval`: score the pipeline on public benchmarks and annotated articles.

Each module here exposes `run(shared: Path, *, limit: int | None = None) -> dict`
returning `{"data": <what was found>, "scores": {name: float}}`; `evaluation.gate`
compares the scores with the floors recorded in `eval/floors.json`.
"""
