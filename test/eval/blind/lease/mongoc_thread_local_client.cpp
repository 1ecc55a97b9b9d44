// SOURCE: https://mongoc.org/libmongoc/current/connection-pooling.html ("pop a client per thread") - rendered as a lazily popped per-thread client kept for the thread's life
// LIBRARY: mongoc
// SHAPE: negative - the lease is taken once per thread in a thread_local initialiser and kept on purpose
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

extern mongoc_client_pool_t *g_pool;

static mongoc_client_t *threadClient() {
  thread_local mongoc_client_t *Client = mongoc_client_pool_pop(g_pool);
  return Client;
}

bool ping() {
  bson_t *Ping = BCON_NEW("ping", BCON_INT32(1));
  bool Ok = mongoc_client_command_simple(threadClient(), "admin", Ping, nullptr,
                                         nullptr, nullptr);
  bson_destroy(Ping);
  return Ok;
}
