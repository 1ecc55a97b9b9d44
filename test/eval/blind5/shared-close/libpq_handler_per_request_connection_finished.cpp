// SOURCE: rendered; the per-request PGconn in a cpp-httplib handler, as in many small public services (code search "PQconnectdb httplib handler PQfinish")
// LIBRARY: libpq
// SHAPE: negative - the handler's connection is its own local: made, used and finished on every request; closing it closes nobody else's client (the per-request cost is resource-per-call-client's concern, not this check's)
// FLAGS: -I/usr/include/postgresql
#include <httplib.h>
#include <libpq-fe.h>

static void handleHealth(const httplib::Request &, httplib::Response &Res) {
  PGconn *Conn = PQconnectdb("dbname=app connect_timeout=2");
  if (PQstatus(Conn) != CONNECTION_OK) {
    PQfinish(Conn);
    Res.status = 503;
    return;
  }
  PGresult *R = PQexec(Conn, "SELECT 1");
  Res.status = PQresultStatus(R) == PGRES_TUPLES_OK ? 200 : 500;
  PQclear(R);
  PQfinish(Conn);
}

void installHealth(httplib::Server &Server) { Server.Get("/health", handleHealth); }
