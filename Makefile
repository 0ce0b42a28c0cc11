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

.PHONY: help deps run test lint ui-build rust-test ui-test browser-test e2e screenshots bench bindings clean

help:
	@echo "make run     install what is missing, build, open Eyelevel on a fresh data directory"
	@echo "make test    install, build and run every test level (lint, core, IPC, UI, browser, e2e)"
	@echo "make bench   run the benchmarks"
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
test: lint rust-test ui-test browser-test e2e
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

# Walks the real app as a new user and refreshes the README's pictures.
screenshots: ui-build $(TAURI_DRIVER)
	cargo test --workspace $(CARGO_FEATURES) --no-run
	E2E_SCRIPT=screenshots.mjs TAURI_DRIVER=$(TAURI_DRIVER) APP_BIN=$(APP_BIN) bash tests/e2e/run.sh

bench: ui-build
	cargo bench -p eyelevel-core

bindings:
	UPDATE_BINDINGS=1 cargo test -p eyelevel-core bindings

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules tests/e2e/node_modules
