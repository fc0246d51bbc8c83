#!/usr/bin/env bash
# One app instance as the end-to-end suite runs it: `next start` of the existing build on 127.0.0.1:<port>,
# on E2E_DATABASE_URL (already migrated and seeded by scripts/e2e-server.sh). e2e/multi-instance.spec.ts
# starts further instances with it, so every instance gets the same settings.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
PORT="${1:-3100}"
export DATABASE_URL="${E2E_DATABASE_URL:-file:./e2e/.tmp/e2e.db}"
export AUTH_SECRET="${E2E_AUTH_SECRET:?set by playwright.config.ts}"
export APP_URL="${E2E_APP_URL:-http://127.0.0.1:$PORT}"
# Sign-in lockout per address is exercised by unit tests; the suite signs in many times from one address.
export LOGIN_MAX_FAILURES_PER_IP=1000
# Warnings and errors only: an audit line per sign-in would bury the test report (E2E_LOG_LEVEL=info to see them).
export LOG_LEVEL="${E2E_LOG_LEVEL:-warn}"
# Mail goes to the local SMTP server a spec starts when it needs one (e2e/support/mailbox.ts); with none
# listening, delivery fails and the admin pages show the link instead, as they do without a mail server.
export SMTP_URL="smtp://127.0.0.1:${E2E_SMTP_PORT:-2525}"
exec npx next start -p "$PORT" -H 127.0.0.1
