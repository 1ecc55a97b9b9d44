# Runtime proof on a real PostgreSQL server: the example service's handler
# opens a connection per request, so after N requests the server has N more
# backends; after resource-tidy's fixes it has one, whatever N, and the
# service answers the same. The throwaway cluster runs as 'nobody' when the
# test runs as root (initdb and postgres refuse to run as root).
# RUN: bash %s %resource_tidy %clangxx %S_src/docs/examples/pg_greeting_service.cpp %t \
# RUN:   | FileCheck %s
# CHECK: before the fixes: 20 requests -> 20 connections, 40 requests -> 40 connections
# CHECK: after the fixes: 20 requests -> 1 connections, 40 requests -> 1 connections
# CHECK: answers unchanged
set -euo pipefail
RESOURCE_TIDY="$1" CLANGXX="$2" SOURCE="$3" OUT="$4"
source "$(dirname "$0")/Inputs/service.sh"

mkdir -p "$OUT"
# Not under $TMPDIR: lit makes that private to the user running the tests.
WORK="$(mktemp -d /tmp/resource-tidy-pg.XXXXXX)"
PG_BIN="$(pg_config --bindir)"
AS_OWNER=()
if [ "$(id -u)" = 0 ]; then
  AS_OWNER=(runuser -u nobody --)
  chown nobody "$WORK"
fi
STARTED=""
cleanup() {
  local status=$?
  if [ "$status" != 0 ]; then
    cat "$WORK"/*.log >&2 2>/dev/null || true
  fi
  if [ -n "$STARTED" ]; then
    "${AS_OWNER[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -m immediate -w -t 20 \
      stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# The server's owner may not be able to enter the test's directory.
cd "$WORK"
PORT="$(free_port)"
"${AS_OWNER[@]}" "$PG_BIN/initdb" -D "$WORK/data" -U app -A trust \
  --no-locale -E UTF8 >"$WORK/initdb.log" 2>&1
STARTED=1
"${AS_OWNER[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -t 30 \
  -o "-k $WORK -p $PORT -h 127.0.0.1 -c fsync=off" start >/dev/null
psql_app() { psql -X -q -At -h 127.0.0.1 -p "$PORT" -U app "$@"; }
psql_app -d postgres -c 'CREATE DATABASE app'

# Backends connected to the service's database (the count comes from
# another database, so it does not count itself).
service_connections() {
  psql_app -d postgres -c "SELECT count(*) FROM pg_stat_activity WHERE datname = 'app'"
}

CFLAGS=(-I"$(pg_config --includedir)")
export PG_CONNINFO="host=127.0.0.1 port=$PORT user=app dbname=app"
no_connections() { [ "$(service_connections)" = 0 ]; }
run() {
  wait_until 20 no_connections
  serve "$1" "$2" "$OUT/$3.out" service_connections
}

before_and_after 'hello user3 (5)' -lpq
