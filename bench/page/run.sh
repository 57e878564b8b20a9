#!/usr/bin/env bash
# The customer page benchmark, one command: bench/page/run.sh [--no-build] [--lighthouse-runs N] [--greeting-runs N]
# Builds the host (Release, under the shared build lock), starts it on a free loopback port (Development, SQLite
# and signing key in a temp folder), serves the baseline (the same Web Chat bundle, a fake Direct Line with a fixed
# welcome) with python3 -m http.server, runs measure.mjs against both, and stops what it started.
# Results: a markdown table on stdout, every run in artifacts/bench/page-<timestamp>.json.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
build=1
measure_args=()
while (($#)); do
  case "$1" in
    --no-build) build=0; shift ;;
    --lighthouse-runs|--greeting-runs) measure_args+=("$1" "$2"); shift 2 ;;
    *) echo "usage: $0 [--no-build] [--lighthouse-runs N] [--greeting-runs N]" >&2; exit 2 ;;
  esac
done

for tool in node npm python3 dotnet flock curl "$CHROME_PATH"; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

began=$(date +%s)
work="$(mktemp -d -t supportbot-page-bench-XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_for() { # url, pid, log, what
  for _ in $(seq 1 180); do
    if ! kill -0 "$2" 2>/dev/null; then
      echo "$4 exited before answering; its output:" >&2
      tail -n 40 "$3" >&2
      exit 1
    fi
    if curl -fs -o /dev/null --max-time 2 "$1"; then
      return 0
    fi
    sleep 0.5
  done
  echo "$4 did not answer $1 within 90 s" >&2
  tail -n 40 "$3" >&2
  exit 1
}

if [[ ! -d "$here/node_modules" ]]; then
  echo "installing the benchmark's packages (npm ci in bench/page)"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

if ((build)); then
  echo "building the host (Release, waiting for /tmp/build.lock)"
  asked=$(date +%s)
  flock /tmp/build.lock bash -c 'echo "  lock held after $(($(date +%s) - $1)) s"; exec dotnet build -c Release "$2" -nologo -v q' _ "$asked" "$root/bot"
  echo "  lock asked to build done: $(($(date +%s) - asked)) s"
fi
dll="$root/bot/bin/Release/net10.0/SupportBot.Bot.dll"
bundle="$root/bot/wwwroot/lib/webchat-minimal.js"  # the same bundle the customer page sends
[[ -f "$dll" ]] || { echo "missing $dll: run without --no-build" >&2; exit 1; }
[[ -f "$bundle" ]] || { echo "missing $bundle: run without --no-build" >&2; exit 1; }

# Ours: the built host, its data in the temp folder. Every measured page load is a new customer asking /api/token,
# all from 127.0.0.1, so the per-address token limit (20 a minute) is lifted; it still runs.
mkdir -p "$work/host"
host_port=$(free_port)
(
  cd "$work/host"
  exec env ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development \
    SUPPORTBOT_ROOT="$root" \
    Storage__Provider=Sqlite \
    Storage__SqlitePath="$work/host/supportbot.db" \
    DirectLine__SigningKeyPath="$work/host/directline-signing.key" \
    Orders__DemoDatabasePath="$work/host/demo-orders.db" \
    DirectLine__TokenRequestsPerMinute=10000 \
    Logging__LogLevel__Default=Warning \
    dotnet "$dll" --urls "http://127.0.0.1:$host_port"
) >"$work/host.log" 2>&1 &
pids+=($!)
host_pid=$!

# Baseline: a bare page, the same (minimal) bundle as a static file, served by Python's own server (no compression).
mkdir -p "$work/baseline"
cp "$here/baseline/index.html" "$here/baseline/baseline.js" "$work/baseline/"
cp "$bundle" "$work/baseline/webchat.js"
baseline_port=$(free_port)
python3 -m http.server "$baseline_port" --bind 127.0.0.1 --directory "$work/baseline" >"$work/baseline.log" 2>&1 &
pids+=($!)
baseline_pid=$!

starting=$(date +%s)
wait_for "http://127.0.0.1:$host_port/healthz" "$host_pid" "$work/host.log" "the host"
wait_for "http://127.0.0.1:$baseline_port/" "$baseline_pid" "$work/baseline.log" "the baseline server"
echo "both answering after $(($(date +%s) - starting)) s"
echo "ours: http://127.0.0.1:$host_port/ (pid $host_pid), baseline: http://127.0.0.1:$baseline_port/ (pid $baseline_pid)"

# In the background and waited for, so that a TERM or Ctrl-C stops the run at once (bash runs its traps only
# between commands); node stops its browsers on TERM.
commit="$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- bot || echo '+dirty')"
cd "$here"
node measure.mjs \
  --ours "http://127.0.0.1:$host_port/" \
  --baseline "http://127.0.0.1:$baseline_port/" \
  --commit "$commit" \
  --out "$root/artifacts/bench" \
  "${measure_args[@]}" &
pids+=($!)
status=0
wait $! || status=$?
echo "whole command: $(($(date +%s) - began)) s"
exit $status
