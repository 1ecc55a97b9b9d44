// SOURCE: https://github.com/pharo-nosql/mongotalk/pull/102 ("prevent returning a broken connection to the pool": a client whose command failed is thrown away rather than returned; rendered with libmongoc, whose mongoc_client_destroy must not be called on a popped client)
// LIBRARY: mongoc
// SHAPE: positive - a popped client that failed a command is destroyed instead of pushed back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>
#include <stdio.h>

bool run_admin_command(mongoc_client_pool_t *pool, const bson_t *command,
                       bson_t *reply) {
  bson_error_t error;
  mongoc_client_t *client = mongoc_client_pool_pop(pool);
  if (!mongoc_client_command_simple(client, "admin", command, NULL, reply,
                                    &error)) {
    fprintf(stderr, "command failed: %s\n", error.message);
    /* do not hand a broken client to the next caller */
    mongoc_client_destroy(client); // EXPECT-WARN
    return false;
  }
  mongoc_client_pool_push(pool, client);
  return true;
}
