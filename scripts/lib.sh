# Shared checks for the project's shell entry points (sourced, not run).

fail() { echo "ERROR: $*" >&2; exit 1; }

require_node() {
  command -v node >/dev/null 2>&1 || fail "Node.js is not installed. Install Node.js 20.9 or newer (https://nodejs.org)."
  local major minor
  major=$(node -p 'process.versions.node.split(".")[0]')
  minor=$(node -p 'process.versions.node.split(".")[1]')
  if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 9 ]; }; then
    fail "Node.js $(node --version) is too old: this project needs Node.js 20.9 or newer."
  fi
}

# Installs dependencies when node_modules is missing or older than the lockfile.
ensure_dependencies() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing dependencies (npm ci)…"
    npm ci --no-audit --no-fund
  fi
}
