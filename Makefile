# The two commands: `make run` (build the index if needed, start the tutor) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1

.PHONY: run test lint setup bench clean

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

test: lint
	$(BIN)/python -m pytest

# Speed and scale: one table, each figure against the bare model measured in the same run (several minutes).
bench: $(STAMP)
	$(BIN)/python -m tests.bench.run

clean:
	rm -rf $(VENV) index/*.json index/*.index index/*.npy index/*.jsonl index/bm25
