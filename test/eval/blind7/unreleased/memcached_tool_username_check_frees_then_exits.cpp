// SOURCE: public GitHub file (libmemcached client tool main, e.g. memcp/memcat option handling; search-index id 372215543; the index does not name its repository)
// LIBRARY: libmemcached
// SHAPE: negative - memcached_create after the server list is validated; the unsupported-SASL branch frees the handle before returning EXIT_FAILURE, and the normal path frees it after the work (rendered: the tool's main is reduced to a function taking the parsed options)
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <libmemcached/memcached.h>

int run_tool(const char *opt_servers, const char *opt_username, bool opt_binary,
             const char *key) {
  memcached_server_st *servers = memcached_servers_parse(opt_servers);
  if (servers == NULL || memcached_server_list_count(servers) == 0) {
    std::cerr << "Invalid server list provided:" << opt_servers << std::endl;
    return EXIT_FAILURE;
  }

  memcached_st *memc = memcached_create(NULL);
  memcached_server_push(memc, servers);
  memcached_server_list_free(servers);
  memcached_behavior_set(memc, MEMCACHED_BEHAVIOR_BINARY_PROTOCOL,
                         (uint64_t)opt_binary);

  if (opt_username && LIBMEMCACHED_WITH_SASL_SUPPORT == 0) {
    memcached_free(memc);
    std::cerr << "--username was supplied, but binary was not built with SASL support."
              << std::endl;
    return EXIT_FAILURE;
  }

  memcached_return_t rc = memcached_delete(memc, key, strlen(key), 0);
  int exit_code = rc == MEMCACHED_SUCCESS ? EXIT_SUCCESS : EXIT_FAILURE;
  memcached_free(memc);
  return exit_code;
}
