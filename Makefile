# Kōbai. Two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run test test-fast backup restore figures lint messages deps deps-dev system-deps system-deps-test clean-var frontend

run: deps system-deps
	@courseware/scripts/run.sh

test: deps-dev system-deps-test node_modules/.installed
	@courseware/scripts/test.sh $(ARGS)

# The fast tier, to run while you work: everything but the real sandbox, the real worker and
# service processes, the browser and the calibration runs, on every core (CI runs all of it through
# `make test`).
test-fast: deps-dev
	@courseware/scripts/test.sh -n auto -m "not (sandbox or service or browser or calibration)" $(ARGS)

# A backup of the configured database while the site runs (var/backups/), and its restore
# (site stopped): `make restore BACKUP=var/backups/kobai-....sqlite3`. docs/operations.md.
backup: deps
	@$(PY) manage.py backup

restore: deps
	@test -n "$(BACKUP)" || { echo "make restore BACKUP=<file made by make backup>" >&2; exit 2; }
	@$(PY) manage.py restore "$(BACKUP)"

figures: deps-dev
	$(PY) -m figures

lint: deps-dev
	$(VENV)/bin/ruff check .

messages: deps-dev
	$(PY) manage.py makemessages -l ja --no-obsolete --ignore '.venv/*' --ignore 'node_modules/*' --ignore 'var/*'
	$(PY) -m courseware.scripts.compile_messages

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] >= (3, 11), "Kōbai needs Python 3.11"' \
	  || { echo "Python 3.11 is needed: sudo apt-get install -y python3.11 python3.11-venv" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV) || { echo "Could not create .venv: sudo apt-get install -y python3-venv" >&2; exit 1; }
	$(PY) -m pip install -q --upgrade pip

$(STAMP_RUN): requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install -q -r requirements.txt
	@touch $@

$(STAMP_DEV): requirements.txt requirements-dev.txt $(STAMP_RUN)
	$(PY) -m pip install -q -r requirements-dev.txt
	@touch $@

deps: $(STAMP_RUN)
deps-dev: $(STAMP_DEV)

system-deps:
	@courseware/scripts/system_deps.sh run

system-deps-test:
	@courseware/scripts/system_deps.sh test

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Rebuild the committed front-end files in courseware/static/courseware/ (editor.js,
# editor.js.LICENSES.txt, htmx.min.js) from the exact versions in package-lock.json.
frontend:
	npm ci --no-audit --no-fund --loglevel=error
	@touch node_modules/.installed
	node courseware/frontend/build.mjs
