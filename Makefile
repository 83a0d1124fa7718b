# PactWatch: two commands do all the set-up (see README.md).
#   make run    install into .venv and start the dashboard on the shipped corpus
#   make test   install into .venv (with test tools) and run the whole test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q

.PHONY: run test install install-dev bench clean

$(VENV)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PIP) install -r requirements-dev.txt
	touch $@

install: $(VENV)/.runtime

install-dev: $(VENV)/.dev

run: install
	$(VENV)/bin/streamlit run dashboard.py

test: install-dev
	$(PY) -m pytest

bench: install-dev
	$(PY) benchmarks/bench_dashboard.py
	$(PY) benchmarks/bench_export.py

clean:
	rm -rf $(VENV) data/pactwatch.duckdb data/pactwatch.duckdb.wal
