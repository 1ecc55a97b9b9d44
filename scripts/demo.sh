#!/usr/bin/env bash
# Quick start, part one: install what is missing, build, and run
# resource-tidy on the bundled example, showing its findings and its fix.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
scripts/build.sh >/dev/null

LLVM_MAJOR="${LLVM_MAJOR:-22}"
BUILD_DIR="${BUILD_DIR:-build}"
TIDY="/usr/lib/llvm-${LLVM_MAJOR}/bin/clang-tidy"
PLUGIN="$BUILD_DIR/lib/libResourceTidy.so"
EXAMPLE=docs/examples/redis_handler.cpp
FLAGS=(-- -std=c++17)

echo "== Findings on $EXAMPLE"
"$TIDY" --load="$PLUGIN" -checks='-*,resource-*' "$EXAMPLE" "${FLAGS[@]}" 2>/dev/null || true

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$EXAMPLE" "$work/redis_handler.cpp"
"$TIDY" --load="$PLUGIN" -checks='-*,resource-*' --fix --fix-notes \
  "$work/redis_handler.cpp" "${FLAGS[@]}" >/dev/null 2>&1 || true

echo
echo "== The fix (diff of the example after --fix --fix-notes)"
diff -u "$EXAMPLE" "$work/redis_handler.cpp" \
  --label "$EXAMPLE" --label "$EXAMPLE (fixed)" || true

echo
echo "== The fixed file compiles, and the check finds nothing more:"
"/usr/lib/llvm-${LLVM_MAJOR}/bin/clang++" -std=c++17 -fsyntax-only "$work/redis_handler.cpp"
"$TIDY" --load="$PLUGIN" -checks='-*,resource-*' "$work/redis_handler.cpp" \
  "${FLAGS[@]}" 2>/dev/null | grep -c 'warning:' | sed 's/^/warnings after the fix: /' || true
