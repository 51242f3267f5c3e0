# Cronica — one-command set-up. `make run` codes the bundled examples; `make test` runs the tests.
# Both create the virtual environment (.venv) on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.cronica-installed

.PHONY: run test bench accuracy clean-db

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/cronica code examples/ --db cronica.duckdb --format table

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

accuracy: $(STAMP)
	$(BIN)/python benchmarks/parser_accuracy.py

clean-db:
	rm -f cronica.duckdb cronica.duckdb.wal
