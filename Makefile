# Warraq: thin wrappers over `python -m generator` and pytest.
# `make build` and `make test` set up everything they need on a fresh machine.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.warraq-installed
WARRAQ := $(BIN)/python -m generator
PORT   ?= 8000

.PHONY: bytecode build import site serve test test-fast browser-deps golden bench bench-import bench-preview lint format clean dist help

help:
	@echo "make build   import content/dumps and build public/ (sets up .venv)"
	@echo "make serve   live preview on http://127.0.0.1:$(PORT)/"
	@echo "make test    run the whole test suite (sets up .venv and Chromium)"
	@echo "make bench   build benchmarks (never part of make test)"
	@echo "             also: import, site, test-fast, lint, format, golden, bench-import, bench-preview, dist, clean"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# Byte-compile Warraq's own modules, as a regular (not editable) install would: where
# PYTHONDONTWRITEBYTECODE is set, Python never saves them, and every build and live-preview
# rebuild would compile them again (~0.08 s). Only changed files are recompiled.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q generator

# Import first (never overwrites a hand-edited file), then build; fail if either failed.
build: bytecode
	@status=0; $(WARRAQ) import || status=$$?; $(WARRAQ) build || exit $$?; exit $$status

import: bytecode
	$(WARRAQ) import

site: bytecode
	$(WARRAQ) build

serve: bytecode
	$(WARRAQ) serve --port $(PORT)

browser-deps:
	@sh scripts/ensure-browser.sh

test: $(STAMP) browser-deps
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not browser"

golden: $(STAMP)
	$(BIN)/python tests/regenerate_golden.py

bench: bytecode
	$(BIN)/python scripts/bench_build.py

bench-import: bytecode
	$(BIN)/python scripts/bench_import.py

bench-preview: bytecode browser-deps
	$(BIN)/python scripts/bench_preview.py

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
