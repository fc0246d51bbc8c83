#!/usr/bin/env bash
# Every test: type check, lint, unit tests, end-to-end journeys (built app, fresh SQLite database, Chromium).
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
source scripts/lib.sh

require_node
ensure_dependencies
if [ ! -x /usr/bin/chromium ] && ! ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then
  fail "No Chromium for the browser tests. Install Debian's (apt-get install -y chromium) or Playwright's (npx playwright install chromium)."
fi
command -v pdftotext >/dev/null 2>&1 || fail "pdftotext is missing (the report tests read PDFs). Install poppler-utils (apt-get install -y poppler-utils)."

echo "== Type check"; npm run --silent typecheck
echo "== Lint"; npm run --silent lint
echo "== Unit tests"; npm run --silent test:unit
echo "== End-to-end tests"; npm run --silent test:e2e
