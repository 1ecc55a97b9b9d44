// SOURCE: https://github.com/sysown/proxysql/pull/5416 (test/tap/tests/pgsql-test_malformed_packet-t.cpp, the connection check under review)
// LIBRARY: libpq
// SHAPE: negative - PQfinish on the failed connect, PQclear on the result, PQfinish at the end
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <sstream>
#include <string>

static bool check_backend_alive(const std::string &host, int port) {
  std::stringstream ss;
  ss << "host=" << host << " port=" << port;
  ss << " sslmode=disable";

  PGconn *conn = PQconnectdb(ss.str().c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    PQfinish(conn);
    return false;
  }

  // Try a simple query
  PGresult *res = PQexec(conn, "SELECT 1");
  bool success = (PQresultStatus(res) == PGRES_TUPLES_OK);
  PQclear(res);
  PQfinish(conn);
  return success;
}
