#!/usr/bin/env bash
# The app as the end-to-end suite sees it: a production build on a fresh database with demo data.
# The database is E2E_DATABASE_URL (playwright.config.ts sets it, see e2e/support/server-database.ts):
# a SQLite file (default) or a PostgreSQL database; it is emptied, migrated and seeded, then served.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
PORT="${1:-3100}"
mkdir -p e2e/.tmp
export DATABASE_URL="${E2E_DATABASE_URL:-file:./e2e/.tmp/e2e.db}"
npx tsx scripts/db/fresh-database.ts "$DATABASE_URL"
npm run --silent db:deploy
npm run --silent db:seed -- --demo
if [ "${E2E_SKIP_BUILD:-0}" != "1" ]; then npx next build; fi
exec bash scripts/e2e-app.sh "$PORT"
