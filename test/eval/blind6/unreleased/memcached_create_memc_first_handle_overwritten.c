// SOURCE: public GitHub file (memcached.c helper of an RDMA key-value benchmark, memcached_create_memc; search-index id 7066687783; the index does not name its repository)
// LIBRARY: libmemcached
// SHAPE: positive - the declaration already calls memcached_create, and the next statement assigns a second memcached_create to the same variable, so the first client is lost; the second one is returned. CPE logs and exits (noreturn path)
#include <libmemcached/memcached.h>
#include <stdio.h>
#include <stdlib.h>

#define CPE(val, msg, err_code)                                                \
  if (val) {                                                                   \
    fprintf(stderr, msg);                                                      \
    fprintf(stderr, " Error %d \n", err_code);                                 \
    exit(err_code);                                                            \
  }

char MEMCACHED_IP[64];

memcached_st *memcached_create_memc(void) {
  memcached_server_st *servers = NULL;
  memcached_st *memc = memcached_create(NULL); // EXPECT-WARN
  memcached_return rc;

  memc = memcached_create(NULL);
  const char *registry_ip = MEMCACHED_IP;
  servers = memcached_server_list_append(servers, registry_ip, MEMCACHED_DEFAULT_PORT, &rc);
  rc = memcached_server_push(memc, servers);
  CPE(rc != MEMCACHED_SUCCESS, "Couldn't add memcached server.\n", -1);
  return memc;
}
