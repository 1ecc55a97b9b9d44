// SOURCE: https://github.com/redis/hiredis/issues/1201 (each thread makes, uses and frees its own context: `redisContext* redis = redisConnect(...); ... redisFree(redis);`) - rendered with libpq in a cpp-httplib handler
// LIBRARY: libpq
// SHAPE: negative - a handler connects, queries and finishes its own local connection; nothing shared is closed (the per-request cost is resource-per-call-client's concern)
// FLAGS: -I/usr/include/postgresql
#include <httplib.h>
#include <libpq-fe.h>

static void handleHealth(const httplib::Request &, httplib::Response &Res) {
  PGconn *Db = PQconnectdb("dbname=shop");
  Res.status = PQstatus(Db) == CONNECTION_OK ? 200 : 503;
  PQfinish(Db);
}

void installHealth(httplib::Server &Server) { Server.Get("/health", handleHealth); }
