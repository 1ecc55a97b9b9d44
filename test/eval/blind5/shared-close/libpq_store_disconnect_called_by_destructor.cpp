// SOURCE: rendered from C++ libpq wrappers whose shutdown-like method finishes the PGconn member without clearing it while the destructor finishes it again (the shape of docs/checks/shared-client-close.md "PgConnection", reached here through a method named shutdownStore)
// LIBRARY: libpq
// SHAPE: positive - Store::shutdownStore() finishes the member and leaves it set; the destructor finishes it again, so an object whose shutdown was called frees the connection twice
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <string>

class Store {
public:
  explicit Store(const std::string &Conninfo)
      : Conn(PQconnectdb(Conninfo.c_str())) {}
  ~Store() {
    if (Conn)
      PQfinish(Conn);
  }

  void shutdownStore() {
    PQfinish(Conn); // EXPECT-WARN
  }

  bool put(const char *Key) {
    const char *Params[1] = {Key};
    PGresult *R = PQexecParams(Conn, "INSERT INTO kv(k) VALUES ($1)", 1,
                               nullptr, Params, nullptr, nullptr, 0);
    bool Ok = PQresultStatus(R) == PGRES_COMMAND_OK;
    PQclear(R);
    return Ok;
  }

private:
  PGconn *Conn;
};
