#!/usr/bin/env bash
# Runs the end-to-end tests against the real app: a virtual display (Xvfb), a private D-Bus
# session, an unlocked gnome-keyring as the Secret Service, and tauri-driver + WebKitWebDriver.
# Needs APP_BIN (the built app) and TAURI_DRIVER; the Makefile's `e2e` target sets both.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${APP_BIN:?path to the built eyelevel binary}"
: "${TAURI_DRIVER:?path to tauri-driver}"

# A throwaway HOME keeps the keyring, data and caches of this run away from the user's own.
E2E_HOME=$(mktemp -d -t eyelevel-e2e.XXXXXX)
# xdg-document-portal may leave its FUSE mount in the runtime dir: unmount it first. Cleanup
# must never change the run's result, so it drops `set -e` and exits with the tests' status.
cleanup() {
  local status=$?
  set +e
  if mountpoint -q "$E2E_HOME/runtime/doc" 2>/dev/null; then
    fusermount -u "$E2E_HOME/runtime/doc" 2>/dev/null || fusermount3 -u "$E2E_HOME/runtime/doc" 2>/dev/null
  fi
  rm -rf "$E2E_HOME" 2>/dev/null
  exit "$status"
}
trap cleanup EXIT
export HOME="$E2E_HOME" XDG_DATA_HOME="$E2E_HOME/.local/share" XDG_CONFIG_HOME="$E2E_HOME/.config"
export XDG_CACHE_HOME="$E2E_HOME/.cache" XDG_RUNTIME_DIR="$E2E_HOME/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export E2E_HOME APP_BIN TAURI_DRIVER WEBKIT_DISABLE_DMABUF_RENDERER=1 NO_AT_BRIDGE=1

xvfb-run -a -s "-screen 0 1366x900x24" dbus-run-session -- bash "$here/session.sh"
