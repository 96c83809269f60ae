# `make demo` and `make test` do all the set-up on a fresh clone: a .venv with pinned dependencies.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/sourcetrace --db demo.db add examples
	$(BIN)/sourcetrace --db demo.db analyze
	$(BIN)/sourcetrace --db demo.db quotes
	$(BIN)/sourcetrace --db demo.db show
	$(BIN)/sourcetrace --db demo.db incidents
	$(BIN)/sourcetrace --db demo.db incident 1

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --sizes 1000 10000

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache
