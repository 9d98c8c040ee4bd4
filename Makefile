# Warraq: thin wrappers over `python -m generator` and pytest.
# `make build` and `make test` set up everything they need on a fresh machine.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.warraq-installed
WARRAQ := $(BIN)/python -m generator
PORT   ?= 8000

.PHONY: build import site serve test test-fast browser-deps golden bench bench-import lint format clean dist help

help:
	@echo "make build   import content/dumps and build public/ (sets up .venv)"
	@echo "make serve   live preview on http://127.0.0.1:$(PORT)/"
	@echo "make test    run the whole test suite (sets up .venv and Chromium)"
	@echo "make bench   build benchmarks (never part of make test)"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# Import first (never overwrites a hand-edited file), then build; fail if either failed.
build: $(STAMP)
	@status=0; $(WARRAQ) import || status=$$?; $(WARRAQ) build || exit $$?; exit $$status

import: $(STAMP)
	$(WARRAQ) import

site: $(STAMP)
	$(WARRAQ) build

serve: $(STAMP)
	$(WARRAQ) serve --port $(PORT)

browser-deps:
	@sh scripts/ensure-browser.sh

test: $(STAMP) browser-deps
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not browser"

golden: $(STAMP)
	$(BIN)/python tests/regenerate_golden.py

bench: $(STAMP)
	$(BIN)/python scripts/bench_build.py

bench-import: $(STAMP)
	$(BIN)/python scripts/bench_import.py

lint: $(STAMP)
	$(BIN)/ruff check generator tests scripts
	$(BIN)/ruff format --check generator tests scripts

format: $(STAMP)
	$(BIN)/ruff format generator tests scripts

# A portable copy (links end in index.html, browses from file://), zipped with today's date.
dist: $(STAMP)
	$(WARRAQ) import
	$(WARRAQ) build --portable --out dist/portable
	$(BIN)/python scripts/make_dist.py dist/portable dist

clean: $(STAMP)
	$(WARRAQ) clean
