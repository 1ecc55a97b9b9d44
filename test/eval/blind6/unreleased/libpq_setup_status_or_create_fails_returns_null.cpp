// SOURCE: public GitHub file (protobuf COPY loader, setup(); search-index id 25207689495; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: positive - a failed PQconnectdb and a failed CREATE TABLE both return nullptr without PQfinish, and the PGresult of the CREATE is never cleared on any path
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <iostream>
#include <string>

PGconn *setup(const std::string &conninfo) {
  PGconn *conn = PQconnectdb(conninfo.c_str()); // EXPECT-WARN
  if (PQstatus(conn) != CONNECTION_OK) {
    std::cout << "Could not connect to DB: " << std::endl;
    return nullptr;
  }
  PGresult *r = PQexec(conn, "CREATE TABLE IF NOT EXISTS data(name text, bytes bytea)"); // EXPECT-WARN
  if (PQresultStatus(r) != PGRES_COMMAND_OK) {
    std::cout << "Could not create table: " << PQerrorMessage(conn);
    return nullptr;
  }
  return conn;
}
