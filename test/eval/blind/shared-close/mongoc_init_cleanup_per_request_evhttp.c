// SOURCE: https://mongoc.org/libmongoc/current/init-cleanup.html ("mongoc_cleanup ... exactly once at the end of your program"; mongoc_init "does not reinitialize the driver after mongoc_cleanup") - rendered as a libevent HTTP callback that brackets every request with mongoc_init/mongoc_cleanup
// LIBRARY: mongoc
// SHAPE: positive - a request callback tears the whole driver down at the end of every request (it initialised it itself, but it runs per request)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <event2/http.h>
#include <mongoc/mongoc.h>

static void on_status(struct evhttp_request *req, void *arg) {
  (void)arg;
  mongoc_init();
  mongoc_client_t *client = mongoc_client_new("mongodb://db:27017");
  bson_t *ping = BCON_NEW("ping", BCON_INT32(1));
  bool ok = mongoc_client_command_simple(client, "admin", ping, NULL, NULL, NULL);
  bson_destroy(ping);
  mongoc_client_destroy(client);
  mongoc_cleanup(); // EXPECT-WARN
  evhttp_send_reply(req, ok ? 200 : 503, ok ? "OK" : "Unavailable", NULL);
}

void install_status_route(struct evhttp *http) {
  evhttp_set_cb(http, "/status", on_status, NULL);
}
