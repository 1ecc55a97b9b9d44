// SOURCE: https://www.postgresql.org/docs/15/libpq-connect.html (PQfinish "closes the connection ... the PGconn pointer must not be used again"; rendered as a store that swaps its connection on a configuration reload)
// LIBRARY: libpq
// SHAPE: negative - outside any handler, the member connection is finished and immediately replaced by a new one
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <string>

class ReportStore {
public:
  void reload(const std::string &Conninfo) {
    PQfinish(Db);
    Db = PQconnectdb(Conninfo.c_str());
  }

private:
  PGconn *Db = nullptr;
};
