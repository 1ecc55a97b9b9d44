// SOURCE: rendered from QGIS QgsPostgresConn::cancel (public GitHub file, search-index id 31501194; the index does not name its repository), where PQfreeCancel comes before the result is looked at; here the failure return comes first
// LIBRARY: libpq
// SHAPE: positive - the cancel object is NULL-checked, but a failed PQcancel logs and returns before PQfreeCancel
// FLAGS: -I/usr/include/postgresql
#include <cstdio>
#include <libpq-fe.h>

class PostgresConn {
public:
  bool cancel();

private:
  PGconn *mConn = nullptr;
};

bool PostgresConn::cancel() {
  PGcancel *c = ::PQgetCancel(mConn); // EXPECT-WARN
  if (!c) {
    std::fprintf(stderr, "Query could not be canceled [PQgetCancel failed]\n");
    return false;
  }

  char errbuf[256];
  int res = ::PQcancel(c, errbuf, sizeof errbuf);
  if (!res) {
    std::fprintf(stderr, "Query could not be canceled [%s]\n", errbuf);
    return false;
  }
  ::PQfreeCancel(c);
  return true;
}
