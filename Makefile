# claimtrace: `make demo` and `make test` are the two commands of the README's quick start.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
DEMO_DB ?= demo.db

.PHONY: install demo test test-fast eval bench clean

install: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: install
	$(BIN)/claimtrace demo --db $(DEMO_DB) --serve

test: install
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow"

eval: install
	$(BIN)/python -m claimtrace.evaluation.gate --shared $(SHARED)

BENCH_CLAIMS ?= 100000

bench: install
	$(BIN)/python -m claimtrace.bench $(if $(wildcard $(SHARED)/examples),--shared $(SHARED),)
	$(BIN)/python -m claimtrace.scale_bench --claims $(BENCH_CLAIMS) --workdir out/scale

clean:
	rm -rf $(VENV) out build *.egg-info $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
