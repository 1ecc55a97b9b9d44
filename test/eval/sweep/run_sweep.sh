#!/usr/bin/env bash
# False-alarm sweep: runs every resource-* check on real code bases that use
# the modelled client libraries, with their own build flags.
#
# For each package it downloads the sources (apt-get source from Debian 12's
# deb-src, or a pinned git commit), configures them, records a compilation
# database with bear (or CMake) for the files that use the client libraries,
# and runs run-clang-tidy-22 with the plugin on those files. The sources stay
# in the work directory, outside this repository: nothing of them is
# committed.
#
#   test/eval/sweep/run_sweep.sh [--src DIR] [--out DIR] [--plugin SO]
#                                [--install] [PACKAGE...]
#
#   --src DIR     where the sources are unpacked and built (/work/sweep-src)
#   --out DIR     where the logs and warnings go (<src>/results)
#   --plugin SO   the plugin (build/lib/libResourceTidy.so)
#   --install     first install the build tools and -dev packages the
#                 recipes need (apt-get, only missing ones; root)
#   PACKAGE       some of: collectd kamailio rsyslog lighttpd kcat webdis
#                 pgbouncer postfix freeradius pdns (default: all)
#
# Needs a deb-src entry for bookworm, e.g. /etc/apt/sources.list.d/src.sources:
#   Types: deb-src
#   URIs: http://deb.debian.org/debian
#   Suites: bookworm bookworm-updates
#   Components: main
#   Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
# then apt-get update.
#
# Output, per package: <out>/<pkg>.log (run-clang-tidy's whole output),
# <out>/<pkg>.warnings (one line per distinct warning), and a summary table
# of warnings per check and crashes (a clang-tidy that died on a signal or
# printed a stack dump). Triage lives in test/eval/sweep/triage.md.
set -uo pipefail

REPO="$(cd "$(dirname "$0")/../../.." && pwd)"
SRC=/work/sweep-src
OUT=
PLUGIN="$REPO/build/lib/libResourceTidy.so"
INSTALL=0
PACKAGES=()
while [ $# -gt 0 ]; do
  case "$1" in
  --src) SRC="$2"; shift 2 ;;
  --out) OUT="$2"; shift 2 ;;
  --plugin) PLUGIN="$2"; shift 2 ;;
  --install) INSTALL=1; shift ;;
  -h | --help) sed -n '2,34p' "$0"; exit 0 ;;
  -*) echo "unknown option $1" >&2; exit 2 ;;
  *) PACKAGES+=("$1"); shift ;;
  esac
done
ALL=(collectd kamailio rsyslog lighttpd kcat webdis pgbouncer postfix freeradius
  pdns)
[ ${#PACKAGES[@]} -eq 0 ] && PACKAGES=("${ALL[@]}")
OUT="${OUT:-$SRC/results}"
mkdir -p "$SRC" "$OUT"
JOBS="${JOBS:-1}"

die() { echo "run_sweep: $*" >&2; exit 1; }
[ -f "$PLUGIN" ] || die "no plugin at $PLUGIN (run scripts/build.sh)"
command -v run-clang-tidy-22 >/dev/null || die "run-clang-tidy-22 not found"

TOOLS=(bear autoconf automake libtool flex bison pkg-config cmake dpkg-dev)
DEVS=(libhiredis-dev libpq-dev libmariadb-dev libmariadb-dev-compat
  libcurl4-openssl-dev libmemcached-dev librdkafka-dev libmongoc-dev
  libsqlite3-dev librabbitmq-dev libevent-dev libssl-dev libyajl-dev
  libestr-dev libfastjson-dev libtalloc-dev uuid-dev zlib1g-dev
  libxml2-dev libjson-c-dev liblua5.3-dev libboost-dev
  libboost-program-options-dev)
if [ "$INSTALL" = 1 ]; then
  missing=()
  for p in "${TOOLS[@]}" "${DEVS[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      "${missing[@]}" || die "apt-get install failed"
  fi
fi

# Downloads Debian source package $1 into $SRC/$1 and prints the unpacked
# directory. When the Debian tarball cannot be had (some mirrors miss it),
# the upstream tarball is unpacked instead, without Debian's patches.
debian_source() {
  local pkg="$1" dir="$SRC/$1"
  mkdir -p "$dir"
  if ! ls -d "$dir"/*/ >/dev/null 2>&1; then
    (cd "$dir" && apt-get source --download-only "$pkg" >&2) ||
      echo "run_sweep: apt-get source $pkg incomplete" >&2
    (cd "$dir" && dpkg-source -x ./*.dsc >&2) ||
      (cd "$dir" && for t in ./*.orig.tar.*; do tar xf "$t"; done) ||
      die "cannot unpack $pkg"
  fi
  ls -d "$dir"/*/ | head -n 1 | sed 's:/$::'
}

# Clones a pinned commit of a git repository into $SRC/$1.
git_source() {
  local name="$1" url="$2" commit="$3" dir="$SRC/$1/$1"
  if [ ! -d "$dir/.git" ]; then
    mkdir -p "$SRC/$name"
    git clone -q "$url" "$dir" >&2 || die "cannot clone $url"
  fi
  git -C "$dir" checkout -q "$commit" >&2 || die "no commit $commit in $url"
  echo "$dir"
}

# Records `make -k ARGS...` in directory $1 with bear, unless done already,
# and prints "$1<TAB>$2".
bear_build() {
  local d="$1" regex="$2"
  shift 2
  [ -f "$d/compile_commands.json" ] || (cd "$d" && bear -- make -k "$@" >&2)
  printf '%s\t%s\n' "$d" "$regex"
}

# Each recipe prints "DBDIR<TAB>FILE-REGEX": where compile_commands.json is
# and which of its files to analyse (those that use the client libraries).
recipe_collectd() {
  local d
  d=$(debian_source collectd)
  cd "$d" || return 1
  [ -f configure ] || ./build.sh >&2
  local plugins=(amqp curl curl_json curl_xml memcachec memcached mysql
    postgresql redis write_kafka write_mongodb write_redis)
  [ -f Makefile ] || ./configure --disable-all-plugins \
    "${plugins[@]/#/--enable-}" >&2
  bear_build "$d" "src/($(IFS='|'; echo "${plugins[*]}"))\\.c\$" \
    "${plugins[@]/%/.la}"
}

recipe_kamailio() {
  local d mods=(db_mysql db_postgres db_redis db_sqlite db_mongodb ndb_redis
    ndb_mongodb http_client http_async_client kafka memcached rabbitmq
    topos_redis)
  d=$(debian_source kamailio)
  cd "$d" || return 1
  [ -f src/modules.lst ] || make cfg include_modules="${mods[*]}" >&2
  [ -f src/compile_commands.json ] ||
    (cd src && bear -- make -k modules modules="${mods[*]/#/modules/}" >&2)
  printf '%s\t%s\n' "$d/src" "modules/($(IFS='|'; echo "${mods[*]}"))/"
}

recipe_rsyslog() {
  local d dirs=(plugins/ommysql plugins/ompgsql contrib/omhiredis
    plugins/omkafka plugins/imkafka)
  d=$(debian_source rsyslog)
  cd "$d" || return 1
  [ -f Makefile ] || ./configure --enable-mysql --enable-pgsql \
    --enable-omhiredis --enable-omkafka --enable-imkafka --disable-libgcrypt \
    --disable-fmhttp --disable-liblogging-stdlog --disable-default-tests >&2
  if [ ! -f compile_commands.json ]; then
    for p in "${dirs[@]}"; do bear --append -- make -k -C "$p" >&2; done
  fi
  printf '%s\t%s\n' "$d" '(ommysql|ompgsql|omhiredis|omkafka|imkafka)\.c$'
}

recipe_lighttpd() {
  local d
  d=$(debian_source lighttpd)
  cd "$d" || return 1
  [ -f build/compile_commands.json ] ||
    cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DWITH_MYSQL=ON \
      -DWITH_PGSQL=ON -DWITH_PCRE2=OFF -DWITH_PCRE=OFF >&2
  printf '%s\t%s\n' "$d/build" 'mod_(vhostdb|authn)_(mysql|pgsql)\.c$'
}

recipe_kcat() {
  local d
  d=$(debian_source kcat)
  cd "$d" || return 1
  [ -f Makefile.config ] ||
    ./configure --no-download --disable-avro --disable-json >&2
  bear_build "$d" '\.c$'
}

recipe_webdis() {
  # Debian's webdis tarballs are missing from the mirror used here: the
  # upstream repository at a pinned commit (2025-03-14).
  local d
  d=$(git_source webdis https://github.com/nicolasff/webdis \
    8df5c2d5d63e46ff4bb18328869140ab45669068)
  cd "$d" || return 1
  bear_build "$d" 'webdis/src/([a-z_]+|formats/[a-z_-]+)\.c$'
}

recipe_pgbouncer() {
  local d
  d=$(debian_source pgbouncer)
  cd "$d" || return 1
  [ -f config.mak ] || ./configure --without-cares --without-pam \
    --without-ldap --without-systemd >&2
  bear_build "$d" 'pgbouncer-[0-9.]+/src/[a-z_]+\.c$'
}

recipe_postfix() {
  local d
  d=$(debian_source postfix)
  cd "$d" || return 1
  if [ ! -f src/global/compile_commands.json ]; then
    make makefiles CCARGS="-DHAS_MYSQL -I/usr/include/mariadb -DHAS_PGSQL \
-I/usr/include/postgresql -DHAS_SQLITE -DNO_NIS -DNO_DB -DNO_NISPLUS" \
      AUXLIBS_MYSQL=-lmariadb AUXLIBS_PGSQL=-lpq AUXLIBS_SQLITE=-lsqlite3 >&2
    (cd src/util && make -k update >&2)
    (cd src/global && bear -- make -k dict_mysql.o dict_pgsql.o \
      dict_sqlite.o >&2)
  fi
  printf '%s\t%s\n' "$d/src/global" 'dict_(mysql|pgsql|sqlite)\.c$'
}

recipe_freeradius() {
  # rlm_rest needs json-c at configure time and rlm_cache_redis did not
  # build here; both are left out.
  local d mods=(rlm_sql_mysql rlm_sql_postgresql rlm_sql_sqlite rlm_redis
    rlm_rediswho rlm_cache_memcached)
  d=$(debian_source freeradius)
  cd "$d" || return 1
  [ -f Make.inc ] || ./configure --without-rlm_eap_tnc --without-rlm_eap_ikev2 \
    --without-rlm_perl --without-rlm_python --without-rlm_python3 \
    --without-rlm_ldap --without-rlm_krb5 --without-rlm_yubikey \
    --without-rlm_unbound --without-rlm_securid --without-rlm_pam \
    --without-rlm_couchbase --without-rlm_sql_iodbc --without-rlm_sql_oracle \
    --without-rlm_sql_db2 --without-rlm_sql_firebird \
    --without-rlm_sql_freetds --without-rlm_sql_unixodbc >&2
  bear_build "$d" \
    "src/modules/.*($(IFS='|'; echo "${mods[*]}"))[^/]*/[a-z_]+\\.c\$" \
    "${mods[@]/%/.la}" rlm_sql.la rlm_cache.la
}

recipe_pdns() {
  local d
  d=$(debian_source pdns)
  cd "$d" || return 1
  [ -f Makefile ] || ./configure --with-modules="gmysql gpgsql gsqlite3" \
    --with-dynmodules="" --without-libsodium --without-libdecaf \
    --disable-lua-records --with-lua=lua5.3 --without-net-snmp >&2
  if [ ! -f compile_commands.json ]; then
    for m in gmysql gpgsql gsqlite3; do
      bear --append -- make -k -C "modules/${m}backend" >&2
    done
    bear --append -- make -k -C pdns ssqlite3.o >&2
  fi
  printf '%s\t%s\n' "$d" \
    '(modules/g(mysql|pgsql|sqlite3)backend/[a-z0-9]+|pdns/ssqlite3)\.cc$'
}

for pkg in "${PACKAGES[@]}"; do
  declare -F "recipe_$pkg" >/dev/null ||
    die "no recipe for $pkg (known: ${ALL[*]})"
done
printf '%-12s %8s %8s %8s %8s %8s %7s\n' package files per-call \
  unreleased lease shared crashes
for pkg in "${PACKAGES[@]}"; do
  line=$( (recipe_"$pkg") 2>>"$OUT/$pkg.build.log" | tail -n 1)
  db="${line%%$'\t'*}"
  regex="${line#*$'\t'}"
  if [ -z "$line" ] || [ ! -f "$db/compile_commands.json" ]; then
    echo "run_sweep: $pkg did not build; see $OUT/$pkg.build.log" >&2
    continue
  fi
  nice run-clang-tidy-22 -clang-tidy-binary clang-tidy-22 -load "$PLUGIN" \
    -checks='-*,resource-*' -p "$db" -j "$JOBS" \
    -extra-arg=-Wno-error -extra-arg=-Wno-unknown-warning-option \
    "$regex" >"$OUT/$pkg.log" 2>&1
  # A warning is reported once per translation unit; headers may repeat it.
  grep -E '^[^ ].*: warning: .*\[resource-' "$OUT/$pkg.log" | sort -u \
    >"$OUT/$pkg.warnings"
  files=$(grep -cE '^\[ *[0-9]+/[0-9]+\]' "$OUT/$pkg.log")
  count() { grep -c "\[resource-$1\]" "$OUT/$pkg.warnings"; }
  crashes=$(grep -cE 'PLEASE submit a bug report|Stack dump:|Segmentation fault|terminated by signal' \
    "$OUT/$pkg.log")
  printf '%-12s %8s %8s %8s %8s %8s %7s\n' "$pkg" "$files" \
    "$(count per-call-client)" "$(count unreleased-handle)" \
    "$(count unreturned-lease)" "$(count shared-client-close)" "$crashes"
done
