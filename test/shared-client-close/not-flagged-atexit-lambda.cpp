// A captureless lambda passed to atexit is an atexit handler like a named
// function: it runs once, when the process ends, so what it releases is not
// reported.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <cstdlib>
#include <curl/curl.h>
#include <hiredis/hiredis.h>

redisContext *Cache = nullptr;

void installExitHandler() {
  std::atexit([] {
    redisFree(Cache);
    curl_global_cleanup();
  });
}
