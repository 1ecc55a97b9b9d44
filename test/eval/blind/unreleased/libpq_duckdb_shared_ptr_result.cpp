// SOURCE: https://github.com/duckdb/duckdb-postgres/pull/343 (follow-up: "I've switched to using RAII to destroy the results in #346" - results owned by a smart pointer with PQclear as deleter)
// LIBRARY: libpq
// SHAPE: negative - the PGresult is adopted by a std::shared_ptr with PQclear as deleter right after PQexec; the error message is read before the throw, while the owner still holds it
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <memory>
#include <stdexcept>
#include <string>

std::string firstValue(PGconn *Conn, const std::string &Query) {
  std::shared_ptr<PGresult> Res(PQexec(Conn, Query.c_str()), PQclear);
  if (!Res || PQresultStatus(Res.get()) != PGRES_TUPLES_OK)
    throw std::runtime_error(std::string("query failed: ") + PQerrorMessage(Conn));
  if (PQntuples(Res.get()) == 0)
    return {};
  return PQgetvalue(Res.get(), 0, 0);
}
