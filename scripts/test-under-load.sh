#!/usr/bin/env bash
# Runs the unit tests with two busy loops beside them, each wanting a whole core: what a developer's
# laptop with a browser open, or a shared CI runner, looks like. The suite must pass all the same, since
# no test may depend on how busy the machine is. Extra arguments go to vitest (a test file, -t ...).
set -euo pipefail
cd "$(dirname "$0")/.."
pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop EXIT INT TERM
for _ in 1 2; do
  node -e 'for (;;) {}' &
  pids+=("$!")
done
echo "test-under-load: busy loops ${pids[*]} running; load average $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
npx vitest run "$@"
