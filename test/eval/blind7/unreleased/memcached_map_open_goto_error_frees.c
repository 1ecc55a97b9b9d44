// SOURCE: public GitHub file (memcachedmap store open; search-index id 25500103673; the index does not name its repository)
// LIBRARY: libmemcached
// SHAPE: negative - memcached_create, then a loop building the server list and a push, each failure jumps to an error label that frees the server list and the handle; the success path hands the handle to the caller's struct
#include <libmemcached/memcached.h>
#include <stdlib.h>

struct server_addr {
  const char *host;
  in_port_t port;
};

struct memcachedmap {
  memcached_st *memc;
};

int memcachedmap_open(struct memcachedmap *map, const struct server_addr *servers,
                      size_t count) {
  memcached_return_t mr;
  memcached_server_st *server_list = NULL;

  memcached_st *memc = memcached_create(NULL);
  if (memc == NULL)
    return -1;

  for (size_t i = 0; i < count; i++) {
    server_list = memcached_server_list_append(server_list, servers[i].host,
                                               servers[i].port, &mr);
    if (mr != MEMCACHED_SUCCESS)
      goto error;
  }

  mr = memcached_server_push(memc, server_list);
  if (mr != MEMCACHED_SUCCESS)
    goto error;
  memcached_server_list_free(server_list);
  server_list = NULL;

  map->memc = memc;
  return 0;

error:
  if (server_list)
    memcached_server_list_free(server_list);
  memcached_free(memc);
  return -1;
}
