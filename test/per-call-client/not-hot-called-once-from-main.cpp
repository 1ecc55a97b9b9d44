// A function called once from main, outside any loop, runs once: the client
// it makes is not reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <libmemcached/memcached.h>

// The cache is warmed once at startup with a client of its own.
static void warmCacheOnce() {
  memcached_st *Cache = memcached_create(nullptr);
  memcached_server_add(Cache, "127.0.0.1", 11211);
  memcached_flush(Cache, 0);
  memcached_free(Cache);
}

int main() {
  warmCacheOnce();
  return 0;
}
