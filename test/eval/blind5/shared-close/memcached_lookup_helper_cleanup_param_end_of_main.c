// SOURCE: public GitHub file (search-index id 6727694901; the index does not name its repository): an auth helper's cleanup_memcached(memcached_st *memc) frees the handle it is given; main calls it once when it is done
// LIBRARY: memcached
// SHAPE: negative - the release is of a parameter (a handle the caller owns) in a helper called at the end of main
#include <libmemcached/memcached.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

memcached_st *init_memcached(void) {
  memcached_st *memc = memcached_create(NULL);
  memcached_server_st *servers = memcached_servers_parse("localhost:11211");
  if (!servers) {
    memcached_free(memc);
    exit(EXIT_FAILURE);
  }
  memcached_server_push(memc, servers);
  memcached_server_list_free(servers);
  return memc;
}

void cleanup_memcached(memcached_st *memc) { memcached_free(memc); }

char *lookup_in_memcached(memcached_st *memc, const char *user) {
  size_t len = 0;
  uint32_t flags = 0;
  memcached_return_t rc;
  return memcached_get(memc, user, strlen(user), &len, &flags, &rc);
}

int main(int argc, char **argv) {
  memcached_st *memc = init_memcached();
  for (int i = 1; i < argc; i++) {
    char *v = lookup_in_memcached(memc, argv[i]);
    printf("%s: %s\n", argv[i], v ? v : "(miss)");
    free(v);
  }
  cleanup_memcached(memc);
  return 0;
}
