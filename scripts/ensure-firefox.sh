#!/usr/bin/env bash
# Installs Debian's Firefox ESR when no Firefox is found (the Firefox end-to-end tests and
# `npm start -- --firefox` drive it). Where none is found and none can be installed (no apt-get),
# it says so and the Firefox end-to-end tests are skipped with the same message.
set -euo pipefail
for p in "${FIREFOX_PATH:-}" /usr/bin/firefox-esr /usr/bin/firefox; do
  if [ -n "$p" ] && [ -x "$p" ]; then echo "Firefox: $p"; exit 0; fi
done
if ! command -v apt-get >/dev/null; then
  echo "No Firefox found and no apt-get to install one: the Firefox end-to-end tests will be skipped. Install Firefox ESR and set FIREFOX_PATH to run them." >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing Firefox ESR from Debian's packages..."
# Another install may hold apt's lock for a while: wait for it rather than fail.
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=120 firefox-esr >/dev/null; then
    echo "Firefox: $(command -v firefox-esr)"
    exit 0
  fi
  echo "apt-get failed (attempt $attempt); trying again in 30 s..." >&2
  sleep 30
done
echo "Could not install firefox-esr with apt-get." >&2
exit 1
