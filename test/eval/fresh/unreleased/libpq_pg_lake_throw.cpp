// SOURCE: https://github.com/Snowflake-Labs/pg_lake/issues/415 (LEAK-1, src/postgres_utils.cpp PGConnect)
// LIBRARY: libpq
// SHAPE: positive - on CONNECTION_BAD the code reads the message and throws without PQfinish
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <stdexcept>
#include <string>

struct IOException : std::runtime_error {
  IOException(const std::string &fmt, const std::string &a, const std::string &b) : std::runtime_error(fmt + a + b) {}
};

PGconn *PGConnect(const std::string &dsn, const std::string &attach_path) {
  PGconn *conn = PQconnectdb(dsn.c_str()); // EXPECT-WARN
  if (PQstatus(conn) == CONNECTION_BAD) {
    throw IOException("Unable to connect to Postgres at ", attach_path, std::string(PQerrorMessage(conn)));
  }
  return conn;
}
