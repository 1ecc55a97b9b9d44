# Runtime proof on a real Redis server: the example service's handler opens
# a connection per request, so after N requests the server has N more
# clients; after resource-tidy's fixes it has one, whatever N, and the
# service answers the same.
# RUN: bash %s %resource_tidy %clangxx %S_src/docs/examples/redis_counter_service.cpp %t \
# RUN:   | FileCheck %s
# CHECK: before the fixes: 20 requests -> 20 connections, 40 requests -> 40 connections
# CHECK: after the fixes: 20 requests -> 1 connections, 40 requests -> 1 connections
# CHECK: answers unchanged
set -euo pipefail
RESOURCE_TIDY="$1" CLANGXX="$2" SOURCE="$3" OUT="$4"
source "$(dirname "$0")/Inputs/service.sh"

mkdir -p "$OUT"
WORK="$(mktemp -d)"
REDIS_PID=""
cleanup() {
  if [ -n "$REDIS_PID" ]; then
    kill "$REDIS_PID" 2>/dev/null || true
    wait "$REDIS_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT="$(free_port)"
redis-server --bind 127.0.0.1 --port "$PORT" --save "" --appendonly no \
  --dir "$WORK" --logfile "$WORK/redis.log" --protected-mode yes &
REDIS_PID=$!
redis() { redis-cli -h 127.0.0.1 -p "$PORT" "$@"; }
wait_until 20 redis ping

# Clients of the server other than the redis-cli that asks.
service_connections() {
  local clients
  clients="$(redis info clients | tr -d '\r' | sed -n 's/^connected_clients://p')"
  echo $((clients - 1))
}

CFLAGS=()
export REDIS_PORT="$PORT"
# run BINARY N NAME: fresh counters, N requests; prints the connections.
no_connections() { [ "$(service_connections)" = 0 ]; }
run() {
  wait_until 20 no_connections
  redis flushall >/dev/null
  serve "$1" "$2" "$OUT/$3.out" service_connections
}

before_and_after 'user3 3' -lhiredis
