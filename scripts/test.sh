#!/usr/bin/env bash
# Quick start, part two: install what is missing, build, and run every test
# (unit tests and the lit suite) through ctest, which prints the summary.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
scripts/build.sh

BUILD_DIR="${BUILD_DIR:-build}"
cd "$BUILD_DIR"
ctest --output-on-failure "$@"
