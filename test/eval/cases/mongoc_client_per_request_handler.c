// SOURCE: https://github.com/mongodb/mongo-rust-driver/issues/521 (maintainer: "creating a new Client for each request" in the web handlers explains the 100x slowdown) and https://github.com/mongodb/docs-node/pull/636 ("It is a common mistake to create a new client for each request") - rendered with libmongoc in a libevent evhttp handler
// LIBRARY: mongoc
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
// SHAPE: positive - evhttp request callback creates and destroys a mongoc_client_t per request
#include <event2/event.h>
#include <event2/http.h>
#include <mongoc/mongoc.h>

static void db_handler(struct evhttp_request *req, void *arg) {
  const char *uri_string = arg;
  bson_error_t error;
  mongoc_client_t *client = mongoc_client_new(uri_string); // EXPECT-WARN
  mongoc_collection_t *coll = mongoc_client_get_collection(client, "hello_world", "world");
  bson_t *filter = BCON_NEW("_id", BCON_INT32(42));
  int64_t n = mongoc_collection_count_documents(coll, filter, NULL, NULL, NULL, &error);
  bson_destroy(filter);
  mongoc_collection_destroy(coll);
  mongoc_client_destroy(client);
  evhttp_send_reply(req, n >= 0 ? 200 : 500, "OK", NULL);
}

int main(void) {
  mongoc_init();
  struct event_base *base = event_base_new();
  struct evhttp *http = evhttp_new(base);
  evhttp_set_cb(http, "/db", db_handler, (void *)"mongodb://tfb-database:27017");
  evhttp_bind_socket(http, "0.0.0.0", 8000);
  event_base_dispatch(base);
  mongoc_cleanup();
  return 0;
}
