// SOURCE: public GitHub file (Database.cpp of a Qt banking application; search-index id 51976652565; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: positive (hard) - the constructor stores PQconnectdb in a member and throws when the status is bad; the destructor that would PQfinish it never runs for a throwing constructor. The handle is in a member, which the doc says is trusted (a documented gap)
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdexcept>

class Database {
public:
  Database() {
    conn = PQconnectdb("host=127.0.0.1 port=5432 dbname=bank user=postgres"); // EXPECT-WARN
    if (PQstatus(conn) != CONNECTION_OK)
      throw std::runtime_error(PQerrorMessage(conn));
  }
  ~Database() {
    if (conn)
      PQfinish(conn);
  }

private:
  PGconn *conn = nullptr;
};
