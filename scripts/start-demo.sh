#!/usr/bin/env bash
# One command from a fresh clone to a running app with demo data on the embedded SQLite database:
# installs what is missing, applies migrations, seeds demo data, builds and serves on http://localhost:3000.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
source scripts/lib.sh

require_node
ensure_dependencies

# A secret generated once for this checkout and kept in .env.local (git-ignored).
if ! grep -qs '^AUTH_SECRET=' .env.local; then
  echo "AUTH_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')" >> .env.local
  echo "Generated AUTH_SECRET in .env.local"
fi
set -a; source .env.local; set +a
export DATABASE_URL="${DATABASE_URL:-file:./data/dev.db}"
export PORT="${PORT:-3000}"
export APP_URL="${APP_URL:-http://localhost:$PORT}"

npm run --silent db:deploy
npm run --silent db:seed -- --demo
npm run build
echo "Serving on $APP_URL (demo logins: see README.md)"
exec npx next start -p "$PORT"
