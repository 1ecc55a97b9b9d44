// SOURCE: https://github.com/Snowflake-Labs/pg_lake/pull/474 ("don't leak the PGresult when COPY stats parsing throws": the result was cleared only on the success path)
// LIBRARY: libpq
// SHAPE: positive - parsing the returned stats throws (an explicit throw on a malformed value) before PQclear; the normal path clears the result
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <cstdlib>
#include <stdexcept>
#include <string>

long long ExecuteCopyToCommand(PGconn *conn, const std::string &copyCommand) {
  PGresult *result = PQexec(conn, copyCommand.c_str()); // EXPECT-WARN
  if (PQresultStatus(result) != PGRES_TUPLES_OK) {
    std::string msg = PQresultErrorMessage(result);
    PQclear(result);
    throw std::runtime_error(msg);
  }
  const char *rows = PQgetvalue(result, 0, 0);
  char *end = nullptr;
  long long rowCount = std::strtoll(rows, &end, 10);
  if (end == rows)
    throw std::runtime_error(std::string("bad COPY stats: ") + rows);
  PQclear(result);
  return rowCount;
}
