// SOURCE: https://github.com/bitcoin/bitcoin src/mongodb/examples/example-pool.c (libmongoc examples bail out with exit/EXIT_FAILURE on setup errors) - rendered as a setup helper that exits when the first ping fails
// LIBRARY: mongoc
// SHAPE: negative - the failure path ends the process with exit(); the normal path pushes the client back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>
#include <stdlib.h>

void check_cluster(mongoc_client_pool_t *pool) {
  bson_error_t error;
  bson_t *ping = BCON_NEW("ping", BCON_INT32(1));
  mongoc_client_t *client = mongoc_client_pool_pop(pool);
  if (!mongoc_client_command_simple(client, "admin", ping, NULL, NULL,
                                    &error)) {
    fprintf(stderr, "cluster unreachable: %s\n", error.message);
    exit(EXIT_FAILURE);
  }
  bson_destroy(ping);
  mongoc_client_pool_push(pool, client);
}
