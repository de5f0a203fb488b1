# Genomics Academy. `make run` and `make test` are all a newcomer needs (see README.md).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
IGNORE := --ignore=.venv --ignore=node_modules --ignore=var

.PHONY: run test setup fonts migrate demo lint format messages lock clean help bench bench-quick

help:
	@echo "make run    set everything up, load the demo site and serve http://$(HOST):$(PORT)"
	@echo "make test   run the whole test suite"
	@echo "make bench  benchmarks beside their floors (bench/RESULTS.md); make bench-quick"
	@echo "make lint | format | messages | lock | clean"

run: setup migrate demo
	@echo "Serving http://$(HOST):$(PORT)/  (tasks run in-process; Ctrl-C to stop)"
	@# Periodic tasks (scheduled publishing, review reminders) run beside the server.
	@# The H5P player is served from another host name of the same server (see README).
	@export H5P_ORIGIN="$${H5P_ORIGIN:-http://localhost:$(PORT)}"; \
		$(MANAGE) run_schedules & trap 'kill $$! 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

setup: $(VENV)/.deps node_modules/.deps

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"

# Reinstall only when the lock file changes.
$(VENV)/.deps: requirements.lock | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

node_modules/.deps: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

migrate: setup
	@mkdir -p var
	$(MANAGE) migrate --noinput

demo: setup fonts
	$(MANAGE) load_demo

# Chinese leaflets (and certificates) need a CJK font on the machine that renders the PDFs.
fonts:
	@fc-list 2>/dev/null | grep -qi "Noto Sans CJK" && exit 0; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing the Noto CJK fonts for Chinese PDFs (Debian package fonts-noto-cjk)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends fonts-noto-cjk >/dev/null; \
	else \
		echo "WARNING: no Noto CJK font: Chinese text in PDFs will not render." \
			"Install the Debian package fonts-noto-cjk (or your system's Noto Sans CJK)."; \
	fi

# Benchmarks against PostgreSQL (BENCH_POSTGRES_URL), a private Redis, gunicorn, nginx and wrk;
# writes bench/RESULTS.md. `make bench QUICK=1` (or `make bench-quick`) is the short version.
bench: setup fonts
	$(PY) bench/run.py $(if $(QUICK),--quick) $(ARGS)

bench-quick: setup fonts
	$(PY) bench/run.py --quick $(ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Update the catalogues after changing user-facing strings: extract, translate zh_Hant by hand
# in locale/zh_Hant, then run this again to derive zh_Hans and compile both.
messages: setup
	$(MANAGE) makemessages -l zh_Hant -l zh_Hans $(IGNORE) --no-location --no-obsolete
	$(MANAGE) derive_simplified_catalogue
	$(MANAGE) compilemessages -l zh_Hant -l zh_Hans $(IGNORE)

# Re-pin every dependency after editing pyproject.toml.
lock: $(VENV)/bin/python
	$(PY) -m pip install --quiet "pip-tools>=7.4,<8"
	$(VENV)/bin/pip-compile --quiet --strip-extras --extra dev --no-emit-index-url \
		--no-emit-find-links -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) node_modules var .pytest_cache .ruff_cache
