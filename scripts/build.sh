#!/usr/bin/env bash
# Configures and builds resource-tidy into ./build (or $BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

LLVM_MAJOR="${LLVM_MAJOR:-22}"
BUILD_DIR="${BUILD_DIR:-build}"

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_COMPILER="clang++-${LLVM_MAJOR}" \
    -DRESOURCE_TIDY_LLVM_MAJOR="${LLVM_MAJOR}" >/dev/null
fi
cmake --build "$BUILD_DIR"
