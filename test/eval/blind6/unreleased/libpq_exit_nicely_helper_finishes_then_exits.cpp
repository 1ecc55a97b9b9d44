// SOURCE: public GitHub file (testInsert with exit_nicely in a key-value benchmark; search-index id 5748802860; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - on a bad status the connection goes to exit_nicely, which finishes it and exits (the helper is not declared noreturn); otherwise the result is cleared and the connection finished
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <cstdlib>
#include <iostream>
#include <string>
#include <utility>

void exit_nicely(PGconn *conn) {
  PQfinish(conn);
  std::exit(1);
}

void testInsert(const std::string &conninfo, const std::pair<std::string, std::string> &kv) {
  PGconn *conn = PQconnectdb(conninfo.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::cerr << "Connection to database failed: " << PQerrorMessage(conn) << std::endl;
    exit_nicely(conn);
  }
  const char *params[2] = {kv.first.c_str(), kv.second.c_str()};
  PGresult *res = PQexecParams(conn, "INSERT INTO kv VALUES ($1, $2)", 2, nullptr, params, nullptr, nullptr, 0);
  if (PQresultStatus(res) != PGRES_COMMAND_OK)
    std::cerr << "INSERT failed: " << PQerrorMessage(conn) << std::endl;
  PQclear(res);
  PQfinish(conn);
}
