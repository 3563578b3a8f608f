# SiteReady: two commands do all set-up on a fresh machine, and work when run again.
#   make run    the app on the embedded default data (store created and seeded on first run)
#   make test   the whole test suite (installs Chromium and PostgreSQL + PostGIS when missing)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get

.PHONY: run test system-deps

run: $(VENV)/.runtime-ok static/vendor/.ok
	$(PY) -m geo init
	$(VENV)/bin/streamlit run server.py --server.port $(PORT)

test: $(VENV)/.dev-ok static/vendor/.ok system-deps
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(PY) -m pytest

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime-ok: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-ok: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-ok

# Leaflet and the other files the maps need, from the npm registry (checked against their integrity).
static/vendor/.ok: layers/assets.py | $(PY)
	$(PY) -m layers.assets
	touch $@

# Debian's Chromium for the browser tests; PostgreSQL + PostGIS for the PostGIS store tests.
system-deps:
	@if ! command -v chromium >/dev/null || ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then \
	  $(APT) update -qq && \
	  pg=$$(apt-cache search --names-only '^postgresql-[0-9]+-postgis-3$$' | sort -V | tail -1 | cut -d' ' -f1); \
	  $(APT) install -y -qq --no-install-recommends chromium postgresql $$pg >/dev/null; \
	fi
