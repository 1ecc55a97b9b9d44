// SOURCE: public GitHub file (zabbix memcache module, memcache_zbx_connect; search-index id 6919888433; the index does not name its repository)
// LIBRARY: libmemcached
// SHAPE: negative - memcached_create stored straight into a field of a heap struct kept in a file-scope global; the push-failure path frees it and resets the global, the success path leaves it with the global for memcache_zbx_disconnect
#include <libmemcached/memcached.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  memcached_st *conn;
  char *server;
} memsite_item_t;

static memsite_item_t *memsite = NULL;

int memcache_zbx_connect(const char *servers) {
  memcached_server_st *mem_servers;
  memcached_return mem_rc;
  const char *srv = servers ? servers : "localhost";

  if (memsite)
    return 1;

  memsite = (memsite_item_t *)calloc(1, sizeof(memsite_item_t));
  if (!memsite)
    return 0;

  memsite->conn = memcached_create(NULL);
  memsite->server = strdup(srv);
  mem_servers = memcached_servers_parse(srv);
  mem_rc = memcached_server_push(memsite->conn, mem_servers);
  memcached_server_list_free(mem_servers);

  if (mem_rc != MEMCACHED_SUCCESS) {
    memcached_free(memsite->conn);
    free(memsite->server);
    free(memsite);
    memsite = NULL;
    return 0;
  }

  memcached_behavior_set(memsite->conn, MEMCACHED_BEHAVIOR_NO_BLOCK, 1);
  memcached_behavior_set(memsite->conn, MEMCACHED_BEHAVIOR_CACHE_LOOKUPS, 1);
  return 1;
}
