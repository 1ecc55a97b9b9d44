// SOURCE: https://github.com/RakuenSoftware/aimee/pull/2198 ("Name the worker that leaked the DB2 pool lease": a periodic worker acquires lazily and never releases, pinning a pool member for the process lifetime; rendered with libmongoc)
// LIBRARY: mongoc
// SHAPE: positive - rendered: a periodic drain thread pops a client lazily inside its loop and keeps it across iterations; when asked to stop it returns without pushing it, and the thread's exit leaves the pool one client short (pool outlives the worker)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdatomic.h>
#include <unistd.h>

struct curator {
  mongoc_client_pool_t *pool;
  atomic_bool stop;
};

void *curator_drain(void *arg) {
  struct curator *cur = arg;
  mongoc_client_t *client = NULL;
  for (;;) {
    if (atomic_load(&cur->stop))
      return NULL;
    if (!client)
      client = mongoc_client_pool_pop(cur->pool); // EXPECT-WARN
    bson_t *cmd = BCON_NEW("compact", BCON_UTF8("queue"));
    mongoc_client_command_simple(client, "kb", cmd, NULL, NULL, NULL);
    bson_destroy(cmd);
    sleep(60);
  }
}
