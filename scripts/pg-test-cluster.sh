#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: its own data directory under a temporary folder, listening on
# 127.0.0.1 and a port of its own (PG_TEST_PORT, default 55490), trust authentication on loopback only, and a
# role `pes_test` with CREATEDB (each test file and each e2e run creates its own database in it).
#
#   bash scripts/pg-test-cluster.sh start   # initdb + start; prints nothing but errors
#   bash scripts/pg-test-cluster.sh url     # postgresql://pes_test@127.0.0.1:<port>/postgres
#   bash scripts/pg-test-cluster.sh stop    # stops it and deletes its folder (safe when not running)
#
# initdb refuses to run as root: as root the cluster belongs to the `postgres` system user (Debian's package
# creates it); as anyone else it belongs to that user. fsync is off: the data is thrown away anyway.
set -euo pipefail

PORT="${PG_TEST_PORT:-55490}"
ROLE=pes_test
STATE_FILE="${TMPDIR:-/tmp}/pes-pg-test-cluster-$PORT"

fail() { echo "ERROR: $*" >&2; exit 1; }

# The server binaries: PG_BIN, else Debian's newest /usr/lib/postgresql/<v>/bin, else pg_config's, else PATH.
find_bin_dir() {
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then echo "$PG_BIN"; return; fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  done
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  return 1
}

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

url() { echo "postgresql://$ROLE@127.0.0.1:$PORT/postgres"; }

start() {
  local bin
  bin=$(find_bin_dir) || fail "No PostgreSQL server found (initdb). Install PostgreSQL 13 or newer (Debian: apt-get install -y postgresql), or run the tests on SQLite only: npm run test:sqlite"
  if [ -f "$STATE_FILE" ] && [ -d "$(cat "$STATE_FILE")/data" ]; then
    fail "A test cluster on port $PORT is already running ($(cat "$STATE_FILE")). Stop it first: PG_TEST_PORT=$PORT bash scripts/pg-test-cluster.sh stop"
  fi
  if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
    fail "Running as root, but there is no 'postgres' user to own the cluster (initdb refuses root). Install Debian's postgresql package or run as a normal user."
  fi
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/pes-pg-test.XXXXXX")
  chmod 755 "$dir"
  if [ "$(id -u)" = "0" ]; then chown postgres "$dir"; fi
  echo "$dir" >"$STATE_FILE"
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; stop; fail "initdb failed"; }
  # max_connections: each app server and each test worker holds a pool (pg's default: 10 connections).
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-p $PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    >/dev/null || { cat "$dir/server.log" >&2; stop; fail "PostgreSQL did not start on port $PORT (is the port in use?)"; }
  as_owner "$bin/psql" -h "$dir" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE $ROLE LOGIN CREATEDB" >/dev/null
}

stop() {
  [ -f "$STATE_FILE" ] || return 0
  local dir bin
  dir=$(cat "$STATE_FILE")
  bin=$(find_bin_dir || true)
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  case "$dir" in "${TMPDIR:-/tmp}"/pes-pg-test.*) rm -rf "$dir" ;; esac
  rm -f "$STATE_FILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) fail "Usage: bash scripts/pg-test-cluster.sh start|stop|url (port: PG_TEST_PORT, default 55490)" ;;
esac
