#!/usr/bin/env bash
# Every test: type check, lint, unit and integration tests, end-to-end journeys in Chromium. The database
# tests and the whole e2e suite run on SQLite and on PostgreSQL: a throw-away PostgreSQL cluster is started
# here (scripts/pg-test-cluster.sh, port PG_TEST_PORT, default 55490) and stopped on exit, failure included.
#   TEST_DATABASES="sqlite"            SQLite only, no PostgreSQL needed (npm run test:sqlite)
#   TEST_POSTGRES_URL=postgresql://…   use that server (a role with CREATEDB) instead of starting a cluster
# One `next build` serves both e2e runs; each prints its counts, and a summary closes the run.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
source scripts/lib.sh

DATABASES="${TEST_DATABASES:-sqlite postgres}"
uses() { [[ " $DATABASES " == *" $1 "* ]]; }
for kind in $DATABASES; do
  [ "$kind" = sqlite ] || [ "$kind" = postgres ] || fail "TEST_DATABASES lists \"$kind\": use sqlite and/or postgres."
done

require_node
ensure_dependencies
if [ ! -x /usr/bin/chromium ] && ! ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then
  fail "No Chromium for the browser tests. Install Debian's (apt-get install -y chromium) or Playwright's (npx playwright install chromium)."
fi
command -v pdftotext >/dev/null 2>&1 || fail "pdftotext is missing (the report tests read PDFs). Install poppler-utils (apt-get install -y poppler-utils)."
command -v unzip >/dev/null 2>&1 || fail "unzip is missing (the bulk report test opens the ZIP). Install it (apt-get install -y unzip)."

# Each e2e run chooses its own database (playwright.config.ts); a URL left in the shell would pin both.
unset E2E_DATABASE_URL
if uses postgres; then
  if [ -z "${TEST_POSTGRES_URL:-}" ]; then
    echo "== PostgreSQL: starting a throw-away cluster on port ${PG_TEST_PORT:-55490}"
    trap 'bash scripts/pg-test-cluster.sh stop' EXIT
    bash scripts/pg-test-cluster.sh start ||
      fail "Could not start PostgreSQL for the tests (see above). To test on SQLite only: npm run test:sqlite"
    TEST_POSTGRES_URL=$(bash scripts/pg-test-cluster.sh url)
  fi
  export TEST_POSTGRES_URL
else
  # vitest.config.ts adds the PostgreSQL project whenever this is set.
  unset TEST_POSTGRES_URL
fi

step() { echo; echo "== $1 ($(date -u +%H:%M:%S))"; }
step "Type check"; npm run --silent typecheck
step "Lint"; npm run --silent lint
step "Unit and integration tests (database tests on: $DATABASES)"; npm run --silent test:unit
step "Build for the end-to-end tests"; npx next build

summary=()
failed=0
# One whole e2e run on a database; its counts come from Playwright's JSON report.
run_e2e() {
  local kind=$1 report="e2e/.tmp/results-$1.json" started=$SECONDS status=0
  step "End-to-end tests on $kind"
  mkdir -p e2e/.tmp
  E2E_DATABASE=$kind E2E_SKIP_BUILD=1 PLAYWRIGHT_JSON_OUTPUT_NAME="$report" \
    npx playwright test --reporter=list,json || status=$?
  local counts
  counts=$(node -e '
    const { stats } = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(`${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped`);
  ' "$report" 2>/dev/null || echo "no report")
  summary+=("e2e on $kind: $counts in $((SECONDS - started)) s (exit $status)")
  echo "${summary[-1]}"
  [ "$status" = 0 ] || failed=1
}
for kind in $DATABASES; do run_e2e "$kind"; done

echo
echo "== Summary (total $((SECONDS / 60)) min $((SECONDS % 60)) s)"
printf '%s\n' "${summary[@]}"
exit "$failed"
