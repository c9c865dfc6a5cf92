# The two commands: `make run` (build the index if needed, start the tutor) and `make test`.
# `make test` = lint + typecheck (mypy) + the whole suite. While working: `make test-fast` (no model, no browser,
# no server, no subprocess; about 35 s on two cores), `make lint`, `make typecheck`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1

.PHONY: run test test-fast lint typecheck setup bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/tutor build
	$(BIN)/tutor serve

lint: $(STAMP)
	$(BIN)/ruff check tutor tests
	$(BIN)/ruff format --check tutor tests

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/python -m pytest

# The fast tier: every test not marked slow (model, browser, load, server, subprocess, stress), fewer fuzz examples.
test-fast: $(STAMP)
	TUTOR_FUZZ_EXAMPLES=$${TUTOR_FUZZ_EXAMPLES:-40} $(BIN)/python -m pytest -m "not slow" -p no:cacheprovider

# Speed and scale: one table, each figure against the bare model measured in the same run (several minutes).
bench: $(STAMP)
	$(BIN)/python -m tests.bench.run

clean:
	rm -rf $(VENV) .mypy_cache index/*.json index/*.index index/*.npy index/*.jsonl index/bm25
