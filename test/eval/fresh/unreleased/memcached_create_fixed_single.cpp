// SOURCE: efficient/rdma_bench libhrd_cpp/hrd_util.cc (hrd_create_memc after https://github.com/efficient/rdma_bench/pull/8)
// LIBRARY: memcached
// SHAPE: negative - one memcached_create(); a failed push terminates through rt_assert (exit); the handle is returned
#include <libmemcached/memcached.h>

#include <cstdio>
#include <cstdlib>

char *hrd_getenv(const char *name);

static inline void rt_assert(bool condition, const char *throw_str) {
  if (!condition) {
    fprintf(stderr, "%s\n", throw_str);
    exit(-1);
  }
}

memcached_st *hrd_create_memc() {
  memcached_server_st *servers = nullptr;
  memcached_st *memc = memcached_create(nullptr);
  memcached_return rc;
  char *registry_ip = hrd_getenv("HRD_REGISTRY_IP");

  // We run the memcached server on the default memcached port
  servers = memcached_server_list_append(servers, registry_ip, MEMCACHED_DEFAULT_PORT, &rc);
  rc = memcached_server_push(memc, servers);
  rt_assert(rc == MEMCACHED_SUCCESS, "Couldn't add memcached server");

  return memc;
}
