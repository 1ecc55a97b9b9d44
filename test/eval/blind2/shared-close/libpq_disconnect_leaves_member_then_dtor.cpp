// SOURCE: public GitHub file (PgConnection.cpp of the aubit4gl PostgreSQL driver, namespace Aubit4glSql_postgresql; search-index id 24286455405; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: positive - (hard) the public disconnect() finishes the member connection without resetting it; begin() and commit() still send through the pointer and the destructor calls disconnect() again, finishing it twice. disconnect is named like a shutdown function, which the docs excuse by name (expected FN); metadata, cursors and statements cut
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <cstdlib>
#include <cstring>
#include <stdexcept>

class PgConnection {
public:
  PgConnection(const char *_dbName, const char *_connName);
  ~PgConnection();
  void setPgConn(PGconn *_pgConn);
  void disconnect();
  void begin();
  void commit();

private:
  PGconn *pgConn = nullptr;
  char *databaseName = nullptr;
  char *connectionName = nullptr;
};

PgConnection::PgConnection(const char *_dbName, const char *_connName) {
  databaseName = strdup(_dbName);
  connectionName = strdup(_connName);
}

void PgConnection::setPgConn(PGconn *_pgConn) { pgConn = _pgConn; }

/**
 * Disconnect from the database.
 */
void PgConnection::disconnect(void) {
  PQfinish(pgConn); // EXPECT-WARN
}

void PgConnection::begin() {
  PGresult *res = PQexec(pgConn, "BEGIN");
  if (!res || PQresultStatus(res) != PGRES_COMMAND_OK) {
    PQclear(res);
    throw std::runtime_error("Error starting a transaction");
  }
  PQclear(res);
}

void PgConnection::commit() {
  PGresult *res = PQexec(pgConn, "COMMIT");
  if (!res || PQresultStatus(res) != PGRES_COMMAND_OK) {
    PQclear(res);
    throw std::runtime_error("Error committing a transaction");
  }
  PQclear(res);
}

/**
 * Destructor that free the unecessary information
 */
PgConnection::~PgConnection() {
  disconnect();
  free(databaseName);
  free(connectionName);
}
