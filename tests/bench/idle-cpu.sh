#!/usr/bin/env bash
# Idle CPU of the running app: starts the real Eyelevel (unlocked through a real keyring,
# with the reminder loop and the calendar-feed writer running) under Xvfb and a private D-Bus
# session with dunst, lets it settle, then measures the CPU time of the app and its WebKit
# processes over 60 s. Fails above the budget. Needs APP_BIN.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${APP_BIN:?path to the built eyelevel binary}"
BENCH_HOME=$(mktemp -d -t eyelevel-bench.XXXXXX)
trap 'rm -rf "$BENCH_HOME" 2>/dev/null || true' EXIT
# IDLE_SCREENSHOT=/path.png saves the screen once the app has settled (to see its state).
export HOME="$BENCH_HOME" XDG_DATA_HOME="$BENCH_HOME/.local/share" XDG_CONFIG_HOME="$BENCH_HOME/.config"
export XDG_CACHE_HOME="$BENCH_HOME/.cache" XDG_RUNTIME_DIR="$BENCH_HOME/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export APP_BIN WEBKIT_DISABLE_DMABUF_RENDERER=1 NO_AT_BRIDGE=1
export IDLE_SECONDS="${IDLE_SECONDS:-60}" IDLE_BUDGET_PERCENT="${IDLE_BUDGET_PERCENT:-2.0}"
export IDLE_SCREENSHOT="${IDLE_SCREENSHOT:-}"
# The session's daemons are chatty on stderr; show it only when something failed.
xvfb-run -a -s "-screen 0 1366x900x24" dbus-run-session -- bash "$here/idle-cpu-session.sh" \
  2>"$BENCH_HOME/session.log" || { cat "$BENCH_HOME/session.log" >&2; exit 1; }
