// SOURCE: public GitHub file (mongo-c-driver stress/debug program: worker() pops a client per command and calls error_exit(ctx, &error), which logs and calls exit(1), when a command fails; search-index id 24542310045; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - a failed command calls a visible helper that logs and ends with exit(1) (not declared noreturn); even read as returning, that branch falls through to the push, so every iteration pushes the client it popped
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct {
  mongoc_client_pool_t *pool;
  int num_cmds;
} ctx_t;

static void print_ctx(ctx_t *ctx) {
  MONGOC_ERROR("num_cmds: %d", ctx->num_cmds);
}

static void error_exit(ctx_t *ctx, bson_error_t *error) {
  MONGOC_ERROR("ERROR ENCOUNTERED - %s, %d, %d", error->message,
               (int)error->code, (int)error->domain);
  MONGOC_ERROR("process ID: %d", (int)getpid());
  print_ctx(ctx);
  exit(1);
}

void *worker(void *ctx_void) {
  ctx_t *ctx = (ctx_t *)ctx_void;
  mongoc_client_pool_t *pool = ctx->pool;
  mongoc_client_t *client;
  bson_t ping;
  bson_error_t error;
  int i;

  bson_init(&ping);
  BCON_APPEND(&ping, "ping", BCON_INT32(1));
  for (i = 0; i < ctx->num_cmds; i++) {
    client = mongoc_client_pool_pop(pool);
    if (!mongoc_client_command_simple(client, "db", &ping, NULL, NULL,
                                      &error)) {
      error_exit(ctx, &error);
    }
    mongoc_client_pool_push(pool, client);
  }
  bson_destroy(&ping);
  return NULL;
}
