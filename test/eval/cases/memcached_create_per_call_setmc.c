// SOURCE: code-search excerpt of dbmail's dm_memcache.c ("int setmc(char* key, char* value){ memcached_st * memc = memcached_create(NULL); memcached_server_st *servers = NULL; ...") and https://github.com/BOINC/boinc/issues/7318 ("BoincMemcache::get() rebuilds the Memcached connection and re-adds servers on every call")
// LIBRARY: memcached
// SHAPE: positive - setmc() builds a memcached_st, adds the server and frees it on every call; the IMAP fetch loop caches each message through it
#include <libmemcached/memcached.h>
#include <string.h>

#define MC_SERVER1 "127.0.0.1"

int setmc(char *key, char *value) {
  memcached_st *memc = memcached_create(NULL); // EXPECT-WARN
  memcached_server_st *servers = NULL;
  memcached_return rc;
  servers = memcached_server_list_append(servers, MC_SERVER1, 11211, &rc);
  rc = memcached_server_push(memc, servers);
  memcached_server_list_free(servers);
  rc = memcached_set(memc, key, strlen(key), value, strlen(value), (time_t)0, (uint32_t)0);
  memcached_free(memc);
  return rc == MEMCACHED_SUCCESS ? 0 : -1;
}

void cache_messages(char **ids, char **bodies, int n) {
  for (int i = 0; i < n; i++)
    setmc(ids[i], bodies[i]);
}
