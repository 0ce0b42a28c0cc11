# Eyelevel — `make run` opens the app on a fresh data directory, `make test` runs every
# test level, `make bench` runs the benchmarks. Each installs what it needs first.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

CARGO_FEATURES := --features custom-protocol
TOOLS := $(CURDIR)/target/tools
TAURI_DRIVER := $(TOOLS)/bin/tauri-driver
APP_BIN := $(CURDIR)/target/debug/eyelevel
STAMPS := target/.stamps
# `make run DATA_DIR=~/eyelevel-data` keeps a data directory across runs.
DATA_DIR ?=

.PHONY: help deps run test lint ui-build rust-test ui-test browser-test e2e interop screenshots bench bindings clean

help:
	@echo "make run     install what is missing, build, open Eyelevel on a fresh data directory"
	@echo "make test    install, build and run every test level (lint, core, IPC, UI, browser, e2e)"
	@echo "make bench   run the benchmarks"
	@echo "make interop     read exported .ics files back with ical.js and Python icalendar"
	@echo "make bindings     regenerate the TypeScript bindings from the Rust types"
	@echo "make screenshots  refresh the README screenshots from the real app"

# --- installing -----------------------------------------------------------------------
$(STAMPS):
	mkdir -p $@

deps: $(STAMPS)/system $(STAMPS)/npm

$(STAMPS)/system: .ci/system-deps.sh | $(STAMPS)
	bash .ci/system-deps.sh
	touch $@

$(STAMPS)/npm: ui/package.json ui/package-lock.json | $(STAMPS)
	cd ui && npm ci --no-audit --no-fund
	ln -sfn ../../ui/node_modules tests/e2e/node_modules
	touch $@

# The interop checkers' own parsers: ical.js from npm (tests/interop/package-lock.json) and
# Python icalendar in a venv (tests/interop/requirements.txt, hash-pinned). Debian's own
# python3 (from system-deps.sh): its 3.11 is what the pinned icalendar is checked against.
INTEROP_PYTHON ?= /usr/bin/python3
INTEROP_VENV := target/interop-venv

$(STAMPS)/interop-npm: tests/interop/package.json tests/interop/package-lock.json | $(STAMPS)
	cd tests/interop && npm ci --no-audit --no-fund
	touch $@

$(STAMPS)/interop-venv: tests/interop/requirements.txt $(STAMPS)/system | $(STAMPS)
	rm -rf $(INTEROP_VENV)
	$(INTEROP_PYTHON) -m venv $(INTEROP_VENV)
	$(INTEROP_VENV)/bin/pip install --quiet --disable-pip-version-check --no-input \
		--require-hashes --only-binary=:all: -r tests/interop/requirements.txt
	touch $@

$(TAURI_DRIVER):
	cargo install tauri-driver --locked --version 2.1.0 --root $(TOOLS)

# --- building and running -------------------------------------------------------------
ui-build: deps
	cd ui && npm run build

run: ui-build
	cargo build $(CARGO_FEATURES)
	dir="$(DATA_DIR)"; if [[ -z "$$dir" ]]; then dir=$$(mktemp -d -t eyelevel-data.XXXXXX); fi; \
	echo "Eyelevel data directory: $$dir"; \
	WEBKIT_DISABLE_DMABUF_RENDERER=1 $(APP_BIN) --data-dir "$$dir"

# --- testing --------------------------------------------------------------------------
test: lint rust-test ui-test browser-test e2e interop
	@echo "make test: every level passed"

# The UI must be built before any cargo step: the app embeds ui/dist at compile time.
lint: ui-build
	cargo fmt --all --check
	cargo clippy --workspace --all-targets $(CARGO_FEATURES) -- -D warnings
	cd ui && npm run check

rust-test: ui-build
	cargo test --workspace $(CARGO_FEATURES)

ui-test: deps
	cd ui && npm test

browser-test: ui-build
	cd ui && npm run test:browser

# Real app, real keyring, real notification daemon: see tests/e2e/run.sh.
# Built by the same `cargo test` invocation as rust-test, so no second compile of tauri.
e2e: ui-build $(TAURI_DRIVER)
	cargo test --workspace $(CARGO_FEATURES) --no-run
	TAURI_DRIVER=$(TAURI_DRIVER) APP_BIN=$(APP_BIN) bash tests/e2e/run.sh

# Exported .ics files read back by two independent parsers, every field compared with the
# source data (tests/interop/check-icaljs.mjs has the details). The checkers first prove
# themselves on a hand-written file: the good one must pass, the deliberately wrong
# expectations must fail exactly as listed.
INTEROP_OUT := target/interop
INTEROP_SELFTEST := tests/interop/selftest
INTEROP_JS := node tests/interop/check-icaljs.mjs
INTEROP_PY := $(INTEROP_VENV)/bin/python tests/interop/check_icalendar.py
# Runs a checker quietly: its first and last line on success, everything it printed on failure.
quiet = out=$$($(1) 2>&1) || { echo "$$out"; exit 1; }; sed -n '1p;$$p' <<< "$$out"
interop: $(STAMPS)/system $(STAMPS)/interop-npm $(STAMPS)/interop-venv
	@$(call quiet,$(INTEROP_JS) $(INTEROP_SELFTEST)/good)
	@$(call quiet,$(INTEROP_JS) $(INTEROP_SELFTEST)/negative --expect-failures $(INTEROP_SELFTEST)/negative/expect-failures.json)
	@$(call quiet,$(INTEROP_PY) $(INTEROP_SELFTEST)/good)
	@$(call quiet,$(INTEROP_PY) $(INTEROP_SELFTEST)/negative --expect-failures $(INTEROP_SELFTEST)/negative/expect-failures.json)
	rm -rf $(INTEROP_OUT)
	cargo run -q -p eyelevel-core --example interop_cases -- $(INTEROP_OUT)
	$(INTEROP_JS) $(INTEROP_OUT)
	$(INTEROP_PY) $(INTEROP_OUT)

# Walks the real app as a new user and refreshes the README's pictures.
screenshots: ui-build $(TAURI_DRIVER)
	cargo test --workspace $(CARGO_FEATURES) --no-run
	E2E_SCRIPT=screenshots.mjs TAURI_DRIVER=$(TAURI_DRIVER) APP_BIN=$(APP_BIN) bash tests/e2e/run.sh

# Criterion benchmarks of the core, then the idle CPU of the running app over 60 s (the
# reminder loop sleeps until something is due; tests/bench/idle-cpu.sh has the budget).
bench: ui-build
	cargo bench -p eyelevel-core
	cargo build $(CARGO_FEATURES)
	APP_BIN=$(APP_BIN) bash tests/bench/idle-cpu.sh

bindings:
	UPDATE_BINDINGS=1 cargo test -p eyelevel-core bindings

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules tests/e2e/node_modules
