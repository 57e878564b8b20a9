#!/usr/bin/env bash
# The route of one customer message through our code, measured: runs the RouteCensusTests pairs (a conversation,
# then the same conversation plus one message) under coverlet and lists the source files whose lines ran more often
# in the second. Usage: bench/route/census.sh [REPO] (default: this repository; build it first, Debug).
# Prints a Markdown section per channel (files, folders, and the files themselves) for docs/message-route.md.
set -euo pipefail
repo="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/../..}" && pwd)"
out="$(mktemp -d /tmp/route-census.XXXXXX)"
for test in Api_baseline Api_turn DirectLine_baseline DirectLine_turn; do
  (cd "$repo" && dotnet test tests/SupportBot.Bot.Tests --no-build --filter "FullyQualifiedName~RouteCensusTests.${test}" \
     --collect "XPlat Code Coverage" --results-directory "$out/$test" \
     -- DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.Include="[SupportBot.Bot]*,[SupportBot.Dialogs]*,[SupportBot.Dialogs.Engine]*,[SupportBot.Knowledge]*" \
     >"$out/$test.log" 2>&1) || { cat "$out/$test.log"; exit 1; }
done
python3 "$(dirname "${BASH_SOURCE[0]}")/census.py" "$repo" "$out"
