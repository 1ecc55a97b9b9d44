// SOURCE: https://github.com/56quarters/mtop/pull/156 ("Only return Memcached connections to the pool on success"; a connection that failed with an I/O error is dropped instead of returned)
// LIBRARY: memcached
// SHAPE: positive - rendered: the Rust client's "drop the broken connection" policy written with libmemcachedutil; the fetched memcached_st is freed on a transport error instead of released, so the pool still counts it as lent out and shrinks by one for every server hiccup
// FLAGS:
#include <libmemcached/memcached.h>
#include <libmemcached/util.h>

#include <stdio.h>
#include <string.h>

static int is_protocol_error(memcached_return_t rc) {
  return rc == MEMCACHED_NOTFOUND || rc == MEMCACHED_DATA_EXISTS ||
         rc == MEMCACHED_NOTSTORED;
}

int stats_set(memcached_pool_st *pool, const char *key, const char *value) {
  memcached_return_t rc;
  struct timespec wait = {1, 0};
  memcached_st *conn = memcached_pool_fetch(pool, &wait, &rc);
  if (conn == NULL) {
    fprintf(stderr, "no connection: %s\n", memcached_strerror(NULL, rc));
    return -1;
  }

  rc = memcached_set(conn, key, strlen(key), value, strlen(value), 0, 0);
  if (memcached_success(rc) || is_protocol_error(rc)) {
    memcached_pool_release(pool, conn);
    return memcached_success(rc) ? 0 : 1;
  }

  /* The connection may be half-read; do not hand it to the next caller. */
  fprintf(stderr, "set '%s' failed: %s\n", key, memcached_strerror(conn, rc));
  memcached_free(conn); // EXPECT-WARN
  return -1;
}
