# Set-up and everyday commands. `make run` starts the app (`make run ARGS="--db FILE"`),
# `make test` runs the tests;
# each first installs what it needs (a virtual environment in .venv).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# Translation catalogues: English is the source; compiled .qm files are build outputs.
LANGUAGES := en km lo th my vi fil
TS := $(LANGUAGES:%=translations/riskedu_%.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test install install-test system-packages lint bench translations qm clean

run: install qm
	$(BIN)/riskedu $(ARGS)

test: system-packages install-test qm
	$(BIN)/python -m pytest

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Editable installs: the checkout's code runs as it is, so a `git pull` needs no reinstall
# (only a change of pyproject.toml does).
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

# Debian packages the tests use (a PostgreSQL server for the headquarters tests).
system-packages:
	bash .ci/system-packages

lint: install-test
	$(BIN)/ruff check riskedu tests bench

bench: install-test
	$(BIN)/python bench/run.py

# Refresh the Qt Linguist sources of every language from every marked string (lupdate
# needs the files listed), then compile them.
translations: install-test
	$(BIN)/pyside6-lupdate -no-obsolete $$(find riskedu -name '*.py' | sort) -ts $(TS)
	$(MAKE) qm

# Compile the catalogues Qt loads. Drafts marked unfinished are compiled too (no
# -nounfinished): until a reviewer confirms them they are still better than English.
qm: $(QM)

translations/%.qm: translations/%.ts | install
	$(BIN)/pyside6-lrelease -silent $< -qm $@

clean:
	rm -rf $(VENV) build *.egg-info $(QM)
