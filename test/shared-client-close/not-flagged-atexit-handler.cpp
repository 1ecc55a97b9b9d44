// A function registered with atexit, std::atexit or std::at_quick_exit runs
// once, when the process ends: it may release shared clients and tear
// libraries down, whatever its name.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | count 0

#include <cstdlib>
#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <stdlib.h>

redisContext *Cache = nullptr;
PGconn *Db = nullptr;

// Registered with C's atexit by name.
static void onProcessExit() {
  redisFree(Cache);
  curl_global_cleanup();
}

// Registered with std::atexit through its address.
static void flushOnExit() { PQfinish(Db); }

// Registered with std::at_quick_exit.
static void onQuickExit() { redisFree(Cache); }

void installExitHandlers() {
  atexit(onProcessExit);
  std::atexit(&flushOnExit);
  std::at_quick_exit(onQuickExit);
}
