# Shared by the runtime tests: free ports, bounded waits, and running a
# line-based service from docs/examples/ for N requests while its
# connections stay open. Sourced by bash; everything stays on 127.0.0.1.

# free_port: prints a TCP port on 127.0.0.1 that nothing listens on now.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wait_until SECONDS COMMAND...: runs COMMAND every 0.1 s until it succeeds;
# fails after SECONDS.
wait_until() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "timed out waiting for: $*" >&2
      return 1
    fi
    sleep 0.1
  done
}

lines_at_least() { [ "$(wc -l <"$1")" -ge "$2" ]; }

# serve BINARY N OUTPUT COUNT_COMMAND...: starts BINARY, sends it N requests
# (one line each), waits for its N answers in OUTPUT, then runs
# COUNT_COMMAND while the service still runs and prints its output (the
# server's connection count), then ends the service by closing its input.
serve() {
  local binary="$1" n="$2" output="$3"
  shift 3
  local fifo
  fifo="$(mktemp -u "$WORK/requests.XXXXXX")"
  mkfifo "$fifo"
  "$binary" <"$fifo" >"$output" &
  local pid=$!
  exec {requests}>"$fifo"
  local i
  for ((i = 0; i < n; i++)); do
    echo "user$((i % 7))" >&"$requests"
  done
  if ! wait_until 30 lines_at_least "$output" "$n"; then
    exec {requests}>&-
    kill "$pid" 2>/dev/null
    return 1
  fi
  "$@"
  exec {requests}>&-
  wait "$pid"
  rm -f "$fifo"
}

# fix_and_build SOURCE FIXED BINARY LINK_FLAGS...: applies every resource-*
# fix (including those on notes) to a copy of SOURCE and builds it.
fix_and_build() {
  local source="$1" fixed="$2" binary="$3"
  shift 3
  cp "$source" "$fixed"
  "$RESOURCE_TIDY" -checks='-*,resource-*' --fix --fix-notes "$fixed" -- \
    -std=c++17 "${CFLAGS[@]}" >/dev/null 2>&1
  "$CLANGXX" -std=c++17 "${CFLAGS[@]}" "$fixed" -o "$binary" "$@"
}

# before_and_after ANSWER LINK_FLAGS...: builds SOURCE as it is and with
# every resource-* fix applied, runs each for 20 and 40 requests through the
# test's run(), prints the server's connection counts, and checks that the
# answers stay the same (ANSWER is one line of them).
before_and_after() {
  local answer="$1"
  shift
  "$CLANGXX" -std=c++17 "${CFLAGS[@]}" "$SOURCE" -o "$OUT/before" "$@"
  local before20 before40 after20 after40
  before20="$(run "$OUT/before" 20 before20)"
  before40="$(run "$OUT/before" 40 before40)"
  echo "before the fixes: 20 requests -> $before20 connections, 40 requests -> $before40 connections"

  fix_and_build "$SOURCE" "$OUT/fixed.cpp" "$OUT/after" "$@"
  after20="$(run "$OUT/after" 20 after20)"
  after40="$(run "$OUT/after" 40 after40)"
  echo "after the fixes: 20 requests -> $after20 connections, 40 requests -> $after40 connections"

  diff "$OUT/before20.out" "$OUT/after20.out"
  diff "$OUT/before40.out" "$OUT/after40.out"
  grep -qxF "$answer" "$OUT/before20.out"
  echo "answers unchanged"
}
