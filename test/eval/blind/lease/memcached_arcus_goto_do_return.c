// SOURCE: public GitHub file (Arcus Perl client XS, cas(): `goto do_return;` on bad arguments, the label pushes the client when it is set; search-index id 41606767030; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - the C cleanup-label idiom: every early exit jumps to do_return, which gives the lease back when one was taken
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <stdio.h>
#include <string.h>

struct arcus_api {
  memcached_pool_st *pool;
};

int arcus_cas(struct arcus_api *arcus, const char *key, const char *value,
              int flags, uint64_t cas_value) {
  int result = -1;
  memcached_return_t ret;
  memcached_st *mc = memcached_pool_pop(arcus->pool, true, &ret);
  if (mc == NULL)
    goto do_return;
  if (flags < 0) {
    fprintf(stderr, "flags argument is invalid.\n");
    goto do_return;
  }
  ret = memcached_cas(mc, key, strlen(key), value, strlen(value), 0,
                      (uint32_t)flags, cas_value);
  if (memcached_success(ret))
    result = 1;
  else if (ret == MEMCACHED_DATA_EXISTS || ret == MEMCACHED_NOTFOUND)
    result = 0;
  else
    fprintf(stderr, "failed to memcached_cas: %d (%s)\n", ret,
            memcached_strerror(mc, ret));

do_return:
  if (mc != NULL) {
    memcached_pool_push(arcus->pool, mc);
  }
  return result;
}
