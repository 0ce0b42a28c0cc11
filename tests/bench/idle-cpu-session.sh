#!/usr/bin/env bash
# Inside the Xvfb + D-Bus session started by idle-cpu.sh.
set -euo pipefail
echo -n "eyelevel-bench" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
data="$HOME/data"
"$APP_BIN" --data-dir "$data" init >/dev/null    # keyring-protected vault
"$APP_BIN" --data-dir "$data" demo >/dev/null    # sample tandems, meetings, notes
"$APP_BIN" --data-dir "$data" >"$HOME/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT

# The app and every process it started (WebKit's web and network processes).
tree() {
  local pids=($1) i=0
  while ((i < ${#pids[@]})); do
    pids+=($(pgrep -P "${pids[i]}" || true)); i=$((i + 1))
  done
  echo "${pids[@]}"
}
# utime + stime in clock ticks, summed over the tree.
ticks() {
  local sum=0 pid
  for pid in $(tree "$app"); do
    [[ -r /proc/$pid/stat ]] || continue
    read -r -a f < <(sed 's/^.*) //' "/proc/$pid/stat")
    sum=$((sum + f[11] + f[12]))
  done
  echo "$sum"
}
sleep 20   # start, unlock through the keyring, first render, first reminder plan
kill -0 "$app" || { cat "$HOME/app.log"; echo "the app did not stay up"; exit 1; }
if [[ -n "$IDLE_SCREENSHOT" ]]; then import -window root "$IDLE_SCREENSHOT"; fi
hz=$(getconf CLK_TCK)
t0=$(ticks); start=$(date +%s.%N)
sleep "$IDLE_SECONDS"
t1=$(ticks); end=$(date +%s.%N)
kill -0 "$app" || { echo "the app exited while idle"; exit 1; }
processes=$(tree "$app" | wc -w)
awk -v t="$((t1 - t0))" -v hz="$hz" -v s0="$start" -v s1="$end" \
    -v n="$processes" -v budget="$IDLE_BUDGET_PERCENT" '
  BEGIN {
    wall = s1 - s0; cpu = t / hz; pct = 100 * cpu / wall
    printf "idle CPU of the running app (%d processes) over %.1f s\n", n, wall
    printf "  CPU time            %8.3f s\n", cpu
    printf "  average             %8.3f %% of one core (budget %.1f %%)\n", pct, budget
    exit (pct > budget) ? 1 : 0
  }'
