# GSNP Events. The two commands a new machine needs:
#   make run    set up and start the app with the demo assembly on http://127.0.0.1:5000
#   make test   set up and run the whole test suite (SQLite, then PostgreSQL)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
FLASK := $(VENV)/bin/flask --app gsnp_events
# PostgreSQL for the test run: the suite creates a fresh database there and drops it after.
TEST_POSTGRES_ADMIN_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/postgres
PYTEST_ARGS ?=

.PHONY: run setup setup-dev system-packages system-packages-test test test-sqlite test-postgres \
        test-e2e lint format migrate-check clean i18n-check i18n-extract \
        bench-backoffice bench-checkin bench-register bench-badges

run: setup system-packages
	$(FLASK) db upgrade
	$(FLASK) seed-demo
	$(FLASK) run --host 127.0.0.1 --port 5000

$(VENV)/.stamp-runtime: requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed; found $$($(PYTHON) --version)."; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.stamp-dev: $(VENV)/.stamp-runtime requirements-dev.txt
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Compiled translation catalogs (.mo): build output of the .po files kept in the repository.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard gsnp_events/translations/*/LC_MESSAGES/messages.po))
# axe-core (accessibility checks in the browser tests), from the npm registry, pinned; it lives in
# .cache/ (git-ignored), not in the repository.
AXE_VERSION := 4.14.1
AXE := .cache/axe-core-$(AXE_VERSION)/node_modules/axe-core/axe.min.js

%.mo: %.po $(VENV)/.stamp-runtime
	$(VENV)/bin/pybabel -q compile -i $< -o $@

$(AXE):
	@command -v npm >/dev/null || { echo "npm is needed for the accessibility tests (Debian: apt-get install npm)."; exit 1; }
	npm install --silent --no-audit --no-fund --prefix .cache/axe-core-$(AXE_VERSION) axe-core@$(AXE_VERSION)

setup: $(VENV)/.stamp-runtime $(MO_FILES)
setup-dev: $(VENV)/.stamp-dev $(MO_FILES) $(AXE)

# Fails when a catalog lacks a translation, has a fuzzy one or an old string, or when a template
# shows text outside a translation call.
i18n-check: setup-dev
	$(PY) scripts/i18n_check.py

# After changing strings: extract them and update every language's catalog.
i18n-extract: setup-dev
	$(PY) scripts/i18n_catalogs.py extract

system-packages:
	@scripts/system-packages.sh run

system-packages-test:
	@scripts/system-packages.sh test

test: setup-dev system-packages-test lint i18n-check test-sqlite test-postgres

test-sqlite:
	@echo "== tests on SQLite =="
	$(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

# The PostgreSQL half runs 400 days ahead of today (tests/conftest.py): no test may depend on
# the date it runs on.
TEST_CLOCK_SHIFT_DAYS ?= 400

test-postgres:
	@if $(PY) -c "import psycopg, sys; psycopg.connect('$(TEST_POSTGRES_ADMIN_URL)'.replace('+psycopg', ''), connect_timeout=3).close()" 2>/dev/null; then \
		echo "== tests on PostgreSQL, the clock $(TEST_CLOCK_SHIFT_DAYS) days ahead =="; \
		GSNP_TEST_DATABASE=postgresql TEST_POSTGRES_ADMIN_URL=$(TEST_POSTGRES_ADMIN_URL) \
			GSNP_TEST_CLOCK_SHIFT_DAYS=$(TEST_CLOCK_SHIFT_DAYS) \
			$(PY) -m pytest -q -p no:cacheprovider -m "not e2e" $(PYTEST_ARGS); \
	else \
		echo "!! PostgreSQL is not reachable at $(TEST_POSTGRES_ADMIN_URL):"; \
		echo "!! the PostgreSQL half of the suite did NOT run; only SQLite was tested."; \
		echo "!! Start it (Debian: pg_ctlcluster <version> main start) or set TEST_POSTGRES_ADMIN_URL."; \
	fi

test-e2e: setup-dev system-packages-test
	$(PY) -m pytest -q -p no:cacheprovider -m e2e

lint: setup-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache test-artifacts .cache $(MO_FILES)

bench-backoffice: setup-dev
	$(PY) -m benchmarks.bench_backoffice

bench-register: setup-dev
	$(PY) -m benchmarks.bench_register

bench-checkin: setup-dev
	$(PY) -m benchmarks.bench_checkin

# One PDF of 100, 500 and 2,000 CR80 badges (mixed scripts, photos, QR codes), the naive
# one-document-per-badge yardstick and ReportLab; about 5 minutes. Figures: docs/BENCHMARKS.md.
bench-badges: setup-dev system-packages
	$(PY) -m benchmarks.bench_badges
