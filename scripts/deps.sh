#!/usr/bin/env bash
# Installs what building and testing resource-tidy needs, from Debian's
# packages. Only missing packages are installed; needs root (or sudo) then.
set -euo pipefail

LLVM_MAJOR="${LLVM_MAJOR:-22}"

build_packages=(
  cmake ninja-build python3 git
  "clang-${LLVM_MAJOR}" "clang-tidy-${LLVM_MAJOR}" "libclang-${LLVM_MAJOR}-dev"
  "llvm-${LLVM_MAJOR}-dev" "llvm-${LLVM_MAJOR}-tools"
  # resource-clangd links the gRPC, protobuf and absl runtime libraries that
  # Debian's clangd archives were built with; clangd-N depends on exactly those.
  "clangd-${LLVM_MAJOR}"
  # The sanitizer and libFuzzer runtimes (scripts/test-sanitizers.sh).
  "libclang-rt-${LLVM_MAJOR}-dev"
)
# Real headers of the modelled client libraries, for the tests and example.
library_packages=(
  libgtest-dev
  libhiredis-dev libpq-dev libpqxx-dev libcurl4-openssl-dev libmemcached-dev
  libmongoc-dev librdkafka-dev libgrpc++-dev libsoci-dev libmariadb-dev
  libsqlite3-dev libsqlitecpp-dev libzmq3-dev cppzmq-dev libcpp-httplib-dev
  libpoco-dev librabbitmq-dev libnats-dev libevent-dev libboost-dev libuv1-dev
)
# Servers the runtime tests start on loopback, and pkg-config for link flags.
server_packages=(
  pkg-config redis-server redis-tools postgresql util-linux
)

wanted=("${build_packages[@]}")
if [ "${1:-}" != "--build-only" ]; then
  wanted+=("${library_packages[@]}" "${server_packages[@]}")
fi

missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" != 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
