#!/usr/bin/env bash
# The app as the end-to-end suite sees it: a fresh SQLite database with demo data, a production build.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
PORT="${1:-3100}"
mkdir -p e2e/.tmp
# The app runs SQLite in WAL mode: a stale -wal file left beside a new database would be replayed into it.
rm -f e2e/.tmp/e2e.db e2e/.tmp/e2e.db-journal e2e/.tmp/e2e.db-wal e2e/.tmp/e2e.db-shm
export DATABASE_URL="file:./e2e/.tmp/e2e.db"
export AUTH_SECRET="e2e-only-secret-not-for-production-0123456789"
export APP_URL="http://127.0.0.1:$PORT"
# Sign-in lockout is exercised by unit tests; the suite signs in many times from one address.
export LOGIN_MAX_FAILURES_PER_IP=1000
# Mail goes to the local SMTP server a spec starts when it needs one (e2e/support/mailbox.ts); with none
# listening, delivery fails and the admin pages show the link instead, as they do without a mail server.
export SMTP_URL="smtp://127.0.0.1:${E2E_SMTP_PORT:-2525}"
npm run --silent db:deploy
npm run --silent db:seed -- --demo
if [ "${E2E_SKIP_BUILD:-0}" != "1" ]; then npx next build; fi
exec npx next start -p "$PORT" -H 127.0.0.1
