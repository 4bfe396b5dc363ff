#!/usr/bin/env bash
# Real-browser tests (test-browser/browser-test.js): Debian's Chromium driven by playwright-core,
# with axe-core, both pinned in test-browser/package-lock.json. Installs what is missing.
#
#   .ci/browser-test.sh            self-test on planted faults, then the example site, built with
#                                  the jar for the address it is served at (a sub-path of 127.0.0.1)
#   .ci/browser-test.sh SITE_DIR   a site already built, served under /report-site/
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v pdfimages >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
(cd test-browser && npm ci --no-audit --no-fund --loglevel=error)

node test-browser/browser-test.js --self-test

if [ $# -gt 0 ]; then
  node test-browser/browser-test.js "$1" --base /report-site/
  exit
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A free port, so that the site can be built for the very address it is served at.
port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
if [ ! -f target/report-site.jar ]; then
  mvn -B -q package -DskipTests
fi
bin/report-site build --clean --out "$work/site" --base-url "http://127.0.0.1:$port/report-site/"
node test-browser/browser-test.js "$work/site" --base /report-site/ --port "$port"
