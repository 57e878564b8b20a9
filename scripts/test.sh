#!/usr/bin/env bash
# The one test command: installs or starts what the tests need, then runs every test.
#   scripts/test.sh [extra dotnet test arguments]
# Each file in scripts/test-setup/ is sourced in name order; it installs what is missing, may start a
# service, exports what the tests read (e.g. SUPPORTBOT_TEST_POSTGRES), and registers its own cleanup
# with `on_exit "command"`. Everything started here is stopped here.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

cleanups=()
on_exit() { cleanups+=("$1"); }
run_cleanups() {
  local i
  for ((i=${#cleanups[@]}-1; i>=0; i--)); do eval "${cleanups[$i]}" || true; done
}
trap run_cleanups EXIT

apt_updated=0
apt_install() {
  # apt_install PACKAGE... : installs Debian packages that are missing (CI runs as root).
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ $apt_updated -eq 0 ]; then $sudo apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

for setup in scripts/test-setup/*.sh; do
  [ -e "$setup" ] || continue
  echo "== setup: $(basename "$setup")"
  # shellcheck source=/dev/null
  source "$setup"
done

results="$repo/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
echo "== dotnet test SupportBot.sln"
status=0
dotnet test SupportBot.sln --logger "trx" --results-directory "$results" "$@" 2>&1 | tee "$results/console.log" || status=$?

# One closing line for CI, summed over every test project's summary.
passed=$(grep -aEo 'Passed: +[0-9]+' "$results/console.log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -aEo 'Failed: +[0-9]+' "$results/console.log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -aEo 'Skipped: +[0-9]+' "$results/console.log" | awk '{s+=$2} END {print s+0}')
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
