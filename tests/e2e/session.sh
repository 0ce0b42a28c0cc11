#!/usr/bin/env bash
# Inside the Xvfb + D-Bus session started by run.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

# gnome-keyring creates its login collection only with a non-empty password.
echo -n "eyelevel-e2e" | gnome-keyring-daemon --unlock --components=secrets >/dev/null

"$TAURI_DRIVER" --port 4444 --native-port 4445 >"${E2E_LOG:-$E2E_HOME/tauri-driver.log}" 2>&1 &
driver=$!
trap 'kill $driver 2>/dev/null || true' EXIT

# tauri-driver listens before WebKitWebDriver does; a session needs both.
for port in 4444 4445; do
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    sleep 0.1
  done
done

cd "$here"
if [[ -n "${E2E_SCRIPT:-}" ]]; then
  node "$E2E_SCRIPT"   # e.g. screenshots.mjs (make screenshots)
else
  node --test --test-concurrency=1 --test-reporter=spec ${E2E_TESTS:-./*.test.mjs}
fi
