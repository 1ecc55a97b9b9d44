// SOURCE: rendered from mongo-c-driver tests that end with 'if (pooled) mongoc_client_pool_push (pool, client); else mongoc_client_destroy (client);' (public GitHub file, search-index id 8235069616; the index does not name its repository); here the cleanup label was written for the single-client version and kept when the function moved to a pool
// LIBRARY: mongoc
// SHAPE: positive - a C cleanup label reached by every path destroys a client that was popped from a pool instead of pushing it back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>

bool fetch_build_info(mongoc_client_pool_t *pool, bson_t *reply) {
  mongoc_client_t *client;
  bson_error_t error;
  bson_t *cmd = BCON_NEW("buildinfo", BCON_INT32(1));
  bool ret = false;

  client = mongoc_client_pool_pop(pool);
  if (!client) {
    bson_destroy(cmd);
    return false;
  }

  if (!mongoc_client_command_simple(client, "admin", cmd, NULL, reply,
                                    &error)) {
    MONGOC_ERROR("buildinfo failed: %s", error.message);
    goto done;
  }
  ret = true;

done:
  bson_destroy(cmd);
  mongoc_client_destroy(client); // EXPECT-WARN
  return ret;
}
