#!/usr/bin/env bash
# Accessibility check of the HTML reports: axe-core in Debian's headless Chromium.
# Installs what it needs (Debian chromium, the npm packages pinned in package-lock.json) and
# checks every *.html in inclusion-report/target/reports, which GoldenFileTest writes during
# `./mvnw -B verify`. Fails on any serious or critical violation.
#   bash inclusion-report/src/test/a11y/run.sh [reports-folder]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
reports="$(cd "${1:-$here/../../../target/reports}" && pwd)"

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the accessibility check"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is missing and this is not root: run 'apt-get install -y chromium' first." >&2
    exit 2
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if ! command -v node >/dev/null; then
  echo "Node.js (20 or later) is needed for the accessibility check." >&2
  exit 2
fi

cd "$here"
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
node axe-check.mjs "$reports"
