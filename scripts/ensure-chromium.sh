#!/usr/bin/env bash
# Installs Debian's Chromium when no Chromium is found (the end-to-end tests and `npm start` drive it).
set -euo pipefail
for p in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$p" ] && [ -x "$p" ]; then echo "Chromium: $p"; exit 0; fi
done
if ! command -v apt-get >/dev/null; then
  echo "No Chromium found and no apt-get to install one: install Chromium and set CHROMIUM_PATH." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing Chromium from Debian's packages..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "Chromium: $(command -v chromium)"
