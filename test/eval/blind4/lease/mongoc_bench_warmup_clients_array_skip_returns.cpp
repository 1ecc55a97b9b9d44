// SOURCE: mongo-c-driver C benchmark fixture (public GitHub file; search-index ids 30415944057 and 24195949991; the index does not name its repository), BeforeLoop/SetUp: "return; // TODO: do not leak clients."
// LIBRARY: mongoc
// SHAPE: positive - (hard) the fixture pops every client of the pool into a local array to warm the connections; when a pop fails, or the collection drop fails, it returns and the clients already popped are never pushed (the authors' own TODO says so); the leases live in array elements, which the docs treat like a container
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <cstdlib>

#define MONGODB_URI_ENV "MONGODB_URI"
// From mongoc-client-pool-private.h in the driver tree.
#define MONGOC_DEFAULT_MAX_POOL_SIZE 100
#define MONGODB_ERROR_NOT_FOUND 26

struct BenchState {
  int ThreadIndex;
  const char *Error;
  void SkipWithError(const char *Msg) { Error = Msg; }
  int thread_index() const { return ThreadIndex; }
};

class PoolFixture {
public:
  void BeforeLoop(BenchState &state);
  void AfterLoop(BenchState &state);

private:
  mongoc_client_pool_t *pool_ = nullptr;
};

void PoolFixture::BeforeLoop(BenchState &state) {
  bson_error_t error;
  mongoc_uri_t *uri;
  const char *uristr = std::getenv(MONGODB_URI_ENV);
  mongoc_client_t *clients[MONGOC_DEFAULT_MAX_POOL_SIZE];
  mongoc_collection_t *coll;
  int i;

  if (state.thread_index() != 0) {
    return;
  }

  uri = uristr ? mongoc_uri_new(uristr)
               : mongoc_uri_new("mongodb://localhost:27017");
  pool_ = mongoc_client_pool_new(uri);
  mongoc_uri_destroy(uri);

  // Pop all clients and run one operation to open all application connections.
  for (i = 0; i < MONGOC_DEFAULT_MAX_POOL_SIZE; i++) {
    clients[i] = mongoc_client_pool_pop(pool_); // EXPECT-WARN
    if (!clients[i]) {
      state.SkipWithError("unable to pop client in mongoc_client_pool_pop");
      return; // TODO: do not leak clients.
    }
  }

  coll = mongoc_client_get_collection(clients[0], "db", "coll");
  if (!mongoc_collection_drop(coll, &error) &&
      error.code != MONGODB_ERROR_NOT_FOUND) {
    state.SkipWithError("error in mongoc_collection_drop");
    return; // TODO: do not leak clients or coll.
  }
  mongoc_collection_destroy(coll);

  for (i = 0; i < MONGOC_DEFAULT_MAX_POOL_SIZE; i++) {
    bson_t *cmd = BCON_NEW("ping", BCON_INT32(1));
    if (!mongoc_client_command_simple(clients[i], "db", cmd, NULL, NULL,
                                      &error)) {
      state.SkipWithError("error in ping");
    }
    bson_destroy(cmd);
  }

  for (i = 0; i < MONGOC_DEFAULT_MAX_POOL_SIZE; i++) {
    mongoc_client_pool_push(pool_, clients[i]);
  }
}
