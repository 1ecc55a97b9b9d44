// SOURCE: rendered from the mongo-c-driver tutorial's pooled worker (public GitHub file, search-index id 242208452; the index does not name its repository), with a retry loop
// LIBRARY: mongoc
// SHAPE: negative - a retry loop pops a client per attempt; the success branch pushes before 'break', the failure path pushes before sleeping and retrying
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>
#include <unistd.h>

bool ping_with_retries(mongoc_client_pool_t *pool, int attempts) {
  bool ok = false;
  for (int i = 0; i < attempts; i++) {
    mongoc_client_t *client = mongoc_client_pool_pop(pool);
    bson_t *ping = BCON_NEW("ping", BCON_INT32(1));
    bson_error_t error;
    ok = mongoc_client_command_simple(client, "admin", ping, NULL, NULL,
                                      &error);
    bson_destroy(ping);
    if (ok) {
      mongoc_client_pool_push(pool, client);
      break;
    }
    MONGOC_WARNING("ping attempt %d failed: %s", i, error.message);
    mongoc_client_pool_push(pool, client);
    sleep(1);
  }
  return ok;
}
