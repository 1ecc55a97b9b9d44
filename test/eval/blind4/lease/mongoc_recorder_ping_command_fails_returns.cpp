// SOURCE: public GitHub file Recorder.cpp of a trading-broker recorder ("db_arbito", LMAX/SWISSQUOTE brokers; search-index id 32206221633; the index does not name its repository), Recorder::ping
// LIBRARY: mongoc
// SHAPE: positive - a ping on a pooled client returns 0 when the command fails, before the push; the client (and the ping document) are lost
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <cstdio>

class Recorder {
public:
  explicit Recorder(mongoc_client_pool_t *Pool) : m_pool(Pool) {}
  int ping();

private:
  mongoc_client_pool_t *m_pool;
};

int Recorder::ping() {
  bson_error_t error;
  mongoc_client_t *client;
  bson_t ping = BSON_INITIALIZER;
  bool r;

  BSON_APPEND_INT32(&ping, "ping", 1);

  client = mongoc_client_pool_pop(m_pool); // EXPECT-WARN

  r = mongoc_client_command_simple(client, "db_arbito", &ping, NULL, NULL,
                                   &error);

  if (!r) {
    fprintf(stderr, "Recorder: %s\n", error.message);
    return 0;
  }

  mongoc_client_pool_push(m_pool, client);
  bson_destroy(&ping);
  return 1;
}
