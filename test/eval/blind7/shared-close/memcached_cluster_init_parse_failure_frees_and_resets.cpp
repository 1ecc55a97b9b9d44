// SOURCE: public GitHub file (memcached cluster init: memcached_servers_parse fails -> memcached_free(g_memc); g_memc = nullptr; return false; search-index id 54081480231; the index does not name its repository)
// LIBRARY: libmemcached
// SHAPE: negative - the init function creates the global client and, when the server list does not parse, frees it and resets the global before returning; nobody holds the half-built client
#include <libmemcached/memcached.h>
#include <cstring>
#include <iostream>

static memcached_st *g_memc = nullptr;

bool memcached_cluster_init(const char *nodes) {
  g_memc = memcached_create(nullptr);
  if (!g_memc)
    return false;
  memcached_behavior_set(g_memc, MEMCACHED_BEHAVIOR_CONNECT_TIMEOUT, 200);
  memcached_behavior_set(g_memc, MEMCACHED_BEHAVIOR_TCP_NODELAY, 1);

  memcached_server_st *servers = memcached_servers_parse(nodes);
  if (!servers) {
    std::cerr << "parse servers failed" << std::endl;
    memcached_free(g_memc);
    g_memc = nullptr;
    return false;
  }
  memcached_server_push(g_memc, servers);
  memcached_server_list_free(servers);
  return true;
}

bool memcached_cache_set(const char *key, const char *value) {
  if (!g_memc)
    return false;
  return memcached_set(g_memc, key, strlen(key), value, strlen(value), 60, 0) == MEMCACHED_SUCCESS;
}
