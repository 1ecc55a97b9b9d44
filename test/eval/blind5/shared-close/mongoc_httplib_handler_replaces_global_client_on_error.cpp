// SOURCE: rendered from public cpp-httplib + libmongoc services that keep one mongoc_client_t (from mongoc_client_new) in a global and, when a command fails, destroy it and connect a new one inside the handler (code search "mongoc_client_destroy(client); client = mongoc_client_new" in server code)
// LIBRARY: mongoc
// SHAPE: positive - an HTTP handler of cpp-httplib's thread-pooled server destroys the process-wide client when a ping fails and reconnects; requests running on other pool threads still use the destroyed client
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <httplib.h>
#include <mongoc.h>

mongoc_client_t *g_client = nullptr; // created in main

static void handleStatus(const httplib::Request &, httplib::Response &Res) {
  bson_t *Ping = BCON_NEW("ping", BCON_INT32(1));
  bson_error_t Err;
  bool Ok = mongoc_client_command_simple(g_client, "admin", Ping, nullptr,
                                         nullptr, &Err);
  bson_destroy(Ping);
  if (!Ok) {
    mongoc_client_destroy(g_client); // EXPECT-WARN
    g_client = mongoc_client_new("mongodb://db.internal:27017");
    Res.status = 503;
    return;
  }
  Res.set_content("up", "text/plain");
}

void installStatus(httplib::Server &Server) { Server.Get("/status", handleStatus); }
