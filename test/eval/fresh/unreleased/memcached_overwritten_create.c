// SOURCE: https://github.com/efficient/rdma_bench/pull/8 ("remove a duplicate memcached_create() call inside of hrd_create_memc()"; libhrd/hrd_util.c)
// LIBRARY: memcached
// SHAPE: positive - the handle from the first memcached_create() is overwritten by a second call and never freed
#include <libmemcached/memcached.h>
#include <stdio.h>
#include <stdlib.h>

char *hrd_getenv(const char *name);

memcached_st *hrd_create_memc() {
  memcached_server_st *servers = NULL;
  memcached_st *memc = memcached_create(NULL); // EXPECT-WARN
  memcached_return rc;
  memc = memcached_create(NULL);

  char *registry_ip = hrd_getenv("HRD_REGISTRY_IP");
  servers = memcached_server_list_append(servers, registry_ip, MEMCACHED_DEFAULT_PORT, &rc);
  rc = memcached_server_push(memc, servers);
  if (rc != MEMCACHED_SUCCESS) {
    fprintf(stderr, "Couldn't add memcached server.\n");
    exit(-1);
  }
  return memc;
}
