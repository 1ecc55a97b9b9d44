#!/usr/bin/env bash
# Builds resource-tidy, the unit tests and the fuzz targets with
# AddressSanitizer and UndefinedBehaviorSanitizer into ./build-asan (or
# $ASAN_BUILD_DIR) and runs them: the unit tests, the whole lit suite with
# the sanitized resource-tidy as %tidy, and a bounded fuzzing run of the
# model-file loader (FUZZ_SECONDS, default 60). Any sanitizer report fails.
# Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

LLVM_MAJOR="${LLVM_MAJOR:-22}"
BUILD_DIR="${ASAN_BUILD_DIR:-build-asan}"

scripts/deps.sh
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="clang++-${LLVM_MAJOR}" \
    -DRESOURCE_TIDY_LLVM_MAJOR="${LLVM_MAJOR}" \
    -DRESOURCE_TIDY_SANITIZE=ON >/dev/null
fi
cmake -DRESOURCE_TIDY_FUZZ_SECONDS="${FUZZ_SECONDS:-60}" "$BUILD_DIR" >/dev/null
# The plugin is not built: it could only be loaded into a sanitized
# clang-tidy, and resource-tidy runs the same checks.
cmake --build "$BUILD_DIR" --target resource-tidy ResourceTidyUnitTests \
  ModelLoaderFuzzer
cd "$BUILD_DIR" && ctest --output-on-failure "$@"
