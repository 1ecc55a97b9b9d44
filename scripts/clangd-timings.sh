#!/usr/bin/env bash
# Measures resource-clangd: how long it takes to link, how big it is, and how
# long the first diagnostics take to arrive in the LSP test's editor session
# (docs/clangd.md quotes the numbers). Run after scripts/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
RUNS="${RUNS:-3}"

rm -f "$BUILD_DIR/bin/resource-clangd"
TIMEFORMAT='link: %R s wall, %U s user + %S s system (objects already compiled)'
{ time ninja -C "$BUILD_DIR" resource-clangd >/dev/null; } 2>&1
echo "size: $(stat -c %s "$BUILD_DIR/bin/resource-clangd") bytes" \
  "($(du -h "$BUILD_DIR/bin/resource-clangd" | cut -f1))"

save_dir="$(mktemp -d)"
trap 'rm -rf "$save_dir"' EXIT
resource_clangd="$(realpath "$BUILD_DIR/bin/resource-clangd")"
session=test/tools/Inputs/resource_clangd_session.py
for _ in $(seq "$RUNS"); do
  echo "resource-clangd, whole LSP test: $(python3 "$session" \
    "$resource_clangd" "$save_dir" | grep 'diagnostics after')"
  echo "resource-clangd, open only: $(python3 "$session" \
    --time-first-diagnostics "$resource_clangd" "$save_dir" | grep after)"
  # Stock clangd has no resource-* checks: the difference is their cost.
  echo "stock clangd-22, open only: $(python3 "$session" \
    --time-first-diagnostics /usr/lib/llvm-22/bin/clangd "$save_dir" | grep after)"
done
# clangd's own measure for its FastCheckFilter table: how much each check
# slows down building the AST of the file (after the preamble).
project="$save_dir/project"
mkdir -p "$project"
cp "$save_dir/handler.cpp" "$project/"
echo "-std=c++17" >"$project/compile_flags.txt"
printf 'Diagnostics:\n  ClangTidy:\n    Add: [resource-*]\n    FastCheckFilter: Loose\n' \
  >"$project/.clangd"
(cd "$project" && "$resource_clangd" --check=handler.cpp \
  '--check-tidy-time=resource-*' 2>&1 | grep -E 'Baseline|resource-.* = |unstable')
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
